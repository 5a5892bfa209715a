package dev.govreply.legacy;

import java.util.Objects;

/**
 * Where a record stood in a text input (CSV, JSON Lines) and what it said there, so that a person
 * can find and fix it: the line where it starts, how many physical lines it covers, the byte offset
 * where it starts, and its raw text as read — without the line end that closes it, and cut after
 * {@link RecordSource#MAX_RAW_CHARS} characters (then {@link #truncated()}; {@link #length()} is
 * the length of the whole text). Bytes that did not decode in the input's charset appear in the
 * text as {@code \xHH} escapes.
 *
 * <p>Immutable; compare with {@code equals}.
 *
 * @param line the 1-based line where the record starts
 * @param lines the number of physical lines the record covers, at least 1
 * @param offset the byte offset in the input where the record starts (a byte order mark counts)
 * @param text the record's raw text, at most {@link RecordSource#MAX_RAW_CHARS} characters
 * @param length the length of the whole raw text in characters (UTF-16 code units)
 */
public record RecordText(long line, long lines, long offset, String text, long length) {

  /**
   * Checks the values.
   *
   * @param line the 1-based line where the record starts
   * @param lines the number of physical lines the record covers, at least 1 (a CSV record with a
   *     quoted line break in a cell covers several)
   * @param offset the byte offset in the input where the record starts, at least 0
   * @param text the record's raw text as read, possibly cut (see {@link #truncated()})
   * @param length the length of the whole raw text in characters, at least {@code text.length()}
   * @throws NullPointerException when {@code text} is null
   * @throws IllegalArgumentException when a number is out of range or the text is longer than
   *     {@code length}
   */
  public RecordText {
    Objects.requireNonNull(text, "text");
    if (line < 1 || lines < 1 || offset < 0 || length < text.length()) {
      throw new IllegalArgumentException("line " + line + ", lines " + lines + ", offset "
          + offset + ", length " + length + " for a text of " + text.length() + " characters");
    }
  }

  /**
   * Whether the text was cut.
   *
   * @return true when the record's raw text is longer than {@link #text()}
   */
  public boolean truncated() {
    return length > text.length();
  }
}
