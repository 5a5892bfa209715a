package dev.govreply.cli;

import static dev.govreply.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.cli.Cli.Run;
import dev.govreply.render.HtmlRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  static final Path FOUNDING = ReadCommandTest.FOUNDING;
  static final Path NANGONG = ReadCommandTest.NANGONG;

  static String html(Path file) {
    return HtmlRenderer.standard().render(ReadCommandTest.read(file).reply());
  }

  @Test
  void oneFileGoesToStdout() {
    Run r = run("render", "--to", "html", FOUNDING.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(html(FOUNDING));
  }

  @Test
  void oneFileGoesToItsOutputAndIsNotReplacedWithoutForce(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("reply.html");
    assertThat(run("render", "--to", "html", "-o", out.toString(), FOUNDING.toString()).code())
        .isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(html(FOUNDING));

    Run again = run("render", "--to", "html", "-o", out.toString(), NANGONG.toString());
    assertThat(again.code()).isEqualTo(ExitCode.USAGE);
    assertThat(again.err()).contains("reply.html already exists; use --force to replace it");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(html(FOUNDING));

    assertThat(run("render", "--to", "html", "--force", "-o", out.toString(),
        NANGONG.toString()).code()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(html(NANGONG));
  }

  @Test
  void severalFilesGoIntoADirectoryUnderTheirNames(@TempDir Path dir) throws Exception {
    Path into = dir.resolve("out");
    Run r = run("render", "--to", "html", "-o", into.toString(), FOUNDING.toString(),
        NANGONG.toString(), dir.resolve("missing.txt").toString());
    assertThat(r.code()).isEqualTo(ExitCode.FOUND_WANTING);
    assertThat(r.err()).contains("missing.txt: no such file");
    assertThat(Files.readString(into.resolve("00-pingjiang-xzf-jy241.html"))).isEqualTo(
        html(FOUNDING));
    assertThat(Files.readString(into.resolve("01-nangong-jtj-jy46.html"))).isEqualTo(
        html(NANGONG));
  }

  @Test
  void aWordDocumentIsWrittenToItsOutput(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("reply.docx");
    Run r = run("render", "--to", "docx", "-o", out.toString(), FOUNDING.toString());
    assertThat(r.code()).as(r.err()).isZero();
    byte[] docx = Files.readAllBytes(out);
    assertThat(docx).startsWith('P', 'K');
    assertThat(dev.govreply.render.DocxRendererTest.text(docx))
        .contains("承办人及联系电话：何勇 0730-6222076");
  }

  @Test
  void twoFilesWithOneOutputAreRefusedBeforeAnythingIsWritten(@TempDir Path dir)
      throws Exception {
    Path a = Files.createDirectories(dir.resolve("a")).resolve("x.txt");
    Path b = Files.createDirectories(dir.resolve("b")).resolve("X.txt");
    Files.copy(FOUNDING, a);
    Files.copy(NANGONG, b);
    Run r = run("render", "--to", "html", "-o", dir.resolve("out").toString(), a.toString(),
        b.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("would both be written to");
    assertThat(dir.resolve("out").resolve("x.html")).doesNotExist();
  }

  /** A test font's file. */
  static String font(String name) {
    try {
      return Path.of(RenderCommandTest.class.getResource("/fonts/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aPdfIsWrittenWithTheFontsGiven(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("reply.pdf");
    Run r = run("render", "--to", "pdf", "--font", font("DroidSansFallback-subset.ttf"),
        "--font", font("LiberationSerif-Regular.ttf"), "-o", out.toString(),
        FOUNDING.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    byte[] pdf = Files.readAllBytes(out);
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(dev.govreply.render.PdfRendererTest.text(pdf))
        .contains("承办人及联系电话：何勇 0730-6222076");
  }

  @Test
  void aCharacterNoFontHasFailsThatFileNamingIt(@TempDir Path dir) {
    Run r = run("render", "--to", "pdf", "--font", font("DroidSansFallback-subset.ttf"),
        "-o", dir.resolve("reply.pdf").toString(), FOUNDING.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FOUND_WANTING);
    assertThat(r.err()).isEqualTo(FOUNDING + ": cannot render: no font given has a glyph for"
        + " '2' (U+0032 DIGIT TWO) at index 4 of line 2 of the reply's layout (MARKS); fonts: "
        + font("DroidSansFallback-subset.ttf") + "; add a font that has it\n");
    assertThat(dir.resolve("reply.pdf")).doesNotExist();
  }

  @Test
  void fontsThatCannotBeUsedAreUsageErrors(@TempDir Path dir) throws Exception {
    Path otf = Files.write(dir.resolve("fangsong.otf"), new byte[] {'O', 'T', 'T', 'O', 0, 0});
    Run bad = run("render", "--to", "pdf", "--font", otf.toString(), "-o",
        dir.resolve("r.pdf").toString(), FOUNDING.toString());
    assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("--font: " + otf + " is an OpenType font with CFF outlines");
    Run none = run("render", "--to", "pdf", "-o", dir.resolve("r.pdf").toString(),
        FOUNDING.toString());
    assertThat(none.code()).isEqualTo(ExitCode.USAGE);
    assertThat(none.err()).contains("--to pdf needs --font FILE");
    Run missing = run("render", "--to", "pdf", "--font", dir.resolve("nope.ttf").toString(),
        "-o", dir.resolve("r.pdf").toString(), FOUNDING.toString());
    assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("--font " + dir.resolve("nope.ttf") + ": no such file");
    Path copy = Files.copy(Path.of(font("LiberationSerif-Regular.ttf")), dir.resolve("f.ttf"));
    Run over = run("render", "--to", "pdf", "--force", "--font", copy.toString(), "-o",
        copy.toString(), FOUNDING.toString());
    assertThat(over.code()).isEqualTo(ExitCode.USAGE);
    assertThat(over.err()).contains("is the input");
    Run html = run("render", "--to", "html", "--font", otf.toString(), FOUNDING.toString());
    assertThat(html.code()).isEqualTo(ExitCode.USAGE);
    assertThat(html.err()).contains("--font applies to --to pdf only");
  }

  @Test
  void aStyleFileChangesWhatItNames(@TempDir Path dir) throws Exception {
    Path style = Files.writeString(dir.resolve("style.json"), "{\"contacts\": false}");
    Run r = run("render", "--to", "html", "--style", style.toString(), FOUNDING.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(html(FOUNDING)).contains("何勇");
    assertThat(r.out()).doesNotContain("何勇").contains("张亮代表");
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"body\": {\"points\": \"16\"}}");
    Run wrong = run("render", "--to", "html", "--style", bad.toString(), FOUNDING.toString());
    assertThat(wrong.code()).isEqualTo(ExitCode.USAGE);
    assertThat(wrong.err()).contains("--style " + bad + ": /body/points: must be a number, got"
        + " \"16\"");
  }

  @Test
  void aDeviceIsWrittenDirectly() {
    Run r = run("render", "--to", "docx", "-o", "/dev/null", FOUNDING.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Path.of("/dev/null")).exists();
  }

  @Test
  void usageErrors() {
    Run odt = run("render", "--to", "odt", FOUNDING.toString());
    assertThat(odt.code()).isEqualTo(ExitCode.USAGE);
    assertThat(odt.err()).contains("unknown format 'odt' (expected html, docx or pdf)");
    Run docx = run("render", "--to", "docx", FOUNDING.toString());
    assertThat(docx.code()).isEqualTo(ExitCode.USAGE);
    assertThat(docx.err()).contains("--to docx needs -o OUT");
    Run pdf = run("render", "--to", "pdf", "--font", font("LiberationSerif-Regular.ttf"),
        FOUNDING.toString());
    assertThat(pdf.code()).isEqualTo(ExitCode.USAGE);
    assertThat(pdf.err()).contains("--to pdf needs -o OUT");
    Run several = run("render", "--to", "html", FOUNDING.toString(), NANGONG.toString());
    assertThat(several.code()).isEqualTo(ExitCode.USAGE);
    assertThat(several.err()).contains("several FILEs need -o DIR");
    Run self = run("render", "--to", "html", "--force", "-o", FOUNDING.toString(),
        FOUNDING.toString());
    assertThat(self.code()).isEqualTo(ExitCode.USAGE);
    assertThat(self.err()).contains("is the input");
    assertThat(run("render", FOUNDING.toString()).code()).isEqualTo(ExitCode.USAGE);
  }
}
