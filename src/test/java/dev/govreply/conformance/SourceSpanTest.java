package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.govreply.findings.SourceSpan;
import org.junit.jupiter.api.Test;

class SourceSpanTest {

  @Test
  void printsLineColonColumnRange() {
    assertThat(SourceSpan.ofLine(3, 1, 12)).hasToString("3:1–3:12");
    assertThat(new SourceSpan(2, 5, 4, 1)).hasToString("2:5–4:1");
  }

  @Test
  void wholeLinesEndAfterTheLastCharacter() {
    SourceSpan s = SourceSpan.ofLines(5, 7, 10);
    assertThat(s.startLine()).isEqualTo(5);
    assertThat(s.startColumn()).isEqualTo(1);
    assertThat(s.endLine()).isEqualTo(7);
    assertThat(s.endColumn()).isEqualTo(11);
  }

  @Test
  void rejectsImpossibleSpans() {
    assertThatIllegalArgumentException().isThrownBy(() -> new SourceSpan(0, 1, 1, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> new SourceSpan(1, 0, 1, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> new SourceSpan(3, 1, 2, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> new SourceSpan(3, 5, 3, 4));
  }

  @Test
  void emptySpanWithinALineIsAllowed() {
    assertThat(SourceSpan.ofLine(1, 4, 4)).hasToString("1:4–1:4");
  }
}
