package dev.govreply.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Motion;
import dev.govreply.model.Reply;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Formula injection: cells a spreadsheet would run are neutralised by default (OWASP). */
class LedgerCsvTest {

  static Reply titled(String title, String copyTo) {
    return Reply.builder().motion(Motion.builder().title(title).build()).addCopyTo(copyTo)
        .build();
  }

  /** The cells of a one-line record without quoted commas. */
  static List<String> cells(String record) {
    return List.of(record.substring(0, record.length() - 2).split(",", -1));
  }

  @Test
  void cellsStartingWithAFormulaCharacterGetAnApostrophe() {
    assertThat(LedgerCsv.neutralise("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(LedgerCsv.neutralise("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
    assertThat(LedgerCsv.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo(
        "'=HYPERLINK(\"http://x\")");
    assertThat(LedgerCsv.neutralise("+1")).isEqualTo("'+1");
    assertThat(LedgerCsv.neutralise("-1")).isEqualTo("'-1");
    assertThat(LedgerCsv.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(LedgerCsv.neutralise("\r=1")).isEqualTo("'\r=1");
    // only the first character counts; ordinary values stay as they are
    assertThat(LedgerCsv.neutralise("关于=1的建议")).isEqualTo("关于=1的建议");
    assertThat(LedgerCsv.neutralise("0730-6222076")).isEqualTo("0730-6222076");
    assertThat(LedgerCsv.neutralise("'=1")).isEqualTo("'=1");
    assertThat(LedgerCsv.neutralise("")).isEmpty();
  }

  @Test
  void rowsNeutraliseByDefaultAndRawKeepsTheCells() {
    Reply cmd = titled("=cmd|' /C calc'!A0", "@SUM(1+1)");
    List<String> safe = cells(LedgerCsv.row(LedgerRow.of(cmd)));
    assertThat(safe.get(LedgerRow.KEYS.indexOf("motionTitle"))).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(safe.get(LedgerRow.KEYS.indexOf("copyTo"))).isEqualTo("'@SUM(1+1)");
    List<String> raw = cells(LedgerCsv.row(LedgerRow.of(cmd), LedgerCsv.Formulas.RAW));
    assertThat(raw.get(LedgerRow.KEYS.indexOf("motionTitle"))).isEqualTo("=cmd|' /C calc'!A0");
    assertThat(raw.get(LedgerRow.KEYS.indexOf("copyTo"))).isEqualTo("@SUM(1+1)");

    List<String> signs = cells(LedgerCsv.row(LedgerRow.of(titled("-1", "+1"))));
    assertThat(signs.get(LedgerRow.KEYS.indexOf("motionTitle"))).isEqualTo("'-1");
    assertThat(signs.get(LedgerRow.KEYS.indexOf("copyTo"))).isEqualTo("'+1");
  }

  @Test
  void theApostropheComesBeforeQuotingSoQuotedCellsAreNeutralisedToo() {
    Reply link = titled("=HYPERLINK(\"http://evil.example\",\"关于道路的建议\")", "\r=1");
    String record = LedgerCsv.row(LedgerRow.of(link));
    assertThat(record).contains(
        ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"关于道路的建议\"\")\",");
    assertThat(record).endsWith(",\"'\r=1\"\r\n");
    Reply tab = titled("\t=1", "省政府办公厅");
    assertThat(LedgerCsv.row(LedgerRow.of(tab))).contains(",'\t=1,");
  }

  @Test
  void realRowsHeaderAndContactsAreUnchanged() {
    // the one number (addresseeCount) is never negative, a phone sits inside the contacts cell,
    // which starts with the role: nothing of a real reply starts with a formula character
    Reply founding = LedgerRowTest.founding();
    assertThat(LedgerCsv.row(LedgerRow.of(founding)))
        .isEqualTo(LedgerCsv.row(LedgerRow.of(founding), LedgerCsv.Formulas.RAW))
        .contains(",RESPONSIBLE:朱远:；HANDLER:何勇:0730-6222076,");
    assertThat(LedgerCsv.header()).doesNotContain("'");
  }

  @Test
  void writeNeutralisesByDefaultAndTakesTheSwitch() {
    List<LedgerRow> rows = List.of(LedgerRow.of(titled("=1+1", "省政府办公厅")));
    StringWriter safe = new StringWriter();
    LedgerCsv.write(rows, safe);
    assertThat(safe.toString()).startsWith(LedgerCsv.header()).contains(",'=1+1,");
    StringWriter raw = new StringWriter();
    LedgerCsv.write(rows, raw, LedgerCsv.Formulas.RAW);
    assertThat(raw.toString()).contains(",=1+1,").doesNotContain("'");
  }
}
