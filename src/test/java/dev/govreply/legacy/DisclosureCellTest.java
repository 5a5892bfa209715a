package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.legacy.MappingResult.FieldError;
import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.Disclosure;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A disclosure cell holds one of the marks {@link Disclosure#fromMark} reads, or a code. */
class DisclosureCellTest {

  static final RecordMapper MAPPER = RecordMapper.of(RecordMapping.builder()
      .field(Target.DISCLOSURE, FieldSource.column("公开属性")).build());

  static MappingResult map(String cell) {
    return MAPPER.map(Map.of("公开属性", cell), 1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "公开 | PUBLIC", "主动公开 | PUBLIC", "同意公开 | PUBLIC", "同意对外公开 | PUBLIC",
    "公开发布 | PUBLIC", "此件主动公开 | PUBLIC", "（此件主动公开） | PUBLIC", "此件公开 | PUBLIC",
    "是否公开:是 | PUBLIC", "是否公开：是 | PUBLIC", "公开属性：公开 | PUBLIC", "PUBLIC | PUBLIC",
    "依申请公开 | ON_REQUEST", "此件依申请公开 | ON_REQUEST", "ON_REQUEST | ON_REQUEST",
    "不公开 | NOT_PUBLIC", "不予公开 | NOT_PUBLIC", "不同意公开 | NOT_PUBLIC",
    "是否公开:否 | NOT_PUBLIC", "本件不予公开 | NOT_PUBLIC", "NOT_PUBLIC | NOT_PUBLIC"
  })
  void acceptsTheCommonMarksAndTheCodes(String cell, Disclosure expected) {
    MappingResult r = map(cell);
    assertThat(r.rejection()).isEmpty();
    assertThat(r.reply().orElseThrow().disclosure()).contains(expected);
    assertThat(r.findings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"公示", "同意", "是", "是否完成对外公开:否", "public"})
  void anUnknownMarkIsRejectedWithTheAcceptedMarks(String cell) {
    MappingResult r = map(cell);
    assertThat(r.isAccepted()).isFalse();
    FieldError e = r.rejection().get(0);
    assertThat(e.field()).isEqualTo("disclosure");
    assertThat(e.column()).contains("公开属性");
    assertThat(e.value()).contains(cell);
    for (Disclosure d : Disclosure.values()) {
      for (String mark : d.marks()) {
        assertThat(e.reason()).contains(mark);
      }
      assertThat(e.reason()).contains(d.name());
    }
    assertThat(e.reason()).startsWith("not a disclosure mark; accepted: 主动公开, 公开, ");
  }
}
