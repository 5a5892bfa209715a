package dev.govreply.text;

import dev.govreply.model.ChineseNumerals;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date (成文日期) as printed: 2021年7月6日, ２０２１年７月６日 (keys make digits ASCII),
 * 二〇二四年十月十八日, 2024 年 10 月 18 日, 20241018, 2024-10-18, 2024.10.18, 2024/10/18.
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
   */
  record Found(int start, int end, LocalDate date, boolean canonical) {}

  private static final String CN = "[〇零一二三四五六七八九十OＯ]";
  private static final Pattern YMD = Pattern.compile(
      "(\\d{4}|" + CN + "{4})\\s*年\\s*(\\d{1,2}|" + CN + "{1,3})\\s*月\\s*(\\d{1,2}|" + CN
          + "{1,3})\\s*日");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
  private static final Pattern SEPARATED = Pattern.compile(
      "(?<!\\d)(\\d{4})\\s*([-./])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)");

  /** The first date in {@code text} (a line's text), or null. */
  static Found find(String text) {
    // cheap tests on the raw text first: the key of a char is an ASCII digit exactly when the
    // char is an ASCII or a full-width digit, 年 月 日 only for themselves, and - . / for
    // themselves or their full-width forms
    int digits = 0;
    boolean run4 = false; // a run of exactly 4 digits (SEPARATED starts with one)
    boolean run8 = false; // a run of exactly 8 digits (COMPACT is one)
    int run = 0;
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
        digits++;
        run++;
      } else {
        run4 |= run == 4;
        run8 |= run == 8;
        run = 0;
      }
    }
    boolean year = text.indexOf('年') >= 0;
    if (!year && digits < 6) {
      return null;
    }
    boolean ymd = year && text.indexOf('月') >= 0 && text.indexOf('日') >= 0;
    boolean separated = run4 && digits >= 6 && (text.indexOf('-') >= 0
        || text.indexOf('.') >= 0 || text.indexOf('/') >= 0 || text.indexOf('－') >= 0
        || text.indexOf('．') >= 0 || text.indexOf('／') >= 0);
    boolean compact = run8;
    if (!ymd && !separated && !compact) {
      return null;
    }
    String k = TextNorm.key(text);
    Matcher m;
    if (ymd) {
      m = YMD.matcher(k);
      if (m.find()) {
        boolean arabic = Character.isDigit(m.group(1).charAt(0));
        boolean canonical = arabic && !m.group(2).startsWith("0") && !m.group(3).startsWith("0")
            && Character.isDigit(m.group(2).charAt(0)) && Character.isDigit(m.group(3).charAt(0))
            && (m.end() - m.start()) == m.group(1).length() + m.group(2).length()
                + m.group(3).length() + 3;
        return new Found(m.start(), m.end(), date(m.group(1), m.group(2), m.group(3)),
            canonical);
      }
    }
    if (separated) {
      m = SEPARATED.matcher(k);
      if (m.find()) {
        return new Found(m.start(), m.end(), date(m.group(1), m.group(3), m.group(4)), false);
      }
    }
    if (compact) {
      m = COMPACT.matcher(k);
      if (m.find()) {
        return new Found(m.start(), m.end(), date(m.group(1), m.group(2), m.group(3)), false);
      }
    }
    return null;
  }

  private static LocalDate date(String y, String mo, String d) {
    try {
      return LocalDate.of(number(y), number(mo), number(d));
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  private static int number(String s) {
    String t = s.replace('O', '〇').replace('Ｏ', '〇');
    return ChineseNumerals.parse(t);
  }
}
