package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.MotionKind;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a title or an opening sentence says about the motion it answers ({@link MotionCitation}):
 * kind, number as printed, session and, in an opening, the motion's title.
 */
class MotionCitationTest {

  private static MotionCitation.Cited title(String text) {
    Compact c = Compact.of(new Line(1, 1, text), false);
    return MotionCitation.fromTitle(c, 0, c.length());
  }

  private static MotionCitation.Cited opening(String text) {
    return MotionCitation.fromOpening(Compact.of(new Line(1, 1, text), true), null);
  }

  /** The session an opening cites, as printed, or null. */
  private static String session(String opening) {
    return Objects.toString(opening(opening).session(), null);
  }

  private static String kindAndNumber(MotionCitation.Cited c) {
    return (c.kind() == null ? "-" : c.kind().name()) + " " + (c.number() == null ? "-"
        : c.number());
  }

  /**
   * An opening that cites the title's session without its assembly's name leaves the kind the
   * title's session says (review of a05c223d: a CPPCC session's item was read as a suggestion).
   */
  @Test
  void anOpeningsSessionWithoutItsAssemblyLeavesTheTitlesSession() {
    dev.govreply.model.Session cppcc = dev.govreply.model.Session.parse("县政协十届二次会议");
    MotionCitation.Cited c = MotionCitation.fromOpening(Compact.of(new Line(1, 1,
        "您在县十届二次会议上提出的《关于加强农村公路养护的建议》收悉,现答复如下:"), true), cppcc);
    assertThat(c.kind()).isEqualTo(dev.govreply.model.MotionKind.PROPOSAL);
  }

  /**
   * An opening may start with the item's title unquoted, going on with its number in brackets or
   * with 收悉 (corpus ke 5747, kl 5881, ih 4761, pc 8283); a 关于 phrase that cites the item rather
   * than names it, or one going on otherwise, is no title.
   */
  @Test
  void anOpeningMayStartWithTheUnquotedTitle() {
    assertThat(opening("关于加大海堤建设、修复力度的建议(20241182号)收悉我局高度重视,现答复如下:").title())
        .isEqualTo("关于加大海堤建设、修复力度的建议");
    MotionCitation.Cited proposal = opening("关于加强餐厨垃圾处理的建议的提案(10040025号)已经交由我单位主办,现答复如下:");
    assertThat(proposal.title()).isEqualTo("关于加强餐厨垃圾处理的建议");
    assertThat(proposal.kind()).isEqualTo(dev.govreply.model.MotionKind.PROPOSAL);
    assertThat(opening("关于加快启动城区西部台北路、长安路、金光路西延的建议收悉,现答复如下:").title())
        .isEqualTo("关于加快启动城区西部台北路、长安路、金光路西延的建议");
    assertThat(opening("关于张三代表提出的建议收悉,现答复如下:").title()).isNull();
    assertThat(opening("关于政协委员提出的建议,我局高度重视,现答复如下:").title()).isNull();
    assertThat(opening("关于加强学校安全的建议,我局高度重视,现答复如下:").title()).isNull();
    assertThat(opening("关于加强学校安全的建议和提案收悉,现答复如下:").title()).isNull();
    assertThat(opening("我局收到关于加强学校安全的建议收悉,现答复如下:").title()).isNull();
    assertThat(opening("关于对流动摊贩加强监管的提案(10040017号)已经交由我单位办理,现答复如下:").title())
        .isEqualTo("关于对流动摊贩加强监管的提案");
  }

  /**
   * A 关于 phrase an opening starts with that speaks of the member or of how the item came is no
   * item's title (review of fd92f291: each was taken as one).
   */
  @Test
  void anOpeningsFirstWordsOfTheMemberAreNoTitle() {
    for (String o : new String[] {"关于您对加强学校安全的建议收悉,现答复如下:",
        "关于贵单位的建议收悉,现答复如下:", "关于你们的建议(第12号)收悉,现答复如下:",
        "关于张三等同志的建议收悉,现答复如下:", "关于您领衔的建议收悉,现答复如下:",
        "关于市政府办公室转来的加强学校安全的建议收悉,现答复如下:", "关于您反映的建议(第12号)收悉,现答复如下:",
        "关于2024年度的建议收悉,现答复如下:"}) {
      assertThat(opening(o).title()).as(o).isNull();
    }
  }

  /** Several items cited together have no one number (corpus cx 1964: 第13、53号建议). */
  @Test
  void severalItemsCitedTogetherHaveNoOneNumber() {
    assertThat(title("关于市五届人大一次会议第13、53号建议的复函").number()).isNull();
    assertThat(opening("您提出的第13、53号建议收悉,现答复如下:").number()).isNull();
    // each number printed whole: the first is no more the item's than the second
    assertThat(title("关于市五届人大一次会议第12号、第53号建议的复函").number()).isNull();
    assertThat(opening("您提出的第12号、53号建议收悉,现答复如下:").number()).isNull();
    assertThat(opening("您提出的第12号、第53号建议收悉,现答复如下:").number()).isNull();
    // a list of other things after the item's number is no second item
    assertThat(opening("您提出的第12号建议、意见收悉,现答复如下:").number()).isEqualTo("12");
    assertThat(title("关于市人大四次会议第1114号、1435号、1603号代表建议的答复").number()).isNull();
    assertThat(opening("您提出的第12号和第53号提案收悉,现答复如下:").number()).isNull();
    assertThat(opening("您提出的第DH0271号、第DH0272号建议收悉,现答复如下:").number()).isNull();
    // items answered together, joined by 并 (corpus my 7184: 第128并2号提案), not item 并2
    assertThat(title("关于对中国人民政治协商会议永仁县第十届委员会第三次会议第128并2号提案的答复")
        .number()).isNull();
    assertThat(opening("您提出的第128并2号提案收悉,现答复如下:").number()).isNull();
    assertThat(opening("您提出的第128并第2号提案收悉,现答复如下:").number()).isNull();
    assertThat(opening("您提出的第128号并2号提案收悉,现答复如下:").number()).isNull();
    assertThat(opening("您提出的第12号并13号建议收悉,现答复如下:").number()).isNull();
    // 和 after another number's digits joins items too, and is no place's code (review)
    assertThat(title("关于县政协十届二次会议第128和2号提案的答复").number()).isNull();
    // the items' title after the numbers (corpus he 4181)
    assertThat(opening("你委转来的十三届全国人大一次会议第002号、299号“关于制定湿地保护法的议案”收悉。")
        .number()).isNull();
    // other numbered things after the item's number are no second item (review finding)
    assertThat(opening("您提出的第12号、第5号公告相关问题的建议收悉,现答复如下:").number())
        .isEqualTo("12");
    assertThat(opening("您提出的第12号、3号地块规划的建议收悉,现答复如下:").number()).isEqualTo("12");
    assertThat(title("关于市五届人大一次会议第53号建议的复函").number()).isEqualTo("53");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "关于市九届人大四次会议第241号建议的答复 = SUGGESTION 241",
      "对市政协十届三次会议第36号提案的答复 = PROPOSAL 36",
      "关于县人大第12号议案的答复 = MOTION 12",
      "关于第7号议事原案的答复 = SUGGESTION 7",
      "关于温36号建议的答复 = SUGGESTION 温36",
      "关于第652042号建议的答复 = SUGGESTION 652042",
      // a number is read whole, however long (a register's 14 digits), never its last digits
      "关于第1234567890号建议的答复 = SUGGESTION 1234567890",
      "关于区十八届人大四次会议第20250118040077号建议的答复函 = SUGGESTION 20250118040077",
      "对云南省第十二届人大第五次会议第 JY100012050700号建议的答复 = SUGGESTION JY100012050700",
      "平交复函〔2021〕5号关于第12号建议的答复 = SUGGESTION 12",
      "关于加强农村公路建设的答复 = - -",
      "关于加强公路建设的建议和提案的答复 = PROPOSAL -",
      // a kind word after the number names the kind, whatever stands between (a status, who
      // raised it), at a CPPCC session too
      "关于对政协泗县第十一届委员会第二次会议第40号建议的答复 = SUGGESTION 40",
      "关于对政协泗县第十一届委员会第二次会议第40号重点督办的建议的答复 = SUGGESTION 40",
      "关于对政协泗县第十一届委员会第二次会议第40号代表提出的建议的答复 = SUGGESTION 40",
  })
  void aTitleCitesKindAndNumber(String text, String expected) {
    assertThat(kindAndNumber(title(text))).as(text).isEqualTo(expected);
  }

  /**
   * A reply's title may end with the item's title unquoted, a 关于 phrase ending with 的 and its kind
   * word; one that cites the item by its session or number, names who raised it, joins kinds or
   * holds another 关于 is no title, nor are words before a kind word without 的 (review).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "关于加强宠物管理的建议的答复 = 关于加强宠物管理的建议",
      "对区九届人大三次会议关于加强宠物管理,保持公共场所路面卫生的建议的答复 = "
          + "关于加强宠物管理,保持公共场所路面卫生的建议",
      "关于加强宠物管理的建议办理情况的答复 = 关于加强宠物管理的建议",
      // a 提案 titled …的建议: the kind word that ends the title is its own
      "关于进一步推进殡葬改革的建议提案的答复 = 关于进一步推进殡葬改革的建议",
      "关于市十届三次会议第16号建议的答复 = -",
      "关于第16号建议的答复 = -",
      "关于张三代表提出的建议的答复 = -",
      "关于张三所提的建议的答复 = -",
      "关于对加强宠物管理的建议的答复 = -",
      "关于加强宠物管理的建议的答复(第5号) = -",
      "关于加强公路建设的建议和提案的答复 = -",
      "关于张三等关于加强宠物管理的建议的答复 = -",
      // without 的 before the kind word, the words may be anything but a title
      "关于加强宠物管理,保持公共场所路面卫生建议的答复 = -",
      "关于张三所提建议的答复 = -", "关于民革市委提案的答复 = -", "关于重点督办建议的答复 = -",
      "关于2024年建议办理情况的答复 = -", "关于加强宠物管理等3件建议的答复 = -",
  })
  void aTitleMayEndWithTheItemsTitleUnquoted(String text, String expected) {
    MotionCitation.Cited c = title(text);
    assertThat(c.title() == null ? "-" : c.title()).as(text).isEqualTo(expected);
  }

  /** Whether the title was quoted tells a title's own quotes from its unquoted words. */
  @Test
  void aTitleQuotedOrNot() {
    assertThat(title("关于加强宠物管理的建议的答复").titleQuoted()).isFalse();
    assertThat(title("关于《关于加强宠物管理的建议》的答复").titleQuoted()).isTrue();
  }

  /**
   * A session in brackets after the item's quoted title and its kind word starts after the
   * bracket (corpus bl 1202 read 建议(市十八届人大三次会议 as the session).
   */
  @Test
  void aSessionStartsAfterTheBracketItIsPrintedIn() {
    MotionCitation.Cited c = title("邹城市商务局对“关于农贸市场升级改造的探讨与建议”建议(市十八届人大三次会议第24号)的答复");
    assertThat(c.session()).hasToString("市十八届人大三次会议");
    assertThat(c.number()).isEqualTo("24");
  }

  @Test
  void aTitleCitesItsSessionOrReportsItAsBad() {
    MotionCitation.Cited c = title("关于岳阳市九届人大四次会议第241号建议的答复");
    assertThat(c.session()).isNotNull();
    assertThat(c.badSession()).isNull();
    MotionCitation.Cited bad = title("关于某某会议第241号建议的答复");
    assertThat(bad.session()).isNull();
    assertThat(bad.badSession()).isEqualTo("某某会议");
    // a meeting without its term lost it in print: as bad, for a fuller copy to repair (corpus mc
    // 6748: 县政协十五次会议 for the page's 县政协十五届一次会议; ma 6702; if 4726)
    MotionCitation.Cited lost = title("关于县政协十五次会议第201号提案的答复");
    assertThat(lost.session()).isNull();
    assertThat(lost.badSession()).isEqualTo("县政协十五次会议");
    assertThat(session("您在市人大三次会议上提出的《关于加强管理的建议》收悉，现答复如下：")).isNull();
    // a numeral without its 届 or 次 before 会议 lost them in print (corpus my 7188: 区政协十四会议
    // for the record's 区政协十四届一次会议)
    MotionCitation.Cited noWord = title("对区政协十四会议第141152提案的答复");
    assertThat(noWord.session()).isNull();
    assertThat(noWord.badSession()).isEqualTo("区政协十四会议");
    assertThat(title("关于区政协十四届会议第5号提案的答复").session()).hasToString("区政协十四届会议");
    // a session named without term or meeting is no damaged one (2019年市人大会议)
    assertThat(title("关于2019年市人大会议第3号建议的答复").session()).hasToString("2019年市人大会议");
  }

  /** 笫, a common misprint of 第, is no place's code before the item's number (corpus mk 6902). */
  @Test
  void aMisprintOfTheOrdinalWordIsNoCodeOfTheNumber() {
    assertThat(title("关于对政协蒙自市三届四次会议笫40号提案的答复").number()).isEqualTo("40");
    assertThat(title("关于对政协蒙自市三届四次会议温40号提案的答复").number()).isEqualTo("温40");
  }

  /**
   * An opening that starts with the session, the item raised at it after those addressed and
   * perhaps 联合 (corpus dl 2246), or after those addressed (你们…会议上提出的): the session is the
   * item's. A session the opening starts with
   * that raised nothing of theirs (…会议期间, 你们…) is none.
   */
  @Test
  void anOpeningStartsWithTheSessionTheItemWasRaisedAt() {
    assertThat(session("省十二届人大四次会议你们联合提出的《关于提升限速的建议》(第1772号)收悉,现答复如下:"))
        .isEqualTo("省十二届人大四次会议");
    assertThat(session("县政协九届三次会议上您提出的《关于修路的提案》收悉,现答复如下:"))
        .isEqualTo("县政协九届三次会议");
    assertThat(session("市十届人大三次会议期间,你们关心的道路问题,现答复如下:")).isNull();
    // those addressed named first, the session after them (corpus jv 5561): not the place's name
    assertThat(session("你们晋宁区第一届人民代表大会第三次会议上提出的 《晋城二小的搬迁建议》,已交我局研究办理,现答复如下:"))
        .isEqualTo("晋宁区第一届人民代表大会第三次会议");
    assertThat(session("您县十八届人大一次会议提出的《关于修路的建议》收悉,现答复如下:"))
        .isEqualTo("县十八届人大一次会议");
    // those addressed after the marker, the session after them (corpus pm 8481): not its place
    assertThat(session("您好!关于您人大十七届一次会议上提交的148建议《关于瑶山乡新建小型加油站的建议》,我已收悉。"))
        .isEqualTo("人大十七届一次会议");
    assertThat(session("关于贵代表市十三届人大一次会议上提出的《关于修路的建议》收悉,现答复如下:"))
        .isEqualTo("市十三届人大一次会议");
    // in a title too; a place that starts as those addressed do keeps its first character (review)
    assertThat(Objects.toString(title("关于您人大十七届一次会议第148号建议的答复").session(), null))
        .isEqualTo("人大十七届一次会议");
    assertThat(Objects.toString(title("关于贵州省十三届人大一次会议第12号建议的答复").session(), null))
        .isEqualTo("贵州省十三届人大一次会议");
    // another session cited after it: which is the item's is not said (review)
    assertThat(session("县十七届人大五次会议您提出的同类建议我局已作答复。对您在县十八届人大一次会议上提出的《关于加快农村公路"
        + "建设的建议》,现答复如下:")).isNull();
    // a meeting that is no session, or the same session printed again, is no other (review)
    assertThat(session("市十五届人大三次会议你提出的《关于加强农村道路建设的建议》收悉。经局党组2024年第5次会议专题研究,"
        + "现答复如下:")).isEqualTo("市十五届人大三次会议");
    assertThat(session("市十五届人大三次会议您提出的《关于加强农村道路建设的建议》(市十五届人大三次会议第12号)收悉,"
        + "现答复如下:")).isEqualTo("市十五届人大三次会议");
    // nor a meeting that raised no item, nor the same session in other words (second review)
    assertThat(session("县十八届人大一次会议您提出的《关于加强农村道路建设的建议》收悉,该项工作已列入县十八届人大常委会第十二次"
        + "会议审议的民生实事项目,现答复如下:")).isEqualTo("县十八届人大一次会议");
    assertThat(session("县十八届人大一次会议您提出的《关于加强农村道路建设的建议》收悉,该建议在县第十八届人民代表大会第一次会议"
        + "期间提出,现答复如下:")).isEqualTo("县十八届人大一次会议");
    // the item cited by its title right after the session is the one answered, whatever else
    // the opening cites; a standing committee's or a presidium's meeting raises no item (third
    // review)
    assertThat(session("县十八届人大一次会议您提出的《关于加快道路建设的建议》收悉。县十七届人大五次会议您提出的同类建议已答复,"
        + "现答复如下:")).isEqualTo("县十八届人大一次会议");
    assertThat(session("县十八届人大一次会议您提出的同类建议已收悉。县委在县十八届人大常委会第五次会议上提出要加快道路建设,"
        + "现答复如下:")).isEqualTo("县十八届人大一次会议");
    assertThat(session("县十八届人大一次会议您提出的同类建议已收悉。该建议经县十八届人大一次会议主席团第二次会议提交我局办理,"
        + "现答复如下:")).isEqualTo("县十八届人大一次会议");
  }

  /** The session cited after 答复 starts after it: 关于答复县十七届人大三次会议第413号代表建议的函. */
  @Test
  void aSessionStartsAfterTheVerbAnswer() {
    MotionCitation.Cited c = title("泰顺县水利局关于答复县十七届人大三次会议第413号代表建议的函");
    assertThat(c.session()).isNotNull();
    assertThat(c.session().toString()).doesNotContain("答复").contains("县十七届人大三次会议");
  }

  /**
   * A title quoted as what the citation is about, after 关于 or 关于要求 and before its kind word,
   * perhaps with the item's number between (的第15号建议), is the quoted span; a quoted term inside
   * an unquoted title stays part of it.
   */
  @Test
  void aQuotedTitleInsideACitationsFrameIsTheQuotedSpan() {
    MotionCitation.Cited c = opening("你们提出的关于要求“建设县城南部人才公寓,加快平水副城人口集聚”的第15号建议收悉,现答复如下:");
    assertThat(c.title()).isEqualTo("建设县城南部人才公寓,加快平水副城人口集聚");
    assertThat(c.kind()).isEqualTo(MotionKind.SUGGESTION);
    MotionCitation.Cited term = opening("您提出的关于加强“四好农村路”建设的建议收悉,现答复如下:");
    assertThat(term.title()).isEqualTo("关于加强“四好农村路”建设的建议");
  }

  /**
   * What the member raised, quoted and named by its kind after 的 or after its number, is the
   * item's title though it neither starts with 关于 nor ends in a kind word; a kind word alone after
   * a quoted point of the item names no title.
   */
  @Test
  void aRaisedQuotedSpanNamedByItsKindIsTheTitle() {
    assertThat(opening("你们在政协屏边县第九届委员会一次会议上提出《在白云乡打造苗族文化传承点》的提案,已转交我局研究办理。"
        + "现将办理情况答复如下:").title()).isEqualTo("在白云乡打造苗族文化传承点");
    MotionCitation.Cited numbered = opening("现将袁先琴委员在政协开江县第十五届委员会第三次会议上提出的"
        + "《加强耕地保护保障粮食安全》(第132号提案)协办意见函告如下:");
    assertThat(numbered.title()).isEqualTo("加强耕地保护保障粮食安全");
    assertThat(numbered.kind()).isEqualTo(MotionKind.PROPOSAL);
    // the kind in the bracket with the item's number names it over the title's last word (bq 1306)
    MotionCitation.Cited bracketed = opening("你们提出的《关于补齐冷链物流短板的建议》(第75号提案)收悉,现答复如下:");
    assertThat(bracketed.kind()).isEqualTo(MotionKind.PROPOSAL);
    assertThat(bracketed.number()).isEqualTo("75");
    // unless the session the item was raised at tables the other kind: the title's end decides
    // (corpus r 444, a mutant of r 431)
    assertThat(opening("您在博乐市政协十届一次会议上提出的“关于合理拨付文物保护专项经费的提案”(第10号建议)收悉,现答复如下:")
        .kind()).isEqualTo(MotionKind.PROPOSAL);
    assertThat(opening("您在市人大九届第二次会议上提出的《关于中山小区中门安装抓拍监控的建议》第53号提案已收悉。")
        .kind()).isEqualTo(MotionKind.SUGGESTION);
    // of a compound of kind words the one the session raises names it (hu 4507), else the last
    assertThat(title("关于对省政协十二届一次会议第20180313号提案建议的回复").kind()).isEqualTo(MotionKind.PROPOSAL);
    assertThat(title("关于对县十八届人大一次会议第12号建议提案的回复").kind()).isEqualTo(MotionKind.SUGGESTION);
    assertThat(title("关于第12号提案建议的回复").kind()).isEqualTo(MotionKind.SUGGESTION);
    assertThat(title("关于对县十八届人大一次会议第12号提案建议的回复").kind()).isEqualTo(MotionKind.SUGGESTION);
    // an opening naming two kinds together with no item's title or session names neither: the
    // items of both kinds in general (corpus kw 6108), where the title's citation above names one
    assertThat(opening("按照县政府办关于申报提案议案增加协办单位的要求,现答复如下:").kind()).isNull();
    assertThat(opening("您在县政协九届三次会议上提出的提案议案收悉,现答复如下:").kind())
        .isEqualTo(MotionKind.PROPOSAL);
    // the next kind word names it; a compound after the item's number is the item's (review)
    assertThat(opening("按照县政府办关于建议提案办理工作的要求,现将您提出的第12号建议答复如下:").kind())
        .isEqualTo(MotionKind.SUGGESTION);
    assertThat(opening("您提出的第12号提案建议收悉,现答复如下:").kind()).isEqualTo(MotionKind.SUGGESTION);
    assertThat(opening("您在县十八届人大一次会议上提出的第12号提案建议收悉,现答复如下:").kind())
        .isEqualTo(MotionKind.SUGGESTION); // a compound after the item's number, as a title reads it
    // the same compound right before the quoted title names no kind either: the title's end does
    // (review of e68dc2c1: 提案议案《…的建议》 was MOTION)
    assertThat(opening("您提出的提案议案《关于修路的建议》收悉,现答复如下:").kind())
        .isEqualTo(MotionKind.SUGGESTION);
    assertThat(opening("您提出的建议提案《关于修路的意见》收悉,现答复如下:").kind()).isNull();
    assertThat(opening("您在县政协九届三次会议上提出的建议提案《关于修路的意见》收悉,现答复如下:").kind())
        .isEqualTo(MotionKind.PROPOSAL); // the session decides
    // a motion handled as a suggestion cites its former kind: 原议案 names no kind (hs 4462)
    MotionCitation.Cited former = title("关于汕头市十五届人大三次会议代表建议(原议案第20230037号)答复的函");
    assertThat(former.kind()).isEqualTo(MotionKind.SUGGESTION);
    assertThat(former.number()).isEqualTo("20230037");
    assertThat(opening("你们提出的(原议案第37号)收悉,现答复如下:").kind()).isNull();
    assertThat(opening("您领衔提出的原议案《关于加强管理的建议》收悉,现答复如下:").kind())
        .isEqualTo(MotionKind.SUGGESTION); // 原议案 before a title names no kind either (review)
    // or the kind word first in the bracket, before the number (corpus hl 4322)
    MotionCitation.Cited first = opening("你们提出的《关于完善城乡应急避难体系的建议》(提案第134305号)收悉,现答复如下:");
    assertThat(first.kind()).isEqualTo(MotionKind.PROPOSAL);
    assertThat(first.number()).isEqualTo("134305");
    assertThat(opening("您在市政协十届一次会议上提出的“关于合理拨付文物保护专项经费的提案”(建议第10号)收悉,现答复如下:")
        .kind()).isEqualTo(MotionKind.PROPOSAL); // the session tables proposals: the title decides
    // the bracket may print the year before the number (review F10)
    assertThat(opening("你们提出的《关于补齐冷链物流短板的建议》(2023年第75号提案)收悉,现答复如下:").kind())
        .isEqualTo(MotionKind.PROPOSAL);
    // or the number in a bracket of its own and the kind right after it (corpus du 2425)
    MotionCitation.Cited after = opening("您提出的《关于烟花爆竹燃放有条件放开的建议》(20240208号)提案已收悉,首先感谢您。");
    assertThat(after.kind()).isEqualTo(MotionKind.PROPOSAL);
    assertThat(after.number()).isEqualTo("20240208");
    assertThat(opening("您提出的《关于烟花爆竹燃放有条件放开的建议》(20240208号)已收悉。").kind())
        .isEqualTo(MotionKind.SUGGESTION);
    // a house number is no item's number (corpus ad 658, a mutant without the title's number)
    assertThat(opening("您提出的建议收悉。图书馆已从老馆(和平路29号)搬迁至新馆(解放大道8号)。").number()).isNull();
    assertThat(opening("您提出的第29号建议收悉。").number()).isEqualTo("29");
    // the kind word may stand between the raising and the title (corpus v 524)
    MotionCitation.Cited kindFirst = opening("您提出的提案《从人力资源视角探索峄城区招商引资的新方向》收悉,现答复如下:");
    assertThat(kindFirst.title()).isEqualTo("从人力资源视角探索峄城区招商引资的新方向");
    assertThat(kindFirst.kind()).isEqualTo(MotionKind.PROPOSAL);
    assertThat(opening("你们所提建议《关于加强农村公路建设》已收悉。").title()).isEqualTo("关于加强农村公路建设");
    assertThat(opening("您提出的建议《中国特色社会主义》是好的。").title()).isNull();
    // only in 《》 and raised by the member (review): another's 建议, a verb, quotes name no title
    assertThat(opening("您提出的关于落实专家提出的建议“三改一拆”的提案收悉，现答复如下:").title())
        .isEqualTo("关于落实专家提出的建议“三改一拆”的提案");
    assertThat(opening("您提出的关于落实省政府提出的建议《乡村振兴实施方案》的提案收悉，现答复如下:").title())
        .isNull();
    assertThat(opening("您提出的建议“加大农村公路投入”收悉，现答复如下:").title()).isNull();
    // a quoted title ending in 建议 and, in brackets, 提案: a proposal (corpus kk 5861)
    assertThat(opening("您提出的《关于推行网上递交行政审批申请的建议(提案)》(第34号)收悉。现答复如下:").kind())
        .isEqualTo(MotionKind.PROPOSAL);
    assertThat(opening("您提出的《关于推行网上递交行政审批申请的建议》(第34号)收悉。现答复如下:").kind())
        .isEqualTo(MotionKind.SUGGESTION);
    // 提议 raises the item only after the one who raised it (review): not another's, nor a point
    // raised inside the item
    for (String other : new String[] {"您提出的第12号建议收悉，针对建议中提议的关于设立站点的意见。现答复如下：",
        "您提出的建议收悉，市政府提议关于成立专班的意见。", "您的建议收悉，我局曾提议关于修建公路的议案。"}) {
      assertThat(opening(other).title()).as(other).isNull();
    }
    // raised with 提议 as with 提出 (corpus kc 5704)
    assertThat(opening("各位委员提议的关于加快实施西格拉滩抗旱应急补水工程的提案收悉,现答复如下:").title())
        .isEqualTo("关于加快实施西格拉滩抗旱应急补水工程的提案");
    assertThat(opening("您在提案中提出的建议“增设校园警务室”已收悉。").title()).isNull();
    // an opening's number cites the item only as citations print it (second review)
    for (String other : new String[] {"您反映的幸福小区12号停车难问题的建议收悉。",
        "您提出的建议收悉。根据中央1号文件精神,现答复如下:", "您提出的建议收悉。根据交通运输部2023年第5号令,现答复如下:",
        "您提出的关于一中校区3号门增设斑马线的建议收悉。"}) {
      assertThat(opening(other).number()).as(other).isNull();
    }
    for (String cited : new String[] {"您提出的第15号建议收悉。", "您提出的15号建议收悉。",
        "您提出的《关于加强管理的建议》(15号)收悉。", "代表提出的15号代表建议:近几年",
        "您提出的15号集体提案收悉。根据《农村公路养护管理办法》（交通运输部令2015年第22号），现答复如下：",
        "您提出的关于加快农村公路建设的提案，提案号：15号，现答复如下：",
        "您提出的关于加快农村公路建设的提案已收悉，编号：15号。现答复如下：",
        "您提出的关于加快农村公路建设的提案15号收悉，现答复如下：",
        "您领衔提出的15号关于加快农村公路建设的提案收悉，现答复如下：",
        "您在会议期间提出的经济建设类15号总第1号《关于提升饲草料地质量的提案》收悉",
        // an item numbered after its year in brackets (review)
        "您提出的（2023）第15号建议收悉。", "您提出的《关于修路的建议》（〔2023〕第15号）收悉。"}) {
      assertThat(opening(cited).number()).as(cited).isEqualTo("15"); // third review
    }
    // groups joined by a dash: no number the model holds, and not the last group alone (corpus kp
    // 5962: 第4—36号 read as 36)
    for (String dashed : new String[] {"您提出的第4—36号提案收悉。", "您提出的第4–36号提案收悉。"}) {
      assertThat(opening(dashed).number()).as(dashed).isNull();
    }
    assertThat(opening("您提出的第4-36号提案收悉。").number()).isEqualTo("4-36");
    // another number first: none after it (a decree's 第5号 is no item's)
    assertThat(opening("您反映的幸福小区12号停车难问题收悉。根据2023年第5号会议纪要，现答复如下：").number())
        .isNull();
    // a metro's line or a building's number is no item's (corpus bz 1485, a mutant)
    assertThat(opening("您提出的关于加快地铁3号线建设的建议收悉。").number()).isNull();
    assertThat(opening("您提出的关于在12号楼前增设车位的建议收悉。").number()).isNull();
    assertThat(opening("您提出的《解决大哨村委会卫生室建设资金事项》第37号建议交县卫生健康局办理,现答复如下:").title())
        .isEqualTo("解决大哨村委会卫生室建设资金事项");
    assertThat(opening("关于您提出的“将广源街上的拱桥改为高架桥”建议,目前拱桥已无法满足通行需要,现答复如下:").title())
        .isNull();
    // quotes “” around a term inside the item's own unquoted title: the title is the whole phrase
    assertThat(opening("贵代表团各位代表提出的关于对宣和镇敬农生态移民区经果林提质增效的建议我局已收悉办理,现答复如下:")
        .title()).isEqualTo("关于对宣和镇敬农生态移民区经果林提质增效的建议"); // ba 981
    // the letter speaking of itself by its body or its place, what it did following (third review)
    assertThat(opening("您提出的关于加强农村公路养护的建议我中心已收悉,现答复如下:").title())
        .isEqualTo("关于加强农村公路养护的建议");
    assertThat(opening("您提出的关于加强农村公路养护的建议我县高度重视,经认真研究,提出以下意见:").title())
        .isEqualTo("关于加强农村公路养护的建议");
    assertThat(opening("您提出的关于加强农村公路养护的建议我校高度重视,现答复如下:").title())
        .isEqualTo("关于加强农村公路养护的建议");
    assertThat(opening("您提出的关于进一步建议我市认真落实河长制的建议收悉,现答复如下:").title())
        .isEqualTo("关于进一步建议我市认真落实河长制的建议"); // fourth review
    // a title without 的 before its kind word, a compound kind, a lost quote's partner (fifth review)
    assertThat(opening("您提出的关于加强农村公路养护建议我局高度重视,并征求了相关部门的意见。").title())
        .isEqualTo("关于加强农村公路养护建议");
    MotionCitation.Cited compound = opening("您提出的关于加强农村公路养护的建议提案我局高度重视,并征求了意见。");
    assertThat(compound.title()).isEqualTo("关于加强农村公路养护的建议");
    assertThat(compound.kind()).isEqualTo(MotionKind.PROPOSAL);
    assertThat(opening("您提出关于加强农村公路养护的建议”我局高度重视。").title())
        .isEqualTo("关于加强农村公路养护的建议");
    // a title that goes on with 我市 is not cut there (second review)
    assertThat(opening("您提出的关于再次建议我市尽快建设体育中心的建议收悉,现答复如下:").title())
        .isEqualTo("关于再次建议我市尽快建设体育中心的建议");
    assertThat(opening("您提出的关于落实市委提出“三个一批”的建议已交我局办理,现答复如下:").title())
        .isEqualTo("关于落实市委提出“三个一批”的建议");
    // quotes the member raised, the kind after them: the title, whatever words it starts with
    // (corpus bq 1303)
    assertThat(opening("您在嵩明县人大十六届二次会议上提出的“道路基础设施建设”的建议,已交我委办理,现答复如下:")
        .title()).isEqualTo("道路基础设施建设");
    assertThat(opening("市委提出的“三个一批”的建议已交我局办理,现答复如下:").title()).isNull();
    // the member must raise it in the clause; 您 elsewhere is no raising (review F1)
    assertThat(opening("您好!结合市委提出的“三个一批”的建议要求,您提出的建议我局已收悉,现答复如下:").title()).isNull();
    assertThat(opening("感谢您对交通工作的支持,省交通厅提出的“四好农村路”的建议已落实,现将您的建议答复如下:").title())
        .isNull();
    // a title's inner 的提案 or 的意见建议 does not end it when the clause names a kind again (F2)
    assertThat(opening("你们提出的关于完善政协委员的提案督办机制的提案已收悉,现答复如下:").title())
        .isEqualTo("关于完善政协委员的提案督办机制的提案");
    assertThat(opening("您提出的关于重视群众的意见建议渠道建设的建议收悉,现答复如下:").title())
        .isEqualTo("关于重视群众的意见建议渠道建设的建议");
    assertThat(opening("您在市第三届人大第三次会议上提出的关于请求开放猴桥镇胆扎通道的意见建议进行办理。").title())
        .isEqualTo("关于请求开放猴桥镇胆扎通道的意见建议");
  }

  /**
   * Words between the session and the item's number are not read as a code of the number: who
   * raised it (会议代表28号), a word of the sentence (会议期间20号); a delegation's name printed there
   * (会议西湖20号, corpus ig 4745) is not told apart from such words, so only a one-character code
   * is kept (温36).
   */
  @Test
  void wordsBetweenTheSessionAndTheNumberAreNoCode() {
    assertThat(title("关于县十七届人大五次会议代表28号建议的答复").number()).isEqualTo("28");
    assertThat(title("关于县十七届人大五次会议期间20号建议的答复").number()).isEqualTo("20");
    assertThat(title("关于县十七届人大五次会议交办20号建议的答复").number()).isEqualTo("20");
    assertThat(title("关于县十七届人大五次会议上城区20号建议的答复").number()).isEqualTo("20");
  }

  /** A letter-coded number keeps its letters and a digit before them (8E020, 温36, DH0271). */
  @Test
  void aLetterCodedNumberKeepsItsPrefix() {
    assertThat(title("上海市宝山区教育局对区政协八届五次会议8E020号提案的答复").number()).isEqualTo("8E020");
    assertThat(title("关于市十五届人大一次会议温36号建议的答复").number()).isEqualTo("温36");
    assertThat(title("关于市十五届人大一次会议第36号建议的答复").number()).isEqualTo("36");
    // the digits before the letter code are read whole: a year (2025J1101, corpus ku 6062), a
    // sitting (18E020), never their last digit alone
    assertThat(title("关于对温岭市十七届人大五次会议第2025J1101号建议的答复").number())
        .isEqualTo("2025J1101");
    assertThat(title("上海市宝山区教育局对区政协八届五次会议18E020号提案的答复").number())
        .isEqualTo("18E020");
    // a letter code joined by a hyphen (corpus bh 1124)
    assertThat(title("杨浦区消防救援支队关于对区第十七届人大第五次会议第D-013号代表建议的答复").number())
        .isEqualTo("D-013");
    assertThat(opening("您提出的D-013号“关于在老旧社区周边建设电动自行车充电桩”的代表建议收悉").number())
        .isEqualTo("D-013");
    // a code and the register's year in brackets before the serial, after 第, the label 编号 or
    // the session (corpus ma 6708, oa 7743, oa 7747); a document number's serial is none
    assertThat(title("关于市十六届人大二次会议 第B(2024)230号建议的答复").number())
        .isEqualTo("B(2024)230");
    assertThat(title("对市第十四届人民代表大会第三次会议第B〔2016〕080号建议的答复").number())
        .isEqualTo("B〔2016〕080");
    assertThat(title("关于市十五届人大四次会议B(2021)312号 建议的回复").number())
        .isEqualTo("B(2021)312");
    assertThat(opening("您提出的《关于加强管理的建议》(郑文物函B(2021)312号)收悉").number()).isNull();
    // a pronoun before the number is whose item it is, not its code (ax 926)
    assertThat(opening("关于您5号提案提出的“关于加强近视防控工作的建议”问题,现答复如下:").number())
        .isEqualTo("5");
    assertThat(opening("关于你们18号建议提出的问题,现答复如下:").number()).isEqualTo("18");
    assertThat(opening("关于其5号建议提出的问题,现答复如下:").number()).isEqualTo("5");
    // a place's code is one character; the end of a word before a number is none (reviewed)
    assertThat(opening("关于对省十三届人大一次会议台52号建议的答复,现答复如下:").number()).isEqualTo("台52");
    assertThat(opening("关于你单位5号建议提出的问题,现答复如下:").number()).isEqualTo("5");
    assertThat(opening("您提出的建议,编号为12号,已收悉,现答复如下:").number()).isEqualTo("12");
    assertThat(opening("您在县12号建议中提出的问题,现答复如下:").number()).isEqualTo("12");
    // a number inside the item's title is part of it, not the item's number
    assertThat(opening("您提出的《关于加快建设地铁12号线的提案》收悉,现答复如下:").number()).isNull();
    assertThat(opening("您提出的关于加快建设地铁12号线的建议收悉,现答复如下:").number()).isNull();
    assertThat(opening("您提出的《关于加快建设地铁12号线的提案》(第25号)收悉,现答复如下:").number())
        .isEqualTo("25");
  }

  /**
   * A number after its label without 号, in the title or the opening (corpus de 2106:
   * …的提案(提案编号2022004)复函): the item's, kept as printed; a label of another numbered thing
   * (文件编号) and a number inside the item's title are not.
   */
  @Test
  void aNumberAfterItsLabel() {
    assertThat(title("鹤峰县住房和城乡建设局关于在“书院路”部分路段加装安全护栏的提案(提案编号2022004)复函").number())
        .isEqualTo("2022004");
    assertThat(opening("您提出的关于加装安全护栏的提案(提案编号2022004)已收悉。").number()).isEqualTo("2022004");
    assertThat(opening("您提出的建议(建议编号:JY015)已收悉,现答复如下:").number()).isEqualTo("JY015");
    assertThat(opening("您提出的建议(文件编号2022004)已收悉,现答复如下:").number()).isNull();
    assertThat(opening("您提出的《关于提案编号2022004的说明》收悉,现答复如下:").number()).isNull();
    // read whole, or not at all (review): hyphen groups are the number's; a number that goes on in
    // another form, or several items' numbers, leave it empty
    assertThat(opening("您提出的建议(建议编号：2022-015)收悉,现答复如下:").number()).isEqualTo("2022-015");
    assertThat(opening("您提出的建议(建议编号：JY-2022-015)收悉,现答复如下:").number())
        .isEqualTo("JY-2022-015");
    assertThat(opening("您提出的建议(建议编号为：JY015)收悉,现答复如下:").number()).isEqualTo("JY015");
    // 号 as the label, after the kind word (corpus en 2801), zero padding kept as printed
    assertThat(opening("您提出的《关于推进环境卫生综合治理的建议》(建议号:0115)收悉,现答复如下:").number())
        .isEqualTo("0115");
    assertThat(opening("您提出的提案(提案号123)收悉,现答复如下:").number()).isEqualTo("123");
    assertThat(opening("您提出的建议(建议号：0115、0116)收悉,现答复如下:").number()).isNull();
    // several numbers joined otherwise are no one number either (review F4)
    for (String cited : new String[] {"建议号：0115，0116", "建议号：0115和0116", "建议编号：0115，0116",
        "建议编号：JY15;JY16"}) {
      assertThat(opening("您提出的建议(" + cited + ")收悉,现答复如下:").number()).as(cited).isNull();
    }
    assertThat(opening("您提出的建议(建议编号:2022004),现答复如下:").number()).isEqualTo("2022004");
    // a date after the comma is no second number (second review F4)
    assertThat(opening("您提出的《关于加强农村公路养护的建议》（建议编号：0115，2024年3月交办）收悉，现答复如下：")
        .number()).isEqualTo("0115");
    // 号 labels the number only right after a bracket: not a house number's 号 before another
    // (review F2), nor another item cited in a sentence (review F3)
    assertThat(opening("您提出的《关于整治占道经营的建议》收悉，涉及人民路18号2号门面，现答复如下：").number())
        .isNull();
    assertThat(opening("您提出的《关于加强农村公路养护的建议》收悉。因与李四代表建议号0120的建议内容相近，现一并答复如下：")
        .number()).isNull();
    for (String cited : new String[] {"2022—015", "2022.15", "2022/015", "2023年第3批", "2022015a",
        "JY015、JY016"}) {
      assertThat(opening("您提出的建议(建议编号：" + cited + ")收悉,现答复如下:").number()).as(cited).isNull();
    }
    assertThat(title("关于政协提案编号2022004、2022005的合并答复").number()).isNull();
    // in brackets after the kind word and 第, without 号 (corpus dd 2083)
    assertThat(title("关于进一步加强全市无偿献血工作的建议(第0934)的答复").number()).isEqualTo("0934");
    assertThat(title("关于加强管理的建议(第一批)的答复").number()).isNull();
  }

  /**
   * Quotes around the item's session and number cite it by its number, not by its title (ax 928);
   * a title holding a number is still one.
   */
  @Test
  void quotesCitingTheItemByItsNumberHoldNoTitle() {
    MotionCitation.Cited c = opening("根据《钦州市政协六届四次会议第2024067号提案》协调会会议精神,作答复意见如下:");
    assertThat(c.title()).isNull();
    assertThat(c.number()).isEqualTo("2024067");
    assertThat(c.kind()).isEqualTo(MotionKind.PROPOSAL);
    assertThat(opening("您提出的《第12号建议》收悉,现答复如下:").title()).isNull();
    assertThat(opening("您提出的《关于开通第5号公交线路的建议》收悉,现答复如下:").title())
        .isEqualTo("关于开通第5号公交线路的建议");
    assertThat(opening("您提出的《关于落实第3号议案的建议》收悉,现答复如下:").title())
        .isEqualTo("关于落实第3号议案的建议");
  }

  /** The item's number may follow its quoted title in brackets without 号, zero padding kept. */
  @Test
  void aNumberInBracketsAfterTheQuotedTitle() {
    MotionCitation.Cited c = opening("您提出的《关于批准宣威市增加经营性公墓的建议》(0641),已交我们研究办理,现答复如下。");
    assertThat(c.number()).isEqualTo("0641");
    assertThat(c.title()).isEqualTo("关于批准宣威市增加经营性公墓的建议");
    assertThat(opening("您提出的关于增加公墓的建议(2019),现答复如下。").number()).isNull();
  }

  @Test
  void theKindNamedAfterAQuotedTitleWins() {
    MotionCitation.Cited c = opening("您提出的《关于区政府大门前车行道改为单循环通道的建议》的提案收悉。现答复如下:");
    assertThat(c.title()).isEqualTo("关于区政府大门前车行道改为单循环通道的建议");
    assertThat(c.kind()).isEqualTo(MotionKind.PROPOSAL);
  }

  /** The kind before {@code from} (the issuer's part of the title) is not the cited one. */
  @Test
  void theKindIsTheLastKindWordFromTheStart() {
    String text = "建议提案办公室关于第3号议案的答复";
    Compact c = Compact.of(new Line(1, 1, text), false);
    assertThat(MotionCitation.fromTitle(c, 0, c.length()).kind()).isEqualTo(MotionKind.MOTION);
    assertThat(MotionCitation.fromTitle(c, 7, c.length()).kind()).isEqualTo(MotionKind.MOTION);
    String only = "建议办公室关于第3号的答复";
    Compact d = Compact.of(new Line(1, 1, only), false);
    assertThat(MotionCitation.fromTitle(d, 5, d.length()).kind()).isNull();
    assertThat(MotionCitation.fromTitle(d, 0, d.length()).kind())
        .isEqualTo(MotionKind.SUGGESTION);
  }

  /**
   * An opening may start with the session the item was raised at, the item cited right after it;
   * a session after other words needs its marker (在, 关于 …).
   */
  @Test
  void anOpeningThatStartsWithTheSession() {
    assertThat(opening("区政协第十六届第一次会议提出的《关于打造特色游园的建议》(第201号提案)已转由我局协办。")
        .session()).hasToString("区政协第十六届第一次会议");
    assertThat(opening("政协内蒙古自治区第十二届委员会第三次会议的集体提案《关于发展蒙医药的提案》收悉,现答复如下。")
        .session()).hasToString("政协内蒙古自治区第十二届委员会第三次会议");
    assertThat(opening("根据县十八届人大三次会议安排,您提出的《关于加强管理的建议》收悉,现答复如下:").session())
        .isNull();
  }

  /**
   * The session cited in brackets after the item's title starts after the title's closing mark:
   * no word of the title is the session's (corpus ac 648).
   */
  @Test
  void aSessionInBracketsAfterTheTitleStartsAfterIt() {
    assertThat(opening("刘世云代表提出的《关于综合统筹解决好粮食生产中问题的建议》(市人大六届二次会议第182号建议)收悉,"
        + "我局作为协办单位答复如下:").session()).hasToString("市人大六届二次会议");
    assertThat(opening("您提出的“关于加快道路建设的建议”(县十八届人大三次会议第5号)收悉。").session())
        .hasToString("县十八届人大三次会议");
  }

  /** A co-handler's opinion cites the item unquoted before 提出如下 (…的建议提出如下协办意见). */
  @Test
  void anUnquotedTitleBeforeTheCoHandlersOpinion() {
    assertThat(opening("经研究,现对程加能代表提出的关于持续推进农村人居环境整治,建设宜居宜业和美乡村的建议提出如下协办意见:")
        .title()).isEqualTo("关于持续推进农村人居环境整治,建设宜居宜业和美乡村的建议");
  }

  /** The letter's short name for the item (以下简称《建议》) is no title: the quoted title is. */
  @Test
  void aShortNameOfTheItemIsNoTitle() {
    MotionCitation.Cited c = opening("您提出的“关于交叉路口增设公交站点的建议”(以下简称《建议》)已交我局办理，现答复如下：");
    assertThat(c.title()).isEqualTo("关于交叉路口增设公交站点的建议");
  }

  @Test
  void anOpeningCitesAQuotedTitleAndItsKind() {
    MotionCitation.Cited c = opening("您提出的《关于加强农村公路建设的建议》收悉，现答复如下：");
    assertThat(c.title()).isEqualTo("关于加强农村公路建设的建议");
    assertThat(c.titleQuoted()).isTrue();
    assertThat(c.kind()).isEqualTo(MotionKind.SUGGESTION);
  }

  @Test
  void anOpeningCitesAnUnquotedTitle() {
    MotionCitation.Cited c = opening("您提出的关于加强垃圾分类工作的提案收悉，现答复如下：");
    assertThat(c.title()).isEqualTo("关于加强垃圾分类工作的提案");
    assertThat(c.titleQuoted()).isFalse();
    assertThat(c.kind()).isEqualTo(MotionKind.PROPOSAL);
  }

  /**
   * What the member raised, quoted, is the item's title when the citation ends right after it,
   * though it neither starts with 关于 nor ends with a kind word; a quoted law is no title.
   */
  @Test
  void aQuotedTitleTheMemberRaisedNeedsNoKindWord() {
    assertThat(opening("您在区人大十八届四次会议上提出的《建议麻天公路全线开通公交车》(第39号)收悉,现答复如下:")
        .title()).isEqualTo("建议麻天公路全线开通公交车");
    assertThat(opening("你提出的《文洋与白岩下村至海边溪坑及两侧旅游节点打造》建议已获悉,现答复如下:").title())
        .isEqualTo("文洋与白岩下村至海边溪坑及两侧旅游节点打造");
    // the answer announced right after it, the word of receipt left out (corpus dy 2508)
    assertThat(opening("你们提出的《要求对大路村原来的两处旧米厂进行修复》。现答复如下:").title())
        .isEqualTo("要求对大路村原来的两处旧米厂进行修复");
    assertThat(opening("你们提出的“大路村旧米厂”。现答复如下:").title()).isNull(); // not in 《》
    // not another's raised so (third review F4)
    assertThat(opening("您提出的关于加快发展乡村旅游的建议收悉。结合市政府提出的《乡村旅游高质量发展三年行动方案》,现答复如下:")
        .title()).isEqualTo("关于加快发展乡村旅游的建议");
    assertThat(opening("您提出的建议收悉。根据《中华人民共和国公路法》规定,现答复如下:").title()).isNull();
    assertThat(opening("关于您提出的“拱桥改为高架桥”建议,目前已列入2023年建设计划。").title())
        .as("a point of the suggestion answered, not the citation").isNull();
  }

  /** A quote inside the quoted title is part of it: the title ends at its own closing mark. */
  @Test
  void aQuotedTitleKeepsTheQuotesInsideIt() {
    MotionCitation.Cited c = opening("您提出的“关于增加主城区泊车位,解决“停车难”的建议”已收悉,现答复如下:");
    assertThat(c.title()).isEqualTo("关于增加主城区泊车位,解决“停车难”的建议");
    assertThat(c.titleQuoted()).isTrue();
  }

  /**
   * An item whose only kind word ends its own quoted title (…的建议) is a proposal when it was
   * raised at a CPPCC session; a kind word outside the quotes says what it is.
   */
  @Test
  void anItemTitledAsASuggestionAtACppccSessionIsAProposal() {
    assertThat(title("关于市政协七届五次会议第181号《关于增设急救专用通道的建议》办理情况的答复").kind())
        .isEqualTo(MotionKind.PROPOSAL);
    assertThat(title("关于市九届人大四次会议第18号《关于增设急救专用通道的建议》办理情况的答复").kind())
        .isEqualTo(MotionKind.SUGGESTION);
    assertThat(title("关于市九届人大四次会议《关于增设急救专用通道的建议》提案的答复").kind())
        .isEqualTo(MotionKind.PROPOSAL);
    assertThat(opening("您在县政协十届五次会议上提出的《关于增设急救专用通道的建议》收悉").kind())
        .isEqualTo(MotionKind.PROPOSAL);
  }

  /** A year before the session is the title's, not the session's. */
  @Test
  void aYearBeforeTheSessionIsNoPartOfIt() {
    assertThat(title("2018年清原满族自治县政协七届一次会议第10号提案的答复").session())
        .hasToString("清原满族自治县政协七届一次会议");
  }

  /** A body's full name ending in 会议 is followed by the meeting's own 第N次会议. */
  @Test
  void aSessionOfABodyNamedWithItsConference() {
    assertThat(title("关于对宣州区第十三届政治协商会议第四次会议第67号提案的答复").session())
        .hasToString("宣州区第十三届政治协商会议第四次会议");
  }

  /** The verb of 关于办理…会议 (关于反馈…会议) is the title's, not the session's. */
  @Test
  void theVerbBeforeTheSessionIsNoPartOfIt() {
    assertThat(title("关于办理自治州政协第十四届一次会议第189号提案的答复函").session())
        .hasToString("自治州政协第十四届一次会议");
    assertThat(title("关于反馈市人大八届五次会议第97号建议办理情况的函").session())
        .hasToString("市人大八届五次会议");
    assertThat(title("答复:您提出的区十六届人大二次会议代表建议第37号“关于疏浚水沟的建议”").session())
        .hasToString("区十六届人大二次会议");
    assertThat(title("关于“银川市政协十三届二次会议第103号提案”的答复").session())
        .hasToString("银川市政协十三届二次会议"); // the quote is no part of it
  }

  /** A kind word in brackets after another names what the item is also called: 议案(建议). */
  @Test
  void aKindInBracketsAfterAnotherIsAnotherName() {
    assertThat(title("关于梁园区第8号议案(建议)的答复").kind()).isEqualTo(MotionKind.MOTION);
    assertThat(title("关于梁园区第8号建议的答复").kind()).isEqualTo(MotionKind.SUGGESTION);
  }

  /**
   * The item's own title in brackets after the citation of its number, perhaps after who raised
   * it, ends in its own word: the citation names the kind (corpus kl 5883).
   */
  @Test
  void theItemsOwnTitleInBracketsAfterItsCitationNamesNoKind() {
    assertThat(title("对县十一届政协二次会议第157号提案(王东洋委员关于取缔小型代加工厂的建议)的答复").kind())
        .isEqualTo(MotionKind.PROPOSAL);
    assertThat(title("对县十一届政协二次会议第157号提案(关于取缔小型代加工厂的建议)的答复").kind())
        .isEqualTo(MotionKind.PROPOSAL);
    // no 关于 phrase in the brackets: another name, as before
    assertThat(title("关于梁园区第8号议案(建议)的答复").kind()).isEqualTo(MotionKind.MOTION);
  }

  /** The kind named right before the quoted title: 您们提出的提案《关于…的建议》. */
  @Test
  void theKindNamedBeforeAQuotedTitle() {
    assertThat(opening("您们提出的提案《关于疏通秀水河东岸道路的建议》已收悉").kind())
        .isEqualTo(MotionKind.PROPOSAL);
    assertThat(opening("您提出的《关于疏通秀水河东岸道路的建议》已收悉").kind())
        .isEqualTo(MotionKind.SUGGESTION);
  }

  /**
   * A number of hyphen-joined groups (session, sitting, serial) is kept as printed; of a number
   * joined by a dot (第6.11号, corpus ad 660) none is read rather than its last group.
   */
  @Test
  void aNumberOfJoinedGroupsIsKeptWhole() {
    assertThat(title("嘉定区卫生健康委对区六届人大五次会议第6-5-039号代表建议的答复").number())
        .isEqualTo("6-5-039");
    MotionCitation.Cited dotted = title("城口县发展和改革委员会关于县政协十届一次会议第6.11号提案的复函");
    assertThat(dotted.number()).isNull();
    assertThat(dotted.session()).hasToString("县政协十届一次会议");
  }

  /**
   * After 第 the kind may follow the number with 号 left out (第72提案, corpus an 757); elsewhere
   * digits before a kind word are no number.
   */
  @Test
  void aNumberAfter第MayLeaveOut号() {
    MotionCitation.Cited c = title("关于对县政协十届三次会议A类第72提案的答复");
    assertThat(c.number()).isEqualTo("72");
    assertThat(c.kind()).isEqualTo(MotionKind.PROPOSAL);
    assertThat(title("关于2023建议的答复").number()).isNull();
    assertThat(title("关于对县十届人大三次会议第〔15〕建议的答复").number()).isNull();
  }

  /**
   * A kind word inside a pair of 《》 that names no item is a cited title's word: it gives the
   * kind as the end of an item's title does (at a CPPCC session a proposal); one after a 《 whose
   * 》 was lost is the title's kind word as before (found in review).
   */
  @Test
  void aKindWordInsideBookQuotesNamingNoItem() {
    assertThat(title("县政协九届一次会议《于农田秸秆焚烧带来的问题建议及解决》(82号)答复").kind())
        .isEqualTo(MotionKind.PROPOSAL);
    assertThat(title("对县十七届人大三次会议第12号《加快农村公路建设的建议及对策》的答复").kind())
        .isEqualTo(MotionKind.SUGGESTION);
    assertThat(title("关于县政协九届一次会议第12号《关于加强农村道路建设提案的答复").kind())
        .isEqualTo(MotionKind.PROPOSAL);
    assertThat(title("关于县十七届人大三次会议第12号《关于加强农村道路建设的建议的答复").kind())
        .isEqualTo(MotionKind.SUGGESTION);
  }

  /** The item's number cited in brackets at the end of its quoted title is no part of it. */
  @Test
  void aNumberCitedAtTheEndOfAQuotedTitleIsNoPartOfIt() {
    assertThat(opening("您提出的《关于建设高标准农田,确保粮食安全(第25号提案》收悉,现答复如下:").title())
        .isEqualTo("关于建设高标准农田,确保粮食安全");
    assertThat(opening("您提出的《关于加强农村公路建设的建议（第12号建议）》收悉").title())
        .isEqualTo("关于加强农村公路建设的建议");
    assertThat(title("关于《关于加强农村公路建设的建议(第12号)》的答复").title())
        .isEqualTo("关于加强农村公路建设的建议");
    // after the session it was raised at (corpus nl 7442: the whole bracket had been read as the
    // title's), the number read from it
    MotionCitation.Cited withSession = title("邹城市住房和城乡建设局关于对“关于打通“断头路”加强西城区道路、"
        + "路网互联互通的提案(邹城市政协十一届三次会议第80号)”的答复");
    assertThat(withSession.title()).isEqualTo("关于打通“断头路”加强西城区道路、路网互联互通的提案");
    assertThat(withSession.number()).isEqualTo("80");
    // a number inside the title that is no citation stays
    assertThat(opening("您提出的《关于落实第12号文件的建议》收悉").title())
        .isEqualTo("关于落实第12号文件的建议");
  }

  /** A title whose closing mark is missing is not guessed. */
  @Test
  void aQuotedTitleWithoutItsClosingMarkIsNotGuessed() {
    MotionCitation.Cited c = opening("您提出的“关于增加主城区泊车位,解决“停车难”的建议已收悉,现答复如下:");
    assertThat(c.title()).isNull();
  }

  /** 关于“…”的建议: the quoted span is what the suggestion is about, its title. */
  @Test
  void aQuotedSpanBetweenGuanyuAndTheKindWordIsTheTitle() {
    MotionCitation.Cited c = opening("您提出的关于“硬化共渠沿河步道”的建议收悉。现答复如下:");
    assertThat(c.title()).isEqualTo("硬化共渠沿河步道");
    assertThat(c.titleQuoted()).isTrue();
    assertThat(c.kind()).isEqualTo(MotionKind.SUGGESTION);
    assertThat(opening("您提出的关于“乡间路”等问题的建议收悉。现答复如下:").title())
        .isEqualTo("关于“乡间路”等问题的建议");
    assertThat(opening("我们按照“放管服”要求，对您提出的建议认真研究，现答复如下:").title()).isNull();
  }

  /** The kind after the quoted span may name who raised it: 关于“…”的代表建议, 的委员提案. */
  @Test
  void aQuotedSpanBeforeADeputysSuggestionIsTheTitle() {
    MotionCitation.Cited c =
        opening("莫蓓红代表提出的关于“在场中路少年村路车站设立公交候车亭”的代表建议收悉,现将会办意见函告如下:");
    assertThat(c.title()).isEqualTo("在场中路少年村路车站设立公交候车亭");
    assertThat(c.kind()).isEqualTo(MotionKind.SUGGESTION);
    assertThat(opening("您提出的关于“加强校车管理”的委员提案收悉,现答复如下:").kind())
        .isEqualTo(MotionKind.PROPOSAL);
    MotionCitation.Cited issue = opening("您提出的关于“加强正阳街环境污染治理”问题的提案收悉,现答复如下:");
    assertThat(issue.title()).isEqualTo("加强正阳街环境污染治理");
    assertThat(issue.kind()).isEqualTo(MotionKind.PROPOSAL);
  }

  /**
   * An unquoted title ends at its kind word when another follows it (关于…的建议提案: a 提案 titled
   * …的建议; …的建议意见), but 意见建议 is one word.
   */
  @Test
  void anUnquotedTitleEndsBeforeASecondKindWord() {
    MotionCitation.Cited c = opening("您提出的关于加强垃圾分类工作的建议提案收悉,现回复如下:");
    assertThat(c.title()).isEqualTo("关于加强垃圾分类工作的建议");
    assertThat(c.kind()).isEqualTo(MotionKind.PROPOSAL);
    assertThat(opening("您提出的关于加快管网建设的建议意见收悉,现答复如下:").title())
        .isEqualTo("关于加快管网建设的建议");
    assertThat(opening("您提出的关于修缮西大桥道路和路灯的意见建议收悉,现答复如下:").title())
        .isEqualTo("关于修缮西大桥道路和路灯的意见建议");
    // after a quoted title too, the compound's last kind word names the kind (corpus p 400)
    MotionCitation.Cited quoted = opening("您提出的关于“商河盐业市场经营混乱问题亟需重视”的建议提案收悉。");
    assertThat(quoted.title()).isEqualTo("商河盐业市场经营混乱问题亟需重视");
    assertThat(quoted.kind()).isEqualTo(MotionKind.PROPOSAL);
    assertThat(opening("您提出的关于“加强垃圾分类”的建议收悉。").kind()).isEqualTo(MotionKind.SUGGESTION);
  }

  /** An unquoted title after the item's number, before 的提案 or 办理情况. */
  @Test
  void anUnquotedTitleAfterTheNumberOrBeforeWhatIsDoneWithIt() {
    MotionCitation.Cited c = opening("您在县政协十次会议上提出的第2024108号关于推进村庄建设公墓的建议的提案收悉。");
    assertThat(c.title()).isEqualTo("关于推进村庄建设公墓的建议");
    assertThat(c.kind()).isEqualTo(MotionKind.PROPOSAL);
    assertThat(opening("您提出的关于增设心理工作室的建议291号提案)已收悉。现将办理情况答复如下:").title())
        .isEqualTo("关于增设心理工作室的建议");
    assertThat(opening("非常感谢您提出的关于强化数字政府建设,为基层治理提供新动能的宝贵建议。").title())
        .as("praise of what was raised, no title").isNull();
    assertThat(opening("现将您提出的关于加快乡村道路维护的提案办理情况答复如下:").title())
        .isEqualTo("关于加快乡村道路维护的提案");
  }

  /**
   * A title whose pair of quotes lost one mark in capture: the opening mark alone before it, or
   * the closing mark alone after it; the title is read without the mark, as an unquoted one.
   */
  @Test
  void aTitleWithOneOfItsQuotesLost() {
    MotionCitation.Cited open = opening("您提出的《关于提高城区老旧片区管道天然气覆盖率的建议已收悉,经研究,现答复如下:");
    assertThat(open.title()).isEqualTo("关于提高城区老旧片区管道天然气覆盖率的建议");
    assertThat(open.titleQuoted()).isFalse();
    assertThat(opening("您提出《关于加快城市污水管网更新换代的建议(第24号建议)收悉,现答复如下:").title())
        .isEqualTo("关于加快城市污水管网更新换代的建议");
    assertThat(opening("您提出关于给予陵川县集镇水网改造列项并支持的建议”收悉,经研究,现答复如下:").title())
        .isEqualTo("关于给予陵川县集镇水网改造列项并支持的建议");
    assertThat(opening("您提出的关于将陇川工业园区纳入省级重点工业园区的建议》,已交省工业和信息化厅牵头办理,现答复如下:")
        .title()).isEqualTo("关于将陇川工业园区纳入省级重点工业园区的建议");
  }

  /** A number in its own brackets before 号 (〔064〕号) is the item's; a year's brackets are not. */
  @Test
  void aNumberInItsOwnBrackets() {
    assertThat(opening("你在县政协会议上建议的《关于发展农村基础教育的提案》〔064〕号,已由县政府转来我局,现答复如下")
        .number()).isEqualTo("064");
    assertThat(opening("您提出的建议(平政字〔2024〕12号)收悉,现答复如下").number()).isNull();
    // a letter-coded number in brackets keeps its letters (corpus br 1324); a Han character there
    // is no place's code (review F4)
    assertThat(title("关于对区一届人大三次会议第(J027)号建议的答复").number()).isEqualTo("J027");
    assertThat(title("关于对区一届人大三次会议第(政12)号建议的答复").number()).isNull();
    // right after 第, a letter-coded number needs no 号 before its kind word (corpus bz 1483)
    assertThat(title("市住建局关于市四届人大六次会议第jy2016020建议的答复函").number()).isEqualTo("jy2016020");
  }

  /**
   * The title has the first say on the item's number, but the opening's zero-padded printing of the
   * same number is its fuller form (corpus bs 1345); another number in the opening is not, nor the
   * same digits of another session.
   */
  @Test
  void theOpeningsZeroPaddedNumberIsTheFullerForm() {
    String title = "腾冲市交通运输局关于对腾冲市人大第三届一次会议第29号建议的答复\n赵开灿等七位代表:\n";
    assertThat(ReplyTextReader.standard().read(title + "您们提出的关于新建道路的意见建议(第029号),已交我们研究办理,"
        + "现答复如下:\n已办。\n").reply().motion().flatMap(m -> m.number())).contains("029");
    assertThat(ReplyTextReader.standard().read(title + "您们提出的关于新建道路的意见建议(第0290号),已交我们研究办理,"
        + "现答复如下:\n已办。\n").reply().motion().flatMap(m -> m.number())).contains("29");
    // nor the same digits cited of another session (review F5)
    assertThat(ReplyTextReader.standard().read(title + "您们在县十六届人大一次会议上提出的第029号建议,已交我们研究办理,"
        + "现答复如下:\n已办。\n").reply().motion().flatMap(m -> m.number())).contains("29");
  }

  /** A number keeps the letters printed before it, as the Han characters (温36号). */
  @Test
  void aNumberKeepsItsLetterPrefix() {
    assertThat(title("关于区十九届人大第六次会议第DH0271号建议办理情况的复函").number()).isEqualTo("DH0271");
    assertThat(title("关于第241号建议的答复").number()).isEqualTo("241");
    assertThat(title("昌吉州发改委对自治州十五届人大一次会议工交财贸类9号建议的答复").number())
        .as("a category (…类) before the number is no prefix of it").isEqualTo("9");
  }

  /** An unquoted title ends before a closing quote whose opening was lost in capture. */
  @Test
  void anUnquotedTitleEndsBeforeAStrayClosingQuote() {
    assertThat(opening("你们提出的关于加快农村教师周转房建设”的提案收悉,现答复如下:").title())
        .isEqualTo("关于加快农村教师周转房建设");
    assertThat(opening("您提出的关于落实“双减”政策的建议收悉,现答复如下:").title())
        .isEqualTo("关于落实“双减”政策的建议");
  }

  /** A reply's title that quotes the motion's title cites it: 《关于…的建议》的答复. */
  @Test
  void aTitleQuotingTheMotionsTitleCitesIt() {
    MotionCitation.Cited c = title("《关于加强学校门前车辆停放管理的建议》的答复");
    assertThat(c.title()).isEqualTo("关于加强学校门前车辆停放管理的建议");
    assertThat(c.titleQuoted()).isTrue();
    assertThat(title("关于岳阳市九届人大四次会议第241号建议的答复").title()).isNull();
  }

  /** A session cited in a relative clause starts after it: 在年初召开的区十五届政协五次会议上. */
  @Test
  void aSessionStartsAfterTheClauseThatIntroducesIt() {
    MotionCitation.Cited c = opening("您在年初召开的区十五届政协五次会议上提出的第5号提案收悉,现答复如下:");
    assertThat(c.session()).isNotNull();
    assertThat(c.session().toString()).doesNotContain("召开");
  }

  /** A party's proposal tabled at a session: 致公党广州市委员会向广州市政协十三届三次会议提交了. */
  @Test
  void aSessionAProposalWasTabledAt() {
    MotionCitation.Cited c = opening(
        "致公党广州市委员会向广州市政协十三届三次会议提交了《关于强化应急能力建设的建议》提案,现答复如下:");
    assertThat(c.session()).hasToString("广州市政协十三届三次会议");
  }

  /** The kind word that ends the title wins; else the first kind word of the opening. */
  @Test
  void anOpeningsKindIsTheOneEndingItsTitleElseTheFirst() {
    assertThat(opening("您在会上提出的《关于设立公交站的意见》收悉").kind()).isNull();
    assertThat(opening("您在会上提出的《关于建议设立公交站的意见》收悉").kind())
        .isEqualTo(MotionKind.SUGGESTION);
    assertThat(opening("您提出的议案《关于设立公交站》收悉").kind()).isEqualTo(MotionKind.MOTION);
    assertThat(opening("您提出的《关于建议设立公交站的提案》收悉").kind())
        .isEqualTo(MotionKind.PROPOSAL);
  }

  @Test
  void anOpeningCitesNumberAndSession() {
    MotionCitation.Cited c = opening("您在市九届人大四次会议上提出的第241号建议收悉，现答复如下：");
    assertThat(c.number()).isEqualTo("241");
    assertThat(c.kind()).isEqualTo(MotionKind.SUGGESTION);
    assertThat(c.session()).isNotNull();
  }
}
