package dev.govreply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.text.TextReadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file's failure, whatever it is, is one line on stderr; the next file goes on. */
class PerFileTest {

  /** Runs works over files as the commands do: each in turn, whatever the others did. */
  static String runAll(List<Path> files, List<PerFile.Work> works, List<Boolean> done) {
    StringWriter err = new StringWriter();
    PrintWriter w = new PrintWriter(err);
    for (int i = 0; i < files.size(); i++) {
      done.add(PerFile.run(files.get(i), w, works.get(i)));
    }
    return err.toString();
  }

  @Test
  void everyKindOfFailureIsReportedForItsFileAndTheNextFileIsProcessed(@TempDir Path dir)
      throws IOException {
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[12345]);
    List<Path> files = List.of(big, dir.resolve("bug.txt"), dir.resolve("deep.txt"),
        dir.resolve("gone.txt"), dir.resolve("locked.txt"), dir.resolve("bad.txt"),
        dir.resolve("unchecked.txt"), dir.resolve("good.txt"));
    List<String> processed = new ArrayList<>();
    List<PerFile.Work> works = List.of(
        () -> {
          long[] hog = new long[Integer.MAX_VALUE - 8]; // more than any test heap
          processed.add("big " + hog.length);
        },
        () -> {
          throw new IllegalStateException("a library bug");
        },
        () -> {
          throw new StackOverflowError();
        },
        () -> {
          throw new NoSuchFileException("gone.txt");
        },
        () -> {
          throw new AccessDeniedException("locked.txt");
        },
        () -> {
          throw new TextReadException(4, "not valid UTF-8", null);
        },
        () -> {
          throw new UncheckedIOException(new IOException("Input/output error"));
        },
        () -> processed.add("good"));
    List<Boolean> done = new ArrayList<>();

    String err = runAll(files, works, done);

    assertThat(done).containsExactly(false, false, false, false, false, false, false, true);
    assertThat(processed).containsExactly("good");
    assertThat(err.split("\\R")).containsExactly(
        big + ": not enough memory to read this file (12345 bytes); run with a larger -Xmx",
        dir.resolve("bug.txt") + ": internal error: java.lang.IllegalStateException: a library bug",
        dir.resolve("deep.txt") + ": internal error: java.lang.StackOverflowError",
        dir.resolve("gone.txt") + ": no such file",
        dir.resolve("locked.txt") + ": cannot read: permission denied",
        dir.resolve("bad.txt") + ": " + new TextReadException(4, "not valid UTF-8", null)
            .getMessage(),
        dir.resolve("unchecked.txt") + ": cannot read: Input/output error");
    assertThat(err).doesNotContain("\tat ");
  }

  @Test
  void theFileNameAndTheMessageAreEscaped(@TempDir Path dir) {
    Path evil = dir.resolve("evil\nx.txt: ok");
    StringWriter err = new StringWriter();
    PerFile.run(evil, new PrintWriter(err), () -> {
      throw new IllegalStateException("\u001B[2J");
    });
    assertThat(err.toString().split("\\R")).hasSize(1);
    assertThat(err.toString()).contains("evil\\u000Ax.txt: ok: internal error: ")
        .contains("\\u001B[2J").doesNotContain("\u001B");
  }
}
