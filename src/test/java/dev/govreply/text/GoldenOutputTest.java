package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.json.ReplyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden outputs: for every text document of the test resources, what the reader makes of it —
 * the canonical JSON of the reply ({@code NAME.json}, pretty) and the read report ({@code
 * NAME.report}: what every line became, then every finding with rule, severity, span, path,
 * message and fix) — is committed under {@code src/test/resources/golden/SET/}, and this test
 * compares the reader's output with it.
 *
 * <p>A deliberate change of the reader rewrites them, so that it shows as a reviewable diff:
 * {@code mvn -B -ntp test -Dtest=GoldenOutputTest -Dgolden.update=true}.
 */
class GoldenOutputTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /**
   * The report as the golden file holds it: every line's fate, the provenance of the values, then
   * every finding in full.
   */
  static String report(ReadResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("charset: ").append(r.report().charset().name()).append('\n');
    for (LineRecord l : r.report().lines()) {
      sb.append(l.number()).append(": ");
      if (l.blank()) {
        sb.append("(blank)");
      } else if (l.unaccounted()) {
        sb.append("(UNACCOUNTED)");
      } else {
        sb.append(String.join(", ", l.targets()));
        if (!l.markup().isEmpty()) {
          sb.append(" | markup ").append(String.join(" ", l.markup()));
        }
      }
      sb.append('\n');
    }
    sb.append("provenance:");
    r.report().provenance().forEach((path, p) -> sb.append(' ').append(path).append('=').append(p));
    sb.append('\n');
    for (Finding f : r.report().findings()) {
      sb.append(f.ruleId()).append(' ').append(f.severity()).append(' ')
          .append(f.span().map(Object::toString).orElse("-")).append(' ')
          .append(f.path().orElse("-")).append(": ").append(f.message());
      f.suggestedFix().ifPresent(fix -> sb.append(" | fix: ").append(fix));
      sb.append('\n');
    }
    return sb.toString();
  }

  @ParameterizedTest
  @EnumSource(DocumentSets.class)
  void readerOutputsEqualTheGoldenFiles(DocumentSets set) throws IOException {
    Path dir = GOLDEN.resolve(set.name);
    Map<String, String> outputs = new LinkedHashMap<>(); // file name → what the reader made
    List<String> failed = new ArrayList<>();
    for (Path doc : set.documents()) {
      String name = DocumentSets.name(doc);
      ReadResult r = ReplyTextReader.standard().read(Files.readAllBytes(doc));
      String report = report(r);
      if (report.contains("\nGR-TXT-098 ") || report.contains("\nGR-TXT-099 ")) {
        failed.add(name);
      }
      outputs.put(name + ".json", ReplyJson.standard().writePretty(r.reply()) + "\n");
      outputs.put(name + ".report", report);
    }
    // checked before an update too: no golden file of a reader's failure is ever written
    assertThat(failed).as("documents the reader failed on (GR-TXT-098/099)").isEmpty();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> o : outputs.entrySet()) {
      changed.addAll(compare(dir.resolve(o.getKey()), o.getValue()));
    }
    if (UPDATE) {
      System.out.println("golden " + set.name + ": " + changed.size() + " files rewritten "
          + changed);
      return;
    }
    assertThat(changed).as("reader outputs that differ from src/test/resources/golden/"
        + set.name + " (a deliberate change: rerun with -Dgolden.update=true and review the"
        + " diff)").isEmpty();
  }

  /** The file's name when its content differs from {@code actual} (rewritten when updating). */
  private static List<String> compare(Path file, String actual) throws IOException {
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    if (actual.equals(expected)) {
      return List.of();
    }
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    return List.of(file.getFileName().toString());
  }
}
