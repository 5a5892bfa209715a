package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

  @ParameterizedTest
  @CsvSource({
    "零, 0", "〇, 0", "一, 1", "两, 2", "兩, 2", "九, 9", "十, 10", "十一, 11", "十八, 18", "二十, 20",
    "九十九, 99", "百, 100", "一百, 100", "一百零一, 101", "一百一十, 110", "一百十, 110",
    "一百二十三, 123", "九百九十九, 999", "两百, 200", "一千, 1000", "一千零一十, 1010",
    "九千九百九十九, 9999", "二〇二四, 2024", "二零二四, 2024", "12, 12", "１２, 12", "012, 12", "0, 0",
    "拾贰, 12", "壹佰零伍, 105", "'  十五 ', 15"
  })
  void parsesNumerals(String text, int value) {
    assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 零", "1, 一", "10, 十", "11, 十一", "20, 二十", "99, 九十九", "100, 一百", "101, 一百零一",
    "110, 一百一十", "111, 一百一十一", "123, 一百二十三", "999, 九百九十九"
  })
  void formatsCanonically(int value, String text) {
    assertThat(ChineseNumerals.format(value)).isEqualTo(text);
  }

  @Test
  void formatRejectsOutOfRange() {
    assertThatThrownBy(() -> ChineseNumerals.format(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChineseNumerals.format(1000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "'', -1", "'  ', -1", "十a, 1", "1十, 1", "一二十, 1", "一百一, 2", "十零, 1", "一十零一, 2",
    "一百零, 2", "零十, 0", "十百, 1", "一百零一百, 4", "一千零一百, 2", "12345, 4", "二〇二四五, 4",
    "届, 0"
  })
  void rejectsMalformed(String text, int index) {
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> ChineseNumerals.parse(text))
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("numeral");
          assertThat(e.text()).isEqualTo(text);
          assertThat(e.index()).isEqualTo(index);
        });
  }

  @Test
  void nullIsNpe() {
    assertThatNullPointerException().isThrownBy(() -> ChineseNumerals.parse(null))
        .withMessage("text");
  }

  @Test
  void numeralChars() {
    for (char c : "零〇一二两三四五六七八九十百千1９".toCharArray()) {
      assertThat(ChineseNumerals.isNumeralChar(c)).as("%s", c).isTrue();
    }
    for (char c : "届次第号a 人".toCharArray()) {
      assertThat(ChineseNumerals.isNumeralChar(c)).as("%s", c).isFalse();
    }
  }

  @Test
  void formatThenParseRoundTrips() {
    qt().withExamples(1000).forAll(SmallValueGenerators.numeralValues())
        .check(n -> ChineseNumerals.parse(ChineseNumerals.format(n)) == n);
    for (int n = 0; n <= ChineseNumerals.MAX_FORMAT; n++) {
      assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).isEqualTo(n);
    }
  }
}
