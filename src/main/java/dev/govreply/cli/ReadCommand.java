package dev.govreply.cli;

import dev.govreply.ledger.LedgerCsv;
import dev.govreply.ledger.LedgerJson;
import dev.govreply.ledger.LedgerRow;
import dev.govreply.model.Reply;
import dev.govreply.text.ReplyTextWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code govreply read [--charset CS] [--to FORMAT] [--pretty] [--report] [--lang LANG]
 * [--max-size SIZE] FILE...}: reads reply documents from text (as captured from PDFs and web
 * pages) or JSON and writes them as canonical JSON, canonical text or ledger rows.
 */
@Command(
    name = "read",
    mixinStandardHelpOptions = true,
    description = {
        "Reads each FILE as the text of a reply document (答复) and writes what was read to stdout.",
        "A FILE whose name ends in .json, or whose content starts with { (after an optional byte"
            + " order mark and whitespace), is read as a govreply/1 JSON reply instead (UTF-8;"
            + " --charset applies to texts only).",
        "The charset of a text is detected unless --charset gives it: a byte order mark, else"
            + " UTF-8 when the bytes are valid UTF-8, else GB18030 or Big5, whichever the bytes"
            + " are valid in or, when valid in both, clearly hold more of its common hanzi. That"
            + " last step is a guess, which the read report gives as finding GR-TXT-090 (INFO,"
            + " naming the charset); when no charset fits, the file is not read and the error"
            + " asks for --charset.",
        "Output per --to:",
        "  json         canonical govreply/1 JSON, one document per line (JSON Lines); with"
            + " --pretty indented, each document followed by a line feed",
        "  text         the canonical text layout of each document; documents are separated by"
            + " a line holding only ---",
        "  ledger-json  the ledger row (台账) of each document as JSON, one per line; with --pretty"
            + " indented, each row followed by a line feed",
        "  ledger-csv   a header record, then the ledger row of each document (RFC 4180, CRLF;"
            + " the header is written even when no file could be read); a cell that starts with"
            + " = + - @, TAB or CR gets a leading ' so that a spreadsheet shows it instead of"
            + " running it as a formula (OWASP), unless --csv-raw is given",
        "With --report, the read report of each text (the charset, what every line became, the"
            + " findings) goes to stderr in the language of --lang, each line prefixed with the"
            + " file name; for a JSON reply it says that the file was read as JSON.",
        "In the human-readable outputs (--to text, --report, messages on stderr) control"
            + " characters (other than TAB and line feeds inside text), DEL, C1 controls,"
            + " bidirectional controls and U+2028/U+2029 are written as \\uXXXX, and a backslash"
            + " that could be misread is doubled; file names are escaped the same way, line feeds"
            + " included. JSON escapes control characters itself; CSV cells are data.",
        "A file that cannot be read (too large, empty, a bad document, an I/O error, not enough"
            + " memory, an internal error) is reported on stderr as FILE: PROBLEM; the other files"
            + " are still processed.",
        "When standard output cannot be written (a full disk, a closed pipe), the command says"
            + " so once on stderr and stops."})
final class ReadCommand implements Callable<Integer> {

  /** The line written between two documents in {@code --to text}. */
  static final String TEXT_SEPARATOR = "---";

  /** The output formats of {@code --to}. */
  enum Format {
    JSON, TEXT, LEDGER_JSON, LEDGER_CSV;

    @Override
    public String toString() {
      return LabelConverter.label(this);
    }
  }

  /** Converts {@code --to} values, which are lower-case with hyphens. */
  static final class FormatConverter extends LabelConverter<Format> {
    FormatConverter() {
      super(Format.class, "format");
    }
  }

  /** Converts {@code --charset} names; an unknown name is a usage error. */
  static final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new CommandLine.TypeConversionException("unknown charset '" + value
            + "' (e.g. UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5)");
      }
    }
  }

  /** The completion candidates of {@code --to}. */
  static final class FormatCandidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("json", "text", "ledger-json", "ledger-csv").iterator();
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--charset", paramLabel = "CS", converter = CharsetConverter.class,
      description = "The charset of every text FILE (UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5,"
          + " …); default: detected.")
  Charset charset;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "json",
      converter = FormatConverter.class, completionCandidates = FormatCandidates.class,
      description = "Output format: ${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}.")
  Format to;

  @Option(names = "--pretty",
      description = "With --to json or ledger-json: indent the JSON, for people.")
  boolean pretty;

  @Option(names = "--report", description = "Write the read report of each file to stderr.")
  boolean report;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      converter = Lang.Converter.class,
      description = "Language of the --report: zh or en; default: ${DEFAULT-VALUE}.")
  Lang lang;

  @Option(names = "--csv-raw",
      description = "With --to ledger-csv: write every cell as it is, also one that a"
          + " spreadsheet would run as a formula (see above).")
  boolean csvRaw;

  @CommandLine.Mixin
  MaxSize maxSize;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Reply documents as text, or as govreply/1 JSON.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (csvRaw && to != Format.LEDGER_CSV) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--csv-raw applies to --to ledger-csv only");
    }
    if (pretty && to != Format.JSON && to != Format.LEDGER_JSON) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--pretty applies to --to json and --to ledger-json only");
    }
    ReplyFiles replies = new ReplyFiles(maxSize, charset);
    Output output = output(to, csvRaw ? LedgerCsv.Formulas.RAW : LedgerCsv.Formulas.NEUTRALISED,
        pretty, replies);
    output.begin(out);
    if (StdoutWriter.failed(out, err, "read")) {
      return ExitCode.FOUND_WANTING;
    }
    int failed = 0;
    boolean[] first = {true};
    for (Path file : files) {
      boolean done = PerFile.run(file, err, () -> {
        ReplyFiles.Read read = replies.read(file);
        if (report) {
          report(err, file, read);
        }
        output.write(out, read.reply(), first[0]);
        first[0] = false;
      });
      if (!done) {
        failed++;
      }
      if (StdoutWriter.failed(out, err, "read")) {
        return ExitCode.FOUND_WANTING;
      }
    }
    return failed == 0 ? ExitCode.OK : ExitCode.FOUND_WANTING;
  }

  /** Writes the read report of {@code file} to stderr, each line after the file name. */
  private void report(PrintWriter err, Path file, ReplyFiles.Read read) {
    String name = TerminalText.name(file);
    String text = read.textReport().map(r -> ReportText.of(r, lang))
        .orElseGet(() -> ReportText.readAsJson(lang));
    for (String line : text.split("\n")) {
      err.println(name + ": " + TerminalText.escape(line));
    }
    err.flush();
  }

  /** Writes replies in one format. */
  interface Output {
    /** Before the first document (a CSV header). */
    default void begin(PrintWriter out) {}

    /** One document; {@code first} when nothing was written before it. */
    void write(PrintWriter out, Reply reply, boolean first);
  }

  /** The writer of {@code format}; JSON through {@code replies}' JSON writer. */
  static Output output(Format format, LedgerCsv.Formulas formulas, boolean pretty,
      ReplyFiles replies) {
    switch (format) {
      case TEXT:
        ReplyTextWriter writer = ReplyTextWriter.standard();
        return (out, reply, first) -> {
          if (!first) {
            out.print(TEXT_SEPARATOR + "\n");
          }
          out.print(TerminalText.escape(writer.write(reply)));
        };
      case LEDGER_JSON:
        return (out, reply, first) -> {
          String row = LedgerJson.write(LedgerRow.of(reply));
          out.println(pretty ? PrettyJson.indent(row) : row);
        };
      case LEDGER_CSV:
        return new Output() {
          @Override
          public void begin(PrintWriter out) {
            out.print(LedgerCsv.header());
          }

          @Override
          public void write(PrintWriter out, Reply reply, boolean first) {
            out.print(LedgerCsv.row(LedgerRow.of(reply), formulas));
          }
        };
      case JSON:
      default:
        return (out, reply, first) -> out.println(pretty ? replies.jsonWriter().writePretty(reply)
            : replies.jsonWriter().writeString(reply));
    }
  }
}
