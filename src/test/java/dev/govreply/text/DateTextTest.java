package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date (成文日期) found in a line: where it is ({@code start-end}), the date (null when the text
 * is date-shaped but names no day), and whether it is printed in the canonical form.
 */
class DateTextTest {

  static String found(String text) {
    DateText.Found f = DateText.find(text);
    return f == null ? "none" : f.start() + "-" + f.end() + " " + f.date()
        + (f.canonical() ? " canonical" : "") + (f.damaged() ? " damaged" : "");
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "2021年7月6日 => 0-9 2021-07-06 canonical",
      "２０２１年７月６日 => 0-9 2021-07-06 canonical",
      "二〇二四年十月十八日 => 0-10 2024-10-18",
      "二○二四年十月十八日 => 0-10 2024-10-18",
      // zeros of a year in Chinese numerals typed as the letter O or the digit 0
      "二OO七年五月十四日 => 0-10 2007-05-14",
      "二00七年五月十四日 => 0-10 2007-05-14",
      // or as the Greek capital omicron, its look-alike (corpus bn 1248)
      "二ΟΟ七年五月二十四日 => 0-11 2007-05-24",
      "二ОО七年五月二十四日 => 0-11 2007-05-24", // Cyrillic
      "2024 年 10 月 18 日 => 0-16 2024-10-18",
      "2024年 10月 18日 => 0-13 2024-10-18",
      // digits spaced as a letter-spaced line is captured (corpus i 253)
      "20 20 年 11 月 2 日 => 0-16 2020-11-02",
      "2 0 2 0 年 1 1 月 2 日 => 0-19 2020-11-02",
      "2023年1 2月5日 => 0-11 2023-12-05", // spaced digits are no canonical form (reviewed)
      "2022年06月30日 => 0-11 2022-06-30",
      "20241018 => 0-8 2024-10-18",
      "２０２４１０１８ => 0-8 2024-10-18",
      "19991231 => 0-8 1999-12-31",
      "2024-10-18 => 0-10 2024-10-18",
      "2024.10.18 => 0-10 2024-10-18",
      "2024/10/18 => 0-10 2024-10-18",
      "2024/1/8 => 0-8 2024-01-08",
      "2024－10－18 => 0-10 2024-10-18",
      "2024 - 10 - 18 => 0-14 2024-10-18",
  })
  void datesInTheirPrintedForms(String text, String found) {
    assertThat(found(text)).as(text).isEqualTo(found);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "某县水利局    2023年6月28日 => 9-19 2023-06-28 canonical",
      "印发日期：2024年5月20日 => 5-15 2024-05-20 canonical",
      "12024年5月6日 => 1-10 2024-05-06 canonical",
      // a date with 年 月 日 is taken before one with separators or eight digits
      "2024.1.8 2025年1月1日 => 9-18 2025-01-01 canonical",
      "2023-01-02 20240101 => 0-10 2023-01-02",
  })
  void theFirstDateOfALine(String text, String found) {
    assertThat(found(text)).as(text).isEqualTo(found);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "2024-13-40 => 0-10 null",
      "2024年13月40日 => 0-11 null canonical",
      "1 202年6月5日 => none", // a stray digit before a damaged year is no year (reviewed)
      "二〇二四年十二十月一日 => 0-11 null",
      "20240230 => 0-8 null",
      "2O24年1O月18日 => none",
      "202410181 => none",
      "2024-10/18 => none",
      // a year and month without 日: the day lost in capture or never printed; with the day's
      // digits, only its 日 was lost (the date, marked damaged)
      "2024年5月6 => 0-8 2024-05-06 damaged",
      "二○二四年五月 => 0-7 null damaged",
      "2024年5月，我局 => 0-7 null damaged",
      // a line of digits alone whose 年 月 日 were lost in capture: which is month, which day?
      "2017821 => 0-7 null damaged",
      "2017920日 => 0-8 null damaged",
      "'   202469  ' => 3-9 null damaged",
      "201759 => 0-6 null damaged",
      // a year with its 年 and what is left of the month and day: 月 (and 日) lost or cut
      "2022年7 => 0-6 null damaged",
      "2018年79日 => 0-8 null damaged",
      "'2022 年629' => 0-9 null damaged",
      "2022年13 => 0-7 null damaged",
      "2022年0 => none",
      "2022年700 => none",
      "2017 => none",
      "2017999 => none",
      "电话2017821 => none",
      "第2024号 => none",
      "2024年度 => none",
      "'' => none",
  })
  void dateShapedTextThatNamesNoDay(String text, String found) {
    assertThat(found(text)).as(text).isEqualTo(found);
  }
}
