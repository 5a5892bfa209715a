package dev.govreply.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CharSetTest {
  private static final CharSet STOPS = CharSet.of("。！？!?；;");

  @Test
  void holdsItsMembersAndNoOtherCharacter() {
    String members = "。！？!?；;";
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(STOPS.contains((char) c)).as("U+%04X", c).isEqualTo(members.indexOf(c) >= 0);
    }
  }

  @Test
  void aLargeSetHoldsExactlyItsMembersToo() {
    StringBuilder sb = new StringBuilder();
    for (char c = '一'; sb.length() < 127; c += 37) {
      sb.append(c);
    }
    String members = sb.append("。，:A").toString().substring(4); // 127 members
    CharSet set = CharSet.of(members);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(set.indexOf((char) c)).as("U+%04X", c).isEqualTo(members.indexOf(c));
    }
    assertThatThrownBy(() -> CharSet.of(members + "Z")).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("127");
  }

  @Test
  void findsTheFirstMemberOfARange() {
    String t = "一是加强领导。二是落实责任！";
    assertThat(STOPS.firstIn(t, 0, t.length())).isEqualTo(6);
    assertThat(STOPS.firstIn(t, 7, t.length())).isEqualTo(13);
    assertThat(STOPS.firstIn(t, 7, 13)).isEqualTo(13); // none before the end of the range
    assertThat(STOPS.firstIn("", 0, 0)).isZero();
    assertThat(STOPS.firstIn("是否满意？是。", 0, 3)).isEqualTo(3); // ？ lies past the range's end
  }

  @Test
  void tellsWhereAMemberStandsInTheOrderGiven() {
    assertThat(STOPS.indexOf('。')).isZero();
    assertThat(STOPS.indexOf(';')).isEqualTo(6);
    assertThat(STOPS.indexOf('，')).isEqualTo(-1);
    assertThat(CharSet.of("aab").indexOf('b')).isEqualTo(1);
  }

  @Test
  void aMemberGivenTwiceIsOneMember() {
    assertThat(CharSet.of("aab").toString()).isEqualTo("ab");
    assertThat(CharSet.of("").contains('a')).isFalse();
  }
}
