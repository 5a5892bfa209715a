package dev.govreply.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.govreply.internal.Chars;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.Motion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value conversions of the legacy mapper that the model does not offer itself: cell values to
 * text, dates in the forms ledgers keep (including spreadsheet serial dates), name lists and
 * addressee salutations. Stateless and thread-safe.
 */
final class Converters {
  private Converters() {}

  /**
   * Day 0 of spreadsheet serial dates: 1899-12-30, the epoch of the 1900 date system of Excel (for
   * serials from 61 on, i.e. from 1900-03-01, past Excel's fictitious 1900-02-29), LibreOffice and
   * Google Sheets. Serial 44383 is 2021-07-06.
   */
  static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

  /** The largest serial accepted: five digits, up to 2173-10-14. */
  static final long MAX_SERIAL = 99_999;

  // ---------------------------------------------------------------------------------------------
  // Cell values

  /**
   * The text of a cell value: a {@code CharSequence} as is, a whole number without fraction
   * ({@code 241.0} → {@code 241}), a {@link JsonNode} text as its text, others by
   * {@code toString()}; null for null. Not trimmed.
   */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof CharSequence) {
      return value.toString();
    }
    if (value instanceof JsonNode) {
      JsonNode n = (JsonNode) value;
      if (n.isNull() || n.isMissingNode()) {
        return null;
      }
      if (n.isTextual()) {
        return n.textValue();
      }
      if (n.isNumber()) {
        return text(n.numberValue());
      }
      return n.toString();
    }
    if (value instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) value;
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return value.toString();
    }
    return value.toString();
  }

  /**
   * The JSON form of a cell value for {@code extensions}: text stays text (CSV cells are never
   * guessed to be numbers: {@code 007} stays {@code "007"}), numbers stay numbers, booleans stay
   * booleans, JSON nodes are kept; other objects become their text. Null for null.
   */
  static JsonNode json(Object value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNode) {
      JsonNode n = (JsonNode) value;
      return n.isMissingNode() || n.isNull() ? null : n;
    }
    if (value instanceof CharSequence) {
      return f.textNode(value.toString());
    }
    if (value instanceof Boolean) {
      return f.booleanNode((Boolean) value);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return f.numberNode(((Number) value).intValue());
    }
    if (value instanceof Long) {
      return f.numberNode((Long) value);
    }
    if (value instanceof BigInteger) {
      return f.numberNode((BigInteger) value);
    }
    if (value instanceof BigDecimal) {
      return f.numberNode((BigDecimal) value);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? f.numberNode(d) : f.textNode(value.toString());
    }
    if (value instanceof Number) {
      return f.textNode(value.toString());
    }
    return f.textNode(value.toString());
  }

  // ---------------------------------------------------------------------------------------------
  // Dates

  /** A date read from a cell, and whether it was a spreadsheet serial. */
  record DateValue(LocalDate date, boolean serial) {}

  /** The Chinese numeral characters of dates, O-like letters included: 〇零一二三四五六七八九十OＯ○. */
  private static final String CN = "〇零一二三四五六七八九十OＯ○";

  /**
   * Reads a date: {@code 2021年7月6日} (also with Chinese numerals, 二〇二一年七月六日),
   * {@code 2021-07-06}, {@code 2021/7/6}, {@code 2021.7.6} (a time after the date, as spreadsheets
   * export it, {@code 2021/7/6 0:00}, is ignored), {@code 20210706}, and spreadsheet serial dates
   * ({@code 44383}: days since {@link #SERIAL_EPOCH}, a fraction being the time of day). A
   * {@link TemporalAccessor} value with a date is taken as is; a number is read as its text.
   *
   * <p>The text, full-width digits made ASCII and trimmed, loses a time of day after the date
   * ({@code (.*?\d)(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?},
   * see {@link #timeAt(String)}) and its blanks, and is then read as the first of these forms
   * that matches it whole ({@code \d} being an ASCII digit, {@code N} one of {@link #CN}):
   * {@code (\d{4}|N{4})年(\d{1,2}|N{1,3})月(\d{1,2}|N{1,3})[日号]},
   * {@code (\d{4})([-./])(\d{1,2})\2(\d{1,2})}, {@code (\d{4})(\d{2})(\d{2})} and the serial
   * {@code (\d{1,5})(?:\.\d+)?}. The forms are matched by hand, not by regular expressions: this
   * runs for every record of an import.
   *
   * @throws MalformedValueException (field {@code date}) when the value is no date
   */
  static DateValue date(Object value, String text) {
    if (value instanceof TemporalAccessor) {
      try {
        return new DateValue(LocalDate.from((TemporalAccessor) value), false);
      } catch (DateTimeException e) {
        throw new MalformedValueException("date", text, -1, "not a date: " + e.getMessage());
      }
    }
    String k = dateKey(text);
    int n = k.length();
    // (\d{4}|N{4})年(\d{1,2}|N{1,3})月(\d{1,2}|N{1,3})[日号]
    if (n >= 8 && k.charAt(4) == '年' && (digits(k, 0, 4) || numerals(k, 0, 4))) {
      int mo = k.indexOf('月', 5);
      char last = k.charAt(n - 1);
      if (mo > 0 && dayOrMonth(k, 5, mo) && (last == '日' || last == '号')
          && dayOrMonth(k, mo + 1, n - 1)) {
        return ymd(text, k, 0, 4, 5, mo, mo + 1, n - 1);
      }
    }
    // (\d{4})([-./])(\d{1,2})\2(\d{1,2})
    if (n >= 8 && n <= 10 && digits(k, 0, 4) && "-./".indexOf(k.charAt(4)) >= 0) {
      char sep = k.charAt(4);
      int second = k.indexOf(sep, 5);
      if (second > 5 && second <= 7 && digits(k, 5, second) && n - second - 1 >= 1
          && n - second - 1 <= 2 && digits(k, second + 1, n)) {
        return ymd(text, k, 0, 4, 5, second, second + 1, n);
      }
    }
    // (\d{4})(\d{2})(\d{2})
    if (n == 8 && digits(k, 0, 8)) {
      return ymd(text, k, 0, 4, 4, 6, 6, 8);
    }
    // (\d{1,5})(?:\.\d+)?
    int whole = 0;
    while (whole < n && isDigit(k.charAt(whole))) {
      whole++;
    }
    if (whole >= 1 && whole <= 5 && (whole == n
        || (k.charAt(whole) == '.' && whole + 1 < n && digits(k, whole + 1, n)))) {
      long serial = Long.parseLong(k.substring(0, whole));
      if (serial < 1 || serial > MAX_SERIAL) {
        throw new MalformedValueException("date", text, -1,
            "spreadsheet serial date out of range 1 to " + MAX_SERIAL);
      }
      return new DateValue(SERIAL_EPOCH.plusDays(serial), true);
    }
    throw new MalformedValueException("date", text, 0, "not a date (expected e.g. 2021年7月6日,"
        + " 2021-07-06, 2021/7/6, 20210706 or a spreadsheet serial date such as 44383)");
  }

  /**
   * The text of a date as its forms are matched: full-width digits made ASCII, trimmed, without a
   * time of day after the date and without blanks. A text of only ASCII digits and the
   * characters {@code -./年月日号} is its own key (it has nothing to change, and no time, which
   * needs a {@code :}), and is not scanned again.
   */
  static String dateKey(String text) {
    return plainDate(text) ? text : fullDateKey(text);
  }

  /** The key of {@link #dateKey(String)}, worked out for any text. */
  static String fullDateKey(String text) {
    String k = Chars.strip(fullWidthDigits(text));
    int time = timeAt(k);
    if (time >= 0) {
      k = k.substring(0, time);
    }
    return Chars.removeBlanks(k);
  }

  /** Whether {@code text} has only ASCII digits and the characters {@code -./年月日号}. */
  static boolean plainDate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && c != '-' && c != '.' && c != '/' && c != '年' && c != '月'
          && c != '日' && c != '号') {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a time of day after a date starts in {@code k}, or -1: the index {@code p} at which
   * {@code k} splits into a date part ending in a digit (no line terminator in it, as {@code .}
   * of a regular expression) and {@code T} or blanks ({@code \s+}) followed by a time,
   * {@code \d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?}, to the end. As the
   * time holds neither {@code T} nor blanks, at most one such index exists.
   */
  static int timeAt(String k) {
    int n = k.length();
    for (int p = 1; p < n; p++) {
      char c = k.charAt(p - 1);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return -1;
      }
      if (!isDigit(c)) {
        continue;
      }
      int q = p;
      if (k.charAt(p) == 'T') {
        q++;
      } else {
        while (q < n && isRegexSpace(k.charAt(q))) {
          q++;
        }
        if (q == p) {
          continue;
        }
      }
      if (isTime(k, q)) {
        return p;
      }
    }
    return -1;
  }

  /**
   * Whether {@code k} from {@code i} to its end is a time of day,
   * {@code \d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?}. Each optional part
   * starts with a character that nothing else at its place starts with, so one pass decides.
   */
  private static boolean isTime(String k, int i) {
    int n = k.length();
    int d = digitRun(k, i, 2);
    if (d == 0) {
      return false;
    }
    i += d;
    if (i >= n || k.charAt(i) != ':' || digitRun(k, i + 1, 2) != 2) {
      return false;
    }
    i += 3;
    if (i < n && k.charAt(i) == ':' && digitRun(k, i + 1, 2) == 2) {
      i += 3;
      if (i < n && k.charAt(i) == '.') {
        int f = digitRun(k, i + 1, 9);
        if (f > 0) {
          i += 1 + f;
        }
      }
    }
    if (i < n) {
      char c = k.charAt(i);
      if (c == 'Z') {
        i++;
      } else if ((c == '+' || c == '-') && digitRun(k, i + 1, 2) == 2) {
        int j = i + 3;
        if (j < n && k.charAt(j) == ':') {
          j++;
        }
        if (digitRun(k, j, 2) == 2) {
          i = j + 2;
        }
      }
    }
    return i == n;
  }

  /** An ASCII digit, as {@code \d} of a regular expression. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A blank of {@code \s} of a regular expression: space, tab, line feed, VT, form feed, CR. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** How many ASCII digits, at most {@code max}, start at {@code i}. */
  private static int digitRun(String s, int i, int max) {
    int n = 0;
    while (n < max && i + n < s.length() && isDigit(s.charAt(i + n))) {
      n++;
    }
    return n;
  }

  /** Whether {@code s[from, to)} is all ASCII digits (true when empty). */
  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s[from, to)} is all {@link #CN} numerals (true when empty). */
  private static boolean numerals(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (CN.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s[from, to)} is a month or day: {@code \d{1,2}} or {@code N{1,3}}. */
  private static boolean dayOrMonth(String s, int from, int to) {
    int len = to - from;
    return (len >= 1 && len <= 2 && digits(s, from, to))
        || (len >= 1 && len <= 3 && numerals(s, from, to));
  }

  /**
   * The date of year {@code k[y0, y1)}, month {@code k[m0, m1)} and day {@code k[d0, d1)}, each
   * part not empty: when all three are ASCII digits, read in place (as {@link #numeral(String)}
   * reads them); else, or when there is no such date, by {@link #ymd(String, String, String,
   * String)}, which gives the value or the exception.
   */
  static DateValue ymd(String text, String k, int y0, int y1, int m0, int m1, int d0,
      int d1) {
    if (digits(k, y0, y1) && digits(k, m0, m1) && digits(k, d0, d1)) {
      try {
        return new DateValue(LocalDate.of(number(k, y0, y1), number(k, m0, m1),
            number(k, d0, d1)), false);
      } catch (DateTimeException e) {
        // no such date: the message comes from the general reading
      }
    }
    return new DateValue(ymd(text, k.substring(y0, y1), k.substring(m0, m1), k.substring(d0, d1)),
        false);
  }

  /** The value of the ASCII digits {@code s[from, to)}, at most nine of them. */
  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  /**
   * The date of year {@code y}, month {@code mo} and day {@code d}, each ASCII digits or Chinese
   * numerals (see {@link #numeral(String)}).
   *
   * @throws MalformedValueException (field {@code date}) when there is no such date
   */
  static LocalDate ymd(String text, String y, String mo, String d) {
    try {
      return LocalDate.of(numeral(y), numeral(mo), numeral(d));
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new MalformedValueException("date", text, -1, "no such date: " + y + "-" + mo + "-" + d);
    }
  }

  /**
   * A part of a date: ASCII digits, a year digit by digit (二〇二一), else a Chinese numeral;
   * O, Ｏ and ○ are read as 〇.
   */
  private static int numeral(String s) {
    String t = s.replace('O', '〇').replace('Ｏ', '〇').replace('○', '〇');
    if (Character.isDigit(t.charAt(0)) && digits(t, 0, t.length())) {
      return Integer.parseInt(t);
    }
    if (t.length() == 4 && yearDigits(t)) {
      // a year digit by digit: 二〇二一
      int n = 0;
      for (int i = 0; i < 4; i++) {
        n = n * 10 + ChineseNumerals.parse(String.valueOf(t.charAt(i)));
      }
      return n;
    }
    return ChineseNumerals.parse(t);
  }

  /** Whether every character of {@code t} is one of 〇零一二三四五六七八九. */
  private static boolean yearDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      if ("〇零一二三四五六七八九".indexOf(t.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Full-width digits as ASCII digits. */
  static String fullWidthDigits(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, (char) ('0' + (c - '０')));
      }
    }
    return sb == null ? s : sb.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Name lists and salutations

  /** The separators of name lists: 、 ， , ; ；. */
  static final String NAME_SEPARATORS = "、，,;；";

  /** Splits a name list on 、 ， , ; ； and removes blanks inside each name; empty names dropped. */
  static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || NAME_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
        String name = Chars.removeBlanks(text.substring(start, i));
        if (!name.isEmpty()) {
          out.add(name);
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static final String NUM = "(?:\\d{1,4}|[一二三四五六七八九十两百]{1,4})";
  private static final Pattern SALUTATION = Pattern.compile(
      "(尊敬的)?(.*?)(?:(等)(" + NUM + ")?[位名]?|(" + NUM + ")[位名])?(代表|委员|委員)(?:们|們)?(?:同志)?"
          + "[:：]?");
  private static final Pattern OTHERS = Pattern.compile("(.*?)等(" + NUM + ")?[位名]?(?:人)?");

  /**
   * Reads an addressee: a salutation ({@code 张亮代表}, {@code 尊敬的王爱珍代表：},
   * {@code 童勋海等10位代表}, {@code 马青、周丽等委员}) or a plain name list ({@code 张亮、李明},
   * {@code 张亮等}), whose role is {@code defaultRole} when the text names none.
   *
   * @throws MalformedValueException (field {@code addressee}) when no name is given
   */
  static Addressee addressee(String text, Optional<AddresseeRole> defaultRole) {
    String k = Chars.removeBlanks(fullWidthDigits(text));
    Addressee.Builder b = Addressee.builder();
    Matcher m = SALUTATION.matcher(k);
    String names;
    if (m.matches() && !m.group(2).isEmpty()) {
      names = m.group(2);
      b.role(AddresseeRole.fromChinese(m.group(6)).orElseThrow());
      String salutation = Chars.strip(text);
      if (salutation.endsWith(":") || salutation.endsWith("：")) {
        salutation = Chars.strip(salutation.substring(0, salutation.length() - 1));
      }
      b.salutation(salutation);
      if (m.group(3) != null) {
        b.andOthers(true);
      }
      String figure = m.group(4) != null ? m.group(4) : m.group(5);
      if (figure != null) {
        b.statedCount(count(text, figure));
      }
    } else {
      names = k;
      Matcher o = OTHERS.matcher(k);
      if (o.matches() && !o.group(1).isEmpty()) {
        names = o.group(1);
        b.andOthers(true);
        if (o.group(2) != null) {
          b.statedCount(count(text, o.group(2)));
        }
      }
      defaultRole.ifPresent(b::role);
    }
    List<String> list = names(names);
    if (list.isEmpty()) {
      throw new MalformedValueException("addressee", text, -1, "no name given");
    }
    b.addAllNames(list);
    return b.build();
  }

  private static int count(String text, String figure) {
    int n = figure.chars().allMatch(c -> c >= '0' && c <= '9')
        ? Integer.parseInt(figure) : ChineseNumerals.parse(figure.replace('两', '二'));
    if (n < 1) {
      throw new MalformedValueException("addressee.statedCount", text, -1,
          "the stated number of persons must be positive, got " + figure);
    }
    return n;
  }

  /**
   * A motion number as printed, without 第, 号 and blanks: 第241号 → 241; leading zeros kept.
   *
   * @throws MalformedValueException (field {@code motion.number}) when the rest is not an item
   *     number (digits after an optional letter prefix)
   */
  static String motionNumber(String text) {
    String k = Chars.removeBlanks(fullWidthDigits(text));
    if (k.startsWith("第")) {
      k = k.substring(1);
    }
    if (k.endsWith("号") || k.endsWith("號")) {
      k = k.substring(0, k.length() - 1);
    }
    if (k.isEmpty()) {
      throw new MalformedValueException("motion.number", text, -1, "no number given");
    }
    // the model's rule (digits after an optional letter prefix), checked here so that the error
    // names the column it came from
    Motion.builder().number(k).build();
    return k;
  }

  /** A title without surrounding 《》, “”, "" or 「」. */
  static String unquote(String text) {
    String t = Chars.strip(text);
    while (t.length() >= 2) {
      char a = t.charAt(0);
      char z = t.charAt(t.length() - 1);
      if ((a == '《' && z == '》') || (a == '“' && z == '”') || (a == '"' && z == '"')
          || (a == '「' && z == '」') || (a == '‘' && z == '’')) {
        t = Chars.strip(t.substring(1, t.length() - 1));
      } else {
        break;
      }
    }
    return t;
  }
}
