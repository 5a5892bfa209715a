package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;

/**
 * The start of a reply flattened onto one line with its title, as a web page or a database export
 * prints a whole reply on one line: {@code 蕲春县水利局对县十七届人大二次会议第094号建议的答复 张凤娥等代表:
 * 你们提出的…}. The line holds, after one of its blanks, the salutation with its colon and the body
 * after it, and the text before that blank is a reply's title on its own. A row of a portal's list
 * (关于第12号建议的答复 王五代表) names the deputy without a colon and goes on with no body. The title is then read from that
 * part of the line, and the salutation and what follows it from the rest ({@link FlatEnd} splits
 * off an end flattened onto it too).
 */
final class FlatStart {
  private FlatStart() {}

  /**
   * A line split into its title part and the part from its salutation on.
   *
   * @param title the part of the line that is the reply's title
   * @param salutationLine the rest of the line, from the salutation
   * @param salutation the salutation found at the start of {@code salutationLine}
   */
  record Split(Line title, Line salutationLine, Salutation.Found salutation) {}

  /** The most chars before the salutation: a title is never longer. */
  private static final int TITLE_REACH = 200;

  /**
   * The split of {@code line}, or null when no blank within {@value #TITLE_REACH} chars of its
   * start has a salutation right after it and a reply's title alone before it.
   */
  static Split of(Line line) {
    String t = line.text();
    int start = Chars.skipBlanks(t, 0);
    for (int i = start; i < t.length() && i < TITLE_REACH; i++) {
      if (!Chars.isBlank(t.charAt(i)) || Chars.isBlank(t.charAt(i - 1))) {
        continue;
      }
      int from = Chars.skipBlanks(t, i);
      if (from == t.length()) {
        return null;
      }
      Line rest = line.from(from);
      Salutation.Found s = rest.salutation();
      if (s == null || s.start() != 0 || s.colon() < 0 || s.rest() < 0) {
        continue; // a flattened reply goes on after its salutation's colon: no list's row
      }
      Line title = line.part(start, i);
      TitleReader.Found found = TitleReader.at(List.of(title), 0);
      if (found != null && found.end() == found.compact().key.length()) {
        return new Split(title, rest, s);
      }
    }
    return null;
  }
}
