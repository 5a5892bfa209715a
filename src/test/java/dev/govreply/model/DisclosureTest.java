package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisclosureTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "同意公开 | PUBLIC", "同意对外公开 | PUBLIC", "主动公开 | PUBLIC", "此件主动公开 | PUBLIC",
    "(此件主动公开) | PUBLIC", "（此件主动公开） | PUBLIC", "（此件主动公开）。 | PUBLIC",
    "此回复件公开 | PUBLIC", "(此回复件公开) | PUBLIC", "是否完成对外公开:是 | PUBLIC",
    "是否完成对外公开：是 | PUBLIC", "是否完成对外公开 ： 是 | PUBLIC", "同 意 公 开 | PUBLIC",
    "公开方式: 主动公开 | PUBLIC", "主動公開 | PUBLIC", "依申请公开 | ON_REQUEST",
    "依申請公開 | ON_REQUEST", "不予公开 | NOT_PUBLIC", "不同意公开 | NOT_PUBLIC",
    "不公开 | NOT_PUBLIC", "（不予公开） | NOT_PUBLIC"
  })
  void recognisesMarks(String mark, Disclosure expected) {
    assertThat(Disclosure.fromMark(mark)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "公开", "是否完成对外公开:否", "是否完成对外公开：否", "同意", "同意公开吗",
      "不同意", "此件", "PUBLIC", "面向全社会"})
  void otherTextIsNoMark(String mark) {
    assertThat(Disclosure.fromMark(mark)).isEmpty();
  }

  @Test
  void labels() {
    assertThat(Disclosure.PUBLIC.label()).isEqualTo("主动公开");
    assertThat(Disclosure.ON_REQUEST.label()).isEqualTo("依申请公开");
    assertThat(Disclosure.NOT_PUBLIC.label()).isEqualTo("不予公开");
    for (Disclosure d : Disclosure.values()) {
      assertThat(Disclosure.fromMark(d.label())).contains(d);
    }
  }

  @Test
  void parsesCodes() {
    qt().withExamples(1000).forAll(SmallValueGenerators.disclosures())
        .check(d -> Disclosure.parseCode(d.name()) == d);
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> Disclosure.parseCode("public"))
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("disclosure");
          assertThat(e.text()).isEqualTo("public");
          assertThat(e.index()).isEqualTo(-1);
        });
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> Disclosure.parseCode("主动公开"));
    assertThatNullPointerException().isThrownBy(() -> Disclosure.parseCode(null));
    assertThatNullPointerException().isThrownBy(() -> Disclosure.fromMark(null));
  }
}
