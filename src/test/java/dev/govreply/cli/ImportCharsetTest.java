package dev.govreply.cli;

import static dev.govreply.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.cli.Cli.Run;
import dev.govreply.json.ReplyJson;
import dev.govreply.model.Reply;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} tells the person importing when the charset of a CSV file was guessed, by the
 * rule the text reader follows: a warning on stderr and a line of the summary.
 */
class ImportCharsetTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");

  private static final String SIMPLIFIED = "文号,日期,标题\n"
      + "平政字〔2024〕12号,2024-03-01,关于加强县城乡道路养护与交通安全管理的建议的答复\n";
  private static final String TRADITIONAL = "文號,日期,標題\n"
      + "萬政字〔2024〕12號,2024-03-01,關於加強縣城鄉道路養護與交通安全管理的建議的答覆\n";

  private static Path mapping(Path tmp, boolean traditional) throws Exception {
    Path m = tmp.resolve("m.json");
    Files.writeString(m, traditional
        ? "{\"format\":\"govreply-mapping/1\",\"fields\":{\"documentNumber\":\"文號\","
            + "\"date\":\"日期\",\"title\":\"標題\"}}"
        : "{\"format\":\"govreply-mapping/1\",\"fields\":{\"documentNumber\":\"文号\","
            + "\"date\":\"日期\",\"title\":\"标题\"}}", StandardCharsets.UTF_8);
    return m;
  }

  private static Run importCsv(Path tmp, String text, Charset charset, boolean traditional,
      String... charsetOption) throws Exception {
    Path csv = tmp.resolve("ledger.csv");
    Files.write(csv, text.getBytes(charset));
    List<String> args = new java.util.ArrayList<>(List.of("import", "--mapping",
        mapping(tmp, traditional).toString(), "--jsonl", tmp.resolve("out.jsonl").toString(),
        "--force"));
    args.addAll(List.of(charsetOption));
    args.add(csv.toString());
    return run(args.toArray(String[]::new));
  }

  private static Reply imported(Path tmp) throws Exception {
    List<String> lines = Files.readAllLines(tmp.resolve("out.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    return ReplyJson.standard().read(lines.get(0));
  }

  @Test
  void aGuessedGb18030CsvIsImportedWithAWarningAndASummaryLine(@TempDir Path tmp)
      throws Exception {
    Run r = importCsv(tmp, SIMPLIFIED, GB18030, false);

    assertThat(r.code()).isZero();
    assertThat(r.err()).startsWith("govreply import: warning: " + tmp.resolve("ledger.csv")
        + ": charset guessed: decoded as GB18030 (GB18030: ")
        .contains("common simplified hanzi")
        .contains("; if that is wrong, give the charset with --charset")
        .containsPattern("(?m)^read 1, written 1, rejected 0 in .*\\R"
            + "charset guessed: decoded as GB18030 \\(GB18030: .*\\)\\R");
    assertThat(imported(tmp).title()).hasValue(
        "关于加强县城乡道路养护与交通安全管理的建议的答复");
  }

  @Test
  void aGivenCharsetOrAUtf8CsvGivesNoWarning(@TempDir Path tmp) throws Exception {
    Run given = importCsv(tmp, SIMPLIFIED, GB18030, false, "--charset", "GB18030");
    assertThat(given.code()).isZero();
    assertThat(given.err()).startsWith("read 1, written 1, rejected 0")
        .doesNotContain("warning").doesNotContain("charset");
    assertThat(imported(tmp).title()).hasValue(
        "关于加强县城乡道路养护与交通安全管理的建议的答复");

    Run utf8 = importCsv(tmp, SIMPLIFIED, StandardCharsets.UTF_8, false);
    assertThat(utf8.code()).isZero();
    assertThat(utf8.err()).startsWith("read 1, written 1, rejected 0")
        .doesNotContain("warning").doesNotContain("charset");
  }

  @Test
  void aBig5CsvIsReadAsBig5AndSaidToBeAGuess(@TempDir Path tmp) throws Exception {
    Run r = importCsv(tmp, TRADITIONAL, BIG5, true);

    assertThat(r.code()).isZero();
    assertThat(r.err()).startsWith("govreply import: warning: ")
        .contains(": charset guessed: decoded as Big5 (Big5: ")
        .contains("common traditional hanzi");
    Reply reply = imported(tmp);
    assertThat(reply.title()).hasValue("關於加強縣城鄉道路養護與交通安全管理的建議的答覆");
  }

  @Test
  void aCsvWhoseCharsetCannotBeToldIsRefusedAskingForTheCharset(@TempDir Path tmp)
      throws Exception {
    // two hanzi, valid both as GB18030 and as Big5, too few to tell
    Run r = importCsv(tmp, "你好\n你好\n", GB18030, false);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("read 0, written 0, rejected 0")
        .contains("input ended early: cannot read the input: cannot tell the charset")
        .contains("--charset GB18030 or --charset Big5")
        .contains("lines: 2 = 0 header + 0 blank + 0 in records + 2 not read")
        .contains("; lines 1–2 (2) are not read")
        .doesNotContain("charset guessed");
  }

  @Test
  void anEmptyCsvIsFoundWanting(@TempDir Path tmp) throws Exception {
    Run r = importCsv(tmp, "", StandardCharsets.UTF_8, false);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("read 0, written 0, rejected 0")
        .contains("the input is empty: it has no header");
  }

  @Test
  void theWarningIsEscapedLikeOtherOutput(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("a\u001b[31mb"));
    Run r = importCsv(dir, SIMPLIFIED, GB18030, false);
    assertThat(r.err()).startsWith("govreply import: warning: ")
        .doesNotContain("\u001b").contains("\\u001B[31mb");
  }
}
