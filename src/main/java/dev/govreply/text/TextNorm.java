package dev.govreply.text;

import java.util.regex.Matcher;

/**
 * Character-level normalisation used for matching layout patterns. {@link #key(String)} maps a
 * text char by char (so indices stay aligned with the original): full-width ASCII forms to ASCII
 * (：→:, （→(, Ｂ→B, ０→0), ideographic and no-break spaces to a space, and the traditional
 * characters that occur in layout words to their simplified forms (負責→负责, 會議→会议, 號→号). Values
 * are always taken from the original text at the same indices, so text stays as printed.
 */
final class TextNorm {
  private TextNorm() {}

  private static final String TRAD =
      "關於對屆會議號復覆員辦負責聯繫係電話類別簽發領導協請開動廳處隊區縣題見傳郵編單經務結與們組團體機"
          + "辭稱發揮達屬廣東陝廈門湯鄉鎮長縣庫檔數據";
  private static final String SIMP =
      "关于对届会议号复复员办负责联系系电话类别签发领导协请开动厅处队区县题见传邮编单经务结与们组团体机"
          + "辞称发挥达属广东陕厦门汤乡镇长县库档数据";

  private static final char[] MAP = new char[0x10000];

  static {
    for (int c = 0; c < MAP.length; c++) {
      MAP[c] = (char) c;
    }
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      MAP[c] = (char) (c - 0xFEE0);
    }
    MAP[0x3000] = ' ';
    MAP[0x00A0] = ' ';
    MAP[0x2002] = ' ';
    MAP[0x2003] = ' ';
    MAP[0x2009] = ' ';
    MAP[0x200B] = ' ';
    MAP[0xFEFF] = ' ';
    MAP['○'] = '〇';
    for (int i = 0; i < TRAD.length() && i < SIMP.length(); i++) {
      MAP[TRAD.charAt(i)] = SIMP.charAt(i);
    }
  }

  /** The matching key of {@code s}: same length, char-wise normalised. */
  static String key(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = MAP[s.charAt(i)];
    }
    return new String(out);
  }

  /** The matching key of one character. */
  static char key(char c) {
    return MAP[c];
  }

  /** Whitespace as layout uses it: incl. U+3000, no-break spaces, BOM and zero-width space. */
  static boolean isBlankChar(char c) {
    return BodyScan.blank(c); // the same definition, with fast paths for common chars
  }

  /** True when {@code s} holds only {@linkplain #isBlankChar(char) blank} characters. */
  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isBlankChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The number of non-blank characters of {@code s}, counting at most {@code cap + 1}. */
  static int weight(String s, int cap) {
    int w = 0;
    for (int i = 0; i < s.length() && w <= cap; i++) {
      if (!isBlankChar(s.charAt(i))) {
        w++;
      }
    }
    return w;
  }

  /**
   * Whether {@code s} has at most {@code cap} non-blank characters: {@code weight(s, cap) <= cap},
   * without counting when the text is no longer than that.
   */
  static boolean weightAtMost(String s, int cap) {
    return s.length() <= cap || weight(s, cap) <= cap;
  }

  /** {@code s} without blank characters. */
  static String removeBlanks(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isBlankChar(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code s} stripped of leading and trailing blank characters. */
  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isBlankChar(s.charAt(a))) {
      a++;
    }
    while (b > a && isBlankChar(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** Index of the first non-blank character at or after {@code from}, or the length. */
  static int skipBlanks(String s, int from) {
    int i = from;
    while (i < s.length() && isBlankChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** True for a CJK ideograph (incl. extension A and compatibility ideographs) or 〇. */
  static boolean isHan(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0xF900 && c <= 0xFAFF) || c == '〇';
  }

  /** True for CJK ideographs and CJK/full-width punctuation. */
  static boolean isCjk(char c) {
    return isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
        || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
  }

  /**
   * {@code s} with layout spaces removed: whitespace runs next to a CJK character go, runs
   * between two Latin words become one space; leading and trailing whitespace goes.
   */
  static String removeLayoutSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!isBlankChar(c)) {
        sb.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < n && isBlankChar(s.charAt(j))) {
        j++;
      }
      if (sb.length() > 0 && j < n && !isCjk(sb.charAt(sb.length() - 1))
          && !isCjk(s.charAt(j))) {
        sb.append(' ');
      }
      i = j;
    }
    return sb.toString();
  }

  /** Which indices of a string a pattern's match may start at. */
  @FunctionalInterface
  interface Starts {
    boolean test(String s, int i);
  }

  /**
   * {@code m.find()} from {@code from}, trying only the indices that {@code starts} allows: the
   * same first match when {@code starts} allows every index where a match of {@code m}'s pattern
   * can start (a superset is fine). Each allowed index is tried with {@code lookingAt} over the
   * rest of the input with transparent, non-anchoring bounds, which is exactly the attempt
   * {@code find} makes there (no pattern here matches a lone low surrogate, which is the only
   * index {@code find} may skip). The matcher's groups are then those of the match; returns
   * false when there is none.
   */
  static boolean find(Matcher m, String s, int from, Starts starts) {
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    for (int i = from, n = s.length(); i < n; i++) {
      if (starts.test(s, i)) {
        m.region(i, n);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Regex {@code \s}: {@code [ \t\n\x0B\f\r]}. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** True when {@code c} (a key char) is sentence punctuation that a heading or name never has. */
  static boolean isSentencePunct(char c) {
    return c == '。' || c == ',' || c == ';' || c == '!' || c == '?' || c == '、';
  }
}
