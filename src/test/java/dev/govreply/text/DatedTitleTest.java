package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A title with the page's date after it on its line, as a portal's heading prints them (corpus be
 * 1067): the title is read, the date kept as consumed markup with GR-TXT-015.
 */
class DatedTitleTest {
  private static final String LETTER = "陆雷代表:\n您提出的关于建设数字人专家的代表建议收悉。现将办理情况答复如下:\n已办。\n";

  @Test
  void theTitleBeforeThePagesDateIsRead() {
    ReadResult r = LayoutReaderTest.read("上海市人民政府办公厅关于对市十六届人大二次会议第1170号代表建议的答复的函 "
        + "2024-05-31 来源:市政府办公厅建议提案处\n" + LETTER);
    assertThat(r.reply().title()).contains("上海市人民政府办公厅关于对市十六届人大二次会议第1170号代表建议的答复的函");
    assertThat(r.reply().issuer()).contains("上海市人民政府办公厅");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("1170");
    assertThat(r.report().lines().get(0).markup()).containsExactly("2024-05-31 来源:市政府办公厅建议提案处");
    assertThat(r.report().findings()).extracting(f -> f.ruleId()).contains("GR-TXT-015");
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply()))
        .isEqualTo(once);
  }

  /**
   * Only a date in digits set off by a blank, after a title and nothing else, is the page's: a
   * letter's date in words, a date glued to the title, or more words before the date leave the
   * line as it was.
   */
  @Test
  void otherDatesAfterATitleLeaveTheLine() {
    for (String line : new String[] {"对区政协第十五届第二次会议第B131号提案的答复 2023年5月26日",
        "对区政协第十五届第二次会议第B131号提案的答复2023-05-26",
        "对区政协第十五届第二次会议第B131号提案的答复 区绿化市容局 2023-05-26"}) {
      ReadResult r = LayoutReaderTest.read(line + "\n" + LETTER);
      assertThat(r.report().findings()).as(line).extracting(f -> f.ruleId())
          .doesNotContain("GR-TXT-015");
      assertThat(r.report().lines().get(0).markup()).as(line).isEmpty();
    }
  }

  /**
   * Only the page's heading is read so (review): an entry of a list of replies under a heading of
   * links, or with another such entry below it, a dated line below the letter's own title, a
   * title's last line alone, and a date followed by the letter's text stay as they were.
   */
  @Test
  void onlyThePagesHeadingIsReadSo() {
    String letter = "张亮代表:\n您提出的关于加强农村公路养护的建议收悉,现答复如下:\n已办。\n某某县交通运输局\n2024年5月31日\n";
    ReadResult own = LayoutReaderTest.read("对县十七届人大一次会议第12号建议的答复\n相关推荐\n"
        + "对县十七届人大一次会议第13号建议的答复 2024-05-30\n" + letter);
    assertThat(own.reply().motion().flatMap(m -> m.number())).contains("12");
    ReadResult links = LayoutReaderTest.read("热点推荐\n对县十七届人大一次会议第13号建议的答复 2024-05-30\n" + letter);
    assertThat(links.reply().title()).isEmpty();
    ReadResult list = LayoutReaderTest.read("对县十七届人大一次会议第11号建议的答复 2024-05-30\n"
        + "对县十七届人大一次会议第13号建议的答复 2024-05-31\n" + letter);
    assertThat(list.reply().title()).isEmpty();
    ReadResult part = LayoutReaderTest.read("关于对县十七届人大三次会议第12号\n建议的答复 2024-05-31\n" + letter);
    assertThat(part.reply().title()).isNotEqualTo(java.util.Optional.of("建议的答复"));
    ReadResult run = LayoutReaderTest.read("对县十七届人大一次会议第12号建议的答复 2024-05-31 某交函〔2024〕12号\n" + letter);
    assertThat(run.report().findings()).extracting(f -> f.ruleId()).doesNotContain("GR-TXT-015");
  }

  /**
   * A dated heading is read below a letterhead or the site's name too, with a page's counter or
   * label after its date, and without 关于 where it cites the item's number (third review).
   */
  @Test
  void aDatedHeadingBelowANameOrWithACounter() {
    String letter = "张亮代表:\n您提出的关于加强农村公路养护的建议收悉,现答复如下:\n已办。\n某某县交通运输局\n2024年5月31日\n";
    ReadResult named = LayoutReaderTest.read("某某县人民政府\n县交通运输局关于县十七届人大二次会议第12号建议的答复 "
        + "2024-05-31\n" + letter);
    assertThat(named.reply().motion().flatMap(m -> m.number())).contains("12");
    for (String after : new String[] {"浏览:56", "发布机构:县交通运输局", "阅读:56次"}) {
      ReadResult counted = LayoutReaderTest.read("关于县十七届人大二次会议第12号建议的答复 2024-05-31 " + after
          + "\n" + letter);
      assertThat(counted.reply().motion().flatMap(m -> m.number())).as(after).contains("12");
    }
    ReadResult bare = LayoutReaderTest.read("县十七届人大二次会议第12号建议答复 2024-05-31\n" + letter);
    assertThat(bare.reply().motion().flatMap(m -> m.number())).contains("12");
  }

  /**
   * The page's date after its label, and the page's labels after it, perhaps in brackets, are the
   * page's byline too (corpus cg 1622, hd 4164): the title is read, the byline consumed markup,
   * and its values the page's metadata (文号 the document's number where the letter prints none).
   */
  @Test
  void theTitleBeforeThePagesLabelledDateIsRead() {
    ReadResult r = LayoutReaderTest.read("对市五届人大一次会议第89号建议的答复 发布日期:2022-07-01 16:55 信息来源: "
        + "编辑:随州市教育局 字号:[ ]\n" + LETTER);
    assertThat(r.reply().title()).contains("对市五届人大一次会议第89号建议的答复");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("89");
    assertThat(r.report().findings()).extracting(f -> f.ruleId()).contains("GR-TXT-015");
    ReadResult bracketed = LayoutReaderTest.read("对市十六届人大一次会议第0702号代表建议的答复 "
        + "(发布日期:2023年05月19日 文号:沪发改人口建〔2023〕5号)\n" + LETTER);
    assertThat(bracketed.reply().title()).contains("对市十六届人大一次会议第0702号代表建议的答复");
    assertThat(bracketed.reply().documentNumber()).map(Object::toString)
        .contains("沪发改人口建〔2023〕5号");
    String once = ReplyTextWriter.standard().write(bracketed.reply());
    assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply()))
        .isEqualTo(once);
    // a page's table row that names the title after its label stays the page's
    ReadResult row = LayoutReaderTest.read("名 称: 对市政协六届四次会议第049号提案的答复 发布日期: 2025年09月28日\n"
        + LETTER);
    assertThat(row.reply().title()).isEmpty();
    // nor a list's entry, whatever its date (review of 6bb2b6fd)
    for (String entry : new String[] {"● 对市五届人大一次会议第88号建议的答复 发布日期:2022-06-30",
        "● 对市五届人大一次会议第88号建议的答复 2022-06-30"}) {
      ReadResult listed = LayoutReaderTest.read(entry + "\n" + LETTER);
      assertThat(listed.reply().motion().flatMap(m -> m.number())).as(entry).isEmpty();
    }
    // a byline in lenticular brackets
    ReadResult lenticular = LayoutReaderTest.read("对市十六届人大一次会议第0702号代表建议的答复 "
        + "【发布日期:2023年05月19日】\n" + LETTER);
    assertThat(lenticular.reply().title()).contains("对市十六届人大一次会议第0702号代表建议的答复");
  }
}
