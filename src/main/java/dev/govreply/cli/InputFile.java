package dev.govreply.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A FILE of {@code read}, {@code json} or {@code check}, read whole within {@code --max-size}.
 *
 * <p>The rules every command applies to its files, here once:
 *
 * <ul>
 *   <li><b>Size.</b> A file larger than the limit is refused before it is read: {@code too large:
 *       N bytes (the limit is M bytes; raise it with --max-size)}; one that grows over it while it
 *       is read, too.
 *   <li><b>Empty.</b> A file that holds nothing but whitespace and a byte order mark is refused:
 *       {@code empty file}. Here the bytes are looked at (a UTF-8 byte order mark, ASCII
 *       whitespace); a text in another charset, or with other whitespace (U+3000), is empty when
 *       the text reader finds no line that is not blank ({@link #emptyText()}).
 *   <li><b>JSON or text.</b> A file is a {@code govreply/1} JSON reply when its name ends in
 *       {@code .json} (any case) or its content starts with <code>{</code> after an optional
 *       UTF-8 byte order mark and whitespace; otherwise it is the text of a reply document.
 * </ul>
 */
final class InputFile {

  /** A file refused by the rules above; its message is for people, after the file name. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final Path path;
  private final byte[] bytes;
  /** The index of the first byte after a UTF-8 byte order mark and whitespace. */
  private final int contentStart;

  private InputFile(Path path, byte[] bytes) {
    this.path = path;
    this.bytes = bytes;
    this.contentStart = contentStart(bytes);
  }

  /**
   * Reads {@code file} within the limit.
   *
   * @param file the file
   * @param limit the size limit
   * @return the file's content
   * @throws Refused when the file is too large or empty
   * @throws IOException when it cannot be read
   */
  static InputFile read(Path file, MaxSize limit) throws IOException {
    long size = Files.size(file);
    if (size > limit.bytes) {
      throw new Refused(limit.tooLarge(size));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) limit.bytes + 1);
    }
    if (bytes.length > limit.bytes) {
      throw new Refused(limit.tooLarge());
    }
    InputFile input = new InputFile(file, bytes);
    if (input.contentStart == bytes.length) {
      throw emptyText();
    }
    return input;
  }

  /** The refusal of a file with nothing but whitespace and a byte order mark. */
  static Refused emptyText() {
    return new Refused("empty file");
  }

  /** The file's bytes, as read. */
  byte[] bytes() {
    return bytes;
  }

  /** Whether the file is a JSON reply rather than a text (see the rule above). */
  boolean isJson() {
    return hasJsonName(path) || contentStart < bytes.length && bytes[contentStart] == '{';
  }

  private static boolean hasJsonName(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static int contentStart(byte[] b) {
    int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
        && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i;
  }
}
