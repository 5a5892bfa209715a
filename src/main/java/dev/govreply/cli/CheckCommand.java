package dev.govreply.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.govreply.conformance.CheckInput;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.Profile;
import dev.govreply.conformance.ProfileException;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.conformance.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code govreply check [--profile NAME|FILE] [--format text|json] [--lang zh|en]
 * [--max-size SIZE] FILE...}: checks replies, as text or JSON, against a conformance profile and
 * writes a report per file.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Checks each FILE against a conformance profile and writes its report to stdout.",
        "A FILE is read as a govreply/1 JSON reply when its name ends in .json or its content"
            + " starts with { (after an optional byte order mark and whitespace); otherwise as the"
            + " text of a reply document, whose reader findings are graded under the profile and"
            + " whose findings carry source spans (line:col–line:col).",
        "Output per --format:",
        "  text  the report of each file in the language of --lang (verdict, profile, the number"
            + " of findings per severity, then findings with span, path, rule, severity, message"
            + " and fix), every line prefixed with the file name and ': '",
        "  json  one line per file: {\"file\": FILE, \"report\": REPORT} where REPORT is the"
            + " govreply-report/1 JSON of ConformanceReport",
        "In text output, control characters, DEL, C1 controls, bidirectional controls and"
            + " U+2028/U+2029 in file names and reports are written as \\uXXXX (see read --help).",
        "A file that cannot be read (too large, empty, a bad document, an I/O error, not enough"
            + " memory, an internal error) is reported on stderr as FILE: PROBLEM; the other files"
            + " are still checked.",
        "When standard output cannot be written (a full disk, a closed pipe), the command says"
            + " so once on stderr and stops."})
final class CheckCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    TEXT, JSON
  }

  /** Converts {@code --format} values: text or json, any case; else a usage error. */
  static final class FormatConverter extends LabelConverter<Format> {
    FormatConverter() {
      super(Format.class, "value");
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = "gbt9704",
      description = "A built-in profile (gbt9704, lenient) or a profile JSON file;"
          + " default: ${DEFAULT-VALUE}.")
  String profile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "Output format: text or json; default: text.")
  Format format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      converter = Lang.Converter.class,
      description = "Language of the text output (header, severities, messages): zh or en;"
          + " default: ${DEFAULT-VALUE}.")
  Lang lang;

  @CommandLine.Mixin
  MaxSize maxSize;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Replies as text or JSON.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ValidatorStart.inBackground();
    Profile p;
    try {
      p = profile(profile);
    } catch (ProfileException e) {
      return badProfile(err, e.getMessage());
    } catch (IOException e) {
      return badProfile(err, PerFile.describe(e));
    } catch (UncheckedIOException e) {
      return badProfile(err, PerFile.describe(e.getCause()));
    }
    ReplyChecker checker = ReplyChecker.of(p);
    ReplyFiles replies = new ReplyFiles(maxSize, null);
    boolean wanting = false;
    for (Path file : files) {
      boolean[] rejected = {false};
      boolean done = PerFile.run(file, err, () -> {
        ReplyFiles.Read read = replies.read(file);
        CheckInput input = CheckInput.of(read.reply());
        if (read.textReport().isPresent()) {
          input = input.withSource(read.textReport().get().locator(),
              read.textReport().get().findings());
        }
        ConformanceReport report = checker.check(input);
        rejected[0] = report.verdict() == Verdict.REJECT;
        write(out, file, report);
      });
      wanting |= !done || rejected[0];
      if (StdoutWriter.failed(out, err, "check")) {
        return ExitCode.FOUND_WANTING;
      }
    }
    return wanting ? ExitCode.FOUND_WANTING : ExitCode.OK;
  }

  private int badProfile(PrintWriter err, String problem) {
    err.println("govreply check: --profile " + TerminalText.line(profile) + ": "
        + TerminalText.line(problem));
    err.flush();
    return ExitCode.USAGE;
  }

  /** A built-in profile by name, else a profile JSON file; neither is a usage error. */
  private Profile profile(String value) throws IOException {
    var builtIn = Profiles.find(value);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    Path file = Path.of(value);
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--profile " + value
          + ": neither a built-in profile (" + String.join(", ", Profiles.names())
          + ") nor a profile file");
    }
    return Profile.fromJson(file);
  }

  private void write(PrintWriter out, Path file, ConformanceReport report) throws IOException {
    if (format == Format.JSON) {
      out.println(jsonLine(file, report));
      return;
    }
    String name = TerminalText.name(file);
    for (String l : ReportText.of(report, lang).split("\n")) {
      out.println(name + ": " + TerminalText.escape(l));
    }
  }

  /** {@code {"file": FILE, "report": REPORT}} on one line. */
  static String jsonLine(Path file, ConformanceReport report) throws IOException {
    JsonFactory factory = new JsonFactory();
    StringWriter line = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(line);
        JsonParser p = factory.createParser(report.toJson())) {
      g.writeStartObject();
      g.writeStringField("file", file.toString());
      g.writeFieldName("report");
      p.nextToken();
      g.copyCurrentStructure(p);
      g.writeEndObject();
    }
    return line.toString();
  }
}
