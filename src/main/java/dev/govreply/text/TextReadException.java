package dev.govreply.text;

/**
 * Text input could not be read at all: its bytes are not valid in any supported charset (or in
 * the charset given, or the charset cannot be told), or it is over one of the reader's limits
 * (its size, its number of lines, the length of a line). Any readable text within the limits
 * gives a {@link ReadResult} instead, however little of it is recognised.
 */
public final class TextReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The 0-based offset of the first offending byte, or -1. */
  private final long byteOffset;

  /** The 1-based number of the offending line, or -1. */
  private final int line;

  /** What is wrong, without the position. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param byteOffset the 0-based offset of the first offending byte, or -1 when it concerns the
   *     input as a whole (its size)
   * @param reason what is wrong
   * @param cause the underlying exception, or null
   */
  public TextReadException(long byteOffset, String reason, Throwable cause) {
    this(byteOffset, -1, reason, cause);
  }

  /**
   * Creates the exception about a line of the text.
   *
   * @param byteOffset the 0-based offset of the first offending byte, or -1
   * @param line the 1-based number of the offending line, or -1 when it concerns no line
   * @param reason what is wrong
   * @param cause the underlying exception, or null
   */
  public TextReadException(long byteOffset, int line, String reason, Throwable cause) {
    super(byteOffset >= 0 ? reason + " (at byte " + byteOffset + ")" : reason, cause);
    this.byteOffset = byteOffset;
    this.line = line;
    this.reason = reason;
  }

  /**
   * The 0-based offset of the first offending byte, or -1.
   *
   * @return the byte offset
   */
  public long byteOffset() {
    return byteOffset;
  }

  /**
   * The 1-based number of the line over a limit, or -1 when the problem concerns no line.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }

  /**
   * What is wrong, without the position.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
