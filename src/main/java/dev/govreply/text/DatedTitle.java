package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;

/**
 * A title with the page's date printed after it on its line, as a portal's heading or list entry
 * prints the two: {@code 上海市人民政府办公厅关于对市十六届人大二次会议第1170号代表建议的答复的函 2024-05-31
 * 来源:市政府办公厅建议提案处}, {@code 对区政协第十五届第二次会议第B131号提案的答复 2023-05-26}. The title is
 * the part of the line before the date, a title and nothing else ({@link TitleReader}); the date,
 * set off by a blank and written in digits as pages print theirs, is the page's, with whatever
 * the page prints after it ({@link PageDateLine#aboveTheLetter}). It is recorded as consumed
 * markup with {@link TextRules#TITLE_PAGE_DATE}.
 */
final class DatedTitle {
  private DatedTitle() {}

  /**
   * Narrows line {@code i} of {@code ctx}'s lines to its title when the line is a title and the
   * page's date after it; returns whether it did.
   */
  static boolean narrow(ReadContext ctx, List<Line> all, int i) {
    Line line = all.get(i);
    String t = line.text();
    for (int p = 1; p < t.length(); p++) {
      if (!Chars.isBlank(t.charAt(p - 1)) || t.charAt(p) < '0' || t.charAt(p) > '9'
          || !PageDateLine.aboveTheLetter(line.from(p))) {
        continue;
      }
      int end = p;
      while (end > 0 && Chars.isBlank(t.charAt(end - 1))) {
        end--;
      }
      Line title = line.part(0, end);
      TitleReader.Found found = TitleReader.at(List.of(title), 0);
      if (found == null || found.end() != found.compact().key.length()) {
        return false;
      }
      ctx.markup(line.number(), t.substring(end));
      TextRules.report(ctx, TextRules.TITLE_PAGE_DATE, "the page's date after the title",
          "title", line, p, t.length(), null);
      ctx.narrow(i, title);
      return true;
    }
    return false;
  }
}
