package dev.govreply.cli;

import dev.govreply.render.HtmlRenderer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code govreply render --to html [-o OUT] [--force] [--charset CS] [--max-size SIZE] FILE...}:
 * renders replies, read from text or JSON, as the documents offices publish.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
        "Reads each FILE as a reply (its text, or govreply/1 JSON, as govreply read does) and"
            + " renders it in the GB/T 9704-2012 layout.",
        "Formats per --to:",
        "  html  one self-contained HTML file per reply: semantic elements, a print stylesheet"
            + " (A4, the standard's margins, fonts and page numbers), no scripts",
        "With one FILE and no -o the rendering goes to stdout. With -o, one FILE is written to"
            + " OUT; several are written into the directory OUT (created if missing), each as its"
            + " name with the format's extension. An existing output is an error unless --force"
            + " is given. Every file is written completely or not at all.",
        "A file that cannot be read or written is reported on stderr as FILE: PROBLEM; the other"
            + " files are still processed."})
final class RenderCommand implements Callable<Integer> {

  /** The formats of {@code --to}. */
  enum Format {
    HTML("html");

    final String label;

    Format(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Converts {@code --to} values. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.label.equals(value.toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("unknown format '" + value
          + "' (expected html)");
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--to", paramLabel = "FORMAT", required = true,
      converter = FormatConverter.class, description = "Output format: html.")
  Format to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The output file (one FILE) or directory (several).")
  Path output;

  @Option(names = "--force", description = "Replace output files that exist.")
  boolean force;

  @Option(names = "--charset", paramLabel = "CS", converter = ReadCommand.CharsetConverter.class,
      description = "The charset of every text FILE; default: detected.")
  java.nio.charset.Charset charset;

  @CommandLine.Mixin
  MaxSize maxSize;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Replies as text or JSON.")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output == null && files.size() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "several FILEs need -o DIR, the directory to write them into");
    }
    boolean intoDirectory = files.size() > 1;
    if (intoDirectory) {
      if (Files.exists(output) && !Files.isDirectory(output)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "-o " + TerminalText.name(output) + " is not a directory (several FILEs)");
      }
      Files.createDirectories(output);
    }
    ReplyFiles replies = new ReplyFiles(maxSize, charset);
    HtmlRenderer renderer = HtmlRenderer.standard();
    int failed = 0;
    for (Path file : files) {
      String[] html = new String[1];
      boolean done = PerFile.run(file, err,
          () -> html[0] = renderer.render(replies.read(file).reply()));
      if (done && output == null) {
        out.print(html[0]);
        out.flush();
      } else if (done) {
        done = write(intoDirectory ? output.resolve(name(file)) : output, file, html[0], err);
      }
      if (!done) {
        failed++;
      }
      if (StdoutWriter.failed(out, err, "render")) {
        return ExitCode.FOUND_WANTING;
      }
    }
    return failed == 0 ? ExitCode.OK : ExitCode.FOUND_WANTING;
  }

  /** Writes one rendering, or says on stderr why it could not. */
  private boolean write(Path target, Path input, String content, PrintWriter err) {
    String problem;
    if (SameFile.same(target, input)) {
      problem = "is the input itself; not overwritten";
    } else {
      try {
        OutputFile.write(target, content.getBytes(StandardCharsets.UTF_8), force);
        return true;
      } catch (FileAlreadyExistsException e) {
        problem = "exists; give --force to replace it";
      } catch (java.io.IOException e) {
        problem = "cannot write: " + IoReason.of(e);
      }
    }
    err.println(TerminalText.name(target) + ": " + problem);
    err.flush();
    return false;
  }

  /** {@code reply.txt} → {@code reply.html}. */
  private String name(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return (dot > 0 ? n.substring(0, dot) : n) + "." + to.label;
  }
}
