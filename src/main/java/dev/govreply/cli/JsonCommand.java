package dev.govreply.cli;

import dev.govreply.json.ReplyJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code govreply json FILE...}: reads JSON replies and writes their canonical JSON. */
@Command(
    name = "json",
    mixinStandardHelpOptions = true,
    description = {
        "Reads each FILE as a govreply/1 JSON reply and writes its canonical JSON to stdout,"
            + " one document per line.",
        "A file that cannot be read is reported on stderr with its JSON Pointer, line and column;"
            + " the other files are still processed (also after an I/O error, not enough memory or"
            + " an internal error for one file).",
        "When standard output cannot be written (a full disk, a closed pipe), the command says"
            + " so once on stderr and stops with exit code 1."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every file was read",
        "1:a file could not be read (see stderr), or standard output could not be written",
        "2:usage error"})
final class JsonCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON reply documents.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReplyJson json = ReplyJson.standard();
    int failed = 0;
    for (Path file : files) {
      if (!PerFile.run(file, err, () -> out.println(json.writeString(json.read(file))))) {
        failed++;
      }
      if (StdoutWriter.failed(out, err, "json")) {
        return 1;
      }
    }
    return failed == 0 ? 0 : 1;
  }
}
