package dev.govreply.model;

import dev.govreply.internal.Chars;
import java.util.List;

/**
 * Invariant checks shared by the value types; failures are {@link MalformedValueException}s.
 *
 * <p>Every string of a reply enters through one of the checks of text ({@link #notBlank}, {@link
 * #noBlankElements}, {@link #singleLine}), and each of them first checks its length ({@link
 * #withinLimit}): no value holds a string longer than {@link Limits#MAX_STRING_LENGTH}.
 */
final class Checks {
  private Checks() {}

  /** How much of an over-long string an exception shows. */
  private static final int SHOWN = 40;

  /**
   * Refuses a string longer than {@link Limits#MAX_STRING_LENGTH}, naming the field and the
   * length; the exception's text is the string's start, not all of it.
   */
  static void withinLimit(String field, String value) {
    if (value.length() > Limits.MAX_STRING_LENGTH) {
      throw new MalformedValueException(field, value.substring(0, SHOWN) + "…", -1,
          "is " + value.length() + " chars long, longer than the longest string a reply may hold ("
              + Limits.MAX_STRING_LENGTH + " chars, Limits.MAX_STRING_LENGTH)");
    }
  }

  static void notBlank(String field, String value) {
    withinLimit(field, value);
    if (value.isBlank()) {
      throw new MalformedValueException(field, value, -1, "must not be blank");
    }
  }

  static void noBlankElements(String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).length() > Limits.MAX_STRING_LENGTH) {
        withinLimit(field + "[" + i + "]", values.get(i));
      }
      if (values.get(i).isBlank()) {
        throw new MalformedValueException(field + "[" + i + "]", values.get(i), -1,
            "must not be blank");
      }
    }
  }

  static void positive(String field, int value) {
    if (value < 1) {
      throw new MalformedValueException(field, Integer.toString(value), 0,
          "must be 1 or more");
    }
  }

  /**
   * A person's or a collective's name as printed (张亮, 雨露乡委员小组, 李*, 阿不都·热合曼): letters of
   * any script, with digits, combining marks, the masks real documents print ({@code * ＊ × ○ □}),
   * name dots ({@code · ・ • ‧ . ．}), brackets, hyphens and spaces inside; it starts with a letter
   * or a mask. So formula text ({@code @SUM(1+1)}, {@code =cmd|…}), path text ({@code ../x}) and
   * control or bidirectional-formatting characters (U+202E) cannot be a name.
   */
  static void name(String field, String value) {
    notBlank(field, value);
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      boolean ok = i == 0 ? Character.isLetter(c) || NAME_MASKS.indexOf(c) >= 0
          : Character.isLetterOrDigit(c) || isMark(c) || NAME_MASKS.indexOf(c) >= 0
              || NAME_INNER.indexOf(c) >= 0;
      if (!ok) {
        throw new MalformedValueException(field, value, i, i == 0
            ? "a name starts with a letter, not '" + printable(c) + "'"
            : "a name cannot contain '" + printable(c) + "'");
      }
      i += Character.charCount(c);
    }
  }

  /** Characters printed in place of a name's hidden letters: 李*, 王××, 张○○. */
  private static final String NAME_MASKS = "*＊×○□";
  /** Characters allowed inside a name besides letters, digits, marks and masks. */
  private static final String NAME_INNER = "·・•‧.．()（）-－ \u3000";

  private static boolean isMark(int c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  /**
   * The number of an item (第241号 → 241) as printed: digits, optionally after a short prefix of
   * letters (温36, A12; capital letters perhaps joined by a hyphen: D-013, or followed by the
   * register's year in brackets: B(2024)230, B〔2016〕080), in groups joined by a hyphen (2021-24)
   * or by the Latin letters of a series (8E020); zero padding kept (009).
   */
  static void motionNumber(String field, String value) {
    notBlank(field, value);
    int i = 0;
    while (i < value.length() && Character.isLetter(value.codePointAt(i))) {
      i += Character.charCount(value.codePointAt(i));
    }
    if (value.codePointCount(0, i) > MAX_MOTION_NUMBER_PREFIX) {
      throw new MalformedValueException(field, value, 0, "a prefix of at most "
          + MAX_MOTION_NUMBER_PREFIX + " letters may precede the digits of an item number");
    }
    boolean capitals = i > 0 && value.chars().limit(i).allMatch(c -> c >= 'A' && c <= 'Z');
    if (capitals && i + 1 < value.length() && MOTION_NUMBER_JOINERS.indexOf(value.charAt(i)) >= 0
        && Character.isDigit(value.codePointAt(i + 1))) {
      i++; // a code of capital letters joined to the digits by a hyphen: D-013
    } else if (capitals) {
      i = afterBracketedYear(value, i); // a code of capital letters and the year: B(2024)230
    }
    boolean digitBefore = false;
    while (i < value.length()) {
      int c = value.codePointAt(i);
      if (Character.isDigit(c)) {
        digitBefore = true;
      } else if (digitBefore && Chars.isAsciiLetter(c) && seriesLetters(value, i) > 0) {
        i += seriesLetters(value, i); // 8E020: the letters of a series between digits
        continue;
      } else if (!(digitBefore && MOTION_NUMBER_JOINERS.indexOf(c) >= 0
          && i + 1 < value.length() && Character.isDigit(value.codePointAt(i + 1)))) {
        throw new MalformedValueException(field, value, i, "an item number is digits after an"
            + " optional prefix (241, 009, 温36, 2021-24), not '" + Checks.printable(c) + "'");
      }
      i += Character.charCount(c);
    }
    if (!digitBefore) {
      throw new MalformedValueException(field, value, i,
          "an item number has digits (241, 009, 温36)");
    }
  }

  /**
   * The index after a year of four digits in brackets at {@code i} of {@code value}, followed by
   * a digit (the serial), the brackets a pair as a document number's year has them ({@link
   * DocumentNumber#OPENING}): B(2024)230, B〔2016〕080; else {@code i}.
   */
  private static int afterBracketedYear(String value, int i) {
    int open = i < value.length() ? DocumentNumber.OPENING.indexOf(value.charAt(i)) : -1;
    if (open < 0 || i + 6 >= value.length()
        || value.charAt(i + 5) != DocumentNumber.CLOSING.charAt(open)
        || !Character.isDigit(value.charAt(i + 6))) {
      return i;
    }
    for (int d = i + 1; d <= i + 4; d++) {
      if (!Chars.isAsciiDigit(value.charAt(d))) {
        return i;
      }
    }
    return i + 6;
  }

  /**
   * How many Latin letters from {@code i} of {@code value} name a series between the digits of an
   * item number (8E020: sitting 8, series E, serial 020): at most {@value #MAX_SERIES_LETTERS},
   * followed by a digit; else 0.
   */
  private static int seriesLetters(String value, int i) {
    int j = i;
    while (j < value.length() && Chars.isAsciiLetter(value.charAt(j))) {
      j++;
    }
    return j - i <= MAX_SERIES_LETTERS && j < value.length()
        && Character.isDigit(value.charAt(j)) ? j - i : 0;
  }

  /** The most Latin letters naming a series between the digits of an item number (8E020). */
  private static final int MAX_SERIES_LETTERS = 3;

  /** The hyphens that join the groups of an item number such as 2021-24. */
  private static final String MOTION_NUMBER_JOINERS = "-－‐";

  /** The longest letter prefix of an item number (温36, 建36, 政协A12). */
  static final int MAX_MOTION_NUMBER_PREFIX = 8;

  /** A character for a message: itself when visible, else its code point as U+XXXX. */
  static String printable(int c) {
    int t = Character.getType(c);
    boolean invisible = t == Character.CONTROL || t == Character.FORMAT
        || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
        || t == Character.SURROGATE || t == Character.UNASSIGNED || t == Character.PRIVATE_USE
        || Character.isWhitespace(c);
    return invisible ? String.format("U+%04X", c) : new String(Character.toChars(c));
  }

  /** Lines of an unrecognized block may be blank, but may not contain line breaks. */
  static void singleLine(String field, String value) {
    withinLimit(field, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r') {
        throw new MalformedValueException(field, value, i, "must not contain a line break");
      }
    }
  }
}
