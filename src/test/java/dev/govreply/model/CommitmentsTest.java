package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CommitmentsTest {

  private static final String INTRO = "2024年，平江将持续深化贯彻落实《优化营商环境条例》和《湖南省优化营商环境规定》，"
      + "以服务市场主体为导向，对标对表，扬长补短，全力打造营商环境县级标杆。";

  private static final Commitment ONE = Commitment.builder().ordinal(1).heading("进一步创优优化营商环境工作机制。").build();
  private static final Commitment TWO = Commitment.builder().ordinal(2).heading("进一步推动惠企惠民政策落实落细。").build();
  private static final Commitment THREE = Commitment.builder().ordinal(3).heading("进一步突出典型打造和问题整治。").build();
  private static final Commitment FOUR = Commitment.builder().ordinal(4).heading("进一步推动构建亲清新型政商关系。").build();

  /** The commitments section of 00-pingjiang-xzf-jy241: an introduction and 一是……四是. */
  private static Commitments pingjiang() {
    return Commitments.builder().addIntro(INTRO).addItems(ONE, TWO, THREE, FOUR).build();
  }

  private static MalformedValueException malformed(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(MalformedValueException.class);
    return (MalformedValueException) t;
  }

  @Test
  void builderKeepsIntroAndItemsInDocumentOrder() {
    Commitments c = pingjiang();
    assertThat(c.intro()).containsExactly(INTRO);
    assertThat(c.items()).containsExactly(ONE, TWO, THREE, FOUR);
    assertThat(c.items()).extracting(Commitment::ordinal).containsExactly(1, 2, 3, 4);
  }

  @Test
  void introOnlySection() {
    // 01-nangong-jtj-jy46: a single sentence of what the bureau will do.
    Commitments c = Commitments.builder()
        .addIntro("我局将加大对乡村道路养护的督导力度,督促乡镇政府和村委会做好定期维护,延长农村公路使用寿命。").build();
    assertThat(c.items()).isEmpty();
    assertThat(c.intro()).hasSize(1);
  }

  @Test
  void anEmptySectionIsMalformed() {
    // an empty section would be a second way of saying "no commitments" besides leaving it out
    MalformedValueException e = malformed(() -> Commitments.builder().build());
    assertThat(e.field()).isEqualTo("commitments");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void blankIntroParagraphIsMalformedWithItsIndex() {
    MalformedValueException e =
        malformed(() -> Commitments.builder().addIntro(INTRO).addIntro(" \t").build());
    assertThat(e.field()).isEqualTo("commitments.intro[1]");
    assertThat(e.text()).isEqualTo(" \t");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void emptyIntroParagraphIsMalformed() {
    assertThat(malformed(() -> Commitments.builder().addIntro("").build()).field())
        .isEqualTo("commitments.intro[0]");
  }

  @Test
  void listsAreUnmodifiableAndDetachedFromTheInput() {
    List<Commitment> items = new ArrayList<>(List.of(ONE, TWO));
    List<String> intro = new ArrayList<>(List.of(INTRO));
    Commitments c = Commitments.builder().items(items).intro(intro).build();
    items.add(THREE);
    intro.set(0, "下一步，我局将……");
    assertThat(c.items()).containsExactly(ONE, TWO);
    assertThat(c.intro()).containsExactly(INTRO);
    assertThatThrownBy(() -> c.items().add(THREE)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.intro().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void samePartsAreEqual() {
    Commitments a = pingjiang();
    Commitments b = Commitments.builder().intro(List.of(INTRO)).items(List.of(ONE, TWO, THREE, FOUR)).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Commitments.builder().from(a).build()).isEqualTo(a);
  }

  @Test
  void anyDifferingPartMakesSectionsUnequal() {
    Commitments base = pingjiang();
    assertThat(Commitments.builder().addItems(ONE, TWO, THREE, FOUR).build()).isNotEqualTo(base);
    assertThat(Commitments.builder().addIntro("下一步，我局将继续优化营商环境。").addItems(ONE, TWO, THREE, FOUR).build())
        .isNotEqualTo(base);
    assertThat(Commitments.builder().addIntro(INTRO).addItems(ONE, TWO, THREE).build()).isNotEqualTo(base);
    assertThat(Commitments.builder().addIntro(INTRO).addItems(ONE, TWO, FOUR, THREE).build()).isNotEqualTo(base);
    Commitment changed = Commitment.builder().from(FOUR).addParagraph("规范监管执法。").build();
    assertThat(Commitments.builder().addIntro(INTRO).addItems(ONE, TWO, THREE, changed).build())
        .isNotEqualTo(base);
  }
}
