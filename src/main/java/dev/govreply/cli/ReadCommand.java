package dev.govreply.cli;

import dev.govreply.json.ReplyJson;
import dev.govreply.ledger.LedgerCsv;
import dev.govreply.ledger.LedgerJson;
import dev.govreply.ledger.LedgerRow;
import dev.govreply.model.Reply;
import dev.govreply.text.ReadResult;
import dev.govreply.text.ReplyTextReader;
import dev.govreply.text.ReplyTextWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code govreply read [--charset CS] [--to FORMAT] [--report] FILE...}: reads reply documents
 * from text (as captured from PDFs and web pages) and writes them as canonical JSON, canonical
 * text or ledger rows.
 */
@Command(
    name = "read",
    mixinStandardHelpOptions = true,
    description = {
        "Reads each FILE as the text of a reply document (答复) and writes what was read to stdout.",
        "The charset is detected (a byte order mark, else UTF-8, else GB18030) unless --charset"
            + " gives it.",
        "Output per --to:",
        "  json         canonical govreply/1 JSON, one document per line (JSON Lines)",
        "  text         the canonical text layout of each document; documents are separated by"
            + " a line holding only ---",
        "  ledger-json  the ledger row (台账) of each document as JSON, one per line",
        "  ledger-csv   a header record, then the ledger row of each document (RFC 4180, CRLF;"
            + " the header is written even when no file could be read); a cell that starts with"
            + " = + - @, TAB or CR gets a leading ' so that a spreadsheet shows it instead of"
            + " running it as a formula (OWASP), unless --csv-raw is given",
        "With --report, the read report of each file (what every line became, and the findings)"
            + " goes to stderr, each line prefixed with the file name.",
        "In the human-readable outputs (--to text, --report, messages on stderr) control"
            + " characters (other than TAB and line feeds inside text), DEL, C1 controls,"
            + " bidirectional controls and U+2028/U+2029 are written as \\uXXXX, and a backslash"
            + " that could be misread is doubled; file names are escaped the same way, line feeds"
            + " included. JSON escapes control characters itself; CSV cells are data.",
        "A file that cannot be read (a bad document, an I/O error, not enough memory, an"
            + " internal error) is reported on stderr; the other files are still processed.",
        "When standard output cannot be written (a full disk, a closed pipe), the command says"
            + " so once on stderr and stops with exit code 1."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every file was read",
        "1:a file could not be read (see stderr), or standard output could not be written",
        "2:usage error (including an unknown charset)"})
final class ReadCommand implements Callable<Integer> {

  /** The line written between two documents in {@code --to text}. */
  static final String TEXT_SEPARATOR = "---";

  /** The output formats of {@code --to}. */
  enum Format {
    JSON("json"), TEXT("text"), LEDGER_JSON("ledger-json"), LEDGER_CSV("ledger-csv");

    final String label;

    Format(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Converts {@code --to} values, which are lower-case with hyphens. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.label.equals(value.toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("unknown format '" + value
          + "' (expected json, text, ledger-json or ledger-csv)");
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
            + "' (e.g. UTF-8, UTF-16LE, UTF-16BE, GB18030)");
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
      description = "The charset of every FILE (UTF-8, UTF-16LE, UTF-16BE, GB18030, …);"
          + " default: detected.")
  Charset charset;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "json",
      converter = FormatConverter.class, completionCandidates = FormatCandidates.class,
      description = "Output format: ${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}.")
  Format to;

  @Option(names = "--report", description = "Write the read report of each file to stderr.")
  boolean report;

  @Option(names = "--csv-raw",
      description = "With --to ledger-csv: write every cell as it is, also one that a"
          + " spreadsheet would run as a formula (see above).")
  boolean csvRaw;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reply documents as text.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (csvRaw && to != Format.LEDGER_CSV) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--csv-raw applies to --to ledger-csv only");
    }
    ReplyTextReader reader = ReplyTextReader.builder().charset(charset).build();
    Output output = output(to, csvRaw ? LedgerCsv.Formulas.RAW : LedgerCsv.Formulas.NEUTRALISED);
    output.begin(out);
    if (StdoutWriter.failed(out, err, "read")) {
      return 1;
    }
    int failed = 0;
    boolean[] first = {true};
    for (Path file : files) {
      boolean done = PerFile.run(file, err, () -> {
        ReadResult result = reader.read(file);
        if (report) {
          String name = TerminalText.name(file);
          for (String line : result.report().toText().split("\n")) {
            err.println(name + ": " + TerminalText.escape(line));
          }
          err.flush();
        }
        output.write(out, result.reply(), first[0]);
        first[0] = false;
      });
      if (!done) {
        failed++;
      }
      if (StdoutWriter.failed(out, err, "read")) {
        return 1;
      }
    }
    return failed == 0 ? 0 : 1;
  }

  /** Writes replies in one format. */
  interface Output {
    /** Before the first document (a CSV header). */
    default void begin(PrintWriter out) {}

    /** One document; {@code first} when nothing was written before it. */
    void write(PrintWriter out, Reply reply, boolean first);
  }

  static Output output(Format format, LedgerCsv.Formulas formulas) {
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
        return (out, reply, first) -> out.println(LedgerJson.write(LedgerRow.of(reply)));
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
        ReplyJson json = ReplyJson.standard();
        return (out, reply, first) -> out.println(json.writeString(reply));
    }
  }
}
