package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTest {

  private static final Finding BRACKETS = Finding.of("GR-TXT-001", Severity.WARNING,
      "year in [] brackets", "documentNumber", SourceSpan.ofLine(3, 5, 17));

  @Test
  void printsRuleSeveritySpanPathMessageAndFix() {
    assertThat(BRACKETS.withFix("平交复函〔2017〕19号")).hasToString(
        "GR-TXT-001 WARNING 3:5–3:17 documentNumber: year in [] brackets (fix: 平交复函〔2017〕19号)");
    assertThat(Finding.of("GR-X", Severity.INFO, "m", null, null)).hasToString("GR-X INFO: m");
  }

  @Test
  void withMethodsReturnModifiedCopies() {
    Finding fixed = BRACKETS.withFix("x").withArguments("[2017]");
    assertThat(fixed.suggestedFix()).contains("x");
    assertThat(fixed.arguments()).containsExactly("[2017]");
    assertThat(BRACKETS.suggestedFix()).isEmpty();
    assertThat(BRACKETS.arguments()).isEmpty();
    assertThat(fixed).isNotEqualTo(BRACKETS);
    assertThat(BRACKETS.withFix("x").withArguments("[2017]")).isEqualTo(fixed);
  }

  @Test
  void argumentsAreCopied() {
    List<String> args = new ArrayList<>(List.of("a"));
    Finding f = new Finding("R", Severity.ERROR, "m", Optional.empty(), Optional.empty(),
        Optional.empty(), args);
    args.add("b");
    assertThat(f.arguments()).containsExactly("a");
  }

  @Test
  void requiredPartsAreChecked() {
    assertThatNullPointerException().isThrownBy(() -> Finding.of(null, Severity.ERROR, "m", null, null));
    assertThatNullPointerException().isThrownBy(() -> Finding.of("R", null, "m", null, null));
  }

  @org.junit.jupiter.api.Test
  void jsonPointerIsDerivedFromThePath() {
    org.assertj.core.api.Assertions.assertThat(Finding.of("R", Severity.ERROR, "m",
        "body.measures[2].points[0]", null).jsonPointer()).contains("/body/measures/2/points/0");
    org.assertj.core.api.Assertions.assertThat(Finding.pointerOf("contacts[1].phone"))
        .isEqualTo("/contacts/1/phone");
    org.assertj.core.api.Assertions.assertThat(Finding.pointerOf("a/b~c")).isEqualTo("/a~1b~0c");
    org.assertj.core.api.Assertions.assertThat(Finding.pointerOf("")).isEmpty();
    org.assertj.core.api.Assertions.assertThat(Finding.of("R", Severity.ERROR, "m", null, null)
        .jsonPointer()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void messageIsLocalisedFromRuleAndArguments() {
    Finding f = Finding.of("GR-NUM-003", Severity.ERROR, "The document number year 1900 is "
        + "outside 1949 to 2025.", "documentNumber", null).withArguments("1900", "1949", "2025");
    org.assertj.core.api.Assertions.assertThat(f.message(java.util.Locale.ENGLISH))
        .isEqualTo(f.message());
    org.assertj.core.api.Assertions.assertThat(f.message(java.util.Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("发文字号年份1900不在1949至2025之间。");
  }
}
