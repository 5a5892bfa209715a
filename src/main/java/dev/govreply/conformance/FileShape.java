package dev.govreply.conformance;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Optional;

/**
 * What the shapes of the conformance JSON files ({@link ProfileJson}, {@link ReportJson}) share:
 * a property the file format does not define is kept, not dropped, so that the reader can refuse
 * it at its pointer.
 */
abstract class FileShape {
  private String unknown;

  @JsonAnySetter
  final void unknown(String name, Object value) {
    if (unknown == null) {
      unknown = name;
    }
  }

  /** The first property read that the format does not define, if any. */
  final Optional<String> unknownName() {
    return Optional.ofNullable(unknown);
  }

  /**
   * An override of a rule, as profiles list it and reports repeat it (a report adds how often it
   * applied).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"rule", "path", "suppress", "severity", "rationale"})
  static class OverrideShape extends FileShape {
    @JsonProperty("rule") @JsonSetter(nulls = Nulls.FAIL) String rule;
    @JsonProperty("path") @JsonSetter(nulls = Nulls.FAIL) String path;
    @JsonProperty("suppress") @JsonSetter(nulls = Nulls.FAIL) Boolean suppress;
    @JsonProperty("severity") @JsonSetter(nulls = Nulls.FAIL) String severity;
    @JsonProperty("rationale") @JsonSetter(nulls = Nulls.FAIL) String rationale;

    /** Sets this shape from {@code o}: {@code suppress: true} or its severity, never both. */
    final void set(RuleOverride o) {
      rule = o.rule();
      path = o.path().orElse(null);
      if (o.suppresses()) {
        suppress = true;
      } else {
        severity = o.severity().get().name();
      }
      rationale = o.rationale();
    }
  }
}
