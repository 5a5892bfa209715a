package dev.govreply.cli;

import dev.govreply.json.ReplyJson;
import dev.govreply.json.ReplyJsonException;
import dev.govreply.model.Reply;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
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
            + " the other files are still processed."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every file was read",
        "1:a file could not be read (see stderr)",
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
      try {
        Reply reply = json.read(file);
        out.println(json.writeString(reply));
      } catch (ReplyJsonException e) {
        failed++;
        err.println(file + ": " + e.getMessage());
      } catch (IOException | UncheckedIOException e) {
        failed++;
        err.println(file + ": " + describe(e));
      }
      out.flush();
    }
    return failed == 0 ? 0 : 1;
  }

  static String describe(Exception e) {
    Throwable t = e instanceof UncheckedIOException ? e.getCause() : e;
    if (t instanceof NoSuchFileException) {
      return "no such file";
    }
    return "cannot read: " + t.getMessage();
  }
}
