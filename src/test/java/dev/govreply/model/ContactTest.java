package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ContactTest {

  /** 承办人及联系电话：何勇 0730-6222076 (00-pingjiang-xzf-jy241). */
  private static final PhoneNumber HE_YONG_PHONE = PhoneNumber.landline("0730", "6222076");
  /** 承办人及联系电话:张湘平 13575075258 (27-pingjiang-jtj-jy82). */
  private static final PhoneNumber MOBILE = PhoneNumber.mobile("13575075258");

  private static MalformedValueException malformed(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(MalformedValueException.class);
    return (MalformedValueException) t;
  }

  @Test
  void ofRoleAndName() {
    Contact c = Contact.of(ContactRole.RESPONSIBLE, "朱远");
    assertThat(c.role()).isEqualTo(ContactRole.RESPONSIBLE);
    assertThat(c.name()).contains("朱远");
    assertThat(c.phone()).isEmpty();
    assertThat(c.unit()).isEmpty();
  }

  @Test
  void ofRoleNameAndPhone() {
    Contact c = Contact.of(ContactRole.HANDLER, "何勇", HE_YONG_PHONE);
    assertThat(c.role()).isEqualTo(ContactRole.HANDLER);
    assertThat(c.name()).contains("何勇");
    assertThat(c.phone()).containsSame(HE_YONG_PHONE);
    assertThat(c.unit()).isEmpty();
  }

  @Test
  void builderWithUnit() {
    // 联系单位及联系人:海南省交通运输厅综合规划处,潘东 (22-hainan-jtt-jy652042)
    Contact c = Contact.builder().role(ContactRole.HANDLER).name("潘东").unit("海南省交通运输厅综合规划处").build();
    assertThat(c.unit()).contains("海南省交通运输厅综合规划处");
  }

  @Test
  void missingRoleIsNamed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Contact.builder().name("何勇").build())
        .withMessageContaining("role")
        .withMessageNotContaining("name");
  }

  @Test
  void aContactWithoutNameOrPhoneIsMalformed() {
    MalformedValueException e = malformed(() -> Contact.builder().role(ContactRole.HANDLER).build());
    assertThat(e.field()).isEqualTo("contact.name");
    assertThat(e.getMessage()).contains("neither");
    assertThat(malformed(() -> Contact.ofPhone(ContactRole.HANDLER, MOBILE).withName(
        java.util.Optional.empty()).withPhone(java.util.Optional.empty())).field())
        .isEqualTo("contact.name");
  }

  @Test
  void aContactForTheBodyHasAPhoneAndNoName() {
    Contact c = Contact.ofPhone(ContactRole.HANDLER, MOBILE);
    assertThat(c.name()).isEmpty();
    assertThat(c.phone()).contains(MOBILE);
    assertThat(c.withName("何勇").name()).contains("何勇");
  }

  @Test
  void missingRoleOfAContactWithAPhoneIsNamed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Contact.builder().phone(MOBILE).build())
        .withMessageContaining("role");
  }

  @Test
  void blankNameIsMalformed() {
    MalformedValueException e = malformed(() -> Contact.of(ContactRole.HANDLER, "  "));
    assertThat(e.field()).isEqualTo("contact.name");
    assertThat(e.text()).isEqualTo("  ");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void emptyNameIsMalformedAlsoWithPhone() {
    MalformedValueException e = malformed(() -> Contact.of(ContactRole.HANDLER, "", HE_YONG_PHONE));
    assertThat(e.field()).isEqualTo("contact.name");
    assertThat(e.text()).isEmpty();
  }

  @Test
  void aNameIsNotFormulaText() {
    assertThat(Contact.of(ContactRole.HANDLER, "何*").name()).contains("何*");
    Throwable t = catchThrowable(() -> Contact.of(ContactRole.HANDLER, "+SUM(1)"));
    assertThat(t).isInstanceOf(MalformedValueException.class);
    assertThat(((MalformedValueException) t).field()).isEqualTo("contact.name");
    assertThat(((MalformedValueException) t).index()).isEqualTo(0);
  }

  @Test
  void blankUnitIsMalformed() {
    MalformedValueException e = malformed(
        () -> Contact.builder().role(ContactRole.HANDLER).name("戴京国").unit("\u3000").build());
    assertThat(e.field()).isEqualTo("contact.unit");
    assertThat(e.text()).isEqualTo("\u3000");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void samePartsAreEqual() {
    Contact a = Contact.of(ContactRole.HANDLER, "何勇", HE_YONG_PHONE);
    Contact b = Contact.builder().name("何勇").phone(HE_YONG_PHONE).role(ContactRole.HANDLER).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Contact.builder().from(a).build()).isEqualTo(a);
    assertThat(Contact.of(ContactRole.RESPONSIBLE, "朱远")).isEqualTo(Contact.of(ContactRole.RESPONSIBLE, "朱远"));
  }

  @Test
  void anyDifferingPartMakesContactsUnequal() {
    Contact base = Contact.builder().role(ContactRole.HANDLER).name("何勇").phone(HE_YONG_PHONE)
        .unit("平江县优化营商环境办公室").build();
    assertThat(Contact.builder().from(base).role(ContactRole.RESPONSIBLE).build()).isNotEqualTo(base);
    assertThat(Contact.builder().from(base).name("朱远").build()).isNotEqualTo(base);
    assertThat(Contact.builder().from(base).phone(MOBILE).build()).isNotEqualTo(base);
    assertThat(Contact.builder().role(ContactRole.HANDLER).name("何勇").unit("平江县优化营商环境办公室").build())
        .isNotEqualTo(base);
    assertThat(Contact.builder().from(base).unit("平江县发展和改革局").build()).isNotEqualTo(base);
    assertThat(Contact.of(ContactRole.HANDLER, "何勇", HE_YONG_PHONE)).isNotEqualTo(base);
  }
}
