package dev.govreply.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static final Words COLLECTIVE = Words.of("小组", "代表团", "委员会", "全体代表", "工商联");

  @Test
  void findsAWordAnywhereOnlyWhereItIs() {
    assertThat(COLLECTIVE.in("雨露乡委员小组：")).isTrue();
    assertThat(COLLECTIVE.in("民盟市委员会")).isTrue();
    assertThat(COLLECTIVE.in("您提出的建议收悉")).isFalse();
    assertThat(COLLECTIVE.in("")).isFalse();
    assertThat(COLLECTIVE.in("小")).isFalse(); // a word's first character alone is no word
  }

  @Test
  void givesTheLeftmostWordFromAnIndex() {
    String t = "市工商联与代表团";
    assertThat(COLLECTIVE.indexIn(t, 0)).isEqualTo(1);
    assertThat(COLLECTIVE.indexIn(t, 2)).isEqualTo(5);
    assertThat(COLLECTIVE.indexIn(t, 6)).isEqualTo(-1);
  }

  @Test
  void triesTheWordsInTheirOrderAtAStart() {
    Words ends = Words.of("答复函", "答复", "复函");
    assertThat(ends.startingAt("答复函", 0)).isEqualTo("答复函");
    assertThat(ends.startingAt("答复如下", 0)).isEqualTo("答复");
    assertThat(ends.startingAt("答复函", 1)).isEqualTo("复函");
    assertThat(ends.startingAt("答复函", 3)).isNull();
    assertThat(ends.startOf("复函")).isTrue();
    assertThat(ends.startOf("回复")).isFalse();
    assertThat(ends.endOf("关于…的答复函")).isEqualTo("答复函");
    assertThat(ends.endOf("关于…的答复")).isEqualTo("答复");
    assertThat(ends.endOf("关于…的回复")).isNull();
    assertThat(ends.endOf("")).isNull();
  }

  @Test
  void answersAsTheWordsAskedOneByOneDo() {
    List<String> list = List.of("小组", "代表团", "代表", "委员会", "委员", "全体代表", "工商联", "界别");
    Words words = Words.of(list);
    String alphabet = "小组代表团委员会全体工商联界别市县的，。";
    Random random = new Random(12);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = sb.toString();
      int leftmost = -1;
      for (String w : list) {
        int at = t.indexOf(w);
        if (at >= 0 && (leftmost < 0 || at < leftmost)) {
          leftmost = at;
        }
      }
      assertThat(words.indexIn(t, 0)).as(t).isEqualTo(leftmost);
      assertThat(words.in(t)).as(t).isEqualTo(leftmost >= 0);
      assertThat(words.startOf(t)).as(t).isEqualTo(list.stream().anyMatch(t::startsWith));
      assertThat(words.startingAt(t, 0)).as(t)
          .isEqualTo(list.stream().filter(t::startsWith).findFirst().orElse(null));
      assertThat(words.endOf(t) != null).as(t).isEqualTo(list.stream().anyMatch(t::endsWith));
    }
  }

  @Test
  void refusesAnEmptyWord() {
    assertThatThrownBy(() -> Words.of("小组", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }
}
