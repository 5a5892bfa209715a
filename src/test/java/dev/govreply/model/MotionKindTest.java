package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MotionKindTest {

  @ParameterizedTest
  @CsvSource({
    "建议, SUGGESTION", "议事原案, SUGGESTION", "建議, SUGGESTION", "提案, PROPOSAL", "议案, MOTION",
    "議案, MOTION", "' 提案 ', PROPOSAL"
  })
  void fromChinese(String text, MotionKind kind) {
    assertThat(MotionKind.fromChinese(text)).contains(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "建议案", "提案的答复", "议", "SUGGESTION", "复函"})
  void unknownTerms(String text) {
    assertThat(MotionKind.fromChinese(text)).isEmpty();
  }

  @Test
  void chineseRoundTrips() {
    for (MotionKind k : MotionKind.values()) {
      assertThat(MotionKind.fromChinese(k.chinese())).contains(k);
    }
    assertThat(MotionKind.SUGGESTION.chinese()).isEqualTo("建议");
    assertThatNullPointerException().isThrownBy(() -> MotionKind.fromChinese(null));
  }
}
