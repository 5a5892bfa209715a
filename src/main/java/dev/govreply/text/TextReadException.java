package dev.govreply.text;

/**
 * Text input could not be read at all: its bytes are not valid in any supported charset (or in
 * the charset given), or it is larger than the reader's limit. Any readable text gives a
 * {@link ReadResult} instead, however little of it is recognised.
 */
public final class TextReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long byteOffset;
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
    super(byteOffset >= 0 ? reason + " (at byte " + byteOffset + ")" : reason, cause);
    this.byteOffset = byteOffset;
    this.reason = reason;
  }

  /** The 0-based offset of the first offending byte, or -1. */
  public long byteOffset() {
    return byteOffset;
  }

  /** What is wrong, without the position. */
  public String reason() {
    return reason;
  }
}
