package dev.govreply.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts about characters that the model, the text reader and the record mapper share, each
 * defined once: what a blank is, how a traditional character reads in simplified form, and the
 * matching key of a text.
 *
 * <ul>
 *   <li>A <em>blank</em> is white space as captured documents have it: Unicode white space
 *       ({@link Character#isWhitespace}, {@link Character#isSpaceChar}: ASCII spaces and controls
 *       such as TAB and LF, U+3000 ideographic space, U+00A0 no-break space, U+2000–U+200A) and
 *       the invisible U+FEFF (byte order mark) and U+200B (zero-width space).
 *   <li>{@link #simplified(char)} reads a traditional character (負責 → 负责, 會議 → 会议, 號 → 号,
 *       內 → 内) as simplified, so that one pattern matches both: the Unicode Han database's
 *       simplified variants of the characters no simplified text writes, and the traditional
 *       characters of replies it leaves out (於, 後, 復, 覆; {@link TraditionalChars}). Values are
 *       always taken from the original text.
 *   <li>The <em>key</em> of a character ({@link #key(char)}) is what patterns are matched
 *       against: full-width ASCII forms as ASCII (：→ :, （ → (, Ｂ → B, ０ → 0), every blank as a
 *       space, ○ and the look-alike capitals Greek Ο and Cyrillic О as 〇 (二ΟΟ七年), and the
 *       simplified form. A key has the length of its text, so that positions in it are positions
 *       in the text.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Chars {
  private Chars() {}

  private static final char[] KEY = new char[Character.MAX_VALUE + 1];
  private static final char[] SIMPLE = new char[Character.MAX_VALUE + 1];
  private static final boolean[] BLANK = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      BLANK[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF'
          || c == '\u200B';
      SIMPLE[c] = (char) c;
    }
    TraditionalChars.fill(SIMPLE);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char k = SIMPLE[c];
      if (c >= 0xFF01 && c <= 0xFF5E) {
        k = (char) (c - 0xFEE0);
      } else if (BLANK[c]) {
        k = ' ';
      } else if (c == '○' || c == 'Ο' || c == 'О') { // a circle, Greek Ο or Cyrillic О for 〇
        k = '〇';
      }
      KEY[c] = k;
    }
  }

  /**
   * The characters a published page masks a person's name or phone with (许**, ***, xx委员, 138****
   * 5678): kept as printed.
   */
  public static final String MASKS = "*×xX";

  /**
   * Whether {@code s} is masked whole: only {@linkplain #MASKS mask} characters (***, xx), so that
   * it may hide more than one name.
   *
   * @param s a name as printed
   * @return true when every character is a mask character (and there is one)
   */
  public static boolean isMaskedWhole(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (MASKS.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code c} is a blank (see the class description).
   *
   * @param c a character
   * @return true for white space, U+FEFF and U+200B
   */
  public static boolean isBlank(char c) {
    return BLANK[c];
  }

  /**
   * Whether {@code s} holds only blanks (or nothing).
   *
   * @param s a text
   * @return true when every character is a blank
   */
  public static boolean isBlank(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (!BLANK[s.charAt(i)]) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code s} without its blanks; {@code s} itself when it has none.
   *
   * @param s a text
   * @return the text without blanks
   */
  public static String removeBlanks(CharSequence s) {
    int n = s.length();
    int i = 0;
    while (i < n && !BLANK[s.charAt(i)]) {
      i++;
    }
    if (i == n) {
      return s.toString();
    }
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!BLANK[c]) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * {@code s} without leading and trailing blanks.
   *
   * @param s a text
   * @return the stripped text
   */
  public static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && BLANK[s.charAt(a)]) {
      a++;
    }
    while (b > a && BLANK[s.charAt(b - 1)]) {
      b--;
    }
    return s.substring(a, b);
  }

  /**
   * The runs of characters that are not blanks, in order: {@code 市督查局 市政协提案委} gives two.
   *
   * @param s a text
   * @return the runs, none for a blank text
   */
  public static List<String> runs(String s) {
    List<String> out = new ArrayList<>(2);
    for (int i = skipBlanks(s, 0); i < s.length(); ) {
      int end = i;
      while (end < s.length() && !BLANK[s.charAt(end)]) {
        end++;
      }
      out.add(s.substring(i, end));
      i = skipBlanks(s, end);
    }
    return out;
  }

  /**
   * The index of the first character at or after {@code from} that is not a blank, or the length.
   *
   * @param s a text
   * @param from where to start
   * @return the index
   */
  public static int skipBlanks(CharSequence s, int from) {
    int i = from;
    while (i < s.length() && BLANK[s.charAt(i)]) {
      i++;
    }
    return i;
  }

  /**
   * The number of characters of {@code s} that are not blanks, counting at most {@code cap + 1}.
   *
   * @param s a text
   * @param cap where counting may stop
   * @return the count, or a number above {@code cap}
   */
  public static int weight(CharSequence s, int cap) {
    int w = 0;
    for (int i = 0, n = s.length(); i < n && w <= cap; i++) {
      if (!BLANK[s.charAt(i)]) {
        w++;
      }
    }
    return w;
  }

  /**
   * Whether every character of {@code part} stands in {@code whole} in the same order, others
   * perhaps between them: 市十届人大次会议 in 市十一届人大一次会议, 住建局 in 住房和城乡建设局.
   *
   * @param part the characters looked for
   * @param whole the text
   * @return true when {@code part} is {@code whole} with characters left out (or all of it)
   */
  public static boolean inOrderIn(String part, String whole) {
    int at = 0;
    for (int i = 0; i < part.length(); i++) {
      at = whole.indexOf(part.charAt(i), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }

  /**
   * Whether {@code s} holds one of the characters of {@code chars}.
   *
   * @param s a text
   * @param chars the characters looked for
   * @return true when one of them is in the text
   */
  public static boolean hasAny(String s, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (s.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number of ASCII digits ({@code 0-9}, regex {@code \\d}) in {@code s}, counted up to
   * {@code cap}: a key's digits, since a key has full-width digits in ASCII.
   *
   * @param s a text
   * @param cap where counting stops
   * @return the number of digits, at most {@code cap}
   */
  public static int digits(CharSequence s, int cap) {
    int d = 0;
    for (int i = 0, n = s.length(); i < n && d < cap; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        d++;
      }
    }
    return d;
  }

  /**
   * Whether {@code s} has at most {@code cap} characters that are not blanks.
   *
   * @param s a text
   * @param cap the most allowed
   * @return true when the text is that short
   */
  public static boolean weightAtMost(CharSequence s, int cap) {
    return s.length() <= cap || weight(s, cap) <= cap;
  }

  /**
   * {@code c} in simplified form when it is a traditional character (號 → 号), else {@code c}.
   *
   * @param c a character
   * @return the simplified form
   */
  public static char simplified(char c) {
    return SIMPLE[c];
  }

  /**
   * {@code s} with its traditional characters in simplified form; {@code s} itself when it has
   * none.
   *
   * @param s a text
   * @return the text, as long as {@code s}
   */
  public static String simplified(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && SIMPLE[s.charAt(i)] == s.charAt(i)) {
      i++;
    }
    if (i == n) {
      return s;
    }
    char[] a = s.toCharArray();
    for (; i < n; i++) {
      a[i] = SIMPLE[a[i]];
    }
    return new String(a);
  }

  /**
   * The matching key of {@code c} (see the class description).
   *
   * @param c a character
   * @return its key
   */
  public static char key(char c) {
    return KEY[c];
  }

  /**
   * The matching key of {@code s}: each character's {@linkplain #key(char) key}, so the key is
   * as long as the text.
   *
   * @param s a text
   * @return the key
   */
  public static String key(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = KEY[s.charAt(i)];
    }
    return new String(out);
  }

  /**
   * The characters of {@link #isHan} as the body of a regular expression's character class:
   * {@code "[" + HAN + "]"}.
   */
  public static final String HAN = "\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF〇";

  /**
   * Whether {@code c} is a CJK ideograph (the unified block, extension A, compatibility
   * ideographs) or 〇. Not the CJK or Kangxi radicals that text taken from a PDF may print for an
   * ideograph (⽂ for 文): the model's names take letters only, and a radical is a symbol to
   * Unicode. Ideographs beyond the Basic Multilingual Plane (extension B on, 𠮷) are two chars in
   * Java and not Han to this test either.
   *
   * @param c a character
   * @return true for a Han character
   */
  public static boolean isHan(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0xF900 && c <= 0xFAFF) || c == '〇';
  }

  /** The quotation marks of a Chinese text, double and single, full and half width. */
  private static final CharSet QUOTATION_MARKS = CharSet.of("“”‘’\"'「」『』");

  /**
   * {@code s} without its quotation marks (“”‘’"'「」『』): a wording compared with the same wording
   * quoted otherwise (“在我市开展‘倡导文明祭祀’” beside 在我市开展"倡导文明祭祀").
   *
   * @param s a text
   * @return its characters other than quotation marks, in their order
   */
  public static String withoutQuotationMarks(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!QUOTATION_MARKS.contains(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /**
   * The Han characters of {@code s} alone, in their order ({@link #isHan}): a wording without its
   * punctuation and brackets.
   *
   * @param s a text
   * @return its Han characters
   */
  public static String hanOnly(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (isHan(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /** Brackets that may set a value apart on a line, each before its closer in {@link #CLOSERS}. */
  private static final String OPENERS = "(（[【";

  /** The closer of each of {@link #OPENERS}, at the same index. */
  private static final String CLOSERS = ")）]】";

  /**
   * The bracket that closes the opening bracket {@code c} (round, full-width round, square or
   * lenticular: ( （ [ 【), or 0 when {@code c} is none of those.
   *
   * @param c a character
   * @return its closing bracket, or 0
   */
  public static char closingBracket(char c) {
    int i = OPENERS.indexOf(c);
    return i < 0 ? 0 : CLOSERS.charAt(i);
  }

  /**
   * Whether {@code c} is an ASCII digit, 0 to 9 (not a full-width or other script's digit).
   *
   * @param c a character
   * @return true for 0–9
   */
  public static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether {@code c} is a Latin letter of ASCII, A to Z or a to z.
   *
   * @param c a character
   * @return true for A–Z and a–z
   */
  public static boolean isAsciiLetter(int c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  /**
   * Whether {@code c} is a Han character or CJK / full-width punctuation (including “”‘’—…·).
   *
   * @param c a character
   * @return true for CJK text
   */
  public static boolean isCjk(char c) {
    return isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
        || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
  }
}
