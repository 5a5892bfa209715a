package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.GoldenDigests;
import dev.govreply.findings.Finding;
import dev.govreply.json.ReplyJson;
import dev.govreply.legacy.RecordMapping.ContactColumns;
import dev.govreply.legacy.RecordMapping.OnError;
import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.ContactRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A reproducible safety net for changes to the mapper that must not change what an import
 * produces: seeded inputs — generated ledger rows ({@link LedgerRowsGenerator}), the example
 * ledger, the hostile ledger ({@link HostileInputs#ledger}) and rows whose cells vary over every
 * form the mapper reads ({@link VariedLedger}: as CSV, as JSON Lines and as maps with typed
 * values, under two mappings that use every field, source kind and error policy, and under one
 * mapping per field that keeps what it cannot convert, so that each cell's outcome shows; and
 * 20,000 generated near-dates) — are imported,
 * and the digest of every {@value #CHUNK} results (the reply's canonical JSON or the rejection's
 * JSON line, with the findings and their arguments) and of the summary is compared with the one
 * committed in {@code src/test/resources/golden/legacy/imports.digest}.
 *
 * <p>A deliberate change rewrites the digests: {@code -Dgolden.update=true}.
 * {@code -Dgolden.dump=INPUT#K} prints the results of one chunk.
 */
class ImportDigestTest {
  static final Path DIGESTS = Path.of("src/test/resources/golden/legacy/imports.digest");
  static final int CHUNK = 250;
  static final long SEED = 20261202L;

  /** The mapping that fills every field, rejecting what it cannot convert. */
  static final String STRICT = """
      {"format": "govreply-mapping/1",
       "fields": {
         "documentNumber": "文号", "resultClass": "类别",
         "disclosure": {"column": "公开属性", "default": "主动公开"},
         "issuer": "承办单位", "signer": "签发人",
         "title": {"template": "{承办单位}对{届次}第{建议号}号建议的答复"},
         "motionKind": "类型", "motionNumber": "建议号", "session": "届次", "motionTitle": "建议标题",
         "addressee": {"column": "代表姓名", "role": "代表"}, "body": "答复内容",
         "signature": "承办单位", "date": {"column": "答复日期", "required": true},
         "copyTo": "抄送", "notes": {"columns": ["备注", "附注"], "separator": "；"}},
       "contacts": [{"role": "RESPONSIBLE", "name": "承办负责人"},
         {"role": "HANDLER", "name": "承办人", "phone": "联系电话", "unit": "科室"}],
       "ignore": ["录入人"]}
      """;

  /** A mapping that keeps what it cannot convert, with constants, defaults and templates. */
  static final String KEEPING = """
      {"format": "govreply-mapping/1",
       "fields": {
         "documentNumber": {"column": "文号", "onError": "keep"},
         "resultClass": {"column": "类别", "onError": "keep", "default": "B"},
         "disclosure": {"constant": "依申请公开"},
         "issuer": {"columns": ["承办单位", "科室"]},
         "title": {"template": "对《{建议标题}》的答复"},
         "motionKind": {"constant": "提案"},
         "motionNumber": {"template": "第{建议号}号", "onError": "keep"},
         "session": {"column": "届次", "onError": "keep", "default": "政协十届三次会议"},
         "motionTitle": {"column": "建议标题", "onError": "keep"},
         "addressee": {"columns": ["代表姓名", "抄送"], "separator": "、", "role": "委员",
           "onError": "keep"},
         "date": {"column": "答复日期", "onError": "keep"},
         "copyTo": {"column": "抄送", "default": "平江县人民政府办公室"},
         "notes": {"template": "{备注}（{录入人}）"}},
       "contacts": [{"role": "承办人", "name": {"columns": ["承办人", "承办负责人"], "separator": "、"},
         "phone": {"column": "联系电话", "onError": "keep"}}],
       "ignore": ["序号", "其他"]}
      """;

  /** The inputs by name, each with the mapping it is imported by; made on demand. */
  static Map<String, Supplier<Run>> inputs() {
    Map<String, Supplier<Run>> in = new LinkedHashMap<>();
    RecordMapping example = RecordMapperTest.EXAMPLE;
    in.put("generated", () -> new Run(csv(generated(2_000, SEED)), example));
    in.put("example", () -> new Run(source(LegacyExampleTest.CSV), example));
    in.put("hostile", () -> new Run(csv(HostileInputs.ledger(300, SEED)), example));
    List<Map<String, String>> rows = VariedLedger.rows(3_000, SEED);
    List<Map<String, Object>> typed = VariedLedger.typed(rows, SEED);
    RecordMapping strict = RecordMapping.fromJson(STRICT);
    RecordMapping keeping = RecordMapping.fromJson(KEEPING);
    in.put("varied-csv/strict", () -> new Run(csv(VariedLedger.csv(rows)), strict));
    in.put("varied-csv/keeping", () -> new Run(csv(VariedLedger.csv(rows)), keeping));
    in.put("varied-maps/strict", () -> new Run(RecordSource.of(typed), strict));
    in.put("varied-maps/keeping", () -> new Run(RecordSource.of(typed), keeping));
    in.put("varied-jsonl/strict", () -> new Run(jsonLines(VariedLedger.jsonLines(typed)), strict));
    for (Target t : Target.values()) {
      if (t != Target.BODY && t != Target.TITLE) {
        in.put("cells/" + t.key(), () -> new Run(RecordSource.of(typed), cells(t)));
      }
    }
    in.put("cells/phone", () -> new Run(RecordSource.of(typed), RecordMapping.builder()
        .contact(ContactColumns.of(ContactRole.HANDLER, FieldSource.constant("何勇"))
            .withPhone(FieldSource.column("联系电话").onError(OnError.KEEP)))
        .ignore(VariedLedger.COLUMNS.toArray(new String[0])).build()));
    in.put("cells/date-texts", () -> {
      SplittableRandom r = new SplittableRandom(SEED);
      List<Map<String, Object>> dates = new ArrayList<>();
      for (int i = 0; i < 20_000; i++) {
        dates.add(Map.of("答复日期", VariedLedger.dateText(r)));
      }
      return new Run(RecordSource.of(dates), cells(Target.DATE));
    });
    return in;
  }

  /**
   * A mapping of one field from its column of {@link VariedLedger}, keeping a value it cannot
   * convert (so that every cell's outcome shows: the value in the reply, or the reason in a
   * GR-LEG-002 finding); the other columns are ignored.
   */
  static RecordMapping cells(Target target) {
    String column = switch (target) {
      case DOCUMENT_NUMBER -> "文号";
      case RESULT_CLASS -> "类别";
      case DISCLOSURE -> "公开属性";
      case ISSUER, SIGNATURE -> "承办单位";
      case SIGNER -> "签发人";
      case MOTION_KIND -> "类型";
      case MOTION_NUMBER -> "建议号";
      case SESSION -> "届次";
      case MOTION_TITLE -> "建议标题";
      case ADDRESSEE -> "代表姓名";
      case DATE -> "答复日期";
      case COPY_TO -> "抄送";
      case NOTES -> "备注";
      default -> throw new IllegalArgumentException(target.toString());
    };
    FieldSource source = FieldSource.column(column).onError(OnError.KEEP);
    return RecordMapping.builder()
        .field(target, target == Target.ADDRESSEE ? source.withRole(AddresseeRole.DEPUTY) : source)
        .ignore(VariedLedger.COLUMNS.toArray(new String[0])).build();
  }

  /** An input and the mapping it is imported by. */
  record Run(RecordSource source, RecordMapping mapping) {}

  private static byte[] generated(int rows, long seed) {
    StringWriter w = new StringWriter();
    try {
      LedgerRowsGenerator.write(w, rows, seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static RecordSource csv(String text) {
    return csv(text.getBytes(StandardCharsets.UTF_8));
  }

  private static RecordSource csv(byte[] bytes) {
    return RecordSource.csv(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
  }

  private static RecordSource jsonLines(String text) {
    return RecordSource.jsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
  }

  private static RecordSource source(Path file) {
    try {
      return RecordSource.csv(file, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One result as text: the reply's canonical JSON or the rejection's line, and the findings. */
  static String output(MappingResult r) {
    StringBuilder sb = new StringBuilder();
    if (r instanceof MappingResult.Rejected j) {
      sb.append("rejected ").append(j.toJsonLine());
    } else {
      sb.append("accepted ").append(r.recordNumber()).append(' ')
          .append(ReplyJson.standard().writeString(r.reply().orElseThrow()));
    }
    for (Finding f : r.findings()) {
      sb.append("\n  ").append(f).append(" ").append(f.arguments());
    }
    return sb.append('\n').toString();
  }

  /** The summary as text, without the time it took. */
  static String output(ImportSummary s) {
    return "summary " + s.read() + " " + s.written() + " " + s.rejected() + " "
        + s.findingsByRule() + " " + s.sourceFailure() + " " + s.lines() + "\n";
  }

  /** The digests of one input: one line per chunk of results, and one of the summary. */
  static List<String> digests(String name, Run run) throws IOException {
    String dump = System.getProperty("golden.dump", "");
    List<String> out = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    int[] n = {0};
    ImportSummary summary;
    try (RecordSource source = run.source()) {
      summary = RecordImporter.of(RecordMapper.of(run.mapping())).run(source, (r, x) -> {
        chunk.append(output(r));
        if (++n[0] % CHUNK == 0) {
          out.add(line(name + "#" + (n[0] / CHUNK - 1), chunk, dump));
          chunk.setLength(0);
        }
      });
    }
    if (chunk.length() > 0) {
      out.add(line(name + "#" + (n[0] / CHUNK), chunk, dump));
    }
    out.add(line(name + "#summary", new StringBuilder(output(summary)), dump));
    return out;
  }

  private static String line(String key, CharSequence text, String dump) {
    if (key.equals(dump)) {
      System.out.println(text);
    }
    return key + " " + GoldenDigests.digest(text.toString());
  }

  @Test
  void everyImportGivesTheSameResultsAsBefore() throws IOException {
    List<String> actual = new ArrayList<>();
    for (Map.Entry<String, Supplier<Run>> e : inputs().entrySet()) {
      actual.addAll(digests(e.getKey(), e.getValue().get()));
    }
    if (Boolean.getBoolean("golden.update")) {
      GoldenDigests.write(DIGESTS, actual);
      System.out.println("imports: " + actual.size() + " digests written");
      return;
    }
    List<String> differ = GoldenDigests.differing(DIGESTS, actual);
    System.out.println("imports: " + actual.size() + " digests, " + differ.size() + " differ");
    assertThat(differ).as("imports whose results differ from " + DIGESTS + " (see one with"
        + " -Dgolden.dump=INPUT#K; a deliberate change: -Dgolden.update=true)").isEmpty();
  }
}
