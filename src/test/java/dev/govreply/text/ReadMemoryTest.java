package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reading takes at most {@value #BYTES_PER_INPUT_BYTE} bytes of heap per byte of input, as
 * {@link ReplyTextReader} states: texts of 8 MiB, the worst cases for memory within the limits
 * and over them, are read (or refused) one after the other by {@link ReadMemoryProbe} in a JVM
 * of its own whose heap is that multiple of 8 MiB, with the serial collector (the smallest
 * heap that works is the same from run to run). An {@link OutOfMemoryError} fails the test.
 */
class ReadMemoryTest {
  /** The multiple stated in {@link ReplyTextReader}'s documentation. */
  static final int BYTES_PER_INPUT_BYTE = 20;

  @Test
  void eightMebibyteTextsAreReadOrRefusedWithinTheStatedMultipleOfTheirSize() throws Exception {
    List<String> texts = List.of(
        // over a limit: refused before their lines are made
        "numbered-short",          // 一、a lines: 1 Mi lines, each a measure
        "plain-short",             // 已办理。 lines: 645,000 lines, each a paragraph
        "one-line",                // one line of 2.8 M chars
        // within the limits: read
        "numbered-at-the-limits",  // 65,000 numbered lines of 128 ASCII bytes, each a measure
        "ascii-paragraphs",        // ASCII is one byte a char: the most chars per byte
        "chinese-paragraphs");
    long heap = (long) BYTES_PER_INPUT_BYTE * ReadMemoryProbe.SIZE;
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx" + heap / 1024 / 1024 + "m",
        "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        ReadMemoryProbe.class.getName());
    pb.command().addAll(texts);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out;
    try (var in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).as(out)
        .contains("numbered-short refused: the text has more than 65536 lines")
        .contains("plain-short refused: the text has more than 65536 lines")
        .contains("one-line refused: line 1 is")
        .containsPattern("numbered-at-the-limits read 6\\d{4} lines")
        .contains("ascii-paragraphs read").contains("chinese-paragraphs read");
  }

  @Test
  void theTextsAreWhatTheyClaimToBe() throws IOException {
    for (String name : List.of("numbered-short", "plain-short", "one-line",
        "numbered-at-the-limits", "ascii-paragraphs", "chinese-paragraphs")) {
      byte[] b = ReadMemoryProbe.text(name);
      assertThat(b.length).as(name).isBetween(ReadMemoryProbe.SIZE - 4096, ReadMemoryProbe.SIZE);
    }
  }
}
