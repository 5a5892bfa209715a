package dev.govreply.text;

import dev.govreply.internal.CharSet;
import dev.govreply.internal.Chars;
import java.util.regex.Matcher;

/**
 * Text helpers of the reader beyond the character facts of {@link Chars}: layout spaces, pattern
 * search from chosen start indices, sentence punctuation.
 */
final class TextNorm {
  private TextNorm() {}

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
      if (!Chars.isBlank(c)) {
        sb.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < n && Chars.isBlank(s.charAt(j))) {
        j++;
      }
      if (sb.length() > 0 && j < n && !Chars.isCjk(sb.charAt(sb.length() - 1))
          && !Chars.isCjk(s.charAt(j))) {
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

  /**
   * The marks that end a sentence, printed full-width or not: a line with one holds a sentence,
   * which no signature or line of contacts is.
   */
  static final CharSet SENTENCE_ENDS = CharSet.of("。！？!?");

  /** True when {@code c} (a key char) is sentence punctuation that a heading or name never has. */
  static boolean isSentencePunct(char c) {
    return c == '。' || c == ',' || c == ';' || c == '!' || c == '?' || c == '、';
  }
}
