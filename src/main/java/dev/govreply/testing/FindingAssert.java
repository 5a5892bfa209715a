package dev.govreply.testing;

import dev.govreply.findings.Finding;
import dev.govreply.conformance.Profile;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import dev.govreply.conformance.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Assertions on the findings of one rule in a report, made by
 * {@link ReplyAssert#hasFinding(String)}. Each method keeps the findings that match and fails when
 * none is left, so {@code hasFinding("GR-BOD-002").at("body.measures[1].points[2]")
 * .withSeverity(ERROR)} asserts one finding with all three properties. The methods of
 * {@link ReplyAssert} are repeated here (they go back to the whole report), so assertions chain:
 *
 * <pre>{@code
 * assertThat(reply).hasFinding("GR-NUM-003").at("documentNumber")
 *     .hasNoFinding("GR-REQ-002")
 *     .hasVerdict(Verdict.REJECT);
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class FindingAssert {
  private final ReplyAssert parent;
  private final String ruleId;
  private final List<Finding> findings;
  private final String narrowed;

  FindingAssert(ReplyAssert parent, String ruleId, List<Finding> findings) {
    this(parent, ruleId, findings, "");
  }

  private FindingAssert(ReplyAssert parent, String ruleId, List<Finding> findings,
      String narrowed) {
    this.parent = parent;
    this.ruleId = ruleId;
    this.findings = findings;
    this.narrowed = narrowed;
  }

  /**
   * Asserts that a finding is at {@code location}: a model path such as
   * {@code body.measures[2].points[0]} ({@code ""} or {@code (reply)} for the reply itself) or a
   * JSON Pointer such as {@code /body/measures/2/points/0}.
   *
   * @param location a model path or a JSON Pointer
   * @return the findings at that location
   * @throws AssertionError when none is left; the message lists where the findings are
   */
  public FindingAssert at(String location) {
    Objects.requireNonNull(location, "location");
    String path = location.equals("(reply)") ? "" : location;
    return keep(f -> f.path().map(p -> p.equals(path)).orElse(false)
        || f.jsonPointer().map(p -> p.equals(path)).orElse(false), "at " + location);
  }

  /**
   * Asserts that a finding has no model path: it is about the document as a whole, such as a
   * missing part that has no place in the model.
   *
   * @return the findings without a path
   * @throws AssertionError when none is left
   */
  public FindingAssert withoutPath() {
    return keep(f -> f.path().isEmpty(), "without a path");
  }

  /**
   * Asserts that a finding has {@code severity}, as the profile grades it (a profile may raise a
   * rule's default WARNING to ERROR, say).
   *
   * @param severity e.g. {@link Severity#ERROR}
   * @return the findings with that severity
   * @throws AssertionError when none is left; the message lists the severities there are
   */
  public FindingAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return keep(f -> f.severity() == severity, "with severity " + severity);
  }

  /**
   * Asserts that a finding's source span starts on or covers {@code line}: where the reader found
   * the value in the text (5 for the document number of the founding example).
   *
   * @param line the 1-based line number in the source text
   * @return the findings on that line
   * @throws AssertionError when none is left, or the findings have no source span (the reply was
   *     not read from text)
   */
  public FindingAssert onLine(int line) {
    return keep(f -> f.span().map(s -> s.startLine() <= line && line <= s.endLine()).orElse(false),
        "on line " + line);
  }

  /**
   * Asserts that a finding has exactly this source span.
   *
   * @param span lines and columns, e.g. {@code new SourceSpan(5, 1, 5, 14)}
   * @return the findings with that span
   * @throws AssertionError when none is left
   */
  public FindingAssert withSpan(SourceSpan span) {
    Objects.requireNonNull(span, "span");
    return keep(f -> f.span().map(span::equals).orElse(false), "with span " + span);
  }

  /**
   * Asserts that a finding suggests exactly this fix.
   *
   * @param fix the suggested replacement text, e.g. {@code 平政字〔2024〕12号} for a number printed
   *     with [2024]
   * @return the findings with that fix
   * @throws AssertionError when none is left
   */
  public FindingAssert withFix(String fix) {
    Objects.requireNonNull(fix, "fix");
    return keep(f -> f.suggestedFix().map(fix::equals).orElse(false), "with fix " + fix);
  }

  /**
   * Asserts that a finding's message contains {@code text}, in English or in the assertion's
   * language ({@link ReplyAssert#inLanguage}).
   *
   * @param text part of the message, e.g. {@code 〔〕} or {@code brackets}
   * @return the findings with such a message
   * @throws AssertionError when none is left
   */
  public FindingAssert withMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    return keep(f -> f.message().contains(text) || f.message(parent.locale()).contains(text),
        "with a message containing \"" + text + "\"");
  }

  /**
   * The findings of the rule that passed the assertions so far.
   *
   * @return the findings in location order; never empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The only finding left.
   *
   * @return the finding
   * @throws AssertionError when more than one is left; the message lists where they are
   */
  public Finding single() {
    if (findings.size() != 1) {
      throw parent.fail("Expected exactly one " + ruleId + " finding" + narrowed + ", but there are "
          + findings.size() + " (at " + locations(findings) + ")");
    }
    return findings.get(0);
  }

  /**
   * Back to the assertions on the whole report.
   *
   * @return the assertions this one was made by
   */
  public ReplyAssert and() {
    return parent;
  }

  // ---- the report's assertions, for chaining ----

  /**
   * Asserts a finding of another rule in the same report; see {@link ReplyAssert#hasFinding}.
   *
   * @param otherRuleId e.g. {@code GR-REQ-002}
   * @return assertions on the findings of that rule
   * @throws AssertionError when the report has none
   */
  public FindingAssert hasFinding(String otherRuleId) {
    return parent.hasFinding(otherRuleId);
  }

  /**
   * Asserts that the same report has no finding of another rule; see
   * {@link ReplyAssert#hasNoFinding}.
   *
   * @param otherRuleId e.g. {@code GR-REQ-002}
   * @return the assertions on the whole report
   * @throws AssertionError when the report has such a finding
   */
  public ReplyAssert hasNoFinding(String otherRuleId) {
    return parent.hasNoFinding(otherRuleId);
  }

  /**
   * Asserts the verdict of the same report; see {@link ReplyAssert#hasVerdict}.
   *
   * @param expected e.g. {@link Verdict#REJECT}
   * @return the assertions on the whole report
   * @throws AssertionError when the verdict differs
   */
  public ReplyAssert hasVerdict(Verdict expected) {
    return parent.hasVerdict(expected);
  }

  /**
   * Asserts that the reply conforms to a built-in profile; see
   * {@link ReplyAssert#conformsTo(String)}.
   *
   * @param profile {@code gbt9704} or {@code lenient}
   * @return the assertions on the whole report
   * @throws AssertionError when the verdict is REJECT
   */
  public ReplyAssert conformsTo(String profile) {
    return parent.conformsTo(profile);
  }

  /**
   * Asserts that the reply conforms to {@code profile}; see
   * {@link ReplyAssert#conformsTo(Profile)}.
   *
   * @param profile a built-in or user profile
   * @return the assertions on the whole report
   * @throws AssertionError when the verdict is REJECT
   */
  public ReplyAssert conformsTo(Profile profile) {
    return parent.conformsTo(profile);
  }

  private FindingAssert keep(Predicate<Finding> test, String what) {
    List<Finding> kept = findings.stream().filter(test).collect(Collectors.toList());
    if (kept.isEmpty()) {
      throw parent.fail("Expected a " + ruleId + " finding" + narrowed + " " + what + " for "
          + parent.description() + ", but " + (findings.size() == 1 ? "the one there is"
          : "the " + findings.size() + " there are") + " " + describeAll(findings, what));
    }
    return new FindingAssert(parent, ruleId, kept, narrowed + " " + what);
  }

  private static String describeAll(List<Finding> list, String what) {
    if (what.startsWith("with severity")) {
      return list.stream().map(f -> f.severity().toString()).distinct()
          .collect(Collectors.joining(", "));
    }
    return "at " + locations(list);
  }

  /** {@code documentNumber (2:1–2:14), contacts} — path and span of each finding. */
  static String locations(List<Finding> list) {
    return list.stream().map(f -> f.path().map(p -> p.isEmpty() ? "(reply)" : p).orElse("(no path)")
        + f.span().map(s -> " (" + s + ")").orElse(""))
        .collect(Collectors.joining(", "));
  }
}
