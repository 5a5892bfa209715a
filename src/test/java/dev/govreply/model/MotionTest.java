package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MotionTest {

  private static final Session SESSION = Session.of("岳阳市九届人大四次会议");
  private static final String TITLE = "关于优化营商环境，政府部门先行的建议";

  /** 对岳阳市九届人大四次会议第241号建议的答复 (00-pingjiang-xzf-jy241). */
  private static Motion pingjiang() {
    return Motion.builder().kind(MotionKind.SUGGESTION).session(SESSION).number("241").title(TITLE).build();
  }

  private static MalformedValueException malformed(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(MalformedValueException.class);
    return (MalformedValueException) t;
  }

  @Test
  void builderKeepsParts() {
    Motion m = pingjiang();
    assertThat(m.kind()).contains(MotionKind.SUGGESTION);
    assertThat(m.session()).containsSame(SESSION);
    assertThat(m.number()).contains("241");
    assertThat(m.title()).contains(TITLE);
  }

  @Test
  void everyPartIsOptional() {
    Motion m = Motion.builder().build();
    assertThat(m.kind()).isEmpty();
    assertThat(m.session()).isEmpty();
    assertThat(m.number()).isEmpty();
    assertThat(m.title()).isEmpty();
  }

  @Test
  void numbersAreKeptAsPrinted() {
    // zero-padded (009), prefixed (温36, 20-zhejiang-jtt-wen36), long (652042, 22-hainan-jtt-jy652042)
    assertThat(Motion.builder().number("009").build().number()).contains("009");
    assertThat(Motion.builder().kind(MotionKind.PROPOSAL).number("温36").build().number()).contains("温36");
    assertThat(Motion.builder().number("652042").build().number()).contains("652042");
    assertThat(Motion.builder().number("009").build()).isNotEqualTo(Motion.builder().number("9").build());
  }

  @Test
  void blankNumberIsMalformed() {
    MalformedValueException e = malformed(() -> Motion.builder().number(" ").build());
    assertThat(e.field()).isEqualTo("motion.number");
    assertThat(e.text()).isEqualTo(" ");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void aNumberIsDigitsAfterAnOptionalLetterPrefix() {
    assertThat(Motion.builder().number("A12").build().number()).contains("A12");
    assertThat(Motion.builder().number("政协12").build().number()).contains("政协12");
    assertThat(Motion.builder().number("０１２").build().number()).contains("０１２");
    assertThat(Motion.builder().number("2021-24").build().number()).contains("2021-24");
    // a prefix joined to the digits by a hyphen (corpus bh 1124: 第D-013号)
    assertThat(Motion.builder().number("D-013").build().number()).contains("D-013");
    assertThat(malformed(() -> Motion.builder().number("D-").build()).index()).isEqualTo(1);
    assertThat(malformed(() -> Motion.builder().number("D--13").build()).index()).isEqualTo(1);
    assertThat(malformed(() -> Motion.builder().number("abc-1").build()).index()).isEqualTo(3);
    assertThat(malformed(() -> Motion.builder().number("2021-").build()).index()).isEqualTo(4);
    assertThat(malformed(() -> Motion.builder().number("-24").build()).index()).isEqualTo(0);
    // found by probing: a motion number "true" was accepted under gbt9704
    MalformedValueException e = malformed(() -> Motion.builder().number("true").build());
    assertThat(e.field()).isEqualTo("motion.number");
    assertThat(e.index()).isEqualTo(4);
    assertThat(e.reason()).contains("241, 009, 温36");
    assertThat(malformed(() -> Motion.builder().number("12/3").build()).index()).isEqualTo(2);
    // a code of capital letters and the register's year in brackets (corpus ma 6708, oa 7743)
    assertThat(Motion.builder().number("B(2024)230").build().number()).contains("B(2024)230");
    assertThat(Motion.builder().number("B〔2016〕080").build().number()).contains("B〔2016〕080");
    assertThat(malformed(() -> Motion.builder().number("B(2024〕230").build()).index()).isEqualTo(1);
    assertThat(malformed(() -> Motion.builder().number("B(24)230").build()).index()).isEqualTo(1);
    assertThat(malformed(() -> Motion.builder().number("B(2024)").build()).index()).isEqualTo(1);
    assertThat(malformed(() -> Motion.builder().number("温(2024)230").build()).index())
        .isEqualTo(1);
    // a series' Latin letters between digits (8E020: sitting 8, series E, serial 020)
    assertThat(Motion.builder().number("8E020").build().number()).contains("8E020");
    assertThat(malformed(() -> Motion.builder().number("8E").build()).index()).isEqualTo(1);
    assertThat(malformed(() -> Motion.builder().number("8ABCD020").build()).index()).isEqualTo(1);
    assertThat(malformed(() -> Motion.builder().number("8温020").build()).index()).isEqualTo(1);
    assertThat(malformed(() -> Motion.builder().number("=1+2").build()).index()).isEqualTo(0);
    assertThat(malformed(() -> Motion.builder().number("12\u202E").build()).reason())
        .contains("U+202E");
    assertThat(malformed(() -> Motion.builder().number("第一二三四五六七八九十").build()).field())
        .isEqualTo("motion.number");
  }

  @Test
  void emptyNumberIsMalformed() {
    assertThat(malformed(() -> Motion.builder().number("").build()).field()).isEqualTo("motion.number");
  }

  @Test
  void blankTitleIsMalformed() {
    MalformedValueException e = malformed(() -> Motion.builder().number("55").title("\u3000\u3000").build());
    assertThat(e.field()).isEqualTo("motion.title");
    assertThat(e.text()).isEqualTo("\u3000\u3000");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void samePartsAreEqual() {
    Motion a = pingjiang();
    Motion b = Motion.builder().title(TITLE).number("241").session(SESSION).kind(MotionKind.SUGGESTION).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Motion.builder().from(a).build()).isEqualTo(a);
    assertThat(Motion.builder().build()).isEqualTo(Motion.builder().build());
  }

  @Test
  void anyDifferingPartMakesMotionsUnequal() {
    Motion base = pingjiang();
    assertThat(Motion.builder().from(base).kind(MotionKind.PROPOSAL).build()).isNotEqualTo(base);
    assertThat(Motion.builder().from(base).kind(MotionKind.MOTION).build()).isNotEqualTo(base);
    assertThat(Motion.builder().kind(MotionKind.SUGGESTION).number("241").title(TITLE).build())
        .isNotEqualTo(base);
    assertThat(Motion.builder().from(base).number("82").build()).isNotEqualTo(base);
    assertThat(Motion.builder().kind(MotionKind.SUGGESTION).session(SESSION).title(TITLE).build())
        .isNotEqualTo(base);
    assertThat(Motion.builder().from(base).title("关于加快农村公路建设的建议").build()).isNotEqualTo(base);
    assertThat(Motion.builder().kind(MotionKind.SUGGESTION).session(SESSION).number("241").build())
        .isNotEqualTo(base);
  }
}
