package dev.govreply.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code govreply} command: reads, converts and checks official replies (答复).
 *
 * <p>Exit codes: the same in every command, see {@link ExitCode}.
 */
@Command(
    name = "govreply",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads, converts and checks official replies (答复) to deputies' suggestions (建议)"
        + " and CPPCC members' proposals (提案).",
    subcommands = {JsonCommand.class, ReadCommand.class, CheckCommand.class, ImportCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    quietLibraryLogging();
    // not System.out: a PrintStream swallows write errors, which the commands must see
    PrintWriter out = new StdoutWriter(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code = execute(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Keeps library start-up messages (Hibernate Validator's "HV000001: Hibernate Validator …" at
   * INFO) off the command's stderr, which belongs to the command's own messages. Warnings and
   * errors still show. Only the command line does this; embedders keep their own logging set-up.
   */
  static void quietLibraryLogging() {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "jdk");
    }
    HIBERNATE_VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  /** Held strongly: java.util.logging keeps loggers weakly, and would forget the level. */
  private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  /**
   * Runs the command line with the given output streams and returns the exit code; for tests and
   * embedding.
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      // An unexpected failure: say what it was, without a stack trace.
      commandLine.getErr().println("govreply: internal error: "
          + TerminalText.line(ex.toString()));
      return ExitCode.FOUND_WANTING;
    });
    cli.setParameterExceptionHandler(Main::usageError);
    ExitCode.apply(cli);
    int code = cli.execute(args);
    if (code == ExitCode.OK && StdoutWriter.failed(out, err, "")) {
      code = ExitCode.FOUND_WANTING; // e.g. --help to a full disk
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * A usage error: picocli's message — escaped, as it may quote an argument such as a file name
   * starting with - — then suggestions or the usage help, as picocli prints them.
   */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(TerminalText.line(String.valueOf(ex.getMessage())));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      cmd.usage(err, cmd.getColorScheme());
    }
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Reads the project version from a resource filtered by the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"govreply " + p.getProperty("version", "unknown")};
    }
  }
}
