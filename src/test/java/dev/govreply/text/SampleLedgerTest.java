package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govreply.ledger.LedgerJson;
import dev.govreply.ledger.LedgerRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every sample document and compares its ledger row with expected/NAME.json key by key under
 * the comparison rule of LEDGER.md (NFKC, whitespace removed, lists element by element); prints a
 * per-field accuracy table and requires 100 %. Also checks that no non-blank line is unaccounted.
 */
class SampleLedgerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Path samples() {
    try {
      return Paths.get(SampleLedgerTest.class.getResource("/samples/SOURCES.md").toURI())
          .getParent();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> sampleFiles() throws IOException {
    try (Stream<Path> s = Files.list(samples())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  static ReadResult read(Path p) throws IOException {
    return LayoutReader.read(Files.readString(p, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  static String norm(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    String s = n.isTextual() ? n.asText() : n.toString();
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u3000]", "");
  }

  static boolean same(JsonNode expected, JsonNode actual) {
    if (expected == null || expected.isNull() || actual == null || actual.isNull()) {
      return (expected == null || expected.isNull()) && (actual == null || actual.isNull());
    }
    if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!same(expected.get(i), actual.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isObject()) {
      if (!actual.isObject()) {
        return false;
      }
      Iterator<String> names = expected.fieldNames();
      while (names.hasNext()) {
        String f = names.next();
        if (!same(expected.get(f), actual.get(f))) {
          return false;
        }
      }
      return expected.size() == actual.size();
    }
    return norm(expected).equals(norm(actual));
  }

  @Test
  void everySampleMatchesItsExpectedLedgerRow() throws IOException {
    Map<String, Integer> correct = new LinkedHashMap<>();
    LedgerRow.KEYS.forEach(k -> correct.put(k, 0));
    List<String> failures = new ArrayList<>();
    List<Path> files = sampleFiles();
    for (Path p : files) {
      String name = p.getFileName().toString().replace(".txt", "");
      LedgerRow row = LedgerRow.of(read(p).reply());
      JsonNode actual = MAPPER.readTree(LedgerJson.write(row));
      JsonNode expected = MAPPER.readTree(samples().resolve("expected/" + name + ".json").toFile());
      assertThat(actual.size()).isEqualTo(LedgerRow.KEYS.size());
      for (String key : LedgerRow.KEYS) {
        if (same(expected.get(key), actual.get(key))) {
          correct.merge(key, 1, Integer::sum);
        } else {
          failures.add(name + " " + key + ": expected " + expected.get(key) + " got "
              + actual.get(key));
        }
      }
    }
    StringBuilder table = new StringBuilder("\nfield            correct/" + files.size() + "\n");
    int total = 0;
    for (Map.Entry<String, Integer> e : correct.entrySet()) {
      table.append(String.format("%-16s %d/%d%n", e.getKey(), e.getValue(), files.size()));
      total += e.getValue();
    }
    table.append(String.format("%-16s %d/%d%n", "ALL", total, files.size() * correct.size()));
    System.out.println(table);
    failures.forEach(System.out::println);
    assertThat(files).hasSize(13);
    assertThat(failures).isEmpty();
  }

  @Test
  void everyNonBlankLineIsAccounted() throws IOException {
    List<String> unaccounted = new ArrayList<>();
    for (Path p : sampleFiles()) {
      ReadReport report = read(p).report();
      for (LineRecord r : report.lines()) {
        if (r.unaccounted()) {
          unaccounted.add(p.getFileName() + ":" + r.number() + " " + r.text());
        }
      }
    }
    assertThat(unaccounted).isEmpty();
  }

  @Test
  void everyHanCharacterOutsideTheBodyIsKept() throws IOException {
    // lines that went only to unrecognized blocks keep their text verbatim
    for (Path p : sampleFiles()) {
      ReadResult r = read(p);
      r.reply().unrecognized().forEach(b -> {
        for (int i = 0; i < b.lines().size(); i++) {
          assertThat(b.lines().get(i))
              .isEqualTo(r.report().lines().get(b.firstLine() - 1 + i).text());
        }
      });
    }
  }
}
