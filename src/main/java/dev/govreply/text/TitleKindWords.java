package dev.govreply.text;

import java.util.regex.Matcher;

/**
 * Where a kind word (建议, 提案, 议案) stands in a reply's title, as {@link MotionCitation#fromTitle}
 * weighs it: a word of another name of the same item (第8号议案(建议)), a word of a title the reply's
 * title quotes (《…的建议》), or a word of the item's own title in brackets after the citation of
 * its number (第157号提案(王东洋委员关于…的建议)): none of them names the kind as the citation
 * itself does. Positions are in the compact key of the title.
 */
final class TitleKindWords {
  private TitleKindWords() {}

  /**
   * Whether the kind word at {@code k[start, end)} is in brackets right after another kind word:
   * 第8号议案(建议) is a 议案, also called a 建议.
   */
  static boolean bracketedAfterKind(String k, int start, int end) {
    if (start < 1 || end >= k.length() || k.charAt(start - 1) != '(' || k.charAt(end) != ')') {
      return false;
    }
    return kindEndsAt(k, start - 1);
  }

  /**
   * Whether index {@code at} of {@code k} stands inside a pair of 《》 opened at or after {@code
   * from} and closed after {@code at}: a kind word there is a word of a cited title, which gives
   * the kind only as the end of an item's own title does.
   */
  static boolean inBookQuotes(String k, int from, int at) {
    int depth = 0;
    for (int i = from; i < at; i++) {
      char c = k.charAt(i);
      depth += c == '《' ? 1 : c == '》' && depth > 0 ? -1 : 0;
    }
    return depth > 0 && k.indexOf('》', at) >= 0;
  }

  /**
   * Whether index {@code at} of {@code k} stands inside round brackets opened right after a kind
   * word (…第157号提案(…), closed after {@code at}, that hold a 关于 phrase before it: the item's own
   * title, perhaps after who raised it (王东洋委员关于取缔…的建议), whose last word is no kind the
   * citation names.
   */
  static boolean inItemsOwnTitle(String k, int at) {
    int open = k.lastIndexOf('(', at);
    if (open < 1 || k.indexOf(')', open) < at || k.lastIndexOf(')', at) > open
        || !kindEndsAt(k, open)) {
      return false;
    }
    int about = k.indexOf("关于", open);
    return about > open && about < at;
  }

  /** Whether a kind word of {@link MotionCitation#KIND} ends at index {@code end} of {@code k}. */
  private static boolean kindEndsAt(String k, int end) {
    Matcher before = MotionCitation.KIND.matcher(k).region(0, end);
    while (before.find()) {
      if (before.end() == end) {
        return true;
      }
    }
    return false;
  }
}
