package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;

/**
 * A title with the page's date printed after it on its line, as a portal's heading or list entry
 * prints the two: {@code 上海市人民政府办公厅关于对市十六届人大二次会议第1170号代表建议的答复的函 2024-05-31
 * 来源:市政府办公厅建议提案处}, {@code 对区政协第十五届第二次会议第B131号提案的答复 2023-05-26}. The title is
 * the part of the line before the date, a title and nothing else ({@link TitleReader}); the date,
 * set off by a blank and written in digits as pages print theirs or after the page's label of it
 * (发布日期:2022-07-01 16:55 信息来源:…), perhaps in brackets, is the page's, with its time and
 * the page's labels after it, whose values are the page's metadata. It is recorded as consumed
 * markup with {@link TextRules#TITLE_PAGE_DATE}. Only the page's heading is read so: above the letter, before any
 * other title, under no heading of links, with no entry of the same shape below it.
 */
final class DatedTitle {
  private DatedTitle() {}

  /**
   * Narrows line {@code i} of {@code ctx}'s lines to its title when the line is a title and the
   * page's date after it ({@link #titleBeforeDate}), under no heading of links and with no other
   * such entry right above or below it (a list of replies); returns the part of the line after
   * the title, the page's, or null when it did not.
   */
  static Line narrow(ReadContext ctx, List<Line> all, int i) {
    Line line = all.get(i);
    Line title = titleBeforeDate(line);
    if (title == null) {
      return null;
    }
    int above = Line.previousText(all, i);
    int below = Line.nextText(all, i);
    if (above >= 0 && (ListedTitle.linksHeading(all.get(above))
        || titleBeforeDate(all.get(above)) != null)
        || below >= 0 && titleBeforeDate(all.get(below)) != null) {
      return null;
    }
    String t = line.text();
    int date = Chars.skipBlanks(t, title.text().length());
    ctx.markup(line.number(), t.substring(title.text().length()));
    TextRules.report(ctx, TextRules.TITLE_PAGE_DATE, "the page's date after the title",
        "title", line, date, t.length(), null);
    ctx.narrow(i, title);
    return pagesPart(line.from(date));
  }

  /**
   * Whether {@code line}, which reads as page metadata for the labels of its byline, is the
   * page's heading: a title before the page's date ({@link #titleBeforeDate}) that is no page
   * metadata itself (not a list's entry, • 对…的答复 2022-06-30, nor a table's cell, 名称: 对…的答复
   * 发布日期: …).
   */
  static boolean headsByline(Line line) {
    Line title = titleBeforeDate(line);
    return title != null && !title.pageMetadata();
  }

  /**
   * The part of {@code line} before the page's date, when it is a title and nothing else that
   * starts as titles do (关于, 对, an issuer's name before them), and the rest of the line, after a
   * blank and perhaps in brackets ({@link #pagesPart}), is the date in digits or after the page's
   * label of it (发布日期:), perhaps its time, and nothing else or only the page's labels ({@link
   * PageDateLine#is}: 来源:, 点击数:); else null.
   */
  static Line titleBeforeDate(Line line) {
    String t = line.text();
    for (int p = 1; p < t.length(); p++) {
      if (!Chars.isBlank(t.charAt(p - 1)) || Chars.isBlank(t.charAt(p))) {
        continue;
      }
      Line rest = pagesPart(line.from(p));
      if (!PageDateLine.aboveTheLetter(rest) || !pagesDate(rest)) {
        continue;
      }
      int end = p;
      while (end > 0 && Chars.isBlank(t.charAt(end - 1))) {
        end--;
      }
      Line title = line.part(0, end);
      TitleReader.Found found = TitleReader.at(List.of(title), 0);
      return found != null && found.end() == found.compact().key.length()
          && (TitleReader.titleStart(found.compact().key) >= 0 || citesTheItem(found))
          ? title : null;
    }
    return null;
  }

  /**
   * Whether the title {@code found}, which does not start as titles do, cites the item by its
   * number (县十七届人大二次会议第12号建议答复): a whole title, not its last line (建议的答复).
   */
  private static boolean citesTheItem(TitleReader.Found found) {
    return MotionCitation.fromTitle(found.compact(), found.issuerEnd(), found.end()).number() != null;
  }

  /**
   * The part {@code rest} of a line after its title without the brackets it is printed in, if any
   * ({@link Chars#closingBracket}: …的答复 (发布日期:2023年05月19日 文号:沪发改人口建〔2023〕5号)): the
   * page's byline.
   */
  private static Line pagesPart(Line rest) {
    String t = rest.text();
    char closer = t.isEmpty() ? 0 : Chars.closingBracket(t.charAt(0));
    if (closer == 0) {
      return rest;
    }
    int end = t.stripTrailing().length();
    return rest.part(1, end > 1 && t.charAt(end - 1) == closer ? end - 1 : end);
  }

  /**
   * Whether {@code rest}, a line's part from a date on, perhaps after the page's label of its
   * date (发布日期:), is the page's date: the date and perhaps its time alone, or followed by the
   * page's labels (来源:, 发布机构:, 点击数:, 文号:) and nothing that is the letter's (its marks, a
   * salutation).
   */
  private static boolean pagesDate(Line rest) {
    int end = PageDateLine.afterLabelledDate(rest.key());
    if (end < 0) {
      return false;
    }
    Line after = rest.from(Math.min(rest.text().length(), end));
    return after.blank() || PageDateLine.is(rest)
        || PageMetadata.is(after) && after.marks() == null && after.salutation() == null;
  }
}
