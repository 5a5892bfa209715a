package dev.govreply.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.conformance.RuleOverride;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingTableTest {

  static ConformanceReport report(ReplyChecker checker) {
    var read = SampleDocuments.read("27");
    return checker.check(read.reply(), read.report().locator(), read.report().findings());
  }

  static final ReplyChecker GBT = ReplyChecker.builder().profile(Profiles.GBT9704)
      .clock(Fixtures.CLOCK).build();

  @Test
  void oneRowPerFindingWithAHeaderAndAlignedColumns() {
    ConformanceReport r = report(GBT);
    String table = FindingTable.of(r, Locale.ENGLISH);
    String[] lines = table.split("\n");
    assertThat(lines[0]).isEqualTo("REJECT gbt9704 1.0 (govreply-rules 1.0): "
        + r.findings().size() + " findings");
    assertThat(lines[1]).startsWith("  #  rule        severity  span");
    assertThat(lines).hasSize(r.findings().size() + 2);
    // the message column starts at the same display column on every line
    int col = FindingTable.width(lines[1].substring(0, lines[1].indexOf("message")));
    for (int i = 2; i < lines.length; i++) {
      String message = r.findings().get(i - 2).message(Locale.ENGLISH);
      int at = lines[i].indexOf(message);
      assertThat(at).as(lines[i]).isPositive();
      assertThat(FindingTable.width(lines[i].substring(0, at))).isEqualTo(col);
    }
    assertThat(table).contains("GR-NUM-001", "documentNumber", "/documentNumber",
        "(fix: 平交复函〔2017〕19号)");
  }

  @Test
  void chineseMessages() {
    assertThat(FindingTable.of(report(GBT), Locale.SIMPLIFIED_CHINESE)).contains("六角括号");
  }

  @Test
  void noFindingsAndSuppressedFindings() {
    assertThat(FindingTable.rows(List.of(), Locale.ENGLISH)).isEqualTo("  (no findings)\n");
    var quiet = ReplyChecker.builder().clock(Fixtures.CLOCK).profile(Profiles.GBT9704
        .withOverrides(RuleOverride.suppress("GR-NUM-001", "legacy brackets"))).build();
    assertThat(FindingTable.of(report(quiet), Locale.ENGLISH))
        .contains("suppressed by the profile: 1 finding").doesNotContain("GR-NUM-001");
  }

  @Test
  void wideCharactersCountTwice() {
    assertThat(FindingTable.width("abc")).isEqualTo(3);
    assertThat(FindingTable.width("平江〔2017〕")).isEqualTo(12);
    assertThat(FindingTable.width("𠀀")).isEqualTo(2);
  }
}
