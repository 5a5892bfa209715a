package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleIdTest {
  @Test
  void parsesAndPrints() {
    RuleId id = RuleId.parse("GR-NUM-002");
    assertThat(id.area()).isEqualTo("NUM");
    assertThat(id.number()).isEqualTo(2);
    assertThat(id).hasToString("GR-NUM-002").isEqualTo(RuleId.of("NUM", 2));
    assertThat(RuleId.parse("GR-NUM-010")).isGreaterThan(id).isLessThan(RuleId.parse("GR-REQ-001"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "GR-NUM-2", "gr-num-002", "GR-N-002", "GR-NUMBER-002", " GR-NUM-002",
      "GR-NUM-0002", "XX-NUM-002"})
  void rejectsOtherForms(String s) {
    assertThat(RuleId.isValid(s)).isFalse();
    assertThatThrownBy(() -> RuleId.parse(s)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GR-NUM-001");
  }
}
