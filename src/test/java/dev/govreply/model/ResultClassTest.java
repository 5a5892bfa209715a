package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultClassTest {

  @ParameterizedTest
  @CsvSource({
    // samples: 平政字〔2024〕12号 A2类; 类别:A类; 办复类别: B; 平交复函[2017]19号B类
    "A2类, A2", "A类, A", "B, B", "' B ', B", "b, B", "Ｂ, B", "ｃ类, C", "A２, A2", "d9, D9",
    "甲类, A", "乙, B", "丙类, C", "丁, D", "甲2类, A2", "A 2 类, A2", "B類, B", "C0, C0"
  })
  void parsesPrintedForms(String text, String canonical) {
    assertThat(ResultClass.parse(text)).hasToString(canonical);
  }

  @Test
  void components() {
    ResultClass a2 = ResultClass.parse("A2类");
    assertThat(a2.letter()).isEqualTo('A');
    assertThat(a2.subClass()).isEqualTo(OptionalInt.of(2));
    assertThat(a2).isEqualTo(ResultClass.of('A', 2)).hasSameHashCodeAs(ResultClass.of('A', 2));
    assertThat(a2.withoutSubClass()).isSameAs(ResultClass.A);
    assertThat(ResultClass.parse("B").subClass()).isEmpty();
    assertThat(ResultClass.of('C')).isSameAs(ResultClass.C);
    assertThat(ResultClass.parse("丁类")).isEqualTo(ResultClass.D);
    assertThat(ResultClass.A).isNotEqualTo(ResultClass.of('A', 0)).isNotEqualTo(ResultClass.B);
  }

  @ParameterizedTest
  @CsvSource({
    "'', -1", "' ', -1", "E, 0", "提案, 0", "A22, 2", "AB, 1", "A类类, 2", "A-2, 1", "类A, 0",
    "戊, 0", "A2类别, 3"
  })
  void rejectsMalformed(String text, int index) {
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> ResultClass.parse(text))
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("resultClass");
          assertThat(e.text()).isEqualTo(text);
          assertThat(e.index()).isEqualTo(index);
        });
  }

  @Test
  void ofValidates() {
    assertThatExceptionOfType(MalformedValueException.class).isThrownBy(() -> ResultClass.of('a'))
        .satisfies(e -> assertThat(e.field()).isEqualTo("resultClass"));
    assertThatExceptionOfType(MalformedValueException.class).isThrownBy(() -> ResultClass.of('E'));
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> ResultClass.of('A', 10))
        .satisfies(e -> assertThat(e.field()).isEqualTo("resultClass"));
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> ResultClass.of('A', -1));
    assertThatNullPointerException().isThrownBy(() -> ResultClass.parse(null));
  }

  @Test
  void parseOfToStringRoundTrips() {
    qt().withExamples(1000).forAll(SmallValueGenerators.resultClasses())
        .check(c -> ResultClass.parse(c.toString()).equals(c));
  }
}
