package dev.govreply.legacy;

import dev.govreply.internal.Chars;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.MalformedValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a reply (成文日期) as a ledger cell holds it, and whether the cell held it as a
 * spreadsheet serial date. Read by {@link #read(Object, String)}, whose forms are the patterns of
 * this class, tried in order.
 *
 * @param date the date
 * @param serial whether the cell was a spreadsheet serial date (days since {@link #SERIAL_EPOCH})
 */
record LedgerDate(LocalDate date, boolean serial) {

  /**
   * Day 0 of spreadsheet serial dates: 1899-12-30, the epoch of the 1900 date system of Excel (for
   * serials from 61 on, i.e. from 1900-03-01, past Excel's fictitious 1900-02-29), LibreOffice and
   * Google Sheets. Serial 44383 is 2021-07-06.
   */
  static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

  /**
   * The smallest serial accepted: 61, 1900-03-01. Below it Excel counts its fictitious 1900-02-29,
   * so that one serial is two dates, a day apart (60 is 1900-02-29 in Excel, 1900-02-28 from
   * {@link #SERIAL_EPOCH}).
   */
  static final long MIN_SERIAL = 61;

  /** The largest serial accepted: five digits, up to 2173-10-14. */
  static final long MAX_SERIAL = 99_999;

  /** A Chinese numeral of a date, O-like letters included (read as 〇). */
  private static final String NUMERAL = "[〇零一二三四五六七八九十OＯ○]";

  /**
   * A time of day after the date, as spreadsheets export it ({@code 2021/7/6 0:00},
   * {@code 2021-07-06T09:30:00+08:00}): group 1 is the date before it, ending in a digit; group 2
   * the time, with its hour (3), minute (4), second (5, or none) and offset (6, or none).
   */
  private static final Pattern TIME_AFTER_DATE = Pattern.compile(
      "(.*?\\d)(?:T|\\s+)((\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
          + "(Z|[+-]\\d{2}:?\\d{2})?)");

  /**
   * 2021年7月6日, 二〇二一年七月六日, 2021年07月06号: the year, month and day, each as ASCII digits
   * (groups 1, 3, 5) or else as Chinese numerals (groups 2, 4, 6).
   */
  private static final Pattern CHINESE_DATE = Pattern.compile(
      "(?:(\\d{4})|(" + NUMERAL + "{4}))年(?:(\\d{1,2})|(" + NUMERAL + "{1,3}))月"
          + "(?:(\\d{1,2})|(" + NUMERAL + "{1,3}))[日号]");

  /** The separators of a date such as 2021-07-06, 2021/7/6, 2021.7.6. */
  private static final String SEPARATORS = "-./";

  /**
   * 2021-07-06, 2021/7/6, 2021.7.6 (one of {@link #SEPARATORS} throughout): year, separator,
   * month, day.
   */
  private static final Pattern SEPARATED_DATE = Pattern.compile(
      "(\\d{4})([" + Pattern.quote(SEPARATORS) + "])(\\d{1,2})\\2(\\d{1,2})");

  /** 20210706: year, month, day. */
  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

  /** 44383, 44383.5: the whole days since {@link #SERIAL_EPOCH}; a fraction is the time of day. */
  private static final Pattern SERIAL_DATE = Pattern.compile("(\\d{1,5})(?:\\.\\d+)?");

  /**
   * 2021, 2021.7, 2021.07: a year, or a year and month, which {@link #SERIAL_DATE} would read as
   * a serial of 1902–1927; four digits are read as a year, never as a serial.
   */
  private static final Pattern YEAR_ALONE = Pattern.compile("\\d{4}(?:\\.\\d+)?");

  /** The year written digit by digit (二〇二一), read so rather than as a numeral. */
  private static final Pattern YEAR_DIGITS = Pattern.compile("[〇零一二三四五六七八九]{4}");

  /**
   * Reads a date: {@code 2021年7月6日} (also with Chinese numerals, 二〇二一年七月六日),
   * {@code 2021-07-06}, {@code 2021/7/6}, {@code 2021.7.6}, {@code 20210706}, and spreadsheet
   * serial dates ({@code 44383}: days since {@link #SERIAL_EPOCH}, a fraction being the time of
   * day). A {@link TemporalAccessor} value with a date is taken as is; a number is read as its
   * text.
   *
   * <p>The text, full-width digits made ASCII and trimmed, loses a time of day after the date
   * ({@link #TIME_AFTER_DATE}; a time that is no time of day, 25:99, is refused) and its blanks,
   * and is then read by the first of {@link #CHINESE_DATE}, {@link #SEPARATED_DATE},
   * {@link #COMPACT_DATE} and {@link #SERIAL_DATE} that matches it whole. A form written with a
   * mark is tried only on a text that has it: the 年 of a Chinese date, a separator of a separated
   * one. Four digits, with or without a fraction, are a year or a year and month
   * ({@link #YEAR_ALONE}), which is no date, never a serial; serials are read from
   * {@link #MIN_SERIAL} to {@link #MAX_SERIAL}.
   *
   * @param value the cell's value (text, number, date), or null when the text is not one cell's
   * @param text the cell's text, trimmed
   * @return the date
   * @throws MalformedValueException (field {@code date}) when the value is no date, naming why
   */
  static LedgerDate read(Object value, String text) {
    if (value instanceof TemporalAccessor t) {
      try {
        return new LedgerDate(LocalDate.from(t), false);
      } catch (DateTimeException e) {
        throw new MalformedValueException("date", text, -1, "not a date: " + e.getMessage());
      }
    }
    String k = Chars.strip(CellValues.asciiDigits(text));
    Matcher time = null;
    if (k.indexOf(':') >= 0) { // a time of day is written with a colon
      Matcher t = TIME_AFTER_DATE.matcher(k);
      if (t.matches()) {
        time = t;
        k = t.group(1);
      }
    }
    LedgerDate date = date(text, Chars.removeBlanks(k));
    if (time != null) { // checked once the date is read, so that a bad date is named first
      timeOfDay(text, time);
    }
    return date;
  }

  /**
   * The date of a text without its time of day and blanks, by the first form that matches it
   * whole.
   *
   * @throws MalformedValueException (field {@code date}) when the text is no date, naming why
   */
  private static LedgerDate date(String text, String k) {
    Matcher m;
    if (k.indexOf('年') >= 0) {
      m = CHINESE_DATE.matcher(k);
      if (m.matches()) {
        return ymd(text, new DatePart(m, 1), new DatePart(m, 3), new DatePart(m, 5));
      }
    }
    if (Chars.hasAny(k, SEPARATORS)) {
      m = SEPARATED_DATE.matcher(k);
      if (m.matches()) {
        return ymd(text, new DatePart(m.group(1)), new DatePart(m.group(3)),
            new DatePart(m.group(4)));
      }
    }
    m = COMPACT_DATE.matcher(k);
    if (m.matches()) {
      return ymd(text, new DatePart(m.group(1)), new DatePart(m.group(2)),
          new DatePart(m.group(3)));
    }
    if (YEAR_ALONE.matcher(k).matches()) {
      throw new MalformedValueException("date", text, -1, "a year or a year and month, not a"
          + " date (four digits are not read as a spreadsheet serial date)");
    }
    m = SERIAL_DATE.matcher(k);
    if (m.matches()) {
      long serial = Long.parseLong(m.group(1));
      if (serial < MIN_SERIAL || serial > MAX_SERIAL) {
        throw new MalformedValueException("date", text, -1, "spreadsheet serial date out of"
            + " range " + MIN_SERIAL + " to " + MAX_SERIAL + " (before " + MIN_SERIAL
            + ", 1900-03-01, spreadsheets disagree on the day)");
      }
      return new LedgerDate(SERIAL_EPOCH.plusDays(serial), true);
    }
    throw new MalformedValueException("date", text, 0, "not a date (expected e.g. 2021年7月6日,"
        + " 2021-07-06, 2021/7/6, 20210706 or a spreadsheet serial date such as 44383)");
  }

  /**
   * Checks the time of day a {@link #TIME_AFTER_DATE} match found after the date: an hour up to
   * 23, minutes and seconds up to 59, an offset up to 18 hours.
   *
   * @throws MalformedValueException (field {@code date}) when it is no time of day
   */
  private static void timeOfDay(String text, Matcher time) {
    int h = Integer.parseInt(time.group(3));
    int m = Integer.parseInt(time.group(4));
    int s = time.group(5) == null ? 0 : Integer.parseInt(time.group(5));
    boolean ok = h <= 23 && m <= 59 && s <= 59;
    if (ok && time.group(6) != null) {
      try {
        ZoneOffset.of(time.group(6)); // Z, +08:00, +0800
      } catch (DateTimeException e) {
        ok = false;
      }
    }
    if (!ok) {
      throw new MalformedValueException("date", text, -1,
          "no such time of day: " + time.group(2));
    }
  }

  /**
   * A part of a date (year, month or day) as the cell wrote it.
   *
   * @param text the part's text
   * @param numerals whether it is written in Chinese numerals rather than ASCII digits
   */
  private record DatePart(String text, boolean numerals) {

    /** A part of ASCII digits. */
    DatePart(String digits) {
      this(digits, false);
    }

    /**
     * The part in a match of {@link #CHINESE_DATE}: ASCII digits in group {@code g}, else Chinese
     * numerals in group {@code g + 1}.
     */
    DatePart(Matcher m, int g) {
      this(m.group(g) != null ? m.group(g) : m.group(g + 1), m.group(g) == null);
    }

    /**
     * The number: ASCII digits as such; Chinese numerals as a year digit by digit (二〇二一), else
     * as a numeral (十二, 三十一); O, Ｏ and ○ are read as 〇.
     *
     * @throws IllegalArgumentException when the numerals are no number
     */
    int value() {
      if (!numerals) {
        return Integer.parseInt(text);
      }
      String t = text.replace('O', '〇').replace('Ｏ', '〇').replace('○', '〇');
      if (YEAR_DIGITS.matcher(t).matches()) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
          n = n * 10 + ChineseNumerals.parse(String.valueOf(t.charAt(i)));
        }
        return n;
      }
      return ChineseNumerals.parse(t);
    }
  }

  /**
   * The date of year {@code y}, month {@code mo} and day {@code d}.
   *
   * @throws MalformedValueException (field {@code date}) when there is no such date
   */
  private static LedgerDate ymd(String text, DatePart y, DatePart mo, DatePart d) {
    try {
      return new LedgerDate(LocalDate.of(y.value(), mo.value(), d.value()), false);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new MalformedValueException("date", text, -1,
          "no such date: " + y.text() + "-" + mo.text() + "-" + d.text());
    }
  }
}
