package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.ResultClass;
import org.junit.jupiter.api.Test;

/**
 * Pages that print a table a cell a line: a disclosure catalogue's labels each above its value,
 * a value broken over lines, and a record of the item whose cell of the reply holds the letter's
 * own head (corpus dr 2363, ds 2387).
 */
class CellPerLineTest {
  private static final String LETTER =
      "史咏晶委员:\n您提出的关于增设游乐设施的提案收悉,现答复如下:\n已办。\n上海市普陀区绿化和市容管理局\n2019年10月14日\n";

  /**
   * A document number the page prints in parts, a line each, below its label alone (发文字号: /
   * 普绿容 / 〔2019〕 / 44号) is read whole where the letter prints none; the catalogue's labels
   * (公开属性, 首次公开, 公开期限, 公开载体) each keep their value below them as the page's.
   */
  @Test
  void aNumberPrintedInPartsBelowItsLabelIsReadWhole() {
    ReadResult r = LayoutReaderTest.read("索引号:\nSY6941666290201900050\n发文字号:\n普绿容\n〔2019〕\n44号\n"
        + "公开类型:\n主动公开\n公开属性:\n全部公开\n首次公开:\n产生后20个工作日内\n公开期限:\n长期公开\n"
        + "公开载体:\n在线浏览\n" + LETTER);
    assertThat(r.reply().documentNumber()).map(DocumentNumber::toString)
        .contains("普绿容〔2019〕44号");
    assertThat(r.reply().disclosure()).contains(Disclosure.PUBLIC);
    assertThat(r.reply().unrecognized()).allSatisfy(
        b -> assertThat(b.kind()).isEqualTo(dev.govreply.model.BlockKind.PAGE_METADATA));
    assertThat(r.reply().unrecognized()).flatExtracting(b -> b.lines())
        .contains("普绿容", "〔2019〕", "44号", "全部公开", "产生后20个工作日内", "长期公开", "在线浏览");
  }

  /**
   * Only lines that are together a document number, and are one only together, are joined: a
   * label whose value is one line keeps that line, and below a label of another kind nothing is
   * joined.
   */
  @Test
  void onlyANumberInPartsIsJoined() {
    ReadResult whole = LayoutReaderTest.read("发文字号:\n普绿容〔2019〕44号\n〔2019〕\n" + LETTER);
    assertThat(whole.reply().documentNumber()).map(DocumentNumber::toString)
        .contains("普绿容〔2019〕44号");
    ReadResult notANumber = LayoutReaderTest.read("发文字号:\n普绿容\n2019\n44\n" + LETTER);
    assertThat(notANumber.reply().documentNumber()).isEmpty();
    ReadResult otherLabel = LayoutReaderTest.read("主题分类:\n普绿容\n〔2019〕\n44号\n" + LETTER);
    assertThat(otherLabel.reply().documentNumber()).isEmpty();
  }

  /**
   * A record of the item, its deputy's text and then its cell of the reply: the reply starts at
   * its own head, the lines of its marks (class, number, the body's name) above its title, even
   * where the first sentence below the title lost its opening words in capture.
   */
  @Test
  void aRecordsReplyStartsAtItsNumberedHead() {
    ReadResult r = LayoutReaderTest.read(String.join("\n", "关于解决学校安装空调的建议", "", "提议人", "",
        "所属代表团", "", "主办单位", "", "朱晓岚", "", "第十六代表团", "", "区教委", "", "建议正文", "",
        "一、基本情况", "", "近几年,夏季我市气温高,持续时间长。", "", "办理简述", "", "   A", "",
        "                    津教函〔2025〕225号", "", "重庆市江津区教育委员会", "",
        "关于区十八届人大次会议第021号建议办理情况复函", "", "委一直高度重视改善学校办学条件。", ""));
    assertThat(r.reply().issuer()).contains("重庆市江津区教育委员会");
    assertThat(r.reply().documentNumber()).map(DocumentNumber::toString)
        .contains("津教函〔2025〕225号");
    assertThat(r.reply().resultClass()).map(ResultClass::toString).contains("A");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("021");
    assertThat(r.reply().body().opening()).contains("委一直高度重视改善学校办学条件。");
    // without a number above it, a title whose first sentence announces nothing starts no reply
    ReadResult bare = LayoutReaderTest.read(String.join("\n", "提议人", "所属代表团", "朱晓岚", "第十六代表团",
        "建议正文", "一、基本情况", "近几年,夏季我市气温高,持续时间长。", "重庆市江津区教育委员会",
        "关于区十八届人大次会议第021号建议办理情况复函", "委一直高度重视改善学校办学条件。", ""));
    assertThat(bare.reply().documentNumber()).isEmpty();
    assertThat(bare.reply().body().opening()).isNotEqualTo(java.util.Optional.of("委一直高度重视改善学校办学条件。"));
  }

  /**
   * A label's own value is never glued to the letter's number below it (review): 无 below 文号:
   * is the value, and the letter's 岳交函〔2022〕5号 its own.
   */
  @Test
  void anEmptyValueIsNotJoinedToTheLettersNumber() {
    ReadResult r = LayoutReaderTest.read("索引号:\n123456\n文号:\n无\n岳交函〔2022〕5号\n"
        + "对县十七届人大一次会议第12号建议的答复\n" + LETTER);
    assertThat(r.reply().documentNumber()).map(DocumentNumber::toString).contains("岳交函〔2022〕5号");
  }

  /**
   * A record's row one value short, the name below it right above the letter's salutation: the
   * name is the letter's head, its issuer (review). A row the name completes keeps it the
   * record's, right above a title too (a second review: 区财政局 as 协办单位's value there), and the
   * issuer is the signature's.
   */
  @Test
  void aRowWithAnEmptyCellLeavesTheLetterhead() {
    String reply = "朱晓岚代表:\n您提出的关于在学校内安装空调的建议收悉,现答复如下:\n已办。\n2025年6月27日\n";
    ReadResult titled = LayoutReaderTest.read("提议人\n\n主办单位\n\n协办单位\n\n朱晓岚\n\n区教委\n\n"
        + "区财政局\n\n关于区十八届人大三次会议第021号建议办理情况的复函\n" + reply.replace("2025年",
            "重庆市江津区教育委员会\n2025年"));
    assertThat(titled.reply().issuer()).contains("重庆市江津区教育委员会");
    ReadResult untitled = LayoutReaderTest.read("提议人\n主办单位\n协办单位\n朱晓岚\n重庆市江津区教育委员会\n"
        + reply);
    assertThat(untitled.reply().issuer()).contains("重庆市江津区教育委员会");
  }

  /**
   * A document and a title the member's text cites in a record are the member's, not the reply's
   * head (review): the reply starts at its salutation below, its title and number the letter's.
   */
  @Test
  void aTitleTheMembersTextCitesIsNoReplysHead() {
    ReadResult r = LayoutReaderTest.read(String.join("\n", "提议人", "朱晓岚", "主办单位", "区教委", "建议正文",
        "近几年,夏季我市气温高,根据以下文件:", "渝府办发〔2020〕3号", "重庆市人民政府办公厅关于对市政协第123号提案的答复",
        "学校应逐步安装空调。", "办理简述", "朱晓岚代表:", "您提出的关于在学校内安装空调的建议收悉,现答复如下:",
        "我委已将该项目纳入计划。", "重庆市江津区教育委员会", "2025年6月27日", ""));
    assertThat(r.reply().issuer()).contains("重庆市江津区教育委员会");
    assertThat(r.reply().documentNumber()).isEmpty();
    assertThat(r.reply().title()).isEmpty();
    assertThat(r.reply().motion().flatMap(m -> m.number())).isEmpty();
    // two numbered heads, the member's citation and the reply's own: the last is the reply's
    ReadResult two = LayoutReaderTest.read(String.join("\n", "提议人", "", "所属代表团", "", "主办单位", "",
        "朱晓岚", "", "第十六代表团", "", "区教委", "", "建议正文", "", "近几年,夏季我市气温高。去年区教委曾答复:", "",
        "津教函〔2024〕88号", "", "关于区十八届人大二次会议第105号建议办理情况复函", "", "办理简述", "", "   A", "",
        "津教函〔2025〕225号", "", "重庆市江津区教育委员会", "", "关于区十八届人大次会议第021号建议办理情况复函", "",
        "委一直高度重视改善学校办学条件。", ""));
    assertThat(two.reply().documentNumber()).map(DocumentNumber::toString)
        .contains("津教函〔2025〕225号");
    assertThat(two.reply().motion().flatMap(m -> m.number())).contains("021");
  }

  /**
   * A record whose reply is printed without its cell's label (答复:), as the writer prints the
   * reply of corpus af 687: the reply starts at its opening addressed to the member, and the
   * record's lines above it stay the page's.
   */
  @Test
  void aRecordsReplyStartsAtItsOpeningToTheMember() {
    ReadResult r = LayoutReaderTest.read(String.join("\n", "案由:关于加快县城南山开发建设的提案",
        "提案人:王定香 城关镇纸坊沟村", "理由:城关镇纸坊沟已建设为县城居民休闲去处。", "建议: 1、高规格做好规划。",
        "主办单位:县文旅局", "您提出的关于加快县城南山开发建设的提案已收悉,现答复如下:", "已办。", "2021年10月12日"));
    assertThat(r.reply().body().opening()).contains("您提出的关于加快县城南山开发建设的提案已收悉,现答复如下:");
    assertThat(r.reply().body().context()).containsExactly("已办。");
    assertThat(r.reply().unrecognized()).flatExtracting(b -> b.lines())
        .contains("理由:城关镇纸坊沟已建设为县城居民休闲去处。", "主办单位:县文旅局");
  }

  /**
   * A register of deputies' suggestions labels the item's title 建议主题 (提案主题 for a member's
   * proposal), a table cell without colon, and prints the deputy's text and the handling's fields
   * above the reply: the reply starts at its salutation, the record's lines stay the page's and the
   * label gives the item's title (corpus ij 4806).
   */
  @Test
  void aRegistersThemeIsTheItemsTitleAndItsTextStaysThePages() {
    ReadResult r = LayoutReaderTest.read(String.join("\n", "受理结果", "", "编 号 第297号",
        "建议主题 关于妥善处理好BRT专用道使用问题的建议", "BRT专用道空荡荡,其它车道却堵成一团,建议有关部门拿出办法。",
        "提交时间 2022-12-30", "承办单位 交通局、公安局、建设局",
        "龚代表: 您提出的《关于妥善处理好BRT专用道使用问题的建议》已收悉,现答复如下: 已办。", ""));
    assertThat(r.reply().addressee().map(a -> a.names())).contains(java.util.List.of("龚"));
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于妥善处理好BRT专用道使用问题的建议");
    assertThat(r.reply().unrecognized()).flatExtracting(b -> b.lines())
        .contains("BRT专用道空荡荡,其它车道却堵成一团,建议有关部门拿出办法。", "提交时间 2022-12-30");
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply())).isEqualTo(once);
    ReadResult proposal = LayoutReaderTest.read(String.join("\n", "提案主题 关于加快发展慈善事业的建议",
        "慈善组织数量少,建议加大培育。", "陈瑜委员: 您提出的《关于加快发展慈善事业的建议》收悉,现答复如下: 已办。", ""));
    assertThat(proposal.reply().motion().flatMap(m -> m.title())).contains("关于加快发展慈善事业的建议");
    assertThat(proposal.reply().addressee().map(a -> a.names())).contains(java.util.List.of("陈瑜"));
  }

  /**
   * A register serving both kinds labels the item's text 建议/提案内容 (corpus iw 5061, t 471): the
   * page is a record, the item's text the page's, and the reply is read from its 答复内容 cell.
   */
  @Test
  void aRegisterOfBothKindsLabelsTheItemsText() {
    ReadResult r = LayoutReaderTest.read(String.join("\n",
        "建议/提案提出者: | 周锦芳 | 建议/提案号: | 111 | |", "标题: | 关于做好耕地保护工作的建议 | |||",
        "建议/提案内容: | 随着国家对耕地保护力度的逐年加大,我区自2022年以来,对种植树木的地块实施耕地保护工作,"
            + "每次都是时间紧、任务重,树木销售价格也不理想,对种植户造成了经济损失。建议能提前规划。 |", "|||",
        "答复内容: | 周锦芳代表: 您提出的关于做好耕地保护工作的建议收悉,现答复如下: 已办。", ""));
    assertThat(r.reply().addressee().map(a -> a.names())).contains(java.util.List.of("周锦芳"));
    assertThat(r.reply().unrecognized()).flatExtracting(b -> b.lines())
        .anyMatch(l -> l.contains("对种植树木的地块实施耕地保护工作"));
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply())).isEqualTo(once);
  }

  /**
   * A catalogue's cell label alone whose value the page left out (公开程序, above the letter's own
   * letterhead: corpus c 110 as the writer prints it) takes no body's name for its value.
   */
  @Test
  void aCataloguesCellLeftEmptyTakesNoLetterhead() {
    ReadResult r = LayoutReaderTest.read(String.join("\n", "公开程序", "舟曲县教育局", "李班马才委员：",
        "你在县政协第十五届五次会议上提出的《关于进一步发展农村基础教育的提案》收悉，现答复如下：", "已办。", ""));
    assertThat(r.reply().issuer()).contains("舟曲县教育局");
  }

  /**
   * The member's text on a record's page may quote an earlier reply, or end in 如下 (second
   * review): the reply starts at its salutation or titled opening below; a reply whose first line
   * opens it stays where it starts; its title above the salutation is read over its date.
   */
  @Test
  void aQuotedOpeningInTheMembersTextStartsNoReply() {
    String head = "案由:关于加强农村公路养护的建议\n提案人:张亮\n";
    String reply = "张亮委员:\n您提出的关于加强农村公路养护的提案收悉,现答复如下:\n已办。\n某某县交通运输局\n2024年5月31日\n";
    ReadResult quoted = LayoutReaderTest.read(head + "理由:去年我提出同样的建议,县交通运输局答复如下:\n"
        + "您提出的关于加强农村公路养护的建议收悉,我局将于明年安排资金。\n但至今未见落实。\n" + reply);
    assertThat(quoted.reply().addressee()).isPresent();
    assertThat(quoted.reply().motion().flatMap(m -> m.title())).contains("关于加强农村公路养护的提案");
    ReadResult opened = LayoutReaderTest.read(head + "你们提出的关于加强农村公路养护的提案收悉。\n"
        + "你们在提案中反映的问题很有针对性,现将办理情况答复如下:\n已办。\n");
    assertThat(opened.reply().body().opening()).contains("你们提出的关于加强农村公路养护的提案收悉。");
    ReadResult dated = LayoutReaderTest.read(head + "理由:农村公路破损严重。\n建议:加大投入。\n"
        + "关于县政协十届三次会议第12号提案的答复\n(2024年5月31日)\n" + reply);
    assertThat(dated.reply().motion().flatMap(m -> m.number())).contains("12");
  }

  /**
   * The member's own sentence that ends in 如下 (委员提出如下建议：) opens no reply (third review): the
   * reply starts at its opening below.
   */
  @Test
  void theMembersOwnProposalsOpenNoReply() {
    ReadResult r = LayoutReaderTest.read("案由:关于加强农村公路养护的建议\n提案人:张亮\n"
        + "近年来农村公路破损严重,为此,委员提出如下建议:\n一、加大投入。\n二、建立机制。\n"
        + "您提出的关于加强农村公路养护的提案收悉,现答复如下:\n我局已将该路段纳入计划。\n某某县交通运输局\n2024年5月31日\n");
    assertThat(r.reply().body().opening()).contains("您提出的关于加强农村公路养护的提案收悉,现答复如下:");
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于加强农村公路养护的提案");
  }
}
