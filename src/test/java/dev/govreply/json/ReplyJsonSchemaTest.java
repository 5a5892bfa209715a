package dev.govreply.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.govreply.ReplyGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema resource: every written document is valid, broken documents are not. */
class ReplyJsonSchemaTest {

  private static final ReplyJson JSON = ReplyJson.standard();
  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ReplyJson.schema(), InputFormat.JSON);
  private static final String F = "{\"format\":\"govreply/1\",";

  private static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void schemaHasItsIdAndDialect() {
    String schema = ReplyJson.schema();
    assertThat(schema).contains("\"$id\": \"" + ReplyJson.SCHEMA_ID + "\"")
        .contains("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void theExampleIsValid() {
    assertThat(validate(JsonFixtures.SMALL_JSON)).isEmpty();
    assertThat(validate(JSON.writePretty(JsonFixtures.small()))).isEmpty();
    assertThat(validate("{\"format\":\"govreply/1\"}")).isEmpty();
  }

  @Test
  void everyDocumentJackson3WritesIsValid() {
    tools.jackson.databind.json.JsonMapper jackson3 = tools.jackson.databind.json.JsonMapper
        .builder().addModule(new GovReplyJackson3Module()).build();
    qt().withExamples(500).forAll(ReplyGenerators.replies())
        .checkAssert(r -> assertThat(validate(jackson3.writeValueAsString(r)))
            .as("%s", jackson3.writeValueAsString(r)).isEmpty());
  }

  @Test
  void everyGeneratedDocumentIsValid() {
    qt().withExamples(1000).forAll(ReplyGenerators.replies())
        .checkAssert(r -> assertThat(validate(JSON.writeString(r)))
            .as("%s", JSON.writeString(r)).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{}",
      "{\"issuer\":\"x\"}",
      "{\"format\":\"govreply/2\"}",
      F + "\"unknown\":1}",
      F + "\"body\":{\"measures\":[{\"ordinal\":1,\"extra\":true}]}}",
      F + "\"disclosure\":\"public\"}",
      F + "\"motion\":{\"kind\":\"建议\"}}",
      F + "\"contacts\":[{\"role\":\"BOSS\",\"name\":\"x\"}]}",
      F + "\"contacts\":[{\"name\":\"x\"}]}",
      F + "\"contacts\":[{\"role\":\"HANDLER\"}]}",
      F + "\"contacts\":[{\"role\":\"HANDLER\",\"unit\":\"紫阳县文广旅游局\"}]}",
      F + "\"date\":\"2021-13-01\"}",
      F + "\"date\":\"2021/07/06\"}",
      F + "\"documentNumber\":\"平政字[2024]12号\"}",
      F + "\"documentNumber\":\"平政字〔2024〕012号\"}",
      F + "\"resultClass\":\"a2\"}",
      F + "\"contacts\":[{\"role\":\"HANDLER\",\"name\":\"何勇\",\"phone\":\"0730 6222076\"}]}",
      F + "\"body\":{\"measures\":[{\"ordinal\":0}]}}",
      F + "\"body\":{\"measures\":[{\"heading\":\"h\"}]}}",
      F + "\"title\":null}",
      F + "\"title\":\"\"}",
      F + "\"unrecognized\":[{\"kind\":\"UNKNOWN_TEXT\",\"firstLine\":1,\"lines\":[]}]}",
      F + "\"extensions\":{\"\":1}}",
      F + "\"addressee\":{\"collective\":\"true\"}}",
      F + "\"body\":{\"measures\":[{\"ordinal\":1,\"points\":[{\"ordinal\":1,\"style\":\"BOLD\"}]}]}}",
  })
  void brokenDocumentsAreInvalid(String json) {
    assertThat(validate(json)).isNotEmpty();
  }

  /** A contact without a name gives a phone: valid, and read back as written. */
  @Test
  void aContactWithAPhoneAndNoNameIsValidAndRoundTrips() {
    dev.govreply.model.Reply r = dev.govreply.model.Reply.builder()
        .addContacts(dev.govreply.model.Contact.ofPhone(dev.govreply.model.ContactRole.HANDLER,
            dev.govreply.model.PhoneNumber.parse("0915-4426580")))
        .build();
    String json = JSON.writeString(r);
    assertThat(json).contains("{\"role\":\"HANDLER\",\"phone\":\"0915-4426580\"}");
    assertThat(validate(json)).isEmpty();
    assertThat(JSON.read(json)).isEqualTo(r);
  }

  @Test
  void extensionsMayHoldAnything() {
    assertThat(validate(F + "\"extensions\":{\"legacyId\":42,\"x\":{\"any\":[1,null,{\"deep\":"
        + "true}],\"unknownAllowed\":\"yes\"}}}")).isEmpty();
  }
}
