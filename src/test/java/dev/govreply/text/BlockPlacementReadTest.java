package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.BlockKind;
import dev.govreply.model.BlockPlacement;
import dev.govreply.model.Reply;
import dev.govreply.model.UnrecognizedBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader records where each unrecognized block stood, as seen from the letter (above its
 * salutation, or its body when it has none, or from there on), and the writer puts it back there:
 * text the page prints above the letter never ends up after the letter's last paragraph, where a
 * second read would take it for more of that paragraph.
 */
class BlockPlacementReadTest {

  /** A captured page: its header with widgets above the letter, the letter cut mid-sentence. */
  private static final String PAGE = """
      关于对县十七届人大四次会议116号代表建议的答复
      来源:某某县 发布时间:2021-06-15 15:54 浏览次数:
      分享
      下载本页 打印
      王五代表:
      您提出的建议收悉,现答复如下:
      旗政府会积极向上级申请专项资金用于苏木乡镇环境整治
      """;

  @Test
  void textAboveTheSalutationIsTheHeadsAndTextBelowItTheFoots() {
    Reply r = LayoutReaderTest.read(PAGE + "  2021615\n主办:某某县人民政府 承办:某某县政府办公室\n").reply();
    assertThat(r.unrecognized()).extracting(UnrecognizedBlock::firstLine,
        UnrecognizedBlock::kind, UnrecognizedBlock::placement).containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, BlockKind.PAGE_METADATA, BlockPlacement.HEAD),
            org.assertj.core.groups.Tuple.tuple(3, BlockKind.UNKNOWN_TEXT, BlockPlacement.HEAD),
            org.assertj.core.groups.Tuple.tuple(8, BlockKind.UNKNOWN_TEXT, BlockPlacement.FOOT),
            org.assertj.core.groups.Tuple.tuple(9, BlockKind.PAGE_METADATA, BlockPlacement.FOOT));
  }

  @Test
  void theHeadsTextStaysAboveTheLetterSoItsLastParagraphStaysWhole() {
    ReadResult once = LayoutReaderTest.read(PAGE);
    String written = ReplyTextWriter.standard().write(once.reply());
    assertThat(written).startsWith("来源:某某县 发布时间:2021-06-15 15:54 浏览次数:\n");
    assertThat(written.indexOf("分享")).isLessThan(written.indexOf("王五代表"));
    Reply twice = LayoutReaderTest.read(written).reply();
    assertThat(twice.body().context()).containsExactly("旗政府会积极向上级申请专项资金用于苏木乡镇环境整治");
    assertThat(ReplyTextWriter.standard().write(twice)).isEqualTo(written);
  }

  @Test
  void withoutSalutationTheBodyStartsTheLetter() {
    Reply r = LayoutReaderTest.read("""
        发布时间:2021-06-15
        分享
        您提出的建议收悉,现答复如下:
        已办。
        2021615
        """).reply();
    assertThat(r.unrecognized()).extracting(UnrecognizedBlock::placement)
        .containsExactly(BlockPlacement.HEAD, BlockPlacement.FOOT);
    assertThat(r.unrecognized()).extracting(UnrecognizedBlock::lines)
        .isEqualTo(List.of(List.of("发布时间:2021-06-15", "分享"), List.of("2021615")));
  }
}
