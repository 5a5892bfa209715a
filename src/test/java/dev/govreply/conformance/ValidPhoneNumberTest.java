package dev.govreply.conformance;

import static dev.govreply.conformance.ConstraintTests.check;
import static dev.govreply.conformance.ConstraintTests.checkZh;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidPhoneNumberTest {

  /** A user's contact row. */
  static final class ContactRow {
    @ValidPhoneNumber
    String phone;

    @ValidPhoneNumber(canonical = true)
    String canonicalPhone;

    static ContactRow of(String phone, String canonicalPhone) {
      ContactRow row = new ContactRow();
      row.phone = phone;
      row.canonicalPhone = canonicalPhone;
      return row;
    }
  }

  @Test
  void nullIsValid() {
    assertThat(check(ContactRow.of(null, null))).isEmpty();
  }

  @Test
  void canonicalNumbersAreValid() {
    for (String phone : new String[] {"0730-6222076", "15115089731", "65318096",
        "0730-6222076转801"}) {
      assertThat(check(ContactRow.of(phone, phone))).as(phone).isEmpty();
    }
  }

  @Test
  void printedVariantsAreValidButNotCanonical() {
    assertThat(check(ContactRow.of("（0730）6222076", "（0730）6222076"))).containsExactly(
        new Violation("canonicalPhone", "must be written in canonical form: 0730-6222076",
            "（0730）6222076", "ValidPhoneNumber"));
    assertThat(check(ContactRow.of(null, "151 1508 9731"))).extracting(Violation::message)
        .containsExactly("must be written in canonical form: 15115089731");
  }

  @Test
  void malformedNumbersFail() {
    assertThat(check(ContactRow.of("12345", null))).containsExactly(new Violation("phone",
        "must be a phone number such as 0730-6222076 or 15115089731", "12345", "ValidPhoneNumber"));
    assertThat(check(ContactRow.of("电话号码", null))).hasSize(1);
    assertThat(check(ContactRow.of("", null))).hasSize(1);
  }

  @Test
  void chineseMessages() {
    assertThat(checkZh(ContactRow.of("12345", "0730 6222076"))).extracting(Violation::message)
        .containsExactly("联系电话应写作规范形式：0730-6222076",
            "应为联系电话，如 0730-6222076 或 15115089731");
  }
}
