package dev.govreply.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every write is checked: a full disk or a closed standard output never ends with exit 0. */
class WriteFailureTest {

  static final Path SAMPLES = Path.of("src/test/resources/samples");
  static final String FOUNDING = SAMPLES.resolve("00-pingjiang-xzf-jy241.txt").toString();
  static final String NANGONG = SAMPLES.resolve("01-nangong-jtj-jy46.txt").toString();
  static final String FOUNDING_JSON = "examples/documents/00-pingjiang-xzf-jy241.json";

  /** A stream whose every write fails as a full disk does. */
  static final class FullDisk extends OutputStream {
    int writes;

    @Override
    public void write(int b) throws IOException {
      writes++;
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      write(0);
    }
  }

  record Run(int code, String err) {}

  static Run run(PrintWriter out, String... args) {
    StringWriter err = new StringWriter();
    int code = Main.execute(args, out, new PrintWriter(err));
    return new Run(code, err.toString());
  }

  static List<String> lines(String s) {
    return s.isEmpty() ? List.of() : new ArrayList<>(List.of(s.split("\\R")));
  }

  @Test
  void readAndJsonExitOneWithTheReasonOnce() {
    for (String[] args : List.of(
        new String[] {"read", FOUNDING, NANGONG},
        new String[] {"read", "--to", "text", FOUNDING, NANGONG},
        new String[] {"read", "--to", "ledger-json", FOUNDING},
        new String[] {"read", "--to", "ledger-csv", FOUNDING, NANGONG},
        new String[] {"json", FOUNDING_JSON, FOUNDING_JSON})) {
      Run r = run(new StdoutWriter(new FullDisk()), args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(lines(r.err())).as(String.join(" ", args)).containsExactly("govreply " + args[0]
          + ": cannot write to standard output: No space left on device");
    }
  }

  @Test
  void checkExitsWith1LikeTheOtherCommands() {
    Run r = run(new StdoutWriter(new FullDisk()), "check", FOUNDING, NANGONG);
    assertThat(r.code()).isEqualTo(ExitCode.FOUND_WANTING).isEqualTo(1);
    assertThat(lines(r.err())).containsExactly(
        "govreply check: cannot write to standard output: No space left on device");
    Run json = run(new StdoutWriter(new FullDisk()), "check", "--format", "json", FOUNDING);
    assertThat(json.code()).isEqualTo(1);
  }

  @Test
  void aPlainPrintWriterIsCheckedTooWithoutAReason() {
    FullDisk disk = new FullDisk();
    Run r = run(new PrintWriter(disk), "read", FOUNDING, NANGONG, FOUNDING);
    assertThat(r.code()).isEqualTo(1);
    assertThat(lines(r.err())).containsExactly("govreply read: cannot write to standard output");
    // the command stopped at the first failure instead of writing on into a dead stream: one
    // attempt for the first document, one by the final flush of Main.execute
    assertThat(disk.writes).isEqualTo(2);
  }

  @Test
  void helpToAFullDiskIsNotASuccess() {
    Run r = run(new StdoutWriter(new FullDisk()), "read", "--help");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("govreply: cannot write to standard output");
  }

  @Test
  void aClosedStandardOutput() throws IOException {
    OutputStream closed = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Bad file descriptor");
      }
    };
    Run r = run(new StdoutWriter(closed), "read", "--to", "ledger-csv", FOUNDING);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("govreply read: cannot write to standard output:"
        + " Bad file descriptor" + System.lineSeparator());
  }

  @Test
  void devFull() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full));
    for (String[] args : List.of(new String[] {"read", FOUNDING},
        new String[] {"read", "--to", "ledger-csv", FOUNDING},
        new String[] {"json", FOUNDING_JSON})) {
      try (FileOutputStream s = new FileOutputStream(full.toFile())) {
        Run r = run(new StdoutWriter(s), args);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("cannot write to standard output: No space left on device");
      }
    }
    try (FileOutputStream s = new FileOutputStream(full.toFile())) {
      assertThat(run(new StdoutWriter(s), "check", FOUNDING).code()).isEqualTo(1);
    }
  }
}
