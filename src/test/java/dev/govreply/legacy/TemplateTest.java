package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {

  @Test
  void readsLiteralsAndPlaceholders() {
    Template t = Template.parse("{a}对{b}第{a}号");
    assertThat(t.columns()).containsExactly("a", "b");
    assertThat(t.size()).isEqualTo(3);
    assertThat(t.column(2)).isEqualTo("a");
    assertThat(t.text()).isEqualTo("{a}对{b}第{a}号");
    List<Template.Repeat> repeats = new ArrayList<>();
    assertThat(t.fill(new String[] {"县局", "十三届", "7"}, repeats::add))
        .isEqualTo("县局对十三届第7号");
    assertThat(repeats).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "'' | '{' without '}' at index 0", "{a | '{' without '}' at index 0",
    "a}{b} | '}' without '{' at index 1", "{} | empty or nested placeholder at index 0",
    "{a{b}} | empty or nested placeholder at index 0",
    "no placeholder | a template must name a column in {braces}"
  })
  void refusesMalformedTemplates(String template, String message) {
    String text = template == null ? "" : template;
    assertThatThrownBy(() -> Template.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(text.isEmpty() ? "a template must name a column in {braces}" : message);
  }

  @Test
  void reportsEachShortenedValue() {
    Template t = Template.parse("{a}对{b}第{c}号");
    List<Template.Repeat> repeats = new ArrayList<>();
    assertThat(t.fill(new String[] {"县局对", "十三届", "第7号"}, repeats::add))
        .isEqualTo("县局对十三届第7号");
    assertThat(repeats).containsExactly(new Template.Repeat(0, "a", "县局对", "", "对"),
        new Template.Repeat(2, "c", "第7号", "第", "号"));
    assertThat(t.fill(new String[] {"县局", "十三届", "第号"}, r -> { })).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "abc | cde | 9 | 1", "abc | bcd | 9 | 2", "abc | abc | 9 | 3", "abc | abc | 2 | 0",
    "aab | abx | 9 | 2", "abab | abab | 9 | 4", "abab | abac | 9 | 2", "abc | xyz | 9 | 0",
    "a | '' | 9 | 0", "'' | a | 9 | 0", "aaaa | aaab | 9 | 3", "第 | 第0156号 | 5 | 1"
  })
  void overlapIsTheLongestEndOfTheFirstThatStartsTheSecond(String a, String b, int max,
      int expected) {
    assertThat(Template.overlap(a == null ? "" : a, b == null ? "" : b, max))
        .isEqualTo(expected);
  }

  /** A repetitive literal and value, the worst case of a naive search, take linear work. */
  @Test
  void overlapOfLongRepetitiveTextsIsComputed() {
    String a = "a".repeat(200_000);
    String b = "a".repeat(199_999) + "b";
    assertThat(Template.overlap(a, b, b.length())).isEqualTo(199_999);
    assertThat(Template.overlap(a, a, a.length() - 1)).isEqualTo(199_999);
  }
}
