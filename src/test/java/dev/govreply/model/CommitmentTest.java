package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CommitmentTest {

  private static final String HEADING = "进一步创优优化营商环境工作机制。";
  private static final String PARAGRAPH =
      "进一步明晰各部门、乡镇优化营商环境的职能职责，完善统筹协调和纵向横向联动机制，加大改革创新力度。";

  /** 一是进一步创优优化营商环境工作机制。进一步明晰…… from 00-pingjiang-xzf-jy241. */
  private static Commitment first() {
    return Commitment.builder().ordinal(1).heading(HEADING).addParagraph(PARAGRAPH).build();
  }

  private static MalformedValueException malformed(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(MalformedValueException.class);
    return (MalformedValueException) t;
  }

  @Test
  void builderKeepsParts() {
    Commitment c = first();
    assertThat(c.ordinal()).isEqualTo(1);
    assertThat(c.heading()).contains(HEADING);
    assertThat(c.paragraphs()).containsExactly(PARAGRAPH);
    assertThat(c.points()).isEmpty();
  }

  @Test
  void styleDefaultsToRunIn() {
    assertThat(first().style()).isEqualTo(PointStyle.RUN_IN);
    assertThat(Commitment.builder().ordinal(4).build().style().marker(4)).isEqualTo("四是");
  }

  @Test
  void styleCanBeSet() {
    Commitment c = Commitment.builder().ordinal(2).style(PointStyle.ARABIC).heading("加强农村公路养护。").build();
    assertThat(c.style()).isEqualTo(PointStyle.ARABIC);
  }

  @Test
  void commitmentCanHoldPoints() {
    Point p1 = Point.builder().ordinal(1).style(PointStyle.PARENTHESIZED_ARABIC).heading("规范监管执法。").build();
    Point p2 = Point.builder().ordinal(2).style(PointStyle.PARENTHESIZED_ARABIC).heading("强化政企沟通。").build();
    Commitment c = Commitment.builder().ordinal(4).heading("进一步推动构建亲清新型政商关系。").addPoints(p1, p2).build();
    assertThat(c.points()).containsExactly(p1, p2);
  }

  @Test
  void missingOrdinalIsNamed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Commitment.builder().heading(HEADING).build())
        .withMessageContaining("ordinal");
  }

  @Test
  void ordinalZeroIsMalformed() {
    MalformedValueException e = malformed(() -> Commitment.builder().ordinal(0).build());
    assertThat(e.field()).isEqualTo("commitment.ordinal");
    assertThat(e.text()).isEqualTo("0");
    assertThat(e.index()).isEqualTo(0);
  }

  @Test
  void blankHeadingIsMalformed() {
    MalformedValueException e = malformed(() -> Commitment.builder().ordinal(1).heading("\u3000").build());
    assertThat(e.field()).isEqualTo("commitment.heading");
    assertThat(e.text()).isEqualTo("\u3000");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void blankParagraphIsMalformedWithItsIndex() {
    MalformedValueException e = malformed(() -> Commitment.builder().ordinal(1).addParagraph(" ").build());
    assertThat(e.field()).isEqualTo("commitment.paragraphs[0]");
    assertThat(e.text()).isEqualTo(" ");
  }

  @Test
  void listsAreUnmodifiableAndDetachedFromTheInput() {
    List<String> paragraphs = new ArrayList<>(List.of(PARAGRAPH));
    Commitment c = Commitment.builder().ordinal(1).paragraphs(paragraphs).build();
    paragraphs.add("完善投诉举报受理、社会监督、暗访暗查等工作机制。");
    assertThat(c.paragraphs()).containsExactly(PARAGRAPH);
    assertThatThrownBy(() -> c.paragraphs().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.points().add(Point.builder().ordinal(1).build()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void samePartsAreEqual() {
    Commitment a = first();
    Commitment b = Commitment.builder().ordinal(1).style(PointStyle.RUN_IN).heading(HEADING)
        .paragraphs(List.of(PARAGRAPH)).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Commitment.builder().from(a).build()).isEqualTo(a);
  }

  @Test
  void anyDifferingPartMakesCommitmentsUnequal() {
    Commitment base = first();
    assertThat(Commitment.builder().from(base).ordinal(2).build()).isNotEqualTo(base);
    assertThat(Commitment.builder().from(base).style(PointStyle.PARENTHESIZED).build()).isNotEqualTo(base);
    assertThat(Commitment.builder().from(base).heading("进一步推动惠企惠民政策落实落细。").build())
        .isNotEqualTo(base);
    assertThat(Commitment.builder().ordinal(1).addParagraph(PARAGRAPH).build()).isNotEqualTo(base);
    assertThat(Commitment.builder().ordinal(1).heading(HEADING).build()).isNotEqualTo(base);
    assertThat(Commitment.builder().from(base).addPoint(Point.builder().ordinal(1).build()).build())
        .isNotEqualTo(base);
  }
}
