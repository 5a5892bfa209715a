package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisclosureTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "同意公开 | PUBLIC", "同意对外公开 | PUBLIC", "主动公开 | PUBLIC", "此件主动公开 | PUBLIC",
    "(此件可公开) | PUBLIC", "可以公开 | PUBLIC", "此件不可公开 | NOT_PUBLIC",
    "（此件不可以公开） | NOT_PUBLIC",
    "(此件主动公开) | PUBLIC", "（此件主动公开） | PUBLIC", "（此件主动公开）。 | PUBLIC",
    "此回复件公开 | PUBLIC", "(此回复件公开) | PUBLIC", "是否完成对外公开:是 | PUBLIC",
    "是否同意公开:(是) | PUBLIC", "是否同意公开：（否） | NOT_PUBLIC",
    // the answer in brackets right after its question, no colon (corpus bp 1281)
    "是否同意公开(是) | PUBLIC", "是否同意公开（否） | NOT_PUBLIC", "[是否同意公开(是)] | PUBLIC",
    "是否完成对外公开：是 | PUBLIC", "是否完成对外公开 ： 是 | PUBLIC", "同 意 公 开 | PUBLIC",
    "公开方式: 主动公开 | PUBLIC", "主動公開 | PUBLIC", "依申请公开 | ON_REQUEST",
    "依申請公開 | ON_REQUEST", "不予公开 | NOT_PUBLIC", "不同意公开 | NOT_PUBLIC",
    "不公开 | NOT_PUBLIC", "（不予公开） | NOT_PUBLIC",
    // the common ledger marks (issue 11)
    "是否公开:是 | PUBLIC", "是否公开：是 | PUBLIC",
    "是否公开:否 | NOT_PUBLIC", "公开属性：公开 | PUBLIC", "公开形式:依申请公开 | ON_REQUEST",
    "信息公开选项：依申请公开 | ON_REQUEST", "公开选项:主动公开 | PUBLIC",
    // a subject before any mark
    "此件依申请公开 | ON_REQUEST", "本件不予公开 | NOT_PUBLIC", "此答复件公开发布 | PUBLIC",
    "（此复函不公开） | NOT_PUBLIC", "本答复同意公开 | PUBLIC"
  })
  void recognisesMarks(String mark, Disclosure expected) {
    assertThat(Disclosure.fromMark(mark)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "公开", "公开发布", "（公开）", "公", "是否完成对外公开:否", "是否完成对外公开：否", "同意", "同意公开吗",
      "不同意", "此件", "PUBLIC", "面向全社会",
      "是", "否", "是否公开", "是否同意公开:(是", "是否同意公开:(是)否", "此件此件公开", "公开属性:", "依申请"})
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
  void marksAreWhatFromMarkReads() {
    assertThat(Disclosure.PUBLIC.marks()).startsWith("主动公开", "公开")
        .contains("同意公开", "同意对外公开", "可公开", "可以公开", "公开发布", "是否公开:是", "是否同意公开:是");
    assertThat(Disclosure.ON_REQUEST.marks()).containsExactly("依申请公开");
    assertThat(Disclosure.NOT_PUBLIC.marks())
        .containsExactly("不予公开", "不公开", "不同意公开", "不可公开", "不可以公开", "是否公开:否",
            "是否同意公开:否");
    for (Disclosure d : Disclosure.values()) {
      assertThat(d.marks().get(0)).isEqualTo(d.label());
      for (String mark : d.marks()) {
        assertThat(Disclosure.fromAttribute(mark)).as(mark).contains(d);
        assertThat(Disclosure.fromMark("此件" + mark)).as(mark).contains(d);
        assertThat(Disclosure.fromMark("（公开属性：" + mark + "）")).as(mark).contains(d);
      }
    }
  }

  /** 公开 and 公开发布 are common words: a mark only where something qualifies them. */
  @Test
  void plainWordsAreMarksOnlyAsTheValueOfAnAttribute() {
    for (String word : List.of("公开", "公开发布", " 公 开 ", "（公开）", "公開")) {
      assertThat(Disclosure.fromMark(word)).as(word).isEmpty();
      assertThat(Disclosure.fromAttribute(word)).as(word).contains(Disclosure.PUBLIC);
    }
    assertThat(Disclosure.fromMark("公开属性：公开")).contains(Disclosure.PUBLIC);
    assertThat(Disclosure.fromMark("此件公开发布")).contains(Disclosure.PUBLIC);
    for (Disclosure d : Disclosure.values()) {
      for (String mark : d.marks()) {
        if (!mark.equals("公开") && !mark.equals("公开发布")) {
          assertThat(Disclosure.fromMark(mark)).as(mark).contains(d);
        }
      }
    }
    assertThat(Disclosure.fromAttribute("公示")).isEmpty();
    assertThat(Disclosure.fromAttribute("是否完成对外公开：否")).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> Disclosure.fromAttribute(null));
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
