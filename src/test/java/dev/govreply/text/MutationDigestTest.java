package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.GoldenDigests;
import dev.govreply.json.ReplyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A reproducible safety net for changes that must not change what the reader produces: from every
 * text document of the test resources, a seeded generator makes {@value #MUTANTS} mutated
 * documents — lines joined, split, dropped, repeated or indented, blank lines added, full-width
 * punctuation written in ASCII and back, brackets swapped, spaces inserted, a page line put in
 * front — and the digest of what the reader makes of each (canonical JSON and the golden report)
 * is compared with the one committed in {@code src/test/resources/golden/mutations.digest}.
 *
 * <p>The seed is fixed, and each document's mutants depend only on it, the document's name and
 * its text (so that adding a document changes no other document's digests): anyone can rerun it; a deliberate change rewrites the digests:
 * {@code -Dgolden.update=true}. {@code -Dgolden.dump=NAME#K[,NAME#K…]} prints those mutants and what was read.
 */
class MutationDigestTest {
  static final long SEED = 20261201L;
  static final int MUTANTS = 10;
  static final Path DIGESTS = GoldenOutputTest.GOLDEN.resolve("mutations.digest");

  private static final String[][] SWAPS = {{"：", ":"}, {"，", ","}, {"（", "("}, {"）", ")"},
      {"〔", "["}, {"〕", "]"}, {"；", ";"}, {"、", ","}, {":", "："}, {"(", "（"}, {")", "）"},
      {"〔", "【"}, {"〕", "】"}, {"号", "號"}, {"会", "會"}, {"电话", "電話"}};
  private static final String[] PAGE_LINES = {"首页 > 政务公开 > 建议提案办理",
      "https://www.example.gov.cn/zwgk/jyta/202405/t20240506_123456.html",
      "来源：某某县人民政府  发布时间：2024-05-06 10:20  浏览次数：123", "【字体：大 中 小】 打印"};

  /** One mutant of {@code text}: a few random edits, each keeping the text a plausible capture. */
  static String mutate(String text, SplittableRandom rnd) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (int edits = 1 + rnd.nextInt(3); edits > 0 && !lines.isEmpty(); edits--) {
      int i = rnd.nextInt(lines.size());
      String l = lines.get(i);
      switch (rnd.nextInt(9)) {
        case 0 -> { // join with the next line, as a PDF capture does
          if (i + 1 < lines.size()) {
            lines.set(i, l + lines.remove(i + 1));
          }
        }
        case 1 -> { // break the line inside
          if (l.length() > 2) {
            int at = 1 + rnd.nextInt(l.length() - 1);
            lines.set(i, l.substring(0, at));
            lines.add(i + 1, l.substring(at));
          }
        }
        case 2 -> lines.remove(i);
        case 3 -> lines.add(i, l);
        case 4 -> lines.add(i, "");
        case 5 -> lines.set(i, "  " + l);
        case 6 -> {
          String[] swap = SWAPS[rnd.nextInt(SWAPS.length)];
          lines.set(i, l.replace(swap[0], swap[1]));
        }
        case 7 -> { // a layout space inside
          int at = rnd.nextInt(l.length() + 1);
          lines.set(i, l.substring(0, at) + (rnd.nextBoolean() ? " " : "\u3000")
              + l.substring(at));
        }
        default -> lines.add(0, PAGE_LINES[rnd.nextInt(PAGE_LINES.length)]);
      }
    }
    return String.join("\n", lines);
  }

  /** The mutants of every document, by name ({@code 00-pingjiang-xzf-jy241#7}), in order. */
  static Map<String, String> mutants() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (DocumentSets set : DocumentSets.values()) {
      for (Path doc : set.documents()) {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String name = set.name + "/" + DocumentSets.name(doc);
        // a generator of its own for each document: adding a document leaves the others' mutants
        SplittableRandom rnd = new SplittableRandom(SEED ^ name.hashCode());
        for (int k = 1; k <= MUTANTS; k++) {
          out.put(name + "#" + k, mutate(text, rnd));
        }
      }
    }
    return out;
  }

  /** What the reader makes of a text, as the golden files hold it. */
  static String output(String text) {
    ReadResult r = ReplyTextReader.standard().read(text);
    return ReplyJson.standard().writeString(r.reply()) + "\n" + GoldenOutputTest.report(r);
  }

  /**
   * What was read of one mutant: its digest, whether the reader failed on it, and the mutant
   * with what was read when asked to dump it (else null).
   */
  private record Read(String name, String digest, boolean failed, String dump) {
    static Read of(String name, String mutant, boolean dump) {
      String out = output(mutant);
      return new Read(name, GoldenDigests.digest(out),
          out.contains("\nGR-TXT-098 ") || out.contains("\nGR-TXT-099 "),
          dump ? "==== " + name + "\n" + mutant + "\n----\n" + out : null);
    }
  }

  @Test
  void everyMutantReadsAsBefore() throws IOException {
    Map<String, String> mutants = mutants();
    String dump = System.getProperty("golden.dump");
    List<String> dumped = dump == null ? List.of() : List.of(dump.split(","));
    // read on all cores (the reader is thread-safe), kept in order
    List<Read> reads = List.copyOf(mutants.entrySet()).parallelStream()
        .map(m -> Read.of(m.getKey(), m.getValue(), dumped.contains(m.getKey()))).toList();
    StringBuilder digests = new StringBuilder();
    List<String> failed = new ArrayList<>();
    for (Read r : reads) {
      if (r.dump() != null) {
        System.out.println(r.dump());
      }
      if (r.failed()) {
        failed.add(r.name());
      }
      digests.append(r.name()).append(' ').append(r.digest()).append('\n');
    }
    // checked before an update too, so that no digest of a reader's failure is ever accepted
    assertThat(failed).as("mutants the reader failed on (GR-TXT-098/099; see one with"
        + " -Dgolden.dump=NAME#K)").isEmpty();
    if (GoldenOutputTest.UPDATE) {
      Files.writeString(DIGESTS, digests, StandardCharsets.UTF_8);
      System.out.println("mutations: " + mutants.size() + " digests written");
      return;
    }
    List<String> actual = List.of(digests.toString().split("\n"));
    List<String> differ = GoldenDigests.differing(DIGESTS, actual);
    System.out.println("mutations: " + actual.size() + " mutants, " + differ.size() + " differ");
    assertThat(differ).as("mutants read differently from " + DIGESTS + " (see one with"
        + " -Dgolden.dump=NAME#K; a deliberate change: -Dgolden.update=true)").isEmpty();
  }
}
