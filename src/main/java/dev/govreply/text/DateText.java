package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.ChineseNumerals;
import java.time.DateTimeException;
import java.time.LocalDate;
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

  // The patterns define what a date is; find uses the equivalent scanners below them.
  private static final String CN = "[〇零一二三四五六七八九十OＯ]";
  static final Pattern YMD = Pattern.compile(
      "(\\d{4}|" + CN + "{4})\\s*年\\s*(\\d{1,2}|" + CN + "{1,3})\\s*月\\s*(\\d{1,2}|" + CN
          + "{1,3})\\s*日");
  static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
  static final Pattern SEPARATED = Pattern.compile(
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
    boolean year = false;
    boolean month = false;
    boolean day = false;
    boolean separator = false;
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
        digits++;
        run++;
        continue;
      }
      run4 |= run == 4;
      run8 |= run == 8;
      run = 0;
      if (c >= '\u3000' && c < '\uFF00') {
        // CJK: of the chars looked for, only 年 月 日 are here
        year |= c == '年';
        month |= c == '月';
        day |= c == '日';
      } else {
        separator |= c == '-' || c == '.' || c == '/' || c == '－' || c == '．' || c == '／';
      }
    }
    if (!year && digits < 6) {
      return null;
    }
    boolean ymd = year && month && day;
    boolean separated = run4 && digits >= 6 && separator;
    boolean compact = run8;
    if (!ymd && !separated && !compact) {
      return null;
    }
    // the scanners read the text's key char by char (Chars.key(char)): no key string is made
    if (ymd) {
      Found f = findYmd(text);
      if (f != null) {
        return f;
      }
    }
    if (separated) {
      Found f = findSeparated(text);
      if (f != null) {
        return f;
      }
    }
    if (compact) {
      return findCompact(text);
    }
    return null;
  }

  // Hand-written scanners for the patterns (the patterns are their definition). They read the key
  // of a text t char by char (at, keyOf), so no key string is made. Each part of a pattern is of
  // a char class that the next part cannot start with, except where noted, so the greedy reading
  // is the only one that can match and no backtracking is needed. \d is ASCII.

  /**
   * The first {@link #YMD} match in the key of {@code t} ({@code find}), as a date. Group 1 is
   * exactly four digits or four {@code CN} (no lookbehind: it may start inside a longer run);
   * groups 2 and 3 are a run of one or two digits, or of one to three {@code CN}, that
   * {@code \s*} and 月 (日) must follow — a longer run fails at every length.
   */
  static Found findYmd(String t) {
    int n = t.length();
    for (int i = 0; i + 4 < n; i++) {
      int p;
      if (isDigit(at(t, i))) {
        p = i;
        while (p < i + 4 && p < n && isDigit(at(t, p))) {
          p++;
        }
      } else if (isCn(at(t, i))) {
        p = i;
        while (p < i + 4 && p < n && isCn(at(t, p))) {
          p++;
        }
      } else {
        continue;
      }
      if (p != i + 4) {
        continue;
      }
      int y = p;
      p = skipSpaces(t, p);
      if (p >= n || at(t, p) != '年') {
        continue;
      }
      int ms = skipSpaces(t, p + 1);
      int me = ymdPart(t, ms);
      if (me < 0) {
        continue;
      }
      p = skipSpaces(t, me);
      if (p >= n || at(t, p) != '月') {
        continue;
      }
      int ds = skipSpaces(t, p + 1);
      int de = ymdPart(t, ds);
      if (de < 0) {
        continue;
      }
      p = skipSpaces(t, de);
      if (p >= n || at(t, p) != '日') {
        continue;
      }
      int end = p + 1;
      String g1 = keyOf(t, i, y);
      String g2 = keyOf(t, ms, me);
      String g3 = keyOf(t, ds, de);
      boolean arabic = Character.isDigit(g1.charAt(0));
      boolean canonical = arabic && !g2.startsWith("0") && !g3.startsWith("0")
          && Character.isDigit(g2.charAt(0)) && Character.isDigit(g3.charAt(0))
          && (end - i) == g1.length() + g2.length() + g3.length() + 3;
      return new Found(i, end, date(g1, g2, g3), canonical);
    }
    return null;
  }

  /**
   * The end of a month or day group of {@link #YMD} at {@code p}: a run of 1–2 digits or of 1–3
   * {@code CN} (the run itself: a longer one cannot be followed by \s* and 月/日); -1 if none.
   */
  private static int ymdPart(String t, int p) {
    int n = t.length();
    if (p >= n) {
      return -1;
    }
    int e = p;
    if (isDigit(at(t, p))) {
      while (e < n && isDigit(at(t, e))) {
        e++;
      }
      return e - p <= 2 ? e : -1;
    }
    while (e < n && isCn(at(t, e))) {
      e++;
    }
    return e > p && e - p <= 3 ? e : -1;
  }

  /**
   * The first {@link #SEPARATED} match in the key of {@code t}, as a date: a run of exactly
   * four digits (the lookbehind, and a fifth digit leaves no room for the separator), {@code \s*},
   * a separator, {@code \s*}, a run of one or two digits, {@code \s*}, the same separator,
   * {@code \s*}, a run of one or two digits ({@code (?!\d)}: a longer run fails at every
   * length).
   */
  static Found findSeparated(String t) {
    int n = t.length();
    for (int i = 0; i < n; i++) {
      if (!isDigit(at(t, i)) || (i > 0 && isDigit(at(t, i - 1)))) {
        continue;
      }
      int y = digitRunEnd(t, i);
      if (y - i != 4) {
        continue;
      }
      int p = skipSpaces(t, y);
      if (p >= n || "-./".indexOf(at(t, p)) < 0) {
        continue;
      }
      char sep = at(t, p);
      int ms = skipSpaces(t, p + 1);
      int me = digitRunEnd(t, ms);
      if (me == ms || me - ms > 2) {
        continue;
      }
      p = skipSpaces(t, me);
      if (p >= n || at(t, p) != sep) {
        continue;
      }
      int ds = skipSpaces(t, p + 1);
      int de = digitRunEnd(t, ds);
      if (de == ds || de - ds > 2) {
        continue;
      }
      return new Found(i, de, date(keyOf(t, i, y), keyOf(t, ms, me), keyOf(t, ds, de)),
          false);
    }
    return null;
  }

  /** The first {@link #COMPACT} match in the key of {@code t}: a run of exactly eight digits. */
  static Found findCompact(String t) {
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(at(t, i))) {
        i++;
        continue;
      }
      int e = digitRunEnd(t, i);
      if (e - i == 8) {
        return new Found(i, e, date(keyOf(t, i, i + 4), keyOf(t, i + 4, i + 6),
            keyOf(t, i + 6, e)), false);
      }
      i = e;
    }
    return null;
  }

  private static int digitRunEnd(String t, int p) {
    while (p < t.length() && isDigit(at(t, p))) {
      p++;
    }
    return p;
  }

  private static int skipSpaces(String t, int p) {
    while (p < t.length() && TextNorm.isRegexSpace(at(t, p))) {
      p++;
    }
    return p;
  }

  /** The key char at {@code i} of {@code t}. */
  private static char at(String t, int i) {
    return Chars.key(t.charAt(i));
  }

  /** The key of {@code t} from {@code from} to {@code to}. */
  private static String keyOf(String t, int from, int to) {
    return Chars.key(t.substring(from, to));
  }

  /** Regex {@code \d}: an ASCII digit. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code CN}: {@code [〇零一二三四五六七八九十OＯ]}. */
  private static boolean isCn(char c) {
    switch (c) {
      case '〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', 'O', 'Ｏ':
        return true;
      default:
        return false;
    }
  }

  static LocalDate date(String y, String mo, String d) {
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
