package dev.govreply.cli;

import static dev.govreply.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govreply.cli.Cli.Run;
import dev.govreply.json.ReplyJson;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  static final String MAPPING = "examples/legacy/ledger-mapping.json";
  static final String LEDGER = "examples/legacy/ledger-2021.csv";

  static List<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void importsTheExampleLedgerIntoADirectory(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("replies");
    Path rejects = tmp.resolve("rejects.jsonl");
    Run r = run("import", "--mapping", MAPPING, "--out", out.toString(), "--rejects",
        rejects.toString(), LEDGER);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("read 12, written 8, rejected 4 in ")
        .contains("GR-LEG-001  1").contains("GR-TXT-001  1").contains("GR-TXT-002  1");
    assertThat(names(out)).hasSize(8).contains("平交复函〔2017〕8号.json", "平交复函〔2021〕21号.json");
    Path one = out.resolve("平交复函〔2021〕19号.json");
    Reply reply = ReplyJson.standard().read(one);
    assertThat(Files.readAllBytes(one)).isEqualTo(ReplyJson.standard().write(reply));
    List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("record").intValue()).isEqualTo(4);
    assertThat(first.get("fields").get("联系电话").textValue()).isEqualTo("0730-62220");
    assertThat(first.get("reasons").get(0).get("field").textValue())
        .isEqualTo("contacts[1].phone");
  }

  @Test
  void repliesOfOneRunWithTheSameNameGetASuffix(@TempDir Path tmp)
      throws Exception {
    Path csv = tmp.resolve("dup.csv");
    Files.writeString(csv, "文号,日期\n平政字〔2024〕12号,2024-03-01\n平政字[2024]012号,2024-03-02\n"
        + ",2024-03-03\n", StandardCharsets.UTF_8);
    Path mapping = tmp.resolve("m.json");
    Files.writeString(mapping, "{\"format\":\"govreply-mapping/1\",\"fields\":{"
        + "\"documentNumber\":\"文号\",\"date\":\"日期\"}}", StandardCharsets.UTF_8);
    Path out = tmp.resolve("o");
    Run r = run("import", "--mapping", mapping.toString(), "--out", out.toString(),
        csv.toString());
    assertThat(r.code()).isZero();
    assertThat(names(out)).containsExactly("record-3.json", "平政字〔2024〕12号-2.json",
        "平政字〔2024〕12号.json");
    assertThat(ReplyJson.standard().read(out.resolve("平政字〔2024〕12号-2.json")).date())
        .hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2024-03-02"));
  }

  @Test
  void parallelWritesTheSameJsonLinesAsSequential(@TempDir Path tmp) throws Exception {
    StringBuilder csv = new StringBuilder(Files.readString(Path.of(LEDGER)));
    List<String> rows = Files.readAllLines(Path.of(LEDGER));
    String body = String.join("\r\n", rows.subList(1, rows.size())) + "\r\n";
    for (int i = 0; i < 300; i++) {
      csv.append(body);
    }
    Path big = tmp.resolve("big.csv");
    Files.writeString(big, csv, StandardCharsets.UTF_8);
    Path seq = tmp.resolve("seq.jsonl");
    Path par = tmp.resolve("par.jsonl");
    Path seqRej = tmp.resolve("seq-rejects.jsonl");
    Path parRej = tmp.resolve("par-rejects.jsonl");
    Run a = run("import", "--mapping", MAPPING, "--jsonl", seq.toString(), "--rejects",
        seqRej.toString(), big.toString());
    Run b = run("import", "--mapping", MAPPING, "--jsonl", par.toString(), "--rejects",
        parRej.toString(), "--parallel", big.toString());
    assertThat(a.code()).isEqualTo(1);
    assertThat(b.code()).isEqualTo(1);
    assertThat(a.err()).startsWith("read 3612, written 2408, rejected 1204");
    assertThat(Files.readAllBytes(par)).isEqualTo(Files.readAllBytes(seq));
    assertThat(Files.readAllBytes(parRej)).isEqualTo(Files.readAllBytes(seqRej));
    assertThat(Files.readAllLines(seq)).hasSize(2408);
  }

  @Test
  void exitZeroWhenNothingIsRejected(@TempDir Path tmp) throws Exception {
    Path jsonl = tmp.resolve("in.jsonl");
    Files.writeString(jsonl, "{\"文号\":\"平政字〔2024〕12号\",\"日期\":44383,\"id\":7}\n",
        StandardCharsets.UTF_8);
    Path mapping = tmp.resolve("m.json");
    Files.writeString(mapping, "{\"format\":\"govreply-mapping/1\",\"fields\":{"
        + "\"documentNumber\":\"文号\",\"date\":\"日期\"}}", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.jsonl");
    Run r = run("import", "--mapping", mapping.toString(), "--profile", "lenient", "--jsonl",
        out.toString(), jsonl.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).startsWith("read 1, written 1, rejected 0");
    Reply reply = ReplyJson.standard().read(Files.readString(out).trim());
    assertThat(reply.extensions()).containsOnlyKeys("id");
    assertThat(reply.extensions().get("id")).isEqualTo(ExtensionValue.of(7L));
  }

  @Test
  void aRecordWhoseReplyCannotBeWrittenIsRejectedAndTheImportGoesOn(@TempDir Path tmp)
      throws Exception {
    Path jsonl = tmp.resolve("in.jsonl");
    Files.writeString(jsonl, "{\"文号\":\"平政字〔2024〕1号\",\"x\":" + "[".repeat(64) + "1"
        + "]".repeat(64) + "}\n{\"文号\":\"平政字〔2024〕2号\"}\n", StandardCharsets.UTF_8);
    Path mapping = tmp.resolve("m.json");
    Files.writeString(mapping, "{\"format\":\"govreply-mapping/1\",\"fields\":{"
        + "\"documentNumber\":\"文号\"}}", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.jsonl");
    Path rejects = tmp.resolve("rejects.jsonl");
    Run r = run("import", "--mapping", mapping.toString(), "--jsonl", out.toString(),
        "--rejects", rejects.toString(), jsonl.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("read 2, written 1, rejected 1").doesNotContain("internal");
    assertThat(Files.readAllLines(out)).hasSize(1);
    JsonNode reject = new ObjectMapper().readTree(Files.readString(rejects));
    assertThat(reject.get("record").asLong()).isEqualTo(1);
    assertThat(reject.get("reasons").get(0).get("field").asText()).isEqualTo("extensions");
    assertThat(reject.get("reasons").get(0).get("column").asText()).isEqualTo("x");
  }

  @Test
  void usageErrorsExitTwoAndUnreadableRecordsOne(@TempDir Path tmp) throws Exception {
    assertThat(run("import", "--mapping", MAPPING, LEDGER).code()).isEqualTo(2); // no output
    assertThat(run("import", "--mapping", MAPPING, "--out", tmp.toString(), "--jsonl",
        tmp.resolve("x").toString(), LEDGER).code()).isEqualTo(2);
    Run noMapping = run("import", "--mapping", tmp.resolve("none.json").toString(), "--jsonl",
        tmp.resolve("x").toString(), LEDGER);
    assertThat(noMapping.code()).isEqualTo(2);
    assertThat(noMapping.err()).contains("no such file");
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"format\":\"govreply-mapping/1\",\"fields\":{\"dat\":\"x\"}}");
    Run badMapping = run("import", "--mapping", bad.toString(), "--jsonl",
        tmp.resolve("x").toString(), LEDGER);
    assertThat(badMapping.code()).isEqualTo(2);
    assertThat(badMapping.err()).contains("/fields/dat: unknown field");
    assertThat(run("import", "--mapping", MAPPING, "--profile", "nope", "--jsonl",
        tmp.resolve("x").toString(), LEDGER).code()).isEqualTo(2);
    assertThat(run("import", "--mapping", MAPPING, "--jsonl", tmp.resolve("x").toString(),
        tmp.resolve("missing.csv").toString()).code()).isEqualTo(1); // RECORDS unreadable
    assertThat(run("import", "--mapping", MAPPING, "--charset", "nope", "--jsonl",
        tmp.resolve("x").toString(), LEDGER).code()).isEqualTo(2);
  }

  @Test
  void fileNamesAreSanitised() {
    assertThat(ImportOutputs.fileName("平政字〔2024〕12号")).isEqualTo("平政字〔2024〕12号");
    assertThat(ImportOutputs.fileName("a/b\\c:d*?\"<>|")).isEqualTo("a_b_c_d______");
    assertThat(ImportOutputs.fileName(".x")).isEqualTo("_x");
  }

  @Test
  void warnsWhenTheHeaderLacksAMappedColumn(@TempDir Path tmp) throws Exception {
    Path csv = tmp.resolve("a.csv");
    Files.writeString(csv, "文号\n平政字〔2024〕12号\n", StandardCharsets.UTF_8);
    Run r = run("import", "--mapping", MAPPING, "--jsonl", tmp.resolve("o.jsonl").toString(),
        csv.toString());
    assertThat(r.err()).contains("has no column").contains("答复日期");
    assertThat(r.code()).isEqualTo(1); // 建议号 and 答复日期 are required
  }

  @Test
  void helpGivesEveryKeyOfARejectLine() {
    // the keys of MappingResult.Rejected.toJsonLine(): a person fixing a record needs to know
    // where it was and what it held; picocli wraps the help, so join lines
    String help = run("import", "--help").out().replaceAll("\\s+", "");
    for (String key : List.of("record", "line", "lines", "offset", "fields", "raw", "rawLength",
        "rawTruncated", "reasons")) {
      assertThat(help).contains("\"" + key + "\":");
    }
  }
}

