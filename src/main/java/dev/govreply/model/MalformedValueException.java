package dev.govreply.model;

import java.util.Objects;

/**
 * Thrown when text or components cannot form a valid value (a malformed value cannot exist, see the
 * package documentation). It names the {@linkplain #field() field}, the offending
 * {@linkplain #text() text} and the zero-based {@linkplain #index() index} in that text where the
 * problem was found.
 *
 * <pre>{@code
 * DocumentNumber.parse("平政字〔0〕12号");
 * // MalformedValueException: documentNumber.year: year must have four digits, got "0"
 * //   in "平政字〔0〕12号" at index 4
 * }</pre>
 */
public final class MalformedValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The malformed attribute, as a dotted path: {@code documentNumber.year}. */
  private final String field;
  /** The text that was parsed, or the offending component as text. */
  private final String text;
  /** Zero-based index into {@link #text} of the problem, or {@code -1}. */
  private final int index;
  /** What is wrong, in English, without field and position. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param field the attribute that is malformed, as a dotted path relative to the value being
   *     built ({@code documentNumber.year}, {@code phone}, {@code measure.ordinal}); readers that
   *     know where the value sits in a document report that location beside it
   * @param text the text that was parsed, or the component's value in string form
   * @param index the zero-based index into {@code text} where the problem is, or {@code -1} when it
   *     concerns the value as a whole
   * @param reason what is wrong, in English
   */
  public MalformedValueException(String field, CharSequence text, int index, String reason) {
    super(message(field, text, index, reason));
    this.field = Objects.requireNonNull(field, "field");
    this.text = String.valueOf(text);
    this.index = index;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  private static String message(String field, CharSequence text, int index, String reason) {
    StringBuilder sb = new StringBuilder().append(field).append(": ").append(reason);
    sb.append(" in \"").append(text).append('"');
    if (index >= 0) {
      sb.append(" at index ").append(index);
    }
    return sb.toString();
  }

  /**
   * The field whose value is malformed, as a dotted path relative to the value being built.
   *
   * @return the field, e.g. {@code documentNumber.year}, {@code motion.number} or
   *     {@code addressee.names[0]}
   */
  public String field() {
    return field;
  }

  /**
   * The text that was being parsed, or the offending component as text.
   *
   * @return the text, e.g. {@code 平政字〔0〕12号}
   */
  public String text() {
    return text;
  }

  /**
   * Where in {@link #text()} the problem was found.
   *
   * @return the zero-based index, e.g. 4 for the year of {@code 平政字〔0〕12号}; {@code -1} when the
   *     problem concerns the value as a whole
   */
  public int index() {
    return index;
  }

  /**
   * What is wrong, without field and position.
   *
   * @return the reason in English, e.g. {@code year must have four digits, got "0"}
   */
  public String reason() {
    return reason;
  }
}
