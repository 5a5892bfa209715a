package dev.govreply.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as the CLI tests do. */
final class Cli {
  private Cli() {}

  /**
   * What a run gave.
   *
   * @param code the exit code
   * @param out what was written to standard output
   * @param err what was written to standard error
   */
  record Run(int code, String out, String err) {}

  /** Runs {@code govreply args…} with its output captured. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }
}
