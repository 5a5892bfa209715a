package dev.govreply.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.MalformedValueException;
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

  /** True for the whitespace ledgers pad cells with: Unicode white space, NBSP and U+3000. */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** {@code s} without leading and trailing blanks (see {@link #isBlank(char)}). */
  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isBlank(s.charAt(a))) {
      a++;
    }
    while (b > a && isBlank(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** {@code s} without any blanks. */
  static String removeBlanks(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isBlank(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
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

  private static final String CN = "[〇零一二三四五六七八九十OＯ○]";
  private static final Pattern YMD = Pattern.compile(
      "(\\d{4}|" + CN + "{4})年(\\d{1,2}|" + CN + "{1,3})月(\\d{1,2}|" + CN + "{1,3})[日号]");
  private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})");
  /** A time of day after a date, as spreadsheets export it: {@code 2021/7/6 0:00}, {@code T09:30:00}. */
  private static final Pattern TIME = Pattern.compile(
      "(.*?\\d)(?:T|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern SERIAL = Pattern.compile("(\\d{1,5})(?:\\.\\d+)?");

  /**
   * Reads a date: {@code 2021年7月6日} (also with Chinese numerals, 二〇二一年七月六日),
   * {@code 2021-07-06}, {@code 2021/7/6}, {@code 2021.7.6} (a time after the date, as spreadsheets
   * export it, {@code 2021/7/6 0:00}, is ignored), {@code 20210706}, and spreadsheet serial dates
   * ({@code 44383}: days since {@link #SERIAL_EPOCH}, a fraction being the time of day). A
   * {@link TemporalAccessor} value with a date is taken as is; a number is read as its text.
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
    String k = strip(fullWidthDigits(text));
    Matcher time = TIME.matcher(k);
    if (time.matches()) {
      k = time.group(1);
    }
    k = removeBlanks(k);
    Matcher m = YMD.matcher(k);
    if (m.matches()) {
      return new DateValue(ymd(text, m.group(1), m.group(2), m.group(3)), false);
    }
    m = SEPARATED.matcher(k);
    if (m.matches()) {
      return new DateValue(ymd(text, m.group(1), m.group(3), m.group(4)), false);
    }
    m = COMPACT.matcher(k);
    if (m.matches()) {
      return new DateValue(ymd(text, m.group(1), m.group(2), m.group(3)), false);
    }
    m = SERIAL.matcher(k);
    if (m.matches()) {
      long serial = Long.parseLong(m.group(1));
      if (serial < 1 || serial > MAX_SERIAL) {
        throw new MalformedValueException("date", text, -1,
            "spreadsheet serial date out of range 1 to " + MAX_SERIAL);
      }
      return new DateValue(SERIAL_EPOCH.plusDays(serial), true);
    }
    throw new MalformedValueException("date", text, 0, "not a date (expected e.g. 2021年7月6日,"
        + " 2021-07-06, 2021/7/6, 20210706 or a spreadsheet serial date such as 44383)");
  }

  private static LocalDate ymd(String text, String y, String mo, String d) {
    try {
      return LocalDate.of(numeral(y), numeral(mo), numeral(d));
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new MalformedValueException("date", text, -1, "no such date: " + y + "-" + mo + "-" + d);
    }
  }

  private static int numeral(String s) {
    String t = s.replace('O', '〇').replace('Ｏ', '〇').replace('○', '〇');
    if (Character.isDigit(t.charAt(0)) && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Integer.parseInt(t);
    }
    if (t.length() == 4 && t.chars().allMatch(c -> "〇零一二三四五六七八九".indexOf(c) >= 0)) {
      // a year digit by digit: 二〇二一
      int n = 0;
      for (int i = 0; i < 4; i++) {
        n = n * 10 + ChineseNumerals.parse(String.valueOf(t.charAt(i)));
      }
      return n;
    }
    return ChineseNumerals.parse(t);
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
        String name = removeBlanks(text.substring(start, i));
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
    String k = removeBlanks(fullWidthDigits(text));
    Addressee.Builder b = Addressee.builder();
    Matcher m = SALUTATION.matcher(k);
    String names;
    if (m.matches() && !m.group(2).isEmpty()) {
      names = m.group(2);
      b.role(AddresseeRole.fromChinese(m.group(6)).orElseThrow());
      String salutation = strip(text);
      if (salutation.endsWith(":") || salutation.endsWith("：")) {
        salutation = strip(salutation.substring(0, salutation.length() - 1));
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

  /** A motion number as printed, without 第, 号 and blanks: 第241号 → 241; leading zeros kept. */
  static String motionNumber(String text) {
    String k = removeBlanks(fullWidthDigits(text));
    if (k.startsWith("第")) {
      k = k.substring(1);
    }
    if (k.endsWith("号") || k.endsWith("號")) {
      k = k.substring(0, k.length() - 1);
    }
    if (k.isEmpty()) {
      throw new MalformedValueException("motion.number", text, -1, "no number given");
    }
    return k;
  }

  /** A title without surrounding 《》, “”, "" or 「」. */
  static String unquote(String text) {
    String t = strip(text);
    while (t.length() >= 2) {
      char a = t.charAt(0);
      char z = t.charAt(t.length() - 1);
      if ((a == '《' && z == '》') || (a == '“' && z == '”') || (a == '"' && z == '"')
          || (a == '「' && z == '」') || (a == '‘' && z == '’')) {
        t = strip(t.substring(1, t.length() - 1));
      } else {
        break;
      }
    }
    return t;
  }
}
