package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;

/**
 * The letterhead above a document: a body's name alone on its line (平江县人民政府) is the
 * issuer's letterhead when the document follows it with nothing of the web page between. A name
 * followed by page metadata before the document's marks, title or salutation is the site's name
 * (广元市利州区人民政府 above 您当前的位置：…, 夏邑县人民政府 above 政府信息公开 and 索引号：…), and one
 * directly above a date is a cell of a portal's table (省国土厅 above 2006年5月29日).
 */
final class Letterhead {
  private Letterhead() {}

  /**
   * Whether the marks {@code marks} of line {@code i} of {@code all}, above the document, are a
   * body's name alone that is the page's, not the letterhead.
   */
  static boolean isPagesName(List<Line> all, List<LineMarks.Item> marks, int i) {
    if (marks.size() != 1 || marks.get(0).kind() != LineMarks.Kind.ISSUER) {
      return false;
    }
    int seen = 0;
    for (int j = i + 1; j < all.size() && seen < LETTERHEAD_LOOKAHEAD; j++) {
      Line l = all.get(j);
      String t = l.text();
      if (Chars.isBlank(t)) {
        continue;
      }
      if (Chars.weightAtMost(t, 200) && l.pageMetadata()
          || seen == 0 && Chars.weightAtMost(t, 60) && TailReader.isShortDate(t)) {
        return true;
      }
      if (l.marks() != null || TitleReader.at(all, j) != null
          || l.salutation() != null) {
        return false;
      }
      seen++;
    }
    return false;
  }

  /** How many lines below a body's name alone are looked at for the document or the page. */
  private static final int LETTERHEAD_LOOKAHEAD = 8;
}
