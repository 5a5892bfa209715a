package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Provenance is listed in the order of the reply's fields, and only for known paths. */
  @Test
  void provenanceIsOrderedAndChecked() {
    Map<String, Provenance> given = new HashMap<>();
    given.put("date", Provenance.WEB_PAGE);
    given.put("issuer", Provenance.SIGNATURE);
    given.put("motion.number", Provenance.TITLE);
    ReadReport report = new ReadReport(StandardCharsets.UTF_8, List.of(), List.of(), given);
    assertThat(report.provenance().keySet()).containsExactly("issuer", "motion.number", "date");
    assertThat(report.toText())
        .contains("provenance: issuer=signature motion.number=title date=web page");
    assertThat(report).isNotEqualTo(new ReadReport(StandardCharsets.UTF_8, List.of(), List.of()));
    assertThat(Provenance.SIGNATURE.stated()).isFalse();
    assertThat(Provenance.TITLE.stated()).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> new ReadReport(StandardCharsets.UTF_8,
        List.of(), List.of(), Map.of("body", Provenance.DOCUMENT))).withMessageContaining("body");
  }

  /** The reader says where it found each value: 平政字〔2024〕12号 in its header, 241 in its title. */
  @Test
  void theReaderRecordsWhereItFoundEachValue() {
    ReadResult r = ReplyTextReader.standard().read("平江县人民政府\n平政字〔2024〕12号 A2类\n"
        + "平江县人民政府关于岳阳市九届人大四次会议第241号建议的答复\n张亮代表：\n"
        + "您提出的《关于优化营商环境的建议》已收悉。现答复如下：\n已办。\n");
    assertThat(r.report().provenance()).containsEntry("issuer", Provenance.DOCUMENT)
        .containsEntry("documentNumber", Provenance.DOCUMENT)
        .containsEntry("motion.number", Provenance.TITLE)
        .containsEntry("motion.title", Provenance.DOCUMENT)
        .containsEntry("addressee", Provenance.DOCUMENT)
        .doesNotContainKey("date");
    ReadResult signed = ReplyTextReader.standard().read("张亮代表：\n您提出的建议收悉，现答复如下：\n"
        + "已办。\n\n平江县交通运输局\n2024年5月6日\n");
    assertThat(signed.report().provenance()).containsEntry("issuer", Provenance.SIGNATURE)
        .containsEntry("date", Provenance.DOCUMENT);
  }
}
