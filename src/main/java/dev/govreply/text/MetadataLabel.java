package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A label of the metadata a web page prints around a document (索引号, 公开方式, 文号) or of the
 * record of the item a portal or database prints above the reply (提案号, 会议届次, 复文标题), and
 * what its value may supply. Every label is a row of {@link #ALL}: a new label is one new row, and
 * {@link PageMetadata} finds it on a line, as a cell, alone above its value and in a list from
 * there.
 *
 * @param name the label as printed, without blanks (索引号; a page may print it spaced: 索 引 号)
 * @param of whose label it is: the page's, a record's, one a letter prints too, or the page's
 *     that labels a letter's marks too
 * @param supplies the field of the reply its value may supply where the document is silent
 */
record MetadataLabel(String name, Of of, Supplies supplies) {

  /** Whose label it is. */
  enum Of {
    /** The page's: a line starting with it is page metadata. */
    PAGE,
    /**
     * A record's of the item (who raised it, its session, number and title, the reply's title):
     * a line starting with it is page metadata, and the page prints a record.
     */
    RECORD,
    /**
     * One the letter prints too (公开属性：主动公开 and 公开类型 below its date; 答复, the last word of
     * its title): it supplies its value from a row of page metadata, or labels a record's cell of
     * the reply (答复：您提出的…), but does not make a line the page's.
     */
    LETTER_TOO,
    /**
     * The page's only alone on its line, as a disclosure catalogue prints a cell a line (主题 above
     * 民政、扶贫、救灾--其他): a word a letter's line may start with (主题：加强社区养老服务, 有效期：2023年至
     * 2025年), so a line starting with it, its colon or its value after it, is not the page's.
     */
    PAGE_CELL,
    /**
     * The page's, which letters print too as the label of their marks (分类：B, the letter's
     * class): a line starting with it is page metadata unless it reads as the letter's marks of
     * that kind (分类：综合政务 is the page's).
     */
    PAGE_OR_MARKS
  }

  /** The field of the reply a label's value may supply. */
  enum Supplies {
    /** Nothing: the page's own data (its dates, its index number, its counters). */
    NOTHING,
    /** The disclosure (公开方式: 主动公开). */
    DISCLOSURE,
    /** The document number (文号: 平交复函〔2021〕8号). */
    DOCUMENT_NUMBER,
    /**
     * The publishing body (发布机构): not the reply's issuer, only a name the end of the document
     * may repeat.
     */
    PUBLISHER,
    /** The result class, as a record of the item gives it (类别 A). */
    RESULT_CLASS,
    /** The session the item was raised at (会议届次). */
    SESSION,
    /** The item's number (提案号: 第66号). */
    ITEM_NUMBER,
    /** The item's title (提案标题). */
    ITEM_TITLE,
    /**
     * What the item says (建议内容): its title where the value is one, a 关于… phrase ending in its
     * kind word (建议内容：关于统筹农村垃圾收集、转运、处理的建议), not the item's text.
     */
    ITEM_CONTENT,
    /**
     * Who raised the item, named with their role (代表姓名: deputies, 委员姓名: members): the
     * addressees of a reply that prints no salutation.
     */
    ADDRESSEES,
    /** The reply's own title as the record prints it (复文标题). */
    REPLY_TITLE,
    /**
     * The reply itself (答复内容, 问题答复): the label of the record's cell that holds the reply,
     * which starts after the label, on its line or below it; never a value of the page's.
     */
    REPLY_TEXT;

    /** Whether the value may be the item's title ({@link #ITEM_TITLE}, {@link #ITEM_CONTENT}). */
    boolean itemsTitle() {
      return this == ITEM_TITLE || this == ITEM_CONTENT;
    }
  }

  /** Every label, the page's first, then the record's. */
  static final List<MetadataLabel> ALL = List.of(
      // the page's record of the document
      page("索引号"), page("索取号"), page("载体类型"), page("发布机构", Supplies.PUBLISHER), page("发文机关", Supplies.PUBLISHER),
      page("发文机构", Supplies.PUBLISHER), page("发文单位", Supplies.PUBLISHER),
      page("公开责任部门"), page("公开目录"), page("生成日期"),
      page("成文日期"), page("发文日期"), page("实施日期"), page("发布日期"),
      page("发布时间"), page("公开日期"), page("发表时间"), page("更新时间"), page("生效日期"),
      page("废止日期"), page("公开方式", Supplies.DISCLOSURE), page("公开形式", Supplies.DISCLOSURE),
      new MetadataLabel("公开属性", Of.LETTER_TOO, Supplies.DISCLOSURE), page("公开范围", Supplies.DISCLOSURE),
      page("公文范围", Supplies.DISCLOSURE), // a portal's name for 公开范围
      new MetadataLabel("公开类型", Of.LETTER_TOO, Supplies.DISCLOSURE),
      page("公开类别", Supplies.DISCLOSURE), page("公开时限"), page("公开主体"),
      // a disclosure catalogue's entry of when, how long and where the document is disclosed
      page("首次公开"), page("公开期限"), page("公开载体"),
      page("文号", Supplies.DOCUMENT_NUMBER), page("发文字号", Supplies.DOCUMENT_NUMBER),
      page("文件编号", Supplies.DOCUMENT_NUMBER), // a law site's record of a repost
      // a portal's row of the reply (编号 | 宁住建函〔2024〕353号 | 办理部门 | 住建局 |): its value is
      // the document number when it reads as one, and supplies nothing else (编号 | 28 |, the item's)
      page("编号", Supplies.DOCUMENT_NUMBER),
      page("文件名称"), page("文件标题"), page("实施时间"),
      page("字号"), page("登记号"), page("有效性"), page("主题分类"), page("体裁分类"), page("组配分类"),
      // a disclosure catalogue's cells of the document's validity, procedure, subject and genre
      cell("有效期"), cell("公开程序"), cell("主题"), cell("体裁"),
      page("服务对象"), page("信息分类"), page("机构分类"), page("行业分类"), page("公文类型"),
      new MetadataLabel("分类", Of.PAGE_OR_MARKS, Supplies.NOTHING),
      // a record's row of cells (签发人 李杨 签发日期 2021-07-20 发布日期 2021-07-22 类别 A): its
      // class is the letter's where the letter states none
      new MetadataLabel("类别", Of.PAGE_OR_MARKS, Supplies.RESULT_CLASS),
      page("签发日期"),
      page("主题词"), page("关键词"), page("信息名称"), page("公文名称"),
      page("标题"), page("名称"), page("内容概述"), page("所属机构"), page("信息所属单位"), page("所属单位"),
      page("责任部门"), page("信息来源"), page("来源"), page("来源于"), page("文章来源"), page("作者"), page("责任编辑"),
      page("发布者"), page("发布人"), page("发布", Supplies.PUBLISHER), // a portal's row: 发布: / 满城区农业农村局
      // a repost's summary of the letter above it (核心提示:招启柏代表:您提出的…)
      page("核心提示"),
      // a portal's row of the item that does not make the page a record: the delegation, the
      // subject, the dates it was assigned and answered
      page("代表团"), page("题目", Supplies.ITEM_TITLE), page("交办日期"), page("反馈时间"), page("答复时间"),
      // the page's counters, links and location
      page("浏览次数"), page("浏览"), page("阅读"), page("编辑"), page("点击数"), page("访问量"), page("阅读次数"), page("浏览量"), page("点击量"),
      page("查看"), page("评论"), page("上一篇"), page("下一篇"), page("上一条"),
      page("下一条"), page("相关链接"), page("附件下载"),
      page("当前位置"), page("您的位置"), page("所在位置"),
      // a record of the item: who raised it, with whom, what it says
      record("代表提案者"), record("代表姓名", Supplies.ADDRESSEES),
      record("委员姓名", Supplies.ADDRESSEES), record("提案人"), record("建议人"), record("提议人"),
      record("提出人"),
      // the deputies or members a record lists, named by what they are (人大代表: 兰定芬,包璐,…):
      // words of the page's own cells too (人大代表建议办理), so they supply nothing
      record("人大代表"), record("政协委员"),
      record("提案者"), record("领衔代表"), record("附议代表"), record("附议人"), record("联名代表"),
      record("办理部门"), record("处理状态"),
      record("所在团"), record("所在代表团"), record("所属代表团"), record("案由"), record("内容"),
      record("议案内容", Supplies.ITEM_CONTENT), record("建议内容", Supplies.ITEM_CONTENT),
      record("提案内容", Supplies.ITEM_CONTENT), record("问题内容"),
      // a register of both kinds (建议/提案提出者, 建议/提案号, 建议/提案内容)
      record("建议/提案内容", Supplies.ITEM_CONTENT), record("建议/提案提出者"),
      // the same, as a record that prints a summary labels it
      record("建议内容(摘要)", Supplies.ITEM_CONTENT), record("提案内容(摘要)", Supplies.ITEM_CONTENT),
      record("内容摘要", Supplies.ITEM_CONTENT),
      // its session, number and title
      record("会议届次", Supplies.SESSION), record("建议提案编号", Supplies.ITEM_NUMBER),
      record("建议号", Supplies.ITEM_NUMBER), record("提案号", Supplies.ITEM_NUMBER),
      record("新编号", Supplies.ITEM_NUMBER), record("建议提案标题", Supplies.ITEM_TITLE),
      record("提案标题", Supplies.ITEM_TITLE), record("建议标题", Supplies.ITEM_TITLE),
      record("提案名称", Supplies.ITEM_TITLE), record("建议名称", Supplies.ITEM_TITLE),
      record("议案名称", Supplies.ITEM_TITLE), record("建议主题", Supplies.ITEM_TITLE),
      record("提案主题", Supplies.ITEM_TITLE),
      // its handling and the reply
      record("督办领导"), record("协商方式"), record("办结时间"), record("议案办理情况"), record("复文标题", Supplies.REPLY_TITLE),
      record("答复内容", Supplies.REPLY_TEXT), record("问题答复", Supplies.REPLY_TEXT),
      record("答复正文", Supplies.REPLY_TEXT), record("复文内容", Supplies.REPLY_TEXT),
      record("办理复文", Supplies.REPLY_TEXT), record("办理复文(摘要)", Supplies.REPLY_TEXT),
      record("办理回复", Supplies.REPLY_TEXT), record("办理答复", Supplies.REPLY_TEXT),
      record("办理情况", Supplies.REPLY_TEXT),
      // a register's cell of the lead unit's reply (主办部门答复意见, above the letter)
      record("主办部门答复意见", Supplies.REPLY_TEXT),
      record("主办单位答复意见", Supplies.REPLY_TEXT),
      // an online encyclopedia's entry that copies a reply: its text
      record("释义", Supplies.REPLY_TEXT),
      // the member's view of the handling
      record("代表对办理情况"), record("人大代表对办理情况"), record("提案者对办理情况"),
      // a record's cell of the reply (答复：您提出的…, 复函：…), and the last word of a letter's title
      new MetadataLabel("答复", Of.LETTER_TOO, Supplies.REPLY_TEXT),
      new MetadataLabel("复函", Of.LETTER_TOO, Supplies.REPLY_TEXT));

  private static final Map<String, MetadataLabel> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(MetadataLabel::name, Function.identity()));

  /** The label named {@code name} (without blanks), or null when it is none. */
  static MetadataLabel named(String name) {
    return BY_NAME.get(name);
  }

  /**
   * The labels {@code labels} as alternatives of a regular expression, the longest first (so
   * that 内容概述 is tried before 内容), each by {@code form}.
   */
  static String alternatives(List<String> labels, Function<String, String> form) {
    return labels.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(form).collect(Collectors.joining("|"));
  }

  /**
   * The page's labels whose value is a count, a date, a number, a validity, a category, a link, a
   * title or a summary of the document, or a person: never a body's name alone. A label the page
   * prints whose value may be anything (关键词, 主题词, 责任编辑, 来源) may hold one.
   */
  private static final Set<String> VALUE_NAMES_NO_BODY = Set.of("标题", "名称", "信息名称", "文件名称",
      "公文名称", "内容概述", "核心提示", "督办领导", "协商方式", "索引号", "索取号", "载体类型",
      "生成日期", "成文日期", "发文日期", "实施日期", "发布日期", "发布时间", "公开日期", "发表时间",
      "更新时间", "生效日期", "废止日期", "实施时间", "公开时限", "字号", "登记号", "有效性", "有效期",
      "公开程序", "主题", "体裁", "主题分类",
      "体裁分类", "组配分类", "信息分类", "分类", "服务对象", "浏览次数", "点击数", "访问量", "阅读次数", "浏览量",
      "点击量", "浏览", "阅读", "编辑", "查看", "评论", "上一篇", "下一篇", "上一条", "下一条", "相关链接", "附件下载", "当前位置", "您的位置",
      "所在位置", "交办日期", "反馈时间", "答复时间", "办结时间",
      // the item's subject and text, as a record labels them
      "内容", "问题内容", "案由");

  /**
   * Whether a mark of the document of kind {@code kind} may be this label's value when the page
   * prints the value on the line below the label ({@link LabelAlone#isValueBelow}): a document
   * number only of a label of the document number (文号, 发文字号, 编号 …), a disclosure only of a
   * label of the disclosure (公开方式 …), and a body's name of any label whose value
   * is not of another kind ({@link #VALUE_NAMES_NO_BODY}, and the labels of a number, a
   * disclosure, a session, an item's title or content, its raisers or the reply). Below 浏览次数:,
   * 有效性: or 文号 such a line is the document's own, its letterhead or its marks: the page left
   * the label's value out.
   */
  boolean mayHold(LineMarks.Kind kind) {
    return switch (kind) {
      case ISSUER -> (supplies == Supplies.NOTHING || supplies == Supplies.PUBLISHER)
          && !VALUE_NAMES_NO_BODY.contains(name);
      case DOCUMENT_NUMBER, DAMAGED_NUMBER -> supplies == Supplies.DOCUMENT_NUMBER;
      case DISCLOSURE -> supplies == Supplies.DISCLOSURE;
      case RESULT_CLASS, CATEGORY, BAD_CLASS, SIGNER -> false;
    };
  }

  /** The names of the labels whose value supplies a field of the page's. */
  static List<String> supplying() {
    return ALL.stream()
        .filter(l -> l.supplies != Supplies.NOTHING && l.supplies != Supplies.REPLY_TEXT)
        .map(MetadataLabel::name).toList();
  }

  /**
   * The labels of the parts of an item as its member filed it, which a record prints below the
   * reply after the reply's date (背景：小井盖,大民生…, 理由：…, 建议：一是…): its background, its
   * reasons, what it proposes and how.
   */
  private static final List<String> ITEMS_PARTS = List.of("背景", "理由", "办法", "建议");

  /**
   * The labels of a record's cell that holds what the item says as it was filed, with their colon:
   * its content (建议内容, 提案内容, 议案内容, 问题内容) and a motion's cause (案由).
   */
  private static final List<String> ITEMS_CONTENT = ALL.stream()
      .filter(l -> l.supplies == Supplies.ITEM_CONTENT || l.name.equals("案由")
          || l.name.equals("问题内容"))
      .map(l -> l.name + ":").toList();

  /** {@link #ITEMS_CONTENT}, as words. */
  private static final Words ITEMS_CONTENT_WORDS = Words.of(ITEMS_CONTENT);

  /**
   * The labels of a record's cell that holds what the item says as it was filed: {@link
   * #ITEMS_CONTENT} and the parts of the item ({@link #ITEMS_PARTS}).
   */
  private static final Words ITEMS_TEXT = Words.of(Stream.concat(ITEMS_CONTENT.stream(),
      ITEMS_PARTS.stream().map(n -> n + ":")).toList());

  /**
   * Whether the compact key {@code compact} starts with a label of the item's content and its
   * colon ({@link #ITEMS_CONTENT}: 问题内容：目前…, 案 由:…): a record's cell of what the member wrote.
   */
  static boolean startsItemsContent(String compact) {
    return ITEMS_CONTENT_WORDS.startOf(compact);
  }

  /**
   * Whether the compact key {@code compact} starts with a label of what the item says and its
   * colon ({@code 案 由:罗村镇作为…}, {@code 建议内容：…}, {@code 背景：…}): the item as filed, which a
   * page prints below the reply.
   */
  static boolean startsItemsText(String compact) {
    return ITEMS_TEXT.startOf(compact);
  }

  /**
   * {@code label} with blanks allowed between its characters (文 号, 索 引 号), as a regex; its
   * brackets match themselves (建议内容(摘要)).
   */
  static String spaced(String label) {
    return label.codePoints().mapToObj(Character::toString).map(Pattern::quote)
        .collect(Collectors.joining(" *"));
  }

  /**
   * A page label printed in brackets instead of before a colon, as a portal's table prints its
   * label cells ({@code [ 发文字号 ] 渝水议函〔2025〕93号}, {@code 【索引号】…}), in key form: the
   * opening bracket in group 1, the closing one in group 2.
   */
  private static final Pattern BRACKETED_LABEL = Pattern.compile(
      "([\\[【]) *(?:" + alternatives(ofThePage(), MetadataLabel::spaced) + ") *([\\]】])");

  /**
   * The key {@code key} with each {@linkplain #BRACKETED_LABEL label in brackets} read as a label
   * and its colon ({@code [ 发文字号 ]} as {@code   发文字号 :}; {@code 【文号】：} as {@code  文号 :}): as
   * long as the key, so that positions in it are the line's; {@code key} itself when it has none.
   */
  static String bracketsAsColons(String key) {
    Matcher m = BRACKETED_LABEL.matcher(key);
    char[] out = null;
    for (int from = 0; TextNorm.find(m, key, from, MetadataLabel::opensBracketedLabel);
        from = m.end()) {
      out = out == null ? key.toCharArray() : out;
      out[m.start(1)] = ' ';
      int after = Chars.skipBlanks(key, m.end());
      // the label's own colon after its brackets (【文号】：…) is its colon
      out[m.start(2)] = after < key.length() && key.charAt(after) == ':' ? ' ' : ':';
    }
    return out == null ? key : new String(out);
  }

  /** Whether index {@code i} of {@code key} holds a bracket a {@link #BRACKETED_LABEL} opens with. */
  private static boolean opensBracketedLabel(String key, int i) {
    char c = key.charAt(i);
    return c == '[' || c == '【';
  }

  /**
   * A record's label of the reply's own text ({@link Supplies#REPLY_TEXT}) first on its line,
   * perhaps after a list's bullet, then its colon and perhaps the border of its cell (问题答复: |,
   * 答复内容:, • 答复内容:); or a record's label ({@link Of#RECORD}) as a cell of a table row, the
   * border of its cell alone set off by a blank (释义 |; not 答复 | …, whose 答复 may be the word
   * of a title's cell, nor 答复|关于…, a pipe the text's own), in key form.
   */
  private static final Pattern REPLY_LABEL = Pattern.compile("\\s*(?:["
      + PageFurniture.BULLETS.replace("-", "\\-") + "]\\s*)?(?:(?:" + alternatives(
      ALL.stream().filter(l -> l.supplies == Supplies.REPLY_TEXT).map(MetadataLabel::name)
          .toList(), MetadataLabel::spaced) + ")\\s*:\\s*(?:\\|\\s*)?|(?:" + alternatives(
      ALL.stream().filter(l -> l.supplies == Supplies.REPLY_TEXT && l.of == Of.RECORD)
          .map(MetadataLabel::name).toList(), MetadataLabel::spaced) + ")\\s+\\|\\s*)");

  /**
   * Whether {@code line} is a record's label of the reply's own text alone, with its colon or
   * without (答复:, 主办部门答复意见): the cell of the reply starts below it.
   */
  static boolean replyCellAlone(Line line) {
    int cell = replyAfterLabel(line);
    MetadataLabel alone = named(PageMetadata.withoutColon(line.compactKey()));
    return cell > 0 && line.from(cell).blank()
        || alone != null && alone.supplies == Supplies.REPLY_TEXT && alone.of == Of.RECORD;
  }

  /**
   * Where the reply starts on {@code line} when it starts with a record's label of the reply's
   * own text (| 问题答复: | 江伟洪代表: 您提出的…): the index after the label, its colon and the
   * border of its cell; else -1.
   */
  static int replyAfterLabel(Line line) {
    Matcher m = REPLY_LABEL.matcher(line.key());
    return m.lookingAt() ? m.end() : -1;
  }

  /**
   * The names of the labels that make a line page metadata wherever they start it: the page's and
   * a record's (not {@link Of#PAGE_CELL}'s, the page's alone on their line only).
   */
  static List<String> ofThePage() {
    return ALL.stream().filter(l -> l.of != Of.LETTER_TOO && l.of != Of.PAGE_CELL)
        .map(MetadataLabel::name).toList();
  }

  /**
   * The names of the page's labels and of the marks' labels the letter prints too ({@link
   * Of#LETTER_TOO}; 答复 and 复函 aside, words of the letter's text): every label whose value a page may
   * print on the line below it (公开属性: / 全部公开).
   */
  static List<String> ofThePageOrLetter() {
    return ALL.stream().filter(l -> l.of != Of.LETTER_TOO || l.supplies != Supplies.REPLY_TEXT)
        .map(MetadataLabel::name).toList();
  }

  /** The names of the page's labels that label the letter's marks too ({@link Of#PAGE_OR_MARKS}). */
  static List<String> labellingMarksToo() {
    return ALL.stream().filter(l -> l.of == Of.PAGE_OR_MARKS).map(MetadataLabel::name).toList();
  }

  /** The names of the labels of a record of the item. */
  static List<String> ofARecord() {
    return ALL.stream().filter(l -> l.of == Of.RECORD).map(MetadataLabel::name).toList();
  }

  private static MetadataLabel cell(String name) {
    return new MetadataLabel(name, Of.PAGE_CELL, Supplies.NOTHING);
  }

  private static MetadataLabel page(String name) {
    return new MetadataLabel(name, Of.PAGE, Supplies.NOTHING);
  }

  private static MetadataLabel page(String name, Supplies supplies) {
    return new MetadataLabel(name, Of.PAGE, supplies);
  }

  private static MetadataLabel record(String name) {
    return new MetadataLabel(name, Of.RECORD, Supplies.NOTHING);
  }

  private static MetadataLabel record(String name, Supplies supplies) {
    return new MetadataLabel(name, Of.RECORD, supplies);
  }
}
