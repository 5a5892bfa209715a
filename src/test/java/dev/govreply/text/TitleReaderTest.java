package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.ResultClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which lines are read as the title of a reply ({@link TitleReader#at}), and what it holds. */
class TitleReaderTest {

  private static TitleReader.Found at(String... lines) {
    List<Line> all = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      all.add(new Line(i + 1, 1, lines[i]));
    }
    return TitleReader.at(all, 0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "关于加强农村公路建设的答复 = 关于加强农村公路建设的答复",
      "对市政协十届三次会议第36号提案的答复 = 对市政协十届三次会议第36号提案的答复",
      "《关于加强管理的建议》的答复 = 《关于加强管理的建议》的答复",
      "关于第12号建议的复函 = 关于第12号建议的复函",
      "关于第12号建议办理情况的答复意见 = 关于第12号建议办理情况的答复意见",
      "关于第12号建议的答复摘要 = 关于第12号建议的答复摘要",
      "关于县十七届人大五次会议第1012号建议的协办意见 = 关于县十七届人大五次会议第1012号建议的协办意见",
      // a report of the handling to the government's office (corpus bu 1382)
      "省大数据局关于省十四届人大三次会议第30号建议办理落实情况报告 = 省大数据局关于省十四届人大三次会议第30号建议办理落实情况报告",
      "关于第12号提案办理情况的报告 = 关于第12号提案办理情况的报告",
      // a reply sent as a report of the answer (corpus dd 2084)
      "关于县政协十一届三次会议第120号提案答复的报告 = 关于县政协十一届三次会议第120号提案答复的报告",
      "关于第12号建议答复报告 = 关于第12号建议答复报告",
      "关 于 第 12 号 建 议 的 答 复 = 关于第12号建议的答复",
  })
  void titles(String text, String title) {
    TitleReader.Found f = at(text);
    assertThat(f).as(text).isNotNull();
    assertThat(f.title()).isEqualTo(title);
  }

  /** A colon between the kind word and the item's number that the title cites. */
  @Test
  void aColonBeforeTheItemsNumber() {
    assertThat(at("区十八届人大二次会议建议:第009号--关于加强红村社区卫生服务中心建设的建议的答复"))
        .isNotNull();
    assertThat(at("关于第12号建议的答复:说明:见附件")).isNull();
    assertThat(at("建议:加强管理的答复")).isNull();
  }

  /**
   * A colon between the item's number the title cites and the item's title, and an item whose
   * title is its whole suggestion: such a title runs to about 160 characters (hy 4583).
   */
  @Test
  void aColonAfterTheItemsNumberBeforeALongTitle() {
    String item = "针对农村治安情况的特点,建议适当增加监控探头,实现治安监控与治安卡口系统的融合,"
        + "完成对人员、车辆全方位的管控以及积极探索农村治安防范防控新机制,结合村庄巡防、路面巡逻、重点部位监控、"
        + "交通治安卡口形成多联防机制,结合人防技防物防,由点线面结合到全方位覆盖的治安动态防控体系";
    assertThat(at("十八届人大二次会议第1802038号:关于“" + item + "”的建议答复")).isNotNull();
    assertThat(at("十八届人大二次会议第12号:我局关于张三代表所提建议的答复")).isNull(); // no title after it
    assertThat(at("按照第12号:关于加强管理的通知的答复:见附件")).isNull(); // two colons
    // a document number's serial is no item's number (review)
    assertThat(at("湘交函〔2024〕第40号:关于张三代表所提建议的答复")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "您提出的建议收悉。", "关于加强农村公路建设", "关于：加强管理的答复",
      "承办单位及答复", "主办单位 会办 答复", "人大政协提案办理情况", "人大建议政协提案办理情况",
      "特此答复", "现答复如下", "张亮代表：", "关于加强管理的答复。", "关于2023年政府工作的报告"})
  void noTitles(String text) {
    assertThat(at(text)).as(text).isNull();
  }

  /** The item's number with its year in brackets after the title: …复文(2015年第0583号). */
  @Test
  void anItemNumberInBracketsAfterTheTitle() {
    TitleReader.Found f = at("“关于支持黄河故道生态走廊建设的提案”复文(2015年第0583号)");
    assertThat(f.extras()).extracting(TitleExtra::value)
        .containsExactly(new TitleExtra.CitedNumber("0583"));
    // or without its year, as the writer prints a number the title does not cite
    TitleReader.Found noYear = at("盘山县十七届人大四次会议代表建议的答复（第3号）");
    assertThat(noYear.title()).isEqualTo("盘山县十七届人大四次会议代表建议的答复");
    assertThat(noYear.extras()).extracting(TitleExtra::value)
        .containsExactly(new TitleExtra.CitedNumber("3"));
    assertThat(at("关于加强农村公路建设的建议的答复(3号)")).isNull(); // 第 or a year says what it is
  }

  /**
   * The item's number after the title and a colon (…代表建议的答复:第3号) is an extra too: the
   * title ends before the colon, and reads on a line of its own.
   */
  @Test
  void anItemNumberAfterAColon() {
    TitleReader.Found f = at("盘山县十七届人大四次会议代表建议的答复:第3号");
    assertThat(f).isNotNull();
    assertThat(f.extras()).extracting(TitleExtra::value)
        .containsExactly(new TitleExtra.CitedNumber("3"));
    assertThat(at("关于加强农村公路建设的建议的答复：第03号").extras())
        .extracting(TitleExtra::value).containsExactly(new TitleExtra.CitedNumber("03"));
  }

  /**
   * The item's number set off from the title by a blank as printed (a portal's heading: …委员提案答复
   * 第35号, corpus ji 5301) is an extra too; glued to the title it is not read as one.
   */
  @Test
  void anItemNumberAfterABlank() {
    TitleReader.Found f = at("【区城管委】政协天津市河东区第十六届二次会议委员提案答复 第35号");
    assertThat(f).isNotNull();
    assertThat(f.title()).isEqualTo("【区城管委】政协天津市河东区第十六届二次会议委员提案答复");
    assertThat(f.extras()).extracting(TitleExtra::value)
        .containsExactly(new TitleExtra.CitedNumber("35"));
    assertThat(at("政协天津市河东区第十六届二次会议委员提案答复第35号")).isNull();
  }

  /**
   * The item's own title in 《》 or after a colon after the reply's title is an extra
   * (…提案的答复函《关于…的建议》, …建议的答复:关于…的建议);
   * an item quoted inside the title is the title's.
   */
  @Test
  void theItemsTitleAfterTheTitle() {
    TitleReader.Found f = at("区政协八届二次会议第77号提案的答复函《关于做强我区旅游业配套基础设施的建议》");
    assertThat(f.title()).isEqualTo("区政协八届二次会议第77号提案的答复函");
    assertThat(f.extras()).extracting(TitleExtra::value)
        .containsExactly(new TitleExtra.ItemTitle("关于做强我区旅游业配套基础设施的建议"));
    assertThat(at("对《关于加强管理的建议》的答复").extras()).isEmpty();
    TitleReader.Found colon = at("关于县十九届人大二次会议 第4号建议的答复:关于增加凡河镇教育投入的建议");
    assertThat(colon.title()).isEqualTo("关于县十九届人大二次会议第4号建议的答复");
    assertThat(colon.extras()).extracting(TitleExtra::value)
        .containsExactly(new TitleExtra.ItemTitle("关于增加凡河镇教育投入的建议"));
    TitleReader.Found unmarked = at("对县十八届人大五次会议第3号建议的答复:镇西镇中心小学筹建风雨操场的建议");
    assertThat(unmarked.extras()).extracting(TitleExtra::value)
        .containsExactly(new TitleExtra.ItemTitle("镇西镇中心小学筹建风雨操场的建议"));
    // after a dash (corpus eg 2664); not with a second dash after it
    TitleReader.Found dash = at("对区政协十届一次会议第41号提案的答复——关于西部商贸区增加公共交通线路的建议");
    assertThat(dash.title()).isEqualTo("对区政协十届一次会议第41号提案的答复");
    assertThat(dash.extras()).extracting(TitleExtra::value)
        .containsExactly(new TitleExtra.ItemTitle("关于西部商贸区增加公共交通线路的建议"));
    assertThat(at("对区政协第41号提案的答复——关于公交——线路的建议")).isNull();
    assertThat(at("关于市十五届人大三次会议第41号建议的答复———关于加快农村公路建设的建议").extras()) // a longer dash
        .extracting(TitleExtra::value)
        .containsExactly(new TitleExtra.ItemTitle("关于加快农村公路建设的建议"));
    assertThat(at("关于第4号建议的答复:已办")).isNull(); // a colon before no item's title
    assertThat(at("关于第4号建议的答复:见建议")).isNull();
    assertThat(at("关于《加强管理的建议》")).isNull();
  }

  /**
   * A web page's heading joins the reply's title and the item's with a bar, the document number
   * in brackets after them (corpus ad 657): the item's title and the number are its extras.
   */
  @Test
  void theItemsTitleAfterABarOfAWebHeading() {
    TitleReader.Found f = at("農業農村部關于十三屆全國人大三次會議第8170號建議的答復|關于加大力度抓好重要農產品穩產保供的建議"
        + " (農辦議[2020]111號)");
    assertThat(f.title()).isEqualTo("農業農村部關于十三屆全國人大三次會議第8170號建議的答復");
    assertThat(f.extras()).extracting(TitleExtra::value)
        .contains(new TitleExtra.ItemTitle("關于加大力度抓好重要農產品穩產保供的建議"));
    assertThat(at("关于第4号建议的答复|已办")).isNull(); // a bar before no item's title
  }

  /**
   * The item's own title in round brackets after the reply's title is an extra: a 关于… phrase,
   * one ending in a kind word, or a long phrase; never a reply's title, a citation by number or a
   * labelled value, after which the line is no title.
   */
  @Test
  void theItemsTitleInBracketsAfterTheTitle() {
    TitleReader.Found f = at("对区十九届人大四次会议第30号代表建议的答复(关于优化公交布局,畅通学子求知路的建议)");
    assertThat(f.title()).isEqualTo("对区十九届人大四次会议第30号代表建议的答复");
    assertThat(f.extras()).extracting(TitleExtra::value)
        .containsExactly(new TitleExtra.ItemTitle("关于优化公交布局,畅通学子求知路的建议"));
    assertThat(at("对区政协十届二次会议第120号提案的答复（从人力资源视角探索招商引资的新方向）").extras())
        .extracting(TitleExtra::value)
        .containsExactly(new TitleExtra.ItemTitle("从人力资源视角探索招商引资的新方向"));
    // a title may hold 以下 as a word (second review)
    assertThat(at("某某市交通运输局关于市十七届人大三次会议第12号建议的答复(关于落实县以下机关公务员职务与职级并行制度的建议)")
        .extras()).extracting(TitleExtra::value).containsExactly(
            new TitleExtra.ItemTitle("关于落实县以下机关公务员职务与职级并行制度的建议"));
    assertThat(at("南港镇2023年人大代表建议办理答复(舒城县水利局关于第14号代表建议办理的函)")).isNull();
    assertThat(at("对《关于对翟徐桥提升改造的建议》的答复(县十八届人大三次会议第31号建议)")).isNull();
    assertThat(at("关于对建设公益性墓地的提案答复的函(编号:B〔2017〕062号)")).isNull();
    // too short to be an item's title: a note on the reply, printed as the title's part
    assertThat(at("关于第12号建议的答复(征求意见稿)")).satisfies(draft -> {
      assertThat(draft.title()).isEqualTo("关于第12号建议的答复(征求意见稿)");
      assertThat(draft.extras()).isEmpty();
    });
    // who raised it, or a citation by number, is no item's title
    assertThat(at("关于第12号建议的答复(张三等十位代表联名提出)")).isNull();
    assertThat(at("关于第12号建议的答复(市人大代表王某某提出的建议)")).isNull();
    assertThat(at("关于第12号建议的答复(第三十号建议)")).isNull();
    assertThat(at("关于第12号建议的答复:第30号代表建议")).isNull();
    assertThat(at("关于第12号建议的答复:张三等代表提出的第12号建议")).isNull();
  }

  /** A body named in brackets after the title is its issuer. */
  @Test
  void aBodyInBracketsAfterTheTitleIsItsIssuer() {
    TitleReader.Found f = at("对县十六届人大会一次会议第41号议事原案的答复(教育局)");
    assertThat(f.extras()).extracting(TitleExtra::value)
        .containsExactly(new TitleExtra.Issuer("教育局"));
    assertThat(f.title()).isEqualTo("对县十六届人大会一次会议第41号议事原案的答复");
  }

  /** A year printed before the issuer is the title's, not part of the issuer's name. */
  @Test
  void aYearBeforeTheIssuerIsNotPartOfItsName() {
    TitleReader.Found f = at("2019年县人社局对县人大第十八届三次会议第115号建议答复的函");
    assertThat(f.issuer()).isEqualTo("县人社局");
    assertThat(at("2022年度滕州市住建局关于人大十九届一次会议第50号代表建议的答复").issuer())
        .isEqualTo("滕州市住建局");
  }

  @Test
  void theIssuerBeforeTheTitleIsReadApart() {
    TitleReader.Found f = at("平江县人民政府关于第12号建议的答复");
    assertThat(f.issuer()).isEqualTo("平江县人民政府");
    assertThat(f.title()).isEqualTo("平江县人民政府关于第12号建议的答复");
    assertThat(f.issuerEnd()).isEqualTo(7);
  }

  @Test
  void bracketedExtrasFollowTheTitle() {
    TitleReader.Found f = at("关于第12号建议的答复（B）[浙交建〔2018〕101号]（此件主动公开）");
    assertThat(f.title()).isEqualTo("关于第12号建议的答复");
    assertThat(f.extras()).extracting(TitleExtra::value).hasSize(3)
        .first().isEqualTo(ResultClass.parse("B"));
    assertThat(f.extras().get(1).value()).hasToString("浙交建〔2018〕101号");
    assertThat(f.extras().get(2).value()).isEqualTo(Disclosure.PUBLIC);
  }

  /** A class printed after the title without brackets, set off by a blank, is an extra too. */
  @Test
  void aBareClassAfterTheTitleIsAnExtra() {
    TitleReader.Found f = at("关于自治州十四届人大一次会议第193号建议的答复函 B");
    assertThat(f.title()).isEqualTo("关于自治州十四届人大一次会议第193号建议的答复函");
    assertThat(f.extras()).extracting(TitleExtra::value)
        .containsExactly(ResultClass.parse("B"));
    assertThat(at("关于第12号建议的答复\u3000A2类").extras()).extracting(TitleExtra::value)
        .containsExactly(ResultClass.parse("A2"));
    assertThat(at("关于第12号建议的答复B")).as("no blank before it: no class").isNull();
    // the reply's number and class in one bracket after the title (corpus bp 1285)
    TitleReader.Found marked = at("对岳阳市政协九届三次会议第351号提案的答复(岳财字〔2024〕40号A1类)");
    assertThat(marked.title()).isEqualTo("对岳阳市政协九届三次会议第351号提案的答复");
    assertThat(marked.extras()).extracting(TitleExtra::value)
        .containsExactly(DocumentNumber.parse("岳财字〔2024〕40号"), ResultClass.parse("A1"));
    // in brackets right before the title's last words
    TitleReader.Found inner = at("关于市政协五届一次会议第042号提案办理情况(A)的函");
    assertThat(inner.title()).isEqualTo("关于市政协五届一次会议第042号提案办理情况(A)的函");
    assertThat(inner.extras()).extracting(TitleExtra::value)
        .containsExactly(ResultClass.parse("A"));
  }

  @Test
  void anExtraMayHoldAColonOrAFullStopThatTheTitleDoesNot() {
    TitleReader.Found f = at("关于第12号建议的答复（公开属性：主动公开）");
    assertThat(f.title()).isEqualTo("关于第12号建议的答复");
    assertThat(f.extras().get(0).value()).isEqualTo(Disclosure.PUBLIC);
    assertThat(at("关于第12号建议的答复（此件主动公开。）").extras().get(0).value())
        .isEqualTo(Disclosure.PUBLIC);
    assertThat(at("关于第12号建议的答复：")).isNull();
  }

  @Test
  void aTitleSpansUpToThreeLines() {
    TitleReader.Found f = at("关于加强农村公路建设的", "答 复");
    assertThat(f.first()).isEqualTo(0);
    assertThat(f.last()).isEqualTo(1);
    assertThat(f.title()).isEqualTo("关于加强农村公路建设的答复");
  }

  /** A line that starts a title of its own does not continue the one above. */
  @Test
  void aLineStartingATitleDoesNotContinueAnother() {
    assertThat(at("关于某某县门户网站的", "关于第12号建议的答复")).isNull();
  }

  /** A title is spaced when one of its lines has a blank between non-blank chars. */
  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "关于第12号建议的答复 = false",
      "'  关于第12号建议的答复\u3000' = false",
      "关 于第12号建议的答复 = true",
      "关于第12号建议的\u3000答复 = true",
  })
  void spacedTitles(String text, boolean spaced) {
    assertThat(at(text).spaced()).as(text).isEqualTo(spaced);
  }

  /**
   * The item's own title in brackets after the reply's, run over two lines: the reply is read
   * (it had failed with GR-TXT-099, the brackets' markup taken from one line), both lines are the
   * motion title's, and each bracket is consumed markup on its own line (fuzz finding,
   * readAnyJavaString crash-8ef1f3fb).
   */
  @Test
  void anItemsTitleInBracketsOverTwoLines() {
    ReadResult r = LayoutReaderTest.read("关于县十八届人大三次会议第12号建议的答复(关于加强\n农村公路建设的建议)\n"
        + "王五代表：\n您提出的建议收悉，现答复如下：已办。\n");
    assertThat(r.report().findings()).extracting(f -> f.ruleId()).doesNotContain("GR-TXT-099");
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于加强农村公路建设的建议");
    assertThat(r.report().lines().get(0).markup()).contains("(");
    assertThat(r.report().lines().get(1).markup()).containsExactly(")");
    assertThat(r.report().lines().get(1).targets()).containsExactly("motion.title");
  }

  /**
   * A note on the reply in brackets after the title's last words (corpus dr 2363: a follow-up
   * reply, …的再次答复(跟踪办理情况)) is printed as part of the title; the item is cited as before.
   * Brackets that hold no such note (a date) still end no title.
   */
  @Test
  void aNoteOnTheReplyAfterTheTitle() {
    TitleReader.Found f = at("对区政协十四届二次会议第142028号提案的再次答复(跟踪办理情况)");
    assertThat(f).isNotNull();
    assertThat(f.title()).isEqualTo("对区政协十四届二次会议第142028号提案的再次答复(跟踪办理情况)");
    assertThat(f.extras()).isEmpty();
    ReadResult r = LayoutReaderTest.read("对区政协十四届二次会议第142028号提案的再次答复(跟踪办理情况)\n"
        + "史咏晶委员:\n您提出的关于增设游乐设施的提案收悉,现答复如下:已办。\n");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("142028");
    assertThat(r.reply().motion().flatMap(m -> m.session()).map(Object::toString))
        .contains("区政协十四届二次会议");
    assertThat(at("对区政协十四届二次会议第142028号提案的答复(2019年10月)")).isNull();
    assertThat(at("对区政协十四届二次会议第142028号提案的答复(二〇一九年十月)")).isNull(); // review
  }
}
