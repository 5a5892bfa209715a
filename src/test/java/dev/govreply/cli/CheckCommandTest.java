package dev.govreply.cli;

import static dev.govreply.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govreply.cli.Cli.Run;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.findings.Messages;
import dev.govreply.json.ReplyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  static final Path SAMPLES = Path.of("src/test/resources/samples");
  static final Path FOUNDING = SAMPLES.resolve("00-pingjiang-xzf-jy241.txt");
  static final Path SAMPLE27 = SAMPLES.resolve("27-pingjiang-jtj-jy82.txt");
  static final Path FOUNDING_JSON = Path.of("examples/documents/00-pingjiang-xzf-jy241.json");
  static final ObjectMapper MAPPER = new ObjectMapper();

  static List<String> samples() throws IOException {
    try (Stream<Path> s = Files.list(SAMPLES)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString)
          .collect(Collectors.toList());
    }
  }

  static String[] args(List<String> options, List<String> files) {
    List<String> all = new ArrayList<>();
    all.add("check");
    all.addAll(options);
    all.addAll(files);
    return all.toArray(String[]::new);
  }

  @Test
  void everySampleIsAcceptedUnderLenient() throws IOException {
    Run r = run(args(List.of("--profile", "lenient"), samples()));

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    for (String file : samples()) {
      assertThat(r.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(file)
          + ": ACCEPT(_WITH_WARNINGS)? lenient 1\\.0 \\(govreply-rules 1\\.0\\)");
    }
  }

  @Test
  void gbt9704RejectsSample27AndShowsTheSpan() {
    Run r = run("check", SAMPLE27.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith(SAMPLE27 + ": REJECT gbt9704 1.0 (govreply-rules 1.0): ");
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l).startsWith(SAMPLE27 + ": "));
    assertThat(r.out()).containsPattern("3:1–3:\\d+ documentNumber GR-NUM-001 ERROR")
        .contains("(fix: 平交复函〔2017〕19号)");
  }

  @Test
  void oneRejectAmongAcceptedGivesExitCode1(@TempDir Path dir) throws IOException {
    Run lenient = run("check", "--profile", "lenient", FOUNDING_JSON.toString(),
        SAMPLE27.toString());
    assertThat(lenient.code()).isZero();
    Path profile = dir.resolve("brackets.json");
    Files.writeString(profile, "{\"id\": \"brackets\", \"version\": \"1\", \"extends\":"
        + " \"lenient\", \"overrides\": [{\"rule\": \"GR-NUM-001\", \"severity\": \"ERROR\","
        + " \"rationale\": \"brackets must be fixed\"}]}");
    Run r = run("check", "--profile", profile.toString(), FOUNDING_JSON.toString(),
        SAMPLE27.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(FOUNDING_JSON + ": ACCEPT_WITH_WARNINGS brackets 1")
        .contains(SAMPLE27 + ": REJECT brackets 1");
  }

  @Test
  void jsonInputIsCheckedWithoutSpans() throws IOException {
    // the founding example in JSON leaves out the signature and the date
    Run gbt = run("check", "--format", "json", FOUNDING_JSON.toString());
    assertThat(gbt.code()).isEqualTo(1);
    assertThat(gbt.err()).isEmpty();
    JsonNode line = MAPPER.readTree(gbt.out());
    assertThat(line.at("/report/verdict").asText()).isEqualTo("REJECT");
    assertThat(line.at("/report/findings")).allSatisfy(f -> {
      assertThat(f.has("span")).isFalse();
      assertThat(f.get("rule").asText()).isIn("GR-REQ-007", "GR-REQ-008");
    });

    Run lenient = run("check", "--profile", "lenient", FOUNDING_JSON.toString());
    assertThat(lenient.code()).isZero();
    assertThat(lenient.out()).startsWith(FOUNDING_JSON + ": ACCEPT_WITH_WARNINGS lenient 1.0");
  }

  @Test
  void jsonIsDetectedByContentAfterABomAndWhitespace(@TempDir Path dir) throws IOException {
    byte[] json = Files.readAllBytes(FOUNDING_JSON);
    Path file = dir.resolve("reply.txt");
    try (var out = Files.newOutputStream(file)) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'});
      out.write(json);
    }
    Run r = run("check", "--profile", "lenient", file.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith(file + ": ACCEPT_WITH_WARNINGS lenient")
        .doesNotContain("GR-TXT");
  }

  @Test
  void jsonOutputIsOneReportPerLineWithTheFileName() throws IOException {
    Run r = run("check", "--format", "json", "--profile", "lenient", FOUNDING.toString(),
        SAMPLE27.toString());

    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().collect(Collectors.toList());
    assertThat(lines).hasSize(2);
    JsonNode first = MAPPER.readTree(lines.get(0));
    assertThat(first.get("file").asText()).isEqualTo(FOUNDING.toString());
    JsonNode second = MAPPER.readTree(lines.get(1));
    assertThat(second.get("file").asText()).isEqualTo(SAMPLE27.toString());
    ConformanceReport report = ConformanceReport.fromJson(second.get("report").toString());
    assertThat(report.profileId()).isEqualTo("lenient");
    assertThat(report.has("GR-NUM-001")).isTrue();
    assertThat(second.at("/report/verdict").asText()).isEqualTo("ACCEPT_WITH_WARNINGS");
    assertThat(second.at("/report/findings/0/span/startLine").isInt()).isTrue();
    // the same report as the library gives
    var read = dev.govreply.text.ReplyTextReader.standard().read(SAMPLE27);
    assertThat(report).isEqualTo(ReplyChecker.of(Profiles.LENIENT)
        .check(read.reply(), read.report().locator(), read.report().findings()));
  }

  @Test
  void langZhShowsChineseMessages() {
    Run en = run("check", SAMPLE27.toString());
    Run zh = run("check", "--lang", "zh", SAMPLE27.toString());

    assertThat(zh.code()).isEqualTo(1);
    assertThat(zh.out()).contains("六角括号").isNotEqualTo(en.out());
    assertThat(en.out()).doesNotContain("六角括号").contains("hexagonal brackets");
    String zhTitle = Messages.message("GR-NUM-001", Locale.SIMPLIFIED_CHINESE,
        List.of("平交复函〔2017〕19号")).orElseThrow();
    assertThat(zh.out()).contains(zhTitle);
  }

  @Test
  void aUserProfileFromAFile(@TempDir Path dir) throws IOException {
    Path profile = dir.resolve("pingjiang.json");
    Files.writeString(profile, "{\"id\": \"pingjiang-legacy\", \"version\": \"3\","
        + " \"extends\": \"gbt9704\", \"overrides\": [{\"rule\": \"GR-*\", \"severity\": \"INFO\","
        + " \"rationale\": \"archive import\"}]}", StandardCharsets.UTF_8);

    Run r = run("check", "--profile", profile.toString(), SAMPLE27.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(": ACCEPT pingjiang-legacy 3 (govreply-rules 1.0)")
        .contains("archive import");
  }

  @Test
  void aBadProfileIsAnErrorNamingItsPointer(@TempDir Path dir) throws IOException {
    Path profile = dir.resolve("bad.json");
    Files.writeString(profile, "{\"id\": \"x\", \"version\": \"1\", \"overrides\": [{\"rule\":"
        + " \"GR-NUM-002\", \"severity\": \"FATAL\", \"rationale\": \"r\"}]}");

    Run r = run("check", "--profile", profile.toString(), FOUNDING.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("/overrides/0/severity").contains("FATAL");
  }

  @Test
  void anUnknownProfileIsAUsageError() {
    Run r = run("check", "--profile", "strict", FOUNDING.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--profile strict").contains("gbt9704, lenient");
  }

  @Test
  void unreadableFilesGiveExitCode1AndTheOthersAreStillChecked(@TempDir Path dir)
      throws IOException {
    Path badJson = dir.resolve("bad.json");
    Files.writeString(badJson, "{\"format\": \"govreply/1\", \"issuer\": 3}");

    Run r = run("check", dir.resolve("missing.txt").toString(), badJson.toString(),
        SAMPLE27.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("missing.txt: no such file").contains("bad.json: ");
    assertThat(r.out()).contains(SAMPLE27 + ": REJECT");
  }

  @Test
  void usageErrors() {
    assertThat(run("check").code()).isEqualTo(2);
    assertThat(run("check", "--format", "xml", FOUNDING.toString()).err())
        .contains("unknown value 'xml' (expected text or json)");
    assertThat(run("check", "--format", "xml", FOUNDING.toString()).code()).isEqualTo(2);
    assertThat(run("check", "--lang", "de", FOUNDING.toString()).code()).isEqualTo(2);
    assertThat(run("check", "--nope", FOUNDING.toString()).code()).isEqualTo(2);
  }

  @Test
  void helpListsTheOptionsAndExitCodes() {
    Run r = run("check", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--profile=NAME|FILE", "--format", "--lang",
        "1   something was found wanting", "a REJECT verdict");
    assertThat(run("--help").out()).contains("check");
  }

  @Test
  void theJsonFormatMatchesTheLibrarysReportForJsonInput() throws IOException {
    Run r = run("check", "--format", "json", FOUNDING_JSON.toString());
    JsonNode line = MAPPER.readTree(r.out().strip());
    var expected = ReplyChecker.of(Profiles.GBT9704).check(ReplyJson.standard().read(FOUNDING_JSON));
    assertThat(ConformanceReport.fromJson(line.get("report").toString())).isEqualTo(expected);
  }
}
