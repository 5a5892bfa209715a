package dev.govreply.cli;

import dev.govreply.json.ReplyJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code govreply json [--pretty] [--max-size SIZE] FILE...}: reads JSON replies and writes their
 * canonical JSON.
 */
@Command(
    name = "json",
    mixinStandardHelpOptions = true,
    description = {
        "Reads each FILE as a govreply/1 JSON reply and writes its canonical JSON to stdout,"
            + " one document per line; with --pretty indented, each document followed by a line"
            + " feed.",
        "A file that cannot be read (too large, empty, not a reply, an I/O error, not enough"
            + " memory, an internal error) is reported on stderr as FILE: PROBLEM, a bad document"
            + " with its JSON Pointer, line and column; the other files are still processed.",
        "When standard output cannot be written (a full disk, a closed pipe), the command says"
            + " so once on stderr and stops."})
final class JsonCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--pretty", description = "Indent the JSON, for people.")
  boolean pretty;

  @CommandLine.Mixin
  MaxSize maxSize;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON reply documents.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReplyFiles replies = new ReplyFiles(maxSize, null);
    ReplyJson json = replies.jsonWriter();
    int failed = 0;
    for (Path file : files) {
      if (!PerFile.run(file, err, () -> {
        var reply = replies.readJson(file);
        out.println(pretty ? json.writePretty(reply) : json.writeString(reply));
      })) {
        failed++;
      }
      if (StdoutWriter.failed(out, err, "json")) {
        return ExitCode.FOUND_WANTING;
      }
    }
    return failed == 0 ? ExitCode.OK : ExitCode.FOUND_WANTING;
  }
}
