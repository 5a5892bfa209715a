package dev.govreply.testing;

import dev.govreply.conformance.ConformanceReport;
import dev.govreply.findings.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Findings as a plain-text table for people, as the assertions of {@link ReplyAssertions} show
 * them in their failure messages:
 *
 * <pre>
 * REJECT gbt9704 1.0 (govreply-rules 1.0): 2 findings
 *   #  rule        severity  span       path            pointer          message
 *   1  GR-NUM-001  ERROR     2:1–2:14   documentNumber  /documentNumber  Document number … (fix: 平交复函〔2017〕19号)
 *   2  GR-REQ-009  ERROR     -          contacts        /contacts        No contact block
 * </pre>
 *
 * <p>Columns are aligned by display width: a Chinese character counts as two columns, as a
 * terminal or an IDE console shows it. A finding without span, path or pointer has {@code -} in
 * that column. The message is the last column and is never cut.
 *
 * <p>Stateless and thread-safe.
 */
public final class FindingTable {
  private static final String[] HEADER = {"#", "rule", "severity", "span", "path", "pointer",
      "message"};

  private FindingTable() {}

  /**
   * A report as a table: a header line with the verdict, profile and catalogue, then one row per
   * finding (the effective findings, in the report's location order), then the number of
   * suppressed findings if any.
   *
   * @param report the report
   * @param locale the language of the messages
   * @return the table, lines separated by {@code \n}, ending with {@code \n}
   */
  public static String of(ConformanceReport report, Locale locale) {
    Objects.requireNonNull(report, "report");
    StringBuilder sb = new StringBuilder();
    sb.append(report.verdict()).append(' ').append(report.profileId()).append(' ')
        .append(report.profileVersion()).append(" (").append(report.catalogueVersion())
        .append("): ").append(count(report.findings().size())).append('\n');
    sb.append(rows(report.findings(), locale));
    if (!report.suppressed().isEmpty()) {
      sb.append("  suppressed by the profile: ").append(count(report.suppressed().size()))
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * Findings as table rows with a column header; {@code "  (no findings)\n"} for none.
   *
   * @param findings the findings, in the order to show
   * @param locale the language of the messages
   * @return the rows, each indented by two spaces and ending with {@code \n}
   */
  public static String rows(List<Finding> findings, Locale locale) {
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(locale, "locale");
    if (findings.isEmpty()) {
      return "  (no findings)\n";
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    int n = 0;
    for (Finding f : findings) {
      n++;
      String message = f.message(locale)
          + f.suggestedFix().map(x -> " (fix: " + x + ")").orElse("");
      rows.add(new String[] {String.valueOf(n), f.ruleId(), f.severity().toString(),
          f.span().map(Object::toString).orElse("-"), f.path().map(p -> p.isEmpty() ? "(reply)" : p)
              .orElse("-"), f.jsonPointer().map(p -> p.isEmpty() ? "\"\"" : p).orElse("-"),
          oneLine(message)});
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length - 1; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : rows) {
      sb.append("  ");
      for (int i = 0; i < row.length; i++) {
        sb.append(row[i]);
        if (i < row.length - 1) {
          sb.append(" ".repeat(widths[i] - width(row[i]) + 2));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String count(int n) {
    return n + (n == 1 ? " finding" : " findings");
  }

  private static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /** Display width: East Asian wide and full-width characters take two columns. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
