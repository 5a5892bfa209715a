package dev.govreply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.cli.Cli.Run;
import dev.govreply.conformance.AppliedOverride;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.RuleOverride;
import dev.govreply.findings.Finding;
import dev.govreply.findings.FindingText;
import dev.govreply.findings.Messages;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import dev.govreply.text.LineRecord;
import dev.govreply.text.Provenance;
import dev.govreply.text.ReadReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reports for people in English and Chinese: the header, the severities, the counts with the
 * right English plural; through {@code check} and {@code read --report} and through {@link
 * ReportText}.
 */
class ReportTextTest {

  static final Path FOUNDING = CheckCommandTest.FOUNDING;
  static final Path SAMPLE27 = CheckCommandTest.SAMPLE27;

  static Run run(String... args) {
    return Cli.run(args);
  }

  /**
   * A finding of {@code rule} with the English message {@code message of RULE} and no arguments;
   * in Chinese it shows the rule's Chinese message.
   */
  static Finding finding(String rule, Severity severity) {
    return Finding.of(rule, severity, "message of " + rule, "documentNumber",
        new SourceSpan(3, 1, 3, 14));
  }

  static ConformanceReport report(List<Finding> findings, List<AppliedOverride> overrides) {
    return new ConformanceReport("gbt9704", "1.0", "govreply-rules 1.0", findings, List.of(),
        overrides);
  }

  @Test
  void englishCountsHaveTheRightPlural() {
    ConformanceReport one = report(List.of(finding("GR-TXT-001", Severity.ERROR),
        finding("GR-TXT-002", Severity.WARNING), finding("GR-TXT-004", Severity.INFO)),
        List.of(new AppliedOverride(RuleOverride.regrade("GR-TXT-002", Severity.WARNING,
            "brackets later"), 1)));
    assertThat(ReportText.of(one, Lang.EN).lines()).containsExactly(
        "REJECT gbt9704 1.0 (govreply-rules 1.0): 1 error, 1 warning, 1 info",
        "  3:1–3:14 documentNumber GR-TXT-001 ERROR: message of GR-TXT-001",
        "  3:1–3:14 documentNumber GR-TXT-002 WARNING: message of GR-TXT-002",
        "  3:1–3:14 documentNumber GR-TXT-004 INFO: message of GR-TXT-004",
        "  override GR-TXT-002 → WARNING (brackets later): 1 finding");

    ConformanceReport two = report(List.of(finding("GR-TXT-002", Severity.WARNING),
        finding("GR-TXT-003", Severity.WARNING)),
        List.of(new AppliedOverride(RuleOverride.suppress("GR-TXT-*", "noise"), 0),
            new AppliedOverride(RuleOverride.regrade("GR-LEG-*", Severity.WARNING, "r"), 2)));
    assertThat(ReportText.of(two, Lang.EN).lines()).first().isEqualTo(
        "ACCEPT_WITH_WARNINGS gbt9704 1.0 (govreply-rules 1.0): 0 errors, 2 warnings, 0 infos");
    assertThat(ReportText.of(two, Lang.EN)).contains(
        "  override GR-TXT-* → suppressed (noise): 0 findings\n",
        "  override GR-LEG-* → WARNING (r): 2 findings\n");
  }

  @Test
  void chineseHeaderSeveritiesAndCounts() {
    ConformanceReport r = report(List.of(finding("GR-NUM-001", Severity.ERROR),
        finding("GR-NUM-002", Severity.WARNING).withFix("平交复函〔2017〕19号")),
        List.of(new AppliedOverride(RuleOverride.regrade("GR-NUM-002", Severity.WARNING,
            "以后再改"), 1)));
    List<String> lines = ReportText.of(r, Lang.ZH).lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("不通过 gbt9704 1.0（govreply-rules 1.0）：错误 1 项，警告 1 项，提示 0 项");
    assertThat(lines.get(1)).startsWith("  3:1–3:14 documentNumber GR-NUM-001 错误：")
        .doesNotContain("ERROR");
    assertThat(lines.get(2)).startsWith("  3:1–3:14 documentNumber GR-NUM-002 警告：")
        .endsWith("（建议：平交复函〔2017〕19号）");
    assertThat(lines.get(3)).isEqualTo("  规则调整 GR-NUM-002 → 警告（以后再改）：1 项");
    assertThat(ReportText.of(report(List.of(), List.of()), Lang.ZH).lines().findFirst())
        .hasValue("通过 gbt9704 1.0（govreply-rules 1.0）：错误 0 项，警告 0 项，提示 0 项");
  }

  @Test
  void findingMessagesAreInTheLanguageWhereTheRuleHasATranslation() {
    Finding f = Finding.of("GR-NUM-002", Severity.WARNING, "english", "documentNumber", null)
        .withArguments("平政字〔2024〕12号");
    String zh = Messages.message("GR-NUM-002", Locale.SIMPLIFIED_CHINESE,
        List.of("平政字〔2024〕12号")).orElseThrow();
    assertThat(FindingText.line(f, Lang.ZH.locale)).isEqualTo("documentNumber GR-NUM-002 警告：" + zh);
    assertThat(FindingText.line(f, Lang.EN.locale)).startsWith("documentNumber GR-NUM-002 WARNING: ")
        .doesNotContain(zh);
  }

  @Test
  void readReportCountsFindings() {
    List<LineRecord> lines = List.of(new LineRecord(1, "平政字[2024]12号", List.of("documentNumber"),
        List.of()), new LineRecord(2, "  ", List.of(), List.of()),
        new LineRecord(3, "**一、总体情况**", List.of("body.measures[0].heading"),
            List.of("**", "一、")));
    ReadReport one = new ReadReport(StandardCharsets.UTF_8, lines,
        List.of(finding("GR-TXT-001", Severity.WARNING)));
    assertThat(ReportText.of(one, Lang.EN).lines()).containsExactly(
        "charset: UTF-8",
        "    1  documentNumber | 平政字[2024]12号",
        "    2  (blank)",
        "    3  body.measures[0].heading | markup ** 一、 | **一、总体情况**",
        "provenance: none",
        "1 finding: 0 errors, 1 warning, 0 infos",
        "  3:1–3:14 documentNumber GR-TXT-001 WARNING: message of GR-TXT-001");
    assertThat(ReportText.of(one, Lang.ZH).lines()).containsExactly(
        "字符集：UTF-8",
        "    1  documentNumber | 平政字[2024]12号",
        "    2  （空行）",
        "    3  body.measures[0].heading | 标记 ** 一、 | **一、总体情况**",
        "值的来源：无",
        "发现 1 项：错误 0 项，警告 1 项，提示 0 项",
        "  3:1–3:14 documentNumber GR-TXT-001 警告：发文字号的年份未用六角括号〔〕括入。");
    ReadReport none = new ReadReport(StandardCharsets.UTF_8, lines, List.of());
    assertThat(ReportText.of(none, Lang.EN)).endsWith("\n0 findings\n");
    ReadReport two = new ReadReport(StandardCharsets.UTF_8, lines,
        List.of(finding("GR-TXT-001", Severity.WARNING), finding("GR-TXT-002", Severity.INFO)));
    assertThat(ReportText.of(two, Lang.EN)).contains("\n2 findings: 0 errors, 1 warning, 1 info\n");
  }

  /** The provenance of the values, each source named in the report's language. */
  @Test
  void readReportNamesWhereEachValueWasFound() {
    List<LineRecord> lines = List.of(new LineRecord(1, "平江县交通运输局", List.of("signature"),
        List.of()));
    ReadReport r = new ReadReport(StandardCharsets.UTF_8, lines, List.of(), Map.of(
        "motion.number", Provenance.WEB_PAGE, "issuer", Provenance.SIGNATURE,
        "signature", Provenance.DOCUMENT));
    assertThat(ReportText.of(r, Lang.EN).lines())
        .contains("provenance: issuer=signature motion.number=web page signature=document");
    assertThat(ReportText.of(r, Lang.ZH).lines())
        .contains("值的来源：issuer=落款 motion.number=网页 signature=正文");
  }

  @Test
  void checkWithLangZhWritesTheHeaderAndSeveritiesInChinese() {
    Run zh = run("check", "--lang", "zh", SAMPLE27.toString());
    List<String> lines = zh.out().lines().toList();
    assertThat(lines.get(0)).startsWith(SAMPLE27 + ": 不通过 gbt9704 1.0（govreply-rules 1.0）：错误 ")
        .containsPattern("：错误 \\d+ 项，警告 \\d+ 项，提示 \\d+ 项$");
    assertThat(zh.out()).contains(" GR-NUM-001 错误：").doesNotContain(" ERROR")
        .doesNotContain("REJECT");
    assertThat(zh.code()).isEqualTo(1);

    Run en = run("check", SAMPLE27.toString());
    assertThat(en.out().lines().findFirst().orElseThrow()).startsWith(SAMPLE27
        + ": REJECT gbt9704 1.0 (govreply-rules 1.0): ")
        .containsPattern(": \\d+ errors?, \\d+ warnings?, \\d+ infos?$");
  }

  @Test
  void readReportWithLangZh() {
    Run zh = run("read", "--report", "--lang", "zh", FOUNDING.toString());
    assertThat(zh.code()).isZero();
    List<String> lines = zh.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo(FOUNDING + ": 字符集：UTF-8");
    assertThat(zh.err()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(
        FOUNDING.toString()) + ": 发现 \\d+ 项：错误 \\d+ 项，警告 \\d+ 项，提示 \\d+ 项$")
        .contains(" 提示：").doesNotContain(" INFO:");

    Run en = run("read", "--report", FOUNDING.toString());
    assertThat(en.err().lines().findFirst()).hasValue(FOUNDING + ": charset: UTF-8");
    assertThat(en.err()).contains(" INFO: ");
  }

  @Test
  void theConformanceReportIsWordedByTheLibraryInBothLanguages() {
    ConformanceReport r = report(List.of(finding("GR-NUM-001", Severity.ERROR),
        finding("GR-NUM-002", Severity.WARNING).withFix("平交复函〔2017〕19号")),
        List.of(new AppliedOverride(RuleOverride.regrade("GR-NUM-002", Severity.WARNING,
            "以后再改"), 1)));
    for (Lang lang : Lang.values()) {
      assertThat(ReportText.of(r, lang)).as(lang.name()).isEqualTo(r.toText(lang.locale));
    }
  }
}
