package dev.govreply.conformance;

import dev.govreply.findings.Finding;
import dev.govreply.findings.FindingText;
import dev.govreply.findings.Messages;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of checking one reply against a profile: the findings (after the profile's
 * overrides, sorted by location), the findings the profile suppressed, the overrides with their
 * rationales, the profile's id and version and the rule catalogue's version — and the
 * {@link #verdict()}, computed from the findings.
 *
 * <p>JSON ({@link #toJson()}) is deterministic and {@link #fromJson(String)} reads it back equal:
 *
 * <pre>{@code
 * {
 *   "format": "govreply-report/1",
 *   "profile": {"id": "gbt9704", "version": "1.0"},
 *   "catalogue": "govreply-rules 1.0",
 *   "verdict": "REJECT",
 *   "findings": [{"rule": "GR-NUM-001", "severity": "ERROR", "message": "…",
 *       "path": "documentNumber", "pointer": "/documentNumber",
 *       "span": {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 14},
 *       "fix": "平交复函〔2017〕19号", "arguments": ["平交复函〔2017〕19号"]}],
 *   "suppressed": [],
 *   "overrides": [{"rule": "GR-CON-004", "suppress": true, "rationale": "…", "matched": 1}]
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param profileId the profile's id
 * @param profileVersion the profile's version
 * @param catalogueVersion the rule catalogue's version
 * @param findings the effective findings, sorted by {@link #ORDER}
 * @param suppressed findings the profile suppressed, sorted by {@link #ORDER}; not in the verdict
 * @param overrides the profile's overrides, in profile order, with how often each applied
 */
public record ConformanceReport(String profileId, String profileVersion, String catalogueVersion,
    List<Finding> findings, List<Finding> suppressed, List<AppliedOverride> overrides) {

  /** The format name of the JSON form. */
  public static final String FORMAT = "govreply-report/1";

  /**
   * Location order: findings with a source span first, by span; then by model path (indexes as
   * numbers, {@code measures[2]} before {@code measures[10]}); findings without path last; then
   * rule ID, severity, message, fix and arguments, so the order is total and deterministic.
   */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.span().isEmpty())
      .thenComparing(f -> f.span().map(SourceSpan::startLine).orElse(0))
      .thenComparing(f -> f.span().map(SourceSpan::startColumn).orElse(0))
      .thenComparing(f -> f.span().map(SourceSpan::endLine).orElse(0))
      .thenComparing(f -> f.span().map(SourceSpan::endColumn).orElse(0))
      .thenComparing((Finding f) -> f.path().isEmpty())
      .thenComparing(f -> f.path().map(PathOrder::sortKey).orElse(""))
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::severity)
      .thenComparing((Finding f) -> f.message())
      .thenComparing(f -> f.suggestedFix().orElse(""))
      .thenComparing(f -> String.join("\u0000", f.arguments()))
      .thenComparing(f -> f.path().orElse(""));

  /**
   * Checks for nulls, copies and sorts the lists.
   *
   * @param profileId the profile's id, e.g. {@code gbt9704}
   * @param profileVersion the profile's version, e.g. {@code 1.0}
   * @param catalogueVersion the rule catalogue's version, e.g. {@code govreply-rules 1.0}
   * @param findings the effective findings, in any order; sorted by {@link #ORDER}
   * @param suppressed findings the profile suppressed, in any order; sorted by {@link #ORDER}
   * @param overrides the profile's overrides, in profile order, with how often each applied
   * @throws NullPointerException when an argument or an element is null
   */
  public ConformanceReport {
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(profileVersion, "profileVersion");
    Objects.requireNonNull(catalogueVersion, "catalogueVersion");
    findings = sorted(findings);
    suppressed = sorted(suppressed);
    overrides = List.copyOf(overrides);
  }

  private static List<Finding> sorted(List<Finding> list) {
    List<Finding> copy = new ArrayList<>(list);
    copy.sort(ORDER);
    return List.copyOf(copy);
  }

  /**
   * The verdict, computed from the effective findings.
   *
   * @return REJECT if any finding is an ERROR, ACCEPT_WITH_WARNINGS if any is a WARNING, else
   *     ACCEPT (INFO findings do not count)
   */
  public Verdict verdict() {
    return Verdict.of(findings);
  }

  /**
   * The findings of one rule.
   *
   * @param ruleId e.g. {@code GR-NUM-001}
   * @return the effective findings of that rule, in location order; empty when there is none
   */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * The findings of one severity.
   *
   * @param severity e.g. {@link Severity#ERROR}
   * @return the effective findings of that severity, in location order
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Whether the report has a finding of a rule.
   *
   * @param ruleId e.g. {@code GR-REQ-008} (date missing)
   * @return true when an effective (not suppressed) finding has that rule
   */
  public boolean has(String ruleId) {
    return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
  }

  /**
   * The report as text for people, in English or simplified Chinese: a header line with the
   * verdict, the profile, the catalogue and the count of each severity, then a line per finding
   * ({@link FindingText#line}), then the number of suppressed findings and the overrides with how
   * often each applied:
   *
   * <pre>
   * REJECT gbt9704 1.0 (govreply-rules 1.0): 1 error, 2 warnings, 0 infos
   *   3:1–3:14 documentNumber GR-NUM-001 ERROR: … (fix: 平交复函〔2017〕19号)
   *   suppressed: 1 finding
   *   override GR-NUM-002 at documentNumber → WARNING (rationale): 2 findings
   *
   * 不通过 gbt9704 1.0（govreply-rules 1.0）：错误 1 项，警告 2 项，提示 0 项
   *   3:1–3:14 documentNumber GR-NUM-001 错误：…（建议：平交复函〔2017〕19号）
   *   已抑制：1 项
   *   规则调整 GR-NUM-002 于 documentNumber → 警告（rationale）：2 项
   * </pre>
   *
   * @param locale the language, e.g. {@link Locale#SIMPLIFIED_CHINESE}; every locale but
   *     simplified Chinese gives English (see {@link FindingText})
   * @return the text, one line per item, each ending in a line break
   */
  public String toText(Locale locale) {
    boolean zh = Messages.chinese(locale);
    String colon = FindingText.colon(locale);
    StringBuilder sb = new StringBuilder();
    sb.append(verdictText(verdict(), zh)).append(' ').append(profileId).append(' ')
        .append(profileVersion).append(FindingText.parenthesised(catalogueVersion, locale))
        .append(colon).append(FindingText.counts(findings, locale)).append('\n');
    for (Finding f : findings) {
      sb.append("  ").append(FindingText.line(f, locale)).append('\n');
    }
    if (!suppressed.isEmpty()) {
      sb.append("  ").append(zh ? "已抑制" : "suppressed").append(colon)
          .append(FindingText.count(suppressed.size(), locale)).append('\n');
    }
    for (AppliedOverride a : overrides) {
      RuleOverride o = a.override();
      sb.append("  ").append(zh ? "规则调整 " : "override ").append(o.rule())
          .append(o.path().map(p -> (zh ? " 于 " : " at ") + p).orElse("")).append(" → ")
          .append(o.severity().map(s -> FindingText.severity(s, locale))
              .orElse(zh ? "抑制" : "suppressed"))
          .append(FindingText.parenthesised(o.rationale(), locale)).append(colon)
          .append(FindingText.count(a.matched(), locale)).append('\n');
    }
    return sb.toString();
  }

  /** {@code REJECT} / {@code 不通过}. */
  private static String verdictText(Verdict v, boolean zh) {
    if (!zh) {
      return v.name();
    }
    return switch (v) {
      case ACCEPT -> "通过";
      case ACCEPT_WITH_WARNINGS -> "通过（有警告）";
      case REJECT -> "不通过";
    };
  }

  // ---- JSON ----

  /**
   * The report as JSON in the format {@value #FORMAT} (see above), deterministic: equal reports
   * give equal text.
   *
   * @return the JSON text, indented
   */
  public String toJson() {
    return ReportJson.write(this);
  }

  /**
   * Reads a report written by {@link #toJson()}. Strict: unknown or missing properties, a verdict
   * or pointer that does not match the findings, and other formats are errors.
   *
   * @param json the JSON text
   * @return the report, equal to the one written
   * @throws IllegalArgumentException when the text is not a report; the message names the JSON
   *     Pointer of the problem
   */
  public static ConformanceReport fromJson(String json) {
    return ReportJson.read(json);
  }
}
