package dev.govreply.text;

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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Shared by the ledger tests: reads every {@code *.txt} of a test-resource directory, compares its
 * ledger row with {@code expected/NAME.json} key by key under the comparison rule of LEDGER.md
 * (Unicode NFKC, all whitespace removed, lists element by element in order), and tabulates
 * accuracy per field and per document, and how many of the values the reader filled in are wrong.
 */
final class LedgerCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LedgerCheck() {}

  /**
   * The outcome over one directory.
   *
   * @param documents how many documents were read
   * @param correct per ledger key, how many documents have it right
   * @param perDocument per document, how many of its keys are right
   * @param filled how many values the reader filled in (not null, not an empty list)
   * @param wrongFilled how many of those differ from the expected value
   * @param failures one line per wrong key: name, key, expected, got
   * @param unaccounted lines the report accounts for nowhere
   */
  record Outcome(int documents, Map<String, Integer> correct, Map<String, Integer> perDocument,
      int filled, int wrongFilled, List<String> failures, List<String> unaccounted) {

    /** The fields right in all, out of documents × keys. */
    int total() {
      return correct.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The per-field table, one row per ledger key and a total, then the filled-wrong rate. */
    String table(String title) {
      StringBuilder t = new StringBuilder("\n" + title + "\nfield            correct/" + documents
          + "\n");
      for (Map.Entry<String, Integer> e : correct.entrySet()) {
        t.append(String.format("%-16s %d/%d%n", e.getKey(), e.getValue(), documents));
      }
      int all = documents * correct.size();
      t.append(String.format(Locale.ROOT, "%-16s %d/%d (%.1f %%)%n", "ALL", total(), all,
          all == 0 ? 0 : 100.0 * total() / all));
      t.append(String.format(Locale.ROOT, "filled wrong     %d/%d (%.1f %%)%n", wrongFilled, filled,
          filled == 0 ? 0 : 100.0 * wrongFilled / filled));
      return t.toString();
    }

    /** One line per document that has a key wrong: name and keys right. */
    String perDocumentTable() {
      StringBuilder t = new StringBuilder();
      perDocument.forEach((name, right) -> {
        if (right < correct.size()) {
          t.append(String.format("  %-40s %d/%d%n", name, right, correct.size()));
        }
      });
      return t.toString();
    }
  }

  /** The directory of a test resource (given by a file inside it). */
  static Path directoryOf(String resource) {
    try {
      return Paths.get(LedgerCheck.class.getResource(resource).toURI()).getParent();
    } catch (Exception e) {
      throw new IllegalStateException(resource, e);
    }
  }

  /** The {@code .txt} documents of {@code dir}, sorted by name. */
  static List<Path> documents(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** Reads one document as UTF-8 with the layout reader. */
  static ReadResult read(Path p) throws IOException {
    return LayoutReader.read(Files.readString(p, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  /** Reads every document of {@code dir} and compares it with its expected row. */
  static Outcome check(Path dir) throws IOException {
    Map<String, Integer> correct = new LinkedHashMap<>();
    LedgerRow.KEYS.forEach(k -> correct.put(k, 0));
    Map<String, Integer> perDocument = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    List<String> unaccounted = new ArrayList<>();
    int filled = 0;
    int wrongFilled = 0;
    List<Path> files = documents(dir);
    for (Path p : files) {
      String name = p.getFileName().toString().replace(".txt", "");
      ReadResult r = read(p);
      JsonNode actual = MAPPER.readTree(LedgerJson.write(LedgerRow.of(r.reply())));
      JsonNode expected = MAPPER.readTree(dir.resolve("expected/" + name + ".json").toFile());
      if (actual.size() != LedgerRow.KEYS.size()) {
        failures.add(name + ": row has " + actual.size() + " keys");
      }
      int right = 0;
      for (String key : LedgerRow.KEYS) {
        boolean isFilled = isFilled(actual.get(key));
        boolean same = same(expected.get(key), actual.get(key));
        filled += isFilled ? 1 : 0;
        if (same) {
          correct.merge(key, 1, Integer::sum);
          right++;
        } else {
          wrongFilled += isFilled ? 1 : 0;
          failures.add(name + " " + key + (isFilled ? " WRONG" : " EMPTY") + ": expected "
              + expected.get(key) + " got " + actual.get(key));
        }
      }
      perDocument.put(name, right);
      for (LineRecord l : r.report().lines()) {
        if (l.unaccounted()) {
          unaccounted.add(name + ":" + l.number() + " " + l.text());
        }
      }
    }
    return new Outcome(files.size(), correct, perDocument, filled, wrongFilled, failures,
        unaccounted);
  }

  /** A value the reader filled in: not null, not an empty list. */
  static boolean isFilled(JsonNode n) {
    return n != null && !n.isNull() && !(n.isArray() && n.isEmpty());
  }

  /** A value under the comparison rule: NFKC, whitespace removed; null for JSON null. */
  static String norm(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    String s = n.isTextual() ? n.asText() : n.toString();
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u3000]", "");
  }

  /** True when {@code actual} equals {@code expected} under the comparison rule. */
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

}
