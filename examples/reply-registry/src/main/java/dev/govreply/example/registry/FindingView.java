package dev.govreply.example.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.govreply.findings.Finding;
import java.util.List;

/**
 * A finding as the registry answers it: the rule, how serious, what is wrong, and where (the JSON
 * Pointer of the model path, and the span in the posted text).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FindingView(String ruleId, String severity, String message, String pointer, String span) {

  static List<FindingView> of(List<Finding> findings) {
    return findings.stream().map(f -> new FindingView(f.ruleId(), f.severity().name(),
        f.message(), f.jsonPointer().orElse(null), f.span().map(Object::toString).orElse(null)))
        .toList();
  }
}
