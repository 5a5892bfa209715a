package dev.govreply.model;

import dev.govreply.internal.Chars;
import java.util.Objects;

/**
 * A document number (发文字号, 文号) as defined by GB/T 9704-2012 §7.2.5: the issuer code (机关代字),
 * the year in hexagonal brackets 〔〕 and the serial number (顺序号) followed by 号, e.g.
 * {@code 平政字〔2024〕12号}.
 *
 * <p>{@link #parse(CharSequence)} reads the forms found in real replies, which often break the
 * standard: other brackets around the year ({@code [2017]}, {@code 【2024】}, {@code ﹝2019﹞},
 * {@code (2020)}, {@code （2020）}, {@code 〈2020〉}, also mismatched pairs), a zero-padded serial
 * ({@code 05号} is serial 5), a 第 before the serial, whitespace anywhere (removed) and full-width
 * digits. The 号 (or traditional 號) is required. Reporting such deviations is the job of
 * conformance checking, not of this value: {@link #toString()} always writes the canonical form.
 *
 * <pre>{@code
 * DocumentNumber n = DocumentNumber.parse("平交复函[2017]19号");
 * n.issuerCode(); // "平交复函"
 * n.year();       // 2017
 * n.serial();     // 19
 * n.toString();   // "平交复函〔2017〕19号"
 * DocumentNumber.of("平政字", 2024, 12).equals(DocumentNumber.parse("平政字〔2024〕第012号")); // true
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; compare them with {@link #equals(Object)}, which
 * compares the three components. {@code parse(n.toString()).equals(n)} holds for every instance.
 */
public final class DocumentNumber {
  private static final String FIELD = "documentNumber";
  /** The brackets a year may stand in, opening and closing at the same index: 〔2024〕, (2024). */
  static final String OPENING = "〔[【﹝(（〈［";
  static final String CLOSING = "〕]】﹞)）〉］";
  /** Serial numbers above this are malformed (nine digits keep it within an int). */
  private static final int MAX_SERIAL = 999_999_999;

  private final String issuerCode;
  private final int year;
  private final int serial;

  private DocumentNumber(String issuerCode, int year, int serial) {
    this.issuerCode = issuerCode;
    this.year = year;
    this.serial = serial;
  }

  /**
   * Creates a document number from its components.
   *
   * @param issuerCode the issuer code (机关代字), e.g. {@code 平政字}, {@code 岳发改字}, {@code 湘交建议复}:
   *     letters (any script) and digits, at least one letter
   * @param year the year in full, 1000 to 9999
   * @param serial the serial number (顺序号), from 1 to 999999999
   * @return the document number
   * @throws MalformedValueException (field {@code documentNumber.issuerCode},
   *     {@code documentNumber.year} or {@code documentNumber.serial}) for an invalid component
   * @throws NullPointerException when {@code issuerCode} is null
   */
  public static DocumentNumber of(String issuerCode, int year, int serial) {
    Objects.requireNonNull(issuerCode, "issuerCode");
    issuerCode(issuerCode, 0, issuerCode.length(), false);
    if (year < 1000 || year > 9999) {
      throw new MalformedValueException(FIELD + ".year", String.valueOf(year), -1,
          "year must have four digits, got " + year);
    }
    if (serial < 1 || serial > MAX_SERIAL) {
      throw new MalformedValueException(FIELD + ".serial", String.valueOf(serial), -1,
          "serial must be from 1 to " + MAX_SERIAL + ", got " + serial);
    }
    return new DocumentNumber(issuerCode, year, serial);
  }

  /**
   * The rule of an issuer code (机关代字): letters of any script and digits, at least one letter —
   * 平政字, 湘交建议复, 国办发. Anything else (a slash, a dot, a bracket, a control or bidirectional
   * formatting character such as U+202E) cannot be part of one: such text is not a document number,
   * and a file named after it could point anywhere. Blanks are skipped when {@code blanks} allows
   * them (the printed form; they are removed) and refused otherwise.
   *
   * @param text the text holding the issuer code
   * @param start where the issuer code starts in {@code text}
   * @param end where the issuer code ends in {@code text}
   * @param blanks whether blanks may appear (and are skipped)
   * @return the issuer code, blanks removed
   */
  private static String issuerCode(CharSequence text, int start, int end, boolean blanks) {
    boolean letter = false;
    boolean any = false;
    for (int i = start; i < end; ) {
      int c = Character.codePointAt(text, i);
      if (blanks && c < 0x10000 && Chars.isBlank((char) c)) {
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        throw new MalformedValueException(FIELD + ".issuerCode", text, i,
            c < 0x10000 && isBracket((char) c) ? "bracket '" + (char) c + "' before the year"
                : "an issuer code is letters and digits, not '" + Checks.printable(c) + "'");
      }
      letter |= Character.isLetter(c);
      any = true;
      i += Character.charCount(c);
    }
    if (!any) {
      throw new MalformedValueException(FIELD + ".issuerCode", text, end,
          "issuer code is missing before the year");
    }
    if (!letter) {
      throw new MalformedValueException(FIELD + ".issuerCode", text, start,
          "an issuer code has at least one letter");
    }
    return Chars.removeBlanks(text.subSequence(start, end));
  }

  /**
   * Reads a document number as printed, e.g. {@code 平政字〔2024〕12号}, {@code 潼民发【2024】275号},
   * {@code 平交复函[2017]19号}, {@code 宝市环函﹝2019﹞193号}, {@code 岳发改字 (2020) 第046号}, or with
   * the year printed before the issuer code, as some offices print it: {@code (2018)阜水务字第15号},
   * {@code [2016]洞政复函 3号} (read as 阜水务字〔2018〕15号, 洞政复函〔2016〕3号).
   *
   * @param text the printed document number, without surrounding text
   * @return the document number
   * @throws MalformedValueException (field {@code documentNumber} or one of its components) when
   *     the text is not a document number; the index refers to {@code text}
   * @throws NullPointerException when {@code text} is null
   */
  public static DocumentNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    int open = 0;
    while (open < n && OPENING.indexOf(text.charAt(open)) < 0) {
      open++;
    }
    if (open == n) {
      throw new MalformedValueException(FIELD, text, -1, "no year in brackets such as 〔2024〕");
    }
    if (open == skipBlanks(text, 0)) { // the year first: (2018)阜水务字第15号
      int close = yearEnd(text, open);
      int codeEnd = skipBlanks(text, close + 1);
      while (codeEnd < n && text.charAt(codeEnd) != '第'
          && ChineseNumerals.arabicDigit(text.charAt(codeEnd)) < 0) {
        codeEnd++;
      }
      if (Chars.isBlank(text.subSequence(close + 1, codeEnd))) { // 〔2024〕12号: no code at all
        throw new MalformedValueException(FIELD + ".issuerCode", text, open,
            "issuer code is missing before the year");
      }
      String code = issuerCode(text, close + 1, codeEnd, true);
      return new DocumentNumber(code, year(text, open, close), serial(text, codeEnd));
    }
    String code = issuerCode(text, 0, open, true);
    int close = yearEnd(text, open);
    return new DocumentNumber(code, year(text, open, close), serial(text, close + 1));
  }

  /** The index of the bracket that closes the year opened at {@code open}. */
  private static int yearEnd(CharSequence text, int open) {
    int n = text.length();
    int i = open + 1;
    while (i < n && (ChineseNumerals.arabicDigit(text.charAt(i)) >= 0
        || Chars.isBlank(text.charAt(i)))) {
      i++;
    }
    if (i >= n) {
      throw new MalformedValueException(FIELD + ".year", text, i,
          "closing bracket after the year is missing");
    }
    if (CLOSING.indexOf(text.charAt(i)) < 0) {
      throw new MalformedValueException(FIELD + ".year", text, i,
          "unexpected '" + text.charAt(i) + "' in the year");
    }
    return i;
  }

  /** The year in the brackets opened at {@code open} and closed at {@code close}. */
  private static int year(CharSequence text, int open, int close) {
    int yearStart = skipBlanks(text, open + 1);
    StringBuilder yearText = new StringBuilder(4);
    for (int i = yearStart; i < close; i++) {
      int d = ChineseNumerals.arabicDigit(text.charAt(i));
      if (d >= 0) {
        if (yearText.length() >= 4) {
          throw new MalformedValueException(FIELD + ".year", text, yearStart,
              "year must have four digits, got more");
        }
        yearText.append((char) ('0' + d));
      }
    }
    if (yearText.length() != 4 || yearText.charAt(0) == '0') {
      throw new MalformedValueException(FIELD + ".year", text, yearStart,
          "year must have four digits, got \"" + yearText + "\"");
    }
    return Integer.parseInt(yearText.toString());
  }

  /** The serial from {@code from} (perhaps after 第), then 号 and nothing else. */
  private static int serial(CharSequence text, int from) {
    int n = text.length();
    int i = skipBlanks(text, from);
    if (i < n && text.charAt(i) == '第') {
      i = skipBlanks(text, i + 1);
    }
    int serialStart = i;
    long serial = 0;
    int serialDigits = 0;
    while (i < n) {
      char c = text.charAt(i);
      int d = ChineseNumerals.arabicDigit(c);
      if (d >= 0) {
        serialDigits++;
        serial = serial * 10 + d;
        if (serial > MAX_SERIAL) {
          throw new MalformedValueException(FIELD + ".serial", text, serialStart,
              "serial exceeds " + MAX_SERIAL);
        }
      } else if (!Chars.isBlank(c)) {
        break;
      }
      i++;
    }
    if (serialDigits == 0) {
      throw new MalformedValueException(FIELD + ".serial", text, i,
          "serial number is missing after the year");
    }
    if (serial == 0) {
      throw new MalformedValueException(FIELD + ".serial", text, serialStart,
          "serial must be at least 1");
    }
    if (i >= n) {
      throw new MalformedValueException(FIELD, text, n, "号 is missing after the serial");
    }
    char c = text.charAt(i);
    if (c != '号' && c != '號') {
      throw new MalformedValueException(FIELD, text, i,
          "expected 号 after the serial, got '" + c + "'");
    }
    i = skipBlanks(text, i + 1);
    if (i < n) {
      throw new MalformedValueException(FIELD, text, i, "unexpected text after 号");
    }
    return (int) serial;
  }

  private static int skipBlanks(CharSequence text, int i) {
    while (i < text.length() && Chars.isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBracket(char c) {
    return OPENING.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0;
  }

  /**
   * The issuer code (机关代字) identifying the issuing body and document series, e.g. {@code 平政字},
   * {@code 平交复函}, {@code 岳发改字}, {@code 湘交建议复}; never empty.
   *
   * @return the issuer code, as printed without whitespace
   */
  public String issuerCode() {
    return issuerCode;
  }

  /**
   * The year (年份), in full.
   *
   * @return the year, 1000 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * The serial number (顺序号) within the issuer code and year.
   *
   * @return the serial, at least 1
   */
  public int serial() {
    return serial;
  }

  /**
   * Whether {@code other} is a document number with the same issuer code, year and serial.
   *
   * @param other any object
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DocumentNumber)) {
      return false;
    }
    DocumentNumber that = (DocumentNumber) other;
    return year == that.year && serial == that.serial && issuerCode.equals(that.issuerCode);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (issuerCode.hashCode() * 31 + year) * 31 + serial;
  }

  /**
   * The canonical GB/T 9704 form: issuer code, year in 〔〕, unpadded serial and 号, e.g.
   * {@code 平政字〔2024〕12号}.
   *
   * @return the canonical form, which {@link #parse(CharSequence)} reads back to an equal value
   */
  @Override
  public String toString() {
    return issuerCode + '〔' + year + '〕' + serial + '号';
  }
}
