package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply's title printed as the last item of a portal's list above the document, the page's
 * heading of the letter when the page prints no other: {@code • 004(1).对区十七届人大一次会议第04-1号建议的办理答复},
 * {@code • 平陆县卫生健康和体育局关于县政协十一届二次会议第5号提案的答复}. The bullet and the list's serial number
 * before the title are the page's markup; the rest is a title on its own ({@link TitleReader}),
 * perhaps naming its issuer before 关于/对. So is the letter's salutation captured into the list
 * of the page's labels as its last item ({@link #salutationOf}). Any other list item is the page's
 * furniture ({@link PageFurniture#listItem}).
 */
final class ListedTitle {
  private ListedTitle() {}

  /**
   * A list item's head: blanks, a bullet, blanks, then perhaps the list's serial number (004.,
   * 004(1)., 12、) and blanks; the title starts at the group's end.
   */
  private static final Pattern HEAD = Pattern.compile("\\s*[" + PageFurniture.BULLETS.replace("-",
      "\\-") + "]\\s*(?:\\d{1,4}(?:[(（]\\d{1,3}[)）])?[.．、]\\s*)?");

  /**
   * The title of the list item at index {@code i} of {@code all}, as the part of its line after the
   * bullet and the serial number, or null: the line is a list item, the rest of it is a title and
   * nothing else, no other item of its list is a title (a list of replies names no heading; a
   * page's date below an item, 2022-06-20, and its buttons, • 打印本页, are no titles), and the
   * list stands under no heading of links ({@link #linksHeading}).
   */
  static Line of(List<Line> all, int i) {
    Line title = titleOf(all.get(i));
    if (title == null) {
      return null;
    }
    for (int j = i + 1; j < all.size(); j++) {
      Line next = all.get(j);
      if (next.blank() || PageDateLine.aboveTheLetter(next)) {
        continue;
      }
      Matcher head = HEAD.matcher(next.text());
      if (!head.lookingAt()) {
        break;
      }
      if (!PageFurniture.is(next.from(head.end()))) {
        return null; // another entry of a list of links below it, not a page's button (打印本页)
      }
    }
    for (int j = i - 1; j >= 0; j--) {
      Line above = all.get(j);
      if (above.blank() || PageDateLine.aboveTheLetter(above)) {
        continue;
      }
      if (!HEAD.matcher(above.text()).lookingAt()) {
        return linksHeading(above) ? null : title;
      }
      if (titleOf(above) != null) {
        return null;
      }
    }
    return title;
  }

  /**
   * The salutation of the list item at index {@code i} of {@code all}, as the part of its line after
   * the bullet, or null: the rest of the line is a salutation ending with its colon (• 庄晓,肖猛勇,
   * 蔡俊权代表:, the letter's first line captured as the last item of the list of the page's labels
   * above it), and the next line that is not blank is no item of the list, no salutation and no
   * title (the letter's body follows; a list of links may end in • 李四代表:关于…的答复).
   */
  static Line salutationOf(List<Line> all, int i) {
    Matcher m = HEAD.matcher(all.get(i).text());
    if (!m.lookingAt() || m.end() == all.get(i).text().length()) {
      return null;
    }
    Line rest = all.get(i).from(m.end());
    Salutation.Found s = rest.salutation();
    if (s == null || s.colon() < 0 || s.rest() >= 0) {
      return null;
    }
    int next = Line.nextText(all, i);
    return next < 0 || HEAD.matcher(all.get(next).text()).lookingAt()
        || all.get(next).salutation() != null || TitleReader.at(all, next) != null ? null : rest;
  }

  /**
   * Whether {@code l} is the heading of a page's list of links (相关文章, 热点推荐, 延伸阅读:): a few
   * Han characters, perhaps with a colon, that say so; a navigation path (当前位置:首页>…) is none.
   */
  static boolean linksHeading(Line l) {
    StringBuilder han = new StringBuilder(); // its Han characters, brackets and arrows aside
    String k = l.compactKey();
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (Chars.isHan(c)) {
        han.append(c);
      } else if (HEADING_MARKS.indexOf(c) < 0 && !(c < 128 && Character.isLetter(c))) {
        return false; // a path (首页>…) keeps its separators between words, a sentence its stops
      }
    }
    String h = han.toString();
    return !h.isEmpty() && h.length() <= LINKS_HEADING && LINKS.in(h)
        && k.indexOf("位置") < 0 && !(k.indexOf('>') > 0 && k.indexOf('>') < k.length() - 2);
  }

  /** What a heading of links prints around its words: brackets, a colon, arrows (相关文章 >>). */
  private static final String HEADING_MARKS = "()[]【】〔〕<>《》:»›→ ";

  /** The words of the heading of a page's list of links (相关文章, 热点推荐, 延伸阅读). */
  private static final Words LINKS = Words.of("相关", "推荐", "热点", "热门", "阅读", "链接", "猜你",
      "最新", "更多", "上一篇", "下一篇");

  /** The most Han characters of the heading of a list of links. */
  private static final int LINKS_HEADING = 8;

  /** The part of {@code line} after a list's bullet and serial number when it is a title alone. */
  private static Line titleOf(Line line) {
    Matcher m = HEAD.matcher(line.text());
    if (!m.lookingAt() || m.end() == line.text().length()) {
      return null;
    }
    Line title = line.from(m.end());
    TitleReader.Found found = TitleReader.at(List.of(title), 0);
    return found == null || found.end() != found.compact().key.length()
        || TitleReader.titleStart(found.compact().key) < 0 ? null : title;
  }
}
