package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MeasureTest {

  private static final String HEADING = "打造“五张清单”，重构工作联动新机制。";

  private static final Point FIRST = Point.builder().ordinal(1).heading("高点位开展部署调度。")
      .addParagraph("县委书记4次大会讲评、5次专题调研优化营商环境工作。").build();
  private static final Point SECOND = Point.builder().ordinal(2).heading("高标准打造“五张清单”。")
      .addParagraph("牵头制订“五张清单”，以清单定目标、定任务、定进度。").build();
  private static final Point THIRD = Point.builder().ordinal(3).heading("高强度抓好督导督促。")
      .addParagraph("由政府督查室、优化办对省评整改和工作落实开展联合督查8次。").build();

  /** 一、打造“五张清单”，重构工作联动新机制。一是……二是……三是…… from 00-pingjiang-xzf-jy241. */
  private static Measure first() {
    return Measure.builder().ordinal(1).heading(HEADING).addPoints(FIRST, SECOND, THIRD).build();
  }

  private static MalformedValueException malformed(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(MalformedValueException.class);
    return (MalformedValueException) t;
  }

  @Test
  void builderKeepsPartsInDocumentOrder() {
    Measure measure = first();
    assertThat(measure.ordinal()).isEqualTo(1);
    assertThat(measure.heading()).contains(HEADING);
    assertThat(measure.paragraphs()).isEmpty();
    assertThat(measure.points()).containsExactly(FIRST, SECOND, THIRD);
    assertThat(measure.points()).extracting(p -> p.style().marker(p.ordinal()))
        .containsExactly("一是", "二是", "三是");
  }

  @Test
  void measureWithParagraphsAndNoPoints() {
    // 01-nangong-jtj-jy46 answers in plain paragraphs.
    Measure measure = Measure.builder().ordinal(1)
        .addParagraph("按照“乡道乡建乡养,村道村建村养”的原则,乡镇政府和村委会分别为乡道和村道的养管主体。")
        .build();
    assertThat(measure.heading()).isEmpty();
    assertThat(measure.points()).isEmpty();
    assertThat(measure.paragraphs()).hasSize(1);
  }

  @Test
  void missingOrdinalIsNamed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Measure.builder().heading(HEADING).build())
        .withMessageContaining("ordinal")
        .withMessageContaining("Measure");
  }

  @Test
  void ordinalZeroIsMalformed() {
    MalformedValueException e = malformed(() -> Measure.builder().ordinal(0).heading(HEADING).build());
    assertThat(e.field()).isEqualTo("measure.ordinal");
    assertThat(e.text()).isEqualTo("0");
    assertThat(e.index()).isEqualTo(0);
  }

  @Test
  void blankHeadingIsMalformed() {
    MalformedValueException e = malformed(() -> Measure.builder().ordinal(2).heading("   ").build());
    assertThat(e.field()).isEqualTo("measure.heading");
    assertThat(e.text()).isEqualTo("   ");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void blankParagraphIsMalformedWithItsIndex() {
    MalformedValueException e = malformed(() -> Measure.builder().ordinal(1)
        .addParagraph("营商环境是市场经济根植之土。").addParagraph("营商环境是市场主体活力之源。").addParagraph("")
        .build());
    assertThat(e.field()).isEqualTo("measure.paragraphs[2]");
    assertThat(e.text()).isEmpty();
  }

  @Test
  void listsAreUnmodifiableAndDetachedFromTheInput() {
    List<Point> points = new ArrayList<>(List.of(FIRST, SECOND));
    List<String> paragraphs = new ArrayList<>(List.of("近年来，平江县全县上下深入贯彻落实。"));
    Measure measure = Measure.builder().ordinal(1).points(points).paragraphs(paragraphs).build();
    points.add(THIRD);
    paragraphs.clear();
    assertThat(measure.points()).containsExactly(FIRST, SECOND);
    assertThat(measure.paragraphs()).hasSize(1);
    assertThatThrownBy(() -> measure.points().add(THIRD)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> measure.paragraphs().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void samePartsAreEqual() {
    Measure a = first();
    Measure b = Measure.builder().ordinal(1).heading(HEADING).points(List.of(FIRST, SECOND, THIRD)).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Measure.builder().from(a).build()).isEqualTo(a);
  }

  @Test
  void anyDifferingPartMakesMeasuresUnequal() {
    Measure base = first();
    assertThat(Measure.builder().from(base).ordinal(2).build()).isNotEqualTo(base);
    assertThat(Measure.builder().from(base).heading("夯实“一网通办”，重塑优质政务新平台。").build())
        .isNotEqualTo(base);
    assertThat(Measure.builder().ordinal(1).addPoints(FIRST, SECOND, THIRD).build()).isNotEqualTo(base);
    assertThat(Measure.builder().from(base).addParagraph("县纪委监委牵头开展专项行动。").build())
        .isNotEqualTo(base);
    assertThat(Measure.builder().ordinal(1).heading(HEADING).addPoints(FIRST, SECOND).build())
        .isNotEqualTo(base);
    assertThat(Measure.builder().ordinal(1).heading(HEADING).addPoints(FIRST, THIRD, SECOND).build())
        .isNotEqualTo(base);
    Point changed = Point.builder().from(THIRD).style(PointStyle.PARENTHESIZED).build();
    assertThat(Measure.builder().ordinal(1).heading(HEADING).addPoints(FIRST, SECOND, changed).build())
        .isNotEqualTo(base);
  }
}
