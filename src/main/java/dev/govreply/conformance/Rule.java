package dev.govreply.conformance;

import dev.govreply.findings.Messages;
import dev.govreply.findings.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A conformance rule: a stable {@link RuleId}, a default severity (the severity under the canonical
 * profile {@code gbt9704}), the source it rests on, and the text reader findings it takes over
 * ({@code GR-TXT-001} becomes {@code GR-NUM-001}: the reader sees the printed form, the rule grades
 * it). Title and message are kept in resource bundles keyed by the ID ({@link Messages}).
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param id the stable ID
 * @param defaultSeverity the severity before the profile's ceiling and overrides
 * @param source what the rule rests on
 * @param readerRules IDs of text reader findings that this rule grades, possibly empty
 */
public record Rule(RuleId id, Severity defaultSeverity, RuleSource source,
    List<String> readerRules) {

  /**
   * Checks for nulls and copies the list.
   *
   * @param id the stable ID, e.g. {@code GR-NUM-001}
   * @param defaultSeverity the severity before the profile's ceiling and overrides
   * @param source what the rule rests on, e.g. {@link RuleSource#GBT_9704_7_2_5}
   * @param readerRules IDs of text reader findings that this rule grades, e.g.
   *     {@code [GR-TXT-001]}; copied
   * @throws NullPointerException when a part or an element is null
   */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(source, "source");
    readerRules = List.copyOf(readerRules);
  }

  /**
   * The rule's title.
   *
   * @param locale the language, e.g. {@link Locale#SIMPLIFIED_CHINESE}; English when the rule has
   *     no translation into it
   * @return the title, e.g. "Date missing"
   */
  public String title(Locale locale) {
    return Messages.title(id.toString(), locale).orElse(id.toString());
  }

  /**
   * The message of a finding of this rule.
   *
   * @param locale the language; English when the rule has no translation into it
   * @param arguments the finding's arguments, in the order of the message's placeholders
   * @return the message, or the title when the rule has no message of its own
   */
  public String message(Locale locale, List<String> arguments) {
    return Messages.message(id.toString(), locale, arguments).orElse(title(locale));
  }

  /** {@code GR-NUM-002 ERROR Document number serial padded or preceded by 第 [GB/T 9704-2012 §7.2.5]}. */
  @Override
  public String toString() {
    return id + " " + defaultSeverity + " " + title(Locale.ENGLISH) + " [" + source.citation() + "]";
  }
}
