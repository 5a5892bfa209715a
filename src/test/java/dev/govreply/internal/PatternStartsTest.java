package dev.govreply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternStartsTest {

  @Test
  void findsTheFirstCharactersOfTheWordsAPatternBeginsWith() {
    Pattern closing = Pattern.compile("(再次|衷心)?感谢|特此(答复)?|此致");
    assertThat(PatternStarts.of(closing, false)).isEqualTo("再衷感特此");
  }

  @Test
  void asksTheOtherCaseWhenTold() {
    Pattern marker = Pattern.compile("[转轉]|分[机機]|(?i:ext)[.:：]*");
    assertThat(PatternStarts.of(marker, true)).isEqualTo("转轉分eE");
    assertThat(PatternStarts.of(marker, false)).isEqualTo("转轉分e");
  }

  @Test
  void everyTextAMatchBeginsInStartsWithOne() {
    Pattern closing = Pattern.compile("(再次|衷心)?感谢|特此(答复)?|此致");
    String starts = PatternStarts.of(closing, false);
    for (String t : new String[] {"再次感谢您", "衷心感谢", "感谢", "特此答复", "此致"}) {
      assertThat(closing.matcher(t).lookingAt()).isTrue();
      assertThat(starts.indexOf(t.charAt(0))).as(t).isNotNegative();
    }
  }
}
