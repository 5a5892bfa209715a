package dev.govreply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit codes mean the same in every command: 0 everything processed and acceptable; 1 something
 * found wanting (a file that could not be read or parsed, a REJECT verdict, a rejected record, a
 * write failure); 2 a usage error (bad options, an unknown profile, charset, format or size, a bad
 * profile or mapping file, a refused output).
 */
class ExitCodeTest {

  static final String FOUNDING = CheckCommandTest.FOUNDING.toString();
  static final String SAMPLE27 = CheckCommandTest.SAMPLE27.toString();
  static final String FOUNDING_JSON = CheckCommandTest.FOUNDING_JSON.toString();

  static Run run(String... args) {
    return Cli.run(args);
  }

  @Test
  void theCodesAreOneScheme() {
    assertThat(ExitCode.OK).isZero();
    assertThat(ExitCode.FOUND_WANTING).isEqualTo(1);
    assertThat(ExitCode.USAGE).isEqualTo(2);
  }

  @Test
  void read(@TempDir Path dir) throws IOException {
    assertThat(run("read", FOUNDING, FOUNDING_JSON).code()).isZero();
    // 1: a file that cannot be read, one that is not a reply, one that is empty
    assertThat(run("read", FOUNDING, dir.resolve("missing.txt").toString()).code()).isEqualTo(1);
    assertThat(run("read", bad(dir).toString()).code()).isEqualTo(1);
    assertThat(run("read", empty(dir).toString()).code()).isEqualTo(1);
    // 2: bad options and values
    assertThat(run("read", "--to", "xml", FOUNDING).code()).isEqualTo(2);
    assertThat(run("read", "--charset", "NOPE", FOUNDING).code()).isEqualTo(2);
    assertThat(run("read", "--max-size", "lots", FOUNDING).code()).isEqualTo(2);
    assertThat(run("read", "--lang", "fr", FOUNDING).code()).isEqualTo(2);
    assertThat(run("read", "--pretty", "--to", "text", FOUNDING).code()).isEqualTo(2);
    assertThat(run("read").code()).isEqualTo(2);
  }

  @Test
  void json(@TempDir Path dir) throws IOException {
    assertThat(run("json", FOUNDING_JSON).code()).isZero();
    assertThat(run("json", FOUNDING_JSON, bad(dir).toString()).code()).isEqualTo(1);
    assertThat(run("json", dir.resolve("missing.json").toString()).code()).isEqualTo(1);
    assertThat(run("json", empty(dir).toString()).code()).isEqualTo(1);
    assertThat(run("json", "--max-size", "0", FOUNDING_JSON).code()).isEqualTo(2);
    assertThat(run("json", "--nope", FOUNDING_JSON).code()).isEqualTo(2);
  }

  @Test
  void check(@TempDir Path dir) throws IOException {
    assertThat(run("check", "--profile", "lenient", FOUNDING, SAMPLE27).code()).isZero();
    // 1: a REJECT verdict, and a file that cannot be read — the same code
    Run rejected = run("check", SAMPLE27);
    assertThat(rejected.out()).contains(": REJECT ");
    assertThat(rejected.code()).isEqualTo(1);
    Run unreadable = run("check", "--profile", "lenient", FOUNDING,
        dir.resolve("missing.txt").toString());
    assertThat(unreadable.out()).contains(": ACCEPT");
    assertThat(unreadable.code()).isEqualTo(1);
    assertThat(run("check", "--profile", "lenient", empty(dir).toString()).code()).isEqualTo(1);
    // 2: an unknown profile, a bad profile file, a bad option
    assertThat(run("check", "--profile", "strict", FOUNDING).code()).isEqualTo(2);
    Path badProfile = dir.resolve("p.json");
    Files.writeString(badProfile, "{\"id\": \"x\"}");
    assertThat(run("check", "--profile", badProfile.toString(), FOUNDING).code()).isEqualTo(2);
    assertThat(run("check", "--format", "xml", FOUNDING).code()).isEqualTo(2);
    assertThat(run("check", "--max-size", "1.5M", FOUNDING).code()).isEqualTo(2);
  }

  @Test
  void importRecords(@TempDir Path dir) throws IOException {
    Path mapping = dir.resolve("m.json");
    Files.writeString(mapping, "{\"format\":\"govreply-mapping/1\",\"fields\":{"
        + "\"documentNumber\":\"文号\",\"date\":\"日期\"}}", StandardCharsets.UTF_8);
    Path good = dir.resolve("good.csv");
    Files.writeString(good, "文号,日期\n平政字〔2024〕12号,2024-03-01\n", StandardCharsets.UTF_8);
    Path oneBad = dir.resolve("bad.csv");
    Files.writeString(oneBad, "文号,日期\n平政字〔2024〕12号,2024-03-01\n平政字〔2024〕13号,昨天\n",
        StandardCharsets.UTF_8);

    assertThat(run("import", "--mapping", mapping.toString(), "--jsonl",
        dir.resolve("a.jsonl").toString(), good.toString()).code()).isZero();
    // 1: a rejected record, RECORDS that cannot be read, an output that cannot be written
    assertThat(run("import", "--mapping", mapping.toString(), "--jsonl",
        dir.resolve("b.jsonl").toString(), oneBad.toString()).code()).isEqualTo(1);
    assertThat(run("import", "--mapping", mapping.toString(), "--jsonl",
        dir.resolve("c.jsonl").toString(), dir.resolve("missing.csv").toString()).code())
        .isEqualTo(1);
    Path notADirectory = dir.resolve("file");
    Files.writeString(notADirectory, "x");
    assertThat(run("import", "--mapping", mapping.toString(), "--jsonl",
        notADirectory.resolve("d.jsonl").toString(), good.toString()).code()).isEqualTo(1);
    // 2: a bad mapping, an unknown format, a refused output (an existing file, an input)
    Path badMapping = dir.resolve("bad-mapping.json");
    Files.writeString(badMapping, "{\"format\":\"govreply-mapping/1\",\"fields\":{\"x\":\"y\"}}");
    assertThat(run("import", "--mapping", badMapping.toString(), "--jsonl",
        dir.resolve("e.jsonl").toString(), good.toString()).code()).isEqualTo(2);
    assertThat(run("import", "--mapping", mapping.toString(), "--format", "xls", "--jsonl",
        dir.resolve("f.jsonl").toString(), good.toString()).code()).isEqualTo(2);
    Run existing = run("import", "--mapping", mapping.toString(), "--jsonl",
        dir.resolve("a.jsonl").toString(), good.toString());
    assertThat(existing.err()).contains("already exists; use --force");
    assertThat(existing.code()).isEqualTo(2);
    assertThat(run("import", "--mapping", mapping.toString(), "--jsonl", good.toString(),
        good.toString()).code()).isEqualTo(2);
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("平政字〔2024〕12号.json"), "{}");
    Run existingInDir = run("import", "--mapping", mapping.toString(), "--out", out.toString(),
        good.toString());
    assertThat(existingInDir.err()).contains("already exists; use --force");
    assertThat(existingInDir.code()).isEqualTo(2);
  }

  @Test
  void everyCommandsHelpListsTheSameCodes() {
    String list = run("--help").out();
    list = list.substring(list.indexOf("Exit codes:"));
    assertThat(list).contains("0   every file", "1   something was found wanting",
        "2   usage error");
    for (String command : GovreplyCommand.COMMANDS) {
      if (command.equals("help")) {
        continue;
      }
      String help = run(command, "--help").out();
      assertThat(help).as(command).endsWith(list);
    }
  }

  private static Path bad(Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"govreply/1\", \"issuer\": 3}");
    return bad;
  }

  private static Path empty(Path dir) throws IOException {
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    return empty;
  }
}
