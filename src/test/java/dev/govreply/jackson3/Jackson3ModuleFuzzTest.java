package dev.govreply.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.govreply.json.GovReplyJackson3Module;
import dev.govreply.model.Reply;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes a Jackson 3 mapper with {@link GovReplyJackson3Module} reading a reply: for any bytes,
 * only Jackson's own {@link JacksonException} may escape, and a document that reads writes back
 * to bytes that read equal and write identically. Runs in the {@code jackson3-only} execution
 * (no Jackson 2 on the class path); the committed inputs under
 * {@code Jackson3ModuleFuzzTestInputs/readAnyBytes/} replay as a regular test. Fuzz with
 * {@code JAZZER_FUZZ=1 mvn -B -ntp test-compile surefire:test@jackson3-only}.
 */
class Jackson3ModuleFuzzTest {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new GovReplyJackson3Module(4096, 32)).build();

  @FuzzTest(maxDuration = "10m")
  void readAnyBytes(byte[] input) {
    Reply reply;
    try {
      reply = MAPPER.readValue(input, Reply.class);
    } catch (JacksonException e) {
      return;
    }
    if (reply == null) {
      return; // the input is JSON null
    }
    byte[] written = MAPPER.writeValueAsBytes(reply);
    Reply again = MAPPER.readValue(written, Reply.class);
    assertThat(again).isEqualTo(reply);
    assertThat(MAPPER.writeValueAsBytes(again)).isEqualTo(written);
  }
}
