package dev.govreply.text;

import dev.govreply.model.Limits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Run by {@link ReadMemoryTest} in a JVM of its own with a small heap: makes each text it is
 * named by (one at a time, as bytes) and reads it with {@link ReplyTextReader#standard()},
 * printing {@code NAME read N lines} or {@code NAME refused: reason}. An {@link OutOfMemoryError}
 * ends the JVM with a non-zero exit code.
 */
public final class ReadMemoryProbe {
  private ReadMemoryProbe() {}

  /** The size of each text: the reader's default limit. */
  static final int SIZE = (int) ReplyTextReader.DEFAULT_MAX_BYTES;

  private static final String SALUTATION = "张三代表：\n您提出的建议收悉，现答复如下：\n";
  private static final String NUMERALS = "一二三四五六七八九十";

  /** The named texts; see {@link ReadMemoryTest} for what each is. */
  static byte[] text(String name) {
    return switch (name) {
      case "numbered-short" -> fill(SALUTATION, i -> NUMERALS.charAt(i % 10) + "、a\n", SIZE);
      case "plain-short" -> fill(SALUTATION, i -> "已办理。\n", SIZE);
      case "one-line" -> fill("", i -> "我局高度重视此项工作，", SIZE);
      case "numbered-at-the-limits" -> fill(SALUTATION,
          i -> (i % 99 + 1) + "." + "x".repeat(SIZE / Limits.MAX_TEXT_LINES - 3) + "\n", SIZE);
      case "ascii-paragraphs" -> fill(SALUTATION, i -> ("Lorem ipsum dolor sit amet, consectetur"
          + " adipiscing elit, sed do eiusmod tempor incididunt ut labore. ").repeat(6) + "\n",
          SIZE);
      case "chinese-paragraphs" -> fill(SALUTATION, i -> "近年来，我局高度重视农村公路建设，"
          + "按照“建好、管好、护好、运营好”的要求，进一步加强督促检查，确保各项措施落实到位。"
          .repeat(8) + "\n", SIZE);
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** {@code head}, then {@code line(0)}, {@code line(1)}… while they fit in {@code size} bytes. */
  private static byte[] fill(String head, IntFunction<String> line, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; ; i++) {
      byte[] b = line.apply(i).getBytes(StandardCharsets.UTF_8);
      if (out.size() + b.length > size) {
        if (out.size() < size / 2) { // one long line: as much of it as fits
          out.write(b, 0, size - out.size() - (size - out.size()) % 3);
        }
        return out.toByteArray();
      }
      out.writeBytes(b);
    }
  }

  /**
   * Reads the texts named by {@code args}.
   *
   * @param args text names
   */
  public static void main(String[] args) {
    for (String name : args) {
      byte[] bytes = text(name);
      try {
        ReadResult r = ReplyTextReader.standard().read(bytes);
        System.out.println(name + " read " + r.report().lines().size() + " lines");
      } catch (TextReadException e) {
        System.out.println(name + " refused: " + e.getMessage());
      }
    }
  }
}
