package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.json.ReplyJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The item's title printed twice in two wordings: in brackets after the reply's title and quoted
 * by the opening (corpus du 2422). The opening's is taken; what the title's holds beyond it is
 * consumed markup of the title's line, so no character of it is lost.
 */
class ItemTitleWordingTest {
  @Test
  void theTitlesOtherWordingIsConsumedMarkup() {
    ReadResult r = LayoutReaderTest.read("2021年度枣庄市公安局关于对市政协十届五次会议第15248号提案的答复"
        + "(关于高空坠物或抛物的管理意见的提案)\n\n尊敬的郝涛委员:\n\n"
        + "您提出的《关于高空坠物或抛物的管理意见》提案收悉。现将有关情况答复如下:\n已办。\n");
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于高空坠物或抛物的管理意见");
    assertThat(r.report().lines().get(0).markup()).contains("的提案");
    assertThat(TextRoundTripTest.missingHan(r.report(), ReplyTextWriter.standard().write(r.reply()),
        ReplyJson.standard().writeString(r.reply()))).isEmpty();
  }

  /**
   * The item's title quoted in the reply's title (《…》) and named otherwise by the opening in an
   * unmarked phrase (您提出的关于…的建议收悉): the quoted span is the item's title, as the ledger
   * asks (corpus jk 5344); an opening that quotes its own wording keeps it.
   */
  @Test
  void theTitlesQuotedSpanIsPreferredToTheOpeningsUnmarkedPhrase() {
    ReadResult r = LayoutReaderTest.read("对省十四届人大一次会议《关于做好居民供暖的建议》的答复\n程利国代表:\n"
        + "您提出的关于成立第三方供热测温机构的建议收悉,现答复如下:\n已办。\n");
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于做好居民供暖的建议");
    assertThat(r.report().provenance()).containsEntry("motion.title", Provenance.TITLE);
    ReadResult quoted = LayoutReaderTest.read("对省十四届人大一次会议《关于做好居民供暖的建议》的答复\n程利国代表:\n"
        + "您提出的《关于成立第三方供热测温机构的建议》收悉,现答复如下:\n已办。\n");
    assertThat(quoted.reply().motion().flatMap(m -> m.title()))
        .contains("关于成立第三方供热测温机构的建议");
    // a document the title quotes (no kind word ends it) is no item's title (review)
    ReadResult cited = LayoutReaderTest.read("关于落实《关于加快发展养老服务业的意见》的建议的答复\n程利国代表:\n"
        + "您提出的关于落实养老服务业政策的建议收悉,现答复如下:\n已办。\n");
    assertThat(cited.reply().motion().flatMap(m -> m.title())).contains("关于落实养老服务业政策的建议");
  }

  /** The same wording twice leaves nothing to consume. */
  @Test
  void theSameWordingConsumesNothing() {
    ReadResult r = LayoutReaderTest.read("关于对市政协十届五次会议第15248号提案的答复(关于高空坠物或抛物的管理意见)\n"
        + "郝涛委员:\n您提出的《关于高空坠物或抛物的管理意见》提案收悉。现将有关情况答复如下:\n已办。\n");
    assertThat(r.report().lines().get(0).markup()).isEqualTo(List.of("(", ")"));
  }

  /**
   * A bracket that names another item than the opening (review): its words are still kept as
   * markup, and a warning names both wordings for a person to weigh; a fuller form raises none.
   */
  @Test
  void anotherItemInTheTitleIsFlagged() {
    ReadResult other = LayoutReaderTest.read("关于对市政协十届五次会议第15248号提案的答复(关于加快城区停车场建设的提案)\n"
        + "郝涛委员:\n您提出的《关于加强农村公路养护的提案》收悉。现将有关情况答复如下:\n已办。\n");
    assertThat(other.reply().motion().flatMap(m -> m.title())).contains("关于加强农村公路养护的提案");
    assertThat(other.report().findings()).extracting(f -> f.ruleId()).contains("GR-TXT-055");
    ReadResult fuller = LayoutReaderTest.read("关于对市政协十届五次会议第15248号提案的答复(关于高空坠物或抛物的管理意见的提案)\n"
        + "郝涛委员:\n您提出的《关于高空坠物或抛物的管理意见》提案收悉。现将有关情况答复如下:\n已办。\n");
    assertThat(fuller.report().findings()).extracting(f -> f.ruleId()).doesNotContain("GR-TXT-055");
  }

  /** Wordings that differ in punctuation alone raise no warning (third review). */
  @Test
  void punctuationAloneRaisesNoWarning() {
    ReadResult r = LayoutReaderTest.read("关于对市政协十届五次会议第15248号提案的答复(关于加强农村公路(乡道)养护、管理的提案)\n"
        + "郝涛委员:\n您提出的《关于加强农村公路（乡道）养护,管理的提案》收悉。现将有关情况答复如下:\n已办。\n");
    assertThat(r.report().findings()).extracting(f -> f.ruleId()).doesNotContain("GR-TXT-055");
  }

  /**
   * A reply published without salutation or acknowledgement, its body opening on the policy: the
   * item's title is the one the reply's title quotes, not a document the first lines cite (corpus
   * gh 3724, 3727, cy 1988).
   */
  @Test
  void bodyTextThatAcknowledgesNoItemCitesNone() {
    ReadResult r = LayoutReaderTest.read("“关于支持木本油料树种--核桃产业发展的建议”复文(2021年第4570号)\n\n"
        + "  党中央、国务院高度重视核桃产业发展,中央1号文件明确提出积极发展木本油料。2014年国务院办公厅印发的《关于加快木本油料产业发展的意见》,"
        + "明确要求建成一批核桃等木本油料重点县。\n");
    assertThat(r.reply().motion().flatMap(m -> m.title()))
        .contains("关于支持木本油料树种--核桃产业发展的建议");
  }

  /** An opening that acknowledges the item keeps its own wording (as before). */
  @Test
  void anOpeningThatAcknowledgesTheItemKeepsItsWording() {
    ReadResult r = LayoutReaderTest.read("“关于支持核桃产业发展的建议”复文(2021年第4570号)\n\n张三代表:\n"
        + "您提出的《关于加快核桃产业发展的建议》收悉,现答复如下:\n已办。\n");
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于加快核桃产业发展的建议");
  }

  /**
   * An opening that quotes the item and says 如下 in its next sentence keeps its fuller wording
   * over the reply's title's fragment (ninth review R1): it quotes an item's title, no document's.
   */
  @Test
  void anItemsTitleInTheOpeningIsNoCitedDocument() {
    ReadResult r = LayoutReaderTest.read("关于“加快农村公路建设”建议的答复\n\n张三代表:\n"
        + "市人大代表张三提出的《关于加快农村公路建设与管护的建议》由我局主办。现答复如下:\n已办。\n");
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于加快农村公路建设与管护的建议");
  }

  /**
   * The opening that cites the item is read up to its 收悉 or 如下 however the capture broke its
   * sentence into lines: a PDF's short lines, or a page's rows run into it above (corpus rc 9323),
   * so that its canonical text, which prints the opening as one line, reads the same item back;
   * not on past an end of sentence into the body.
   */
  @Test
  void theOpeningIsReadUpToItsReceiptHoweverItsLinesAreBroken() {
    String text = "关于对县十八届人大三次会议第10号建议的答复\n王五代表:\n您在县十八届人大三次\n"
        + "会议上提出的关于巴音\n布鲁克文化产生挖掘\n的建议(第10号)已\n收悉,现答复如下:\n已办。\n";
    ReadResult r = LayoutReaderTest.read(text);
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于巴音布鲁克文化产生挖掘的建议");
    ReadResult back = LayoutReaderTest.read(ReplyTextWriter.standard().write(r.reply()));
    assertThat(back.reply().motion()).isEqualTo(r.reply().motion());
    // an opening whose sentence has ended is not read on into the body, which cites other
    // documents and items (review of the first version, which read on up to 600 characters)
    ReadResult ended = LayoutReaderTest.read("关于对张三代表建议的答复\n张三代表:\n"
        + "您提出的关于加强农村公路养护的建议，我局高度重视。\n近年来，我局加大投入，\n"
        + "完善机制，\n按照市政府印发的《关于加快推进农村公路高质量发展的实施意见》，\n"
        + "县十五届人大二次会议第12号建议也已办理。\n");
    assertThat(ended.reply().motion().flatMap(m -> m.title())).contains("关于加强农村公路养护的建议");
    assertThat(ended.reply().motion().flatMap(m -> m.number())).isEmpty();
  }

  /**
   * An opening that starts with an unquoted 关于 phrase yields to the item's title the reply's title
   * names, and names no title where it cites another number than the reply's title (review of
   * fd92f291).
   */
  @Test
  void anOpeningsUnquotedFirstTitleYieldsToTheRepliesTitle() {
    String salutation = "张三代表:\n";
    ReadResult titled = LayoutReaderTest.read("关于加强学校安全的建议的答复\n" + salutation
        + "关于加强校园周边安全的建议收悉,现答复如下:\n已办。\n");
    assertThat(titled.reply().motion().flatMap(m -> m.title())).contains("关于加强学校安全的建议");
    ReadResult other = LayoutReaderTest.read("对县十八届人大一次会议第12号建议的答复\n" + salutation
        + "关于加强学校安全的建议(第3号)收悉,现答复如下:\n已办。\n");
    assertThat(other.reply().motion().flatMap(m -> m.title())).isEmpty();
    assertThat(other.reply().motion().flatMap(m -> m.number())).contains("12");
    ReadResult same = LayoutReaderTest.read("对县十八届人大一次会议第12号建议的答复\n" + salutation
        + "关于加强学校安全的建议(第12号)收悉,现答复如下:\n已办。\n");
    assertThat(same.reply().motion().flatMap(m -> m.title())).contains("关于加强学校安全的建议");
  }
}
