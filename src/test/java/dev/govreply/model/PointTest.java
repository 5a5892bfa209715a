package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PointTest {

  private static final String HEADING = "高点位开展部署调度。";
  private static final String PARAGRAPH =
      "县委书记4次大会讲评、5次专题调研优化营商环境工作，并亲自部署营商环境警示片拍摄工作。";

  /** 一是高点位开展部署调度。县委书记4次大会讲评…… from 00-pingjiang-xzf-jy241. */
  private static Point first() {
    return Point.builder().ordinal(1).heading(HEADING).addParagraph(PARAGRAPH).build();
  }

  private static MalformedValueException malformed(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(MalformedValueException.class);
    return (MalformedValueException) t;
  }

  @Test
  void builderKeepsParts() {
    Point point = first();
    assertThat(point.ordinal()).isEqualTo(1);
    assertThat(point.heading()).contains(HEADING);
    assertThat(point.paragraphs()).containsExactly(PARAGRAPH);
  }

  @Test
  void styleDefaultsToRunIn() {
    assertThat(first().style()).isEqualTo(PointStyle.RUN_IN);
    assertThat(first().style().marker(first().ordinal())).isEqualTo("一是");
  }

  @Test
  void styleCanBeSet() {
    Point point = Point.builder().ordinal(2).style(PointStyle.PARENTHESIZED).heading("推进建设数据共享。").build();
    assertThat(point.style()).isEqualTo(PointStyle.PARENTHESIZED);
    assertThat(point.style().marker(point.ordinal())).isEqualTo("（二）");
  }

  @Test
  void headingAndParagraphsAreOptional() {
    Point point = Point.builder().ordinal(3).build();
    assertThat(point.heading()).isEmpty();
    assertThat(point.paragraphs()).isEmpty();
  }

  @Test
  void missingOrdinalIsNamed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Point.builder().heading(HEADING).build())
        .withMessageContaining("ordinal");
  }

  @Test
  void ordinalZeroIsMalformed() {
    MalformedValueException e = malformed(() -> Point.builder().ordinal(0).heading(HEADING).build());
    assertThat(e.field()).isEqualTo("point.ordinal");
    assertThat(e.text()).isEqualTo("0");
    assertThat(e.index()).isEqualTo(0);
  }

  @Test
  void negativeOrdinalIsMalformed() {
    MalformedValueException e = malformed(() -> Point.builder().ordinal(-1).build());
    assertThat(e.field()).isEqualTo("point.ordinal");
    assertThat(e.text()).isEqualTo("-1");
  }

  @Test
  void blankHeadingIsMalformed() {
    MalformedValueException e = malformed(() -> Point.builder().ordinal(1).heading(" 　").build());
    assertThat(e.field()).isEqualTo("point.heading");
    assertThat(e.text()).isEqualTo(" 　");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void emptyHeadingIsMalformed() {
    assertThat(malformed(() -> Point.builder().ordinal(1).heading("").build()).field())
        .isEqualTo("point.heading");
  }

  @Test
  void blankParagraphIsMalformedWithItsIndex() {
    MalformedValueException e = malformed(
        () -> Point.builder().ordinal(1).addParagraph(PARAGRAPH).addParagraph("\t").build());
    assertThat(e.field()).isEqualTo("point.paragraphs[1]");
    assertThat(e.text()).isEqualTo("\t");
  }

  @Test
  void paragraphsAreUnmodifiableAndDetachedFromTheInput() {
    List<String> input = new ArrayList<>(List.of(PARAGRAPH, "县委常委会、县政府常务会4次专题研究优化营商环境工作。"));
    Point point = Point.builder().ordinal(1).paragraphs(input).build();
    input.clear();
    assertThat(point.paragraphs()).hasSize(2);
    assertThatThrownBy(() -> point.paragraphs().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> point.paragraphs().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void samePartsAreEqual() {
    Point a = first();
    Point b = Point.builder().ordinal(1).style(PointStyle.RUN_IN).heading(HEADING).paragraphs(List.of(PARAGRAPH))
        .build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Point.builder().from(a).build()).isEqualTo(a);
  }

  @Test
  void anyDifferingPartMakesPointsUnequal() {
    Point base = first();
    assertThat(Point.builder().from(base).ordinal(2).build()).isNotEqualTo(base);
    assertThat(Point.builder().from(base).style(PointStyle.ARABIC).build()).isNotEqualTo(base);
    assertThat(Point.builder().from(base).heading("高标准打造“五张清单”。").build()).isNotEqualTo(base);
    assertThat(Point.builder().ordinal(1).addParagraph(PARAGRAPH).build()).isNotEqualTo(base);
    assertThat(Point.builder().from(base).addParagraph("县长先后4次召开营商环境工作推进会。").build())
        .isNotEqualTo(base);
    assertThat(Point.builder().ordinal(1).heading(HEADING).build()).isNotEqualTo(base);
  }
}
