package dev.govreply.model;

import dev.govreply.internal.Chars;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The result class (办理结果类别, also 类别 or 办复类别) that the handling body assigns to its reply: a
 * letter A to D, optionally followed by a one-digit sub-class, e.g. {@code A}, {@code B},
 * {@code A2}.
 *
 * <p>There is no national standard: each body defines its own classes. Typical definitions are A
 * 已经解决或基本解决 (solved or basically solved), B 正在解决/部分解决/已列入计划 (being solved, partly
 * solved or planned), C 因条件限制需以后解决 or 留作参考 (to be solved later, kept for reference),
 * and sometimes D 留作参考. Some places (沁阳) write 甲/乙/丙, read here as A/B/C. The meaning of a
 * sub-class such as the 2 in A2 is local and unknown: this value keeps the digit and gives it no
 * meaning.
 *
 * <pre>{@code
 * ResultClass.parse("A2类");          // A2
 * ResultClass.parse(" b ");          // B
 * ResultClass.parse("乙类");          // B
 * ResultClass.parse("Ａ２").subClass(); // OptionalInt[2]
 * ResultClass.of('C').equals(ResultClass.C); // true
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; compare them with {@link #equals(Object)}.
 * {@code parse(c.toString()).equals(c)} holds for every instance.
 */
public final class ResultClass {
  private static final String FIELD = "resultClass";

  /** Class A: typically 已经解决或基本解决 (solved or basically solved). */
  public static final ResultClass A = new ResultClass('A', -1);

  /** Class B: typically 正在解决或列入计划解决 (being solved, or planned). */
  public static final ResultClass B = new ResultClass('B', -1);

  /** Class C: typically 因条件限制需以后解决 or 留作参考 (later, or kept for reference). */
  public static final ResultClass C = new ResultClass('C', -1);

  /** Class D: where used, typically 留作参考 (kept for reference). */
  public static final ResultClass D = new ResultClass('D', -1);

  private final char letter;
  private final int subClass; // -1 when absent

  private ResultClass(char letter, int subClass) {
    this.letter = letter;
    this.subClass = subClass;
  }

  /**
   * The result class of a letter without a sub-class.
   *
   * @param letter {@code 'A'} to {@code 'D'} (upper case)
   * @return {@link #A}, {@link #B}, {@link #C} or {@link #D}
   * @throws MalformedValueException (field {@code resultClass}) for any other letter
   */
  public static ResultClass of(char letter) {
    switch (letter) {
      case 'A':
        return A;
      case 'B':
        return B;
      case 'C':
        return C;
      case 'D':
        return D;
      default:
        throw new MalformedValueException(FIELD, String.valueOf(letter), 0,
            "result class letter must be A, B, C or D");
    }
  }

  /**
   * The result class of a letter and a sub-class digit, e.g. {@code of('A', 2)} for A2.
   *
   * @param letter {@code 'A'} to {@code 'D'} (upper case)
   * @param subClass the sub-class digit, 0 to 9
   * @return the result class
   * @throws MalformedValueException (field {@code resultClass}) for another letter or a sub-class
   *     outside 0 to 9
   */
  public static ResultClass of(char letter, int subClass) {
    ResultClass base = of(letter);
    if (subClass < 0 || subClass > 9) {
      throw new MalformedValueException(FIELD, String.valueOf(letter) + subClass, 1,
          "sub-class must be one digit 0 to 9, got " + subClass);
    }
    return new ResultClass(base.letter, subClass);
  }

  /**
   * Reads a result class as printed: a letter A to D (also lower case and full-width), or 甲/乙/丙/丁
   * for A/B/C/D; then an optional digit (ASCII or full-width); then an optional 类 (or 類).
   * Whitespace is ignored. Examples: {@code A}, {@code A2类}, {@code b类}, {@code Ｂ}, {@code 丙类}.
   *
   * @param text the printed class, without its label (类别:)
   * @return the result class
   * @throws MalformedValueException (field {@code resultClass}) when the text is not a result
   *     class; the index refers to {@code text}
   * @throws NullPointerException when {@code text} is null
   */
  public static ResultClass parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    int i = skipBlanks(text, 0);
    if (i >= n) {
      throw new MalformedValueException(FIELD, text, -1, "result class is empty");
    }
    char letter = letterOf(text.charAt(i));
    if (letter == 0) {
      throw new MalformedValueException(FIELD, text, i,
          "result class must start with A, B, C, D or 甲, 乙, 丙, 丁");
    }
    i = skipBlanks(text, i + 1);
    int sub = -1;
    if (i < n && ChineseNumerals.arabicDigit(text.charAt(i)) >= 0) {
      sub = ChineseNumerals.arabicDigit(text.charAt(i));
      i = skipBlanks(text, i + 1);
    }
    if (i < n && (text.charAt(i) == '类' || text.charAt(i) == '類')) {
      i = skipBlanks(text, i + 1);
    }
    if (i < n) {
      throw new MalformedValueException(FIELD, text, i,
          "unexpected '" + text.charAt(i) + "' in the result class");
    }
    return sub < 0 ? of(letter) : new ResultClass(letter, sub);
  }

  private static char letterOf(char c) {
    if (c >= 'a' && c <= 'd') {
      return (char) (c - 'a' + 'A');
    }
    if (c >= 'A' && c <= 'D') {
      return c;
    }
    if (c >= 'Ａ' && c <= 'Ｄ') {
      return (char) (c - 'Ａ' + 'A');
    }
    if (c >= 'ａ' && c <= 'ｄ') {
      return (char) (c - 'ａ' + 'A');
    }
    switch (c) {
      case '甲':
        return 'A';
      case '乙':
        return 'B';
      case '丙':
        return 'C';
      case '丁':
        return 'D';
      default:
        return 0;
    }
  }

  private static int skipBlanks(CharSequence text, int i) {
    while (i < text.length() && Chars.isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The class letter.
   *
   * @return {@code 'A'}, {@code 'B'}, {@code 'C'} or {@code 'D'}
   */
  public char letter() {
    return letter;
  }

  /**
   * The local sub-class digit, e.g. 2 for A2; its meaning is defined locally and unknown here.
   *
   * @return the digit 0 to 9, or empty when the class has none
   */
  public OptionalInt subClass() {
    return subClass < 0 ? OptionalInt.empty() : OptionalInt.of(subClass);
  }

  /**
   * The same class letter without the sub-class, e.g. A for A2.
   *
   * @return {@link #A}, {@link #B}, {@link #C} or {@link #D}
   */
  public ResultClass withoutSubClass() {
    return of(letter);
  }

  /**
   * Whether {@code other} is a result class with the same letter and sub-class.
   *
   * @param other any object
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ResultClass)) {
      return false;
    }
    ResultClass that = (ResultClass) other;
    return letter == that.letter && subClass == that.subClass;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return letter * 31 + subClass;
  }

  /**
   * The canonical form: the upper-case letter and the sub-class digit if any, e.g. {@code A2},
   * {@code B}; no 类.
   *
   * @return the canonical form, which {@link #parse(CharSequence)} reads back to an equal value
   */
  @Override
  public String toString() {
    return subClass < 0 ? String.valueOf(letter) : String.valueOf(letter) + subClass;
  }
}
