package dev.govreply.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.govreply.conformance.CheckInput;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.Profile;
import dev.govreply.conformance.ProfileException;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.conformance.Verdict;
import dev.govreply.json.ReplyJson;
import dev.govreply.text.ReadResult;
import dev.govreply.text.ReplyTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code govreply check [--profile NAME|FILE] [--format text|json] [--lang zh|en] FILE...}:
 * checks replies, as text or JSON, against a conformance profile and writes a report per file.
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
        "  text  the report of each file (verdict, profile, findings with span, path, rule,"
            + " severity, message and fix), every line prefixed with the file name and ': '",
        "  json  one line per file: {\"file\": FILE, \"report\": REPORT} where REPORT is the"
            + " govreply-report/1 JSON of ConformanceReport",
        "In text output, control characters, DEL, C1 controls, bidirectional controls and"
            + " U+2028/U+2029 in file names and reports are written as \\uXXXX (see read --help).",
        "A file that cannot be read (a bad document, an I/O error, not enough memory, an"
            + " internal error) is reported on stderr; the other files are still checked.",
        "When standard output cannot be written (a full disk, a closed pipe), the command says"
            + " so once on stderr and stops with exit code 2."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every verdict is ACCEPT or ACCEPT_WITH_WARNINGS",
        "1:a verdict is REJECT",
        "2:usage error, a bad profile, a file that cannot be read, or standard output that"
            + " cannot be written"})
final class CheckCommand implements Callable<Integer> {

  /** Exit code when every reply conforms. */
  static final int CONFORMS = 0;
  /** Exit code when a reply is rejected. */
  static final int REJECTED = 1;
  /** Exit code on usage or input errors. */
  static final int ERROR = 2;

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /** Output formats. */
  enum Format {
    TEXT, JSON
  }

  /** Message languages. */
  enum Lang {
    EN(Locale.ENGLISH), ZH(Locale.SIMPLIFIED_CHINESE);

    final Locale locale;

    Lang(Locale locale) {
      this.locale = locale;
    }
  }

  /** Converts lower-case option values to an enum constant; anything else is a usage error. */
  abstract static class LowerCase<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
    private final Class<E> type;

    LowerCase(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value)) {
          return e;
        }
      }
      throw new CommandLine.TypeConversionException("unknown value '" + value + "' (expected "
          + String.join(" or ", Arrays.stream(type.getEnumConstants())
              .map(e -> e.name().toLowerCase(Locale.ROOT)).toArray(String[]::new)) + ")");
    }
  }

  static final class FormatConverter extends LowerCase<Format> {
    FormatConverter() {
      super(Format.class);
    }
  }

  static final class LangConverter extends LowerCase<Lang> {
    LangConverter() {
      super(Lang.class);
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
      converter = LangConverter.class,
      description = "Language of the messages in text output: zh or en; default: en.")
  Lang lang;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Replies as text or JSON.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Profile p;
    try {
      p = profile(profile);
    } catch (ProfileException e) {
      err.println("govreply check: --profile " + TerminalText.line(profile) + ": "
          + TerminalText.line(e.getMessage()));
      err.flush();
      return ERROR;
    } catch (IOException e) {
      err.println("govreply check: --profile " + TerminalText.line(profile) + ": "
          + TerminalText.line(PerFile.describe(e)));
      err.flush();
      return ERROR;
    } catch (UncheckedIOException e) {
      err.println("govreply check: --profile " + TerminalText.line(profile) + ": "
          + TerminalText.line(PerFile.describe(e.getCause())));
      err.flush();
      return ERROR;
    }
    ReplyChecker checker = ReplyChecker.of(p);
    boolean failed = false;
    boolean[] rejected = {false};
    for (Path file : files) {
      failed |= !PerFile.run(file, err, () -> {
        ConformanceReport report = checker.check(read(file));
        rejected[0] |= report.verdict() == Verdict.REJECT;
        write(out, file, report);
      });
      if (StdoutWriter.failed(out, err, "check")) {
        return ERROR;
      }
    }
    return failed ? ERROR : rejected[0] ? REJECTED : CONFORMS;
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

  private void write(PrintWriter out, Path file, ConformanceReport report) {
    if (format == Format.JSON) {
      ObjectNode line = MAPPER.createObjectNode();
      line.put("file", file.toString());
      try {
        line.set("report", MAPPER.readTree(report.toJson()));
        out.println(MAPPER.writeValueAsString(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    String name = TerminalText.name(file);
    for (String l : report.toText(lang.locale).split("\n")) {
      out.println(name + ": " + TerminalText.escape(l));
    }
  }

  /** Reads a file as JSON or text (see the command's description). */
  static CheckInput read(Path file) throws IOException {
    long size = Files.size(file);
    long max = ReplyTextReader.DEFAULT_MAX_BYTES;
    if (size > max) {
      throw new IOException("file too large: " + size + " bytes (at most " + max + ")");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) max + 1);
    }
    int start = bomLength(bytes);
    if (isJson(file, bytes, start)) {
      byte[] json = start == 0 ? bytes : Arrays.copyOfRange(bytes, start, bytes.length);
      return CheckInput.of(ReplyJson.standard().read(json));
    }
    ReadResult read = ReplyTextReader.standard().read(bytes);
    return CheckInput.of(read.reply()).withSource(read.report().locator(),
        read.report().findings());
  }

  private static int bomLength(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        ? 3 : 0;
  }

  /** JSON when the name ends in .json or the first non-whitespace byte is {. */
  static boolean isJson(Path file, byte[] bytes, int start) {
    if (file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return true;
    }
    for (int i = start; i < bytes.length; i++) {
      byte c = bytes[i];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        continue;
      }
      return c == '{';
    }
    return false;
  }
}
