package dev.govreply.model;

import dev.govreply.internal.Chars;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The session (会议) at which a motion was raised: a numbered annual meeting of a term (届) of a
 * people's congress (人民代表大会, 人大) or of a CPPCC committee (政治协商会议, 政协), e.g.
 * {@code 岳阳市九届人大四次会议} (4th session of the 9th Yueyang Municipal People's Congress) or
 * {@code 政协南华县第九届委员会第三次会议} (3rd session of the 9th Nanhua County CPPCC Committee).
 *
 * <p>A reply may cite the session without naming its assembly, where the member it answers knows
 * it ({@code 你在区十五届三次会议上提出的}): such a session names its place, term and meeting, and
 * its {@link #assembly()} is empty.
 *
 * <p>The value is the text as printed, with whitespace removed; equality, hash code and
 * {@link #toString()} use that text only. The components — {@link #assembly()}, {@link #region()},
 * {@link #term()} and {@link #meeting()} — are read from it when it is parsed. Traditional forms
 * (屆, 會議, 政協, 人民代表大會) are read too; numerals may be Chinese or Arabic (see
 * {@link ChineseNumerals}).
 *
 * <pre>{@code
 * Session s = Session.parse("平江县第十八届人民代表大会第三次会议");
 * s.assembly(); // PEOPLES_CONGRESS
 * s.region();   // Optional[平江县]
 * s.term();     // OptionalInt[18]
 * s.meeting();  // OptionalInt[3]
 * Session.parse("政协十届三次会议").region(); // Optional.empty
 * Session.parse("十四届全国人大一次会议").region(); // Optional[全国]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; compare them with {@link #equals(Object)}.
 * {@code parse(s.toString()).equals(s)} holds for every instance.
 */
public final class Session {
  /** The kind of assembly that holds the session. */
  public enum Assembly {
    /** A people's congress (人民代表大会, 人大); its members are deputies (代表). */
    PEOPLES_CONGRESS("人大"),
    /** A committee of the Chinese People's Political Consultative Conference (政协); members (委员). */
    CPPCC("政协");

    private final String chinese;

    Assembly(String chinese) {
      this.chinese = chinese;
    }

    /**
     * The short Chinese name: 人大 or 政协.
     *
     * @return the name
     */
    public String chinese() {
      return chinese;
    }
  }

  private static final String FIELD = "session";

  /**
   * A session that names no assembly, whitespace removed: a place (a name ending in 省, 市, 县, 区,
   * 州, 旗 or 盟, or that word alone), a term, perhaps the assembly's 委员会 or 大会 (not a
   * standing committee's, 常委会), and a meeting: 区十五届三次会议, 昌宁县第十届委员会第二次会议,
   * 元江县十八届人民大会第三次会议. Not a party's, a union's or a village's meeting (县委十四届三次会议,
   * 村二届三次会议), nor a term and meeting alone, whose place may have been lost (四届一次会议).
   */
  private static final Pattern UNNAMED = Pattern.compile(
      "[\\p{IsHan}&&[^委党团职村妇协会常]]{0,12}[省市县縣区區州旗盟]"
          + "第?[〇零一二三四五六七八九十百\\d０-９]{1,4}[届屆]"
          + "(?:委员会|委員會|人民大会|人民大會|大会|大會)?"
          + "第?[〇零一二三四五六七八九十百\\d０-９]{1,4}次(?:会议|會議)");

  /** Keywords naming an assembly; at one position the longest match wins. */
  private static final String[] PC_KEYWORDS = {"人民代表大会", "人民代表大會", "人大"};

  private static final String[] CPPCC_KEYWORDS = {"中国人民政治协商会议", "中國人民政治協商會議",
      "政治协商会议", "政治協商會議", "政治协商", "政治協商", "政协", "政協"};

  /** The punctuation between clauses and sentences, which no session's name holds. */
  private static final String CLAUSE_PUNCTUATION = ",，。;；:：!！?？、";

  /** Words around the numbers that are not part of a region. */
  private static final String[] FILLERS = {"常务委员会", "常務委員會", "常委会", "常委會", "委员会", "委員會",
      "会议", "會議", "第"};

  private final String text;
  private final Assembly assembly;
  private final String region; // null when absent
  private final int term; // -1 when absent
  private final int meeting; // -1 when absent

  private Session(String text, Assembly assembly, String region, int term, int meeting) {
    this.text = text;
    this.assembly = assembly;
    this.region = region;
    this.term = term;
    this.meeting = meeting;
  }

  /**
   * The session printed as {@code text}; the same as {@link #parse(CharSequence)}.
   *
   * @param text the session as printed, e.g. {@code 岳阳市九届人大四次会议}
   * @return the session
   * @throws MalformedValueException (field {@code session}) as for {@link #parse(CharSequence)}
   * @throws NullPointerException when {@code text} is null
   */
  public static Session of(String text) {
    return parse(text);
  }

  /**
   * Reads a session as printed, e.g. {@code 岳阳市九届人大四次会议}, {@code 省十二届人大七次会议},
   * {@code 政协南华县第九届委员会第三次会议}, {@code 岳阳市政协八届四次会议}, {@code 十四届全国人大一次会议}.
   *
   * <p>The assembly is recognised by 人大 or 人民代表大会 (people's congress) and by 政协, 政治协商 or
   * 中国人民政治协商会议 (CPPCC); a text that names neither is a session when it is a place, a
   * term and a meeting ({@code 区十五届三次会议}, {@code 昌宁县第十届委员会第二次会议}), its assembly not
   * known. The term is the numeral before the first 届 (an optional 第 before
   * it), the meeting the numeral before the next 次; a numeral a form's blank holds in brackets
   * counts as printed without them ({@code 重庆市渝中区第(十九)届人民代表大会第(三)次会议}). The region is the first text outside these
   * parts and the words 第, 委员会, 常委会 and 会议: what precedes them (岳阳市, 省, 区), or what lies
   * between them (政协<em>南华县</em>第九届, 十四届<em>全国</em>人大).
   *
   * @param text the session as printed, without surrounding text such as 关于对 or 第241号
   * @return the session, keeping the text without whitespace
   * @throws MalformedValueException (field {@code session}) when the text is empty, holds
   *     punctuation between clauses (， 。 ； ： 、 ! ?), names both assemblies, or neither and
   *     is not a place, a term and a meeting alone (岳阳市会议, 县委十四届三次会议), has a
   *     malformed or zero term or meeting numeral, a meeting without its numeral (人大次会议), a 第
   *     without the numeral it prefixes (第届, 第次会议, 第会议: lost in capture) or a numeral right
   *     before the meeting's that is no year (第十六第一次会议: 届 lost in capture; not
   *     县人大常委会2023第一次会议)
   * @throws NullPointerException when {@code text} is null
   */
  public static Session parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int[] map = new int[text.length() + 1];
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (CLAUSE_PUNCTUATION.indexOf(c) >= 0) {
        throw new MalformedValueException(FIELD, text, i, "a session's name holds no '" + c
            + "': text around the session was taken with it");
      }
      if (!Chars.isBlank(c)) {
        map[sb.length()] = i;
        sb.append(c);
      }
    }
    map[sb.length()] = text.length();
    String s = sb.toString();
    if (s.isEmpty()) {
      throw new MalformedValueException(FIELD, text, -1, "session is empty");
    }

    int[] pc = find(s, PC_KEYWORDS);
    int[] cppcc = find(s, CPPCC_KEYWORDS);
    if (pc != null && cppcc != null) {
      throw new MalformedValueException(FIELD, text, map[Math.max(pc[0], cppcc[0])],
          "session names both a people's congress (人大) and a CPPCC (政协)");
    }
    Assembly assembly = pc != null ? Assembly.PEOPLES_CONGRESS
        : cppcc != null ? Assembly.CPPCC : null;
    int[] kw = pc != null ? pc : cppcc;
    // the same name of the assembly twice (县人大七届人大一次会议) is a misprint, not to be guessed;
    // a short name and the full one (县人大第十七届人民代表大会第四次会议) are not
    int again = kw == null ? -1 : s.indexOf(s.substring(kw[0], kw[1]), kw[1]);
    if (again >= 0) {
      throw new MalformedValueException(FIELD, text, map[again],
          "session names its assembly twice");
    }

    // 第届, 第次会议, 第会议: the ordinal's numeral was lost in capture, not to be guessed
    for (int i = s.indexOf('第'); i >= 0; i = s.indexOf('第', i + 1)) {
      if (i + 1 < s.length()
          && ORDINAL_AFTER_LOST_NUMERAL.indexOf(Chars.key(s.charAt(i + 1))) >= 0) {
        throw new MalformedValueException(FIELD, text, map[i], "第 has no numeral after it");
      }
    }
    int[] term = numbered(s, text, map, "届屆", 0, "term");
    int[] meeting = numbered(s, text, map, "次", term == null ? 0 : term[1], "meeting");
    if (meeting != null) {
      // 第十六第一次会议: a numeral right before the meeting's is a term whose 届 was lost in
      // capture, not to be guessed; a year is none (县人大常委会2023第一次会议)
      int j = meeting[0];
      while (j > 0
          && (ChineseNumerals.isNumeralChar(s.charAt(j - 1)) || digit(s.charAt(j - 1)) >= 0)) {
        j--;
      }
      if (j < meeting[0] && !isYear(s, j, meeting[0])) {
        throw new MalformedValueException(FIELD, text, map[j], "a numeral before the meeting's"
            + " names no term (届)");
      }
    }

    if (assembly == null && !UNNAMED.matcher(s).matches()) {
      throw new MalformedValueException(FIELD, text, -1, "session names neither a people's"
          + " congress (人大) nor a CPPCC (政协), nor a place, a term and its meeting"
          + " (区十五届三次会议)");
    }
    String region = region(s, kw, term, meeting);
    return new Session(s, assembly, region, term == null ? -1 : term[2],
        meeting == null ? -1 : meeting[2]);
  }

  /**
   * What follows a 第 whose numeral was lost (key form): a term's 届, a meeting's 次, or 会 of
   * 会议.
   */
  private static final String ORDINAL_AFTER_LOST_NUMERAL = "届次会";

  /** The earliest keyword occurrence as {start, end}, the longest at that start; or null. */
  private static int[] find(String s, String[] keywords) {
    int[] best = null;
    for (String k : keywords) {
      int at = s.indexOf(k);
      if (at >= 0 && (best == null || at < best[0] || (at == best[0] && at + k.length() > best[1]))) {
        best = new int[] {at, at + k.length()};
      }
    }
    return best;
  }

  /**
   * Finds the first numeral followed by one of {@code suffixes} at or after {@code from}, as
   * {start (incl. 第), end (after the suffix), value}; null when there is none.
   */
  private static int[] numbered(
      String s, CharSequence text, int[] map, String suffixes, int from, String what) {
    for (int i = from; i < s.length(); i++) {
      if (suffixes.indexOf(s.charAt(i)) < 0) {
        continue;
      }
      // a numeral filled into a form's blank in brackets, as printed: 第(十九)届, 第（三）次
      int close = i > from && CLOSING_BRACKETS.indexOf(s.charAt(i - 1)) >= 0 ? i - 1 : i;
      int j = close;
      while (j > from && ChineseNumerals.isNumeralChar(s.charAt(j - 1))) {
        j--;
      }
      if (close < i && (j == close || j == from
          || OPENING_BRACKETS.indexOf(s.charAt(j - 1)) != CLOSING_BRACKETS.indexOf(s.charAt(close)))) {
        j = close = i; // no numeral filled in: a blank left empty (第( )次会议) or other brackets
      }
      if (j == i) {
        if (i + 2 < s.length() && Chars.key(s.charAt(i + 1)) == '会'
            && Chars.key(s.charAt(i + 2)) == '议') {
          // 十届人大次会议 (次會議): the meeting's numeral was lost (capture damage), not to be guessed
          throw new MalformedValueException(FIELD, text, map[i], what + " has no numeral before "
              + s.charAt(i) + "会议");
        }
        continue;
      }
      int value;
      try {
        value = ChineseNumerals.parse(s.substring(j, close));
      } catch (MalformedValueException e) {
        int at = e.index() < 0 ? map[j] : map[j + e.index()];
        throw new MalformedValueException(FIELD, text, at, "malformed " + what + " numeral: "
            + e.reason());
      }
      if (value == 0) {
        throw new MalformedValueException(FIELD, text, map[j], what + " must be at least 1");
      }
      int open = close < i ? j - 1 : j;
      int start = open > from && s.charAt(open - 1) == '第' ? open - 1 : open;
      return new int[] {start, i + 1, value};
    }
    return null;
  }

  /**
   * Whether {@code s[from, to)} is a year printed before a meeting's without 年: four digits, ASCII,
   * full-width or Chinese (2023, ２０２３, 二〇二三), the first two 19 or 20, and no 第 before them
   * (第2023 is an ordinal).
   */
  private static boolean isYear(String s, int from, int to) {
    if (to - from != 4 || from > 0 && s.charAt(from - 1) == '第') {
      return false;
    }
    int[] d = new int[4];
    for (int i = 0; i < 4; i++) {
      d[i] = digit(s.charAt(from + i));
      if (d[i] < 0) {
        return false;
      }
    }
    return d[0] == 1 && d[1] == 9 || d[0] == 2 && d[1] == 0;
  }

  /**
   * The value of a digit of a year (0-9, ０-９, 〇零一…九, and ○ or O typed for 〇: 二○二三), or -1
   * for another character.
   */
  private static int digit(char c) {
    int arabic = ChineseNumerals.arabicDigit(c);
    return arabic >= 0 ? arabic : "〇一二三四五六七八九".indexOf(ZEROS.indexOf(c) >= 0 ? '〇' : c);
  }

  /**
   * The brackets a form prints around a blank that a term's or meeting's numeral fills in (第(十九)届,
   * 第（三）次), each opening one at the index of its closing one.
   */
  private static final String OPENING_BRACKETS = "(（";
  private static final String CLOSING_BRACKETS = ")）";

  /** Characters printed for the zero of a year written in Chinese digits. */
  private static final String ZEROS = "零○OＯ";

  private static String region(String s, int[] kw, int[] term, int[] meeting) {
    // spans sorted by start; the region is the first non-filler gap before the meeting
    int[][] spans = {kw, term, meeting};
    java.util.Arrays.sort(spans, (a, b) -> a == null ? (b == null ? 0 : 1)
        : b == null ? -1 : Integer.compare(a[0], b[0]));
    int pos = 0;
    for (int[] span : spans) {
      if (span == null) {
        break;
      }
      if (span[0] > pos) {
        // a year printed before the session it names (2019年市人大会议) is no part of the region
        String gap = stripFillers(
            LEADING_YEAR.matcher(s.substring(pos, span[0])).replaceFirst(""));
        if (!gap.isEmpty()) {
          return gap;
        }
      }
      if (span == meeting) {
        break;
      }
      pos = Math.max(pos, span[1]);
    }
    return null;
  }

  /** A year at the start of a session's text: 2019年 of 2019年市人大会议. */
  private static final Pattern LEADING_YEAR =
      Pattern.compile("^[0-9０-９]{4}年");

  private static String stripFillers(String gap) {
    boolean changed = true;
    while (changed && !gap.isEmpty()) {
      changed = false;
      for (String f : FILLERS) {
        if (gap.startsWith(f)) {
          gap = gap.substring(f.length());
          changed = true;
        }
        if (gap.endsWith(f)) {
          gap = gap.substring(0, gap.length() - f.length());
          changed = true;
        }
      }
    }
    return gap;
  }

  /**
   * The session as printed, whitespace removed, e.g. {@code 岳阳市九届人大四次会议}.
   *
   * @return the text, never empty
   */
  public String text() {
    return text;
  }

  /**
   * Whether the session is one of a people's congress (人大) or of a CPPCC committee (政协).
   *
   * @return the assembly, or empty when the text names none (区十五届三次会议)
   */
  public Optional<Assembly> assembly() {
    return Optional.ofNullable(assembly);
  }

  /**
   * The region of the assembly as printed: {@code 岳阳市}, {@code 南华县}, {@code 海南省}, or an
   * abbreviation relative to the issuer such as {@code 省}, {@code 市}, {@code 区}; {@code 全国} for
   * the national assembly.
   *
   * @return the region, or empty when the text names none (政协十届三次会议)
   */
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /**
   * The term (届) of the assembly: 9 for 九届 or 第九届.
   *
   * @return the term, at least 1, or empty when the text has none
   */
  public OptionalInt term() {
    return term < 0 ? OptionalInt.empty() : OptionalInt.of(term);
  }

  /**
   * The number of the meeting (次会议) within the term: 4 for 四次会议, 3 for 第三次会议.
   *
   * @return the meeting, at least 1, or empty when the text has none
   */
  public OptionalInt meeting() {
    return meeting < 0 ? OptionalInt.empty() : OptionalInt.of(meeting);
  }

  /**
   * Whether {@code other} is a session with the same text.
   *
   * @param other any object
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Session && text.equals(((Session) other).text));
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the text
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The session as printed, whitespace removed; the same as {@link #text()}.
   *
   * @return the text, which {@link #parse(CharSequence)} reads back to an equal value
   */
  @Override
  public String toString() {
    return text;
  }
}
