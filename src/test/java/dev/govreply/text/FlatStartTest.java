package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A reply whose title, salutation and body a web page printed on one line ({@link FlatStart}). */
class FlatStartTest {

  /** The opening and a sentence of a flattened letter after its salutation, long enough to be one. */
  private static final String BODY = "您提出的关于修缮村道的建议收悉,现答复如下: "
      + "财政局对园区基础配套设施建设高度重视,近年来先后投入资金建设了出口道路工程和老省道改造工程。\n";

  /** The title before the salutation is the reply's, the salutation addresses, the rest is body. */
  @Test
  void theTitleAndTheSalutationFlattenedOntoOneLineAreRead() {
    ReadResult r = LayoutReaderTest.read("蕲春县水利局对县十七届人大二次会议第094号建议的答复 张凤娥等代表: "
        + "你们提出的“关于加快解决蕲河张塝段综合整治”的建议收悉,现答复如下: 已列入计划。\n");
    assertThat(r.reply().title()).contains("蕲春县水利局对县十七届人大二次会议第094号建议的答复");
    assertThat(r.reply().issuer()).contains("蕲春县水利局");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("张凤娥"));
    assertThat(r.reply().body().opening()).hasValueSatisfying(o -> assertThat(o).startsWith("你们提出的"));
    assertThat(r.report().provenance()).containsEntry("motion.number", Provenance.TITLE);
  }

  /**
   * The document's number fused at the head of the title, the two flattened before the
   * salutation (a record page, corpus jm 5384), is the document's, as on a line of its own; the
   * title after it names the issuer; the reply writes and reads back the same.
   */
  @Test
  void aNumberedTitleFlattenedBeforeTheSalutationIsSplit() {
    ReadResult r = LayoutReaderTest.read("泰环函﹝2016﹞48号 泰州市环境保护局关于市四届人大六次会议第16号建议的答复函 "
        + "仇党玉代表:" + BODY);
    assertThat(r.reply().documentNumber()).hasValueSatisfying(
        n -> assertThat(n).hasToString("泰环函〔2016〕48号"));
    assertThat(r.reply().issuer()).contains("泰州市环境保护局");
    assertThat(r.reply().title()).contains("泰州市环境保护局关于市四届人大六次会议第16号建议的答复函");
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply())).isEqualTo(once);
  }

  /**
   * The letter's marks flattened before the salutation (its number, who signed it) are read as
   * marks, the rest of the line as the letter, its end split off (corpus fa 3063).
   */
  @Test
  void theMarksAndTheSalutationFlattenedOntoOneLineAreRead() {
    ReadResult r = LayoutReaderTest.read("沭财复字〔2022〕4号 签发人:庞佃宝 尊敬的李晓林、周志勋等代表: "
        + "您提出的建议已收悉,现答复如下: 财政局对园区基础配套设施建设高度重视,近年来先后投入资金建设了"
        + "出口道路工程和老省道改造工程。拟建设第三污水处理厂,资金通过贷款解决。 感谢您对财政工作的关心和支持! "
        + "2022年7月1日 "
        + "联系科室、人员及电话:经建科6211754 抄送:县政府办公室、县人大常委会人代工委\n");
    assertThat(r.reply().documentNumber().map(Object::toString)).contains("沭财复字〔2022〕4号");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("李晓林", "周志勋"));
    assertThat(r.reply().body().opening()).hasValueSatisfying(o -> assertThat(o).startsWith("您提出的"));
    assertThat(r.reply().date()).contains(java.time.LocalDate.of(2022, 7, 1));
    assertThat(r.reply().contacts()).singleElement()
        .satisfies(c -> assertThat(c.unit()).contains("经建科"));
    assertThat(r.reply().copyTo()).containsExactly("县政府办公室", "县人大常委会人代工委");
  }

  /**
   * A signer's name spaced letter by letter is marks up to each of its blanks: the line is split
   * after the last of them, not inside the name (review s54 F4).
   */
  @Test
  void aLetterSpacedSignerIsNotCutBeforeTheSalutation() {
    ReadResult r = LayoutReaderTest.read("签发人：庞 佃 宝 李晓林代表：" + BODY);
    assertThat(r.reply().signer()).contains("庞佃宝");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("李晓林"));
  }

  /**
   * Spaced names of the signer and the member one after the other (王 强 李 明代表) may be cut
   * anywhere: the line is not split, so no name is cut (review 2 s54 G2).
   */
  @Test
  void spacedNamesOneAfterTheOtherAreNotCut() {
    ReadResult r = LayoutReaderTest.read("签发人：王 强 李 明代表：" + BODY);
    assertThat(r.reply().signer()).isEmpty();
    assertThat(r.reply().addressee()).isEmpty();
  }

  /**
   * After marks that end otherwise than in a spaced character, a member's spaced name (王 强) is
   * read whole (review 3 s54 H2).
   */
  @Test
  void aSpacedNameAfterMarksThatEndOtherwiseIsRead() {
    ReadResult r = LayoutReaderTest.read("县财复〔2022〕4号 王 强代表：" + BODY);
    assertThat(r.reply().documentNumber().map(Object::toString)).contains("县财复〔2022〕4号");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("王强"));
    // a mark's last character spaced from it stays the mark's, not the name's (review 4 s54 K1)
    ReadResult k = LayoutReaderTest.read("县财复〔2022〕4 号 王 强代表：" + BODY);
    assertThat(k.reply().documentNumber().map(Object::toString)).contains("县财复〔2022〕4号");
    assertThat(k.reply().addressee().map(a -> a.names())).contains(List.of("王强"));
    // a member named by the surname alone after marks that end otherwise (review 5 s54 M2)
    ReadResult m = LayoutReaderTest.read("签发人：庞佃宝 李代表：" + BODY);
    assertThat(m.reply().signer()).contains("庞佃宝");
    assertThat(m.reply().addressee().map(a -> a.names())).contains(List.of("李"));
    ReadResult s = LayoutReaderTest.read("县财复〔2022〕4号 签发人：王强 李 明代表：" + BODY);
    assertThat(s.reply().signer()).contains("王强");
    assertThat(s.reply().addressee().map(a -> a.names())).contains(List.of("李明"));
  }

  /** A title printed with a blank inside it is split at the blank before the salutation. */
  @Test
  void aTitleWithABlankInsideIt() {
    ReadResult r = LayoutReaderTest.read("对县八届政协一次会议 第134号提案的答复 张阳委员: "
        + "您提出的《关于加强县城广场公厕设施建设的建议》收悉,现答复如下: 已建成。\n");
    assertThat(r.reply().title()).contains("对县八届政协一次会议第134号提案的答复");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("张阳"));
  }

  /** Text before a salutation that is no reply's title leaves the line to the body. */
  @Test
  void noTitleBeforeTheSalutationNoSplit() {
    ReadResult r = LayoutReaderTest.read("现将县政府的安排说明如下。 王五代表: 您提出的建议收悉,现答复如下: 已办。\n");
    assertThat(r.reply().title()).isEmpty();
    assertThat(r.reply().addressee()).isEmpty();
  }

  /**
   * A portal's list of replies (a title and the deputy it answers a row) is no flattened reply:
   * the salutation of a reply has its colon and goes on with the body.
   */
  @Test
  void aListsRowsAreNotSplit() {
    ReadResult r = LayoutReaderTest.read("相关答复\n关于第12号建议的答复 王五代表\n关于第15号建议的答复 赵六代表\n\n"
        + "关于第15号建议的答复\n赵六代表:\n您提出的关于修缮村道的建议收悉,现答复如下:\n已修缮。\n");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("15");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("赵六"));
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于修缮村道的建议");
  }

  /** A flattened line read between a table's cell borders keeps the borders alone as markup. */
  @Test
  void theBordersOfAFlattenedLineAreItsMarkupAlone() {
    ReadResult r = LayoutReaderTest.read("| 关于第12号建议的答复 王五代表: 您提出的关于修缮村道的建议收悉,现答复如下: "
        + "已列入计划。 |\n");
    assertThat(r.reply().title()).contains("关于第12号建议的答复");
    assertThat(r.report().lines().get(0).markup()).containsExactly("代表", ":", "|", "|");
  }

  /**
   * A reply flattened onto one line whose date lost its 日 at the end of the text (corpus iv 5044):
   * the date is left empty with a finding, its words kept in a note, not the whole line kept again
   * as text not placed; the reply written is a fixed point.
   */
  @Test
  void aDamagedDateAtTheEndOfAFlattenedReplyIsKeptAlone() {
    ReadResult r = LayoutReaderTest.read("高明兴委员: 您提出的《关于帮助解决水塘集镇排水设施建设资金的建议》收悉,现答复如下: "
        + "一、我局已将该项目纳入计划,项目于2025年9月16日复工复产,整个项目将于2026年年底竣工投入使用。 "
        + "感谢您对住建工作的关心和支持,欢迎继续提出宝贵意见和建议! 此函。 新平县住房和城乡建设局 2025年10月10\n");
    assertThat(r.reply().date()).isEmpty();
    assertThat(r.reply().notes()).contains("2025年10月10");
    assertThat(r.reply().unrecognized()).isEmpty();
    assertThat(r.report().findings()).anyMatch(f -> f.message().contains("damaged in capture"));
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply())).isEqualTo(once);
  }
}
