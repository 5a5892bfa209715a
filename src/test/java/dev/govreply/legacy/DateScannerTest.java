package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.internal.Chars;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.MalformedValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Converters#date(Object, String)} reads dates with hand-written scanners; this test keeps
 * the regular expressions they replace as the oracle ({@link Oracle}, the former implementation)
 * and checks that both give the same outcome — the same date and serial flag, or the same
 * {@link MalformedValueException} (field, text, index, reason) — for the forms ledgers keep, for
 * edge cases of each part of the grammar, and for many generated texts.
 */
class DateScannerTest {

  /** The former, regular-expression implementation of {@link Converters#date(Object, String)}. */
  static final class Oracle {
    private static final String CN = "[〇零一二三四五六七八九十OＯ○]";
    private static final Pattern YMD = Pattern.compile(
        "(\\d{4}|" + CN + "{4})年(\\d{1,2}|" + CN + "{1,3})月(\\d{1,2}|" + CN + "{1,3})[日号]");
    private static final Pattern SEPARATED =
        Pattern.compile("(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern TIME = Pattern.compile(
        "(.*?\\d)(?:T|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("(\\d{1,5})(?:\\.\\d+)?");

    static Converters.DateValue date(String text) {
      String k = Chars.strip(Converters.fullWidthDigits(text));
      Matcher time = TIME.matcher(k);
      if (time.matches()) {
        k = time.group(1);
      }
      k = Chars.removeBlanks(k);
      Matcher m = YMD.matcher(k);
      if (m.matches()) {
        return new Converters.DateValue(ymd(text, m.group(1), m.group(2), m.group(3)), false);
      }
      m = SEPARATED.matcher(k);
      if (m.matches()) {
        return new Converters.DateValue(ymd(text, m.group(1), m.group(3), m.group(4)), false);
      }
      m = COMPACT.matcher(k);
      if (m.matches()) {
        return new Converters.DateValue(ymd(text, m.group(1), m.group(2), m.group(3)), false);
      }
      m = SERIAL.matcher(k);
      if (m.matches()) {
        long serial = Long.parseLong(m.group(1));
        if (serial < 1 || serial > Converters.MAX_SERIAL) {
          throw new MalformedValueException("date", text, -1,
              "spreadsheet serial date out of range 1 to " + Converters.MAX_SERIAL);
        }
        return new Converters.DateValue(Converters.SERIAL_EPOCH.plusDays(serial), true);
      }
      throw new MalformedValueException("date", text, 0, "not a date (expected e.g. 2021年7月6日,"
          + " 2021-07-06, 2021/7/6, 20210706 or a spreadsheet serial date such as 44383)");
    }

    private static LocalDate ymd(String text, String y, String mo, String d) {
      try {
        return LocalDate.of(numeral(y), numeral(mo), numeral(d));
      } catch (DateTimeException | IllegalArgumentException e) {
        throw new MalformedValueException("date", text, -1,
            "no such date: " + y + "-" + mo + "-" + d);
      }
    }

    private static int numeral(String s) {
      String t = s.replace('O', '〇').replace('Ｏ', '〇').replace('○', '〇');
      if (Character.isDigit(t.charAt(0)) && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Integer.parseInt(t);
      }
      if (t.length() == 4 && t.chars().allMatch(c -> "〇零一二三四五六七八九".indexOf(c) >= 0)) {
        int n = 0;
        for (int i = 0; i < 4; i++) {
          n = n * 10 + ChineseNumerals.parse(String.valueOf(t.charAt(i)));
        }
        return n;
      }
      return ChineseNumerals.parse(t);
    }
  }

  /** The outcome of a conversion as text: the value, or the exception with all it says. */
  static String outcome(Supplier<Object> f) {
    try {
      return "ok " + f.get();
    } catch (MalformedValueException e) {
      return "malformed " + e.field() + " | " + e.text() + " | " + e.index() + " | " + e.reason();
    } catch (RuntimeException e) {
      return "exception " + e;
    }
  }

  static void assertSame(String text) {
    assertThat(outcome(() -> Converters.date(text, text)))
        .as("date(\"%s\")", text)
        .isEqualTo(outcome(() -> Oracle.date(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021年7月6日", "2021年07月06号", "二〇二一年七月六日", "二○二一年十二月三十一日",
      "OOOO年一月一日", "ＯＯＯＯ年一月一日", "二零二一年一月一日", "2021年七月6日", "二〇二一年7月六日",
      "2021年十三月1日", "2021年一十月1日", "2021年三十一月1日", "2021年1月三十二日", "2021年7月6日日",
      "2021年7月", "7月6日", "2021年月6日", "2021年7月日", "202年7月6日", "20211年7月6日", "2021年123月6日",
      "2021年1月1234日", "二〇二1年7月6日", "2021年7月6", "２０２１年７月１６日", "2021 年 7 月 6 日",
      "2021年〇七月六日", "2021年7月6日 10:00", "2021年7月6日T10:00"})
  void chineseDates(String text) {
    assertSame(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-07-06", "2021/7/6", "2021.7.6", "2021-7/6", "2021/07-06",
      "2021-007-06", "2021-07-006", "2021-07-", "2021--07", "2021-07-06-", "202-07-06",
      "2021-13-01", "2021-02-30", "2021-02-29", "2020-02-29", "2021 - 07 - 06", "2021 07 06",
      "２０２１－０７－０６", "2021.07.06", "2021-1-1", "20210706", "20211301", "202107060",
      "2021070", "1900-01-01"})
  void separatedAndCompactDates(String text) {
    assertSame(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"44383", "44383.5", "44383.", ".5", "0", "00000", "000001", "1", "61",
      "60", "99999", "99999.99", "100000", "1.5", " 44383 ", "4438 3", "44383.5.5", "44383,5",
      "١٢٣", "", " ", "\u3000", "abc", "昨天"})
  void serialDatesAndNonDates(String text) {
    assertSame(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021/7/6 0:00", "2021/7/6 0:00:00.123", "2021-07-06T09:30:00",
      "2021-07-06T09:30:00Z", "2021-07-06T09:30:00+0800", "2021-07-06T09:30:00+08:00",
      "2021-07-06 09:30:00+08:00", "2021-07-06 09:30-0800", "2021-07-06\t09:30",
      "2021-07-06\u300009:30", "2021-07-06\n09:30", "2021\n-07-06 09:30", "2021-07-06 T 09:30",
      "2021-07-06 T09:30", "2021-07-06T", "2021-07-06T9:30", "2021-07-06T123:30",
      "2021-07-06T09:3", "2021-07-06T09:30:3", "2021-07-06T09:30:30.",
      "2021-07-06T09:30:30.1234567890", "2021-07-06T09:30:30.123456789", "2021-07-06T09:30+08:0",
      "2021-07-06T09:30+08:", "2021-07-06T09:30+8:00",
      "2021-07-06T09:30ZZ", "2021-07-06T09:30Z+08:00", "2021/07/06 24:99", "44383 10:00",
      "2021-07-06  \t 10:00", "2021-07-06\u008510:00", "2\u2028021-07-06 10:00",
      "2021-07-06 1 10:00",
      "10:00", " 10:00", "1 10:00", "x1 10:00", "2021-07-06 10:00 11:00", "2021-07-06T10:00T11:00",
      "2021-07-06T\u000B10:00", "2021-07-06\u000B10:00", "2021-07-06\r\n10:00"})
  void timesAfterDates(String text) {
    assertSame(text);
  }

  @Test
  void generatedTextsGiveTheSameOutcomes() {
    String[] pieces = {"0", "1", "2", "3", "7", "9", "12", "2021", "20210706", "44383", "０", "２",
        "年", "月", "日", "号", "〇", "零", "一", "二", "十", "九", "O", "Ｏ", "○", "-", ".", "/", ":",
        "T", "Z", "+", " ", "\t", "\n", "\r", "\u3000", "\u00A0", "\u0085", "\u2028", "\u000B", "x",
        "10:00", "09:30:00", ".123", "+08:00", "-0800", "二〇二一", "\uFEFF", "日日", "00", "99999"};
    String[] seeds = {"2021年7月6日", "2021-07-06", "2021/7/6", "2021.7.6", "20210706", "44383",
        "44383.5", "2021/7/6 0:00", "2021-07-06T09:30:00Z", "2021-07-06 09:30:00.123456789+08:00",
        "二〇二一年七月六日", "二○二一年十二月三十一日", "2021年十月二十日"};
    Random random = new Random(20240611);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      StringBuilder sb;
      if (random.nextInt(3) == 0) {
        sb = new StringBuilder(seeds[random.nextInt(seeds.length)]);
        for (int k = random.nextInt(4); k > 0; k--) {
          int at = random.nextInt(sb.length() + 1);
          String piece = pieces[random.nextInt(pieces.length)];
          switch (random.nextInt(3)) {
            case 0:
              sb.insert(at, piece);
              break;
            case 1:
              if (at < sb.length()) {
                sb.deleteCharAt(at);
              }
              break;
            default:
              if (at < sb.length()) {
                sb.setCharAt(at, piece.charAt(0));
              }
          }
        }
      } else {
        sb = new StringBuilder();
        for (int k = random.nextInt(9); k > 0; k--) {
          sb.append(pieces[random.nextInt(pieces.length)]);
        }
      }
      texts.add(sb.toString());
    }
    int accepted = 0;
    for (String text : texts) {
      String expected = outcome(() -> Oracle.date(text));
      assertThat(outcome(() -> Converters.date(text, text))).as("date(\"%s\")", text)
          .isEqualTo(expected);
      if (expected.startsWith("ok")) {
        accepted++;
      }
    }
    // the generated texts reach the accepting paths too, not only the rejections
    assertThat(accepted).isGreaterThan(5_000);
  }

}
