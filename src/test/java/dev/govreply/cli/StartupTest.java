package dev.govreply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up does only what the command needs: asserted on the classes a fresh JVM loads (no timing).
 * {@code --version} builds no command and starts neither Jackson nor Hibernate Validator; {@code
 * read} builds only itself and starts no Hibernate Validator; {@code check} with text output starts
 * no Jackson databind mapper.
 */
class StartupTest {

  static final String FOUNDING = CheckCommandTest.FOUNDING.toString();

  private static final Pattern LOADED = Pattern.compile("\\] (\\S+) source:");

  /** The classes a fresh JVM loads to run govreply with {@code args}. */
  static List<String> classesLoaded(Path dir, String... args) throws IOException,
      InterruptedException {
    Path buildDir = Path.of(System.getProperty("govreply.buildDir", "target"));
    String cp = buildDir.resolve("classes") + File.pathSeparator
        + Files.readString(buildDir.resolve("runtime-classpath.txt")).strip();
    Path log = dir.resolve("classes-" + System.nanoTime() + ".txt");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", cp, "dev.govreply.cli.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.txt").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isBetween(0, 1);
    List<String> classes = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      Matcher m = LOADED.matcher(line);
      if (m.find()) {
        classes.add(m.group(1));
      }
    }
    assertThat(classes).contains("dev.govreply.cli.Main");
    return classes;
  }

  @Test
  void versionStartsNoLibraryAndBuildsNoCommand(@TempDir Path dir) throws Exception {
    List<String> classes = classesLoaded(dir, "--version");
    assertThat(classes).noneMatch(c -> c.startsWith("com.fasterxml.jackson."))
        .noneMatch(c -> c.startsWith("org.hibernate."))
        .noneMatch(c -> c.startsWith("jakarta."))
        .noneMatch(c -> c.startsWith("dev.govreply.") && !c.startsWith("dev.govreply.cli."))
        .doesNotContain("dev.govreply.cli.ReadCommand", "dev.govreply.cli.CheckCommand",
            "dev.govreply.cli.JsonCommand", "dev.govreply.cli.ImportCommand")
        .noneMatch(c -> c.startsWith("java.util.logging."));
  }

  @Test
  void readStartsNoValidatorAndBuildsOnlyItself(@TempDir Path dir) throws Exception {
    List<String> classes = classesLoaded(dir, "read", FOUNDING);
    assertThat(classes).contains("dev.govreply.cli.ReadCommand")
        .doesNotContain("dev.govreply.cli.CheckCommand", "dev.govreply.cli.JsonCommand",
            "dev.govreply.cli.ImportCommand")
        .noneMatch(c -> c.startsWith("org.hibernate."));
  }

  @Test
  void checkStartsNoJsonMapperForTextOutput(@TempDir Path dir) throws Exception {
    List<String> classes = classesLoaded(dir, "check", FOUNDING);
    // Hibernate Validator's start-up message (HV000001, INFO) stays off the command's output
    assertThat(Files.readString(dir.resolve("out.txt"))).startsWith(FOUNDING + ": REJECT ")
        .doesNotContain("HV000001").doesNotContain("org.hibernate");
    assertThat(classes).contains("dev.govreply.cli.CheckCommand")
        .anyMatch(c -> c.startsWith("org.hibernate.validator."))
        .doesNotContain("com.fasterxml.jackson.databind.ObjectMapper",
            "dev.govreply.cli.ReadCommand");
  }

  @Test
  void renderingAWordDocumentSaysNothing(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("reply.docx");
    classesLoaded(dir, "render", "--to", "docx", "-o", docx.toString(), FOUNDING);
    // Apache POI logs through the Log4j API, which has no provider in the command line
    assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
    assertThat(Files.size(docx)).isPositive();
  }

  @Test
  void onlyTheNamedCommandIsBuilt() {
    assertThat(GovreplyCommand.commandsNeeded(new String[] {"read", "x.txt"})).containsExactly("read");
    assertThat(GovreplyCommand.commandsNeeded(new String[] {"check", "--help"})).containsExactly("check");
    assertThat(GovreplyCommand.commandsNeeded(new String[] {"--version"})).isEmpty();
    assertThat(GovreplyCommand.commandsNeeded(new String[] {"-V"})).isEmpty();
    assertThat(GovreplyCommand.commandsNeeded(new String[] {})).isEqualTo(GovreplyCommand.COMMANDS);
    assertThat(GovreplyCommand.commandsNeeded(new String[] {"--help"})).isEqualTo(GovreplyCommand.COMMANDS);
    assertThat(GovreplyCommand.commandsNeeded(new String[] {"help", "read"})).isEqualTo(GovreplyCommand.COMMANDS);
    assertThat(GovreplyCommand.commandsNeeded(new String[] {"reed"})).isEqualTo(GovreplyCommand.COMMANDS);
  }

  @Test
  void theHelpStillListsEveryCommandAndSuggestsForTypos() {
    Cli.Run help = Cli.run("--help");
    assertThat(help.out()).contains("  json ", "  read ", "  check ", "  import ", "  render ",
        "  help ");
    Cli.Run typo = Cli.run("reed", FOUNDING);
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("Did you mean: govreply read or govreply render?");
    Cli.Run helpRead = Cli.run("help", "read");
    assertThat(helpRead.code()).isZero();
    assertThat(helpRead.out()).contains("Usage: govreply read");
    assertThat(Cli.run("--version").out()).startsWith("govreply ");
  }
}
