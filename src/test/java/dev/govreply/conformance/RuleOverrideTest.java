package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule and path patterns of overrides. */
class RuleOverrideTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
      "contacts[*].phone, contacts[1].phone, true",
      "contacts[*].phone, contacts[12].phone, true",
      "contacts[*].phone, contacts[1].name, false",
      "contacts[*], contacts[0].phone, true",
      "contacts, contacts, true",
      "contacts, contactsX, false",
      "body, body.measures[2].points[0], true",
      "body.*, body.opening, true",
      "body.*.x, body.measures[1].x, false",
      "body.**.heading, body.measures[1].points[0].heading, true",
      "regex:contacts\\[[0-9]+\\]\\.phone, contacts[3].phone, true",
      "regex:contacts\\[[0-9]+\\], contacts[3].phone, false",
  })
  void pathPatterns(String pattern, String path, boolean matches) {
    RuleOverride o = RuleOverride.suppress("GR-CON-001", "r").at(pattern);
    assertThat(o.matches(Finding.of("GR-CON-001", Severity.ERROR, "m", path, null)))
        .isEqualTo(matches);
  }

  @Test
  void rulePatternsAndFindingsWithoutPath() {
    Finding noPath = Finding.of("GR-TXT-073", Severity.INFO, "m", null, null);
    assertThat(RuleOverride.suppress("GR-TXT-*", "r").matches(noPath)).isTrue();
    assertThat(RuleOverride.suppress("GR-TXT-07*", "r").matches(noPath)).isTrue();
    assertThat(RuleOverride.suppress("GR-TXT-081", "r").matches(noPath)).isFalse();
    assertThat(RuleOverride.suppress("GR-TXT-*", "r").at("issuer").matches(noPath)).isFalse();
  }

  @Test
  void rejectsBadPatternsAndBlankRationales() {
    assertThatThrownBy(() -> RuleOverride.suppress("NUM-2", "r")).hasMessageContaining("rule");
    assertThatThrownBy(() -> RuleOverride.suppress("GR-NUM-002", " ")).hasMessageContaining(
        "rationale");
    assertThatThrownBy(() -> RuleOverride.suppress("GR-NUM-002", "r").at("regex:["))
        .hasMessageContaining("regex");
    assertThat(RuleOverride.regrade("GR-NUM-002", Severity.INFO, "r").at("documentNumber"))
        .hasToString("GR-NUM-002 at documentNumber → INFO (r)");
  }
}
