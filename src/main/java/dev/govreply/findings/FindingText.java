package dev.govreply.findings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Findings as text for people, in English or simplified Chinese: the one wording of severities,
 * counts and finding lines for every report that shows findings (the conformance report's
 * {@code toText}, the command line's reports). A locale is Chinese when its messages are
 * ({@link Finding#message(Locale)}): {@code zh}, {@code zh_CN}, {@code zh_Hans}…; every other
 * locale gives English.
 *
 * <pre>
 * 3:1–3:14 documentNumber GR-NUM-001 ERROR: The year … (fix: 平交复函〔2017〕19号)
 * 3:1–3:14 documentNumber GR-NUM-001 错误：发文字号的年份…（建议：平交复函〔2017〕19号）
 * 1 error, 2 warnings, 0 infos
 * 错误 1 项，警告 2 项，提示 0 项
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class FindingText {
  private FindingText() {}

  /**
   * A severity: {@code WARNING} / {@code 警告}.
   *
   * @param severity the severity
   * @param locale the language
   * @return its name in the language
   */
  public static String severity(Severity severity, Locale locale) {
    if (!Messages.chinese(locale)) {
      return severity.name();
    }
    return switch (severity) {
      case ERROR -> "错误";
      case WARNING -> "警告";
      case INFO -> "提示";
    };
  }

  /**
   * A count of findings of one severity: {@code 1 warning}, {@code 2 warnings} / {@code 警告 2 项}.
   *
   * @param n how many, zero or more
   * @param severity their severity
   * @param locale the language
   * @return the count
   */
  public static String count(long n, Severity severity, Locale locale) {
    if (!Messages.chinese(locale)) {
      return english(n, severity.name().toLowerCase(Locale.ROOT));
    }
    return severity(severity, locale) + " " + n + " 项";
  }

  /**
   * A count of findings: {@code 1 finding}, {@code 0 findings} / {@code 2 项}.
   *
   * @param n how many, zero or more
   * @param locale the language
   * @return the count
   */
  public static String count(long n, Locale locale) {
    return Messages.chinese(locale) ? n + " 项" : english(n, "finding");
  }

  /**
   * The count of each severity, most serious first: {@code 1 error, 2 warnings, 0 infos} /
   * {@code 错误 1 项，警告 2 项，提示 0 项}.
   *
   * @param findings the findings
   * @param locale the language
   * @return the counts, every severity included
   */
  public static String counts(Collection<Finding> findings, Locale locale) {
    long[] n = new long[Severity.values().length];
    for (Finding f : findings) {
      n[f.severity().ordinal()]++;
    }
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      parts.add(count(n[s.ordinal()], s, locale));
    }
    return String.join(Messages.chinese(locale) ? "，" : ", ", parts);
  }

  /**
   * A finding as a line of a report: span, model path, rule ID, severity, message, suggested fix
   * — {@code 3:1–3:14 documentNumber GR-NUM-001 ERROR: … (fix: 平交复函〔2017〕19号)} / {@code
   * 3:1–3:14 documentNumber GR-NUM-001 错误：…（建议：平交复函〔2017〕19号）}. The message is
   * {@link Finding#message(Locale)}; the span, path and fix are the same in both languages.
   *
   * @param f the finding
   * @param locale the language
   * @return the line, without a line break
   */
  public static String line(Finding f, Locale locale) {
    StringBuilder sb = new StringBuilder();
    f.span().ifPresent(s -> sb.append(s).append(' '));
    f.path().ifPresent(p -> sb.append(p).append(' '));
    sb.append(f.ruleId()).append(' ').append(severity(f.severity(), locale))
        .append(colon(locale)).append(f.message(locale));
    f.suggestedFix().ifPresent(x -> sb.append(parenthesised(
        (Messages.chinese(locale) ? "建议：" : "fix: ") + x, locale)));
    return sb.toString();
  }

  /**
   * The separator after a label: {@code ": "} / {@code "："}.
   *
   * @param locale the language
   * @return the separator
   */
  public static String colon(Locale locale) {
    return Messages.chinese(locale) ? "：" : ": ";
  }

  /**
   * A remark in parentheses after what it is about: {@code " (text)"} / {@code "（text）"}.
   *
   * @param text the remark
   * @param locale the language
   * @return the remark in the language's parentheses, after a space in English
   */
  public static String parenthesised(String text, Locale locale) {
    return Messages.chinese(locale) ? "（" + text + "）" : " (" + text + ")";
  }

  /** {@code 1 finding}, {@code 0 findings}: the English plural. */
  private static String english(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
