package dev.govreply.text;

import dev.govreply.internal.CharSet;
import dev.govreply.internal.Chars;
import dev.govreply.model.ChineseNumerals;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date (成文日期) as printed: 2021年7月6日, ２０２１年７月６日 (keys make digits ASCII),
 * 二〇二四年十月十八日, 2024 年 10 月 18 日, 20241018, 2024-10-18, 2024.10.18, 2024/10/18; and what
 * is date-shaped but no date: a year and month without 日, the digits of a line whose words were
 * lost (2017821).
 */
final class DateText {
  private DateText() {}

  /**
   * A date found in a line.
   *
   * @param start index of the date in the text
   * @param end index after it
   * @param date the date, or null when the text is date-shaped but no valid date
   * @param canonical true when printed as yyyy年M月d日 in Arabic digits without padding
   * @param damaged true when a part of the date was lost in capture: its 年 月 日 or its day (no
   *     date), or only its 日 (the date, which a capture cut inside its day would have made
   *     wrong)
   */
  record Found(int start, int end, LocalDate date, boolean canonical, boolean damaged) {}

  /** Chinese numerals as a year, month or day is written in them (〇 also as O, Ｏ, ○). */
  private static final String CN = "[〇零一二三四五六七八九十OＯ0]";
  /**
   * A date with 年 月 日: 2021年7月6日, 二〇二四年十月十八日, 2024 年 10 月 18 日, and its digits
   * spaced as a letter-spaced line is captured (2 0 2 0 年 1 1 月 2 日, 20 20 年 11 月 2 日): a
   * blank between two digits of a number is the capture's, not the date's; a spaced year is of
   * this or the last century (1 202年 is no year).
   */
  private static final Pattern YMD = Pattern.compile(
      "(\\d{4}|(?:1 ?9|2 ?0)(?: ?\\d){2}|" + CN + "{4})\\s*年\\s*(\\d(?: ?\\d)?|" + CN + "{1,3})\\s*月\\s*(\\d(?: ?\\d)?|"
          + CN + "{1,3})\\s*日");
  /**
   * A year and month without 日 (二○二四年五月, 2024年5月, 2024年5月6): date-shaped, damaged in capture
   * or printed without its day. With the day's digits (group 3) it is the date whose 日 was lost
   * (2020年4月27); without them it is no date a reply can be dated with.
   */
  private static final Pattern YEAR_MONTH = Pattern.compile(
      "(\\d{4}|" + CN + "{4})\\s*年\\s*(\\d{1,2}|" + CN + "{1,3})\\s*月(?:\\s*(\\d{1,2}|" + CN
          + "{1,3})(?![\\d〇零一二三四五六七八九十]))?");
  /** The separators of a date printed with them (key chars). */
  private static final String SEPARATORS = "-./";
  /** A date with the same separator twice: 2024-10-18, 2024.10.18, 2024/1/8. */
  private static final Pattern SEPARATED = Pattern.compile(
      "(?<!\\d)(\\d{4})\\s*([" + Pattern.quote(SEPARATORS)
          + "])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)");
  /**
   * A line of five to seven digits alone that starts with a year (2017821, 202469, 2017920日), or
   * of a year with its 年 and one to three digits (2022年7): a date whose 年 and 月 (or 月 and
   * 日) were lost in capture. It is date-shaped, but which digits are the month and which the day
   * is not said, so it is found with no date. The 年 is in group 2, the digits after the year in
   * group 3.
   */
  private static final Pattern WORDS_LOST = Pattern.compile(
      "^\\s*((?:19|20)\\d{2})\\s*(年)?\\s*(\\d{1,3})\\s*(日)?\\s*$");
  /** A date as eight digits: 20241018. */
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

  /**
   * The first date in {@code text} (a line's text), or null: a date with 年 月 日 anywhere in the
   * line first (in a line with 年 and 月 but no 日 after them, a year and month, found with no
   * date), else one with separators, else eight digits. The patterns are matched against the
   * line's {@linkplain Chars#key key}, so full-width digits and separators read as ASCII. A date
   * with 年 月 日 is looked for only in a line that has 年, 月 and 日 in this order, the others only
   * in a line with four digits in a row (their year), eight for a date printed as digits alone.
   */
  static Found find(String text) {
    return find(text, null);
  }

  /**
   * {@link #find(String)} given the line's {@linkplain Chars#key key} {@code k} (as long as the
   * text, so the indices of the date are the text's).
   */
  static Found inKey(String k) {
    return find(k, k);
  }

  /**
   * The first date in {@code text}, whose key is {@code key}, or null when it is not made yet:
   * the line's words and digits are read in key form character by character, and the key is made
   * only for a line that has them.
   */
  private static Found find(String text, String key) {
    int month = monthAfterYear(text);
    boolean words = month >= 0 && indexOfKey(text, '日', month + 1) >= 0;
    int digits = longestDigitRun(text);
    if (month < 0 && digits < 4) {
      return null; // the other forms print their year as four digits
    }
    String k = key != null ? key : Chars.key(text);
    if (month >= 0 && !words) {
      Matcher m = YEAR_MONTH.matcher(k);
      if (TextNorm.find(m, k, 0, DateText::numeralStart)) {
        LocalDate day = m.group(3) == null ? null : date(m.group(1), m.group(2), m.group(3));
        return new Found(m.start(), m.end(), day, false, true);
      }
    }
    if (words) {
      Matcher m = YMD.matcher(k);
      if (TextNorm.find(m, k, 0, DateText::numeralStart)) {
        boolean canonical = isDigit(m.group(1)) && isDigit(m.group(2)) && isDigit(m.group(3))
            && m.group(1).indexOf(' ') < 0 && m.group(2).indexOf(' ') < 0
            && m.group(3).indexOf(' ') < 0
            && !m.group(2).startsWith("0") && !m.group(3).startsWith("0")
            && m.end() - m.start() == m.group(1).length() + m.group(2).length()
                + m.group(3).length() + 3;
        return new Found(m.start(), m.end(), date(m.group(1), m.group(2), m.group(3)),
            canonical, false);
      }
    }
    if (digits < 4) {
      return null;
    }
    if (Chars.hasAny(k, SEPARATORS)) {
      Matcher m = SEPARATED.matcher(k);
      if (TextNorm.find(m, k, 0, DateText::yearStart)) {
        return new Found(m.start(), m.end(), date(m.group(1), m.group(3), m.group(4)), false,
            false);
      }
    }
    if (digits >= 8) { // eight digits in a row
      Matcher m = COMPACT.matcher(k);
      if (TextNorm.find(m, k, 0, DateText::yearStart)) {
        return new Found(m.start(), m.end(), date(m.group(1), m.group(2), m.group(3)), false,
            false);
      }
    } else if (digits >= 5 || k.indexOf('年') >= 0) {
      Matcher m = WORDS_LOST.matcher(k);
      if (m.matches() && (m.group(2) != null ? readsAsMonth(m.group(3))
          || readsAsMonthAndDay(m.group(3)) : readsAsMonthAndDay(m.group(3)))) {
        return new Found(m.start(1), m.group(4) != null ? m.end(4) : m.end(3), null, false, true);
      }
    }
    return null;
  }

  /** Whether {@code digits} are a month (1–12): 7, 12. */
  private static boolean readsAsMonth(String digits) {
    int month = Integer.parseInt(digits);
    return month >= 1 && month <= 12;
  }

  /** Whether {@code digits} split somewhere into a month (1–12) and a day (1–31): 821, 69. */
  private static boolean readsAsMonthAndDay(String digits) {
    for (int i = 1; i < digits.length(); i++) {
      int month = Integer.parseInt(digits.substring(0, i));
      int day = Integer.parseInt(digits.substring(i));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first 月 after the first 年 of a text (in key form), or -1: a date printed
   * with its words has them in this order, and 日 after them.
   */
  private static int monthAfterYear(String t) {
    int year = indexOfKey(t, '年', 0);
    return year < 0 ? -1 : indexOfKey(t, '月', year + 1);
  }

  /** The first index from {@code from} of a character of {@code t} whose key is {@code c}, or -1. */
  private static int indexOfKey(String t, char c, int from) {
    for (int i = from, n = t.length(); i < n; i++) {
      if (Chars.key(t.charAt(i)) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a year printed in digits may start at {@code i} of the key {@code k}: a digit that
   * follows no digit, where {@link #SEPARATED} and {@link #COMPACT} start.
   */
  private static boolean yearStart(String k, int i) {
    return isAsciiDigit(k.charAt(i)) && (i == 0 || !isAsciiDigit(k.charAt(i - 1)));
  }

  /**
   * Whether a year in 年 form ({@link #YMD}, {@link #YEAR_MONTH}) may start at index {@code i} of
   * the key {@code k}: an Arabic digit or a Chinese numeral of {@link #CN}.
   */
  private static boolean numeralStart(String k, int i) {
    char c = k.charAt(i);
    return isAsciiDigit(c) || CN_NUMERALS.contains(c);
  }

  /** The characters of {@link #CN}. */
  private static final CharSet CN_NUMERALS = CharSet.of("〇零一二三四五六七八九十OＯ");

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The most digits (ASCII in key form) a text holds in a row: a year in digits is four, a compact
   * date eight.
   */
  private static int longestDigitRun(String t) {
    int longest = 0;
    int run = 0;
    for (int i = 0, n = t.length(); i < n; i++) {
      run = isAsciiDigit(Chars.key(t.charAt(i))) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /** Whether a group of {@link #YMD} is in Arabic digits (not Chinese numerals). */
  private static boolean isDigit(String group) {
    return Character.isDigit(group.charAt(0));
  }

  /** The date of a year, month and day as printed (Arabic digits or Chinese numerals), or null. */
  private static LocalDate date(String y, String mo, String d) {
    try {
      return LocalDate.of(number(y), number(mo), number(d));
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The value of a year, month or day as printed: in Arabic digits (perhaps spaced: 20 20), or in
   * Chinese numerals whose zeros may be typed as the letter O or the digit 0 (二OO七, 二00七).
   */
  private static int number(String s) {
    String t = isDigit(s) ? s.replace(" ", "")
        : s.replace('O', '〇').replace('Ｏ', '〇').replace('0', '〇');
    return ChineseNumerals.parse(t);
  }
}
