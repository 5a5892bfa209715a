package dev.govreply.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Starts the {@code govreply} command ({@link GovreplyCommand}) once it has made sure that picocli,
 * an optional dependency of the library, is on the class path; without it, says in one line on
 * stderr which artifact to add and which jar includes it, and exits with {@link ExitCode#USAGE}:
 *
 * <pre>
 * govreply: the govreply command line needs info.picocli:picocli 4.7.7 on the class path; use
 * govreply-0.1.0-cli.jar, which includes it
 * </pre>
 *
 * <p>The main class of {@code govreply-<version>-cli.jar}. No picocli type appears in this class,
 * so it loads without picocli.
 */
public final class Main {
  /** The class whose presence means that picocli is on the class path. */
  static final String PICOCLI_CLASS = "picocli.CommandLine";

  private Main() {}

  /**
   * Runs the command line and exits with its exit code; exits with 2 when picocli is missing.
   *
   * @param args the command line, e.g. {@code read --report FILE}
   */
  public static void main(String[] args) {
    if (!picocliPresent()) {
      System.err.println(missingPicocli());
      System.err.flush();
      System.exit(ExitCode.USAGE);
    }
    GovreplyCommand.main(args);
  }

  /**
   * Runs the command line with the given output streams and returns the exit code, for tests and
   * embedding; needs picocli.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code ({@link ExitCode})
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return GovreplyCommand.execute(args, out, err);
  }

  /** Whether picocli can be loaded by the class loader of govreply. */
  static boolean picocliPresent() {
    try {
      Class.forName(PICOCLI_CLASS, false, Main.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The line that says picocli is missing, naming the artifact and the jar that includes it. */
  static String missingPicocli() {
    Properties build = build();
    return "govreply: the govreply command line needs info.picocli:picocli "
        + build.getProperty("picocli", "") + " on the class path; use govreply-"
        + build.getProperty("version", "<version>") + "-cli.jar, which includes it";
  }

  /** The project version, from the build: {@code 0.1.0}. */
  static String version() {
    return build().getProperty("version", "unknown");
  }

  /** The versions written by the build: {@code version} (govreply's), {@code picocli}. */
  private static Properties build() {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
