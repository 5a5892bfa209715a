package dev.govreply.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code govreply} command: reads, converts and checks official replies (答复). Started by
 * {@link Main}, which first makes sure picocli is there.
 *
 * <p>Exit codes: the same in every command, see {@link ExitCode}.
 *
 * <p>Start-up: a command is built (its options read by picocli) only when the command line needs
 * it — the command named by the first argument, or all of them for the help — and each command
 * starts the libraries it uses only when it runs; {@code --version} starts none.
 */
@Command(
    name = "govreply",
    mixinStandardHelpOptions = true,
    versionProvider = GovreplyCommand.Version.class,
    description = "Reads, converts and checks official replies (答复) to deputies' suggestions (建议)"
        + " and CPPCC members' proposals (提案).")
final class GovreplyCommand implements Runnable {

  /** The names of the commands, in the order the help lists them. */
  static final List<String> COMMANDS = List.of("json", "read", "check", "import", "render", "help");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private GovreplyCommand() {}

  /** Runs the command line and exits with its exit code. */
  static void main(String[] args) {
    LibraryLogging.ownedByCommandLine();
    // not System.out: a PrintStream swallows write errors, which the commands must see
    PrintWriter out = new StdoutWriter(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code = execute(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given output streams and returns the exit code; for tests and
   * embedding.
   */
  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new GovreplyCommand());
    for (String name : commandsNeeded(args)) {
      cli.addSubcommand(name, command(name));
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      // An unexpected failure: say what it was, without a stack trace.
      commandLine.getErr().println("govreply: internal error: "
          + TerminalText.line(ex.toString()));
      return ExitCode.FOUND_WANTING;
    });
    cli.setParameterExceptionHandler(GovreplyCommand::usageError);
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
   * The commands that {@code args} may run or show: the one the first argument names; none for
   * {@code --version} alone; else all of them, for the help and for suggestions when the name is
   * mistyped.
   */
  static List<String> commandsNeeded(String[] args) {
    if (args.length > 0 && COMMANDS.contains(args[0]) && !args[0].equals("help")) {
      return List.of(args[0]);
    }
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return List.of();
    }
    return COMMANDS;
  }

  /** A new instance of the command {@code name}, one of {@link #COMMANDS}. */
  private static Object command(String name) {
    switch (name) {
      case "json":
        return new JsonCommand();
      case "read":
        return new ReadCommand();
      case "check":
        return new CheckCommand();
      case "import":
        return new ImportCommand();
      case "render":
        return new RenderCommand();
      case "help":
        return new CommandLine.HelpCommand();
      default:
        throw new IllegalArgumentException("no command " + name);
    }
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

  /** The project version, from the build ({@link Main#version()}). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"govreply " + Main.version()};
    }
  }
}
