package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLinesTest {

  @Test
  void splitsOnEveryLineTerminator() {
    assertThat(TextLines.split("a\nb\r\nc\rd\u2028e\u2029f\u0085g"))
        .containsExactly("a", "b", "c", "d", "e", "f", "g");
  }

  @Test
  void aFinalTerminatorAddsNoLineButBlankLinesAreKept() {
    assertThat(TextLines.split("a\n")).containsExactly("a");
    assertThat(TextLines.split("a\n\n")).containsExactly("a", "");
    assertThat(TextLines.split("\n\na")).containsExactly("", "", "a");
    assertThat(TextLines.split("")).isEmpty();
  }

  @Test
  void singleLineReplacesStrayBreaks() {
    assertThat(TextLines.singleLine("a\rb\nc")).isEqualTo("a b c");
  }
}
