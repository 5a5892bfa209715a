package dev.govreply.conformance;

import dev.govreply.model.ResultClass;
import java.util.Objects;

/**
 * The result classes (办理结果类别) a profile allows. There is no national standard: each body
 * defines its own, so the scheme belongs to a {@link Profile}. Letters A–C, A–D, or 甲乙丙 (which the
 * model reads as A–C); sub-classes such as A2 allowed or not (their meaning is local and unknown).
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param letters which letters
 * @param subClasses whether a sub-class digit (A2) is allowed
 */
public record ClassScheme(Letters letters, boolean subClasses) {

  /** The letters of a scheme. */
  public enum Letters {
    /** A, B, C. */
    A_TO_C("A-C", 'C'),
    /** A, B, C, D (D usually 留作参考). */
    A_TO_D("A-D", 'D'),
    /** 甲, 乙, 丙 (沁阳), read by the model as A, B, C. */
    JIA_YI_BING("甲乙丙", 'C');

    private final String code;
    private final char last;

    Letters(String code, char last) {
      this.code = code;
      this.last = last;
    }

    /**
     * The code of these letters in profile JSON.
     *
     * @return {@code A-C}, {@code A-D} or {@code 甲乙丙}
     */
    public String code() {
      return code;
    }

    /**
     * The letters named by a code.
     *
     * @param code {@code A-C}, {@code A-D} or {@code 甲乙丙}, as in profile JSON
     * @return the letters
     * @throws IllegalArgumentException for another code; the message lists the three
     */
    public static Letters fromCode(String code) {
      for (Letters l : values()) {
        if (l.code.equals(code)) {
          return l;
        }
      }
      throw new IllegalArgumentException("class scheme letters must be A-C, A-D or 甲乙丙, got \""
          + code + "\"");
    }
  }

  /**
   * Checks for null.
   *
   * @param letters which letters
   * @param subClasses whether a sub-class digit (A2) is allowed
   * @throws NullPointerException when {@code letters} is null
   */
  public ClassScheme {
    Objects.requireNonNull(letters, "letters");
  }

  /**
   * Whether the letter of {@code c} is in the scheme, whatever its sub-class.
   *
   * @param c a result class, e.g. A2 (the founding example's)
   * @return true when the letter is allowed: A2 under A-C, but not D under A-C
   */
  public boolean allowsLetter(ResultClass c) {
    return c.letter() <= letters.last;
  }

  /**
   * Whether {@code c} is allowed: its letter is in the scheme and, if it has a sub-class,
   * sub-classes are.
   *
   * @param c a result class, e.g. A2
   * @return true for A2 under "A-C with sub-classes", false under "A-C without sub-classes"
   */
  public boolean allows(ResultClass c) {
    return allowsLetter(c) && (subClasses || c.subClass().isEmpty());
  }

  /** {@code A-D with sub-classes}, {@code 甲乙丙 without sub-classes}. */
  @Override
  public String toString() {
    return letters.code + (subClasses ? " with sub-classes" : " without sub-classes");
  }
}
