package dev.govreply.model;

import dev.govreply.internal.Chars;
import java.util.Objects;

/**
 * Chinese numerals (中文数字) as printed in replies: 九届 (9th term), 第三次会议 (3rd session), 一百二十三.
 *
 * <p>{@link #parse(CharSequence)} reads the everyday forms used in official documents:
 *
 * <ul>
 *   <li>digits 零/〇 (0), 一 … 九, with 两/兩 read as 2;
 *   <li>the units 十 (10), 百 (100) and 千 (1000), with 零 for a skipped place: 十 = 10, 十一 = 11,
 *       二十 = 20, 一百 = 百 = 100, 一百零一 = 101, 一百一十 = 110, 一百十 = 110, 一千零一十 = 1010;
 *   <li>the financial forms 壹 贰/貳 叁/參 肆 伍 陆/陸 柒 捌 玖 拾 佰 仟;
 *   <li>a run of digits without units, read place by place as in years: 二〇二四 = 2024;
 *   <li>Arabic digits, ASCII or full-width, possibly zero-padded: 12 = １２ = 012 = 12.
 * </ul>
 *
 * <p>Values from 0 to 9999 can be parsed. Mixed forms (1十), ambiguous colloquial forms (一百一,
 * which may mean 101 or 110) and misplaced 零 (一十零) are malformed. {@link #format(int)} writes
 * the canonical form of 0 to 999, and {@code parse(format(n)) == n} for each of them.
 *
 * <pre>{@code
 * ChineseNumerals.parse("十八");     // 18
 * ChineseNumerals.parse("一百零一"); // 101
 * ChineseNumerals.parse("１２");     // 12
 * ChineseNumerals.format(110);       // "一百一十"
 * }</pre>
 *
 * <p>This is a stateless utility class; its methods are thread-safe.
 */
public final class ChineseNumerals {
  /** The largest value {@link #parse(CharSequence)} accepts. */
  public static final int MAX_PARSE = 9999;

  /** The largest value {@link #format(int)} accepts. */
  public static final int MAX_FORMAT = 999;

  private static final String FIELD = "numeral";
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /**
   * Reads a numeral, Chinese or Arabic, ignoring surrounding whitespace.
   *
   * @param text the numeral, e.g. {@code 十八}, {@code 一百零一}, {@code 二〇二四}, {@code 12}
   * @return its value, 0 to {@value #MAX_PARSE}
   * @throws MalformedValueException (field {@code numeral}) when the text is not such a numeral;
   *     the index points at the offending character
   * @throws NullPointerException when {@code text} is null
   */
  public static int parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int start = 0;
    int end = text.length();
    while (start < end && Chars.isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && Chars.isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      throw new MalformedValueException(FIELD, text, -1, "numeral is empty");
    }
    if (arabicDigit(text.charAt(start)) >= 0) {
      return parseArabic(text, start, end);
    }
    boolean hasUnit = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (unitValue(c) > 0) {
        hasUnit = true;
      } else if (chineseDigit(c) < 0) {
        throw new MalformedValueException(
            FIELD, text, i, "'" + c + "' is not a Chinese numeral character");
      }
    }
    return hasUnit ? parseWithUnits(text, start, end) : parsePositional(text, start, end);
  }

  private static int parseArabic(CharSequence text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      int d = arabicDigit(text.charAt(i));
      if (d < 0) {
        throw new MalformedValueException(
            FIELD, text, i, "Arabic and Chinese numerals cannot be mixed");
      }
      value = value * 10 + d;
      if (value > MAX_PARSE) {
        throw new MalformedValueException(FIELD, text, i, "numeral exceeds " + MAX_PARSE);
      }
    }
    return value;
  }

  private static int parsePositional(CharSequence text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      value = value * 10 + chineseDigit(text.charAt(i));
      if (value > MAX_PARSE) {
        throw new MalformedValueException(FIELD, text, i, "numeral exceeds " + MAX_PARSE);
      }
    }
    return value;
  }

  private static int parseWithUnits(CharSequence text, int start, int end) {
    int total = 0;
    int digit = -1; // pending digit 1..9, or -1
    int digitIndex = -1;
    int lastUnit = 10_000;
    boolean zero = false; // a 零 is pending: it must stand for at least one skipped place
    int zeroIndex = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      int u = unitValue(c);
      if (u > 0) {
        if (u >= lastUnit) {
          throw new MalformedValueException(FIELD, text, i, "unit '" + c + "' is out of order");
        }
        if (zero && u * 10 >= lastUnit) {
          throw new MalformedValueException(
              FIELD, text, zeroIndex, "零 must stand for a skipped place");
        }
        if (digit < 0 && zero) {
          throw new MalformedValueException(FIELD, text, i, "a digit must follow 零");
        }
        total += (digit < 0 ? 1 : digit) * u;
        lastUnit = u;
        digit = -1;
        zero = false;
        continue;
      }
      int d = chineseDigit(c);
      if (d == 0) {
        if (digit >= 0 || zero || i == start) {
          throw new MalformedValueException(FIELD, text, i, "misplaced 零");
        }
        zero = true;
        zeroIndex = i;
      } else {
        if (digit >= 0) {
          throw new MalformedValueException(FIELD, text, i, "two digits without a unit between");
        }
        digit = d;
        digitIndex = i;
      }
    }
    if (digit >= 0) {
      if (zero) {
        if (lastUnit < 100) {
          throw new MalformedValueException(
              FIELD, text, zeroIndex, "零 must stand for a skipped place");
        }
      } else if (lastUnit != 10) {
        throw new MalformedValueException(
            FIELD, text, digitIndex, "ambiguous digit after '" + unitChar(lastUnit)
                + "': write the unit or 零");
      }
      total += digit;
    } else if (zero) {
      throw new MalformedValueException(FIELD, text, zeroIndex, "trailing 零");
    }
    return total;
  }

  /**
   * Writes the canonical Chinese numeral for a value from 0 to {@value #MAX_FORMAT}: 0 → 零, 10 →
   * 十, 11 → 十一, 20 → 二十, 100 → 一百, 101 → 一百零一, 110 → 一百一十.
   *
   * @param n the value, 0 to {@value #MAX_FORMAT}
   * @return its canonical numeral
   * @throws IllegalArgumentException when {@code n} is out of range
   */
  public static String format(int n) {
    if (n < 0 || n > MAX_FORMAT) {
      throw new IllegalArgumentException("numeral out of range 0.." + MAX_FORMAT + ": " + n);
    }
    if (n == 0) {
      return "零";
    }
    int h = n / 100;
    int t = n / 10 % 10;
    int o = n % 10;
    StringBuilder sb = new StringBuilder(6);
    if (h > 0) {
      sb.append(DIGITS.charAt(h)).append('百');
    }
    if (t > 0) {
      if (h > 0 || t > 1) {
        sb.append(DIGITS.charAt(t));
      }
      sb.append('十');
    } else if (h > 0 && o > 0) {
      sb.append('零');
    }
    if (o > 0) {
      sb.append(DIGITS.charAt(o));
    }
    return sb.toString();
  }

  /**
   * Whether {@code c} can be part of a numeral that {@link #parse(CharSequence)} reads: a Chinese
   * digit (零 〇 一 … 九 两 兩 and the financial forms), a unit (十 百 千 拾 佰 仟), or an ASCII or
   * full-width Arabic digit.
   *
   * @param c a character
   * @return true for numeral characters
   */
  public static boolean isNumeralChar(char c) {
    return chineseDigit(c) >= 0 || unitValue(c) > 0 || arabicDigit(c) >= 0;
  }

  /** The value of an ASCII or full-width Arabic digit, or -1. */
  static int arabicDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  private static int chineseDigit(char c) {
    switch (c) {
      case '零': case '〇':
        return 0;
      case '一': case '壹':
        return 1;
      case '二': case '两': case '兩': case '贰': case '貳':
        return 2;
      case '三': case '叁': case '參':
        return 3;
      case '四': case '肆':
        return 4;
      case '五': case '伍':
        return 5;
      case '六': case '陆': case '陸':
        return 6;
      case '七': case '柒':
        return 7;
      case '八': case '捌':
        return 8;
      case '九': case '玖':
        return 9;
      default:
        return -1;
    }
  }

  private static int unitValue(char c) {
    switch (c) {
      case '十': case '拾':
        return 10;
      case '百': case '佰':
        return 100;
      case '千': case '仟':
        return 1000;
      default:
        return 0;
    }
  }

  private static char unitChar(int unit) {
    return unit == 10 ? '十' : unit == 100 ? '百' : '千';
  }
}
