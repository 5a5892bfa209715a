package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointStyleTest {

  @ParameterizedTest(name = "RUN_IN {0} -> {1}")
  @CsvSource({"1, 一是", "2, 二是", "3, 三是", "4, 四是", "9, 九是", "10, 十是", "11, 十一是", "20, 二十是",
      "101, 一百零一是"})
  void runInMarkersAreChineseNumeralsFollowedBy是(int ordinal, String marker) {
    assertThat(PointStyle.RUN_IN.marker(ordinal)).isEqualTo(marker);
  }

  @ParameterizedTest(name = "PARENTHESIZED {0} -> {1}")
  @CsvSource({"1, （一）", "2, （二）", "7, （七）", "10, （十）", "12, （十二）"})
  void parenthesizedMarkersUseFullWidthParentheses(int ordinal, String marker) {
    assertThat(PointStyle.PARENTHESIZED.marker(ordinal)).isEqualTo(marker);
    assertThat(marker).startsWith("\uFF08").endsWith("\uFF09");
  }

  @ParameterizedTest(name = "ARABIC {0} -> {1}")
  @CsvSource({"1, 1.", "2, 2.", "10, 10.", "123, 123."})
  void arabicMarkersAreDigitsAndAsciiFullStop(int ordinal, String marker) {
    assertThat(PointStyle.ARABIC.marker(ordinal)).isEqualTo(marker);
  }

  @ParameterizedTest(name = "PARENTHESIZED_ARABIC {0} -> {1}")
  @CsvSource({"1, （1）", "3, （3）", "10, （10）"})
  void parenthesizedArabicMarkersUseFullWidthParentheses(int ordinal, String marker) {
    assertThat(PointStyle.PARENTHESIZED_ARABIC.marker(ordinal)).isEqualTo(marker);
  }

  @Test
  void everyStyleHasADistinctMarkerForTheSameOrdinal() {
    assertThat(PointStyle.values())
        .extracting(s -> s.marker(1))
        .containsExactly("一是", "（一）", "1.", "（1）", "一、")
        .doesNotHaveDuplicates();
  }

  @Test
  void runInAndParenthesizedMarkersAgreeWithChineseNumerals() {
    for (int n = 1; n <= 30; n++) {
      assertThat(PointStyle.RUN_IN.marker(n)).isEqualTo(ChineseNumerals.format(n) + "是");
      assertThat(PointStyle.PARENTHESIZED.marker(n)).isEqualTo("（" + ChineseNumerals.format(n) + "）");
      String numeral = PointStyle.RUN_IN.marker(n).substring(0, PointStyle.RUN_IN.marker(n).length() - 1);
      assertThat(ChineseNumerals.parse(numeral)).isEqualTo(n);
    }
  }

  @Test
  void chineseMarkersBeyondTheFormattableRangeAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> PointStyle.RUN_IN.marker(1000));
    assertThatIllegalArgumentException().isThrownBy(() -> PointStyle.PARENTHESIZED.marker(1000));
  }

  @Test
  void pointsAndCommitmentsDefaultToRunIn() {
    assertThat(Point.builder().ordinal(1).build().style()).isEqualTo(PointStyle.RUN_IN);
    assertThat(Commitment.builder().ordinal(1).build().style()).isEqualTo(PointStyle.RUN_IN);
  }
}
