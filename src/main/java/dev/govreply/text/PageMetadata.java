package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import dev.govreply.model.Addressee;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.MotionKind;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises web-page metadata around a captured document (索引号, 发布机构, 生成日期, 公开方式, 公开范围
 * tables; print/close links; the page's address and its navigation path, 首页 > 政务公开 > …) and
 * collects the values it may supply where the document itself does not state them: disclosure
 * (公开方式) and document number (文号), and a record's session and number. The page's dates and
 * its publishing body (发布机构) are the page's, not the reply's: they fill no field (the publisher
 * is kept only as a name the end of the document may repeat).
 */
final class PageMetadata {
  /** The labels that make a line page metadata ({@link MetadataLabel#ofThePage}). */
  static final List<String> LABELS = MetadataLabel.ofThePage();
  /**
   * {@link #LABELS} as words, the longest first (内容概述 before 内容), to find where the next
   * label of a row starts and which it is.
   */
  static final Words LABELS_AT = Words.of(LABELS.stream()
      .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());
  /** The labels with their colon, as a line of page metadata starts with them. */
  static final Words LABELS_COLON =
      Words.of(LABELS.stream().map(label -> label + ":").toList());

  /**
   * The page's labels that label the letter's marks too ({@link MetadataLabel.Of#PAGE_OR_MARKS}):
   * a line starting with one is the page's unless it reads as the letter's marks of that kind.
   */
  private static final Words MARKS_LABELS = Words.of(MetadataLabel.labellingMarksToo());

  /**
   * The labels that end a value they are glued to (文号:静府督复〔2018〕1号索取号:…): the page's,
   * and every label whose value supplies a field (建议内容:关于…的建议公开属性:主动公开).
   */
  private static final List<String> GLUED_LABELS = Stream.concat(
      MetadataLabel.ofThePage().stream(), MetadataLabel.supplying().stream()).distinct().toList();

  /**
   * A label, its colon and its value (in the next cell of a table row when its own is empty: 公开方式:
   * | 主动公开 |), up to the end of its cell, of the line, or the next label (perhaps spaced) and
   * its colon (公开方式: 主动公开 组配分类: 人大建议; 发文字号:武农复〔2020〕11号 主  题  词:), or one
   * of {@link #GLUED_LABELS} glued to the value (文号:静府督复〔2018〕1号索取号:…).
   */
  private static final Pattern PAIR = Pattern.compile(
      "(" + MetadataLabel.alternatives(MetadataLabel.supplying(), MetadataLabel::spaced)
          + ")\\s*:\\s*(?:\\|(?=\\s*[^\\s|]))?\\s*([^|]*?)\\s*"
          + "(?=\\||$|\\s[" + Chars.HAN + "]{2,6}\\s*:"
          + "|\\s[" + Chars.HAN + "](?:\\s{1,6}[" + Chars.HAN + "]){1,5}\\s*:|(?:"
          + MetadataLabel.alternatives(GLUED_LABELS, label -> label) + ")\\s*:)");

  /** The number of an item as a record prints it: 第258号, 201号, 23; the number in group 1. */
  private static final Pattern RECORD_NUMBER =
      Pattern.compile("第?\\s*([" + Chars.HAN + "A-Za-z]{0,3}\\d{1,9})\\s*号?");

  Disclosure disclosure;
  /** The document number a label of the page names (文号, 发文字号), or null. */
  DocumentNumber documentNumber;
  /** The document number the page prints without a label that names it ({@link UnlabelledNumber}). */
  private final UnlabelledNumber unlabelled = new UnlabelledNumber();
  /**
   * The publishing body the page names (发布机构): not the reply's issuer (the page's publisher may
   * be another body), only a name the document's end may repeat (an anchor of its signature).
   */
  String issuer;
  /** What a record of the item says of it: its session, number, title, the reply's title. */
  Session session;
  String number;
  /** The result class a record of the item gives (类别 A), used only where the letter has none. */
  ResultClass resultClass;
  String motionTitle;
  /** The kind the label of {@link #motionTitle} names (提案标题: a proposal), or null. */
  MotionKind motionKind;
  /** Who raised the item, as a record names them with their role (代表姓名：…), or null. */
  Addressee addressee;
  /** The reply's title as the record prints it (复文标题), as a part of its line. */
  Line replyTitle;
  /**
   * Whether the page prints a record of the item: a label of {@link #RECORD_LABELS} was read, at
   * the start of a line or as a cell of a row.
   */
  boolean record;

  /** The labels of a record of the item ({@link MetadataLabel.Of#RECORD}) as words. */
  private static final Words RECORD_LABELS = Words.of(MetadataLabel.ofARecord());

  /**
   * Whether {@code line} opens with the label of the item's content and its colon ({@link
   * MetadataLabel#startsItemsContent}: 提案内容：…, 问题内容：…), however long: a record's cell of what
   * the member wrote, which may weigh more than a line of page metadata does ({@link
   * #LONGEST_LINE}).
   */
  static boolean opensItemsContent(Line line) {
    return MetadataLabel.startsItemsContent(labelKey(line));
  }

  /**
   * True when {@code line} is page metadata: its compact key (without blanks) holds a widget
   * (打印本页, 【关闭】, 分享到…), is a web address, a navigation path, a greeting of the site's
   * visitors or a portal's list item (• 中牟县水利局), starts with a label and its colon (索引号:,
   * 发布机构:…, perhaps after a list's bullet: - 名称: …) or with a label standing as a table
   * cell (文号 是否有效), or holds a label and its colon in a table row (… | 文号: … |), or is the
   * page's date line (2021-08-17 来源:生态环境部).
   * A line weighing more than {@value #LONGEST_LINE} is a paragraph, never page metadata.
   */
  static boolean is(Line line) {
    if (!fits(line)) {
      return false;
    }
    String k = line.labelsKey();
    if (k.isEmpty()) {
      return false;
    }
    if (PageFurniture.is(line)) {
      return true;
    }
    if (PageFurniture.navigationPath(k) || PageFurniture.siteGreeting(k)
        || PageFurniture.listItem(k)) {
      return true;
    }
    if (LabelAlone.is(line)) {
      return true;
    }
    String labels = withoutBullet(k); // a portal's list prints a bullet before each label
    if (MARKS_LABELS.startOf(labels) && readsAsMarks(line)) {
      return false; // 分类：B, 类别 A is the letter's class (分类：综合政务 is the page's)
    }
    if (onlyTimeColons(k)) { // a label without its colon stands as a table cell, unless it
      return LabelCells.starts(key(line)) && line.salutation() == null; // greets: 人大代表 您好
    }
    boolean table = k.indexOf('|') >= 0; // a table's row of the letter's marks (某某局 |类 别: A |)
    return LABELS_COLON.startOf(labels) || table && LABELS_COLON.in(k) && !readsAsMarks(line)
        || PageFurniture.locationLabelEnd(k) > 0
        || k.indexOf(':') != k.lastIndexOf(':') && labelsWithColon(k) >= 2 // 日期: … 浏览量:208 来源:…
        || labelsWithColon(k) >= 1 && LabelCells.starts(key(line)) // 文号 安文旅广函〔2023〕148号 成文日期: …
        || k.indexOf(':') >= 0 && PageDateLine.is(line);
  }

  /**
   * Whether {@code line} reads as the letter's marks with a mark among them that a label of the
   * page's labels too: a result class or category (分类：B, 类别：A).
   */
  private static boolean readsAsMarks(Line line) {
    List<LineMarks.Item> marks = line.marks();
    return marks != null && marks.stream().anyMatch(m -> m.kind() == LineMarks.Kind.RESULT_CLASS
        || m.kind() == LineMarks.Kind.CATEGORY);
  }

  /**
   * Whether every colon of the compact key {@code k} is a time's (17:27, between digits), so
   * none follows a label: 发布机构 阿图什市人民政府 发布日期 2021-07-05 17:27.
   */
  private static boolean onlyTimeColons(String k) {
    for (int i = k.indexOf(':'); i >= 0; i = k.indexOf(':', i + 1)) {
      if (i == 0 || i + 1 == k.length() || !Chars.isAsciiDigit(k.charAt(i - 1))
          || !Chars.isAsciiDigit(k.charAt(i + 1))) {
        return false;
      }
    }
    return true;
  }

  /** How many of the {@link #LABELS} with their colon the compact key {@code k} holds. */
  private static int labelsWithColon(String k) {
    int count = 0;
    for (int i = LABELS_COLON.indexIn(k, 0); i >= 0;
        i = LABELS_COLON.indexIn(k, i + LABELS_COLON.startingAt(k, i).length())) {
      count++; // counted from its end on: 文号: inside 发文字号: is no second label
    }
    return count;
  }

  /**
   * A portal's list item that prints a label and its value without a colon between them
   * (- 文号弥民函〔2017〕14号, • 文  號環建函〔2017〕27號), in a line's key: the label in group 1, the value
   * after the match.
   */
  private static final Pattern LISTED_PAIR = Pattern.compile(
      "\\s*[" + PageFurniture.BULLETS.replace("-", "\\-") + "]\\s*("
          + MetadataLabel.alternatives(MetadataLabel.supplying(), MetadataLabel::spaced)
          + ")\\s*(?=\\S)");

  /**
   * Collects the values of a metadata line; none from a line that starts with an attachment's
   * label ({@link EndAnchors#startsAttachment}: 附件：1.文件名称：… 文件编号：…), whose labels
   * describe the documents attached, not the reply.
   */
  void collect(Line line) {
    if (EndAnchors.startsAttachment(line)) {
      return;
    }
    String key = key(line);
    unlabelled.read(key);
    // a record's label first, or as a cell of its row: 编号 | 28 | 办理部门 | 紫阳县民政局 | 处理状态 |
    record |= RECORD_LABELS.startOf(labelKey(line)) || LabelCells.cells(key, RECORD_LABELS) > 0;
    // cells: no colon but a time's (17:16), or the first cell a label's, the others' labels with
    // their colons (文号 安文旅广函〔2023〕148号 成文日期: 2023年08月30日)
    if ((onlyTimeColons(key) || labelsWithColon(line.labelsKey()) >= 1) && LabelCells.starts(key)) {
      collectCells(line.labelsKey());
      return;
    }
    if (key.indexOf(':') < 0) {
      Matcher listed = LISTED_PAIR.matcher(key);
      if (listed.lookingAt()) { // - 文号弥民函〔2017〕14号
        value(Chars.removeBlanks(listed.group(1)), line.text().substring(listed.end()));
        return;
      }
    }
    Matcher m = PAIR.matcher(key);
    while (m.find()) {
      String label = Chars.removeBlanks(m.group(1));
      value(label, line.text().substring(m.start(2), m.end(2)));
      MetadataLabel of = MetadataLabel.named(label);
      if (of != null && of.supplies() == MetadataLabel.Supplies.REPLY_TITLE && replyTitle == null
          && m.end(2) > m.start(2)) {
        replyTitle = line.part(m.start(2), m.end(2));
      }
    }
  }

  /**
   * Collects the values of a table row whose labels stand as cells ({@link LabelCells#values}), from
   * its compact key {@code k}.
   */
  private void collectCells(String k) {
    LabelCells.values(k).forEach(v -> value(v.label(), v.value()));
  }

  /**
   * The most a line of page metadata weighs ({@link Chars#weight}): a cell, a label and its value,
   * a footer's credits. A longer line is a paragraph.
   */
  static final int LONGEST_LINE = 200;

  /** Whether {@code line} is short enough to be page metadata ({@link #LONGEST_LINE}). */
  static boolean fits(Line line) {
    return Chars.weightAtMost(line.text(), LONGEST_LINE);
  }

  /**
   * The key of {@code line} as the page's labels are read in it: a label printed in brackets read
   * as the label and its colon ({@link MetadataLabel#bracketsAsColons}).
   */
  private static String key(Line line) {
    return MetadataLabel.bracketsAsColons(line.key());
  }

  /** The label key {@code k} without the colon it may end with. */
  static String withoutColon(String k) {
    return k.endsWith(":") ? k.substring(0, k.length() - 1) : k;
  }

  /** The compact key of a label's line without the bullet of a list of labels (• 公开主体:). */
  static String labelKey(Line line) {
    return withoutBullet(line.labelsKey());
  }

  /** {@code s} without the bullet of a list item before its text (• 公开主体:), blanks before it too. */
  private static String withoutBullet(String s) {
    int at = Chars.skipBlanks(s, 0);
    return at < s.length() && PageFurniture.BULLETS.indexOf(s.charAt(at)) >= 0
        ? s.substring(at + 1) : s;
  }

  /**
   * Collects the value printed on the lines {@code value} below the label alone {@code label}
   * ({@link LabelAlone#isValueBelow}, {@link LabelAlone#valueEnd}), their texts joined.
   */
  void collect(Line label, List<Line> value) {
    if (value.size() == 1) {
      collect(label, value.get(0));
      return;
    }
    StringBuilder joined = new StringBuilder();
    for (Line part : value) {
      joined.append(part.text().strip());
    }
    collect(label, new Line(value.get(0).number(), 1, joined.toString()));
  }

  /** Collects the value printed on the line {@code value} below the label alone {@code label}. */
  void collect(Line label, Line value) {
    String k = labelKey(label);
    record |= RECORD_LABELS.startOf(k);
    // • 文 号: / • 泰水〔2024〕86号: each an item of the list
    value(k.endsWith(":") ? k.substring(0, k.length() - 1) : k, withoutBullet(value.text()));
  }

  /**
   * The index of the line of {@code all} below line {@code i} that holds the item's number, when
   * line {@code i} is a record's session without its label and that line is the number without
   * its label (淄川区第十九届人民代表大会第二次会议 / 24): a session alone, then a number alone on
   * the next line that is not blank; else -1.
   */
  static int unlabelledRecord(List<Line> all, int i) {
    String k = all.get(i).compactKey();
    if (!k.endsWith("会议")) {
      return -1;
    }
    int j = i + 1;
    while (j < all.size() && all.get(j).blank()) {
      j++;
    }
    if (j == all.size() || !RECORD_NUMBER.matcher(all.get(j).compactKey()).matches()) {
      return -1;
    }
    try {
      Session.parse(Chars.strip(all.get(i).text()));
      return j;
    } catch (MalformedValueException e) {
      return -1;
    }
  }

  /**
   * Collects a record's session and item number printed without labels ({@link
   * #unlabelledRecord}).
   */
  void collectRecord(Line session, Line number) {
    supply(MetadataLabel.Supplies.SESSION, session.text());
    supply(MetadataLabel.Supplies.ITEM_NUMBER, number.text());
  }

  /**
   * Collects {@code value}, the value of metadata label {@code label}, into the field it may
   * supply ({@link MetadataLabel#supplies}).
   */
  private void value(String label, String value) {
    MetadataLabel of = MetadataLabel.named(label);
    if (of != null && of.supplies() == MetadataLabel.Supplies.ADDRESSEES) {
      raisedBy(label, value);
    } else if (of != null && of.supplies().itemsTitle()) {
      itemTitle(of, value);
    } else if (of != null) {
      supply(of.supplies(), value);
    }
  }

  /**
   * Collects the item's title a record's label gives, where its value (inside its 《》) reads as one
   * (提案标题：关于…的提案; 建议内容：关于…的建议, not the item's text), with the kind the label names
   * by its one kind word (提案标题: a proposal; none for 题目 or 建议提案标题).
   */
  private void itemTitle(MetadataLabel of, String value) {
    String v = ItemsOwnTitle.insideTitleMarks(Chars.strip(value));
    String k = Chars.removeBlanks(Chars.key(v));
    boolean title = of.supplies() == MetadataLabel.Supplies.ITEM_TITLE
        ? ItemsOwnTitle.namesItemsTitle(k) : ItemsOwnTitle.readsAsItemsTitle(k);
    if (motionTitle == null && title) {
      motionTitle = v;
      List<MotionKind> named = Stream.of(MotionKind.values())
          .filter(kind -> of.name().contains(kind.chinese())).toList();
      motionKind = named.size() == 1 ? named.get(0) : null;
    }
  }

  /**
   * Collects the persons a record names as raising the item ({@code 代表姓名：陈树林、佟小刚}), read
   * as the salutation to them with the role the label names would be: the names as printed, the
   * role, their number; no salutation, as none is printed.
   */
  private void raisedBy(String label, String value) {
    String names = Chars.strip(value);
    if (addressee != null || names.isEmpty()) {
      return;
    }
    String role = label.substring(0, 2); // 代表姓名 → 代表, 委员姓名 → 委员
    Salutation.Found f = Salutation.ofNames(names, role);
    if (f != null && !f.addressee().collective() && !f.addressee().names().isEmpty()) {
      addressee = f.addressee().withSalutation(Optional.empty());
    }
  }

  /**
   * Collects the item's number and session from the value of a record's label of the item's
   * number that cites the item as a title does (建议号 | 县十六届人大三次会议第67号建议): its number,
   * and its session where the page names none yet; neither where the value cites no number. The
   * letter takes them only for the same item ({@link MotionFields}).
   */
  private void cited(String value) {
    Compact c = Compact.of(new Line(1, 1, Chars.strip(value)), false);
    MotionCitation.Cited cited = MotionCitation.fromTitle(c, 0, c.length());
    if (cited.number() != null) {
      number = cited.number();
      session = session == null ? cited.session() : session;
    }
  }

  /**
   * The document's number as the page states it: the one a label names, else the one it prints
   * whole without such a label ({@link UnlabelledNumber}), else null.
   */
  DocumentNumber documentNumber() {
    return documentNumber != null ? documentNumber : unlabelled.number();
  }

  /** Collects {@code value} into the field {@code field} when that field has no value yet. */
  private void supply(MetadataLabel.Supplies field, String value) {
    if (Chars.isBlank(value)) {
      return;
    }
    try {
      switch (field) {
        case DISCLOSURE -> { // 公开范围:公开
          if (disclosure == null) {
            disclosure = Disclosure.fromAttribute(Chars.key(value)).orElse(null);
          }
        }
        case DOCUMENT_NUMBER -> {
          if (documentNumber == null) {
            documentNumber = DocumentNumber.parse(Chars.strip(value));
          }
        }
        case PUBLISHER -> {
          String v = Chars.removeBlanks(value);
          if (issuer == null && OrgNames.isName(Chars.key(v))) {
            issuer = v;
          }
        }
        case RESULT_CLASS -> {
          if (resultClass == null) {
            resultClass = ResultClass.parse(Chars.strip(value));
          }
        }
        case SESSION -> {
          if (session == null) {
            session = Session.parse(Chars.strip(value));
          }
        }
        case ITEM_NUMBER -> {
          Matcher m = RECORD_NUMBER.matcher(Chars.key(Chars.strip(value)));
          if (number == null && m.matches()) {
            number = Chars.strip(value).substring(m.start(1), m.end(1));
          } else if (number == null) {
            cited(value);
          }
        }
        case REPLY_TITLE, ADDRESSEES, NOTHING, ITEM_TITLE, ITEM_CONTENT -> { } // the reply's
        // title is kept as a part of its line; the persons raising the item are read with their
        // label's role (raisedBy), the item's title with the kind its label names (itemTitle)
      }
    } catch (MalformedValueException e) {
      // metadata only supplies values it states well
    }
  }
}
