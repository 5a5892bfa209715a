package dev.govreply.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.govreply.json.ReplyJson;
import dev.govreply.json.ReplyJsonException;
import dev.govreply.model.Reply;

/**
 * Fuzzes {@link ReplyJson#read(byte[])}: for any bytes, only {@link ReplyJsonException} may
 * escape, every error is located, and a document that reads writes back to bytes that read
 * equal and write identically.
 *
 * <p>Runs the committed inputs under {@code ReplyJsonFuzzTestInputs/readAnyBytes/} as a regular
 * test; fuzz with {@code JAZZER_FUZZ=1 mvn test -Dtest=ReplyJsonFuzzTest}.
 */
class ReplyJsonFuzzTest {

  private static final ReplyJson JSON = ReplyJson.builder().maxDocumentBytes(64 * 1024)
      .maxDepth(32).maxStringLength(4096).build();

  @FuzzTest(maxDuration = "10m")
  void readAnyBytes(byte[] input) {
    Reply reply;
    try {
      reply = JSON.read(input);
    } catch (ReplyJsonException e) {
      assertThat(e.line()).isPositive();
      assertThat(e.column()).isPositive();
      assertThat(e.pointer()).satisfiesAnyOf(p -> assertThat(p).isEmpty(),
          p -> assertThat(p).startsWith("/"));
      return;
    }
    // the canonical form may be a little longer than the input (1e9 is written 1E+9), so it
    // is read back with the standard limits
    byte[] written = JSON.write(reply);
    Reply again = ReplyJson.standard().read(written);
    assertThat(again).isEqualTo(reply);
    assertThat(JSON.write(again)).isEqualTo(written);
  }
}
