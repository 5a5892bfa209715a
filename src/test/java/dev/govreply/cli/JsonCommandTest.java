package dev.govreply.cli;

import static dev.govreply.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.cli.Cli.Run;
import dev.govreply.json.ReplyJson;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonCommandTest {

  /** The outcome of one run of the command line. */
  static final Reply REPLY = Reply.builder()
      .issuer("平江县人民政府")
      .documentNumber(DocumentNumber.parse("平政字〔2024〕12号"))
      .build();

  @Test
  void writesCanonicalJsonOfEachFileOnItsOwnLine(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    // pretty input, with the keys in another order: the output is canonical and compact
    Files.writeString(a, ReplyJson.standard().writePretty(REPLY), StandardCharsets.UTF_8);
    Files.writeString(b, "{\"format\":\"govreply/1\",\"documentNumber\":\"平政字[2024]012号\","
        + "\"issuer\":\"平江县人民政府\"}", StandardCharsets.UTF_8);

    Run r = run("json", a.toString(), b.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    String canonical = ReplyJson.standard().writeString(REPLY);
    assertThat(r.out().split("\\R")).containsExactly(canonical, canonical);
  }

  @Test
  void badFileIsReportedWithPointerAndPositionAndOthersAreStillProcessed(@TempDir Path dir)
      throws Exception {
    Path good = dir.resolve("good.json");
    Path bad = dir.resolve("bad.json");
    Files.writeString(good, ReplyJson.standard().writeString(REPLY), StandardCharsets.UTF_8);
    Files.writeString(bad, "{\"format\":\"govreply/1\",\n\"isuer\":\"x\"}", StandardCharsets.UTF_8);

    Run r = run("json", bad.toString(), good.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out().strip()).isEqualTo(ReplyJson.standard().writeString(REPLY));
    assertThat(r.err()).contains(bad.toString()).contains("/isuer").contains("line 2")
        .doesNotContain("\tat ");
  }

  @Test
  void missingFileIsAnErrorWithoutStackTrace(@TempDir Path dir) {
    Run r = run("json", dir.resolve("nope.json").toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("nope.json").contains("no such file").doesNotContain("\tat ");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("json").code()).isEqualTo(2);
    assertThat(run("--no-such-option").code()).isEqualTo(2);
    assertThat(run().code()).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelp() {
    Run top = run("--help");
    assertThat(top.code()).isZero();
    assertThat(top.out()).contains("json");
    Run json = run("json", "--help");
    assertThat(json.code()).isZero();
    assertThat(json.out()).contains("FILE").contains("canonical JSON");
  }

  @Test
  void versionComesFromTheBuild() {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("govreply ").doesNotContain("unknown").doesNotContain("${");
  }
}
