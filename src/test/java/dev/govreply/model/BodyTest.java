package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BodyTest {

  private static final String OPENING = "您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：";
  private static final String CONTEXT =
      "营商环境是市场经济根植之土、市场主体活力之源，是推动地区跨越式发展的题中要义。";
  private static final Measure MEASURE_1 = Measure.builder().ordinal(1)
      .heading("打造“五张清单”，重构工作联动新机制。")
      .addPoint(Point.builder().ordinal(1).heading("高点位开展部署调度。").build()).build();
  private static final Measure MEASURE_2 = Measure.builder().ordinal(2)
      .heading("夯实“一网通办”，重塑优质政务新平台。").build();
  private static final Commitments COMMITMENTS = Commitments.builder()
      .addIntro("2024年，平江将持续深化贯彻落实《优化营商环境条例》。")
      .addItem(Commitment.builder().ordinal(1).heading("进一步创优优化营商环境工作机制。").build())
      .build();
  private static final String CLOSING = "感谢您对平江优化营商环境工作，乃至整个平江经济社会发展的关注。";

  /** The body of 00-pingjiang-xzf-jy241, abridged. */
  private static Body pingjiang() {
    return Body.builder().opening(OPENING).addContext(CONTEXT).addMeasures(MEASURE_1, MEASURE_2)
        .commitments(COMMITMENTS).addClosing(CLOSING).build();
  }

  private static MalformedValueException malformed(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(MalformedValueException.class);
    return (MalformedValueException) t;
  }

  @Test
  void builderKeepsPartsInDocumentOrder() {
    Body body = pingjiang();
    assertThat(body.opening()).contains(OPENING);
    assertThat(body.context()).containsExactly(CONTEXT);
    assertThat(body.measures()).containsExactly(MEASURE_1, MEASURE_2);
    assertThat(body.commitments()).contains(COMMITMENTS);
    assertThat(body.closing()).containsExactly(CLOSING);
    assertThat(body.isEmpty()).isFalse();
  }

  @Test
  void emptyBuilderGivesAnEmptyBody() {
    Body body = Body.builder().build();
    assertThat(body.isEmpty()).isTrue();
    assertThat(body.opening()).isEmpty();
    assertThat(body.context()).isEmpty();
    assertThat(body.measures()).isEmpty();
    assertThat(body.commitments()).isEmpty();
    assertThat(body.closing()).isEmpty();
    assertThat(body).isEqualTo(Body.builder().build());
  }

  @Test
  void anySinglePartMakesTheBodyNonEmpty() {
    assertThat(Body.builder().opening(OPENING).build().isEmpty()).isFalse();
    assertThat(Body.builder().addContext(CONTEXT).build().isEmpty()).isFalse();
    assertThat(Body.builder().addMeasure(MEASURE_2).build().isEmpty()).isFalse();
    assertThat(Body.builder().commitments(COMMITMENTS).build().isEmpty()).isFalse();
    assertThat(Body.builder().addClosing("特此答复。").build().isEmpty()).isFalse();
  }

  @Test
  void blankOpeningIsMalformed() {
    MalformedValueException e = malformed(() -> Body.builder().opening(" ").build());
    assertThat(e.field()).isEqualTo("body.opening");
    assertThat(e.text()).isEqualTo(" ");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void blankContextParagraphIsMalformedWithItsIndex() {
    MalformedValueException e = malformed(() -> Body.builder().addContext(CONTEXT, "").build());
    assertThat(e.field()).isEqualTo("body.context[1]");
    assertThat(e.text()).isEmpty();
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void blankClosingParagraphIsMalformedWithItsIndex() {
    MalformedValueException e = malformed(() -> Body.builder().addClosing("\u3000", "特此答复。").build());
    assertThat(e.field()).isEqualTo("body.closing[0]");
    assertThat(e.text()).isEqualTo("\u3000");
  }

  @Test
  void listsAreUnmodifiableAndDetachedFromTheInput() {
    List<String> context = new ArrayList<>(List.of(CONTEXT));
    List<Measure> measures = new ArrayList<>(List.of(MEASURE_1));
    List<String> closing = new ArrayList<>(List.of("此致", "敬礼"));
    Body body = Body.builder().context(context).measures(measures).closing(closing).build();
    context.clear();
    measures.add(MEASURE_2);
    closing.remove(1);
    assertThat(body.context()).containsExactly(CONTEXT);
    assertThat(body.measures()).containsExactly(MEASURE_1);
    assertThat(body.closing()).containsExactly("此致", "敬礼");
    assertThatThrownBy(() -> body.context().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> body.measures().add(MEASURE_2)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> body.closing().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void samePartsAreEqual() {
    Body a = pingjiang();
    Body b = Body.builder().addClosing(CLOSING).commitments(COMMITMENTS).measures(List.of(MEASURE_1, MEASURE_2))
        .context(List.of(CONTEXT)).opening(OPENING).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Body.builder().from(a).build()).isEqualTo(a);
  }

  @Test
  void anyDifferingPartMakesBodiesUnequal() {
    Body base = pingjiang();
    assertThat(Body.builder().from(base).opening("您提出的关于“乡间路维护的建议”收悉,现答复如下:").build())
        .isNotEqualTo(base);
    assertThat(Body.builder().addContext(CONTEXT).addMeasures(MEASURE_1, MEASURE_2).commitments(COMMITMENTS)
        .addClosing(CLOSING).build()).isNotEqualTo(base);
    assertThat(Body.builder().from(base).addContext("近年来，在省、市的坚强领导下。").build()).isNotEqualTo(base);
    assertThat(Body.builder().opening(OPENING).addContext(CONTEXT).addMeasures(MEASURE_2, MEASURE_1)
        .commitments(COMMITMENTS).addClosing(CLOSING).build()).isNotEqualTo(base);
    assertThat(Body.builder().opening(OPENING).addContext(CONTEXT).addMeasures(MEASURE_1, MEASURE_2)
        .addClosing(CLOSING).build()).isNotEqualTo(base);
    assertThat(Body.builder().from(base).commitments(Commitments.builder().addIntro("下一步，我局将……").build())
        .build()).isNotEqualTo(base);
    assertThat(Body.builder().from(base).addClosing("特此答复。").build()).isNotEqualTo(base);
  }
}
