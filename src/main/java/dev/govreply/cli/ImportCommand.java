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
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code govreply import --mapping M.json [--charset CS] [--profile P] (--out DIR | --jsonl FILE)
 * [--rejects FILE] [--force] [--parallel] RECORDS}: imports legacy records (a ledger exported as
 * CSV, or JSON Lines) into replies by a declarative mapping.
 *
 * <p>Outputs never lose data: an output that is the same file as an input, the mapping or another
 * output is refused before anything is read ({@link SameFile}); every output file is written
 * completely or not at all ({@link OutputFile}); an existing file is replaced only with
 * {@code --force}.
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
            + " record-<n>.json; when two replies of this run take the same name, the later ones"
            + " get a suffix (-2, -3, …). With --jsonl FILE, one reply per line.",
        "Rejected records go to --rejects as JSON Lines: {\"record\":n,\"line\":l,\"lines\":k,"
            + "\"offset\":b,\"fields\":{…},\"raw\":\"…\",\"rawLength\":n,\"rawTruncated\":false,"
            + "\"reasons\":[{\"field\",\"column\",\"value\",\"reason\"}]}; every failing field is"
            + " listed. For a CSV, line is where the record starts (from 1), lines how many physical"
            + " lines it covers, offset its byte offset, and raw its text as read (at most 65,536"
            + " characters; rawLength and rawTruncated say whether it was cut), so that a person"
            + " can fix the record.",
        "No output may be the same file as RECORDS, the mapping or another output (also through"
            + " a symbolic or hard link); this is a usage error. A file that exists before the run"
            + " (--jsonl, --rejects, or a reply's name in DIR) is an error unless --force is given;"
            + " with --force it is replaced (a symbolic link is replaced, not followed). A device"
            + " or pipe named by --jsonl or --rejects (/dev/null, /dev/stdout) is written"
            + " directly.",
        "Every file is written completely or not at all: to a temporary file in the same"
            + " directory (named .govreply-<random>.tmp), moved into place when complete. When"
            + " the run fails (an I/O error such as a full disk, an existing file), --jsonl and"
            + " --rejects are not created, the reply files already moved into DIR stay, each one"
            + " complete, and the summary says how many were written; nothing partial is left.",
        "The charset of a CSV file is detected unless --charset gives it: a byte order mark,"
            + " else UTF-8 when the bytes are valid UTF-8, else GB18030 or Big5, whichever the"
            + " bytes are valid in or, when valid in both, clearly hold more of its common hanzi"
            + " (the rule of the read command). That last step is a guess: a warning on stderr"
            + " and a line of the summary say so (charset guessed: decoded as …); when no charset"
            + " fits, nothing is imported and the error asks for --charset. JSON Lines are UTF-8"
            + " unless --charset gives another.",
        "A summary goes to stderr: read / written / rejected (read = written + rejected),"
            + " findings by rule ID, rows per second; also when the run fails, followed by the"
            + " error.",
        "--parallel maps on all cores; the output is identical to a sequential run."})
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

  @Option(names = "--force",
      description = "Replace output files that exist before the run (never an input).")
  boolean force;

  @Option(names = "--parallel", description = "Map on all cores (identical output).")
  boolean parallel;

  @Parameters(index = "0", paramLabel = "RECORDS", description = "The records (CSV or JSON Lines).")
  Path records;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    RecordMapper mapper;
    try {
      RecordMapper.Builder b = RecordMapper.builder(RecordMapping.fromJson(mapping))
          .writableBy(ReplyJson.standard()); // each reply is written so: one it cannot, rejected
      if (profile != null) {
        Profile p = Profiles.find(profile).orElse(null);
        if (p == null) {
          err.println("govreply import: unknown profile '" + TerminalText.line(profile)
              + "' (known: " + String.join(", ", Profiles.names()) + ")");
          return ExitCode.USAGE;
        }
        LibraryLogging.quiet();
        b.checker(ReplyChecker.of(p));
      }
      mapper = b.build();
    } catch (RecordMappingException e) {
      err.println(TerminalText.name(mapping) + ": " + TerminalText.line(e.getMessage()));
      return ExitCode.USAGE;
    } catch (IOException e) {
      err.println(TerminalText.name(mapping) + ": " + TerminalText.line(IoReason.withFile(e)));
      return ExitCode.USAGE;
    }
    boolean jsonLines;
    if (format == null) {
      String name = records.getFileName() == null ? ""
          : records.getFileName().toString().toLowerCase(Locale.ROOT);
      jsonLines = name.endsWith(".jsonl") || name.endsWith(".ndjson");
    } else if (format.equalsIgnoreCase("csv") || format.equalsIgnoreCase("jsonl")) {
      jsonLines = format.equalsIgnoreCase("jsonl");
    } else {
      err.println("govreply import: unknown format '" + TerminalText.line(format)
          + "' (expected csv or jsonl)");
      return ExitCode.USAGE;
    }
    String clash = clash();
    if (clash != null) {
      err.println("govreply import: " + clash);
      return ExitCode.USAGE;
    }
    RecordImporter importer = RecordImporter.of(mapper);
    if (parallel) {
      importer = importer.parallel(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
    try (RecordSource source = jsonLines ? RecordSource.jsonLines(records, charset)
        : RecordSource.csv(records, charset)) {
      return run(importer, source, err);
    } catch (IOException e) {
      err.println("govreply import: " + TerminalText.line(IoReason.withFile(e)));
      return ExitCode.FOUND_WANTING; // RECORDS could not be read
    }
  }

  /** Imports from an open source into the outputs; prints the summary, also on failure. */
  private int run(RecordImporter importer, RecordSource source, PrintWriter err) {
    source.charsetGuess().ifPresent(g -> err.println("govreply import: warning: "
        + TerminalText.name(records) + ": " + TerminalText.line(g.toText())
        + "; if that is wrong, give the charset with --charset"));
    List<String> missing = new ArrayList<>();
    if (!source.columns().isEmpty()) {
      for (String c : importer.mapper().mapping().namedColumns()) {
        if (!source.columns().contains(c)) {
          missing.add(c);
        }
      }
    }
    if (!missing.isEmpty()) {
      err.println("govreply import: warning: the header of " + TerminalText.name(records)
          + " has no column " + TerminalText.line(String.join(", ", missing)));
    }
    ImportOutputs.Output output = null;
    ImportOutputs.Output rejected = null;
    Progress progress = new Progress();
    try {
      output = target.out != null
          ? new ImportOutputs.DirOutput(target.out, force, protectedFiles())
          : new ImportOutputs.FileOutput("--jsonl", target.jsonl, force, true);
      rejected = rejects == null ? new ImportOutputs.NoOutput()
          : new ImportOutputs.FileOutput("--rejects", rejects, force, false);
      ImportOutputs.Output replies = output;
      ImportOutputs.Output rejections = rejected;
      ReplyJson json = ReplyJson.standard();
      ImportSummary summary = importer.run(source, r -> prepare(json, r), (r, bytes) -> {
        progress.read++;
        progress.current = r.recordNumber();
        if (r.isAccepted()) {
          replies.write(r, bytes);
          progress.written++;
        } else {
          rejections.write(r, bytes);
          progress.rejected++;
        }
      });
      progress.current = -1;
      output.commit();
      rejected.commit();
      err.print(TerminalText.escape(summary.toText()));
      err.flush();
      return summary.sourceFailure().isEmpty() && summary.rejected() == 0 ? ExitCode.OK
          : ExitCode.FOUND_WANTING;
    } catch (IOException | RuntimeException e) {
      if (output != null) {
        output.discard();
      }
      if (rejected != null) {
        rejected.discard();
      }
      if (output != null && rejected != null) {
        err.println(progress.failureText());
        err.println(TerminalText.line(kept(output, rejected)));
      }
      err.println("govreply import: " + TerminalText.line(failure(e)));
      err.flush();
      return e instanceof ImportOutputs.WriteFailure w && w.refused ? ExitCode.USAGE
          : ExitCode.FOUND_WANTING;
    }
  }

  /** What the writer saw before the run failed. */
  private static final class Progress {
    long read;
    long written;
    long rejected;
    /** The record being written, -1 when none. */
    long current = -1;

    String failureText() {
      long failed = read - written - rejected;
      return "read " + read + ", written " + written + ", rejected " + rejected
          + (failed > 0 && current >= 0 ? ", failed " + failed + " (record " + current + ")" : "")
          + "; the import stopped there";
    }
  }

  /** Which outputs stay after a failure, and which were not created. */
  private static String kept(ImportOutputs.Output output, ImportOutputs.Output rejected) {
    List<String> parts = new ArrayList<>();
    for (ImportOutputs.Output o : List.of(output, rejected)) {
      String s = o.afterFailure();
      if (s != null) {
        parts.add(s);
      }
    }
    return String.join("; ", parts);
  }

  /** The error that ended the run, for people. */
  private static String failure(Exception e) {
    if (e instanceof ImportOutputs.WriteFailure) {
      return e.getMessage();
    }
    if (e instanceof IOException io) {
      return IoReason.withFile(io);
    }
    if (e instanceof UncheckedIOException u) {
      return IoReason.withFile(u.getCause());
    }
    return "internal error: " + e;
  }

  /**
   * A usage error when an output is the same file as an input, the mapping or another output;
   * else null.
   */
  private String clash() {
    Map<String, Path> inputs = new LinkedHashMap<>();
    inputs.put("RECORDS", records);
    inputs.put("--mapping", mapping);
    Map<String, Path> outputs = new LinkedHashMap<>();
    if (target.out != null) {
      outputs.put("--out", target.out);
    } else {
      outputs.put("--jsonl", target.jsonl);
    }
    if (rejects != null) {
      outputs.put("--rejects", rejects);
    }
    List<Map.Entry<String, Path>> outs = new ArrayList<>(outputs.entrySet());
    for (int i = 0; i < outs.size(); i++) {
      Map.Entry<String, Path> o = outs.get(i);
      for (Map.Entry<String, Path> in : inputs.entrySet()) {
        if (SameFile.same(o.getValue(), in.getValue())) {
          return sameFile(o, in);
        }
      }
      for (int j = i + 1; j < outs.size(); j++) {
        if (SameFile.same(o.getValue(), outs.get(j).getValue())) {
          return sameFile(outs.get(j), o);
        }
      }
    }
    return null;
  }

  private static String sameFile(Map.Entry<String, Path> output, Map.Entry<String, Path> other) {
    return output.getKey() + " " + TerminalText.name(output.getValue()) + " is the same file as "
        + other.getKey() + " " + TerminalText.name(other.getValue())
        + "; an output must not replace an input or another output";
  }

  /** The files a reply in --out must never replace: RECORDS, the mapping, --rejects. */
  private Map<Path, String> protectedFiles() {
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(records, "RECORDS");
    files.put(mapping, "--mapping");
    if (rejects != null) {
      files.put(rejects, "--rejects");
    }
    return files;
  }

  /** The bytes to write for a result: canonical JSON of the reply, or the rejection line. */
  private static byte[] prepare(ReplyJson json, MappingResult r) {
    if (r instanceof MappingResult.Rejected) {
      return (((MappingResult.Rejected) r).toJsonLine() + "\n").getBytes(StandardCharsets.UTF_8);
    }
    return json.write(r.reply().orElseThrow());
  }
}
