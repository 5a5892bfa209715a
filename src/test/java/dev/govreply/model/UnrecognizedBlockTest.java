package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class UnrecognizedBlockTest {

  /** The page metadata heading 14-baoji-sthj-ta225, as captured from the web. */
  private static final List<String> METADATA = List.of(
      "索引号: 010805312/2019-00088 | 发布机构: 宝鸡市环境保护局 |",
      "生成日期: 2019-05-09 | 公开方式: 主动公开 |",
      "公开范围: 面向全社会 |");

  private static UnrecognizedBlock metadata() {
    return UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1, METADATA);
  }

  private static MalformedValueException malformed(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(MalformedValueException.class);
    return (MalformedValueException) t;
  }

  @Test
  void ofKeepsKindFirstLineAndLinesVerbatim() {
    UnrecognizedBlock block = metadata();
    assertThat(block.kind()).isEqualTo(BlockKind.PAGE_METADATA);
    assertThat(block.firstLine()).isEqualTo(1);
    assertThat(block.lines()).containsExactlyElementsOf(METADATA);
  }

  @Test
  void placementIsTheKindsUsualUnlessSet() {
    assertThat(metadata().placement()).isEqualTo(BlockPlacement.HEAD);
    assertThat(UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 9, List.of("分享")).placement())
        .isEqualTo(BlockPlacement.FOOT);
    UnrecognizedBlock above = UnrecognizedBlock.builder().kind(BlockKind.UNKNOWN_TEXT)
        .placement(BlockPlacement.HEAD).firstLine(4).addLine("下载本页 打印").build();
    assertThat(above.placement()).isEqualTo(BlockPlacement.HEAD);
    assertThat(BlockPlacement.usual(BlockKind.PAGE_METADATA)).isEqualTo(BlockPlacement.HEAD);
    assertThat(BlockPlacement.usual(BlockKind.UNKNOWN_TEXT)).isEqualTo(BlockPlacement.FOOT);
  }

  @Test
  void placementIsPartOfTheValueAndKeptByTheOtherCopies() {
    UnrecognizedBlock footer = metadata().withPlacement(BlockPlacement.FOOT);
    assertThat(footer.placement()).isEqualTo(BlockPlacement.FOOT);
    assertThat(footer).isNotEqualTo(metadata());
    UnrecognizedBlock header = metadata();
    assertThat(header.withPlacement(BlockPlacement.HEAD)).isSameAs(header);
    // another kind or first line keeps where the block stood
    assertThat(footer.withKind(BlockKind.UNKNOWN_TEXT).placement()).isEqualTo(BlockPlacement.FOOT);
    assertThat(metadata().withKind(BlockKind.UNKNOWN_TEXT).placement())
        .isEqualTo(BlockPlacement.HEAD);
    assertThat(footer.withFirstLine(30).placement()).isEqualTo(BlockPlacement.FOOT);
    assertThat(UnrecognizedBlock.builder().from(footer).build()).isEqualTo(footer);
  }

  @Test
  void builderAddsLinesInOrder() {
    UnrecognizedBlock block = UnrecognizedBlock.builder()
        .kind(BlockKind.UNKNOWN_TEXT)
        .firstLine(74)
        .addLine("（此件主动公开）")
        .addLines("", "平江县人民政府办公室  2024年5月20日印发")
        .build();
    assertThat(block.lines()).containsExactly("（此件主动公开）", "", "平江县人民政府办公室  2024年5月20日印发");
  }

  @Test
  void lastLineIsFirstLinePlusLinesMinusOne() {
    assertThat(metadata().lastLine()).isEqualTo(3);
    assertThat(UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 42, List.of("附件：征询意见表")).lastLine())
        .isEqualTo(42);
    assertThat(UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 10, List.of("a", "b", "c", "d")).lastLine())
        .isEqualTo(13);
  }

  @Test
  void missingKindIsNamed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> UnrecognizedBlock.builder().firstLine(1).addLine("索引号").build())
        .withMessageContaining("kind")
        .withMessageNotContaining("firstLine");
  }

  @Test
  void missingFirstLineIsNamed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> UnrecognizedBlock.builder().kind(BlockKind.UNKNOWN_TEXT).addLine("索引号").build())
        .withMessageContaining("firstLine")
        .withMessageNotContaining("kind");
  }

  @Test
  void missingKindAndFirstLineAreBothNamed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> UnrecognizedBlock.builder().addLine("索引号").build())
        .withMessageContaining("kind")
        .withMessageContaining("firstLine");
  }

  @Test
  void firstLineZeroIsMalformed() {
    MalformedValueException e =
        malformed(() -> UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 0, List.of("索引号")));
    assertThat(e.field()).isEqualTo("unrecognized.firstLine");
    assertThat(e.text()).isEqualTo("0");
    assertThat(e.index()).isEqualTo(0);
  }

  @Test
  void negativeFirstLineIsMalformed() {
    MalformedValueException e =
        malformed(() -> UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, -3, List.of("索引号")));
    assertThat(e.field()).isEqualTo("unrecognized.firstLine");
    assertThat(e.text()).isEqualTo("-3");
  }

  @Test
  void noLinesIsMalformed() {
    MalformedValueException e =
        malformed(() -> UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 5, List.of()));
    assertThat(e.field()).isEqualTo("unrecognized.lines");
    assertThat(e.text()).isEqualTo("[]");
    assertThat(e.index()).isEqualTo(-1);
    assertThat(e.reason()).contains("empty");
  }

  @Test
  void blankLinesAreAllowed() {
    UnrecognizedBlock block = UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 7, List.of("", "   ", "　"));
    assertThat(block.lines()).containsExactly("", "   ", "　");
    assertThat(block.lastLine()).isEqualTo(9);
  }

  @Test
  void lineFeedInALineIsMalformedWithItsPosition() {
    MalformedValueException e = malformed(() -> UnrecognizedBlock.of(
        BlockKind.PAGE_METADATA, 1, List.of("索引号: 010805312/2019-00088", "发布机构:\n宝鸡市环境保护局")));
    assertThat(e.field()).isEqualTo("unrecognized.lines[1]");
    assertThat(e.text()).isEqualTo("发布机构:\n宝鸡市环境保护局");
    assertThat(e.index()).isEqualTo(5);
  }

  @Test
  void carriageReturnInALineIsMalformed() {
    MalformedValueException e = malformed(
        () -> UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 1, List.of("公开方式: 主动公开\r")));
    assertThat(e.field()).isEqualTo("unrecognized.lines[0]");
    assertThat(e.index()).isEqualTo(10);
  }

  @Test
  void linesAreUnmodifiableAndDetachedFromTheInput() {
    List<String> input = new ArrayList<>(METADATA);
    UnrecognizedBlock block = UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1, input);
    input.add("类 别:B");
    input.set(0, "changed");
    assertThat(block.lines()).containsExactlyElementsOf(METADATA);
    assertThatThrownBy(() -> block.lines().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> block.lines().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sameKindFirstLineAndLinesAreEqual() {
    UnrecognizedBlock a = metadata();
    UnrecognizedBlock b = UnrecognizedBlock.builder()
        .kind(BlockKind.PAGE_METADATA).firstLine(1).addAllLines(new ArrayList<>(METADATA)).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }

  @Test
  void anyDifferingPartMakesBlocksUnequal() {
    UnrecognizedBlock base = metadata();
    assertThat(UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 1, METADATA)).isNotEqualTo(base);
    assertThat(UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 2, METADATA)).isNotEqualTo(base);
    assertThat(UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1, METADATA.subList(0, 2)))
        .isNotEqualTo(base);
    assertThat(UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1,
        List.of(METADATA.get(0), METADATA.get(1), "公开范围: 依申请公开 |"))).isNotEqualTo(base);
    assertThat(UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1,
        List.of(METADATA.get(2), METADATA.get(1), METADATA.get(0)))).isNotEqualTo(base);
  }

  @Test
  void fromCopiesAllParts() {
    UnrecognizedBlock base = metadata();
    assertThat(UnrecognizedBlock.builder().from(base).build()).isEqualTo(base);
  }
}
