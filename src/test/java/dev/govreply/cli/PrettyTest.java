package dev.govreply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govreply.cli.Cli.Run;
import dev.govreply.json.ReplyJson;
import dev.govreply.ledger.LedgerJson;
import dev.govreply.ledger.LedgerRow;
import dev.govreply.model.Reply;
import dev.govreply.text.ReplyTextReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --pretty}: indented JSON for people, one document per file, a line feed after each. */
class PrettyTest {

  static final Path FOUNDING = CheckCommandTest.FOUNDING;
  static final Path SAMPLE27 = CheckCommandTest.SAMPLE27;
  static final Path FOUNDING_JSON = CheckCommandTest.FOUNDING_JSON;
  static final String NL = System.lineSeparator();

  static Run run(String... args) {
    return Cli.run(args);
  }

  static Reply text(Path file) throws IOException {
    return ReplyTextReader.standard().read(file).reply();
  }

  @Test
  void readToJsonPrettyIsReplyJsonsIndentedForm() throws IOException {
    Run r = run("read", "--pretty", FOUNDING.toString(), SAMPLE27.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    ReplyJson json = ReplyJson.standard();
    assertThat(r.out()).isEqualTo(json.writePretty(text(FOUNDING)) + NL
        + json.writePretty(text(SAMPLE27)) + NL);
    assertThat(r.out()).startsWith("{\n  \"format\": \"govreply/1\",\n");

    Run compact = run("read", FOUNDING.toString(), SAMPLE27.toString());
    assertThat(compact.out().lines()).containsExactly(json.writeString(text(FOUNDING)),
        json.writeString(text(SAMPLE27)));
  }

  @Test
  void jsonPretty() throws IOException {
    Run r = run("json", "--pretty", FOUNDING_JSON.toString(), FOUNDING_JSON.toString());
    assertThat(r.code()).isZero();
    String one = ReplyJson.standard().writePretty(ReplyJson.standard().read(FOUNDING_JSON));
    assertThat(r.out()).isEqualTo(one + NL + one + NL);
    assertThat(one.lines().count()).isGreaterThan(20);
  }

  @Test
  void ledgerJsonPrettyHasTheSameValuesIndented() throws IOException {
    Run r = run("read", "--to", "ledger-json", "--pretty", FOUNDING.toString(),
        SAMPLE27.toString());
    assertThat(r.code()).isZero();
    String first = LedgerJson.write(LedgerRow.of(text(FOUNDING)));
    String second = LedgerJson.write(LedgerRow.of(text(SAMPLE27)));
    assertThat(r.out()).isEqualTo(PrettyJson.indent(first) + NL + PrettyJson.indent(second) + NL);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode indented = mapper.readTree(PrettyJson.indent(first));
    assertThat(indented).isEqualTo(mapper.readTree(first));
    assertThat(PrettyJson.indent(first)).startsWith("{\n  \"").contains("\": ")
        .doesNotEndWith("\n");
  }

  @Test
  void theLedgerIsIndentedLikeAReply() throws IOException {
    // the one layout for people: PrettyJson indents as ReplyJson.writePretty does
    for (Reply reply : List.of(text(FOUNDING), text(SAMPLE27),
        ReplyJson.standard().read(FOUNDING_JSON), Reply.builder().build())) {
      assertThat(PrettyJson.indent(ReplyJson.standard().writeString(reply)))
          .isEqualTo(ReplyJson.standard().writePretty(reply));
    }
    assertThat(PrettyJson.indent("{\"a\":[],\"b\":{},\"c\":null,\"d\":[1,\"平\"]}"))
        .isEqualTo("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": null,\n  \"d\": [\n    1,\n"
            + "    \"平\"\n  ]\n}");
  }

  @Test
  void prettyAppliesToJsonOutputsOnly() {
    for (String to : List.of("text", "ledger-csv")) {
      Run r = run("read", "--to", to, "--pretty", FOUNDING.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).startsWith("--pretty applies to --to json and --to ledger-json only");
      assertThat(r.out()).isEmpty();
    }
  }
}
