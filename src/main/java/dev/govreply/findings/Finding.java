package dev.govreply.findings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing found wrong (or worth knowing) about a reply: a rule ID such as {@code GR-TXT-001}, a
 * severity, a message, where it is — the model path ({@code documentNumber},
 * {@code body.measures[2].points[0]}) and, when the reply was read from text, the source span — and
 * a suggested fix when there is one. The path also gives a JSON Pointer into the reply's JSON form
 * ({@link #jsonPointer()}: {@code /body/measures/2/points/0}).
 *
 * <p>The {@code message} is English; {@link #message(Locale)} shows it in Chinese from the rule
 * ID and the {@code arguments} ({@link Messages}); {@link FindingText} writes a finding as a line
 * of a report in either language.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param ruleId the stable rule ID
 * @param severity how serious it is
 * @param message what is wrong, in English
 * @param path the model path the finding is about, if any
 * @param span where in the source text, if the reply was read from text
 * @param suggestedFix the canonical replacement text or an instruction, if any
 * @param arguments the values the message was made from (for localisation), in order
 */
public record Finding(String ruleId, Severity severity, String message, Optional<String> path,
    Optional<SourceSpan> span, Optional<String> suggestedFix, List<String> arguments) {

  /**
   * Checks for nulls and copies the arguments.
   *
   * @param ruleId the stable rule ID, e.g. {@code GR-NUM-001}
   * @param severity how serious it is
   * @param message what is wrong, in English
   * @param path the model path the finding is about, e.g. {@code documentNumber}; empty for the
   *     document as a whole
   * @param span where in the source text, e.g. {@code 5:1–5:14}; empty when the reply was not read
   *     from text
   * @param suggestedFix the canonical replacement text (平交复函〔2017〕19号 for 平交复函[2017]19号)
   *     or an instruction; empty when there is none
   * @param arguments the values the message was made from, in order; copied
   * @throws NullPointerException when an argument or an element is null
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(suggestedFix, "suggestedFix");
    arguments = List.copyOf(arguments);
  }

  /**
   * A finding without fix or arguments.
   *
   * @param ruleId the rule ID, e.g. {@code GR-REQ-008}
   * @param severity how serious it is
   * @param message what is wrong, in English
   * @param path the model path, e.g. {@code date}, or null for the document as a whole
   * @param span where in the source text, or null when unknown
   * @return the finding
   */
  public static Finding of(String ruleId, Severity severity, String message, String path,
      SourceSpan span) {
    return new Finding(ruleId, severity, message, Optional.ofNullable(path),
        Optional.ofNullable(span), Optional.empty(), List.of());
  }

  /**
   * This finding with a suggested fix.
   *
   * @param fix the canonical replacement text or an instruction, e.g. 平交复函〔2017〕19号
   * @return a finding equal to this one but for the fix
   */
  public Finding withFix(String fix) {
    return new Finding(ruleId, severity, message, path, span, Optional.of(fix), arguments);
  }

  /**
   * This finding with message arguments, which {@link #message(Locale)} puts into the
   * translated message.
   *
   * @param args the values, in the order of the message's placeholders
   * @return a finding equal to this one but for the arguments
   */
  public Finding withArguments(String... args) {
    return new Finding(ruleId, severity, message, path, span, suggestedFix, List.of(args));
  }

  /**
   * This finding with another severity, as a profile's override re-grades it.
   *
   * @param newSeverity the severity, e.g. {@link Severity#WARNING} for an ERROR a profile relaxes
   * @return a finding equal to this one but for the severity
   */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, newSeverity, message, path, span, suggestedFix, arguments);
  }

  /**
   * This finding with a source span.
   *
   * @param newSpan where in the source text, e.g. {@code 5:1–5:14}
   * @return a finding equal to this one but for the span
   */
  public Finding withSpan(SourceSpan newSpan) {
    return new Finding(ruleId, severity, message, path, Optional.of(newSpan), suggestedFix,
        arguments);
  }

  /**
   * The JSON Pointer (RFC 6901) of {@link #path()} in the reply's JSON form:
   * {@code body.measures[2].points[0]} gives {@code /body/measures/2/points/0}.
   *
   * @return the pointer, or empty when the finding has no path
   */
  public Optional<String> jsonPointer() {
    return path.map(Finding::pointerOf);
  }

  /**
   * The message in {@code locale}: in English (every locale but simplified Chinese) the stored
   * {@link #message()}, which may say more than the rule's message (a reader finding's message
   * names what the reader found: {@code session 九届人大四次会议 in the title, …}); in Chinese
   * the rule's Chinese message made from {@link #arguments()} ({@link Messages}), or the stored
   * message when the rule has none (a rule ID of no govreply rule).
   *
   * @param locale the language, e.g. {@link Locale#SIMPLIFIED_CHINESE}
   * @return the localised message
   */
  public String message(Locale locale) {
    if (!Messages.chinese(locale)) {
      return message;
    }
    return Messages.message(ruleId, locale, arguments).orElse(message);
  }

  /**
   * Converts a model path to a JSON Pointer: {@code contacts[1].phone} → {@code /contacts/1/phone};
   * the empty path (the reply itself) → the empty pointer. {@code ~} and {@code /} in names are
   * escaped as {@code ~0} and {@code ~1}.
   *
   * @param modelPath a model path
   * @return the pointer
   */
  public static String pointerOf(String modelPath) {
    StringBuilder sb = new StringBuilder(modelPath.length() + 8);
    StringBuilder token = new StringBuilder();
    boolean any = false;
    for (int i = 0; i <= modelPath.length(); i++) {
      char c = i < modelPath.length() ? modelPath.charAt(i) : '.';
      if (c == '.' || c == '[' || c == ']') {
        if (token.length() > 0 || (c == ']')) {
          sb.append('/').append(token.toString().replace("~", "~0").replace("/", "~1"));
          token.setLength(0);
          any = true;
        }
      } else {
        token.append(c);
      }
    }
    return any ? sb.toString() : "";
  }

  /** One line: {@code GR-TXT-001 WARNING 3:1–3:12 documentNumber: message (fix: …)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(ruleId).append(' ').append(severity);
    span.ifPresent(s -> sb.append(' ').append(s));
    path.ifPresent(p -> sb.append(' ').append(p));
    sb.append(": ").append(message);
    suggestedFix.ifPresent(f -> sb.append(" (fix: ").append(f).append(')'));
    return sb.toString();
  }
}
