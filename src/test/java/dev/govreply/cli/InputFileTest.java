package dev.govreply.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.cli.Cli.Run;
import dev.govreply.json.ReplyJson;
import dev.govreply.model.Reply;
import dev.govreply.text.ReplyTextWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The rules for the FILEs of read, json and check, the same in each: one size limit with one
 * message, raised with --max-size; empty files refused; JSON recognised by name or content, also
 * by read.
 */
class InputFileTest {

  static final Path FOUNDING = CheckCommandTest.FOUNDING;
  static final Path FOUNDING_JSON = CheckCommandTest.FOUNDING_JSON;

  static Run run(String... args) {
    return Cli.run(args);
  }

  // ------------------------------------------------------------------------------- --max-size

  @Test
  void aFileOverTheLimitGetsTheSameMessageInEveryCommand() throws IOException {
    long size = Files.size(FOUNDING);
    long jsonSize = Files.size(FOUNDING_JSON);
    String message = ": too large: " + size + " bytes (the limit is 1024 bytes; raise it with"
        + " --max-size)";
    String jsonMessage = ": too large: " + jsonSize + " bytes (the limit is 1024 bytes; raise it"
        + " with --max-size)";
    for (List<String> args : List.of(List.of("read", FOUNDING.toString()),
        List.of("check", FOUNDING.toString()), List.of("read", FOUNDING_JSON.toString()),
        List.of("json", FOUNDING_JSON.toString()), List.of("check", FOUNDING_JSON.toString()))) {
      Run r = run(args.get(0), "--max-size", "1K", args.get(1));
      boolean json = args.get(1).endsWith(".json");
      assertThat(r.err()).as(args.toString())
          .isEqualTo(args.get(1) + (json ? jsonMessage : message) + System.lineSeparator());
      assertThat(r.out()).as(args.toString()).isEmpty();
      assertThat(r.code()).as(args.toString()).isEqualTo(1);
    }
  }

  @Test
  void theLimitCanBeRaisedAndLowered() throws IOException {
    long size = Files.size(FOUNDING);
    assertThat(run("read", "--max-size", String.valueOf(size), FOUNDING.toString()).code())
        .isZero();
    assertThat(run("read", "--max-size", String.valueOf(size - 1), FOUNDING.toString()).err())
        .contains("the limit is " + (size - 1) + " bytes");
    assertThat(run("check", "--profile", "lenient", "--max-size", "16k", FOUNDING.toString())
        .code()).isZero();
    assertThat(run("json", "--max-size", "1G", FOUNDING_JSON.toString()).code()).isZero();
  }

  @Test
  void aFileLargerThanTheDefaultIsReadWithAHigherLimit(@TempDir Path dir) throws IOException {
    // 9 MiB: over the default 8 MiB of the readers, within --max-size 16M
    String text = Files.readString(FOUNDING, StandardCharsets.UTF_8);
    StringBuilder big = new StringBuilder(text);
    String filler = "\n" + "　".repeat(1000);
    while (big.length() * 3L < 9L * 1024 * 1024) {
      big.append(filler);
    }
    Path file = dir.resolve("big.txt");
    Files.writeString(file, big, StandardCharsets.UTF_8);
    long size = Files.size(file);

    Run refused = run("read", file.toString());
    assertThat(refused.err()).isEqualTo(file + ": too large: " + size + " bytes (the limit is "
        + 8 * 1024 * 1024 + " bytes; raise it with --max-size)" + System.lineSeparator());
    assertThat(refused.code()).isEqualTo(1);

    Run raised = run("read", "--max-size", "16M", file.toString());
    assertThat(raised.err()).isEmpty();
    assertThat(raised.code()).isZero();
    assertThat(ReplyJson.standard().read(raised.out().strip()).issuer())
        .hasValue("平江县人民政府");
  }

  @Test
  void sizesAreBytesOrKMG() {
    assertThat(MaxSize.parse("1")).isEqualTo(1);
    assertThat(MaxSize.parse("512k")).isEqualTo(512 * 1024);
    assertThat(MaxSize.parse("32M")).isEqualTo(32L * 1024 * 1024);
    assertThat(MaxSize.parse("1G")).isEqualTo(1024L * 1024 * 1024);
    assertThat(MaxSize.parse("2047M")).isEqualTo(2047L * 1024 * 1024);
    for (String nonsense : List.of("", "M", "abc", "-1", "1.5M", "32MB", "32 M", "0x10", "1e6")) {
      assertThatThrownBy(() -> MaxSize.parse(nonsense)).as(nonsense)
          .isInstanceOf(CommandLine.TypeConversionException.class)
          .hasMessageContaining("is not a size");
    }
    for (String outOfRange : List.of("0", "0K", "2G", "3000M", "99999999999999999999",
        "9999999999999999G")) {
      assertThatThrownBy(() -> MaxSize.parse(outOfRange)).as(outOfRange)
          .isInstanceOf(CommandLine.TypeConversionException.class)
          .hasMessageContaining("out of range").hasMessageContaining("2147483639 bytes");
    }
  }

  @Test
  void nonsenseIsAClearUsageError() {
    for (String command : List.of("read", "json", "check")) {
      Run r = run(command, "--max-size", "lots", FOUNDING_JSON.toString());
      assertThat(r.code()).as(command).isEqualTo(2);
      assertThat(r.err()).as(command).startsWith("Invalid value for option '--max-size': 'lots'"
          + " is not a size; give bytes or a number with K, M or G, e.g. 32M");
      assertThat(r.out()).isEmpty();
    }
  }

  // ----------------------------------------------------------------------------- empty files

  @Test
  void anEmptyFileIsAnErrorInEveryCommand(@TempDir Path dir) throws IOException {
    List<Path> empties = List.of(
        write(dir, "zero.txt", new byte[0]),
        write(dir, "blank.txt", " \r\n\t\n".getBytes(StandardCharsets.US_ASCII)),
        write(dir, "bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        write(dir, "bom-blank.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' '}),
        write(dir, "zero.json", new byte[0]),
        write(dir, "blank.json", "\n\n".getBytes(StandardCharsets.US_ASCII)));
    for (Path file : empties) {
      for (String command : List.of("read", "check", "json")) {
        assertEmpty(command, file);
      }
    }
    // texts in other charsets or with other spaces: empty for the commands that read text
    for (Path file : List.of(
        write(dir, "utf16.txt", " \n".getBytes(StandardCharsets.UTF_16)), // FE FF, then spaces
        write(dir, "ideographic.txt", "\u3000\n\u3000".getBytes(StandardCharsets.UTF_8)))) {
      assertEmpty("read", file);
      assertEmpty("check", file);
    }
  }

  private static void assertEmpty(String command, Path file) {
    Run r = run(command, file.toString());
    String what = command + " " + file.getFileName();
    assertThat(r.err()).as(what).isEqualTo(file + ": empty file" + System.lineSeparator());
    assertThat(r.out()).as(what).isEmpty();
    assertThat(r.code()).as(what).isEqualTo(1);
  }

  @Test
  void anEmptyFileDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
    Path empty = write(dir, "empty.txt", new byte[0]);
    Run r = run("read", empty.toString(), FOUNDING.toString());
    assertThat(r.err()).isEqualTo(empty + ": empty file" + System.lineSeparator());
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.code()).isEqualTo(1);
  }

  // --------------------------------------------------------------------------- JSON to read

  @Test
  void readRecognisesAJsonReplyByItsName() throws IOException {
    Run r = run("read", FOUNDING_JSON.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    Reply reply = ReplyJson.standard().read(FOUNDING_JSON);
    assertThat(r.out()).isEqualTo(ReplyJson.standard().writeString(reply)
        + System.lineSeparator());
  }

  @Test
  void readRecognisesAJsonReplyByItsContentAndConvertsIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("reply.txt");
    byte[] json = Files.readAllBytes(FOUNDING_JSON);
    byte[] withBom = new byte[json.length + 5];
    System.arraycopy(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'}, 0, withBom, 0,
        5);
    System.arraycopy(json, 0, withBom, 5, json.length);
    Files.write(file, withBom);
    Reply reply = ReplyJson.standard().read(FOUNDING_JSON);

    Run text = run("read", "--to", "text", file.toString());
    assertThat(text.err()).isEmpty();
    assertThat(text.out()).isEqualTo(ReplyTextWriter.standard().write(reply));
    assertThat(text.out()).doesNotContain("\"format\"");

    Run report = run("read", "--report", file.toString());
    assertThat(report.err()).isEqualTo(file + ": read as govreply/1 JSON: no read report"
        + System.lineSeparator());
    Run zh = run("read", "--report", "--lang", "zh", file.toString());
    assertThat(zh.err()).isEqualTo(file + ": 按 govreply/1 JSON 读取，没有读取报告"
        + System.lineSeparator());
  }

  @Test
  void aBadJsonReplyGivenToReadIsAJsonError(@TempDir Path dir) throws IOException {
    Path file = write(dir, "reply.txt", "{\"format\": \"govreply/1\", \"issuer\": 3}"
        .getBytes(StandardCharsets.UTF_8));
    Run r = run("read", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith(file + ": ").contains("/issuer");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void oneRuleForJson(@TempDir Path dir) throws IOException {
    MaxSize limit = new MaxSize();
    assertThat(InputFile.read(write(dir, "a.JSON", "x".getBytes()), limit).isJson()).isTrue();
    assertThat(InputFile.read(write(dir, "a.txt", "\t\r\n {".getBytes()), limit).isJson())
        .isTrue();
    assertThat(InputFile.read(write(dir, "b.txt", "关于{".getBytes(StandardCharsets.UTF_8)),
        limit).isJson()).isFalse();
    assertThat(InputFile.read(write(dir, "c.txt", "[{}]".getBytes()), limit).isJson()).isFalse();
  }

  private static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }
}
