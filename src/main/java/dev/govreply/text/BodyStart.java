package dev.govreply.text;

import dev.govreply.internal.Chars;

/**
 * Where the body of a reply starts in its header: the rule by which the header scan knows a line
 * that reads like body text (a sentence, an address to the reader, a numbered heading).
 */
final class BodyStart {
  private BodyStart() {}

  /**
   * Whether a header line reads like body text. A line reads as a sentence when its key without
   * blanks ({@code removeBlanks(key(text))}) has 。, a comma between clauses or !, or starts with
   * 您, 你, 贵 or 近年 (an address to the reader, a context phrase); such a line is body text
   * anywhere in the header, as is a numbered heading of the body (一、, 1., （一）, （1）, by
   * {@link #numberedHeading}) and a line that ends announcing the answer below it (复文如下:,
   * 现答复如下：; {@link Formulas#answerFollowsEnd}). Once the document has {@code begun} (a title, a line of marks or a salutation has been read),
   * a line longer than 40 characters is body text too: a paragraph that has no punctuation on its
   * first line. Before it, length alone says nothing: the long lines above a document are the
   * web page's (its address, a navigation path, the page's title), and a document's first line
   * is its title, a line of marks, its salutation, a sentence or a numbered heading.
   *
   * @param begun whether the document has begun above {@code l}
   */
  static boolean looksLikeBody(Line l, boolean begun) {
    String k = l.compactKey();
    if (k.indexOf('。') >= 0 || hasClauseComma(k) || k.indexOf('!') >= 0) {
      return true; // a sentence
    }
    if (begun && k.length() > 40 && !Chars.hanOnly(k).isEmpty()) {
      return true; // a paragraph without punctuation on its first line; not a rule (-----)
    }
    return k.startsWith("您") || k.startsWith("你") || k.startsWith("贵") || k.startsWith("近年")
        || numberedHeading(l.text())
        || !k.isEmpty() && Formulas.answerFollowsEnd(k) == k.length(); // 复文如下: announces it
  }

  /**
   * Whether the compact key {@code k} has a comma between clauses: one not between two digits,
   * where it groups a number's thousands (浏览次数 1,755).
   */
  private static boolean hasClauseComma(String k) {
    for (int i = k.indexOf(','); i >= 0; i = k.indexOf(',', i + 1)) {
      if (!(i > 0 && i + 1 < k.length() && isDigit(k.charAt(i - 1)) && isDigit(k.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether {@code t}, without leading blanks, starts with the number of a measure or a point of
   * the body: 一、, 1. or 1、 (one or two digits), （一）, （1）, as {@link Numbering} numbers
   * them ({@link Numbering#startsWithHeadingNumber}).
   */
  static boolean numberedHeading(String t) {
    return Numbering.startsWithHeadingNumber(t.substring(Chars.skipBlanks(t, 0)));
  }
}
