package dev.govreply.cli;

import dev.govreply.conformance.Profile;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.json.ReplyJson;
import dev.govreply.legacy.ImportSummary;
import dev.govreply.legacy.MappingResult;
import dev.govreply.legacy.RecordImporter;
import dev.govreply.legacy.RecordMapper;
import dev.govreply.legacy.RecordMapping;
import dev.govreply.legacy.RecordMappingException;
import dev.govreply.legacy.RecordSource;
import dev.govreply.model.Reply;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code govreply import --mapping M.json [--charset CS] [--profile P] (--out DIR | --jsonl FILE)
 * [--rejects FILE] [--parallel] RECORDS}: imports legacy records (a ledger exported as CSV, or
 * JSON Lines) into replies by a declarative mapping.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
        "Imports the legacy records of RECORDS (a CSV file with a header row, or JSON Lines when"
            + " the name ends in .jsonl or .ndjson, or with --format) into replies by the mapping"
            + " file, and writes each reply as canonical govreply/1 JSON.",
        "With --out DIR, one file per reply in DIR, named from the document number"
            + " (平政字〔2024〕12号.json; characters not allowed in file names become _), else"
            + " record-<n>.json; an existing file is never overwritten: the name gets a suffix"
            + " (-2, -3, …). With --jsonl FILE, one reply per line.",
        "Rejected records go to --rejects as JSON Lines: {\"record\":n,\"line\":l,\"fields\":{…},"
            + "\"reasons\":[{\"field\",\"column\",\"value\",\"reason\"}]}; every failing field is"
            + " listed.",
        "The charset of a CSV file is detected (a byte order mark, else UTF-8, else GB18030)"
            + " unless --charset gives it; JSON Lines are UTF-8 unless --charset gives another.",
        "A summary goes to stderr: read / written / rejected (read = written + rejected),"
            + " findings by rule ID, rows per second.",
        "--parallel maps on all cores; the output is identical to a sequential run."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every record was imported",
        "1:a record was rejected (see --rejects and stderr)",
        "2:usage error, or an I/O error (mapping, input or output)"})
final class ImportCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--mapping", required = true, paramLabel = "M.json",
      description = "The mapping file (format govreply-mapping/1).")
  Path mapping;

  @Option(names = "--charset", paramLabel = "CS", converter = ReadCommand.CharsetConverter.class,
      description = "The charset of RECORDS (UTF-8, GB18030, …); default: detected for CSV,"
          + " UTF-8 for JSON Lines.")
  Charset charset;

  @Option(names = "--profile", paramLabel = "P",
      description = "Check every reply under this built-in profile (gbt9704, lenient); the"
          + " findings are graded by it.")
  String profile;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "csv or jsonl; default: from the file name (.jsonl, .ndjson: jsonl; else csv).")
  String format;

  /** Where the replies go: exactly one of --out and --jsonl. */
  static final class Target {
    @Option(names = "--out", paramLabel = "DIR", required = true,
        description = "Write one JSON file per reply into DIR (created if missing).")
    Path out;

    @Option(names = "--jsonl", paramLabel = "FILE", required = true,
        description = "Write the replies to FILE, one per line.")
    Path jsonl;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write rejected records to FILE as JSON Lines.")
  Path rejects;

  @Option(names = "--parallel", description = "Map on all cores (identical output).")
  boolean parallel;

  @Parameters(index = "0", paramLabel = "RECORDS", description = "The records (CSV or JSON Lines).")
  Path records;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    RecordMapper mapper;
    try {
      RecordMapper.Builder b = RecordMapper.builder(RecordMapping.fromJson(mapping));
      if (profile != null) {
        Profile p = Profiles.find(profile).orElse(null);
        if (p == null) {
          err.println("govreply import: unknown profile '" + profile + "' (known: "
              + String.join(", ", Profiles.names()) + ")");
          return 2;
        }
        b.checker(ReplyChecker.of(p));
      }
      mapper = b.build();
    } catch (RecordMappingException e) {
      err.println(mapping + ": " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println(mapping + ": " + describe(e));
      return 2;
    }
    boolean jsonLines;
    if (format == null) {
      String name = records.getFileName() == null ? ""
          : records.getFileName().toString().toLowerCase(Locale.ROOT);
      jsonLines = name.endsWith(".jsonl") || name.endsWith(".ndjson");
    } else if (format.equalsIgnoreCase("csv") || format.equalsIgnoreCase("jsonl")) {
      jsonLines = format.equalsIgnoreCase("jsonl");
    } else {
      err.println("govreply import: unknown format '" + format + "' (expected csv or jsonl)");
      return 2;
    }
    RecordImporter importer = RecordImporter.of(mapper);
    if (parallel) {
      importer = importer.parallel(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
    ImportSummary summary;
    try (RecordSource source = jsonLines ? RecordSource.jsonLines(records, charset)
            : RecordSource.csv(records, charset);
        Output output = target.out != null ? new DirOutput(target.out)
            : new LinesOutput(target.jsonl);
        OutputStream rejectStream = rejects == null ? OutputStream.nullOutputStream()
            : new BufferedOutputStream(Files.newOutputStream(rejects), 1 << 16)) {
      List<String> missing = new ArrayList<>();
      if (!source.columns().isEmpty()) {
        for (String c : mapper.mapping().namedColumns()) {
          if (!source.columns().contains(c)) {
            missing.add(c);
          }
        }
      }
      if (!missing.isEmpty()) {
        err.println("govreply import: warning: the header of " + records
            + " has no column " + String.join(", ", missing));
      }
      ReplyJson json = ReplyJson.standard();
      summary = importer.run(source, r -> prepare(json, r), (r, bytes) -> {
        if (r.isAccepted()) {
          output.write(r, bytes);
        } else {
          rejectStream.write(bytes);
        }
      });
    } catch (IOException e) {
      err.println("govreply import: " + describe(e));
      return 2;
    }
    err.print(summary.toText());
    err.flush();
    if (summary.sourceFailure().isPresent()) {
      return 2;
    }
    return summary.rejected() == 0 ? 0 : 1;
  }

  /** The bytes to write for a result: canonical JSON of the reply, or the rejection line. */
  private static byte[] prepare(ReplyJson json, MappingResult r) {
    if (r instanceof MappingResult.Rejected) {
      return (((MappingResult.Rejected) r).toJsonLine() + "\n").getBytes(StandardCharsets.UTF_8);
    }
    return json.write(r.reply().orElseThrow());
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return e.getMessage() + ": no such file";
    }
    return e.getMessage() == null ? e.toString() : e.toString();
  }

  /** Where accepted replies go. */
  interface Output extends AutoCloseable {
    void write(MappingResult result, byte[] json) throws IOException;

    @Override
    void close() throws IOException;
  }

  /** One JSON Lines file. */
  static final class LinesOutput implements Output {
    private final OutputStream out;

    LinesOutput(Path file) throws IOException {
      out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    @Override
    public void write(MappingResult result, byte[] json) throws IOException {
      out.write(json);
      out.write('\n');
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** One file per reply in a directory. */
  static final class DirOutput implements Output {
    private final Path dir;

    DirOutput(Path dir) throws IOException {
      this.dir = Files.createDirectories(dir);
    }

    @Override
    public void write(MappingResult result, byte[] json) throws IOException {
      Reply reply = result.reply().orElseThrow();
      String base = reply.documentNumber().map(n -> fileName(n.toString()))
          .orElse("record-" + result.recordNumber());
      for (int k = 1; ; k++) {
        Path file = dir.resolve(k == 1 ? base + ".json" : base + "-" + k + ".json");
        try {
          Files.write(file, json, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          return;
        } catch (FileAlreadyExistsException e) {
          // taken: try the next suffix
        }
      }
    }

    @Override
    public void close() {}
  }

  /**
   * A file name for a document number: characters not allowed in file names on common systems
   * ({@code / \ : * ? " < > |}, control characters) become {@code _}; a leading dot too.
   */
  static String fileName(String documentNumber) {
    StringBuilder sb = new StringBuilder(documentNumber.length());
    for (int i = 0; i < documentNumber.length(); i++) {
      char c = documentNumber.charAt(i);
      boolean bad = c < 0x20 || c == 0x7F || "/\\:*?\"<>|".indexOf(c) >= 0
          || (i == 0 && c == '.');
      sb.append(bad ? '_' : c);
    }
    String s = sb.toString();
    // keep names within common file-system limits (255 bytes of UTF-8)
    while (s.getBytes(StandardCharsets.UTF_8).length > 200) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? "_" : s;
  }
}
