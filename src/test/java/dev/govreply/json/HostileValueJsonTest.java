package dev.govreply.json;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JSON carrying values the model refuses is refused with the JSON Pointer of the value, whatever
 * profile a checker would later apply: such a reply cannot exist.
 */
class HostileValueJsonTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"format\":\"govreply/1\",\"documentNumber\":\"../../x/pwn〔2021〕1号\"} | /documentNumber",
    "{\"format\":\"govreply/1\",\"documentNumber\":\"平\\u202E政〔2021〕1号\"} | /documentNumber",
    "{\"format\":\"govreply/1\",\"motion\":{\"number\":\"true\"}} | /motion",
    "{\"format\":\"govreply/1\",\"addressee\":{\"names\":[\"@SUM(1+1)\"]}} | /addressee",
    "{\"format\":\"govreply/1\",\"contacts\":[{\"role\":\"HANDLER\",\"name\":\"=1+2\"}]} | /contacts/0"
  })
  void refusedWithItsPointer(String json, String pointer) {
    assertThatExceptionOfType(ReplyJsonException.class)
        .isThrownBy(() -> ReplyJson.standard().read(json))
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.pointer())
            .startsWith(pointer));
  }
}
