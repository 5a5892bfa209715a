package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.govreply.findings.Finding;
import dev.govreply.examples.FoundingExample;
import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Measure;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyReaderTest {

  /** The result of reading a body alone: the body and the context it recorded into. */
  record Read(Body body, ReadContext ctx, ReadReport report) {
    List<String> findingIds() {
      return report.findings().stream().map(Finding::ruleId).toList();
    }
  }

  static Read read(String text) {
    List<String> lines = TextLines.split(text);
    ReadContext ctx = new ReadContext(lines);
    Body body = BodyReader.read(ctx.allLines(), ctx);
    return new Read(body, ctx, ctx.report(StandardCharsets.UTF_8));
  }

  static String sample(String name) {
    try (InputStream in = BodyReaderTest.class.getResourceAsStream("/samples/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Point point(int ordinal, String heading, String... paragraphs) {
    return Point.builder().ordinal(ordinal).heading(heading).addParagraphs(paragraphs).build();
  }

  // ---- the founding sample --------------------------------------------------------------

  @Test
  void foundingBodyMatchesTheHandBuiltOne() {
    List<String> all = TextLines.split(sample("00-pingjiang-xzf-jy241.txt"));
    int first = -1;
    int last = -1;
    for (int i = 0; i < all.size(); i++) {
      if (first < 0 && all.get(i).startsWith("您提出的")) {
        first = i;
      }
      if (all.get(i).startsWith("感谢您对平江")) {
        last = i;
      }
    }
    assertThat(first).isPositive();
    assertThat(last).isGreaterThan(first);
    ReadContext ctx = new ReadContext(all);
    Body body = BodyReader.read(ctx.allLines().subList(first, last + 1), ctx);
    Body expected = FoundingExample.reply().body();
    assertThat(body.opening()).isEqualTo(expected.opening());
    assertThat(body.context()).isEqualTo(expected.context());
    for (int i = 0; i < expected.measures().size(); i++) {
      assertThat(body.measures().get(i)).as("measure " + i).isEqualTo(expected.measures().get(i));
    }
    assertThat(body.commitments()).isEqualTo(expected.commitments());
    assertThat(body.closing()).isEqualTo(expected.closing());
    assertThat(body).isEqualTo(expected);
    ReadReport report = ctx.report(StandardCharsets.UTF_8);
    for (int n = first + 1; n <= last + 1; n++) {
      assertThat(report.lines().get(n - 1).unaccounted()).as("line " + n).isFalse();
    }
  }

  // ---- paragraph assembly ---------------------------------------------------------------

  @Test
  void linesBrokenMidSentenceAreJoinedEvenAcrossBlankLines() {
    Read r = read("您提出的建议收悉。现答复如下：\n近年来，我县深入贯\n\n彻落实有关精神，取得\n成效。\n第二段。");
    assertThat(r.body().context()).containsExactly("近年来，我县深入贯彻落实有关精神，取得成效。", "第二段。");
    assertThat(r.report().lines().get(1).targets()).containsExactly("body.context[0]");
    assertThat(r.report().lines().get(3).targets()).containsExactly("body.context[0]");
  }

  @Test
  void aLineEndingASentenceEndsItsParagraph() {
    for (String end : List.of("。", "！", "？", "!", "?", "；", ";", "：", ":", "”", "）", ")")) {
      Read r = read("您提出的建议收悉。\n甲乙" + end + "\n丙丁。");
      assertThat(r.body().context()).as(end).containsExactly("甲乙" + end, "丙丁。");
    }
  }

  @Test
  void aBrokenLineStopsBeforeAStructuralItem() {
    Read r = read("您提出的建议收悉。\n背景情况说明\n一、加强领导。\n内容一\n一是强化统筹。具体。");
    assertThat(r.body().context()).containsExactly("背景情况说明");
    Measure m = r.body().measures().get(0);
    assertThat(m.heading()).hasValue("加强领导。");
    assertThat(m.paragraphs()).containsExactly("内容一");
    assertThat(m.points()).containsExactly(point(1, "强化统筹。", "具体。"));
  }

  @Test
  void aShortHeadingWithoutPunctuationStandsAlone() {
    Read r = read("您提出的建议收悉。\n一、基本情况\n我县共有公路390条。\n二、下一步工作打算\n将继续争取资金。");
    assertThat(r.body().measures()).hasSize(2);
    assertThat(r.body().measures().get(0).heading()).hasValue("基本情况");
    assertThat(r.body().measures().get(0).paragraphs()).containsExactly("我县共有公路390条。");
    assertThat(r.body().measures().get(1).heading()).hasValue("下一步工作打算");
    assertThat(r.body().measures().get(1).paragraphs()).containsExactly("将继续争取资金。");
  }

  @Test
  void aContactsLineLeftInTheBodyIsALineOfItsOwn() {
    // the end's last line damaged in capture keeps the end in the body (corpus s 463): its
    // contact lines stay as printed, so that the written text reads back as the same body
    Read r = read("您提出的建议收悉。\n感谢您的关心和支持。\n部门负责人:元海波\n\n人: 裴亮亮\n\n联:(03556015222");
    assertThat(r.body().context())
        .containsExactly("感谢您的关心和支持。", "部门负责人:元海波", "人: 裴亮亮", "联:(03556015222");
    Read phone = read("您提出的建议收悉。\n现已整改完毕。\n联系人：王明 13812345678\n0二");
    assertThat(phone.body().context())
        .containsExactly("现已整改完毕。", "联系人：王明13812345678", "0二");
  }

  @Test
  void proseThatStartsWithALabelsWordsStaysOneParagraph() {
    // lines of prose broken mid-sentence where a line starts with a contact label's words
    // (an independent review's inputs): never split
    for (String prose : List.of(
        "经查，该工程施工单位为某某建设公司，项目\n负责人：李某，已责令其于本月底前完\n成整改。",
        "经协调，施工单位已明确现场联系\n人：赵某，群众可随时反映问题，\n我局也将加强监督。",
        "本次共抽调工作人员35\n人：其中县级干部5人，乡镇干部30人。",
        "为推进项目建设，县政府明确了\n分管领导:副县长刘某,牵头协调解决\n困难和问题。",
        "经与施工单位协商，确定了具体\n：王明同志 联系电话：1234567\n现场协调。")) {
      Read r = read("您提出的建议收悉。\n" + prose);
      assertThat(r.body().context()).as(prose).containsExactly(prose.replace("\n", ""));
    }
    // a paragraph that starts with a label's words and goes on is no contact's line
    for (String prose : List.of("负责人：李某负责协调施工中的具体\n问题。",
        "负责人：李某，已责令其于本月底前完\n成整改。", "各乡镇负责人：为第一责任人，对安全\n工作负总责。")) {
      Read r = read("您提出的建议收悉。\n我局高度重视。\n" + prose);
      assertThat(r.body().context()).as(prose)
          .containsExactly("我局高度重视。", prose.replace("\n", ""));
    }
  }

  @Test
  void boldMarkersAreRemovedAndRecorded() {
    Read r = read("您提出的建议收悉。\n**一、加强领导。一是高点\n位部署。**县委书记调研。");
    Measure m = r.body().measures().get(0);
    assertThat(m.heading()).hasValue("加强领导。");
    assertThat(m.points()).containsExactly(point(1, "高点位部署。", "县委书记调研。"));
    assertThat(r.report().lines().get(1).markup()).contains("**", "一、", "一是");
    assertThat(r.findingIds()).contains("GR-TXT-102");
  }

  /**
   * Stars that mask a name or digits are the text's, not bold markers: a run of more than two,
   * two after a name or digit before the end or a separator, two between digits; a pair around
   * text is bold, also around a name.
   */
  @Test
  void masksAreNotBoldMarkers() {
    Read r = read("您提出的建议收悉。\n联系人:刘**、张**,电话:131******5505、138**1234,***委员已知悉。");
    assertThat(r.body().context()).containsExactly(
        "联系人:刘**、张**,电话:131******5505、138**1234,***委员已知悉。");
    assertThat(r.findingIds()).doesNotContain("GR-TXT-102");
    assertThat(r.report().lines().get(1).markup()).doesNotContain("**");
    Read bold = read("您提出的建议收悉。\n**县交通局**负责，请与 **刘** 同志联系。");
    assertThat(bold.body().context()).containsExactly("县交通局负责，请与 刘 同志联系。");
    assertThat(Paragraphs.boldMarkers("**一、甲**乙")).containsExactly(0, 5);
    // a mask after a name, whatever follows it; and stars the reader cannot tell from a mask
    for (String masked : List.of("刘**", "尊敬的王**代表：", "王**同志和李**同志", "联系人：李**。",
        "0871-**71015", "请**刘**同志")) {
      assertThat(Paragraphs.boldMarkers(masked)).as(masked).isEmpty();
    }
  }

  @Test
  void spacesBetweenChineseAndDigitsAreRemovedOncePerParagraph() {
    Read r = read("您提出的建议收悉。\n常务副县长牵头 16 家部门举行 8 场次访谈，G98 环岛高速 A 段。");
    assertThat(r.body().context())
        .containsExactly("常务副县长牵头16家部门举行8场次访谈，G98环岛高速A段。");
    assertThat(r.findingIds()).containsOnlyOnce("GR-TXT-101");
  }

  @Test
  void spacesAreClosedUpOnEveryLineOfAParagraphWithOneFindingSpanningThem() {
    Read r = read("您提出的建议收悉。\n全县牵头 16 家部门\n共同推进，\n完成 A 段和 𠀀 3 段。");
    assertThat(r.body().context()).containsExactly("全县牵头16家部门共同推进，完成A段和 𠀀3段。");
    List<Finding> spaces = r.report().findings().stream()
        .filter(f -> f.ruleId().equals("GR-TXT-101")).toList();
    assertThat(spaces).hasSize(1);
    assertThat(spaces.get(0).span().orElseThrow().startLine()).isEqualTo(2);
    assertThat(spaces.get(0).span().orElseThrow().endLine()).isEqualTo(4);
  }

  @Test
  void spacesInLatinTextAndAfterPunctuationAreKept() {
    Read r = read("您提出的建议收悉。\n采用 Design and Build 模式。 另一句话。");
    assertThat(r.body().context()).containsExactly("采用Design and Build模式。 另一句话。");
  }

  @Test
  void letterSpacedFormulasAreClosedUp() {
    Read r = read("您提出的建议收悉。\n正文。\n此 致\n敬  礼");
    assertThat(r.body().closing()).containsExactly("此致", "敬礼");
    assertThat(r.findingIds()).contains("GR-TXT-103");
  }

  @Test
  void punctuationIsKeptAsPrinted() {
    Read r = read("您提出的建议收悉,现答复如下:\n我县共有公路(村组公路)390条;另有桥梁7座。");
    assertThat(r.body().opening()).hasValue("您提出的建议收悉,现答复如下:");
    assertThat(r.body().context()).containsExactly("我县共有公路(村组公路)390条;另有桥梁7座。");
  }

  // ---- opening --------------------------------------------------------------------------

  @Test
  void theOpeningRunTogetherWithTheTextIsSplitAfterTheAnswerFormula() {
    Read r = read("您提出的关于“乡间路维护的建议”收悉,现答复如下: 按照原则办理。 感谢您的支持。");
    assertThat(r.body().opening()).hasValue("您提出的关于“乡间路维护的建议”收悉,现答复如下:");
    assertThat(r.body().context()).containsExactly("按照原则办理。 感谢您的支持。");
    assertThat(r.findingIds()).contains("GR-TXT-106");
  }

  /**
   * The colon after 如下 is the opening's also when a letter-spaced line sets it off by a blank
   * (corpus jw 5587: written back, the colon alone began the body's next paragraph).
   */
  @Test
  void theColonAfterABlankEndsTheOpening() {
    Read r = read("您提出的关于修路的提案 已 收悉。现答复如下 :\n正文。");
    assertThat(r.body().opening()).hasValue("您提出的关于修路的提案 已 收悉。现答复如下 :");
    assertThat(r.body().context()).containsExactly("正文。");
    assertThat(r.findingIds()).doesNotContain("GR-TXT-106");
    for (String punctuation : new String[] {"。", "，", "　："}) {
      Read other = read("您提出的建议收悉,现答复如下 " + punctuation + "\n正文。");
      assertThat(other.body().opening()).as(punctuation)
          .hasValue("您提出的建议收悉,现答复如下 " + punctuation);
    }
  }

  @Test
  void aLoneGreetingJoinsTheOpening() {
    Read r = read("您好！\n您提出的建议收悉，现答复如下：\n正文。");
    assertThat(r.body().opening()).hasValue("您好！您提出的建议收悉，现答复如下：");
    assertThat(r.body().context()).containsExactly("正文。");
  }

  @Test
  void aBodyStartingWithAMeasureHasNoOpening() {
    Read r = read("一、加强领导。\n正文。");
    assertThat(r.body().opening()).isEmpty();
    assertThat(r.body().measures()).hasSize(1);
    assertThat(r.findingIds()).contains("GR-TXT-107");
  }

  // ---- measures and points --------------------------------------------------------------

  @Test
  void runInPointsSplitOnlyWhenTheOrdinalContinuesAtABoundary() {
    Read r = read("您提出的建议收悉。\n一、加强治理。主要方式：一是接入管网。对村庄污水进行处理;二是建设湿地。"
        + "统一是关键。三是建设涝池。处理污水。");
    Measure m = r.body().measures().get(0);
    assertThat(m.paragraphs()).containsExactly("主要方式：");
    assertThat(m.points()).containsExactly(
        point(1, "接入管网。", "对村庄污水进行处理;"),
        point(2, "建设湿地。", "统一是关键。"),
        point(3, "建设涝池。", "处理污水。"));
  }

  /**
   * Points 1. 2. 3. run on in one line, each after a clause's end, are as many points (corpus er
   * 2883: written a line each, they read back so); a number that does not continue the point's, or
   * that follows no clause's end, stays in the text.
   */
  @Test
  void numberedPointsRunOnInOneLineAreSplitWhereTheNextNumberFollowsAClauseEnd() {
    Read r = read("您提出的建议收悉。\n二、乡村医生的收入主要分为三个来源。1.基本医疗的收入;2.开展基本公共卫生服务项目的"
        + "收入,补助20元/人;3.国家基本药物制度补助收入。乡村医生的这3项收入能够维持运转。");
    Measure m = r.body().measures().get(0);
    assertThat(m.points()).extracting(Point::ordinal, p -> p.heading().orElse(null)).containsExactly(
        tuple(1, "基本医疗的收入;"), tuple(2, "开展基本公共卫生服务项目的收入,补助20元/人;"),
        tuple(3, "国家基本药物制度补助收入。"));
    assertThat(m.points().get(2).paragraphs()).containsExactly("乡村医生的这3项收入能够维持运转。");
    Read kept = read("您提出的建议收悉。\n一、加强治理。\n1.新建泵站。标准为每座3.5万元;共建2座,4.提升管网。"
        + "\n2.加强管护。");
    assertThat(kept.body().measures().get(0).points()).extracting(Point::ordinal).containsExactly(1, 2);
    assertThat(kept.body().measures().get(0).points().get(0).paragraphs())
        .containsExactly("标准为每座3.5万元;共建2座,4.提升管网。");
    // a list of the point's own, numbered from 1 again, is its text (second review F1)
    Read inner = read("您提出的建议收悉。\n一、加强保障。\n1.补助标准。补助分为两档：1.一档每人每年500元；2.二档每人每年300元。"
        + "\n2.资金发放。按季发放。");
    assertThat(inner.body().measures().get(0).points()).extracting(Point::ordinal).containsExactly(1, 2);
    assertThat(inner.body().measures().get(0).points().get(0).paragraphs())
        .containsExactly("补助分为两档：1.一档每人每年500元；2.二档每人每年300元。");
  }

  @Test
  void runInPointsOnTheirOwnLinesWithFollowingParagraphs() {
    Read r = read("您提出的建议收悉。\n一、加强领导。\n一是成立专班。专班每月调度。\n调度结果通报。\n二是压实责任。");
    Measure m = r.body().measures().get(0);
    assertThat(m.points()).containsExactly(
        point(1, "成立专班。", "专班每月调度。", "调度结果通报。"),
        point(2, "压实责任。"));
  }

  @Test
  void secondAndThirdLevelHeadings() {
    Read r = read("您提出的建议收悉。\n一、工作开展情况\n（一）加强组织领导。成立专班。\n1.每月调度。\n（二）强化资金保障\n"
        + "争取资金9130万元。\n二、存在的问题\n资金不足。");
    Measure m = r.body().measures().get(0);
    assertThat(m.heading()).hasValue("工作开展情况");
    assertThat(m.points()).hasSize(2);
    Point p1 = m.points().get(0);
    assertThat(p1.style()).isEqualTo(PointStyle.PARENTHESIZED);
    assertThat(p1.heading()).hasValue("加强组织领导。");
    assertThat(p1.paragraphs()).containsExactly("成立专班。", "1.每月调度。");
    assertThat(m.points().get(1).heading()).hasValue("强化资金保障");
    assertThat(m.points().get(1).paragraphs()).containsExactly("争取资金9130万元。");
    assertThat(r.body().measures().get(1).paragraphs()).containsExactly("资金不足。");
    assertThat(r.report().lines().get(2).markup()).containsExactly("（一）");
  }

  @Test
  void arabicPointsAndParenthesizedArabicPoints() {
    Read r = read("您提出的建议收悉。\n一、措施。\n1.第一项。\n2、第二项。\n二、问题。\n（1）甲。\n(2)乙。");
    assertThat(r.body().measures().get(0).points()).extracting(Point::style, Point::ordinal)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(PointStyle.ARABIC, 1),
            org.assertj.core.groups.Tuple.tuple(PointStyle.ARABIC, 2));
    assertThat(r.body().measures().get(1).points()).extracting(Point::style)
        .containsOnly(PointStyle.PARENTHESIZED_ARABIC);
  }

  @Test
  void aDecimalIsNotAnArabicHeading() {
    Read r = read("您提出的建议收悉。\n一、措施。\n1.5亿元已到位。");
    assertThat(r.body().measures().get(0).points()).isEmpty();
    assertThat(r.body().measures().get(0).paragraphs()).containsExactly("1.5亿元已到位。");
  }

  @Test
  void nonContiguousNumberingIsReported() {
    Read r = read("您提出的建议收悉。\n一、甲。\n三、乙。\n（一）丙。\n（三）丁。");
    assertThat(r.body().measures()).extracting(Measure::ordinal).containsExactly(1, 3);
    assertThat(r.findingIds()).contains("GR-TXT-104", "GR-TXT-105");
  }

  @Test
  void numberedItemsInTheContextStayText() {
    Read r = read("您提出的建议收悉。\n目前主要有两种方式:一是接入管网;二是建设湿地。");
    assertThat(r.body().measures()).isEmpty();
    assertThat(r.body().context()).containsExactly("目前主要有两种方式:一是接入管网;二是建设湿地。");
  }

  // ---- commitments and closing ----------------------------------------------------------

  @Test
  void commitmentsWithRunInItemsAndTheTextAfterTheLastItemClosing() {
    Read r = read("您提出的建议收悉。\n一、措施。\n正文。\n下一步，我局将重点做好以下工作：一是加大投入。具体。二是强化督导。"
        + "\n全面落实政策。\n感谢您对交通工作的关心和支持！");
    assertThat(r.body().measures().get(0).paragraphs()).containsExactly("正文。");
    var c = r.body().commitments().orElseThrow();
    assertThat(c.intro()).containsExactly("下一步，我局将重点做好以下工作：");
    assertThat(c.items()).extracting(Commitment::heading)
        .containsExactly(java.util.Optional.of("加大投入。"), java.util.Optional.of("强化督导。"));
    assertThat(c.items().get(0).paragraphs()).containsExactly("具体。");
    assertThat(r.body().closing()).containsExactly("全面落实政策。", "感谢您对交通工作的关心和支持！");
  }

  @Test
  void aParagraphBetweenRunInItemsBelongsToTheItemBeforeIt() {
    Read r = read("您提出的建议收悉。\n下步，我们将：\n一是加大投入。\n补充说明。\n二是强化督导。");
    var items = r.body().commitments().orElseThrow().items();
    assertThat(items.get(0).paragraphs()).containsExactly("补充说明。");
    assertThat(items).hasSize(2);
  }

  @Test
  void commitmentOpeners() {
    for (String opener : List.of("下一步，我局将继续争取。", "下步，我们将继续争取。", "今后，我局将继续争取。",
        "后段,我委将更加主动作为。", "下阶段，将继续争取。")) {
      Read r = read("您提出的建议收悉。\n背景。\n" + opener + "\n感谢您的关心和支持。");
      assertThat(r.body().commitments()).as(opener).isPresent();
      assertThat(r.body().commitments().get().intro()).containsExactly(opener);
    }
    Read year = read("您提出的建议收悉。\n一、措施。\n2024 年，平江将持续深化。\n一是推进改革。");
    assertThat(year.body().commitments().orElseThrow().intro()).containsExactly("2024年，平江将持续深化。");
    Read noYear = read("您提出的建议收悉。\n一、措施。\n2023年，全县完成生产总值422亿元。");
    assertThat(noYear.body().commitments()).isEmpty();
  }

  @Test
  void aCommitmentsHeadingMeasureKeepsItsParagraphs() {
    Read r = read("您提出的建议收悉。\n一、基本情况\n正文。\n二、下一步打算\n下一步，我局将继续争取。");
    assertThat(r.body().commitments()).isEmpty();
    assertThat(r.body().measures().get(1).paragraphs()).containsExactly("下一步，我局将继续争取。");
  }

  @Test
  void enumeratedCommitmentItemsKeepTheirStyle() {
    Read r = read("您提出的建议收悉。\n正文。\n下一步，我局将做好以下工作：\n一、加大投入。\n资金到位。\n二、强化督导。");
    var items = r.body().commitments().orElseThrow().items();
    assertThat(items).extracting(Commitment::style).containsOnly(PointStyle.ENUMERATED);
    assertThat(items).extracting(Commitment::ordinal).containsExactly(1, 2);
    assertThat(items.get(0).paragraphs()).containsExactly("资金到位。");
  }

  @Test
  void closingFormulas() {
    Read r = read("您提出的建议收悉。\n正文。\n以上答复您是否满意,如有意见,敬请反馈。\n此致\n敬礼\n特此答复。");
    assertThat(r.body().closing()).containsExactly("以上答复您是否满意,如有意见,敬请反馈。", "此致", "敬礼",
        "特此答复。");
    Read trad = read("您好,您提出的提案收悉,現答復如下:\n正文。\n感謝您對工作的關心和支持。");
    assertThat(trad.body().closing()).containsExactly("感謝您對工作的關心和支持。");
    Read hainan = read("您提出的建议收悉。\n正文。\n以上是我厅对该建议的答复,感谢您的关心和支持!");
    assertThat(hainan.body().closing()).hasSize(1);
    // 最后 before the thanks says the letter closes (corpus a 45: 最后,感谢你们对…); 最后 before
    // anything else is a paragraph of the body
    Read last = read("您提出的建议收悉。\n正文。\n最后,感谢你们对我们工作的关心和支持!");
    assertThat(last.body().closing()).containsExactly("最后,感谢你们对我们工作的关心和支持!");
    Read again = read("您提出的建议收悉。\n正文。\n最后，再次感谢您对交通工作的支持！");
    assertThat(again.body().closing()).containsExactly("最后，再次感谢您对交通工作的支持！");
    Read notThanks = read("您提出的建议收悉。\n正文。\n最后,我局将加强督查。");
    assertThat(notThanks.body().closing()).isEmpty();
    // 谢谢 as 感谢; 此复 (this is the reply) alone, as 特此答复 (found in review)
    Read thanks = read("您提出的建议收悉。\n正文。\n谢谢您对我们工作的关心和支持！\n此复。");
    assertThat(thanks.body().closing()).containsExactly("谢谢您对我们工作的关心和支持！", "此复。");
    Read copy = read("您提出的建议收悉。\n正文。\n此复印件已转交县交通运输局。");
    assertThat(copy.body().closing()).isEmpty();
    // 谢谢 as 感谢, whoever it thanks (review: 谢谢代表的关心和支持。, 谢谢！欢迎继续…)
    assertThat(read("您提出的建议收悉。\n正文。\n谢谢！").body().closing()).containsExactly("谢谢！");
    assertThat(read("您提出的建议收悉。\n一、正文。\n二、加大投入。\n谢谢代表的关心和支持。").body().closing())
        .containsExactly("谢谢代表的关心和支持。");
  }

  // ---- what a paragraph is read as: formulas and numbers ---------------------------------
  //
  // The cases below were held by the tests that pinned the body's hand-written scanners to their
  // patterns; they now state what a paragraph is read as.

  @Test
  void courtesyFormulasCloseTheBodyAlsoInTraditionalCharacters() {
    for (String closing : List.of("再次感謝您的支持。", "衷心感谢您的关心。", "欢迎你们今后继续监督。",
        "欢迎您再提宝贵意见。", "希望您继续关注。", "希望你们继续支持。", "如有不满意之处，请来电。",
        "以上答复如有不妥，请指正。", "特此函复。", "恳请继续关注。", "诚挚感谢。")) {
      Read r = read("您提出的建议收悉。\n正文。\n" + closing);
      assertThat(r.body().closing()).as(closing).containsExactly(closing);
      assertThat(r.findingIds()).as(closing).doesNotContain("GR-TXT-110");
    }
  }

  @Test
  void textThatOnlyLooksLikeACourtesyFormulaIsNoClosing() {
    for (String text : List.of("欢迎您们继续监督。", "希望各部门继续支持。", "如有需要可以联系。", "感恩的心。")) {
      Read r = read("您提出的建议收悉。\n正文。\n" + text);
      assertThat(r.body().closing()).as(text).isEmpty();
      assertThat(r.body().context()).as(text).containsExactly("正文。", text);
      assertThat(r.findingIds()).as(text).contains("GR-TXT-110");
    }
  }

  @Test
  void aQuestionToTheProposerClosesOnlyInTheFirstSentence() {
    Read asked = read("您提出的建议收悉。\n正文。\n请问您对答复是否满意？请填写回执。");
    assertThat(asked.body().closing()).containsExactly("请问您对答复是否满意？请填写回执。");
    Read later = read("您提出的建议收悉。\n正文。\n请填写回执。您对答复是否满意？");
    assertThat(later.body().closing()).isEmpty();
  }

  @Test
  void aLetterFormulaStandsAloneAfterABrokenLine() {
    Read r = read("您提出的建议收悉。\n正文没有句号\n此致敬禮！");
    assertThat(r.body().context()).containsExactly("正文没有句号");
    assertThat(r.body().closing()).containsExactly("此致敬禮！");
    Read alone = read("您提出的建议收悉。\n此致\n各位代表");
    assertThat(alone.body().context()).containsExactly("此致", "各位代表");
    Read longer = read("您提出的建议收悉。\n此致意\n各位代表");
    assertThat(longer.body().closing()).containsExactly("此致意各位代表");
  }

  @Test
  void aGreetingIsReadAsPrintedNotNormalised() {
    Read simplified = read("你们好！\n您提出的建议收悉，现答复如下：\n正文。");
    assertThat(simplified.body().opening()).hasValue("你们好！您提出的建议收悉，现答复如下：");
    Read traditional = read("你們好！\n您提出的建议收悉，现答复如下：\n正文。");
    assertThat(traditional.body().opening()).hasValue("你們好！");
    assertThat(traditional.body().context())
        .containsExactly("您提出的建议收悉，现答复如下：", "正文。");
  }

  @Test
  void anOpeningWithoutItsWordsIsReported() {
    Read r = read("近年来我县大力推进道路建设。\n正文。");
    assertThat(r.body().opening()).hasValue("近年来我县大力推进道路建设。");
    assertThat(r.findingIds()).contains("GR-TXT-107");
    Read trad = read("您的來信已經收到。\n正文。");
    assertThat(trad.findingIds()).doesNotContain("GR-TXT-107");
  }

  @Test
  void aCommitmentsOpenerNeedsACommaOrColonSoonAfterItsWord() {
    Read opener = read("您提出的建议收悉。\n背景情况说明\n下一步工作中，我局将继续争取。");
    assertThat(opener.body().context()).containsExactly("背景情况说明");
    assertThat(opener.body().commitments().orElseThrow().intro())
        .containsExactly("下一步工作中，我局将继续争取。");
    Read far = read("您提出的建议收悉。\n背景情况说明\n下一步工作计划是持续推进，争取资金。");
    assertThat(far.body().context())
        .containsExactly("背景情况说明下一步工作计划是持续推进，争取资金。");
    Read ended = read("您提出的建议收悉。\n背景情况说明\n今后。我局将继续争取，");
    assertThat(ended.body().context()).containsExactly("背景情况说明今后。我局将继续争取，");
  }

  @Test
  void commitmentsStartWithTheirWordAlsoInTraditionalCharacters() {
    Read r = read("您提出的建议收悉。\n背景。\n後段，我委將更加主動作為。");
    assertThat(r.body().commitments().orElseThrow().intro())
        .containsExactly("後段，我委將更加主動作為。");
  }

  @Test
  void aYearsPlanStartsTheCommitmentsOnlyWith将InItsFirstSentence() {
    Read plan = read("您提出的建议收悉。\n一、措施。\n2024年，我们將继续推进。");
    assertThat(plan.body().commitments().orElseThrow().intro())
        .containsExactly("2024年，我们將继续推进。");
    Read done = read("您提出的建议收悉。\n一、措施。\n2024年，全县完成任务。将继续推进。");
    assertThat(done.body().commitments()).isEmpty();
    Read first = read("您提出的建议收悉。\n2024年，我们将继续推进。");
    assertThat(first.body().commitments()).as("not before any context or measure").isEmpty();
  }

  @Test
  void anOfficesUndertakingStartsTheCommitmentsOnlyAfterAMeasure() {
    Read after = read("您提出的建议收悉。\n一、措施。\n我局會继续跟进。");
    assertThat(after.body().commitments().orElseThrow().intro()).containsExactly("我局會继续跟进。");
    Read before = read("您提出的建议收悉。\n我局会继续跟进。");
    assertThat(before.body().commitments()).isEmpty();
    assertThat(before.body().context()).containsExactly("我局会继续跟进。");
  }

  @Test
  void numbersOfEachNumberingAndTheirValues() {
    Read r = read("您提出的建议收悉。\n一、措施。\n12、第十二项。\n二、措施。\n（十二）第十二项。\n"
        + "三、措施。\n（１２）第十二项。\n十一、措施。\n１．第一项。");
    List<Measure> ms = r.body().measures();
    assertThat(ms).extracting(Measure::ordinal).containsExactly(1, 2, 3, 11);
    assertThat(ms).extracting(m -> m.points().get(0).style()).containsExactly(PointStyle.ARABIC,
        PointStyle.PARENTHESIZED, PointStyle.PARENTHESIZED_ARABIC, PointStyle.ARABIC);
    assertThat(ms).extracting(m -> m.points().get(0).ordinal()).containsExactly(12, 12, 12, 1);
    assertThat(r.findingIds()).contains("GR-TXT-104", "GR-TXT-105");
  }

  @Test
  void textThatOnlyLooksLikeANumberIsNoHeading() {
    Read r = read("您提出的建议收悉。\n一二三四、甲。\n一、措施。\n1．5亿元已到位。\n12.5公里已完工。\n（一二三四）乙。");
    assertThat(r.body().context()).containsExactly("一二三四、甲。");
    Measure m = r.body().measures().get(0);
    assertThat(m.points()).isEmpty();
    assertThat(m.paragraphs()).containsExactly("1．5亿元已到位。", "12.5公里已完工。", "（一二三四）乙。");
  }

  @Test
  void aNumberThatCannotBeReadCountsAsOne() {
    Read r = read("您提出的建议收悉。\n十十、措施。\n正文。");
    assertThat(r.body().measures()).extracting(Measure::ordinal).containsExactly(1);
    assertThat(r.body().measures().get(0).heading()).hasValue("措施。");
  }

  @Test
  void aRunInPointNeedsTheNextNumberRightAfterAClauseBoundary() {
    Read r = read("您提出的建议收悉。\n一、措施。\n一是甲。统一是关键，三是不算。二是乙）二是不算。三是丙");
    Measure m = r.body().measures().get(0);
    assertThat(m.points()).containsExactly(
        point(1, "甲。", "统一是关键，三是不算。"),
        point(2, "乙）二是不算。"),
        point(3, "丙"));
  }

  // ---- robustness -----------------------------------------------------------------------

  @Test
  void everyNonBlankLineIsAccounted() {
    Read r = read("您提出的建议收悉。\n**\n一、甲。\n  \n**二是**\n乙。\n感谢。");
    for (LineRecord l : r.report().lines()) {
      assertThat(l.unaccounted()).as(l.toString()).isFalse();
    }
  }

  @Test
  void emptyAndOddInputsNeverThrow() {
    List<String> inputs = new ArrayList<>(List.of("", "\n\n", "**", "一、", "一是", "（一）", "1.",
        "下一步，", "此致", "您好！", "一、\n二、\n三是", "。。。", "\u3000\u3000", "一、一是二是三是"));
    for (String in : inputs) {
      Read r = read(in);
      assertThat(r.body()).as(in).isNotNull();
      for (LineRecord l : r.report().lines()) {
        assertThat(l.unaccounted()).as(in + " " + l).isFalse();
      }
    }
  }

  /** Found by fuzzing (readAnyText): a measure number split over two lines, 一 and 、. */
  @Test
  void aNumberSplitOverLinesIsMarkupOfEachLine() {
    ReadResult r = ReplyTextReader.standard().read(
        "您提出的建议收悉，现答复如下：\n一\n、加强管理。\n");
    var lines = r.report().lines();
    assertThat(lines.get(1).markup()).containsExactly("一");
    assertThat(lines.get(2).markup()).containsExactly("、");
    assertThat(lines).noneMatch(LineRecord::unaccounted);
  }
}
