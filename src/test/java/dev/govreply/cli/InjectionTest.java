package dev.govreply.cli;

import static dev.govreply.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents and file names: human-readable output carries no control sequences and no
 * forged lines; JSON escapes them; ledger CSV neutralises formulas.
 */
class InjectionTest {

  static final Path FOUNDING = Path.of("src/test/resources/samples/00-pingjiang-xzf-jy241.txt");
  static final String ESC = "\u001B";
  /** Sets the window title, turns text red, then clears the screen. */
  static final String TITLE = ESC + "]0;pwned\u0007" + ESC + "[31m";
  static final String CLEAR = ESC + "[2J";

  /**
   * The founding sample with control sequences in its motion title, number, addressee and a body
   * paragraph.
   */
  static Path hostile(Path dir, String name) throws IOException {
    String text = Files.readString(FOUNDING, StandardCharsets.UTF_8)
        .replace("关于优化营商环境", TITLE + "关于优化营商环境" + ESC + "[0m")
        .replace("平政字〔2024〕12号", "平政字〔2024〕12" + CLEAR + "号")
        .replace("张亮", "张\u202E亮\u0085")
        .replace("一、打造", "一、" + ESC + "[31m打造"); // quoted by a fix in check's report
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  static void assertNoControls(String s) {
    assertThat(s).doesNotContain(ESC).doesNotContain("\u0007").doesNotContain("\u202E")
        .doesNotContain("\u0085");
  }

  @Test
  void readReportAndTextShowTheControlsEscaped(@TempDir Path dir) throws IOException {
    Path doc = hostile(dir, "esc.txt");
    Run report = run("read", "--report", doc.toString());
    assertThat(report.code()).isZero();
    assertNoControls(report.err());
    assertThat(report.err()).contains("\\u001B]0;pwned\\u0007\\u001B[31m关于优化营商环境")
        .contains("12\\u001B[2J号");

    Run text = run("read", "--to", "text", doc.toString());
    assertThat(text.code()).isZero();
    assertNoControls(text.out());
    assertThat(text.out()).contains("\\u001B]0;pwned").contains("张\\u202E亮");
  }

  @Test
  void checkTextOutputShowsTheControlsEscaped(@TempDir Path dir) throws IOException {
    Path doc = hostile(dir, "esc.txt");
    Run r = run("check", "--profile", "lenient", doc.toString());
    assertNoControls(r.out());
    assertNoControls(r.err());
    assertThat(r.out()).startsWith(doc + ": ").contains("(fix: 一、\\u001B[31m打造");
  }

  @Test
  void jsonEscapesEscItself(@TempDir Path dir) throws IOException {
    Path doc = hostile(dir, "esc.txt");
    Run r = run("read", "--to", "json", doc.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain(ESC).contains("\\u001B]0;pwned\\u0007\\u001B[31m");
    Path json = dir.resolve("esc.json");
    Files.writeString(json, r.out().strip(), StandardCharsets.UTF_8);
    Run again = run("json", json.toString());
    assertThat(again.out()).isEqualTo(r.out());
    Run check = run("check", "--format", "json", "--profile", "lenient", doc.toString());
    assertThat(check.out()).doesNotContain(ESC);
  }

  @Test
  void aFileNameWithALineBreakCannotForgeLines(@TempDir Path dir) throws IOException {
    Path evil = hostile(dir, "evil\nesc.txt: ACCEPT forged");
    Run check = run("check", "--profile", "lenient", evil.toString());
    String name = dir + "/evil\\u000Aesc.txt: ACCEPT forged";
    for (String line : check.out().split("\\R")) {
      assertThat(line).startsWith(name + ": ");
    }
    Run report = run("read", "--report", evil.toString());
    for (String line : report.err().split("\\R")) {
      assertThat(line).startsWith(name + ": ");
    }
    Run missing = run("json", dir.resolve("gone\n" + ESC + "[2J.json").toString());
    assertThat(missing.err().split("\\R")).containsExactly(
        dir + "/gone\\u000A\\u001B[2J.json: no such file");
    // a usage error quoting an argument
    Run option = run("read", "-" + ESC + "[2J", FOUNDING.toString());
    assertThat(option.code()).isEqualTo(2);
    assertThat(option.err()).doesNotContain(ESC).contains("\\u001B[2J");
  }

  @Test
  void ledgerCsvNeutralisesFormulasUnlessRaw(@TempDir Path dir) throws IOException {
    String text = Files.readString(FOUNDING, StandardCharsets.UTF_8)
        .replace("关于优化营商环境，政府部门先行的建议", "=cmd|' /C calc'!A0关于优化营商环境的建议")
        .replace("岳阳市九届人大四次会议", "+1岳阳市九届人大四次会议");
    Path doc = dir.resolve("formula.txt");
    Files.writeString(doc, text, StandardCharsets.UTF_8);

    Run safe = run("read", "--to", "ledger-csv", doc.toString());
    assertThat(safe.code()).isZero();
    List<String> lines = List.of(safe.out().split("\r\n"));
    assertThat(lines.get(1)).contains(",'+1岳阳市九届人大四次会议,'=cmd|' /C calc'!A0关于");

    Run raw = run("read", "--to", "ledger-csv", "--csv-raw", doc.toString());
    assertThat(raw.code()).isZero();
    assertThat(raw.out()).contains(",+1岳阳市九届人大四次会议,=cmd|' /C calc'!A0关于");

    Run misplaced = run("read", "--to", "json", "--csv-raw", doc.toString());
    assertThat(misplaced.code()).isEqualTo(2);
    assertThat(misplaced.err()).contains("--csv-raw applies to --to ledger-csv only");
  }
}
