package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Body;
import dev.govreply.model.Measure;
import dev.govreply.model.Point;
import org.junit.jupiter.api.Test;

/**
 * A body whose lines a capture flattened into one, blanks where the line breaks were: its
 * measures and their headings are read as the printed letter has them.
 */
class FlattenedBodyTest {
  private static final String OPENING = "您提出的关于继续开放沈荡小学操场的建议收悉。经研究,现将办理情况答复如下: ";
  private static final String FIRST = "一、基本现状 由于小学操场开放主要是从东门进出,前期因木心居施工,导致小学东围墙出现裂缝,存在安全隐患,"
      + "故学校决定暂不对外开放。";
  private static final String SECOND = "二、办理情况 在收到建议后,镇社事办已和代表联系,听取代表的具体建议。之后,社事办向学校和"
      + "村建办了解具体情况,政府计划9月底招标,11月底前完工。";

  @Test
  void theNextMeasureAfterAnEndOfSentenceAndABlankStartsThere() {
    BodyReaderTest.Read r = BodyReaderTest.read(OPENING + FIRST + " " + SECOND + " 感谢对政府工作的支持和理解。\n");
    Body b = r.body();
    assertThat(b.measures()).extracting(Measure::ordinal).containsExactly(1, 2);
    assertThat(b.measures()).extracting(m -> m.heading().orElse(null))
        .containsExactly("基本现状", "办理情况");
    assertThat(b.measures().get(0).paragraphs()).singleElement().asString()
        .startsWith("由于小学操场").endsWith("暂不对外开放。");
    assertThat(r.findingIds()).contains("GR-TXT-111");
  }

  /**
   * A capture that ran the letter's lines together without blanks (a record's cell of the reply,
   * corpus ip 4923): the next measure after a full stop starts there too, and the written text
   * reads back the same.
   */
  @Test
  void theNextMeasureRightAfterAnEndOfSentenceStartsThere() {
    String text = "张三代表：\n您提出的建议收悉，现答复如下：一、新建初级中学已批复同意建设。二、市桥实验小学不能再扩展。"
        + "三、已制定布点规划。\n";
    Body b = ReplyTextReader.standard().read(text).reply().body();
    assertThat(b.measures()).extracting(Measure::ordinal).containsExactly(1, 2, 3);
    assertThat(b.measures()).extracting(m -> m.heading().orElse(null))
        .containsExactly("新建初级中学已批复同意建设。", "市桥实验小学不能再扩展。", "已制定布点规划。");
    String once = ReplyTextWriter.standard().write(ReplyTextReader.standard().read(text).reply());
    assertThat(ReplyTextWriter.standard().write(ReplyTextReader.standard().read(once).reply()))
        .isEqualTo(once);
  }

  /**
   * Only the next number in order, after a full stop, in a measure that starts with
   * its own number, starts a measure: a number out of order, one inside a sentence, one followed
   * by a numeral (二、三季度: two or three), a list after a semicolon and a list inside a
   * paragraph that is no measure's first stay text (review F1).
   */
  @Test
  void onlyTheNextNumberAfterASentenceStartsAMeasure() {
    BodyReaderTest.Read outOfOrder = BodyReaderTest.read(
        OPENING + FIRST + " " + SECOND.replace("二、", "三、") + "\n");
    assertThat(outOfOrder.body().measures()).hasSize(1);
    BodyReaderTest.Read inSentence = BodyReaderTest.read(
        OPENING + FIRST.replace("。", "，") + " " + SECOND + "\n");
    assertThat(inSentence.body().measures()).hasSize(1);
    assertThat(inSentence.findingIds()).doesNotContain("GR-TXT-111");
    String[] texts = {
        "一、基本情况\n全县公交站点完成了年度计划的25%。 二、三季度将重点推进城东公交枢纽建设。\n二、下一步工作\n继续推进。\n",
        "一、基本情况\n我县现有养老机构12家，分为两类：一、公办机构5家； 二、民办机构7家。\n二、下一步工作\n继续推进。\n",
        "一、基本情况\n您在建议中提出了三点意见：一、增设城东站点。 二、延长末班车运营时间。\n二、下一步工作\n继续推进。\n"};
    for (String text : texts) {
      BodyReaderTest.Read r = BodyReaderTest.read(OPENING + "\n" + text);
      assertThat(r.body().measures()).as(text).extracting(Measure::ordinal).containsExactly(1, 2);
      assertThat(r.findingIds()).as(text).doesNotContain("GR-TXT-111", "GR-TXT-104");
    }
  }

  /**
   * In the text the opening ran on into, a list of the measure's own paragraph is no run of
   * measures: one restarted at 一、 (the member's points, a list after a colon) or one in quotes
   * or brackets. On a line of the letter's own, the next measure's number after a full stop
   * starts a measure only after a blank, whatever word ends in 一、 before it (统一、). The
   * letter's measures are read as printed, and the written text reads back the same body (reviews
   * of adbc6085, be53f5d0 and 379ec301).
   */
  @Test
  void aListOfTheMeasuresOwnIsNoRunOfMeasures() {
    String ranOn = "张三代表：\n您提出的建议收悉。现答复如下：";
    String[][] cases = {
        {ranOn + "一、关于道路建设。您在建议中提出了三点意见：一、加快道路建设。二、加强养护管理。三、完善配套设施。\n"
            + "二、关于养护管理。已安排。\n", "2"},
        // read right; its first measure's paragraph starts with 二、, which the writer prints on a
        // line of its own, where it reads back as a measure: a known limit of the writer
        {ranOn + "一、存在的问题主要有：一、资金不足。二、人员缺乏。\n二、下一步措施。已安排。\n", "2", "-"},
        {ranOn + "一、基本情况。您提出：“一、加快建设。二、加强管理。”我们认为建议很好。\n", "1"},
        {ranOn + "一、基本情况。您提出的“一、设立资金。二、加强考核。三、培训”三项建议，我们将研究。\n", "1"},
        {ranOn + "一、加快建设。市政府印发了《实施方案》，明确：一、建设目标。二、保障措施。\n", "1"},
        {ranOn + "一、加快建设。已安排。二、加强养护。已落实。\n", "2"},
        // the next measure printed on its own line below: the run-on number is a list's (review
        // of 4a967392)
        {ranOn + "一、基本情况。您提出的第一条建议已落实。二、关于绿化，正在研究。\n二、下一步工作。继续推进。\n", "2"},
        // a line of the letter's own: a blank is needed, and none cancels it
        {"张三代表：\n您提出的建议收悉。现答复如下：\n一、基本情况。第一条建议已落实。二、关于养护。已安排。\n", "1"},
        {"张三代表：\n您提出的建议收悉。现答复如下：\n一、基本情况 实行统一、规范管理。 二、办理情况 已落实。\n", "2"}};
    for (String[] c : cases) {
      String text = c[0] + "感谢您的关心。\n";
      Body b = ReplyTextReader.standard().read(text).reply().body();
      assertThat(b.measures()).as(c[0]).hasSize(Integer.parseInt(c[1]));
      if (c.length > 2) {
        continue;
      }
      String once = ReplyTextWriter.standard().write(ReplyTextReader.standard().read(text).reply());
      assertThat(ReplyTextReader.standard().read(once).reply().body()).as(c[0]).isEqualTo(b);
    }
  }


  /**
   * On a flattened line, the phrases of Han characters set off by blanks before a text ending a
   * sentence are the heading (一、高度重视 迅速行动 收到建议后…); on a line of its own a measure's
   * heading is its first sentence, a blank inside it notwithstanding (一、我局高度重视 立即组织…:
   * a stray blank, review F3).
   */
  @Test
  void theHeadingOfAFlattenedMeasureIsItsPhrasesBeforeItsText() {
    Body flattened = BodyReaderTest.read(OPENING + "一、高度重视 迅速行动 收到建议后，我局召开专题会议研究部署。 "
        + SECOND + "\n").body();
    assertThat(flattened.measures()).extracting(m -> m.heading().orElse(null))
        .containsExactly("高度重视 迅速行动", "办理情况");
    assertThat(flattened.measures().get(0).paragraphs()).containsExactly("收到建议后，我局召开专题会议研究部署。");
    Measure own = BodyReaderTest.read(OPENING + "\n一、我局高度重视 立即组织业务骨干对城东片区公交线路进行了实地调研。\n")
        .body().measures().get(0);
    assertThat(own.heading()).contains("我局高度重视 立即组织业务骨干对城东片区公交线路进行了实地调研。");
  }

  /** Run-in points after a heading set off by a blank are the measure's points. */
  @Test
  void runInPointsFollowAHeadingSetOffByABlank() {
    Measure m = BodyReaderTest.read(OPENING + FIRST + " 二、下一步计划 一是结合全镇的整体规划制定科学合理的道路亮化规划。"
        + "二是加大资金投入,积极争取上级资金和社会力量扶持。三是建立长效管护机制。\n").body().measures().get(1);
    assertThat(m.heading()).contains("下一步计划");
    assertThat(m.points()).extracting(Point::ordinal).containsExactly(1, 2, 3);
  }
}
