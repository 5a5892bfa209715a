package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;
import java.util.Set;

/**
 * The letterhead above a document: a body's name alone on its line (平江县人民政府) is the
 * issuer's letterhead when the document follows it with nothing of the web page between (its
 * marks, title, salutation or body's first numbered heading right below it). A name followed by page metadata before the
 * document's marks, title or salutation is the site's name
 * (广元市利州区人民政府 above 您当前的位置：…, 夏邑县人民政府 above 政府信息公开 and 索引号：…), and one
 * directly above a date is a cell of a portal's table (省国土厅 above 2006年5月29日). A disclosure
 * mark alone right above the page's metadata is a link of the portal's navigation (依申请公开 above
 * 索引号：…), not the document's mark. A name alone that the site's credits below name as the
 * body running the site (主办：莒南县人民政府) is the page's too, unless the document's title follows
 * it at once; a name right above a record's label of the reply's text (办理答复, 答复内容:), which
 * starts the reply below, is no page's name either. Both head the letter only when no other body
 * signs it ({@link #headsOnlyUnsigned}): a portal prints its name above its pages' headings too.
 */
final class Letterhead {
  private Letterhead() {}

  /**
   * Whether the marks {@code marks} of line {@code i} of {@code all}, above the document, are a
   * body's name alone that is the page's, not the letterhead, or a disclosure mark alone that is
   * a link of the page's navigation.
   */
  static boolean isPagesName(List<Line> all, List<LineMarks.Item> marks, int i) {
    if (marks.size() == 1 && marks.get(0).kind() == LineMarks.Kind.DISCLOSURE) {
      return isPagesLink(all, i);
    }
    if (!nameAlone(marks)) {
      return false;
    }
    if (runsTheSite(all, i) && !aboveTitle(all, i)) {
      return true;
    }
    if (aboveReplyLabel(all, i)) {
      return false; // 办理答复 right below it: the reply starts there (headsOnlyUnsigned)
    }
    int seen = 0;
    for (int j = i + 1; j < all.size() && seen < LETTERHEAD_LOOKAHEAD; j++) {
      Line l = all.get(j);
      String t = l.text();
      if (Chars.isBlank(t)) {
        continue;
      }
      if (l.pageMetadata()
          || seen == 0 && l.shortDate()) {
        return true;
      }
      if (l.marks() != null || TitleReader.at(all, j) != null
          || l.salutation() != null || seen == 0 && headsTheBody(all.get(i), l)) {
        return false;
      }
      seen++;
    }
    return false;
  }

  /**
   * Whether the name alone on {@code name} heads the body whose first numbered heading starts
   * right below it on {@code next} ({@link BodyStart#numberedHeading}: 一、关于…): a letter without
   * title or salutation under its issuer's name. Not a sentence below it, which may be a site's
   * slogan above its navigation; not a name with a colon after it, which addresses the body below
   * (市农业农村局: above a co-handler's opinion).
   */
  private static boolean headsTheBody(Line name, Line next) {
    return !name.compactKey().endsWith(":") && BodyStart.numberedHeading(next.text());
  }

  /**
   * Whether the marks {@code marks} of line {@code i} are a body's name alone in a record's cell
   * that assigns the item ({@link #ASSIGNMENT_LABELS}: 承办单位, 主办单位), as a table printed a cell a
   * line has it: right below that label, printed alone without its colon (perhaps with the cell's
   * right border, 承办单位 |), or in the row of values below a row of such labels that holds one
   * (提议人 / 所属代表团 / 主办单位 / 协办单位 above 朱晓岚 / 第十六代表团 / 区教委 / 区财政局: as many values
   * as labels, the name among them; a row one short may have the letterhead below it, and a
   * complete one above the letter's title leaves the issuer to the signature): the record's value,
   * not a letterhead (corpus di 2181: 承办单位 / 桓台县市场监督管理局
   * below the reply's title; ds 2387). A label with its colon and no value is a form's empty field
   * (协办单位：), and the body that replies (答复单位) may well head its letter: the name below them
   * heads it as before.
   */
  static boolean isUnitsValue(List<Line> all, List<LineMarks.Item> marks, int i) {
    if (!nameAlone(marks) || aboveTitleItHeads(all, i)) {
      return false;
    }
    int values = 0; // the cells of the row of values before line i
    for (int j = Line.previousText(all, i); j >= 0; j = Line.previousText(all, j)) {
      if (labelCell(all.get(j))) {
        int labels = 0;
        boolean assigns = false;
        for (; j >= 0 && labelCell(all.get(j)); j = Line.previousText(all, j)) {
          labels++;
          assigns |= ASSIGNMENT_LABELS.contains(cell(all.get(j)));
        }
        // the row complete with the values below the name (a row with a cell left empty leaves
        // the name below it the letterhead)
        return assigns && values < labels && valuesBelow(all, i, labels - values - 1);
      }
      if (++values >= ROW) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the {@code count} lines below line {@code i} that are not blank are cells of a
   * record's row of values: short lines that are no label, no salutation and no title.
   */
  private static boolean valuesBelow(List<Line> all, int i, int count) {
    int j = i;
    for (int k = 0; k < count; k++) {
      j = Line.nextText(all, j);
      if (j < 0) {
        return false;
      }
      Line l = all.get(j);
      if (!Chars.weightAtMost(l.text(), VALUE_WEIGHT) || labelCell(l) || l.salutation() != null
          || TitleReader.at(all, j) != null) {
        return false;
      }
    }
    return true;
  }

  /** The most non-blank chars of a value of a record's row printed a cell a line. */
  private static final int VALUE_WEIGHT = 40;

  /** The most cells of a record's row a line each that {@link #isUnitsValue} looks through. */
  private static final int ROW = 8;

  /** The compact key of {@code l} without a table cell's right border (承办单位 |). */
  private static String cell(Line l) {
    String k = l.compactKey();
    return k.endsWith("|") ? k.substring(0, k.length() - 1) : k;
  }

  /** Whether {@code l} is a label of a record's cell alone without its colon (提议人, 主办单位). */
  private static boolean labelCell(Line l) {
    String k = cell(l);
    return ASSIGNMENT_LABELS.contains(k) || !k.endsWith(":") && LabelAlone.is(l);
  }

  /** The labels of a record's cells that assign the item to a body: its value is that body. */
  private static final Set<String> ASSIGNMENT_LABELS = Set.of("承办单位", "主办单位", "协办单位",
      "会办单位");

  /**
   * Whether the marks {@code marks} of line {@code i} are a body's name alone that heads the letter
   * only when no other body signs it: one the site's credits below name as running the site, right
   * above the title (so no page's name by {@link #isPagesName}), or one right above a record's
   * label of the reply's text (办理答复), which a portal prints under its own name as well.
   */
  static boolean headsOnlyUnsigned(List<Line> all, List<LineMarks.Item> marks, int i) {
    return nameAlone(marks) && (runsTheSite(all, i) || aboveReplyLabel(all, i));
  }

  /**
   * Whether the first line below line {@code i} that is not blank is a record's label of the
   * reply's text alone (办理答复, 答复内容:): the reply starts there.
   */
  private static boolean aboveReplyLabel(List<Line> all, int i) {
    int next = Line.nextText(all, i);
    return next > 0 && MetadataLabel.replyCellAlone(all.get(next));
  }

  /**
   * Whether the name alone on line {@code i} is the body the site's credits in the page's footer
   * below say runs the site (主办：莒南县人民政府 承办：…): the page's name above the document.
   */
  private static boolean runsTheSite(List<Line> all, int i) {
    String name = all.get(i).compactKey();
    for (int j = SiteFooter.start(all, i + 1); j < all.size(); j++) {
      String runBy = SiteFooter.runBy(all.get(j));
      if (runBy != null) {
        return runBy.equals(name);
      }
    }
    return false;
  }

  /**
   * Whether the line below line {@code i} that is not blank starts a title: a body's name right
   * above a title heads the document even on the body's own site (宝鸡市体育局 above
   * 对市十三届政协三次会议第457号提案的答复函, the site's credits naming 宝鸡市体育局 too).
   */
  private static boolean aboveTitle(List<Line> all, int i) {
    int j = Line.nextText(all, i);
    return j >= 0 && TitleReader.at(all, j) != null;
  }

  /**
   * Whether the line below line {@code i} that is not blank starts a title that the name alone
   * on line {@code i} heads: one printed after the same name (绍兴市商务局 above
   * 绍兴市商务局关于…的答复函), as a letter names its issuer twice at its head — never a record's
   * value, whatever row of cells stands above it.
   */
  private static boolean aboveTitleItHeads(List<Line> all, int i) {
    int j = Line.nextText(all, i);
    TitleReader.Found t = j >= 0 ? TitleReader.at(all, j) : null;
    return t != null && t.issuer() != null
        && Chars.key(t.issuer()).equals(all.get(i).compactKey());
  }

  /** Whether the line below line {@code i} that is not blank is page metadata. */
  private static boolean isPagesLink(List<Line> all, int i) {
    int j = Line.nextText(all, i);
    return j >= 0 && all.get(j).pageMetadata();
  }

  /** How many lines below a body's name alone are looked at for the document or the page. */
  private static final int LETTERHEAD_LOOKAHEAD = 8;

  /** Whether the marks {@code marks} of a line are a body's name alone. */
  private static boolean nameAlone(List<LineMarks.Item> marks) {
    return marks.size() == 1 && marks.get(0).kind() == LineMarks.Kind.ISSUER;
  }
}
