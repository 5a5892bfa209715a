package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class AddresseeRoleTest {

  @Test
  void fromChinese() {
    assertThat(AddresseeRole.fromChinese("代表")).contains(AddresseeRole.DEPUTY);
    assertThat(AddresseeRole.fromChinese("委员")).contains(AddresseeRole.MEMBER);
    assertThat(AddresseeRole.fromChinese("委員")).contains(AddresseeRole.MEMBER);
    assertThat(AddresseeRole.fromChinese(" 代表 ")).contains(AddresseeRole.DEPUTY);
    assertThat(AddresseeRole.fromChinese("代表们")).isEmpty();
    assertThat(AddresseeRole.fromChinese("")).isEmpty();
    assertThat(AddresseeRole.fromChinese("DEPUTY")).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> AddresseeRole.fromChinese(null));
  }

  @Test
  void chineseRoundTrips() {
    for (AddresseeRole r : AddresseeRole.values()) {
      assertThat(AddresseeRole.fromChinese(r.chinese())).contains(r);
    }
  }
}
