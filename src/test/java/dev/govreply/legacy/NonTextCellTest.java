package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.govreply.legacy.MappingResult.FieldError;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A cell that has no text — a JSON array, object or boolean of a JSON Lines record or a map — is
 * never read as its JSON text into a field: the record is rejected naming the field and column.
 */
class NonTextCellTest {

  private static final RecordMapper MAPPER = RecordMapper.of(RecordMapping.fromJson("""
      {"format": "govreply-mapping/1",
       "fields": {"documentNumber": {"column": "文号", "required": true},
         "title": {"column": "标题", "onError": "keep"}, "copyTo": "抄送",
         "motionNumber": "建议号",
         "motionTitle": {"template": "关于{事由}的建议"}},
       "contacts": [{"role": "HANDLER", "name": "承办人", "phone": "电话"}]}
      """));

  private static MappingResult line(String json) {
    try (RecordSource s = RecordSource.jsonLines(new ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8)), null)) {
      return MAPPER.map(s.next());
    }
  }

  @Test
  void anArrayAnObjectOrABooleanIsNoTextOfAField() {
    MappingResult r = line("{\"文号\":\"平政字〔2024〕1号\",\"标题\":[\"标题甲\",\"标题乙\"],"
        + "\"抄送\":[\"张三\",\"李四\"],\"事由\":{\"a\":1},\"承办人\":true,\"电话\":\"0730-1234567\"}");
    assertThat(r.isAccepted()).isFalse();
    assertThat(r.rejection()).extracting(FieldError::field, FieldError::column,
        FieldError::reason).containsExactly(
            tuple("title", Optional.of("标题"), "expected text, got an array"),
            tuple("motionTitle", Optional.of("事由"), "expected text, got an object"),
            tuple("copyTo", Optional.of("抄送"), "expected text, got an array"),
            tuple("contacts[0].name", Optional.of("承办人"), "expected text, got a boolean"));
  }

  @Test
  void aRequiredFieldWhoseCellIsNoTextHasOneErrorNotAlsoEmpty() {
    MappingResult r = line("{\"文号\":[\"平政字〔2024〕1号\"]}");
    assertThat(r.rejection()).extracting(FieldError::field, FieldError::reason)
        .containsExactly(tuple("documentNumber", "expected text, got an array"));
  }

  @Test
  void numbersAreStillReadAsTheirText() {
    MappingResult r = line("{\"文号\":\"平政字〔2024〕1号\",\"建议号\":241,\"标题\":\"答复\"}");
    assertThat(r.isAccepted()).isTrue();
    assertThat(r.reply().orElseThrow().motion().orElseThrow().number()).contains("241");
  }

  @Test
  void aNumberTooLongWrittenOutIsRejectedBeforeItIsWrittenOut() {
    MappingResult r = line("{\"文号\":\"平政字〔2024〕1号\",\"标题\":1e-2000000000,"
        + "\"建议号\":1E+2000000000}");
    assertThat(r.rejection()).extracting(FieldError::field, FieldError::column,
        FieldError::reason).containsExactly(
            tuple("title", Optional.of("标题"), "the number 1E-2000000000 is 2,000,000,002"
                + " characters long written out, over the limit of 1,048,576"),
            tuple("motionNumber", Optional.of("建议号"), "the number 1E+2000000000 is"
                + " 2,000,000,001 characters long written out, over the limit of 1,048,576"));
    Map<String, Object> jdbc = new LinkedHashMap<>();
    jdbc.put("文号", "平政字〔2024〕1号");
    jdbc.put("建议号", new BigDecimal("-1E-1048575"));
    assertThat(MAPPER.map(jdbc, 1).rejection()).extracting(FieldError::reason).containsExactly(
        "the number -1E-1048575 is 1,048,578 characters long written out, over the limit of"
            + " 1,048,576");
    jdbc.put("建议号", new BigDecimal("241.000"));
    assertThat(MAPPER.map(jdbc, 1).reply().orElseThrow().motion().orElseThrow().number())
        .contains("241");
  }

  @Test
  void plainLengthsAreThoseOfTheTextsWrittenOut() {
    for (String n : List.of("0", "0.000", "1", "-1", "241.000", "0.5", "-0.05", "12.345", "1E+3",
        "-1.5E+2", "1E-3", "123456789.987654321", "-9E-10")) {
      BigDecimal d = new BigDecimal(n);
      assertThat(CellValues.plainLength(d)).as(n).isEqualTo(CellValues.text(d).length());
    }
  }

  @Test
  void javaCollectionsMapsAndBooleansOfMapRecordsAreNoTextEither() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("文号", "平政字〔2024〕1号");
    row.put("抄送", List.of("张三", "李四"));
    row.put("承办人", Boolean.TRUE);
    row.put("事由", Map.of("a", 1));
    MappingResult r = MAPPER.map(row, 1);
    assertThat(r.rejection()).extracting(FieldError::field, FieldError::reason).containsExactly(
        tuple("motionTitle", "expected text, got an object"),
        tuple("copyTo", "expected text, got an array"),
        tuple("contacts[0].name", "expected text, got a boolean"));
  }
}
