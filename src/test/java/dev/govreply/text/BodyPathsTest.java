package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.ChineseNumerals;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The paths a body's lines are targeted to are {@code prefix + index + "]"} for every index, and
 * a second read of the same text targets the same paths (reads share no state).
 */
class BodyPathsTest {

  private static final int N = 40;

  @Test
  void pathsAreThePrefixAndTheIndexBelowAndAboveTheKeptOnes() {
    StringBuilder sb = new StringBuilder("您提出的建议收悉，现答复如下：\n");
    for (int i = 0; i < N; i++) {
      sb.append("第").append(i).append("段背景。\n");
    }
    for (int i = 0; i < N; i++) {
      sb.append(ChineseNumerals.format(i + 1)).append("、标题").append(i).append("。一是甲。二是乙。\n");
    }
    for (int i = 0; i < N; i++) {
      sb.append("感谢").append(i).append("。\n");
    }
    for (int round = 0; round < 2; round++) { // the second read as the first
      BodyReaderTest.Read r = BodyReaderTest.read(sb.toString());
      List<LineRecord> lines = r.report().lines();
      assertThat(r.body().measures()).hasSize(N);
      assertThat(r.body().closing()).hasSize(N);
      for (int i = 0; i < N; i++) {
        assertThat(lines.get(1 + i).targets()).containsExactly("body.context[" + i + "]");
        String m = "body.measures[" + i + "]";
        assertThat(lines.get(1 + N + i).targets())
            .containsExactly(m, m + ".points[0]", m + ".points[1]");
        assertThat(lines.get(1 + 2 * N + i).targets()).containsExactly("body.closing[" + i + "]");
      }
    }
  }
}
