package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.legacy.MappingResult.FieldError;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values an attacker or a broken export puts in a ledger, which the model refuses as malformed:
 * the record is rejected naming the field, the column and the value, and nothing reaches a reply.
 */
class HostileValueMappingTest {

  private final RecordMapper mapper = RecordMapper.of(RecordMapperTest.EXAMPLE);

  private FieldError rejected(String column, String value) {
    Map<String, Object> row = RecordMapperTest.row();
    row.put(column, value);
    MappingResult r = mapper.map(row, 1);
    assertThat(r.isAccepted()).as(column + " = " + value).isFalse();
    return r.rejection().stream().filter(e -> e.column().orElse("").contains(column)).findFirst()
        .orElseThrow(() -> new AssertionError("no error for " + column + ": " + r.rejection()));
  }

  @Test
  void aFormulaIsNoAddressee() {
    FieldError e = rejected("代表姓名", "@SUM(1+1)");
    assertThat(e.field()).startsWith("addressee");
    assertThat(e.value()).contains("@SUM(1+1)");
  }

  @Test
  void aFormulaIsNoContactName() {
    FieldError e = rejected("承办人", "=cmd|' /C calc'!A0");
    assertThat(e.field()).startsWith("contacts[1]");
  }

  @Test
  void aWordIsNoMotionNumber() {
    FieldError e = rejected("建议号", "true");
    assertThat(e.field()).isEqualTo("motionNumber");
    assertThat(e.reason()).contains("241, 009, 温36");
  }

  @Test
  void pathTextAndBidiControlsAreNoDocumentNumber() {
    assertThat(rejected("文号", "../../x/pwn〔2021〕1号").field()).startsWith("documentNumber");
    assertThat(rejected("文号", "平交\u202E复函〔2021〕1号").reason()).contains("U+202E");
    assertThat(rejected("文号", "平交\\复函〔2021〕1号").field()).startsWith("documentNumber");
  }
}
