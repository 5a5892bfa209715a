package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadReportTest {

  @Test
  void lineRecordsTellBlankPlacedAndUnaccountedLines() {
    LineRecord blank = new LineRecord(1, "  ", List.of(), List.of());
    LineRecord placed = new LineRecord(2, "张亮代表：", List.of("addressee"), List.of("代表"));
    LineRecord lost = new LineRecord(3, "？？", List.of(), List.of());
    assertThat(blank.blank()).isTrue();
    assertThat(blank.unaccounted()).isFalse();
    assertThat(placed.unaccounted()).isFalse();
    assertThat(lost.unaccounted()).isTrue();
  }

  @Test
  void textFormListsEveryLineAndTheFindings() {
    ReadReport report = new ReadReport(StandardCharsets.UTF_8, List.of(
        new LineRecord(1, "平江县人民政府", List.of("issuer"), List.of()),
        new LineRecord(2, "", List.of(), List.of()),
        new LineRecord(3, "？？", List.of(), List.of())),
        List.of(Finding.of("GR-TXT-001", Severity.WARNING, "m", "documentNumber",
            SourceSpan.ofLine(1, 1, 2))));
    String text = report.toText();
    assertThat(text).contains("charset: UTF-8")
        .contains("    1  issuer | 平江县人民政府")
        .contains("    2  (blank)")
        .contains("    3  (UNACCOUNTED) | ？？")
        .contains("findings: 1")
        .contains("GR-TXT-001 WARNING 1:1–1:2 documentNumber: m");
    assertThat(report).hasToString("ReadReport[UTF-8, 3 lines, 1 findings]");
  }

  @Test
  void listsAreCopies() {
    List<LineRecord> lines = new ArrayList<>();
    ReadReport report = new ReadReport(StandardCharsets.UTF_8, lines, List.of());
    lines.add(new LineRecord(1, "x", List.of(), List.of()));
    assertThat(report.lines()).isEmpty();
  }
}
