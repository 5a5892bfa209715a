package dev.govreply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application of a user's, in {@code src/test/consumer}: compiled against the library with
 * {@code javac -Xlint:all -Werror} (so a build that treats warnings as errors accepts govreply), as
 * a named module that says only {@code requires dev.govreply;} and on the class path, then run on
 * the module path without any flag: validation with a plain factory, JSON, reading text, the test
 * kit.
 */
class ConsumerTest {
  private static final Path SOURCES = Path.of("src/test/consumer");

  /** The library's classes, then its runtime dependencies, as the build wrote them. */
  private static List<Path> libraryPath() throws IOException {
    Path buildDir = Path.of(System.getProperty("govreply.buildDir", "target"));
    List<Path> path = new ArrayList<>();
    path.add(buildDir.resolve("classes"));
    String cp = Files.readString(buildDir.resolve("runtime-classpath.txt")).trim();
    for (String entry : cp.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        path.add(Path.of(entry));
      }
    }
    return path;
  }

  private static String join(List<Path> path) {
    return path.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static List<String> sources(boolean module) throws IOException {
    try (Stream<Path> s = Files.walk(SOURCES)) {
      return s.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> module || !p.getFileName().toString().equals("module-info.java"))
          .map(Path::toString).sorted().toList();
    }
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  /** Compiles with -Xlint:all -Werror; returns javac's output, failing the test on an error. */
  private static String compile(List<String> args) throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(List.of(tool("javac"), "-Xlint:all", "-Werror",
        "-encoding", "UTF-8", "--release", "17"));
    all.addAll(args);
    Process p = new ProcessBuilder(all).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", all) + "\n" + out).isZero();
    return out;
  }

  @Test
  void compilesWithoutWarningsAsAModuleAndRunsWithoutFlags(@TempDir Path dir) throws Exception {
    Path classes = dir.resolve("app");
    List<String> args = new ArrayList<>(List.of("--module-path", join(libraryPath()),
        "-d", classes.toString()));
    args.addAll(sources(true));
    assertThat(compile(args)).isEmpty();

    List<Path> modulePath = new ArrayList<>(libraryPath());
    modulePath.add(classes);
    Process p = new ProcessBuilder(tool("java"), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "--module-path", join(modulePath), "-m", "app/app.ConsumerMain").start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out + err).isZero();
    assertThat(out.lines().toList()).containsExactly(
        "validation: 1 0",
        "json: {\"format\":\"govreply/1\",\"issuer\":\"平江县人民政府\",\"documentNumber\":"
            + "\"平政字〔2024〕12号\"} true",
        "text: 平政字〔2024〕12号",
        "testing: ok");
  }

  @Test
  void compilesWithoutWarningsOnTheClassPath(@TempDir Path dir) throws Exception {
    List<String> args = new ArrayList<>(List.of("-classpath", join(libraryPath()),
        "-d", dir.toString()));
    args.addAll(sources(false));
    assertThat(compile(args)).isEmpty();
  }
}
