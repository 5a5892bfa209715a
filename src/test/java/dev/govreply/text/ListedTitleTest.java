package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.MotionKind;
import org.junit.jupiter.api.Test;

/**
 * A reply's title printed as the last item of a portal's list above the letter (corpus dq 2342,
 * ax 926): the page's heading, read as a title; other list items stay the page's.
 */
class ListedTitleTest {
  private static final String LETTER =
      "俞先才代表:\n关于您提出的“统一安装公交候车点候车亭”的建议已收悉,现答复如下:\n已办。\n";

  @Test
  void theLastItemOfTheListThatIsATitleIsTheTitle() {
    ReadResult r = LayoutReaderTest.read("• 网站支持IPv6\n  • 004(1).对区十七届人大一次会议第04-1号建议的办理答复\n"
        + "    发布时间:2022-11-25 11:23  来源: 某某公司\n\n" + LETTER);
    assertThat(r.reply().title()).contains("对区十七届人大一次会议第04-1号建议的办理答复");
    assertThat(r.reply().motion().flatMap(m -> m.session()).map(Object::toString)).contains("区十七届人大一次会议");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("04-1");
    assertThat(r.report().lines().get(1).markup()).containsExactly("• 004(1).");
    // the page's lines around it stay the page's
    assertThat(r.reply().unrecognized()).flatExtracting(b -> b.lines())
        .containsExactly("• 网站支持IPv6", "    发布时间:2022-11-25 11:23  来源: 某某公司");
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply()))
        .isEqualTo(once);
  }

  @Test
  void aListedTitleNamesItsIssuerAndKind() {
    ReadResult r = LayoutReaderTest.read(
        "  • 登录 | 注册\n  • 平陆县卫生健康和体育局关于县政协十一届二次会议第5号提案的答复\n\n"
            + "    信息索引号 发布时间 2022-11-22\n\n梁晶委员:\n  关于您5号提案提出的“关于加强近视防控的建议”问题,"
            + "我局高度重视。\n");
    assertThat(r.reply().issuer()).contains("平陆县卫生健康和体育局");
    assertThat(r.reply().motion().orElseThrow().kind()).contains(MotionKind.PROPOSAL);
    assertThat(r.reply().motion().flatMap(m -> m.session()).map(Object::toString)).contains("县政协十一届二次会议");
  }

  /**
   * A list of replies is no heading: an item with another item below it, a list item that is no
   * title, and a title with more words after it stay the page's.
   */
  @Test
  void otherListItemsStayThePages() {
    ReadResult list = LayoutReaderTest.read("• 对区十七届人大一次会议第3号建议的答复\n"
        + "• 对区十七届人大一次会议第4号建议的答复\n\n" + LETTER);
    assertThat(list.reply().title()).isEmpty();
    ReadResult item = LayoutReaderTest.read("• 人大代表建议回复\n\n" + LETTER);
    assertThat(item.reply().title()).isEmpty();
    ReadResult more = LayoutReaderTest.read("• 对区十七届人大一次会议第4号建议的答复 2022-06-27\n\n" + LETTER);
    assertThat(more.reply().title()).isEmpty();
  }

  /**
   * A list of links above the letter is no heading (review): an item under a heading of links
   * (热点推荐, 相关文章), and the items of a list that prints each item's date below it, stay the
   * page's; the letter's own values stand.
   */
  @Test
  void aListOfLinksIsNoHeading() {
    String signed = "张三代表:\n您提出的关于加强农村公路养护的建议收悉,现答复如下:\n已办。\n某某县交通运输局\n2022年6月27日\n";
    for (String heading : new String[] {"热点推荐", "相关文章:"}) {
      ReadResult r = LayoutReaderTest.read(heading
          + "\n  • 市交通运输局关于市政协八届一次会议第83号提案的答复\n    2022-06-20\n" + signed);
      assertThat(r.reply().title()).as(heading).isEmpty();
      assertThat(r.reply().issuer()).as(heading).contains("某某县交通运输局");
      assertThat(r.reply().motion().flatMap(m -> m.number())).as(heading).isEmpty();
    }
    ReadResult dated = LayoutReaderTest.read("  • 对县十七届人大一次会议第3号建议的答复\n    2022-06-20\n"
        + "  • 对县十七届人大一次会议第4号建议的答复\n    2022-06-21\n\n" + signed);
    assertThat(dated.reply().title()).isEmpty();
    assertThat(dated.reply().motion().flatMap(m -> m.number())).isEmpty();
  }

  /**
   * A page's buttons listed below its heading (• 打印本页) and a navigation path above it are no list
   * of links (second review): the heading is read.
   */
  @Test
  void buttonsAndPathsLeaveTheHeading() {
    String letter = "张三代表:\n您提出的关于加强农村公路养护的建议收悉,现答复如下:\n已办。\n";
    ReadResult buttons = LayoutReaderTest.read("• 对县十七届人大一次会议第4号建议的答复\n2022-06-20\n• 打印本页\n"
        + "• 关闭窗口\n" + letter);
    assertThat(buttons.reply().motion().flatMap(m -> m.number())).contains("4");
    ReadResult path = LayoutReaderTest.read("当前位置:首页>最新动态\n• 对县十七届人大一次会议第4号建议的答复\n" + letter);
    assertThat(path.reply().motion().flatMap(m -> m.number())).contains("4");
  }

  /**
   * A heading of links in brackets or with arrows (【相关链接】, 相关文章 >>), and a list that holds
   * another plain link below the title, name no page heading (third review).
   */
  @Test
  void bracketedHeadingsAndLinksBelowNameNoHeading() {
    String letter = "张三代表:\n您提出的关于加强农村公路养护的建议收悉,现答复如下:\n已办。\n";
    for (String heading : new String[] {"【相关链接】", "相关文章 >>", "[相关阅读]", "更多>>", "最新信息"}) {
      ReadResult r = LayoutReaderTest.read(heading + "\n• 县交通运输局2024年工作要点\n"
          + "• 关于县十七届人大二次会议第15号建议的答复\n" + letter);
      assertThat(r.reply().motion().flatMap(m -> m.number())).as(heading).isEmpty();
    }
    ReadResult nav = LayoutReaderTest.read("• 政府信息公开指南\n• 关于县十七届人大二次会议第15号建议的答复\n"
        + "• 政府信息公开年报\n" + letter);
    assertThat(nav.reply().motion().flatMap(m -> m.number())).isEmpty();
  }
}
