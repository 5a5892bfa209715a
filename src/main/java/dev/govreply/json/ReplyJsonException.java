package dev.govreply.json;

import java.util.Objects;

/**
 * A JSON document could not be read as a reply: malformed JSON, a wrong type, an unknown property,
 * a malformed value, a newer format version, or a limit exceeded.
 *
 * <p>Every instance names where the problem is: the {@linkplain #pointer() JSON Pointer} of the
 * offending value (RFC 6901, e.g. {@code /body/measures/2/ordinal}), and the 1-based
 * {@linkplain #line() line} and {@linkplain #column() column} in the input, when known.
 * {@link ReplyJson} always gives both: errors about the document as a whole (too large, empty,
 * not UTF-8) are placed at line 1, column 1.
 *
 * <p>Columns are counted as the underlying Jackson parser counts them: in bytes for byte, stream
 * and file input, in chars for {@code String} input.
 *
 * <p>Example message: {@code at /body/measures/0/ordinal (line 3, column 42): expected a positive
 * integer, found a string}. Immutable once thrown; safe to share between threads.
 */
public final class ReplyJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer. */
  private final String pointer;
  /** The 1-based line or -1. */
  private final long line;
  /** The 1-based column or -1. */
  private final long column;
  /** The reason without location. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON Pointer of the offending value ("" for the document as a whole)
   * @param line 1-based line, or -1 when unknown
   * @param column 1-based column, or -1 when unknown
   * @param reason what is wrong
   * @param cause the underlying exception, or null
   */
  public ReplyJsonException(String pointer, long line, long column, String reason,
      Throwable cause) {
    super(message(pointer, line, column, reason), cause);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  private static String message(String pointer, long line, long column, String reason) {
    StringBuilder sb = new StringBuilder();
    sb.append("at ").append(pointer.isEmpty() ? "the document root" : pointer);
    if (line > 0) {
      sb.append(" (line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(')');
    }
    return sb.append(": ").append(reason).toString();
  }

  /** {@return the JSON Pointer of the offending value; "" means the whole document} */
  public String pointer() {
    return pointer;
  }

  /** {@return the 1-based line of the offending value in the input, or -1 when unknown} */
  public long line() {
    return line;
  }

  /** {@return the 1-based column of the offending value in the input, or -1 when unknown} */
  public long column() {
    return column;
  }

  /** {@return what is wrong, without the location} */
  public String reason() {
    return reason;
  }
}
