package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A paragraph of the body knows where each of its characters was printed, after its lines are
 * joined and characters are removed, and records each of its source lines.
 */
class ParaTest {

  @Test
  void aLineKeptAsItIsIsTheLinesOwnText() {
    String text = "您提出的建议收悉。";
    Para p = Para.of(new Line(3, 5, text));
    assertThat(p.text()).isSameAs(text);
    assertThat(Para.join(List.of(p)).text()).isSameAs(text);
    assertThat(p.line(0)).isEqualTo(3);
    assertThat(p.col(0)).isEqualTo(5);
    assertThat(p.col(8)).isEqualTo(13);
  }

  @Test
  void joinedLinesWithCharactersRemovedKeepTheirSourcePositions() {
    Para a = Para.of(new Line(2, 1, "　牵头 16 家")).strip(0, 8); // 牵头 16 家
    Para b = Para.of(new Line(4, 3, "部门。"));
    // drop the two spaces around 16: indices 2 and 5 of 牵头 16 家部门。
    Para p = Para.join(List.of(a, b), new int[] {2, 3, 5, 6}, 4);
    assertThat(p.text()).isEqualTo("牵头16家部门。");
    int[][] expected = {{2, 2}, {2, 3}, {2, 5}, {2, 6}, {2, 8}, {4, 3}, {4, 4}, {4, 5}};
    for (int i = 0; i < expected.length; i++) {
      assertThat(new int[] {p.line(i), p.col(i)}).as("char %d", i).containsExactly(expected[i]);
    }
    Para part = p.sub(3, 7); // 6家部门
    assertThat(part.text()).isEqualTo("6家部门");
    assertThat(part.line(0)).isEqualTo(2);
    assertThat(part.col(1)).isEqualTo(8);
    assertThat(part.col(2)).isEqualTo(3);
    assertThat(part.lineAt(99)).isEqualTo(4);
  }

  @Test
  void theSimplifiedViewReadsEachCharacterSimplifiedAtTheSamePlace() {
    Para p = Para.of(new Line(5, 1, "感謝您對我們工作的關心。"));
    Para s = p.simplified();
    assertThat(s.length()).isEqualTo(p.length());
    assertThat(s.charAt(1)).isEqualTo('谢');
    assertThat(s.text()).isEqualTo("感谢您对我们工作的关心。");
    assertThat(s.sub(3, 6).toString()).isEqualTo("对我们");
    assertThat(s.col(3)).isEqualTo(p.col(3));
    assertThat(p.text()).isEqualTo("感謝您對我們工作的關心。"); // the paragraph itself is as printed
    assertThat(Formulas.startsWithClosingFormula(new ReadContext(List.of()), p)).isTrue();
  }

  @Test
  void closingUpRemovesRangesAndKeepsPositions() {
    Para p = Para.of(new Line(7, 1, "**一是**加强。")).closeUp(new int[] {0, 2, 4, 6}, 4);
    assertThat(p.text()).isEqualTo("一是加强。");
    assertThat(p.col(0)).isEqualTo(3);
    assertThat(p.col(2)).isEqualTo(7);
    assertThat(p.line(4)).isEqualTo(7);
  }

  @Test
  void aParagraphIsTargetedOnceForEachOfItsLines() {
    ReadContext ctx = new ReadContext(List.of("一", "二", "三", "四"));
    Para p = Para.join(List.of(
        Para.of(new Line(1, 1, "甲 乙")).closeUp(new int[] {1, 2}, 2),
        Para.of(new Line(2, 1, "丙")),
        Para.of(new Line(4, 1, "丁戊"))));
    assertThat(p.text()).isEqualTo("甲乙丙丁戊");
    p.sub(1, 5).target(ctx, "body.context[0]");
    p.sub(0, 1).target(ctx, "body.context[1]");
    List<LineRecord> lines = ctx.report(StandardCharsets.UTF_8).lines();
    assertThat(lines.get(0).targets()).containsExactly("body.context[0]", "body.context[1]");
    assertThat(lines.get(1).targets()).containsExactly("body.context[0]");
    assertThat(lines.get(2).targets()).isEmpty();
    assertThat(lines.get(3).targets()).containsExactly("body.context[0]");
  }
}
