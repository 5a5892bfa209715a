package dev.govreply.model;

/**
 * The limits govreply reads and writes within, in one place, so that everything it writes it can
 * read back: a reply holds no string longer than {@link #MAX_STRING_LENGTH} (the value types
 * refuse one with a {@link MalformedValueException}), which is also the longest string the JSON
 * reader accepts and the longest line the text reader accepts; the writers refuse to write what
 * the readers would refuse.
 *
 * <table>
 *   <caption>Where each limit applies</caption>
 *   <tr><th>limit</th><th>value</th><th>applies to</th></tr>
 *   <tr><td>{@link #MAX_STRING_LENGTH}</td><td>1 Mi chars</td><td>every string of a reply;
 *       JSON strings read and written; a line of text read</td></tr>
 *   <tr><td>{@link #MAX_DOCUMENT_BYTES}</td><td>8 MiB</td><td>a text or JSON document read (by
 *       default); a JSON document written</td></tr>
 *   <tr><td>{@link #MAX_TEXT_CHARS}</td><td>8 Mi chars</td><td>a text read (by default), as
 *       decoded</td></tr>
 *   <tr><td>{@link #MAX_TEXT_LINES}</td><td>64 Ki lines</td><td>a text read; a text
 *       written</td></tr>
 *   <tr><td>{@link #MAX_DEPTH}</td><td>64</td><td>the nesting of a JSON document read (by default)
 *       and written</td></tr>
 * </table>
 *
 * <p>The readers and writers that can be configured ({@code ReplyTextReader.builder()}, {@code
 * ReplyJson.builder()}) take these as their defaults; a writer checks what it writes against its
 * own reader's configured limits.
 */
public final class Limits {
  private Limits() {}

  /**
   * The longest string a reply may hold, in chars: 1 Mi (1,048,576). Every text of a reply (a
   * name, a title, a paragraph, a line of an unrecognized block…) is at most this long; the value
   * types refuse a longer one with a {@link MalformedValueException} naming the field and the
   * length. It is the longest string the JSON reader accepts, and the text reader refuses a text
   * with a longer line (a paragraph that would be longer is split at a line end).
   */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;

  /** The largest document read by default, text or JSON, in bytes: 8 MiB (8,388,608). */
  public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

  /** The longest text read by default, in chars once decoded: 8 Mi (8,388,608). */
  public static final int MAX_TEXT_CHARS = 8 * 1024 * 1024;

  /**
   * The most lines a text may have: 64 Ki (65,536). A reply has a few hundred; the limit keeps
   * what reading costs per line (a few hundred bytes) a small part of the reader's memory.
   */
  public static final int MAX_TEXT_LINES = 64 * 1024;

  /** The deepest nesting of a JSON document read and written by default (the document is 1). */
  public static final int MAX_DEPTH = 64;
}
