package dev.govreply.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govreply.ReplyGenerators;
import dev.govreply.model.Reply;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one format definition gives the same JSON on both Jackson lines: {@link ReplyJson}, a
 * Jackson 2 mapper with {@link GovReplyModule} and a Jackson 3 mapper with
 * {@link GovReplyJackson3Module} write the same bytes, read each other's, and refuse the same
 * documents where the format's rules decide.
 */
class BothJacksonLinesAgreeTest {

  private static final ReplyJson JSON = ReplyJson.standard();
  private static final ObjectMapper JACKSON2 = new ObjectMapper()
      .registerModule(new GovReplyModule());
  private static final JsonMapper JACKSON3 = JsonMapper.builder()
      .addModule(new GovReplyJackson3Module()).build();

  @Test
  void everyLineWritesTheSameBytesAndReadsTheOthers() {
    qt().withExamples(1000).forAll(ReplyGenerators.replies()).checkAssert(r -> {
      byte[] bytes = JSON.write(r);
      assertThat(JACKSON3.writeValueAsBytes(r)).isEqualTo(bytes);
      assertThat(JACKSON3.readValue(bytes, Reply.class)).isEqualTo(r);
      try {
        assertThat(JACKSON2.writeValueAsBytes(r)).isEqualTo(bytes);
        assertThat(JACKSON2.readValue(bytes, Reply.class)).isEqualTo(r);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  static Stream<String> refusedByTheRules() {
    String f = "{\"format\":\"govreply/1\",";
    return Stream.of("{}", "{\"format\":\"govreply/2\"}", f + "\"foo\":1}",
        f + "\"title\":null}", f + "\"title\":\" \"}", f + "\"copyTo\":[\"a\",null]}",
        f + "\"disclosure\":\"public\"}", f + "\"date\":\"2021-02-30\"}",
        f + "\"documentNumber\":\"平政字2024号\"}",
        f + "\"body\":{\"measures\":[{\"ordinal\":0}]}}",
        f + "\"body\":{\"measures\":[{\"ordinal\":1.5}]}}",
        f + "\"body\":{\"measures\":[{\"heading\":\"h\"}]}}",
        f + "\"contacts\":[{\"role\":\"HANDLER\"}]}",
        f + "\"unrecognized\":[{\"kind\":\"UNKNOWN_TEXT\",\"firstLine\":1,\"lines\":[]}]}",
        f + "\"extensions\":{\"\":1}}", f + "\"extensions\":{\"a\":{\"k\":1,\"k\":2}}}",
        f + "\"extensions\":[]}");
  }

  @ParameterizedTest
  @MethodSource("refusedByTheRules")
  void everyLineRefusesWhatTheRulesRefuse(String json) {
    assertThatThrownBy(() -> JSON.read(json)).isInstanceOf(ReplyJsonException.class);
    assertThatThrownBy(() -> JACKSON2.readValue(json, Reply.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    assertThatThrownBy(() -> JACKSON3.readValue(json, Reply.class))
        .isInstanceOf(tools.jackson.databind.DatabindException.class);
  }
}
