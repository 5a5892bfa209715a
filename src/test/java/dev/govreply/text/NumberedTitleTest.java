package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.DocumentNumber;
import org.junit.jupiter.api.Test;

/** A document number printed fused at the head of the title, as a portal's heading joins them. */
class NumberedTitleTest {
  private static final String LETTER = "唐倩代表：\n您提出的《关于加强社区食堂的可持续运营的建议》(第188号)收悉，现答复如下：\n已办。\n";

  @Test
  void theNumberAtTheHeadOfTheTitleIsTheDocumentsNumber() {
    ReadResult r = LayoutReaderTest.read(
        "津民政函〔2025〕35号关于区十八届人大七次会议第188号建议办理情况的答复函\n" + LETTER);
    assertThat(r.reply().documentNumber()).map(DocumentNumber::toString)
        .contains("津民政函〔2025〕35号");
    assertThat(r.reply().title()).contains("关于区十八届人大七次会议第188号建议办理情况的答复函");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("188");
    assertThat(r.report().lines().get(0).targets()).contains("documentNumber", "title");
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply()))
        .isEqualTo(once);
  }

  /**
   * A title that names its issuer first is split off its number too (corpus cw 1945: a portal's
   * heading 屯教〔2021〕122号屯昌县教育局关于…的答复).
   */
  @Test
  void aTitleNamingItsIssuerIsSplitOffTheNumberToo() {
    ReadResult r = LayoutReaderTest.read(
        "津民政函〔2025〕35号重庆市江津区民政局关于第188号建议的答复函\n" + LETTER);
    assertThat(r.reply().documentNumber()).map(DocumentNumber::toString)
        .contains("津民政函〔2025〕35号");
    assertThat(r.reply().issuer()).contains("重庆市江津区民政局");
    assertThat(r.reply().title()).contains("重庆市江津区民政局关于第188号建议的答复函");
  }

  /**
   * Only a number that is the document's alone, followed by a title and nothing else, is split
   * off: a number before other text stays where it is.
   */
  @Test
  void nothingElseIsSplitOff() {
    ReadResult text = LayoutReaderTest.read("津民政函〔2025〕35号附件清单\n" + LETTER);
    assertThat(text.reply().documentNumber()).isEmpty();
    ReadResult notANumber = LayoutReaderTest.read(
        "第35号重庆市江津区民政局关于第188号建议的答复函\n" + LETTER);
    assertThat(notANumber.reply().documentNumber()).isEmpty();
    ReadResult itemNumber = LayoutReaderTest.read("第188号关于加强社区食堂的建议的答复\n" + LETTER);
    assertThat(itemNumber.reply().documentNumber()).isEmpty();
  }

  /**
   * The letter's own number line wins over the heading's fused number: a different one is kept as
   * a note with GR-TXT-006 naming both, the same one is consumed (review F10).
   */
  @Test
  void theLettersOwnNumberLineWins() {
    String title = "某交函〔2024〕12号关于县十八届人大三次会议第12号建议的答复\n";
    ReadResult other = LayoutReaderTest.read(title + "某交函〔2024〕13号\n" + LETTER);
    assertThat(other.reply().documentNumber()).map(DocumentNumber::toString).contains("某交函〔2024〕13号");
    assertThat(other.reply().notes()).containsExactly("某交函〔2024〕12号");
    assertThat(other.report().findings()).extracting(f -> f.ruleId()).contains("GR-TXT-006");
    ReadResult same = LayoutReaderTest.read(title + "某交函〔2024〕12号\n" + LETTER);
    assertThat(same.reply().documentNumber()).map(DocumentNumber::toString).contains("某交函〔2024〕12号");
    assertThat(same.reply().notes()).isEmpty();
    assertThat(same.report().findings()).extracting(f -> f.ruleId()).doesNotContain("GR-TXT-006");
  }

  /**
   * A portal's heading prints the number after the title past a blank (corpus ii 4788): split off
   * it as at its head, and so on a line that flattens the heading, the salutation and the body
   * (corpus in 4884); a number after other text, or other text after the number, is not.
   */
  @Test
  void theNumberAfterTheTitlePastABlankIsTheDocumentsNumber() {
    ReadResult r = LayoutReaderTest.read(
        "沈丘县公安局关于县人大代表015号建议的答复 沈公复〔2023〕01号\n\n" + LETTER);
    assertThat(r.reply().documentNumber()).map(DocumentNumber::toString)
        .contains("沈公复〔2023〕1号");
    assertThat(r.reply().issuer()).contains("沈丘县公安局");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("015");
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply()))
        .isEqualTo(once);
    ReadResult flat = LayoutReaderTest.read("对十三届全国人大三次会议第9426号建议的答复 农办议〔2020〕332号 "
        + "刘锦秀代表: 您提出的关于完善动物疫病防控的建议收悉。现答复如下。已办。\n");
    assertThat(flat.reply().documentNumber()).map(DocumentNumber::toString)
        .contains("农办议〔2020〕332号");
    assertThat(flat.reply().addressee().map(a -> a.names())).contains(java.util.List.of("刘锦秀"));
    assertThat(flat.reply().motion().flatMap(m -> m.number())).contains("9426");
    ReadResult trailing = LayoutReaderTest.read(
        "关于县人大代表015号建议的答复 沈公复〔2023〕01号 附件\n\n" + LETTER);
    assertThat(trailing.reply().documentNumber()).isEmpty();
    ReadResult sentence = LayoutReaderTest.read("请参阅 沈公复〔2023〕01号\n\n" + LETTER);
    assertThat(sentence.reply().documentNumber()).isEmpty();
  }

  /**
   * A portal's heading sets the number apart from the title it heads by brackets round it or a
   * dash after it (corpus mo 6983: (东文旅发〔2020〕29号)关于…的答复; le 6264: 德教议复字〔2022〕25号——德江县教育局
   * 关于…; at 851: 楼政发〔2017〕46号-对…): split off as when fused, the brackets and the dash
   * consumed markup.
   */
  @Test
  void aNumberBracketedOrDashedOffTheTitleIsSplitOffToo() {
    String[] headings = {
        "(津民政函〔2025〕35号)关于区十八届人大七次会议第188号建议办理情况的答复函",
        "（津民政函〔2025〕35号）关于区十八届人大七次会议第188号建议办理情况的答复函",
        "津民政函〔2025〕35号——关于区十八届人大七次会议第188号建议办理情况的答复函",
        "津民政函〔2025〕35号-关于区十八届人大七次会议第188号建议办理情况的答复函",
        "津民政函〔2025〕35号 — 关于区十八届人大七次会议第188号建议办理情况的答复函"};
    for (String heading : headings) {
      ReadResult r = LayoutReaderTest.read(heading + "\n" + LETTER);
      assertThat(r.reply().documentNumber()).as(heading).map(DocumentNumber::toString)
          .contains("津民政函〔2025〕35号");
      assertThat(r.reply().title()).as(heading)
          .contains("关于区十八届人大七次会议第188号建议办理情况的答复函");
      assertThat(r.report().findings()).as(heading).extracting(f -> f.ruleId())
          .doesNotContain("GR-TXT-080");
      String once = ReplyTextWriter.standard().write(r.reply());
      assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply()))
          .isEqualTo(once);
    }
    // a bracket that opens the number itself is no bracket round it (review of 895a65af)
    ReadResult year = LayoutReaderTest.read(
        "(2020)津民政函35号关于区十八届人大七次会议第188号建议办理情况的答复函\n" + LETTER);
    assertThat(year.reply().documentNumber()).isPresent();
    assertThat(year.reply().motion().flatMap(m -> m.number())).contains("188");
    ReadResult issuer = LayoutReaderTest.read(
        "津民政函〔2025〕35号——重庆市江津区民政局关于第188号建议的答复函\n" + LETTER);
    assertThat(issuer.reply().issuer()).contains("重庆市江津区民政局");
    assertThat(issuer.reply().documentNumber()).isPresent();
  }

  /** Brackets or a dash that set apart anything but the number alone split nothing off. */
  @Test
  void onlyTheNumberAloneIsBracketedOff() {
    for (String heading : new String[] {
        "(第188号)关于区十八届人大七次会议第188号建议办理情况的答复函",
        "(津民政函〔2025〕35号附件)关于区十八届人大七次会议第188号建议办理情况的答复函",
        "津民政函〔2025〕35号)关于区十八届人大七次会议第188号建议办理情况的答复函"}) {
      ReadResult r = LayoutReaderTest.read(heading + "\n" + LETTER);
      assertThat(r.reply().documentNumber()).as(heading).isEmpty();
    }
  }
}
