package dev.govreply.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The kind of item that a reply answers. "Motion" is this library's umbrella name for all of them.
 *
 * <ul>
 *   <li>{@link #SUGGESTION}: a deputy's suggestion (建议, in full 建议、批评和意见; some congresses call
 *       it 议事原案) to a people's congress;
 *   <li>{@link #PROPOSAL}: a CPPCC member's proposal (提案);
 *   <li>{@link #MOTION}: a deputies' motion (议案), a formal bill-like item of a people's congress.
 * </ul>
 *
 * <pre>{@code
 * MotionKind.fromChinese("提案");  // Optional[PROPOSAL]
 * MotionKind.SUGGESTION.chinese(); // "建议"
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum MotionKind {
  /** A deputy's suggestion (建议; also 议事原案). */
  SUGGESTION("建议"),
  /** A CPPCC member's proposal (提案). */
  PROPOSAL("提案"),
  /** A deputies' motion (议案). */
  MOTION("议案");

  private final String chinese;

  MotionKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese term: 建议, 提案 or 议案.
   *
   * @return the term
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The kind named by a Chinese term, compared whole after trimming surrounding whitespace: 建议 and
   * 议事原案 are {@link #SUGGESTION}, 提案 is {@link #PROPOSAL}, 议案 is {@link #MOTION}; the
   * traditional forms 建議, 議事原案 and 議案 are accepted too.
   *
   * @param text the term
   * @return the kind, or empty for any other text (e.g. 建议案 or 提案的答复)
   * @throws NullPointerException when {@code text} is null
   */
  public static Optional<MotionKind> fromChinese(CharSequence text) {
    Objects.requireNonNull(text, "text");
    switch (text.toString().strip()) {
      case "建议":
      case "建議":
      case "议事原案":
      case "議事原案":
        return Optional.of(SUGGESTION);
      case "提案":
        return Optional.of(PROPOSAL);
      case "议案":
      case "議案":
        return Optional.of(MOTION);
      default:
        return Optional.empty();
    }
  }
}
