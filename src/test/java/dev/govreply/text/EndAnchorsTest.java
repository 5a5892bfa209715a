package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.BlockKind;
import dev.govreply.model.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the end of a reply starts when the bottom-up scan of the end stops early on a line it does
 * not know ({@link EndAnchors}), read through the reader. A contact line is no anchor of its own:
 * a contact block printed in the body, or in the item's text a page appends below the reply, says
 * nothing of where the end is (found in review of a rule that anchored the end there: it moved the
 * body's measures out of the body, and took the deputy's own phone as the handler's).
 */
class EndAnchorsTest {

  private static Reply read(String... lines) {
    List<String> all = new ArrayList<>(List.of("张三代表：", "您提出的《关于拓宽乡村道路的建议》收悉，现答复如下："));
    all.addAll(List.of(lines));
    return LayoutReaderTest.read(String.join("\n", all)).reply();
  }

  /** Numbered measures below a contact line the body prints stay the body's. */
  @Test
  void measuresBelowAContactLineInTheBodyStayTheBodys() {
    Reply r = read("一、关于道路拓宽问题。我局已将该路段纳入计划，具体进展可向项目负责人咨询：",
        "联系人：王建军，联系电话：0730-8234567", "二、关于安全设施问题。我局将在急弯陡坡路段增设警示标志和防护栏。",
        "三、关于养护问题。由乡镇政府负责日常养护，我局加强督查。", "分享到：", "打印本页 关闭窗口");
    assertThat(r.body().measures()).hasSize(3);
    assertThat(r.contacts()).isEmpty();
    assertThat(r.unrecognized()).filteredOn(b -> b.kind() == BlockKind.UNKNOWN_TEXT).isEmpty();
  }

  /**
   * The deputy's phone in the item's text that a page prints below the reply is not the handler's
   * (the reply's end is not printed: no contact is read).
   */
  @Test
  void theDeputysPhoneInTheItemBelowTheReplyIsNoContact() {
    Reply r = read("我局已将该路段纳入明年计划。", "感谢您对我们工作的关心和支持。", "代表建议原文", "领衔代表：张三",
        "联系电话：13812345678", "我镇到县城的道路狭窄，雨天泥泞，群众出行不便，建议拓宽硬化。");
    assertThat(r.contacts()).isEmpty();
  }

  /**
   * The item as filed, printed below the reply's end with its label (案由：, 建议内容：, perhaps
   * letter-spaced) and no closing formula or signature below it, is not the body's: the date and
   * the contact above it are the end's (corpus jc 5186); so is each part of the item with its
   * label (背景：, 理由：, 建议：; corpus hj 4286, m 330, nb 7245). Without its label a long
   * paragraph there is the body's, and the date above it a date the body quotes.
   */
  @Test
  void theItemAsFiledBelowTheEndIsNotTheBodys() {
    for (String label : new String[] {"案 由:", "案由：", "建议内容：", "背景: ", "理由:", "建议:"}) {
      Reply r = read("我镇已将该路段纳入明年计划。", "", "某某镇人民政府", "2025年6月30日",
          "(联系人:辛保昌,联系电话:0533-5686075)", "", label + "我镇到县城的道路狭窄，雨天泥泞，群众出行不便。");
      assertThat(r.date()).as(label).hasValueSatisfying(d -> assertThat(d).hasToString("2025-06-30"));
      assertThat(r.contacts()).as(label).hasSize(1);
      assertThat(r.unrecognized()).as(label).anySatisfy(
          b -> assertThat(b.lines().get(0)).startsWith(label));
    }
    String text = "我镇到县城的道路狭窄，雨天泥泞，群众出行不便，我们将继续推进道路拓宽工程，力争明年完工。".repeat(6);
    Reply paragraph = read("我镇已将该路段纳入明年计划。", "", "某某镇人民政府", "2025年6月30日",
        "(联系人:辛保昌,联系电话:0533-5686075)", "", text);
    assertThat(paragraph.date()).isEmpty();
    Reply filed = read("我镇已将该路段纳入明年计划。", "", "某某镇人民政府", "2025年6月30日",
        "(联系人:辛保昌,联系电话:0533-5686075)", "", "案由：" + text);
    assertThat(filed.date()).isPresent();
  }

  /**
   * Below a letter that closed (感谢…关心和支持) right above its end, a long paragraph without label
   * is text the page appends (the item as filed), not the body's: the signature and date are the
   * end's (corpus nu 7624, unseen), and so is a date alone. Without the closing above the end, the
   * same paragraph makes the date one the body quotes (as above).
   */
  @Test
  void aParagraphBelowAClosedAndSignedLetterIsNotTheBodys() {
    String text = "我镇到县城的道路狭窄，雨天泥泞，群众出行不便，我们将继续推进道路拓宽工程，力争明年完工。".repeat(6);
    Reply r = read("我镇已将该路段纳入明年计划。", "感谢您对我们工作的关心和支持，希望继续予以监督和指导。", "",
        "某某镇人民政府", "", "2025年6月30日", "", text);
    assertThat(r.date()).hasValueSatisfying(d -> assertThat(d).hasToString("2025-06-30"));
    assertThat(r.signature()).isPresent();
    assertThat(r.unrecognized()).anySatisfy(b -> assertThat(b.lines().get(0)).isEqualTo(text));
    Reply unsigned = read("我镇已将该路段纳入明年计划。", "感谢您对我们工作的关心和支持。", "", "2025年6月30日", "",
        text);
    assertThat(unsigned.date()).isPresent();
    Reply open = read("我镇已将该路段纳入明年计划。", "", "某某镇人民政府", "", "2025年6月30日", "", text);
    assertThat(open.date()).isEmpty();
    // not a quoted reply's end with this year's answer below it, nor a measure below an end (review
    // of cf1054f7): two paragraphs, or a numbered one, below it are the body's
    Reply quoted = read("去年我局已就此答复如下：", "感谢您对交通工作的关心和支持。", "某某县交通运输局", "2023年3月1日",
        text, text);
    assertThat(quoted.date()).isEmpty();
    Reply measure = read("一、已办。", "特此答复。", "某某县交通运输局", "2023年3月1日", "二、" + text);
    assertThat(measure.date()).isEmpty();
  }

  /** A closing paragraph the closing formulas miss, below a contact line, stays the body's. */
  @Test
  void aClosingBelowAContactLineStaysTheBodys() {
    for (String closing : new String[] {"此复。", "谢谢您对我们工作的关心和支持！", "您对答复如有意见，请及时反馈。"}) {
      Reply r = read("我局已将该路段纳入明年计划。", "联系人：王建军，联系电话：0730-8234567", closing, "分享到：");
      assertThat(r.unrecognized()).as(closing).filteredOn(b -> b.kind() == BlockKind.UNKNOWN_TEXT)
          .isEmpty();
    }
  }

  /**
   * An attachment's heading alone below the end (附件, then a list of answers as a table) starts
   * the attachment: the date, contacts and copy-to above it are the end's (corpus hn 4366), however
   * long the attachment's paragraphs. A heading right below a date alone is no such start: the body
   * may quote a notice and its date (review of 27938994); nor is one with a closing formula or a
   * body's name alone below it.
   */
  @Test
  void anAttachmentsHeadingBelowTheEndStartsTheAttachment() {
    String measures = "近年来，我市积极开展道路拓宽工作，" + "一是开展调查摸底，二是落实建设资金，三是加强工程监管。".repeat(12);
    Reply r = read("我局已将该路段纳入明年计划。", "感谢您对我们工作的关心和支持！", "附件：建议答复清单",
        "2025年7月25日", "签发领导：周杏连", "联系人及电话：徐敏刚 13576223288", "抄送：市人大代表工委。", "附件",
        "建议答复清单", "| 已完成的事项 |", measures);
    assertThat(r.date()).hasValueSatisfying(d -> assertThat(d).hasToString("2025-07-25"));
    assertThat(r.contacts()).hasSize(2);
    assertThat(r.copyTo()).containsExactly("市人大代表工委");
    assertThat(r.unrecognized()).filteredOn(b -> b.kind() == BlockKind.UNKNOWN_TEXT)
        .flatExtracting(b -> b.lines()).contains("附件", measures);
    assertThat(r.body().toString()).doesNotContain("调查摸底");

    Reply bare = read("县政府已印发通知，全文如下：", "2025年3月1日", "附件", "道路拓宽计划表", measures,
        "我局将按照通知要求抓好落实。", "分享到：");
    assertThat(bare.date()).isEmpty();
    assertThat(bare.body().toString()).contains("调查摸底", "抓好落实");

    Reply quoting = read("县政府已印发通知：", "2025年3月1日", "附件", measures, "感谢您对我们工作的关心和支持！",
        "县交通运输局", "分享到：");
    assertThat(quoting.date()).isEmpty();
    assertThat(quoting.body().toString()).contains("调查摸底");
  }

  /**
   * The attachment the end describes (附件：巴南区政协提案办理答复清单 above the signature) starts at
   * its label below the date, the label alone with the attachment's title right below it (corpus
   * lc 6228, iy 5103), whatever the attachment's table prints further down: a body's name alone in
   * a cell (区生态环境局) no longer makes the date above the body's. A label alone naming another
   * attachment is no such start.
   */
  @Test
  void theAttachmentTheEndDescribesStartsAtItsLabelBelowTheDate() {
    String form = String.join("\n", "提案号", "235", "承办单位", "区生态环境局", "采纳落实情况", "已采纳",
        "6月13日下午,区生态环境局领导带队到市生态环境局对接申报工作,研究了我区申报的有关问题。");
    Reply r = read("我局将继续推进相关工作。", "附件：巴南区政协提案办理答复清单", "重庆市巴南区生态环境局",
        "2023年06月14日", "附件：", "巴南区政协提案办理答复清单", form);
    assertThat(r.date()).hasValueSatisfying(d -> assertThat(d).hasToString("2023-06-14"));
    assertThat(r.signature()).contains("重庆市巴南区生态环境局");
    assertThat(r.notes()).containsExactly("附件：巴南区政协提案办理答复清单");
    assertThat(r.unrecognized()).flatExtracting(b -> b.lines())
        .contains("附件：", "巴南区政协提案办理答复清单", "区生态环境局");

    Reply other = read("我局将继续推进相关工作。", "附件：巴南区政协提案办理答复清单", "重庆市巴南区生态环境局",
        "2023年06月14日", "附件：", "征询意见表", form);
    assertThat(other.date()).isEmpty();
  }
}
