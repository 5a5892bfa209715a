package dev.govreply.cli;

import static dev.govreply.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.govreply.cli.Cli.Run;
import dev.govreply.json.ReplyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import outputs never lose data: no output is an input or another output, every file is complete
 * or absent, an existing file is replaced only with --force, and the summary is printed also when
 * the run fails.
 */
class ImportSafetyTest {

  static final Path MAPPING = Path.of("examples/legacy/ledger-mapping.json");
  static final Path LEDGER = Path.of("examples/legacy/ledger-2021.csv");

  /** Every entry of {@code dir}, hidden ones included, sorted. */
  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** A copy of the example ledger and mapping in {@code dir}. */
  static void copyExamples(Path dir) throws IOException {
    Files.copy(LEDGER, dir.resolve("ledger.csv"));
    Files.copy(MAPPING, dir.resolve("mapping.json"));
  }

  @Test
  void anOutputThatIsAnInputOrAnotherOutputIsRefused(@TempDir Path dir) throws IOException {
    copyExamples(dir);
    byte[] ledger = Files.readAllBytes(dir.resolve("ledger.csv"));
    byte[] mapping = Files.readAllBytes(dir.resolve("mapping.json"));
    Files.createSymbolicLink(dir.resolve("sym.jsonl"), dir.resolve("ledger.csv"));
    Files.createLink(dir.resolve("hard.jsonl"), dir.resolve("ledger.csv"));
    Files.createDirectory(dir.resolve("sub"));
    String l = dir.resolve("ledger.csv").toString();
    String m = dir.resolve("mapping.json").toString();
    String dotted = dir.resolve(".").resolve("ledger.csv").toString();
    String around = dir.resolve("sub").resolve("..").resolve("o.jsonl").toString();
    String o = dir.resolve("o.jsonl").toString();
    List<String[]> cases = List.of(
        new String[] {"--jsonl", l, "--jsonl " + l + " is the same file as RECORDS " + l},
        new String[] {"--jsonl", dotted, "--jsonl " + dotted + " is the same file as RECORDS"},
        new String[] {"--jsonl", dir.resolve("sym.jsonl").toString(), "same file as RECORDS"},
        new String[] {"--jsonl", dir.resolve("hard.jsonl").toString(), "same file as RECORDS"},
        new String[] {"--out", l, "--out " + l + " is the same file as RECORDS"},
        new String[] {"--jsonl", o, "--rejects", around,
            "--rejects " + around + " is the same file as --jsonl " + o},
        new String[] {"--jsonl", o, "--rejects", m,
            "--rejects " + m + " is the same file as --mapping " + m},
        new String[] {"--out", dir.resolve("out").toString(), "--rejects", l,
            "--rejects " + l + " is the same file as RECORDS"},
        new String[] {"--jsonl", m, "is the same file as --mapping"});
    for (String[] c : cases) {
      for (boolean force : new boolean[] {false, true}) {
        List<String> args = new ArrayList<>(List.of("import", "--mapping", m));
        args.addAll(List.of(c).subList(0, c.length - 1));
        if (force) {
          args.add("--force");
        }
        args.add(l);
        Run r = run(args.toArray(String[]::new));
        assertThat(r.code()).as("%s", args).isEqualTo(2);
        assertThat(r.err()).as("%s", args).contains(c[c.length - 1]).doesNotContain("read ");
      }
    }
    assertThat(Files.readAllBytes(dir.resolve("ledger.csv"))).isEqualTo(ledger);
    assertThat(Files.readAllBytes(dir.resolve("mapping.json"))).isEqualTo(mapping);
    assertThat(names(dir)).containsExactly("hard.jsonl", "ledger.csv", "mapping.json", "sub",
        "sym.jsonl");
  }

  @Test
  void anExistingFileIsReplacedOnlyWithForce(@TempDir Path dir) throws IOException {
    Path jsonl = dir.resolve("o.jsonl");
    Path rejects = dir.resolve("r.jsonl");
    Files.writeString(jsonl, "precious\n");
    Run r = run("import", "--mapping", MAPPING.toString(), "--jsonl", jsonl.toString(),
        LEDGER.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("govreply import: --jsonl " + jsonl
        + " already exists; use --force to replace it" + System.lineSeparator());
    assertThat(Files.readString(jsonl)).isEqualTo("precious\n");

    Files.writeString(rejects, "precious\n");
    Run rej = run("import", "--mapping", MAPPING.toString(), "--jsonl",
        dir.resolve("new.jsonl").toString(), "--rejects", rejects.toString(), LEDGER.toString());
    assertThat(rej.code()).isEqualTo(2);
    assertThat(rej.err()).contains("--rejects " + rejects + " already exists");
    assertThat(Files.readString(rejects)).isEqualTo("precious\n");
    assertThat(names(dir)).containsExactly("o.jsonl", "r.jsonl"); // no temporary file left

    Run forced = run("import", "--mapping", MAPPING.toString(), "--jsonl", jsonl.toString(),
        "--rejects", rejects.toString(), "--force", LEDGER.toString());
    assertThat(forced.code()).isEqualTo(1);
    assertThat(forced.err()).startsWith("read 12, written 8, rejected 4");
    assertThat(Files.readAllLines(jsonl)).hasSize(8);
    assertThat(Files.readAllLines(rejects)).hasSize(4);
    assertThat(names(dir)).containsExactly("o.jsonl", "r.jsonl");
  }

  @Test
  void aRerunIntoTheSameDirectoryIsAnErrorWithoutForce(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Run first = run("import", "--mapping", MAPPING.toString(), "--out", out.toString(),
        LEDGER.toString());
    assertThat(first.code()).isEqualTo(1);
    List<String> names = names(out);
    assertThat(names).hasSize(8);
    Path one = out.resolve("平交复函〔2021〕19号.json");
    Files.writeString(one, "edited by hand");

    Run again = run("import", "--mapping", MAPPING.toString(), "--out", out.toString(),
        LEDGER.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("read 1, written 0, rejected 0, failed 1 (record 1)")
        .contains("kept: 0 reply files in ")
        .contains("govreply import: " + out.toRealPath().resolve("平交复函〔2021〕19号.json")
            + " already exists; use --force to replace it");
    assertThat(names(out)).isEqualTo(names); // no -2 copies, no temporary files
    assertThat(Files.readString(one)).isEqualTo("edited by hand");

    Run forced = run("import", "--mapping", MAPPING.toString(), "--out", out.toString(),
        "--force", LEDGER.toString());
    assertThat(forced.code()).isEqualTo(1);
    assertThat(forced.err()).startsWith("read 12, written 8, rejected 4");
    assertThat(names(out)).isEqualTo(names);
    assertThat(Files.readAllBytes(one))
        .isEqualTo(ReplyJson.standard().write(ReplyJson.standard().read(one)));
  }

  @Test
  void twoRepliesOfOneRunWithTheSameNumberGetSuffixes(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("dup.csv");
    StringBuilder sb = new StringBuilder("文号,日期\n");
    for (int i = 1; i <= 300; i++) {
      sb.append("平政字〔2024〕12号,2024-03-01\n");
    }
    Files.writeString(csv, sb, StandardCharsets.UTF_8);
    Path mapping = dir.resolve("m.json");
    Files.writeString(mapping, "{\"format\":\"govreply-mapping/1\",\"fields\":{"
        + "\"documentNumber\":\"文号\",\"date\":\"日期\"}}", StandardCharsets.UTF_8);
    Path out = dir.resolve("o");
    Run r = run("import", "--mapping", mapping.toString(), "--out", out.toString(),
        csv.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).startsWith("read 300, written 300, rejected 0");
    List<String> names = names(out);
    assertThat(names).contains("平政字〔2024〕12号.json", "平政字〔2024〕12号-2.json",
        "平政字〔2024〕12号-300.json").doesNotContain("平政字〔2024〕12号-301.json");
    assertThat(names.stream().filter(n -> n.startsWith(".")).count()).isZero();
  }

  @Test
  void suffixesAreCountedPerNameWithoutProbing(@TempDir Path dir) throws IOException {
    ImportOutputs.DirOutput out = new ImportOutputs.DirOutput(dir, false, java.util.Map.of());
    assertThat(out.claim("X")).isEqualTo("X.json");
    assertThat(out.claim("X")).isEqualTo("X-2.json");
    assertThat(out.claim("X-3")).isEqualTo("X-3.json");
    assertThat(out.claim("X")).isEqualTo("X-4.json"); // X-3 was taken by another number
    assertThat(out.claim("x")).isEqualTo("x-5.json"); // X….json on a case-insensitive system
    for (int n : new int[] {1000, 2000, 4000}) {
      ImportOutputs.DirOutput o = new ImportOutputs.DirOutput(dir, false, java.util.Map.of());
      for (int i = 0; i < n; i++) {
        o.claim("平政字〔2024〕12号");
      }
      // one name tried per reply: linear, whatever the number of repeats
      assertThat(o.tries()).isEqualTo(n);
      assertThat(o.claim("平政字〔2024〕12号")).isEqualTo("平政字〔2024〕12号-" + (n + 1) + ".json");
    }
  }

  @Test
  void outDoesNotFollowSymbolicLinks(@TempDir Path dir) throws IOException {
    Path outside = dir.resolve("outside.txt");
    Files.writeString(outside, "not a reply");
    Path out = Files.createDirectory(dir.resolve("out"));
    Path link = out.resolve("平交复函〔2021〕19号.json");
    Files.createSymbolicLink(link, outside);

    Run r = run("import", "--mapping", MAPPING.toString(), "--out", out.toString(),
        LEDGER.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("平交复函〔2021〕19号.json already exists");
    assertThat(Files.isSymbolicLink(link)).isTrue();

    Run forced = run("import", "--mapping", MAPPING.toString(), "--out", out.toString(),
        "--force", LEDGER.toString());
    assertThat(forced.code()).isEqualTo(1);
    assertThat(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS)).isTrue(); // link replaced
    assertThat(Files.readString(outside)).isEqualTo("not a reply");
  }

  @Test
  void aReplyNeverReplacesAnInputOrTheRejectsInTheOutputDirectory(@TempDir Path dir)
      throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Path ledger = out.resolve("平交复函〔2021〕19号.json");
    Files.copy(LEDGER, ledger);
    Run r = run("import", "--mapping", MAPPING.toString(), "--out", out.toString(),
        "--format", "csv", "--force", ledger.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("would replace RECORDS");
    assertThat(Files.readAllBytes(ledger)).isEqualTo(Files.readAllBytes(LEDGER));

    Path out2 = Files.createDirectory(dir.resolve("out2"));
    Path rejects = out2.resolve("平交复函〔2021〕19号.json");
    Run rej = run("import", "--mapping", MAPPING.toString(), "--out", out2.toString(),
        "--rejects", rejects.toString(), LEDGER.toString());
    assertThat(rej.code()).isEqualTo(2);
    assertThat(rej.err()).contains("would replace --rejects").contains("not created: " + rejects);
    assertThat(names(out2)).isEmpty();
  }

  @Test
  void aFailureInTheMiddleKeepsCompleteFilesOnlyAndPrintsTheSummary(@TempDir Path dir)
      throws IOException {
    // a directory where the 5th reply's file would go: moving the reply there fails mid-run
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.createDirectory(out.resolve("平交复函〔2021〕25号.json"));
    Path rejects = dir.resolve("rejects.jsonl");
    Run r = run("import", "--mapping", MAPPING.toString(), "--out", out.toString(), "--rejects",
        rejects.toString(), "--force", LEDGER.toString());

    assertThat(r.code()).isEqualTo(1); // a write failure, not a usage error
    String[] lines = r.err().split("\\R");
    assertThat(lines[0]).matches("read \\d+, written 4, rejected \\d+, failed 1 \\(record \\d+\\);"
        + " the import stopped there");
    assertThat(lines[1]).isEqualTo("kept: 4 reply files in " + out.toRealPath()
        + " (each one complete); not created: " + rejects);
    assertThat(lines[2]).startsWith("govreply import: cannot write ").contains("25号.json");
    assertThat(Files.exists(rejects)).isFalse();
    List<String> names = names(out);
    assertThat(names).hasSize(5).noneMatch(n -> n.startsWith("."));
    for (String n : names) {
      Path f = out.resolve(n);
      if (Files.isRegularFile(f)) {
        assertThat(Files.size(f)).isPositive();
        ReplyJson.standard().read(f); // complete JSON
      }
    }
  }

  @Test
  void aFullDiskUnderJsonLinesLeavesNoFileAndPrintsTheSummary(@TempDir Path dir)
      throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/full")));
    // enough rejects to overflow the 64 KiB buffer in the middle of the run
    StringBuilder csv = new StringBuilder(Files.readString(LEDGER));
    List<String> rows = Files.readAllLines(LEDGER);
    String body = String.join("\r\n", rows.subList(1, rows.size())) + "\r\n";
    for (int i = 0; i < 100; i++) {
      csv.append(body);
    }
    Path big = dir.resolve("big.csv");
    Files.writeString(big, csv, StandardCharsets.UTF_8);
    Path jsonl = dir.resolve("o.jsonl");
    Run r = run("import", "--mapping", MAPPING.toString(), "--jsonl", jsonl.toString(),
        "--rejects", "/dev/full", big.toString());
    assertThat(r.code()).isEqualTo(1);
    String[] lines = r.err().split("\\R");
    assertThat(lines[0]).matches("read \\d+, written \\d+, rejected \\d+, failed 1"
        + " \\(record \\d+\\); the import stopped there");
    assertThat(lines[1]).isEqualTo("not created: " + jsonl
        + "; written in part: /dev/full (not a regular file)");
    assertThat(lines[2]).isEqualTo(
        "govreply import: cannot write --rejects /dev/full: No space left on device");
    assertThat(names(dir)).containsExactly("big.csv");
  }
}
