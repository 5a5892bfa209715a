package dev.govreply.json;

import java.util.Objects;

/**
 * A reply's JSON was refused: on reading, a document could not be read as a reply; on writing, a
 * reply could not be written as a document that the same {@link ReplyJson} would read back.
 *
 * <ul>
 *   <li><b>Reading</b> ({@code ReplyJson.read}): malformed JSON, a wrong type, an unknown or
 *       duplicate property, a malformed value, a missing or newer format version, trailing
 *       content, input that is not UTF-8, or a limit exceeded (the document larger than {@code
 *       maxDocumentBytes}, nesting deeper than {@code maxDepth}, a string longer than {@code
 *       maxStringLength}, a number of more than 1000 digits). The document is not a reply; nothing
 *       is returned.
 *   <li><b>Writing</b> ({@code ReplyJson.write}, {@code writeString}, {@code writePretty}): the
 *       reply is valid, but its document would cross one of those same limits — it would be
 *       larger than {@code maxDocumentBytes}, or hold a string or property name longer than {@code
 *       maxStringLength}, nesting deeper than {@code maxDepth} (under {@code extensions}) or a
 *       number of more than 1000 digits — so the reader would refuse it. The {@linkplain
 *       #reason() reason} starts with {@code cannot be written:}; nothing is written.
 * </ul>
 *
 * <p>Every instance names where the problem is: the {@linkplain #pointer() JSON Pointer} of the
 * offending value (RFC 6901, e.g. {@code /body/measures/2/ordinal}) — on reading, in the input;
 * on writing, in the document being written, the value at which the limit was crossed — and, on
 * reading, the 1-based {@linkplain #line() line} and {@linkplain #column() column} in the input.
 * {@link ReplyJson}'s readers always give a line and column: errors about the document as a whole
 * (too large, empty, not UTF-8) are placed at line 1, column 1. Its writers give none (line and
 * column -1), as there is no input.
 *
 * <p>Columns are counted as the underlying Jackson parser counts them: in bytes for byte, stream
 * and file input, in chars for {@code String} input.
 *
 * <p>Example messages: {@code at /body/measures/0/ordinal (line 3, column 42): expected a positive
 * integer, found a string} (reading); {@code at /body/context/1: cannot be written: a string of
 * 1048577 chars is longer than maxStringLength (1048576), which the reader would refuse}
 * (writing). Immutable once thrown; safe to share between threads.
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

  /**
   * {@return the JSON Pointer of the offending value, in the input read or in the document being
   * written; "" means the whole document}
   */
  public String pointer() {
    return pointer;
  }

  /**
   * {@return the 1-based line of the offending value in the input read, or -1 when unknown and
   * when writing}
   */
  public long line() {
    return line;
  }

  /**
   * {@return the 1-based column of the offending value in the input read, or -1 when unknown and
   * when writing}
   */
  public long column() {
    return column;
  }

  /** {@return what is wrong, without the location} */
  public String reason() {
    return reason;
  }
}
