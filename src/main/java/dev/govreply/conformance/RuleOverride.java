package dev.govreply.conformance;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A profile's change to how a rule is graded: re-grade its findings to another severity, or
 * suppress them, optionally only where the finding's path matches a pattern; always with a
 * rationale, which the report repeats.
 *
 * <p><b>Rule pattern.</b> An exact rule ID ({@code GR-NUM-002}) or an ID with {@code *} standing
 * for any characters ({@code GR-TXT-*}, {@code GR-REQ-00*}).
 *
 * <p><b>Path pattern.</b> By default a glob over model paths: {@code *} matches any characters
 * except {@code .} and brackets (one name or one index), {@code **} matches anything, and
 * {@code [*]} any index. A pattern matches a path equal to it or below it: {@code contacts[*]}
 * matches {@code contacts[1]} and {@code contacts[1].phone}; {@code body} matches everything in the
 * body. A pattern starting {@code regex:} is a Java regular expression that must match the whole
 * path ({@code regex:contacts\[[0-9]+\]\.phone}). Findings without a path match only overrides
 * without a path pattern.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param rule the rule ID or ID pattern
 * @param path the path pattern, if the override applies only there
 * @param severity the new severity; empty to suppress the findings
 * @param rationale why the profile deviates (required, non-blank)
 */
public record RuleOverride(String rule, Optional<String> path, Optional<Severity> severity,
    String rationale) {

  private static final Pattern RULE_PATTERN = Pattern.compile("GR-[A-Z*]{1,5}-[0-9*]{1,3}|GR-\\*|\\*");

  /**
   * Checks the parts.
   *
   * @param rule the rule ID ({@code GR-NUM-002}) or ID pattern ({@code GR-TXT-*})
   * @param path the path pattern ({@code contacts[*].phone}), or empty for every path
   * @param severity the new severity; empty to suppress the findings
   * @param rationale why the profile deviates, e.g. {@code our ledger pads serials}
   * @throws NullPointerException when a part is null
   * @throws IllegalArgumentException for a malformed rule pattern or regex, or a blank rationale
   */
  public RuleOverride {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rationale, "rationale");
    if (!RULE_PATTERN.matcher(rule).matches()
        || (!rule.contains("*") && !RuleId.isValid(rule))) {
      throw new IllegalArgumentException("rule must be a rule ID such as GR-NUM-002 or a pattern "
          + "such as GR-TXT-*, got \"" + rule + "\"");
    }
    if (rationale.isBlank()) {
      throw new IllegalArgumentException("rationale must not be blank");
    }
    path.ifPresent(RuleOverride::compile);
  }

  /**
   * An override that re-grades a rule's findings everywhere.
   *
   * @param rule the rule ID or ID pattern, e.g. {@code GR-NUM-002}
   * @param severity the new severity, e.g. {@link Severity#WARNING}
   * @param rationale why, e.g. {@code our ledger pads serials}
   * @return the override; narrow it with {@link #at(String)}
   * @throws IllegalArgumentException for a malformed rule pattern or a blank rationale
   */
  public static RuleOverride regrade(String rule, Severity severity, String rationale) {
    return new RuleOverride(rule, Optional.empty(), Optional.of(severity), rationale);
  }

  /**
   * An override that suppresses a rule's findings everywhere; the report still lists them as
   * suppressed, outside the verdict.
   *
   * @param rule the rule ID or ID pattern, e.g. {@code GR-CON-004} (phone missing)
   * @param rationale why, e.g. {@code published replies omit phone numbers}
   * @return the override; narrow it with {@link #at(String)}
   * @throws IllegalArgumentException for a malformed rule pattern or a blank rationale
   */
  public static RuleOverride suppress(String rule, String rationale) {
    return new RuleOverride(rule, Optional.empty(), Optional.empty(), rationale);
  }

  /**
   * This override restricted to findings whose path matches a pattern.
   *
   * @param pathPattern a glob such as {@code contacts[*].phone} or {@code body}, or
   *     {@code regex:} and a regular expression (see above)
   * @return an override equal to this one but for the path
   * @throws IllegalArgumentException for an empty pattern or a malformed regular expression
   */
  public RuleOverride at(String pathPattern) {
    return new RuleOverride(rule, Optional.of(pathPattern), severity, rationale);
  }

  /**
   * Whether this override suppresses rather than re-grades.
   *
   * @return true when it has no severity
   */
  public boolean suppresses() {
    return severity.isEmpty();
  }

  /**
   * Whether this override applies to a finding: its rule matches and, when the override has a path
   * pattern, the finding has a path that matches it.
   *
   * @param f the finding
   * @return true when the override applies
   */
  public boolean matches(Finding f) {
    if (!compileRule(rule).matcher(f.ruleId()).matches()) {
      return false;
    }
    if (path.isEmpty()) {
      return true;
    }
    return f.path().isPresent() && compile(path.get()).matcher(f.path().get()).matches();
  }

  private static Pattern compileRule(String rule) {
    return Pattern.compile(Pattern.quote(rule).replace("*", "\\E.*\\Q"));
  }

  /** The regular expression of a path pattern. */
  static Pattern compile(String pathPattern) {
    if (pathPattern.startsWith("regex:")) {
      try {
        return Pattern.compile(pathPattern.substring("regex:".length()));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("bad path regex: " + e.getDescription(), e);
      }
    }
    if (pathPattern.isEmpty()) {
      throw new IllegalArgumentException("path pattern must not be empty");
    }
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pathPattern.length(); i++) {
      char c = pathPattern.charAt(i);
      if (c == '*' && i + 1 < pathPattern.length() && pathPattern.charAt(i + 1) == '*') {
        re.append(".*");
        i++;
      } else if (c == '*') {
        re.append("[^.\\[\\]]*");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    re.append("(?:[.\\[].*)?");
    return Pattern.compile(re.toString());
  }

  /** {@code GR-NUM-002 at documentNumber → WARNING (rationale)}. */
  @Override
  public String toString() {
    return rule + path.map(p -> " at " + p).orElse("") + " → "
        + severity.map(Enum::name).orElse("suppressed") + " (" + rationale + ")";
  }
}
