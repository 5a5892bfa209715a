package dev.govreply.cli;

import dev.govreply.conformance.AppliedOverride;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.RuleOverride;
import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.text.LineRecord;
import dev.govreply.text.ReadReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports for people, in a {@link Lang}: the conformance report of {@code check} and the read
 * report of {@code read --report}. Lines end with {@code \n}; the caller escapes them for the
 * terminal and puts the file name in front.
 *
 * <pre>
 * REJECT gbt9704 1.0 (govreply-rules 1.0): 1 error, 2 warnings, 0 infos
 *   3:1–3:14 documentNumber GR-NUM-001 ERROR: … (fix: 平交复函〔2017〕19号)
 *
 * 不通过 gbt9704 1.0（govreply-rules 1.0）：错误 1 项，警告 2 项，提示 0 项
 *   3:1–3:14 documentNumber GR-NUM-001 错误：…（建议：平交复函〔2017〕19号）
 * </pre>
 *
 * <p>A finding is one line in both reports: span, model path, rule ID, severity, message in the
 * language when the rule has a translation (English otherwise), suggested fix.
 */
final class ReportText {

  private ReportText() {}

  /**
   * The conformance report: a header with the verdict, profile, catalogue and the counts per
   * severity, a line per finding, the number of suppressed findings, the overrides.
   *
   * @param report the report
   * @param lang the language
   * @return the text, a line feed after every line
   */
  static String of(ConformanceReport report, Lang lang) {
    StringBuilder sb = new StringBuilder();
    sb.append(lang.verdict(report.verdict())).append(' ').append(report.profileId()).append(' ')
        .append(report.profileVersion()).append(lang.parenthesised(report.catalogueVersion()))
        .append(lang.colon()).append(counts(report.findings(), lang)).append('\n');
    for (Finding f : report.findings()) {
      sb.append("  ").append(finding(f, lang)).append('\n');
    }
    if (!report.suppressed().isEmpty()) {
      sb.append("  ").append(pick(lang, "suppressed", "已抑制")).append(lang.colon())
          .append(lang.findings(report.suppressed().size())).append('\n');
    }
    for (AppliedOverride o : report.overrides()) {
      sb.append("  ").append(pick(lang, "override ", "规则调整 ")).append(override(o.override(),
          lang)).append(lang.colon()).append(lang.findings(o.matched())).append('\n');
    }
    return sb.toString();
  }

  /**
   * The read report: the charset, a line per input line (its number, where its text went, the
   * markup consumed, the start of its text), then the number of findings, by severity, and a line
   * per finding.
   *
   * @param report the reader's report
   * @param lang the language
   * @return the text, a line feed after every line
   */
  static String of(ReadReport report, Lang lang) {
    StringBuilder sb = new StringBuilder();
    sb.append(pick(lang, "charset", "字符集")).append(lang.colon())
        .append(report.charset().name()).append('\n');
    for (LineRecord r : report.lines()) {
      sb.append(String.format("%5d  ", r.number()));
      if (r.blank()) {
        sb.append(pick(lang, "(blank)", "（空行）"));
      } else if (r.unaccounted()) {
        sb.append(pick(lang, "(UNACCOUNTED)", "（未归入任何部分）"));
      } else {
        sb.append(String.join(", ", r.targets()));
        if (!r.markup().isEmpty()) {
          sb.append(pick(lang, " | markup ", " | 标记 ")).append(String.join(" ", r.markup()));
        }
      }
      if (!r.blank()) {
        String t = r.text().strip();
        sb.append(" | ").append(t.length() > 40 ? t.substring(0, 40) + "…" : t);
      }
      sb.append('\n');
    }
    List<Finding> findings = report.findings();
    sb.append(pick(lang, "", "发现 ")).append(lang.findings(findings.size()));
    if (!findings.isEmpty()) {
      sb.append(lang.colon()).append(counts(findings, lang));
    }
    sb.append('\n');
    for (Finding f : findings) {
      sb.append("  ").append(finding(f, lang)).append('\n');
    }
    return sb.toString();
  }

  /**
   * The read report of a file read as JSON, which has none: {@code read as govreply/1 JSON: no
   * read report}.
   *
   * @param lang the language
   * @return the text, a line feed at the end
   */
  static String readAsJson(Lang lang) {
    return pick(lang, "read as govreply/1 JSON: no read report",
        "按 govreply/1 JSON 读取，没有读取报告") + "\n";
  }

  /** {@code 3:1–3:14 documentNumber GR-NUM-001 ERROR: message (fix: …)}. */
  static String finding(Finding f, Lang lang) {
    StringBuilder sb = new StringBuilder();
    f.span().ifPresent(s -> sb.append(s).append(' '));
    f.path().ifPresent(p -> sb.append(p).append(' '));
    sb.append(f.ruleId()).append(' ').append(lang.severity(f.severity())).append(lang.colon())
        .append(f.message(lang.locale));
    f.suggestedFix().ifPresent(x -> sb.append(lang.parenthesised(pick(lang, "fix: ", "建议：")
        + x)));
    return sb.toString();
  }

  /** {@code 1 error, 2 warnings, 0 infos} / {@code 错误 1 项，警告 2 项，提示 0 项}. */
  private static String counts(List<Finding> findings, Lang lang) {
    long[] n = new long[Severity.values().length];
    for (Finding f : findings) {
      n[f.severity().ordinal()]++;
    }
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      parts.add(lang.count(n[s.ordinal()], s));
    }
    return String.join(lang.comma(), parts);
  }

  /** {@code GR-NUM-002 at documentNumber → WARNING (rationale)}. */
  private static String override(RuleOverride o, Lang lang) {
    return o.rule() + o.path().map(p -> pick(lang, " at ", " 于 ") + p).orElse("") + " → "
        + o.severity().map(lang::severity).orElse(pick(lang, "suppressed", "抑制"))
        + lang.parenthesised(o.rationale());
  }

  private static String pick(Lang lang, String english, String chinese) {
    return lang == Lang.EN ? english : chinese;
  }
}
