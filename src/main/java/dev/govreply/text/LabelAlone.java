package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A label of the page's metadata alone on its line (索 引 号, 来源:, 信息所属单位), as a table printed
 * one cell a line has it, and whether the line below it is its value.
 */
final class LabelAlone {
  private LabelAlone() {}

  /** The page's labels ({@link MetadataLabel#ofThePage}), to look one up. */
  private static final Set<String> LABEL_SET = Set.copyOf(MetadataLabel.ofThePageOrLetter());

  /** The length of the longest of the page's labels. */
  private static final int LONGEST_LABEL =
      LABEL_SET.stream().mapToInt(String::length).max().orElse(0);

  /**
   * True when {@code line} is a metadata label alone (索 引 号, 来源:, 信息所属单位), as a table
   * printed one cell a line has it: its value is on the next line.
   */
  static boolean is(Line line) {
    String k = PageMetadata.labelKey(line);
    if (k.length() > LONGEST_LABEL + 1) {
      return false; // a label and at most its colon
    }
    return LABEL_SET.contains(PageMetadata.withoutColon(k));
  }

  /**
   * Whether the label alone {@code label} ({@link #is}), printed on the input line {@code
   * printed}, stands with its colon before its cell's right border and supplies no field: a row of
   * its own, whose value cell the page left empty, and the line below it is no value of it. So it
   * is when the label starts its line ({@code 关键词: |}, {@code 有效性: |}) or the empty value cell
   * follows on its line ({@code | 关键词: | |||}). A label without its colon before a border
   * ({@code 案 由 |}), one alone between borders ({@code | 会议届次: |}, a table printed a cell a
   * line) and one that supplies a field may have its value on the next line.
   */
  static boolean rowOfItsOwn(Line label, String printed) {
    String k = PageMetadata.labelKey(label);
    MetadataLabel of = MetadataLabel.named(PageMetadata.withoutColon(k));
    int start = CellBorders.textStart(printed);
    int end = CellBorders.textEnd(printed, start);
    int border = printed.indexOf('|', end);
    boolean valueCell = border >= 0 && printed.indexOf('|', border + 1) >= 0;
    return k.endsWith(":") && border >= 0 && (start == 0 || valueCell)
        && of != null && of.supplies() == MetadataLabel.Supplies.NOTHING;
  }

  /**
   * Whether line {@code i} of {@code all}, below the metadata label alone {@code label} ({@link
   * #is}), is its value: a short line that is not itself the start of the document (a
   * salutation, a title, the opening that announces the answer: …收悉，现答复如下：), since a page
   * may print a label whose value it left out (访问量: above 尊敬的王五代表), or print the next label
   * below it. A sentence may be a value (内容概述:); a line of the document's marks is one only when
   * the label gives each of them ({@link MetadataLabel#mayHold}): a body's name below 来源:
   * (湘阴县人民政府) is the page's source, below 浏览次数: or 有效性: it is the document's letterhead,
   * as it is below any label when the title below begins with it ({@link #headsTheTitle}),
   * and no label's value is a result's class (• 建议内容, a tab of the page whose text it left out,
   * above A类). The reply follows a label of its own text (答复内容:) and is none.
   */
  static boolean isValueBelow(Line label, List<Line> all, int i) {
    String k = PageMetadata.labelKey(label);
    MetadataLabel of = MetadataLabel.named(PageMetadata.withoutColon(k));
    if (of != null && of.supplies() == MetadataLabel.Supplies.REPLY_TEXT) {
      return false;
    }
    Line l = all.get(i);
    if (is(l) || PageMetadata.LABELS_COLON.startOf(PageMetadata.labelKey(l))) {
      return false; // a label of its own (• 文件编号: above • 公开方式: 主动公开): the value is left out
    }
    List<LineMarks.Item> marks = l.marks();
    return Chars.weightAtMost(l.text(), 60) && l.salutation() == null
        && (TitleReader.at(all, i) == null || keywords(of, l))
        && Formulas.answerFollowsEnd(l.text()) < 0
        && (marks == null || of != null && marks.stream().allMatch(m -> of.mayHold(m.kind()))
            && !headsTheTitle(marks, all, i));
  }

  /** The most lines a value printed in parts below its label takes ({@link #valueEnd}). */
  private static final int PARTS = 4;

  /**
   * The index of the last line of the value of the label alone {@code label} that starts at line
   * {@code i} of {@code all} ({@link #isValueBelow}): {@code i}, or, below a label of the document
   * number (发文字号:), the last of the lines right below one another that are together a document
   * number and are one only together, as a page prints one in parts, a line each (普绿容 / 〔2019〕
   * / 44号): each part after the first starts with the year's bracket, a digit or 第.
   */
  static int valueEnd(Line label, List<Line> all, int i) {
    MetadataLabel of = MetadataLabel.named(PageMetadata.withoutColon(PageMetadata.labelKey(label)));
    if (of == null || of.supplies() != MetadataLabel.Supplies.DOCUMENT_NUMBER
        || LineMarks.DOCUMENT_NUMBER.matcher(all.get(i).compactKey()).matches()) {
      return i;
    }
    StringBuilder joined = new StringBuilder(all.get(i).compactKey());
    for (int j = i + 1; j < all.size() && j < i + PARTS && !all.get(j).blank(); j++) {
      String part = all.get(j).compactKey();
      if (!PART_START.matcher(part).lookingAt()) {
        return i; // a line of its own (无 above the letter's 岳交函〔2022〕5号): nothing joined
      }
      joined.append(part);
      if (LineMarks.DOCUMENT_NUMBER.matcher(joined).matches()) {
        return j;
      }
    }
    return i;
  }

  /**
   * How a part of a document number after its first starts: with the year's bracket, a digit or
   * 第 (〔2019〕, 44号), never with the issuer's code.
   */
  private static final Pattern PART_START = Pattern.compile("[(\\[〔【﹝〈<{（0-9第]");

  /** The labels whose value is a list of keywords. */
  private static final Set<String> KEYWORDS = Set.of("主题词", "关键词");

  /**
   * Whether {@code l} is the keywords that the label {@code of} gives ({@link #KEYWORDS}), set
   * apart by semicolons: 十三届全国人大二次会议;建议答复函 reads as a title, and is none.
   */
  private static boolean keywords(MetadataLabel of, Line l) {
    return of != null && KEYWORDS.contains(of.name()) && l.key().indexOf(';') >= 0;
  }

  /**
   * Whether the marks {@code marks} of line {@code i} are a body's name alone that the title
   * below begins with, its own marks (a document number) perhaps between: the letterhead, even
   * below a label whose value may be a body's name (主题词 above 腾冲市交通运输局 above
   * 腾交通〔2022〕13号 above 腾冲市交通运输局关于…的答复).
   */
  private static boolean headsTheTitle(List<LineMarks.Item> marks, List<Line> all, int i) {
    if (marks.size() != 1 || marks.get(0).kind() != LineMarks.Kind.ISSUER) {
      return false;
    }
    String name = Chars.key((String) marks.get(0).value());
    for (int j = i + 1; j < all.size(); j++) {
      Line l = all.get(j);
      if (l.blank() || l.marks() != null && l.marks().stream()
          .noneMatch(m -> m.kind() == LineMarks.Kind.ISSUER)) {
        continue; // the document's marks between the letterhead and the title
      }
      TitleReader.Found title = TitleReader.at(all, j);
      return title != null && title.issuer() != null && Chars.key(title.issuer()).equals(name);
    }
    return false;
  }
}
