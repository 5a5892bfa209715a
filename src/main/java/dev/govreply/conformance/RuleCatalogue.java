package dev.govreply.conformance;

import static dev.govreply.conformance.RuleSource.BEAN_VALIDATION;
import static dev.govreply.conformance.RuleSource.DISCLOSURE_2014_46;
import static dev.govreply.conformance.RuleSource.GBT_9704_7_2_5;
import static dev.govreply.conformance.RuleSource.GBT_9704_7_3_3;
import static dev.govreply.conformance.RuleSource.LOCAL_DEADLINE;
import static dev.govreply.conformance.RuleSource.LOCAL_SIGNING;
import static dev.govreply.conformance.RuleSource.PRACTICE;
import static dev.govreply.conformance.RuleSource.REGULATION_ART_9;
import static dev.govreply.findings.Severity.ERROR;
import static dev.govreply.findings.Severity.INFO;
import static dev.govreply.findings.Severity.WARNING;

import dev.govreply.findings.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versioned, immutable list of every conformance rule, like the versioned EN 16931 rule sets: a
 * report names the catalogue version it was checked against ({@link #version()}), so a verdict can
 * be reproduced. Rules are never renumbered; a new rule gets a new ID and a new minor version.
 *
 * <p>Text reader findings ({@code GR-TXT-*}) are handled in three ways: those listed in a rule's
 * {@link Rule#readerRules()} are graded as that rule (GR-TXT-001 → GR-NUM-001); those in
 * {@link #supersededReaderRules()} are dropped because a rule checks the same thing on the model
 * (GR-TXT-061 "no date" → GR-REQ-008, which the profile may or may not require); all others pass
 * through under their own ID and severity, capped by the profile's ceiling.
 *
 * <p>Thread-safe; {@link #standard()} is a shared instance.
 */
public final class RuleCatalogue {
  /** The catalogue's name and version as reports show it. */
  public static final String VERSION = "govreply-rules 1.0";

  private static final RuleCatalogue STANDARD = new RuleCatalogue(VERSION, List.of(
      rule("GR-NUM-001", ERROR, GBT_9704_7_2_5, "GR-TXT-001"),
      rule("GR-NUM-002", ERROR, GBT_9704_7_2_5, "GR-TXT-002"),
      rule("GR-NUM-003", ERROR, GBT_9704_7_2_5),
      rule("GR-NUM-004", WARNING, PRACTICE),
      rule("GR-NUM-005", WARNING, GBT_9704_7_2_5, "GR-TXT-003"),
      rule("GR-REQ-001", ERROR, REGULATION_ART_9),
      rule("GR-REQ-002", ERROR, REGULATION_ART_9),
      rule("GR-REQ-003", ERROR, REGULATION_ART_9),
      rule("GR-REQ-004", ERROR, PRACTICE),
      rule("GR-REQ-005", ERROR, REGULATION_ART_9),
      rule("GR-REQ-006", ERROR, REGULATION_ART_9),
      rule("GR-REQ-007", ERROR, REGULATION_ART_9),
      rule("GR-REQ-008", ERROR, REGULATION_ART_9),
      rule("GR-REQ-009", ERROR, PRACTICE),
      rule("GR-REQ-010", ERROR, PRACTICE),
      rule("GR-REQ-011", ERROR, DISCLOSURE_2014_46),
      rule("GR-CLS-001", ERROR, PRACTICE),
      rule("GR-CLS-002", ERROR, PRACTICE),
      rule("GR-ADR-001", ERROR, PRACTICE),
      rule("GR-BOD-001", ERROR, GBT_9704_7_3_3),
      rule("GR-BOD-002", ERROR, GBT_9704_7_3_3),
      rule("GR-BOD-003", ERROR, GBT_9704_7_3_3),
      rule("GR-BOD-004", WARNING, PRACTICE),
      rule("GR-BOD-005", WARNING, PRACTICE),
      rule("GR-BOD-006", WARNING, PRACTICE),
      rule("GR-DAT-001", ERROR, PRACTICE),
      rule("GR-DAT-002", WARNING, LOCAL_DEADLINE),
      rule("GR-DAT-003", ERROR, LOCAL_DEADLINE),
      rule("GR-DAT-004", ERROR, PRACTICE),
      rule("GR-DAT-005", ERROR, REGULATION_ART_9, "GR-TXT-062"),
      rule("GR-CON-001", ERROR, PRACTICE, "GR-TXT-071"),
      rule("GR-CON-002", ERROR, LOCAL_SIGNING),
      rule("GR-CON-003", ERROR, PRACTICE),
      rule("GR-CON-004", WARNING, PRACTICE),
      rule("GR-SRC-001", WARNING, PRACTICE),
      rule("GR-SRC-002", INFO, PRACTICE),
      rule("GR-VAL-001", ERROR, BEAN_VALIDATION)));

  /** Reader findings that a model rule reports instead (see the class comment). */
  private static final Set<String> SUPERSEDED = Set.of(
      "GR-TXT-014", // no title → GR-REQ-003
      "GR-TXT-032", // no salutation → GR-REQ-005
      "GR-TXT-060", // no signature → GR-REQ-007
      "GR-TXT-061", // no date → GR-REQ-008
      "GR-TXT-080", // page metadata → GR-SRC-002
      "GR-TXT-081", // unknown text → GR-SRC-001
      "GR-TXT-098", // body recogniser failed → GR-SRC-001
      "GR-TXT-099", // reader failed → GR-SRC-001
      "GR-TXT-104", // measure numbering → GR-BOD-001
      "GR-TXT-105", // point numbering → GR-BOD-002 / GR-BOD-003
      "GR-TXT-107", // no opening → GR-BOD-005
      "GR-TXT-110"); // no closing → GR-BOD-006

  private final String version;
  private final Map<String, Rule> rules;
  private final Map<String, Rule> byReaderRule;

  private RuleCatalogue(String version, List<Rule> list) {
    this.version = version;
    Map<String, Rule> m = new LinkedHashMap<>();
    Map<String, Rule> r = new LinkedHashMap<>();
    for (Rule rule : list) {
      if (m.put(rule.id().toString(), rule) != null) {
        throw new IllegalStateException("duplicate rule " + rule.id());
      }
      for (String reader : rule.readerRules()) {
        r.put(reader, rule);
      }
    }
    this.rules = Collections.unmodifiableMap(m);
    this.byReaderRule = Collections.unmodifiableMap(r);
  }

  private static Rule rule(String id, Severity severity, RuleSource source, String... reader) {
    return new Rule(RuleId.parse(id), severity, source, List.of(reader));
  }

  /**
   * The catalogue of this library version.
   *
   * @return the catalogue {@code govreply-rules 1.0}; the same instance on every call
   */
  public static RuleCatalogue standard() {
    return STANDARD;
  }

  /**
   * The catalogue's name and version, which reports repeat.
   *
   * @return e.g. {@code govreply-rules 1.0}
   */
  public String version() {
    return version;
  }

  /**
   * Every rule of the catalogue.
   *
   * @return the rules by area as listed (NUM, REQ, CLS, ADR, BOD, DAT, CON, SRC, VAL), in number
   *     order within an area; unmodifiable
   */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /**
   * The rule with this ID.
   *
   * @param id e.g. {@code GR-NUM-002}
   * @return the rule, or empty when the catalogue has none (reader rules {@code GR-TXT-*} are not
   *     catalogue rules)
   */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * The rule with this ID, which must exist.
   *
   * @param id e.g. {@code GR-NUM-002}
   * @return the rule
   * @throws IllegalArgumentException when there is no such rule
   */
  public Rule require(String id) {
    Rule r = rules.get(id);
    if (r == null) {
      throw new IllegalArgumentException("no rule " + id + " in " + version);
    }
    return r;
  }

  /**
   * The rule that grades a text reader finding.
   *
   * @param readerRuleId a reader finding's rule, e.g. {@code GR-TXT-001}
   * @return the catalogue rule, e.g. {@code GR-NUM-001}; empty when the reader finding is passed
   *     through as it is
   */
  public Optional<Rule> forReaderRule(String readerRuleId) {
    return Optional.ofNullable(byReaderRule.get(readerRuleId));
  }

  /**
   * Reader rules whose findings the checker drops, because a model rule reports the same thing
   * from the reply itself.
   *
   * @return the reader rule IDs; unmodifiable
   */
  public Set<String> supersededReaderRules() {
    return SUPERSEDED;
  }

  /** The catalogue as a list of lines {@code ID SEVERITY title [source]}, for people. */
  @Override
  public String toString() {
    List<String> lines = new ArrayList<>();
    lines.add(version);
    rules.values().forEach(r -> lines.add(r.toString()));
    return String.join("\n", lines);
  }
}
