package dev.govreply.cli;

import static dev.govreply.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.cli.Cli.Run;
import dev.govreply.json.ReplyJson;
import dev.govreply.ledger.LedgerCsv;
import dev.govreply.ledger.LedgerJson;
import dev.govreply.ledger.LedgerRow;
import dev.govreply.text.ReadResult;
import dev.govreply.text.ReplyTextReader;
import dev.govreply.text.ReplyTextWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCommandTest {

  static final Path SAMPLES = Path.of("src/test/resources/samples");
  static final Path FOUNDING = SAMPLES.resolve("00-pingjiang-xzf-jy241.txt");
  static final Path NANGONG = SAMPLES.resolve("01-nangong-jtj-jy46.txt");
  static final Path TRAD = SAMPLES.resolve("32-wanrong-xzfb-ta52224-trad.txt");
  static final Charset GB18030 = Charset.forName("GB18030");

  /** The outcome of one run of the command line. */
  static ReadResult read(Path file) {
    try {
      return ReplyTextReader.standard().read(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static String json(Path file) {
    return ReplyJson.standard().writeString(read(file).reply());
  }

  @Test
  void defaultIsCanonicalJson() {
    Run r = run("read", FOUNDING.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(json(FOUNDING) + System.lineSeparator());
    assertThat(ReplyJson.standard().read(r.out().strip())).isEqualTo(read(FOUNDING).reply());
  }

  @Test
  void severalFilesGiveJsonLinesInOrder() {
    Run r = run("read", "--to", "json", FOUNDING.toString(), NANGONG.toString(), TRAD.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out().split("\\R")).containsExactly(json(FOUNDING), json(NANGONG), json(TRAD));
  }

  @Test
  void textIsTheCanonicalLayoutWithDocumentsSeparatedByDashes() {
    String founding = ReplyTextWriter.standard().write(read(FOUNDING).reply());
    String nangong = ReplyTextWriter.standard().write(read(NANGONG).reply());

    Run one = run("read", "--to", "text", FOUNDING.toString());
    assertThat(one.code()).isZero();
    assertThat(one.out()).isEqualTo(founding);

    Run two = run("read", "--to", "text", FOUNDING.toString(), NANGONG.toString());
    assertThat(two.code()).isZero();
    assertThat(two.out()).isEqualTo(founding + "---\n" + nangong);
  }

  @Test
  void ledgerJsonIsOneRowPerLine() {
    Run r = run("read", "--to", "ledger-json", FOUNDING.toString(), NANGONG.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out().split("\\R")).containsExactly(
        LedgerJson.write(LedgerRow.of(read(FOUNDING).reply())),
        LedgerJson.write(LedgerRow.of(read(NANGONG).reply())));
    assertThat(r.out()).startsWith("{\"issuer\":");
  }

  @Test
  void ledgerCsvIsOneHeaderThenOneRowPerFile(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xFF});
    Run r = run("read", "--to", "LEDGER-CSV", FOUNDING.toString(), bad.toString(),
        NANGONG.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(LedgerCsv.header()
        + LedgerCsv.row(LedgerRow.of(read(FOUNDING).reply()))
        + LedgerCsv.row(LedgerRow.of(read(NANGONG).reply())));
    assertThat(r.out()).startsWith("issuer,documentNumber,");
    assertThat(r.err()).contains(bad + ": ");
  }

  @Test
  void reportGoesToStderrPrefixedWithTheFileName() {
    Run r = run("read", "--report", FOUNDING.toString(), NANGONG.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out().split("\\R")).containsExactly(json(FOUNDING), json(NANGONG));
    String[] lines = r.err().split("\\R");
    int foundingLines = read(FOUNDING).report().toText().split("\n").length;
    int nangongLines = read(NANGONG).report().toText().split("\n").length;
    assertThat(lines).hasSize(foundingLines + nangongLines);
    assertThat(lines[0]).isEqualTo(FOUNDING + ": charset: UTF-8");
    assertThat(lines[foundingLines]).isEqualTo(NANGONG + ": charset: UTF-8");
    for (int i = 0; i < lines.length; i++) {
      assertThat(lines[i]).startsWith((i < foundingLines ? FOUNDING : NANGONG) + ": ");
    }
    assertThat(r.err()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(FOUNDING.toString())
        + ": \\d+ findings?(: \\d+ errors?, \\d+ warnings?, \\d+ infos?)?$");
  }

  @Test
  void gb18030FileIsDetectedOrReadWithTheGivenCharset(@TempDir Path dir) throws IOException {
    Path gb = dir.resolve("gb.txt");
    Files.write(gb, Files.readString(FOUNDING, StandardCharsets.UTF_8).getBytes(GB18030));

    Run detected = run("read", "--report", gb.toString());
    assertThat(detected.code()).isZero();
    assertThat(detected.out().strip()).isEqualTo(json(FOUNDING));
    assertThat(detected.err()).startsWith(gb + ": charset: GB18030");

    Run explicit = run("read", "--charset", "GB18030", gb.toString());
    assertThat(explicit.code()).isZero();
    assertThat(explicit.out().strip()).isEqualTo(json(FOUNDING));

    // the wrong explicit charset: the error names the byte, no stack trace
    Run wrong = run("read", "--charset", "UTF-8", gb.toString());
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.out()).isEmpty();
    assertThat(wrong.err()).startsWith(gb + ": ").contains("UTF-8").contains("at byte ")
        .doesNotContain("\tat ");

    // and the other way round: the UTF-8 sample is not strict GB18030 either
    Run wrongWay = run("read", "--charset", "gb18030", FOUNDING.toString());
    assertThat(wrongWay.code()).isEqualTo(1);
    assertThat(wrongWay.err()).startsWith(FOUNDING + ": not valid GB18030").contains("at byte ");
  }

  @Test
  void badFilesAreReportedAndTheOthersStillProcessed(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xE5, (byte) 0xB9, (byte) 0xB3, '\n', (byte) 0xFF});
    Path missing = dir.resolve("nope.txt");

    Run r = run("read", bad.toString(), FOUNDING.toString(), missing.toString(), dir.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out().split("\\R")).containsExactly(json(FOUNDING));
    assertThat(r.err()).contains(bad + ": ").contains("(at byte 4)").contains("GB18030")
        .contains(missing + ": no such file").contains(dir + ": cannot read")
        .doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void usageErrorsExitWithTwo() {
    Run unknownCharset = run("read", "--charset", "NO-SUCH-CS", FOUNDING.toString());
    assertThat(unknownCharset.code()).isEqualTo(2);
    assertThat(unknownCharset.err()).contains("unknown charset 'NO-SUCH-CS'");
    assertThat(unknownCharset.out()).isEmpty();
    Run illegalCharset = run("read", "--charset", "bad name!", FOUNDING.toString());
    assertThat(illegalCharset.code()).isEqualTo(2);
    Run unknownFormat = run("read", "--to", "xml", FOUNDING.toString());
    assertThat(unknownFormat.code()).isEqualTo(2);
    assertThat(unknownFormat.err()).contains("unknown format 'xml'");
    assertThat(run("read").code()).isEqualTo(2);
    assertThat(run("read", "--no-such-option", FOUNDING.toString()).code()).isEqualTo(2);
  }

  @Test
  void helpNamesTheFormatsAndTheSeparator() {
    Run top = run("--help");
    assertThat(top.out()).contains("read");
    Run help = run("read", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--charset").contains("--to").contains("--report")
        .contains("ledger-csv").contains("ledger-json").contains("---").contains("FILE");
  }

  @Test
  void helpDescribesTheCharsetDetectionAsItIs() {
    // the detection of dev.govreply.internal.CharsetDetection: a byte order mark, UTF-8, then
    // GB18030 or Big5 (a guess, reported as GR-TXT-090); picocli wraps the help, so join lines
    String help = run("read", "--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("a byte order mark, else UTF-8 when the bytes are valid UTF-8, else"
        + " GB18030 or Big5").contains("GR-TXT-090").contains("--charset")
        .doesNotContain("else UTF-8, else GB18030)");
  }
}
