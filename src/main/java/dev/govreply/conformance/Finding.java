package dev.govreply.conformance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing found wrong (or worth knowing) about a reply: a rule ID such as {@code GR-TXT-001}, a
 * severity, a message, where it is — the model path ({@code documentNumber},
 * {@code body.measures[2].points[0]}) and, when the reply was read from text, the source span — and
 * a suggested fix when there is one.
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

  /** Checks for nulls and copies the arguments. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(suggestedFix, "suggestedFix");
    arguments = List.copyOf(arguments);
  }

  /** A finding with a path and span but no fix or arguments. */
  public static Finding of(String ruleId, Severity severity, String message, String path,
      SourceSpan span) {
    return new Finding(ruleId, severity, message, Optional.ofNullable(path),
        Optional.ofNullable(span), Optional.empty(), List.of());
  }

  /** This finding with a suggested fix. */
  public Finding withFix(String fix) {
    return new Finding(ruleId, severity, message, path, span, Optional.of(fix), arguments);
  }

  /** This finding with message arguments. */
  public Finding withArguments(String... args) {
    return new Finding(ruleId, severity, message, path, span, suggestedFix, List.of(args));
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
