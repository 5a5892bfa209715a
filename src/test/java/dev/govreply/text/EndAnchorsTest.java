package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.BlockKind;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The end of a reply found by its anchors ({@link EndAnchors}) when the bottom-up scan of the end
 * stopped early, read through the public reader: here, an end printed with neither signature nor
 * date, anchored by its contacts.
 */
class EndAnchorsTest {

  private static final List<String> LETTER = List.of("樊宗安代表:",
      "您提出的“关于增加村卫生室医疗设备和药品数量的建议”,经认真办理,现答复如下:",
      "史院乡辖区有9个村委会,每个村设置都有村卫生室,下一步将合理利用医疗设备。",
      "最后感谢您对我们工作的关心和支持。");

  /** The page's prompt and form below the letter (corpus dj 2206, an Anhui portal's). */
  private static final List<String> FORM = List.of(
      "为进一步了解掌握社会公众对政策执行效果的反馈与评价,请您对该政策的制定及执行提出宝贵的意见或建议。",
      "  • 姓  名:", "  • 联系方式:", "  • *内  容:", "  • *验 证 码:");

  private static Reply read(List<String> end) {
    List<String> lines = new java.util.ArrayList<>(LETTER);
    lines.addAll(end);
    lines.addAll(FORM);
    return LayoutReaderTest.read(String.join("\n", lines)).reply();
  }

  /**
   * A web copy that prints the contacts last, with neither signature nor date, above a page's
   * prompt and form: the contacts anchor the end, so the class and the contacts are read, and the
   * prompt is kept as text not placed, not as the body's.
   */
  @Test
  void contactsPrintedLastAnchorAnEndWithNeitherSignatureNorDate() {
    Reply r = read(List.of("办复类别:B类", "联系电话:0554-2138120", "联 系 人:杨冬"));
    assertThat(r.resultClass()).contains(ResultClass.B);
    assertThat(r.contacts()).singleElement().satisfies(c -> {
      assertThat(c.role()).isEqualTo(ContactRole.HANDLER);
      assertThat(c.name()).contains("杨冬");
      assertThat(c.phone()).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("0554-2138120"));
    });
    assertThat(r.body().closing()).containsExactly("最后感谢您对我们工作的关心和支持。");
    assertThat(r.unrecognized()).filteredOn(b -> b.kind() == BlockKind.UNKNOWN_TEXT)
        .flatExtracting(b -> b.lines()).containsExactly(FORM.get(0));
  }

  /**
   * The contacts anchor nothing when the body goes on below them (a closing formula), nor when a
   * line below them may be a line of theirs damaged in capture (a label that lost its first
   * characters, a phone's digits, a colon whose label was lost): the contacts would be read short
   * of one. The body keeps them, as before.
   */
  @Test
  void contactsAnchorNothingWithTheBodyOrADamagedContactBelowThem() {
    for (String below : new String[] {"感谢您对我们工作的关心和支持。", "人姓名:叶方雄   联系电话:13593935737",
        "联:(03556015222", ": 孟炜"}) {
      Reply r = read(List.of("办复类别:B类", "联系人:杨冬 联系电话:0554-2138120", below));
      assertThat(r.contacts()).as(below).isEmpty();
      assertThat(r.resultClass()).as(below).isEmpty();
    }
  }

  /** More than three lines the end does not know below the contacts: they were the body's. */
  @Test
  void contactsAnchorNothingAboveMoreThanThreeUnknownLines() {
    Reply r = read(List.of("联系人:杨冬 联系电话:0554-2138120", "一是加强村医培训。", "二是补齐设备。",
        "三是协调药品配送。", "四是加强督查。"));
    assertThat(r.contacts()).isEmpty();
  }
}
