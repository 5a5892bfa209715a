package dev.govreply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * picocli is an optional dependency: {@code dev.govreply.cli.Main} run from the plain jar's
 * classes without it says, in one line, which artifact to add and which jar includes it, and exits
 * with 2 — no {@code NoClassDefFoundError}. Run in a fresh JVM on the build's runtime class path
 * minus picocli.
 */
class MissingPicocliTest {

  record Result(int code, String out, String err) {}

  /** Runs {@code dev.govreply.cli.Main} with {@code args} on the runtime class path, picocli kept
   * or left out. */
  static Result runMain(boolean withPicocli, String... args) throws IOException,
      InterruptedException {
    Path buildDir = Path.of(System.getProperty("govreply.buildDir", "target"));
    List<String> path = new ArrayList<>(List.of(buildDir.resolve("classes").toString()));
    for (String entry : Files.readString(buildDir.resolve("runtime-classpath.txt")).strip()
        .split(File.pathSeparator)) {
      if (!entry.isBlank() && (withPicocli || !Path.of(entry).getFileName().toString()
          .startsWith("picocli-"))) {
        path.add(entry);
      }
    }
    assertThat(String.join(File.pathSeparator, path).contains("picocli-")).isEqualTo(withPicocli);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
        "-cp", String.join(File.pathSeparator, path), "dev.govreply.cli.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out, err);
  }

  static String projectVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      p.load(in);
    }
    return p.getProperty("version");
  }

  @Test
  void withoutPicocliMainSaysWhatToAddAndExits2() throws Exception {
    String expected = "govreply: the govreply command line needs info.picocli:picocli 4.7.7 on"
        + " the class path; use govreply-" + projectVersion() + "-cli.jar, which includes it";
    for (String[] args : List.of(new String[] {"--version"},
        new String[] {"read", "src/test/resources/samples/00-pingjiang-xzf-jy241.txt"},
        new String[] {})) {
      Result r = runMain(false, args);
      assertThat(r.err().lines().toList()).as(String.join(" ", args)).containsExactly(expected);
      assertThat(r.out()).isEmpty();
      assertThat(r.code()).isEqualTo(2);
    }
  }

  @Test
  void withPicocliMainRuns() throws Exception {
    Result r = runMain(true, "--version");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("govreply " + projectVersion() + "\n");
  }
}
