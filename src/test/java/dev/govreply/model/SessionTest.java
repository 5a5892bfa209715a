package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;

import dev.govreply.model.Session.Assembly;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionTest {

  @ParameterizedTest
  @CsvSource({
    "岳阳市九届人大四次会议, PEOPLES_CONGRESS, 岳阳市, 9, 4",
    // a numeral before the meeting's that is a year, or after a term already read (review)
    "县政协十届常委会2023第3次会议, CPPCC, 县, 10, 3",
    "政协南华县第九届委员会第三次会议, CPPCC, 南华县, 9, 3",
    "省十二届人大七次会议, PEOPLES_CONGRESS, 省, 12, 7",
    "省十三届人大一次会议, PEOPLES_CONGRESS, 省, 13, 1",
    "海南省六届人大五次会议, PEOPLES_CONGRESS, 海南省, 6, 5",
    "岳阳市政协八届四次会议, CPPCC, 岳阳市, 8, 4",
    "政协十届三次会议, CPPCC, , 10, 3",
    "市十五届人大二次会议, PEOPLES_CONGRESS, 市, 15, 2",
    "市政协十二届三次会议, CPPCC, 市, 12, 3",
    "平江县第十八届人民代表大会第三次会议, PEOPLES_CONGRESS, 平江县, 18, 3",
    "平江县十七届人大一次会议, PEOPLES_CONGRESS, 平江县, 17, 1",
    "南宫市第九届人民代表大会第二次会议, PEOPLES_CONGRESS, 南宫市, 9, 2",
    "十四届全国人大一次会议, PEOPLES_CONGRESS, 全国, 14, 1",
    "第十四届全国人民代表大会第一次会议, PEOPLES_CONGRESS, 全国, 14, 1",
    "区政协九届二次会议, CPPCC, 区, 9, 2",
    "区第十届政协第三次会议, CPPCC, 区, 10, 3",
    "县政协九届三次会议, CPPCC, 县, 9, 3",
    "区十八届人大二次会议, PEOPLES_CONGRESS, 区, 18, 2",
    "中国人民政治协商会议岳阳市第八届委员会第四次会议, CPPCC, 岳阳市, 8, 4",
    "政协第九届委员会第三次会议, CPPCC, , 9, 3",
    "岳陽市九屆人大四次會議, PEOPLES_CONGRESS, 岳陽市, 9, 4",
    "政協南華縣第九屆委員會第三次會議, CPPCC, 南華縣, 9, 3",
    "湖南省第十三届人民代表大會第4次会议, PEOPLES_CONGRESS, 湖南省, 13, 4",
    "岳阳市 九届 人大 四次 会议, PEOPLES_CONGRESS, 岳阳市, 9, 4",
    "市２届人大３次会议, PEOPLES_CONGRESS, 市, 2, 3",
    // a form's blanks filled in brackets (corpus cu 1905)
    "重庆市渝中区第(十九)届人民代表大会第(三)次会议, PEOPLES_CONGRESS, 重庆市渝中区, 19, 3",
    "区政协第（十）届第（二）次会议, CPPCC, 区, 10, 2",
    // a year printed before the session is no part of its region (review of corpus gx 4043)
    "2020年县政协十届四次会议, CPPCC, 县, 10, 4"
  })
  void parsesComponents(String text, Assembly assembly, String region, int term, int meeting) {
    Session s = Session.parse(text);
    assertThat(s.text()).isEqualTo(text.replace(" ", ""));
    assertThat(s.assembly()).contains(assembly);
    assertThat(s.region()).isEqualTo(Optional.ofNullable(region));
    assertThat(s.term()).isEqualTo(OptionalInt.of(term));
    assertThat(s.meeting()).isEqualTo(OptionalInt.of(meeting));
  }

  /**
   * A reply may cite the session without its assembly's name, as the member it answers knows it
   * (corpus oe 7821: 你在区十五届三次会议上提出的…; fi 2384: 昌宁县第十届委员会第二次会议): its term and
   * meeting are read, its assembly is not known.
   */
  @ParameterizedTest
  @CsvSource({
    "区十五届三次会议, 区, 15, 3",
    "昌宁县第十届委员会第二次会议, 昌宁县, 10, 2",
    "市二十届四次會議, 市, 20, 4",
    "元江县十八届人民大会第三次会议, 元江县, 18, 3",
    "阿拉善右旗第十一届委员会第三次会议, 阿拉善右旗, 11, 3"
  })
  void aSessionNeedNotNameItsAssembly(String text, String region, int term, int meeting) {
    Session s = Session.parse(text);
    assertThat(s.assembly()).isEmpty();
    assertThat(s.region()).isEqualTo(Optional.ofNullable(region));
    assertThat(s.term()).hasValue(term);
    assertThat(s.meeting()).hasValue(meeting);
    Session again = Session.parse(s.toString());
    assertThat(again.assembly()).isEmpty();
    assertThat(again.region()).isEqualTo(s.region());
    assertThat(again.term()).isEqualTo(s.term());
  }

  @Test
  void partialSessions() {
    assertThat(Session.parse("2019年市人大会议").region()).contains("市");
    Session s = Session.parse("岳阳市人大");
    assertThat(s.assembly()).contains(Assembly.PEOPLES_CONGRESS);
    assertThat(s.region()).contains("岳阳市");
    assertThat(s.term()).isEmpty();
    assertThat(s.meeting()).isEmpty();
    assertThat(Session.parse("本届人大").term()).isEmpty();
  }

  @Test
  void valueSemantics() {
    Session a = Session.of("岳阳市九届人大四次会议");
    assertThat(a).isEqualTo(Session.parse(" 岳阳市九届 人大四次会议\n"))
        .hasSameHashCodeAs(Session.parse("岳阳市九届人大四次会议"))
        .hasToString("岳阳市九届人大四次会议")
        .isNotEqualTo(Session.parse("岳阳市第九届人民代表大会第四次会议"));
    assertThat(Assembly.CPPCC.chinese()).isEqualTo("政协");
    assertThat(Assembly.PEOPLES_CONGRESS.chinese()).isEqualTo("人大");
  }

  @Test
  void aYearBeforeTheMeetingIsNoLostTerm() {
    for (String text : new String[] {"县人大常委会2023第一次会议", "县人大常委会二〇二三第一次会议",
        "县人大常委会２０２３第１次会议", "县人大常委会二零二三第一次会议", "县人大常委会二○二三第一次会议"}) {
      Session s = Session.parse(text);
      assertThat(s.term()).as(text).isEmpty();
      assertThat(s.meeting()).as(text).hasValue(1);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "'', -1", "'  ', -1", "市人大政协会议, 3", "政协委员人大代表, 4",
    // no assembly named, and not a place, a term and a meeting alone: another body's meeting
    // (a party's, a standing committee's, a union's, a village's), or a place lost (review)
    "岳阳市会议, -1", "区十五届会议, -1", "区三次会议, -1", "区十五届三次常务会议, -1",
    "县委十四届三次会议, -1", "县十八届常委会第五次会议, -1", "县总工会十届二次会议, -1",
    "村二届三次会议, -1", "四届一次会议, -1", "十一届一次会议, -1", "十一届一次, -1",
    "区第届第次会议, 1",
    "市一二三四五届人大一次会议, 5", "政协十届零次会议, 4", "县人大十零届, 4",
    // the meeting's numeral lost in capture: not a session without its meeting
    "县十届人大次会议, 5", "縣九屆人大次會議, 5", // in traditional characters too (review)
    // a 第 whose numeral was lost in capture (corpus nm 7463: accepted as a session before)
    "香格里拉市第届人民代表大会第会议, 5", "市第十届人大第会议, 6", "新乐市第届人民代表大会第次会议, 3",
    // the term's 届 lost in capture: a numeral before the meeting's names no term (corpus ct 1881)
    "县人大代表第十六第一次会议, 6", "政协第十三第一次会议, 3",
    // after a term too, and four numerals that are no year (second review)
    "县十届人大十六第一次会议, 5", "县人大1616第一次会议, 3", "县人大第2023第一次会议, 4",
    // a form's blank left empty, or brackets around no numeral or not a pair
    "县第( )届人大第( )次会议, 12", "县十届人大(A)次会议, 8", "县十届人大(二）次会议, 8",
    // the assembly named twice, a misprint (corpus bx 1441)
    "县人大七届人大一次会议, 5", "政协县政协十届一次会议, 3",
    // text before the session taken with it
    "'工作,政协第十三届金川县委员会第三次会议', 2", "收悉。县十届人大二次会议, 2"
  })
  void rejectsMalformed(String text, int index) {
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> Session.parse(text))
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("session");
          assertThat(e.text()).isEqualTo(text);
          assertThat(e.index()).isEqualTo(index);
        });
    assertThatNullPointerException().isThrownBy(() -> Session.parse(null)).withMessage("text");
  }

  @Test
  void parseOfToStringRoundTrips() {
    qt().withExamples(1000).forAll(SmallValueGenerators.sessions())
        .check(s -> Session.parse(s.toString()).equals(s)
            && Session.parse(s.toString()).region().equals(s.region())
            && Session.parse(s.toString()).term().equals(s.term()));
  }

  @Test
  void generatedSessionsHaveAllNumbers() {
    qt().withExamples(1000).forAll(SmallValueGenerators.sessions())
        .check(s -> s.term().isPresent() && s.meeting().isPresent());
  }
}
