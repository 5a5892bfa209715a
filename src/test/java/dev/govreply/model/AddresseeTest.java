package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AddresseeTest {

  private static MalformedValueException malformed(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(MalformedValueException.class);
    return (MalformedValueException) t;
  }

  /** 张亮代表： (00-pingjiang-xzf-jy241). */
  private static Addressee zhangLiang() {
    return Addressee.builder().salutation("张亮代表").addName("张亮").role(AddresseeRole.DEPUTY).build();
  }

  @Test
  void singleDeputy() {
    Addressee a = zhangLiang();
    assertThat(a.names()).containsExactly("张亮");
    assertThat(a.role()).contains(AddresseeRole.DEPUTY);
    assertThat(a.salutation()).contains("张亮代表");
    assertThat(a.statedCount()).isEmpty();
    assertThat(a.count()).hasValue(1);
  }

  @Test
  void collectiveDefaultsToFalse() {
    assertThat(zhangLiang().collective()).isFalse();
    assertThat(Addressee.builder().build().collective()).isFalse();
  }

  @Test
  void nothingIsRequired() {
    Addressee a = Addressee.builder().build();
    assertThat(a.names()).isEmpty();
    assertThat(a.role()).isEmpty();
    assertThat(a.salutation()).isEmpty();
    assertThat(a.count()).isEmpty();
  }

  @Test
  void countIsTheStatedFigureWhenPrinted() {
    // 童勋海等10位代表：
    Addressee a = Addressee.builder().salutation("童勋海等10位代表").addName("童勋海")
        .role(AddresseeRole.DEPUTY).statedCount(10).build();
    assertThat(a.statedCount()).hasValue(10);
    assertThat(a.count()).hasValue(10);
  }

  @Test
  void countIsTheNumberOfNamesWithoutAStatedFigure() {
    // 马青、周丽委员:
    Addressee a = Addressee.builder().salutation("马青、周丽委员").addNames("马青", "周丽")
        .role(AddresseeRole.MEMBER).build();
    assertThat(a.statedCount()).isEmpty();
    assertThat(a.count()).hasValue(2);
  }

  @Test
  void countIsUnknownWhenNamesAreFollowedByDengWithoutAFigure() {
    // 马青、周丽等委员: (07-tongguan-mzj-ta52)
    Addressee a = Addressee.builder().salutation("马青、周丽等委员").addNames("马青", "周丽")
        .andOthers(true).role(AddresseeRole.MEMBER).build();
    assertThat(a.andOthers()).isTrue();
    assertThat(a.count()).isEmpty();
  }

  /** A name masked whole on a published page (***代表) may hide several: no count; 许** is one. */
  @Test
  void countIsUnknownWhenANameIsMaskedWhole() {
    Addressee masked = Addressee.builder().salutation("***代表").addName("***")
        .role(AddresseeRole.DEPUTY).build();
    assertThat(masked.count()).isEmpty();
    Addressee partly = Addressee.builder().salutation("许**委员").addName("许**")
        .role(AddresseeRole.MEMBER).build();
    assertThat(partly.count()).hasValue(1);
    // in a list, each name masked whole is one person's (corpus jw 5581)
    Addressee listed = Addressee.builder().salutation("XX、XX、XXX代表").addName("XX").addName("XX")
        .addName("XXX").role(AddresseeRole.DEPUTY).build();
    assertThat(listed.count()).hasValue(3);
    Addressee mixed = Addressee.builder().salutation("XX、李四代表").addName("XX").addName("李四")
        .role(AddresseeRole.DEPUTY).build();
    assertThat(mixed.count()).hasValue(2);
  }

  @Test
  void collectiveHasNoCount() {
    // 雨露乡委员小组: (04-nanhua-jtj-ta55)
    Addressee a = Addressee.builder().salutation("雨露乡委员小组").addName("雨露乡委员小组").collective(true).build();
    assertThat(a.collective()).isTrue();
    assertThat(a.role()).isEmpty();
    assertThat(a.count()).isEmpty();
  }

  @Test
  void blankNameIsMalformedWithItsIndex() {
    MalformedValueException e = malformed(() -> Addressee.builder().addNames("马青", "  ").build());
    assertThat(e.field()).isEqualTo("addressee.names[1]");
    assertThat(e.text()).isEqualTo("  ");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void namesAreNamesNotFormulasPathsOrControls() {
    for (String ok : List.of("张亮", "雨露乡委员小组", "李*", "王××", "阿不都·热合曼", "Zhang Liang",
        "九三学社（联名）", "第3代表小组", "楊永崗")) {
      assertThat(Addressee.builder().addName(ok).build().names()).containsExactly(ok);
    }
    // found by probing: an addressee "@SUM(1+1)" was accepted as a name by the import
    MalformedValueException e = malformed(() -> Addressee.builder().addNames("马青", "@SUM(1+1)").build());
    assertThat(e.field()).isEqualTo("addressee.names[1]");
    assertThat(e.index()).isEqualTo(0);
    assertThat(e.reason()).contains("'@'");
    assertThat(malformed(() -> Addressee.builder().addName("=cmd|' /C calc'!A0").build()).index())
        .isEqualTo(0);
    assertThat(malformed(() -> Addressee.builder().addName("../x").build()).index()).isEqualTo(0);
    assertThat(malformed(() -> Addressee.builder().addName("张/x").build()).index()).isEqualTo(1);
    assertThat(malformed(() -> Addressee.builder().addName("张\u202E亮").build()).reason())
        .contains("U+202E");
    assertThat(malformed(() -> Addressee.builder().addName("张\u0007亮").build()).reason())
        .contains("U+0007");
  }

  @Test
  void blankSalutationIsMalformed() {
    MalformedValueException e = malformed(() -> Addressee.builder().salutation("").addName("张亮").build());
    assertThat(e.field()).isEqualTo("addressee.salutation");
    assertThat(e.text()).isEmpty();
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void statedCountZeroIsMalformed() {
    MalformedValueException e = malformed(() -> Addressee.builder().addName("童勋海").statedCount(0).build());
    assertThat(e.field()).isEqualTo("addressee.statedCount");
    assertThat(e.text()).isEqualTo("0");
    assertThat(e.index()).isEqualTo(0);
  }

  @Test
  void negativeStatedCountIsMalformed() {
    MalformedValueException e = malformed(() -> Addressee.builder().statedCount(-2).build());
    assertThat(e.field()).isEqualTo("addressee.statedCount");
    assertThat(e.text()).isEqualTo("-2");
  }

  @Test
  void namesAreUnmodifiableAndDetachedFromTheInput() {
    List<String> names = new ArrayList<>(List.of("马青", "周丽"));
    Addressee a = Addressee.builder().names(names).role(AddresseeRole.MEMBER).build();
    names.add("赵军虎");
    assertThat(a.names()).containsExactly("马青", "周丽");
    assertThat(a.count()).hasValue(2);
    assertThatThrownBy(() -> a.names().add("赵军虎")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.names().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void samePartsAreEqual() {
    Addressee a = zhangLiang();
    Addressee b = Addressee.builder().role(AddresseeRole.DEPUTY).names(List.of("张亮")).salutation("张亮代表")
        .collective(false).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Addressee.builder().from(a).build()).isEqualTo(a);
  }

  @Test
  void anyDifferingPartMakesAddresseesUnequal() {
    Addressee base = zhangLiang();
    assertThat(Addressee.builder().from(base).salutation("尊敬的张亮代表").build()).isNotEqualTo(base);
    assertThat(Addressee.builder().addName("张亮").role(AddresseeRole.DEPUTY).build()).isNotEqualTo(base);
    assertThat(Addressee.builder().salutation("张亮代表").addName("张良").role(AddresseeRole.DEPUTY).build())
        .isNotEqualTo(base);
    assertThat(Addressee.builder().from(base).addName("王爱珍").build()).isNotEqualTo(base);
    assertThat(Addressee.builder().from(base).role(AddresseeRole.MEMBER).build()).isNotEqualTo(base);
    assertThat(Addressee.builder().salutation("张亮代表").addName("张亮").build()).isNotEqualTo(base);
    assertThat(Addressee.builder().from(base).statedCount(1).build()).isNotEqualTo(base);
    assertThat(Addressee.builder().from(base).collective(true).build()).isNotEqualTo(base);
  }
}
