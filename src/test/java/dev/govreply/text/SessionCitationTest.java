package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Session;
import org.junit.jupiter.api.Test;

/**
 * What a session printed damaged may be the whole of ({@link SessionCitation#lostFrom}): each
 * refusal below breaks one condition only.
 */
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
    assertThat(lost("县 九届人大 次会议", "县九届人大三次会议")).isTrue(); // blanks aside
    assertThat(lost("区政协十四会议", "区政协十四届一次会议")).isTrue(); // 届一次 lost (corpus my 7188)
    assertThat(lost("区政协十四会议", "区政协十四届常委会第一次会议")).isFalse(); // 常委会 is no ordinal's
    assertThat(lost("区政协十四会议", "区政协十五届四次会议")).isFalse(); // 十四 is one numeral (review)
  }

  @Test
  void onlyOrdinalsMayBeLostInside() {
    assertThat(lost("县九届大次会议", "县九届人大三次会议")).isFalse(); // 人 is no ordinal's
    assertThat(lost("县九届人大次会议", "县九届人大常委会第三次会议")).isFalse();
    assertThat(lost("县九届人大三次会议", "县九届人大三次会议")).isFalse(); // nothing lost
    assertThat(lost("县十届人大次会议", "县九届人大三次会议")).isFalse(); // 十 is not there
  }

  @Test
  void thePlacesNameMayBeLostBeforeItButNoTermOrAssembly() {
    assertThat(lost("县八届政协第次会议", "清原满族自治县八届政协第二次会议")).isTrue();
    assertThat(lost("人大次会议", "市十一届人大一次会议")).isFalse(); // the term 十一届 before it
    assertThat(lost("委员会第次会议", "县人大常务委员会第九次会议")).isFalse(); // 人大常务 before it
    assertThat(lost("县九届人大次会议", "市县九届人大三次会议")).isTrue(); // a name, however odd
  }

  @Test
  void aFormsFirstWhoseNumeralWasLostMayStand() {
    assertThat(lost("区十九届人大第次会议", "区十九届人大四次会议")).isTrue();
    assertThat(lost("区十九届人大之次会议", "区十九届人大四次会议")).isFalse(); // only 第
  }

  private static SessionCitation.Found cited(String text) {
    Compact c = Compact.of(new Line(1, 1, text), false);
    return SessionCitation.find(c, c.key, 0, true);
  }

  private static SessionCitation.Found inTitle(String text) {
    Compact c = Compact.of(new Line(1, 1, text), false);
    return SessionCitation.find(c, c.key, 0, false);
  }

  /**
   * A session cited without its assembly's name right after a citation's words is the item's
   * (corpus oe 7821: 你在区十五届三次会议上提出的; on 8005: 关于协办达川区第二届委员会第五次会议第188号提案的函); a
   * term and meeting with no such words before them may be the end of a session whose start was
   * lost (a title's first line 关于市政协十 not read), and stay unread: the title's a damaged
   * session, the opening's none.
   */
  @Test
  void aSessionWithoutItsAssemblysNameIsReadAfterACitationsWords() {
    assertThat(cited("你在区十五届三次会议上提出的《关于杨梅产业的建议》收悉").parsed())
        .hasToString("区十五届三次会议");
    assertThat(inTitle("达州市达川区应急管理局关于协办达川区第二届委员会第五次会议第188号提案的函").parsed())
        .hasToString("达川区第二届委员会第五次会议");
    assertThat(inTitle("对市二十届四次会议第20250029号建议的答复").parsed())
        .hasToString("市二十届四次会议");
    SessionCitation.Found cut = inTitle("四届一次会议221012号提案的答复");
    assertThat(cut.parsed()).isNull();
    assertThat(cut.bad()).isEqualTo("四届一次会议");
    assertThat(cited("十五届三次会议上提出的《关于杨梅产业的建议》收悉").parsed()).isNull();
    assertThat(inTitle("对四届一次会议221012号提案的答复").parsed()).isNull(); // the place lost
  }

  /**
   * Another body's meeting, or a meeting a sentence names with no item raised at it, is no
   * session of the item (review of a05c223d: each was read as one).
   */
  @Test
  void anotherBodysMeetingIsNoSessionWithoutItsAssemblysName() {
    assertThat(inTitle("关于落实县委十四届三次会议精神的建议的答复").parsed()).isNull();
    assertThat(cited("您提出的建议收悉。对照县十五届三次会议精神,现答复如下:").parsed()).isNull();
    assertThat(cited("按照县十五届三次会议部署,您提出的建议收悉,现答复如下:").parsed()).isNull();
    assertThat(cited("您在县十八届常委会第五次会议上提出的建议收悉,现答复如下:").parsed()).isNull();
    assertThat(cited("您在县总工会十届二次会议上提出的建议收悉,现答复如下:").parsed()).isNull();
    assertThat(cited("您在团县委十届二次会议上提出的建议收悉,现答复如下:").parsed()).isNull();
    assertThat(cited("您在五一村二届三次会议上提出的建议收悉,现答复如下:").parsed()).isNull();
  }

  /**
   * A term cited without its meeting right before the item's number is, in a title, the session as
   * printed (corpus t 482, l 321, dx 2482); a meeting printed before the number still wins, a term
   * without the item's number after it is no citation, and an opening's sentence citing another
   * item or a document so names no session (third review F3).
   */
  @Test
  void aTermCitedWithoutItsMeetingBeforeTheNumberIsTheTitlesSession() {
    assertThat(inTitle("关于泗县第十八届人民代表大会第132号建议的答复").parsed())
        .isEqualTo(Session.parse("泗县第十八届人民代表大会"));
    assertThat(inTitle("关于东区十一届人大第13号建议办理情况的答复").parsed())
        .isEqualTo(Session.parse("东区十一届人大"));
    assertThat(inTitle("县水务局关于对县政协第九届委员会第33号提案的答复").parsed())
        .isEqualTo(Session.parse("县政协第九届委员会"));
    // the CPPCC's full name holds 会议, which alone is no session (corpus jh 5286)
    assertThat(inTitle("砚山县乡村振兴局关于对中国人民政治协商会议砚山县第十届委员会第181号提案的答复").parsed())
        .isEqualTo(Session.parse("中国人民政治协商会议砚山县第十届委员会"));
    assertThat(cited("您在中国人民政治协商会议砚山县第十届委员会第一次会议上提出《关于修路的提案》").parsed())
        .isEqualTo(Session.parse("中国人民政治协商会议砚山县第十届委员会第一次会议"));
    assertThat(inTitle("关于对中国人民政治协商会议提案的答复").parsed()).isNull();
    assertThat(inTitle("关于对区八届政治协商会议第49号提案的答复").parsed())
        .isEqualTo(Session.parse("区八届政治协商会议")); // a term before it: the session
    assertThat(inTitle("关于县十八届人大一次会议第132号建议的答复").parsed())
        .isEqualTo(Session.parse("县十八届人大一次会议"));
    // who raised the item between the term and its number (corpus in 4881)
    assertThat(inTitle("对十三届全国人大代表第8268号建议的答复").parsed())
        .isEqualTo(Session.parse("十三届全国人大"));
    assertThat(inTitle("关于县政协第九届委员会委员第33号提案的答复").parsed())
        .isEqualTo(Session.parse("县政协第九届委员会"));
    assertThat(inTitle("关于十三届全国人大代表大会第12号决议的答复").parsed()).isNull();
    assertThat(inTitle("关于县第十八届人民代表大会代表建议的答复").parsed()).isNull();
    assertThat(inTitle("关于县第十八届人大常委会第12号意见的答复").parsed()).isNull();
    assertThat(cited("您提出的《关于优化营商环境的建议》收悉。按照县第十八届人民代表大会第3号决议要求,现答复如下:")
        .parsed()).isNull();
    assertThat(cited("您提出的提案收悉。该提案与县政协第九届委员会第12号提案内容相近,现一并答复如下:").parsed())
        .isNull();
  }

  /** A title replying about the session's item (关于回复…会议第94号建议的函, corpus il 4847). */
  @Test
  void aSessionAfterTheWordReplyingStartsAtItsPlace() {
    assertThat(inTitle("四川省中医药管理局关于回复四川省第十三届人民代表大会第一次会议第94号建议的函").parsed())
        .isEqualTo(Session.parse("四川省第十三届人民代表大会第一次会议"));
  }

  /**
   * A term and its meeting cited without 会议 right before the item (its number, its title, or
   * those who raised it) is, in a title, the session as printed (corpus hp 4403, ab 632); not a
   * standing committee's meeting, not in an opening's sentence, and not where 会议 follows.
   */
  @Test
  void aMeetingCitedWithoutTheWordMeetingBeforeTheItemIsTheTitlesSession() {
    assertThat(inTitle("政协十一届五次《关于提高社区工作者待遇的提案》(0074号)答复").parsed())
        .isEqualTo(Session.parse("政协十一届五次"));
    assertThat(inTitle("关于对市政协八届一次委员第094号提案的答复").parsed())
        .isEqualTo(Session.parse("市政协八届一次"));
    assertThat(inTitle("关于县十八届人大二次第15号建议的答复").parsed())
        .isEqualTo(Session.parse("县十八届人大二次"));
    assertThat(inTitle("关于县十八届人大二次会议第15号建议的答复").parsed())
        .isEqualTo(Session.parse("县十八届人大二次会议"));
    assertThat(inTitle("关于县十八届人大常委会第五次第15号意见的答复").parsed()).isNull();
    // nor of the standing committee or the chair named in full, nor one cut inside its 委员会议
    // (review of 27938994)
    assertThat(inTitle("关于市政协十届常务委员会第三次《关于加强养老服务的建议》的答复").parsed()).isNull();
    assertThat(inTitle("关于县十届政协主席第2次《关于加强养老服务的建议》的答复").parsed()).isNull();
    assertThat(inTitle("关于县政协十届第2次委员会议第12号提案的答复").parsed())
        .isEqualTo(Session.parse("县政协十届第2次委员会议"));
    assertThat(inTitle("关于县十八届人大二次建设情况的答复").parsed()).isNull(); // no item after it
    assertThat(cited("您在县十八届人大二次《关于拓宽道路的建议》中提出,现答复如下:").parsed()).isNull();
  }

  @Test
  void aFormsBlanksFilledInBracketsArePartOfTheSession() { // corpus cu 1905
    assertThat(cited("您在重庆市渝中区第(十九)届人民代表大会第(三)次会议的第DH189号建议").parsed())
        .isEqualTo(Session.parse("重庆市渝中区第(十九)届人民代表大会第(三)次会议"));
    assertThat(cited("关于区第（十）届政协第（二）次会议第5号提案的答复").parsed().text())
        .isEqualTo("区第（十）届政协第（二）次会议");
    // brackets around anything else still end what comes before the session
    assertThat(cited("关于办理(二)县十届人大三次会议第5号建议的答复").parsed().text())
        .isEqualTo("县十届人大三次会议");
    // (the session after the bracket has lost its term's numeral: in a title, damaged text)
    assertThat(inTitle("关于“某某(A)”届人大三次会议第5号建议的答复").bad()).isEqualTo("届人大三次会议");
  }

  /**
   * A year before a session is the title's when the session names its term (2018年…政协七届一次会议);
   * a session named by its year alone keeps it, the year being what tells it from the others (corpus
   * gx 4043).
   */
  @Test
  void aYearIsTheSessionsOnlyWhenItNamesNoTerm() {
    assertThat(cited("您在2019年市人大会议上提出的《关于加强通信设施保护的建议》收悉。").parsed().text())
        .isEqualTo("2019年市人大会议");
    assertThat(inTitle("关于2018年清原满族自治县政协七届一次会议第5号提案的答复").parsed().text())
        .isEqualTo("清原满族自治县政协七届一次会议");
    assertThat(inTitle("关于2020年县第十八届人民代表大会第132号建议的答复").parsed().text())
        .isEqualTo("县第十八届人民代表大会");
  }

  @Test
  void theWholeSessionIsMatchedToItsEnd() {
    assertThat(lost("县九届人大次会", "县九届人大三次会议")).isFalse(); // 议 not in the damaged text
  }
}
