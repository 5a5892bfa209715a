package dev.govreply.cli;

import dev.govreply.render.DocxRenderer;
import dev.govreply.render.HtmlRenderer;
import dev.govreply.render.PdfFonts;
import dev.govreply.render.PdfRenderer;
import dev.govreply.render.RenderStyle;
import dev.govreply.render.RenderStyleJson;
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
 * {@code govreply render --to html|docx|pdf [--style FILE] [--font FILE]... [-o OUT] [--force]
 * [--charset CS] [--max-size SIZE] FILE...}:
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
        "  docx  one Word document per reply: A4, the standard's margins and line pitch, a"
            + " paragraph style per element, page number fields; needs -o",
        "  pdf   one PDF per reply: A4, 22 lines of 28 characters, the fonts given by --font"
            + " embedded as subsets, tagged for reading order; needs -o and --font",
        "--style FILE gives a style as JSON (page, fonts and sizes, optional blocks; see"
            + " RenderStyleJson); what it leaves out is the standard's.",
        "With one FILE and no -o an HTML rendering goes to stdout. With -o, one FILE is written to"
            + " OUT; several are written into the directory OUT (created if missing), each as its"
            + " name with the format's extension. An existing output, an output that is an input,"
            + " or two FILEs with one output are usage errors (exit code 2) before anything is"
            + " rendered; --force replaces existing outputs. Every file is written completely or"
            + " not at all; a device or pipe (/dev/stdout) is written directly.",
        "A file that cannot be read or written is reported on stderr as FILE: PROBLEM; the other"
            + " files are still processed."})
final class RenderCommand implements Callable<Integer> {

  /** The formats of {@code --to}. */
  enum Format {
    HTML, DOCX, PDF;

    @Override
    public String toString() {
      return LabelConverter.label(this);
    }
  }

  /** Converts {@code --to} values. */
  static final class FormatConverter extends LabelConverter<Format> {
    FormatConverter() {
      super(Format.class, "format");
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--to", paramLabel = "FORMAT", required = true,
      converter = FormatConverter.class, description = "Output format: html, docx or pdf.")
  Format to;

  @Option(names = "--style", paramLabel = "FILE",
      description = "A style as JSON; default: GB/T 9704-2012.")
  Path style;

  @Option(names = "--font", paramLabel = "FILE",
      description = "A TrueType font (.ttf) to embed in PDFs; repeat for more. Each element takes"
          + " the first font whose family its style names, else the first font; a character a"
          + " font lacks is taken from the next that has it.")
  List<Path> fonts;

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
    if (output == null && to != Format.HTML) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to
          + " needs -o OUT: a binary document is not written to standard output");
    }
    Renderer renderer = renderer();
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
    List<Path> targets = targets(intoDirectory);
    ReplyFiles replies = new ReplyFiles(maxSize, charset);
    int failed = 0;
    int index = 0;
    for (Path file : files) {
      byte[][] rendered = new byte[1][];
      boolean done = PerFile.run(file, err,
          () -> rendered[0] = render(renderer, replies.read(file).reply()));
      if (done && output == null) {
        out.print(new String(rendered[0], StandardCharsets.UTF_8));
        out.flush();
      } else if (done) {
        done = write(targets.get(index), rendered[0], err);
      }
      index++;
      if (!done) {
        failed++;
      }
      if (StdoutWriter.failed(out, err, "render")) {
        return ExitCode.FOUND_WANTING;
      }
    }
    return failed == 0 ? ExitCode.OK : ExitCode.FOUND_WANTING;
  }

  /**
   * Renders a reply; a reply the format cannot render (a character no font has, a control
   * character) is that file's problem, said in the renderer's words.
   */
  private static byte[] render(Renderer renderer, dev.govreply.model.Reply reply)
      throws InputFile.Refused {
    try {
      return renderer.render(reply);
    } catch (IllegalArgumentException e) {
      throw new InputFile.Refused("cannot render: " + e.getMessage());
    }
  }

  /** Renders one reply in the format asked for. */
  private interface Renderer {
    byte[] render(dev.govreply.model.Reply reply);
  }

  /**
   * The renderer of --to with --style and --font, read before any FILE: a style or font that
   * cannot be used is a usage error.
   */
  private Renderer renderer() {
    if (to != Format.PDF && fonts != null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--font applies to --to pdf only; HTML and Word documents name their fonts");
    }
    RenderStyle s = style == null ? RenderStyle.gbt9704() : style();
    return switch (to) {
      case HTML -> reply -> HtmlRenderer.of(s).render(reply).getBytes(StandardCharsets.UTF_8);
      case DOCX -> DocxRenderer.of(s)::render;
      case PDF -> pdf(s)::render;
    };
  }

  private RenderStyle style() {
    try {
      return RenderStyleJson.read(Files.readString(style, StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--style "
          + TerminalText.name(style) + ": cannot read: " + IoReason.of(e));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--style "
          + TerminalText.name(style) + ": " + e.getMessage());
    }
  }

  private PdfRenderer pdf(RenderStyle s) {
    PdfFonts f = pdfFonts();
    try {
      return PdfRenderer.of(s, f);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--style "
          + TerminalText.name(style) + ": " + e.getMessage());
    }
  }

  private PdfFonts pdfFonts() {
    if (fonts == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to pdf needs --font FILE:"
          + " the TrueType fonts to embed (a PDF carries its fonts; govreply ships none)");
    }
    for (Path font : fonts) {
      if (!Files.isRegularFile(font)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--font "
            + TerminalText.name(font) + ": no such file");
      }
    }
    try {
      return PdfFonts.of(fonts);
    } catch (java.io.UncheckedIOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--font: cannot read: "
          + IoReason.of(e.getCause()));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--font: "
          + TerminalText.line(e.getMessage()));
    }
  }

  /**
   * The output of each FILE, checked before anything is read: two FILEs may not share an output
   * (names compared without case, as some file systems do), no output may be an input, and an
   * existing output needs --force. Any of these is a usage error.
   */
  private List<Path> targets(boolean intoDirectory) {
    List<Path> targets = new java.util.ArrayList<>();
    if (output == null) {
      return targets;
    }
    java.util.Map<String, Path> claimed = new java.util.HashMap<>();
    for (Path file : files) {
      Path target = intoDirectory ? output.resolve(name(file)) : output;
      Path before = claimed.putIfAbsent(
          target.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT), file);
      if (before != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), TerminalText.name(before)
            + " and " + TerminalText.name(file) + " would both be written to "
            + TerminalText.name(target) + "; render them into different directories");
      }
      List<Path> inputs = new java.util.ArrayList<>(files);
      if (fonts != null) {
        inputs.addAll(fonts);
      }
      if (style != null) {
        inputs.add(style);
      }
      for (Path input : inputs) {
        if (SameFile.same(target, input)) {
          throw new CommandLine.ParameterException(spec.commandLine(), "the output "
              + TerminalText.name(target) + " is the input " + TerminalText.name(input));
        }
      }
      if (!force && Files.exists(target) && Files.isRegularFile(target)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            TerminalText.name(target) + " already exists; use --force to replace it");
      }
      targets.add(target);
    }
    return targets;
  }

  /**
   * Writes one rendering, completely or not at all (a device or pipe directly), or says on
   * stderr why it could not.
   */
  private boolean write(Path target, byte[] content, PrintWriter err) {
    OutputFile f = null;
    try {
      f = OutputFile.createNamed(target, force);
      f.stream().write(content);
      f.commit();
      return true;
    } catch (FileAlreadyExistsException e) {
      err.println(TerminalText.name(target) + ": already exists; use --force to replace it");
    } catch (java.io.IOException e) {
      err.println(TerminalText.name(target) + ": cannot write: " + IoReason.of(e));
    } finally {
      if (f != null) {
        f.discard();
      }
    }
    err.flush();
    return false;
  }

  /** {@code reply.txt} → {@code reply.html}. */
  private String name(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return (dot > 0 ? n.substring(0, dot) : n) + "." + to;
  }
}
