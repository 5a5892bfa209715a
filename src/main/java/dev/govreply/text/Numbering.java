package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.PointStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers that head the parts of a body, as replies print them: each numbering stated once,
 * as the text of a pattern whose one group is the number.
 *
 * <table>
 *   <caption>Numberings of the body</caption>
 *   <tr><th>numbering</th><th>printed</th><th>heads</th></tr>
 *   <tr><td>{@link #MEASURE}</td><td>一、 (also 一. 一．)</td><td>a measure (first level); a
 *       commitment item in a commitments section</td></tr>
 *   <tr><td>{@link #RUN_IN}</td><td>一是</td><td>a run-in point, at the start of a paragraph or
 *       inside it after a clause boundary</td></tr>
 *   <tr><td>{@link #PARENTHESIZED}</td><td>（一） (一)</td><td>a second-level heading</td></tr>
 *   <tr><td>{@link #ARABIC}</td><td>1. 1． 1、, not 1.5</td><td>a third-level heading</td></tr>
 *   <tr><td>{@link #PARENTHESIZED_ARABIC}</td><td>（1） (1)</td><td>a fourth-level heading</td></tr>
 * </table>
 *
 * <p>Chinese numbers are one to three of 一…十 (十二, 二十一); Arabic ones one or two digits,
 * half or full width. No text starts with two numberings: they differ in their first two
 * characters.
 */
enum Numbering {
  /** 一、 (also 一. and 一． as some offices print it): a measure. */
  MEASURE(Text.CHINESE + "[、.．]", PointStyle.ENUMERATED),
  /** 一是: a run-in point. */
  RUN_IN(Text.CHINESE + "是", PointStyle.RUN_IN),
  /** （一） or (一): a second-level heading. */
  PARENTHESIZED("[" + Text.OPEN + "]" + Text.CHINESE + "[）)]", PointStyle.PARENTHESIZED),
  /** 1. 1． 1、 not followed by a digit (1.5亿元 is not a heading): a third-level heading. */
  ARABIC(Text.ARABIC + "[.．、](?![" + Text.ARABIC_DIGITS + "])", PointStyle.ARABIC),
  /** （1） or (1): a fourth-level heading. */
  PARENTHESIZED_ARABIC("[" + Text.OPEN + "]" + Text.ARABIC + "[）)]",
      PointStyle.PARENTHESIZED_ARABIC);

  /** The texts the numberings are made of. */
  private static final class Text {
    /** The numerals a Chinese number is written with. */
    static final String CHINESE_NUMERALS = "一二三四五六七八九十";
    /** The digits an Arabic number is written with, half or full width. */
    static final String ARABIC_DIGITS = "0123456789０１２３４５６７８９";
    /** The brackets a bracketed number opens with. */
    static final String OPEN = "（(";
    /** A Chinese number: one to three of 一…十, as a group. */
    static final String CHINESE = "([" + CHINESE_NUMERALS + "]{1,3})";
    /** An Arabic number: one or two digits, half or full width, as a group. */
    static final String ARABIC = "([" + ARABIC_DIGITS + "]{1,2})";
    /** The characters a number starts with: a numeral, a digit or an opening bracket. */
    static final String FIRST = CHINESE_NUMERALS + ARABIC_DIGITS + OPEN;
    /**
     * What may stand before a run-in point inside a paragraph: the end of a sentence or clause
     * (。；：，！？), a closing bracket or quote, or a space.
     */
    static final String CLAUSE_BOUNDARY = "[。；;：:，,！!？?）)”\\u0020\\u3000]";
  }

  /** The text of this numbering's pattern, with one group: the number. */
  private final String regex;
  /** The style of a point or commitment item numbered so. */
  private final PointStyle style;

  Numbering(String regex, PointStyle style) {
    this.regex = regex;
    this.style = style;
  }

  /** The style of a point or commitment item numbered so ({@code ENUMERATED} for 一、). */
  PointStyle style() {
    return style;
  }

  private static final Numbering[] ALL = values();

  /** Any numbering: group {@code i + 1} is the number of {@code ALL[i]}. */
  private static final Pattern ANY = any();

  private static Pattern any() {
    StringBuilder sb = new StringBuilder();
    for (Numbering n : ALL) {
      sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(n.regex).append(')');
    }
    return Pattern.compile(sb.toString());
  }

  /** The character every run-in number ends with: 一是, 二是. */
  private static final char RUN_IN_END = '是';

  /**
   * A run-in point after a clause boundary, inside a paragraph (…；二是…), matched at its 是 and
   * read backwards ({@code (?<=…)}): the number (group 1) and the boundary before it.
   */
  private static final Pattern RUN_IN_AFTER_BOUNDARY = Pattern.compile(
      RUN_IN_END + "(?<=" + Text.CLAUSE_BOUNDARY + RUN_IN.regex + ")");

  /**
   * A number found in a text: its numbering, its value (at least 1; a number that cannot be read,
   * such as 十十, counts as 1), and where it starts and ends (after its 、 是 or bracket).
   */
  record Number(Numbering numbering, int value, int start, int end) {
    /** Whether this number heads a paragraph: 一、, （一）, 1. or （1）, not a run-in 一是. */
    boolean headsParagraph() {
      return numbering != RUN_IN;
    }
  }

  /**
   * The number that {@code t} starts with at {@code at}, or null.
   *
   * @param ctx the read, whose matcher is used
   * @param t a paragraph or a line
   * @param at where the number would start
   */
  static Number at(ReadContext ctx, CharSequence t, int at) {
    return startsNumber(t, at) ? at(ctx.matcher(ANY, t), t, at) : null;
  }

  /** Whether a number may start at {@code at} of {@code t}: its first char starts one. */
  private static boolean startsNumber(CharSequence t, int at) {
    return at < t.length() && Text.FIRST.indexOf(t.charAt(at)) >= 0;
  }

  private static Number at(Matcher m, CharSequence t, int at) {
    m.region(at, t.length());
    if (!m.lookingAt()) {
      return null;
    }
    for (int i = 0; i < ALL.length; i++) {
      if (m.start(i + 1) >= 0) {
        return new Number(ALL[i], value(t, m.start(i + 1), m.end(i + 1)), at, m.end());
      }
    }
    throw new AssertionError("a numbering matched without its number: " + t);
  }

  /** Whether {@code t} starts with a number of any numbering, a run-in point's (一是) too. */
  static boolean startsWithNumber(CharSequence t) {
    return startsNumber(t, 0) && at(ANY.matcher(t), t, 0) != null;
  }

  /**
   * Whether {@code t} starts with the number of a heading: 一、, （一）, 1. or （1）; a run-in point
   * 一是 heads no paragraph of its own.
   */
  static boolean startsWithHeadingNumber(CharSequence t) {
    Number n = startsNumber(t, 0) ? at(ANY.matcher(t), t, 0) : null;
    return n != null && n.headsParagraph();
  }

  /**
   * The run-in point numbered {@code value} ({@code 二是} for 2) that follows a clause boundary
   * in {@code p} at or after {@code from}, or null. Other run-in numbers are passed over: 统一是
   * is no point, nor is 三是 where 二是 is looked for. Each 是 of the paragraph is a place where
   * a run-in number may end.
   */
  static Number runInAfterBoundary(ReadContext ctx, Para p, int from, int value) {
    Matcher m = ctx.matcher(RUN_IN_AFTER_BOUNDARY, p);
    m.useTransparentBounds(true); // the number and the boundary stand before the 是
    for (int k = p.indexOf(RUN_IN_END, from); k >= 0; k = p.indexOf(RUN_IN_END, k + 1)) {
      m.region(k, p.length());
      if (m.lookingAt() && m.start(1) >= from && value(p, m.start(1), m.end(1)) == value) {
        return new Number(RUN_IN, value, m.start(1), m.end());
      }
    }
    return null;
  }

  /**
   * The measure's number {@code value}、 in {@code p} at or after {@code from}, {@code p} being a
   * measure that starts with the number before it, that stands after a full stop (。！？) and a
   * blank, or null: the next measure of a capture that flattened the letter's lines into one
   * (一、基本现状 …暂不对外开放。 二、办理情况 在收到建议后…). A numeral right after it makes it no
   * measure's (。 二、三季度将…: two or three), nor does a list after a semicolon (…； 二、民办…).
   *
   * <p>In the text an opening ran on into on its line ({@code ranTogether}: a record's cell that
   * holds the whole reply, …现答复如下:一、…投入使用。二、市桥…) no blank need stand after the full
   * stop, unless the paragraph's own list restarted at 一、 before the number (…三点意见：一、…。二、…)
   * or the number stands in quotes or brackets opened after {@code from} and not closed
   * (您提出：“一、…。二、…”): a list of the paragraph's own.
   */
  static Number measureAfterSentence(ReadContext ctx, Para p, int from, int value,
      boolean ranTogether) {
    int open = 0; // the quotes and brackets opened from `from` on and not closed
    boolean restarted = false; // a list of the paragraph's own numbered from 一、 again
    // every position of a text run together; else only the blanks, where a number may follow
    int i = ranTogether ? Math.max(from, 1) : p.nextBlank(Math.max(from, 1));
    while (i < p.length()) {
      char c = p.charAt(i - 1);
      if (ranTogether) { // what stands before the number: a list's quotes or its restart
        if (OPENERS.indexOf(c) >= 0) {
          open++;
        } else if (CLOSERS.indexOf(c) >= 0 && open > 0) {
          open--;
        } else if (c == FIRST_MEASURE && p.charAt(i) == MEASURE_MARK
            && (i < 2 || !ChineseNumerals.isNumeralChar(p.charAt(i - 2)))) {
          restarted = true;
        }
      }
      int e = p.skipBlanks(i, p.length());
      if (FULL_STOPS.indexOf(c) >= 0 && (e > i || open == 0 && !restarted)) {
        Number n = at(ctx, p, e);
        if (n != null && n.numbering() == MEASURE && n.value() == value
            && (n.end() == p.length() || !ChineseNumerals.isNumeralChar(p.charAt(n.end())))) {
          return n;
        }
      }
      i = ranTogether ? i + 1 : p.nextBlank(e);
    }
    return null;
  }

  /** The quotes and brackets a list of the paragraph's own may stand in: “…”, 《…》, （…）. */
  private static final String OPENERS = "“《（(「『‘";

  /** The marks that close {@link #OPENERS}. */
  private static final String CLOSERS = "”》）)」』’";

  /** The first measure's numeral and the mark after it: 一、. */
  private static final char FIRST_MEASURE = '一';

  /** The mark after a measure's numeral. */
  private static final char MEASURE_MARK = '、';

  /**
   * The number after {@code n} in its numbering ({@code 2.} after {@code 1.}, {@code （2）} after
   * {@code （1）}) that starts a clause in {@code p} after {@code from}, after a sentence's or a
   * clause's end (。！？；), or null: the next point of a line that runs its points on (1.基本医疗的收入;
   * 2.开展…;3.国家…); none when a list of the point's own, numbered so from 1 again, comes first.
   */
  static Number nextAfterClause(ReadContext ctx, Para p, int from, Number n) {
    for (int i = Math.max(from, 0); i < p.length(); i++) {
      char c = p.charAt(i);
      boolean end = FULL_STOPS.indexOf(c) >= 0 || c == '；' || c == ';';
      Number next = end || c == '：' || c == ':' ? at(ctx, p, p.skipBlanks(i + 1, p.length())) : null;
      if (next != null && next.numbering() == n.numbering()) {
        if (next.value() <= n.value()) {
          return null; // a list of its own inside the point: 补助分为两档：1.…；2.…
        }
        if (end && next.value() == n.value() + 1) {
          return next;
        }
      }
    }
    return null;
  }

  /** The marks that end a sentence: a measure or a point run on after one starts there. */
  private static final String FULL_STOPS = "。！？!?";

  /** The value of the number {@code t[from, to)}: at least 1, and 1 when it cannot be read. */
  private static int value(CharSequence t, int from, int to) {
    try {
      return Math.max(1, ChineseNumerals.parse(t.subSequence(from, to)));
    } catch (RuntimeException e) {
      return 1;
    }
  }
}
