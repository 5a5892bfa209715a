package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.BlockKind;
import dev.govreply.model.UnrecognizedBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body's name alone above the document: the issuer's letterhead, or a line of the web page the
 * document was captured from (the site's name, the page's publishing unit, a metadata value).
 */
class LetterheadTest {
  private static final String LETTER = "王五代表：\n您提出的建议收悉，现答复如下：已办。\n2024年5月6日\n";
  private static final String TITLE = "关于县十八届人大三次会议第12号建议的答复\n";

  private static List<String> pageLines(ReadResult r) {
    return r.reply().unrecognized().stream().filter(b -> b.kind() == BlockKind.PAGE_METADATA)
        .flatMap(b -> b.lines().stream()).toList();
  }

  private static String written(ReadResult r) {
    return ReplyTextWriter.standard().write(r.reply());
  }

  /**
   * A name alone right above the body, in a letter without title or salutation, heads it even when
   * a record's labelled rows follow in the body (corpus ay 942, written: the reply the writer makes
   * of it reads back to itself); with a colon after it, the name addresses the body below, and is
   * no letterhead.
   */
  @Test
  void aNameRightAboveTheBodyHeadsIt() {
    ReadResult r = LayoutReaderTest.read("庐镇乡重点办\n一、关于开通江山村公交的建议\n领衔代表:佘德梅 江山村\n"
        + "附议代表:朱其顺、程孝平\n答复内容:\n公交已于9月开通。\n庐镇乡重点办\n2020年10月16日\n");
    assertThat(r.reply().issuer()).contains("庐镇乡重点办");
    assertThat(pageLines(r)).doesNotContain("庐镇乡重点办");
    String once = written(r);
    assertThat(written(LayoutReaderTest.read(once))).isEqualTo(once);
    // a sentence below the name, the page's navigation below it: the site's slogan (third review F2)
    ReadResult site = LayoutReaderTest.read("平江县人民政府\n为民服务，公开透明。\n当前位置：首页 > 政务公开 > 建议提案办理\n"
        + TITLE + LETTER);
    assertThat(site.reply().issuer()).isNotEqualTo(java.util.Optional.of("平江县人民政府"));
    assertThat(pageLines(site)).contains("平江县人民政府");
    // the page's link below the letter (corpus ac 648, mutated: a layout space in the name)
    String below = "一、关于粮食生产的建议\n我局作为协办单位答复如下:已办。\n2022年3月23日\n相关文章\n";
    assertThat(LayoutReaderTest.read("市农业农村局\n" + below).reply().issuer()).contains("市农业农村局");
    ReadResult addressed = LayoutReaderTest.read("市农业　农村局:\n" + below);
    assertThat(addressed.reply().issuer()).isEmpty();
  }

  /**
   * A record's label of the reply's text alone right below a body's name (办理答复, 答复内容:)
   * announces the reply the name heads: the name is the letterhead, not the page's, even without a
   * signature below to confirm it (review of 857221c2); the label itself stays the page's.
   */
  @Test
  void aNameAboveTheLabelOfTheReplyHeadsIt() {
    for (String label : List.of("办理答复", "答复内容:")) {
      ReadResult r = LayoutReaderTest.read("平江县交通运输局\n" + label + "\n" + LETTER);
      assertThat(r.reply().issuer()).as(label).contains("平江县交通运输局");
      assertThat(pageLines(r)).as(label).containsExactly(label);
      String once = written(r);
      assertThat(written(LayoutReaderTest.read(once))).as(label).isEqualTo(once);
    }
    // the page's metadata below the name: the site's, as before
    assertThat(LayoutReaderTest.read("平江县交通运输局\n索引号：001\n办理答复\n" + LETTER).reply().issuer())
        .isEmpty();
    // another body signs the letter: the name above is the portal's, printed above its column's
    // heading, and no issuer of the letter (review of 5a6347cf)
    ReadResult portal = LayoutReaderTest.read("平江县人民政府\n办理答复\n王五代表：\n"
        + "您提出的建议收悉，现答复如下：已办。\n平江县交通运输局\n2024年5月6日\n");
    assertThat(portal.reply().issuer()).contains("平江县交通运输局");
    assertThat(pageLines(portal)).contains("平江县人民政府");
  }

  /**
   * The portal's section for disclosing information (政府信息公开), alone below a body's name, is
   * the page's navigation: the name above it is the site's banner, not the letterhead (corpus ig
   * 4742); a name right above the title still heads the letter.
   */
  @Test
  void aNameAboveThePortalsDisclosureSectionIsTheSitesBanner() {
    ReadResult r = LayoutReaderTest.read("辽宁省商务厅\n\n政府信息公开\n\n" + TITLE + LETTER);
    assertThat(r.reply().issuer()).isEmpty();
    assertThat(pageLines(r)).contains("辽宁省商务厅", "政府信息公开");
    assertThat(LayoutReaderTest.read("辽宁省商务厅\n" + TITLE + LETTER).reply().issuer())
        .contains("辽宁省商务厅");
  }

  /** The value of the page's 发布: row, printed below it, is the page's publisher (corpus ec 2581). */
  @Test
  void theNameBelowThePagesPublisherLabelIsThePages() {
    ReadResult r = LayoutReaderTest.read("政府信息公开\n" + TITLE + "发布:\n满城区农业农村局\n时间:\n2022-06-27\n"
        + LETTER);
    assertThat(r.reply().issuer()).isEmpty();
    assertThat(pageLines(r)).contains("发布:", "满城区农业农村局");
  }

  /**
   * Of two names alone one above the other, the upper right below the page's date, the lower
   * heads the letter: the upper is the page's publishing unit. The text the writer makes of the
   * reply reads back to the same reply.
   */
  @Test
  void theLowerOfTwoNamesBelowThePagesDateIsTheLetterhead() {
    ReadResult r = LayoutReaderTest.read("首页>政务公开>建议提案办理\n2025-05-09\n区水利局\n重庆市巴南区水利局\n"
        + "巴南水利函〔2025〕38号\n" + TITLE + LETTER);
    assertThat(r.reply().issuer()).contains("重庆市巴南区水利局");
    assertThat(pageLines(r)).contains("区水利局");
    assertThat(r.reply().unrecognized()).flatExtracting(UnrecognizedBlock::lines)
        .doesNotContain("重庆市巴南区水利局");
    String once = written(r);
    assertThat(written(LayoutReaderTest.read(once))).isEqualTo(once);
  }

  /**
   * Two different bodies' names alone right below the page's metadata are a joint letterhead, not
   * the page's unit over the letterhead: the lower is taken only as the fuller name of the upper
   * (review F5).
   */
  @Test
  void twoBodiesBelowThePagesMetadataAreNoPageUnit() {
    ReadResult r = LayoutReaderTest.read("发布时间：2024-05-30\n某某县交通运输局\n某某县财政局\n某交函〔2024〕12号\n"
        + TITLE + LETTER);
    assertThat(r.reply().issuer()).isNotEqualTo(java.util.Optional.of("某某县财政局"));
    assertThat(pageLines(r)).doesNotContain("某某县交通运输局");
  }

  /** Two names alone below the letter's own marks are a joint letterhead: the first issues it. */
  @Test
  void twoNamesBelowTheLettersMarksAreAJointLetterhead() {
    ReadResult r = LayoutReaderTest.read("分类(A)\n融水苗族自治县城市管理行政执法局\n柳州市融水生态环境局\n"
        + "融城管执复〔2021〕17号\n" + TITLE + LETTER);
    assertThat(r.reply().issuer()).contains("融水苗族自治县城市管理行政执法局");
    assertThat(pageLines(r)).isEmpty();
  }

  /**
   * The name of the body the site's credits say runs the site heads the document when the title
   * follows it at once and no other body signs it; above anything else (a read-aloud button), or
   * above a letter another body signs, it is the site's name.
   */
  @Test
  void theSitesRunnerRightAboveTheTitleIsTheLetterhead() {
    String footer = "主办:宝鸡市体育局\n";
    ReadResult letterhead = LayoutReaderTest.read("发布时间: 2024-05-30 08:56:13\n宝鸡市体育局\n"
        + TITLE + LETTER + footer);
    assertThat(letterhead.reply().issuer()).contains("宝鸡市体育局");
    assertThat(pageLines(letterhead)).doesNotContain("宝鸡市体育局");
    ReadResult site = LayoutReaderTest.read("宝鸡市体育局\n朗读\n" + TITLE + LETTER + footer);
    assertThat(pageLines(site)).contains("宝鸡市体育局");
    // a letter another body signs, below the site's banner (review F6): the banner is the page's
    ReadResult banner = LayoutReaderTest.read("某某县人民政府\n" + TITLE
        + "王五代表：\n您提出的建议收悉，现答复如下：已办。\n某某县交通运输局\n2024年5月6日\n"
        + "主办：某某县人民政府 承办：某某县大数据中心\n");
    assertThat(banner.reply().issuer()).contains("某某县交通运输局");
    assertThat(pageLines(banner)).contains("某某县人民政府");
  }

  /**
   * A name alone below a label whose value may be a body's name (主题词) is the letterhead when the
   * title below begins with it, the document number perhaps between; a topic below the label is
   * its value. (A name the title does not begin with stays the label's value: {@link
   * LeadingPageLinesTest#aNameBelowALabelThatNamesNoBodyIsTheLetterhead}.)
   */
  @Test
  void aNameTheTitleBelowBeginsWithIsTheLetterhead() {
    ReadResult r = LayoutReaderTest.read("索引号 01526376-3-/2022-0704004 发布机构 腾冲市人民政府\n主题词\n"
        + "腾冲市交通运输局\n腾交通〔2022〕13号\n腾冲市交通运输局关于对腾冲市人大第三届一次会议第29号建议的答复\n"
        + LETTER);
    assertThat(r.reply().issuer()).contains("腾冲市交通运输局");
    assertThat(pageLines(r)).doesNotContain("腾冲市交通运输局");
    String once = written(r);
    assertThat(written(LayoutReaderTest.read(once))).isEqualTo(once);
    ReadResult topic = LayoutReaderTest.read("索引号 01526376-3-/2022-0704004\n主题词\n道路 建议 答复\n"
        + TITLE + LETTER);
    assertThat(pageLines(topic)).contains("道路 建议 答复");
  }

  /**
   * A body's name alone right below a unit's label alone (承办单位, 主办单位: a record printed a cell
   * a line, corpus di 2181) is that label's value, the record's, not the letterhead: no issuer is
   * taken from it. Below any other line it heads the letter as before.
   */
  @Test
  void aNameBelowAUnitsLabelAloneIsTheRecordsValueNotTheLetterhead() {
    for (String label : new String[] {"承办单位", "主办单位", "承办单位 |"}) {
      ReadResult r = LayoutReaderTest.read(TITLE + label + "\n\n桓台县市场监督管理局\n" + LETTER);
      assertThat(r.reply().issuer()).as(label).isEmpty();
      assertThat(pageLines(r)).as(label).contains("桓台县市场监督管理局");
    }
    // a form's empty field (its colon, no value), a row of its own, and the body that replies
    // (答复单位) leave the name below it the letterhead (review)
    for (String label : new String[] {"", "协办单位：\n", "| 承办单位： | |\n", "答复单位\n"}) {
      ReadResult headed = LayoutReaderTest.read(TITLE + label + "桓台县市场监督管理局\n" + LETTER);
      assertThat(headed.reply().issuer()).as(label).contains("桓台县市场监督管理局");
    }
  }

  /**
   * A record printed a cell a line may print its row of labels first and its row of values below
   * (corpus ds 2387: 提议人 / 所属代表团 / 主办单位 / 协办单位 above 朱晓岚 / 第十六代表团 / 区教委 /
   * 区财政局): a body's name in that row of values is the record's, not the letterhead, and a
   * congress's delegation (第十六代表团) is no body's name at all.
   */
  @Test
  void aNameInARowOfValuesBelowARowOfUnitsLabelsIsTheRecords() {
    String record = "提议人\n\n所属代表团\n\n主办单位\n\n协办单位\n\n朱晓岚\n\n第十六代表团\n\n区教委\n\n区财政局\n\n";
    ReadResult r = LayoutReaderTest.read(record + "建议正文\n\n" + TITLE + LETTER);
    assertThat(r.reply().issuer()).isEmpty();
    assertThat(pageLines(r)).contains("区教委", "区财政局", "第十六代表团");
    // the row's last name right above the reply's title: the row's value or a letterhead below a
    // row with a cell left empty, no telling which (two reviews); the record's, the issuer is
    // left to the signature
    ReadResult above = LayoutReaderTest.read(record + TITLE + LETTER);
    assertThat(above.reply().issuer()).isEmpty();
    ReadResult signed = LayoutReaderTest.read(record + TITLE + LETTER + "重庆市江津区教育委员会\n");
    assertThat(signed.reply().issuer()).contains("重庆市江津区教育委员会");
    // more values than labels: no row of the record, the name below heads the letter
    ReadResult more = LayoutReaderTest.read("主办单位\n朱晓岚\n第十六代表团\n区教委\n" + TITLE + LETTER);
    assertThat(more.reply().issuer()).contains("区教委");
    // a row of labels none of which assigns the item: the name below heads the letter
    ReadResult other = LayoutReaderTest.read("提议人\n所属代表团\n朱晓岚\n区教委\n" + TITLE + LETTER);
    assertThat(other.reply().issuer()).contains("区教委");
    ReadResult delegation = LayoutReaderTest.read("第十六代表团\n" + TITLE + LETTER);
    assertThat(delegation.reply().issuer()).isEmpty();
    // the row's last name right above a title printed after the same name: the letter names its
    // issuer twice at its head, whatever row stands above (corpus ky 6144, as written)
    ReadResult twice = LayoutReaderTest.read(record + "区教委\n区教委关于区十七届人大一次会议第12号建议的答复\n"
        + LETTER);
    assertThat(twice.reply().issuer()).contains("区教委");
    assertThat(twice.report().lines().stream().filter(l -> l.number() == 17).findFirst()
        .orElseThrow().targets()).contains("issuer"); // the name alone below the row's 16 lines
  }
}
