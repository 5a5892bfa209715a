package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Report JSON round trip (1000 generated reports), determinism, verdict, order. */
class ConformanceReportTest {

  static final List<String> TEXTS = List.of("", "平政字〔2024〕12号", "a \"quoted\" \\ text",
      "line\nbreak\ttab", "《关于优化营商环境，政府部门先行的建议》", "emoji 😀", "</script>", "~/x");
  static final List<String> PATHS = List.of("documentNumber", "body.measures[2].points[0]",
      "contacts[1].phone", "body.commitments.items[10]", "a/b~c", "unrecognized[0]");

  static Gen<String> texts() {
    return pick(TEXTS);
  }

  static Gen<Optional<String>> optional(Gen<String> g) {
    return booleans().zip(g, (b, s) -> b ? Optional.of(s) : Optional.<String>empty());
  }

  static Gen<Optional<SourceSpan>> spans() {
    return booleans().zip(range(1, 50), range(1, 80), range(0, 3), range(0, 40),
        (b, line, col, dl, len) -> b ? Optional.of(new SourceSpan(line, col, line + dl, col + len))
            : Optional.<SourceSpan>empty());
  }

  static Gen<Finding> findings() {
    Gen<String> ids = pick(List.of("GR-NUM-001", "GR-REQ-008", "GR-TXT-081", "GR-VAL-001"));
    Gen<List<String>> args = range(0, 3).flatMap(n -> lists(texts(), n));
    return ids.zip(enumValues(Severity.class), texts(), optional(pick(PATHS)), spans(),
        (id, sev, msg, path, span) -> new Finding(id, sev, msg, path, span, Optional.empty(),
            List.of()))
        .zip(optional(texts()), args, (f, fix, a) -> new Finding(f.ruleId(), f.severity(),
            f.message(), f.path(), f.span(), fix, a));
  }

  static <T> Gen<List<T>> lists(Gen<T> g, int n) {
    return in -> {
      List<T> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(g.generate(in));
      }
      return out;
    };
  }

  static Gen<AppliedOverride> overrides() {
    return pick(List.of("GR-NUM-002", "GR-TXT-*")).zip(optional(pick(List.of("contacts[*].phone",
        "regex:body\\..*"))), booleans(), enumValues(Severity.class), range(0, 5),
        (rule, path, suppress, sev, n) -> new AppliedOverride(new RuleOverride(rule, path,
            suppress ? Optional.empty() : Optional.of(sev), "本地规定 local rule"), n));
  }

  static Gen<ConformanceReport> reports() {
    return range(0, 6).flatMap(n -> lists(findings(), n))
        .zip(range(0, 2).flatMap(n -> lists(findings(), n)),
            range(0, 2).flatMap(n -> lists(overrides(), n)), pick(List.of("gbt9704", "本地")),
            (f, s, o, id) -> new ConformanceReport(id, "1.0", RuleCatalogue.VERSION, f, s, o));
  }

  @Test
  void jsonRoundTripsEqualAndDeterministic() {
    qt().withExamples(1000).forAll(reports()).check(r -> {
      String json = r.toJson();
      ConformanceReport back = ConformanceReport.fromJson(json);
      return back.equals(r) && back.toJson().equals(json) && back.verdict() == r.verdict();
    });
  }

  @Test
  void verdictIsTheWorstSeverity() {
    Finding info = Finding.of("GR-SRC-002", Severity.INFO, "m", null, null);
    Finding warn = info.withSeverity(Severity.WARNING);
    Finding err = info.withSeverity(Severity.ERROR);
    assertThat(report(List.of()).verdict()).isEqualTo(Verdict.ACCEPT);
    assertThat(report(List.of(info)).verdict()).isEqualTo(Verdict.ACCEPT);
    assertThat(report(List.of(info, warn)).verdict()).isEqualTo(Verdict.ACCEPT_WITH_WARNINGS);
    assertThat(report(List.of(warn, err, info)).verdict()).isEqualTo(Verdict.REJECT);
  }

  static ConformanceReport report(List<Finding> f) {
    return new ConformanceReport("p", "1", RuleCatalogue.VERSION, f, List.of(), List.of());
  }

  @Test
  void findingsAreSortedBySpanThenPathWithNumericIndexes() {
    Finding a = Finding.of("GR-BOD-002", Severity.ERROR, "m", "body.measures[10]", null);
    Finding b = Finding.of("GR-BOD-002", Severity.ERROR, "m", "body.measures[2]", null);
    Finding c = Finding.of("GR-REQ-008", Severity.ERROR, "m", "date", SourceSpan.ofLine(9, 1, 2));
    Finding d = Finding.of("GR-NUM-001", Severity.ERROR, "m", "documentNumber",
        SourceSpan.ofLine(3, 1, 2));
    Finding e = Finding.of("GR-VAL-001", Severity.ERROR, "m", null, null);
    assertThat(report(List.of(e, a, c, b, d)).findings()).containsExactly(d, c, b, a, e);
  }

  @Test
  void jsonNamesProfileCatalogueVerdictPointerAndSpan() {
    Finding f = Finding.of("GR-NUM-001", Severity.ERROR, "m", "body.measures[2].points[0]",
        SourceSpan.ofLine(3, 1, 14)).withFix("平交复函〔2017〕19号").withArguments("x");
    String json = report(List.of(f)).toJson();
    assertThat(json).contains("\"format\" : \"govreply-report/1\"")
        .contains("\"catalogue\" : \"govreply-rules 1.0\"")
        .contains("\"verdict\" : \"REJECT\"")
        .contains("\"pointer\" : \"/body/measures/2/points/0\"")
        .contains("\"startLine\" : 3")
        .contains("平交复函〔2017〕19号");
  }

  @Test
  void readingRejectsTamperedOrUnknownContent() {
    String json = report(List.of(Finding.of("GR-REQ-008", Severity.ERROR, "m", "date", null)))
        .toJson();
    assertThatThrownBy(() -> ConformanceReport.fromJson(json.replace("REJECT", "ACCEPT")))
        .hasMessageContaining("/verdict");
    assertThatThrownBy(() -> ConformanceReport.fromJson(json.replace("\"/date\"", "\"/x\"")))
        .hasMessageContaining("/findings/0/pointer");
    assertThatThrownBy(() -> ConformanceReport.fromJson(json.replace("\"rule\"", "\"rul\"")))
        .hasMessageContaining("/findings/0/rul");
    assertThatThrownBy(() -> ConformanceReport.fromJson("[]")).hasMessageContaining("object");
    // each problem at its pointer, whatever it is
    String[][] cases = {
        {json.replace("\"message\" : \"m\"", "\"message\" : 5"), "/findings/0/message",
            "expected a string"},
        {json.replace("\"message\" : \"m\"", "\"message\" : null"), "/findings/0/message", ""},
        {json.replace("\"message\" : \"m\",", ""), "/findings/0/message", "missing"},
        {json.replace("\"arguments\" : [ ]", "\"arguments\" : [ null ]"), "/findings/0/arguments",
            ""},
        {json.replace("\"catalogue\"", "\"catalog\""), "/catalog", "unknown property"},
        {json.replace("\"id\" : ", "\"ID\" : "), "/profile/ID", "unknown property"},
        {json.replace("\"overrides\" : [ ]", "\"overrides\" : { }"), "/overrides",
            "expected an array"},
        {json.replace("\"severity\" : \"ERROR\"", "\"severity\" : \"FATAL\""),
            "/findings/0/severity", "ERROR, WARNING or INFO"},
    };
    for (String[] c : cases) {
      assertThat(c[0]).as("the case changes the report").isNotEqualTo(json);
      assertThatThrownBy(() -> ConformanceReport.fromJson(c[0])).as(c[1])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("report JSON at " + c[1]).hasMessageContaining(c[2]);
    }
    assertThatThrownBy(() -> ConformanceReport.fromJson(json + "{}"))
        .hasMessageContaining("malformed");
  }

  @Test
  void textListsFindingsInTheRequestedLanguage() {
    ConformanceReport r = ReplyChecker.of(Profiles.GBT9704).check(Replies.founding().toBuilder()
        .date(Optional.empty()).build());
    assertThat(r.toText(Locale.ENGLISH)).startsWith("REJECT gbt9704 1.0 (govreply-rules 1.0)")
        .contains("date GR-REQ-008 ERROR: The reply has no date");
    assertThat(r.toText(Locale.SIMPLIFIED_CHINESE)).contains("答复没有成文日期。");
  }

  @Test
  void textHeaderIsInTheRequestedLanguageWithEnglishPlurals() {
    Finding noDate = Finding.of("GR-REQ-008", Severity.ERROR, "The reply has no date (成文日期).",
        "date", null);
    Finding noSignature = Finding.of("GR-REQ-007", Severity.ERROR,
        "The reply has no signature (发文机关署名).", "signature", null);
    Finding brackets = Finding.of("GR-NUM-001", Severity.WARNING, "m", "documentNumber",
        new SourceSpan(3, 1, 3, 14)).withArguments("平交复函〔2017〕19号").withFix("平交复函〔2017〕19号");
    ConformanceReport two = new ConformanceReport("gbt9704", "1.0", "govreply-rules 1.0",
        List.of(noDate, noSignature, brackets), List.of(noDate),
        List.of(new AppliedOverride(RuleOverride.regrade("GR-NUM-001", Severity.WARNING,
            "以后再改"), 1)));

    assertThat(two.toText(Locale.SIMPLIFIED_CHINESE).lines().toList()).containsExactly(
        "不通过 gbt9704 1.0（govreply-rules 1.0）：错误 2 项，警告 1 项，提示 0 项",
        "  3:1–3:14 documentNumber GR-NUM-001 警告：发文字号的年份未用六角括号〔〕括入，应写作平交复函〔2017〕19号。"
            + "（建议：平交复函〔2017〕19号）",
        "  date GR-REQ-008 错误：答复没有成文日期。",
        "  signature GR-REQ-007 错误：答复没有发文机关署名。",
        "  已抑制：1 项",
        "  规则调整 GR-NUM-001 → 警告（以后再改）：1 项");
    assertThat(two.toText(Locale.ENGLISH).lines().toList()).containsExactly(
        "REJECT gbt9704 1.0 (govreply-rules 1.0): 2 errors, 1 warning, 0 infos",
        "  3:1–3:14 documentNumber GR-NUM-001 WARNING: m (fix: 平交复函〔2017〕19号)",
        "  date GR-REQ-008 ERROR: The reply has no date (成文日期).",
        "  signature GR-REQ-007 ERROR: The reply has no signature (发文机关署名).",
        "  suppressed: 1 finding",
        "  override GR-NUM-001 → WARNING (以后再改): 1 finding");

    ConformanceReport one = new ConformanceReport("lenient", "1.0", "govreply-rules 1.0",
        List.of(noDate, brackets.withSeverity(Severity.INFO)), List.of(), List.of());
    assertThat(one.toText(Locale.ENGLISH).lines().findFirst()).hasValue(
        "REJECT lenient 1.0 (govreply-rules 1.0): 1 error, 0 warnings, 1 info");
    assertThat(one.toText(Locale.SIMPLIFIED_CHINESE).lines().findFirst()).hasValue(
        "不通过 lenient 1.0（govreply-rules 1.0）：错误 1 项，警告 0 项，提示 1 项");
    ConformanceReport none = new ConformanceReport("gbt9704", "1.0", "govreply-rules 1.0",
        List.of(), List.of(), List.of());
    assertThat(none.toText(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "通过 gbt9704 1.0（govreply-rules 1.0）：错误 0 项，警告 0 项，提示 0 项\n");
  }
}
