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
   * Only the next number in order, after an end of sentence and a blank, starts a measure: a
   * number out of order, or one inside a sentence, is text of the measure.
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
  }

  /**
   * A heading of Han characters alone, set off by a blank from a paragraph that ends a sentence,
   * ends at the blank; a heading whose two phrases a blank separates (加强领导 健全机制) stays
   * whole, and so does a heading that is the first sentence of its line.
   */
  @Test
  void aShortHeadingSetOffByABlankEndsThere() {
    Measure m = BodyReaderTest.read(OPENING + "\n" + SECOND + "\n").body().measures().get(0);
    assertThat(m.heading()).contains("办理情况");
    assertThat(m.paragraphs()).singleElement().asString().startsWith("在收到建议后");
    Measure phrases = BodyReaderTest.read(OPENING + "\n一、加强领导 健全机制\n县里成立了工作专班，每月调度一次。\n")
        .body().measures().get(0);
    assertThat(phrases.heading()).contains("加强领导 健全机制");
    Measure sentence = BodyReaderTest.read(OPENING + "\n一、加强组织领导。县里成立了工作专班，每月调度一次，"
        + "专班由分管副县长任组长，相关部门负责人为成员。\n").body().measures().get(0);
    assertThat(sentence.heading()).contains("加强组织领导。");
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
