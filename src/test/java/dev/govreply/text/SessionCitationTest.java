package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Session;
import org.junit.jupiter.api.Test;

/** What a session printed damaged may be the whole of ({@link SessionCitation#lostFrom}). */
class SessionCitationTest {

  private static boolean lost(String bad, String whole) {
    return SessionCitation.lostFrom(bad, Session.parse(whole));
  }

  @Test
  void aSessionThatLostItsOrdinalsIsTheWholeOne() {
    assertThat(lost("新乐市第届人民代表大会第次会议", "新乐市第七届人民代表大会第五次会议")).isTrue();
    assertThat(lost("市十届人大次会议", "市十一届人大一次会议")).isTrue();
    assertThat(lost("县政协九届次会议", "县政协九届六次会议")).isTrue();
    assertThat(lost("市政协次会议", "市政协五届四次会议")).isTrue(); // 五届四 lost
    assertThat(lost("县八届政协第次会议", "清原满族自治县八届政协第二次会议")).isTrue(); // and the place's name
    assertThat(lost("县 九届人大 次会议", "县九届人大三次会议")).isTrue(); // blanks aside
    assertThat(lost("区十九届人大第次会议", "区十九届人大四次会议")).isTrue(); // a form's 第, its numeral lost
  }

  @Test
  void anotherBodyMeetingOrAddedWordsAreAnotherSession() {
    assertThat(lost("县九届人大次会议", "市九届人大三次会议")).isFalse(); // 县 is not 市
    assertThat(lost("县九届人大次会议", "县第九届人民代表大会常务委员会第三次会议")).isFalse();
    assertThat(lost("县九届人大次会议", "县人大常委会第九次会议")).isFalse();
    assertThat(lost("县九届人大三次会议", "县九届人大三次会议")).isFalse(); // nothing lost
    assertThat(lost("县十届人大次会议", "县九届人大三次会议")).isFalse(); // 十 is not there
    assertThat(lost("新乐市第届人民代表大会第次会议", "新乐市第七届人民代表大会第五次全体会议")).isFalse();
  }

  @Test
  void aDamagedTextThatNamesNoAssemblyIsNoSession() {
    assertThat(lost("第二次会议", "泗县第十八届人民代表大会第二次会议")).isFalse();
    assertThat(lost("届次会议", "市十一届人大一次会议")).isFalse();
    assertThat(lost("人大次会议", "市十一届人大一次会议")).isFalse(); // the term lost before it too
  }
}
