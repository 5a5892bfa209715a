package dev.govreply.cli;

import dev.govreply.conformance.ConformanceReport;
import dev.govreply.findings.Finding;
import dev.govreply.findings.FindingText;
import dev.govreply.text.LineRecord;
import dev.govreply.text.ReadReport;
import java.util.List;
import java.util.Locale;

/**
 * The reports for people, in a {@link Lang}: the conformance report of {@code check}, as the
 * library words it ({@link ConformanceReport#toText(Locale)}), and the read report of {@code read
 * --report}, whose findings and counts are worded by {@link FindingText} too. Lines end with
 * {@code \n}; the caller escapes them for the terminal and puts the file name in front.
 *
 * <pre>
 * charset: UTF-8
 *     1  documentNumber | 平政字[2024]12号
 *     2  (blank)
 * 1 finding: 0 errors, 1 warning, 0 infos
 *   1:1–1:13 documentNumber GR-TXT-001 WARNING: … (fix: 平政字〔2024〕12号)
 *
 * 字符集：UTF-8
 *     1  documentNumber | 平政字[2024]12号
 *     2  （空行）
 * 发现 1 项：错误 0 项，警告 1 项，提示 0 项
 *   1:1–1:13 documentNumber GR-TXT-001 警告：发文字号平政字[2024]12号的年份…（建议：平政字〔2024〕12号）
 * </pre>
 */
final class ReportText {

  private ReportText() {}

  /**
   * The conformance report ({@link ConformanceReport#toText(Locale)}).
   *
   * @param report the report
   * @param lang the language
   * @return the text, a line feed after every line
   */
  static String of(ConformanceReport report, Lang lang) {
    return report.toText(lang.locale);
  }

  /**
   * The read report: the charset, a line per input line (its number, where its text went, the
   * markup consumed, the start of its text), where each value of the reply was found ({@code
   * provenance: issuer=signature motion.number=title …}: the document's text, its title, the
   * signature or the web page), then the number of findings, by severity, and a line per finding.
   *
   * @param report the reader's report
   * @param lang the language
   * @return the text, a line feed after every line
   */
  static String of(ReadReport report, Lang lang) {
    Locale locale = lang.locale;
    StringBuilder sb = new StringBuilder();
    sb.append(pick(lang, "charset", "字符集")).append(FindingText.colon(locale))
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
    sb.append(pick(lang, "provenance", "值的来源")).append(FindingText.colon(locale));
    StringBuilder sources = new StringBuilder();
    report.provenance().forEach((path, p) -> sources.append(sources.length() == 0 ? "" : " ")
        .append(path).append('=').append(lang == Lang.EN ? p.english() : p.chinese()));
    sb.append(sources.length() == 0 ? pick(lang, "none", "无") : sources).append('\n');
    List<Finding> findings = report.findings();
    sb.append(pick(lang, "", "发现 ")).append(FindingText.count(findings.size(), locale));
    if (!findings.isEmpty()) {
      sb.append(FindingText.colon(locale)).append(FindingText.counts(findings, locale));
    }
    sb.append('\n');
    for (Finding f : findings) {
      sb.append("  ").append(FindingText.line(f, locale)).append('\n');
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

  private static String pick(Lang lang, String english, String chinese) {
    return lang == Lang.EN ? english : chinese;
  }
}
