package dev.govreply.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The exit codes of govreply, the same in every command ({@code read}, {@code json},
 * {@code check}, {@code import}), and the list of them that every command's help shows.
 *
 * <ul>
 *   <li>{@value #OK}: every file (or record) was processed and is acceptable;
 *   <li>{@value #FOUND_WANTING}: everything was attempted, but something was found wanting: a file
 *       that could not be read or parsed (too large, empty, not a reply, an I/O error), a REJECT
 *       verdict, a rejected record, or an output that could not be written; stderr says which;
 *   <li>{@value #USAGE}: nothing was done because the command line asks for something impossible:
 *       a bad option or value (an unknown profile, charset, format or size), a bad profile or
 *       mapping file, or an output that is refused (the same file as an input or another output,
 *       an existing file without {@code --force}).
 * </ul>
 */
final class ExitCode {

  /** Every file or record was processed and is acceptable. */
  static final int OK = 0;

  /** Something was found wanting: unreadable, rejected, or not written (see stderr). */
  static final int FOUND_WANTING = 1;

  /** A usage error: bad options, a bad profile or mapping file, a refused output. */
  static final int USAGE = 2;

  private ExitCode() {}

  /** The exit-code list of the help, in order. */
  static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    list.put(String.valueOf(OK), "every file (import: every record) was processed and is"
        + " acceptable");
    list.put(String.valueOf(FOUND_WANTING), "something was found wanting (see stderr): a file"
        + " that could not be read or parsed (too large, empty, not a reply), a REJECT verdict"
        + " (check), a rejected record (import), or output that could not be written");
    list.put(String.valueOf(USAGE), "usage error: a bad option or value (an unknown profile,"
        + " charset, format or size), a bad profile or mapping file, or a refused output"
        + " (import: an input or another output, or an existing file without --force)");
    return list;
  }

  /**
   * Gives {@code cli} and every subcommand the same exit codes and the same list in the help.
   *
   * @param cli the command line of govreply
   */
  static void apply(CommandLine cli) {
    CommandLine.Model.CommandSpec spec = cli.getCommandSpec();
    spec.exitCodeOnSuccess(OK)
        .exitCodeOnUsageHelp(OK)
        .exitCodeOnVersionHelp(OK)
        .exitCodeOnInvalidInput(USAGE)
        .exitCodeOnExecutionException(FOUND_WANTING);
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(helpList());
    for (CommandLine sub : cli.getSubcommands().values()) {
      apply(sub);
    }
  }
}
