package dev.govreply.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.govreply.model.Body;
import dev.govreply.model.Reply;
import dev.govreply.testing.SampleDocuments;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PDF renderings read by PDFBox: their tagged text read back, their layout measured. */
public class PdfRendererTest {
  /**
   * The test fonts: Droid Sans Fallback (Chinese), Liberation Serif (Latin, digits), HanaMinB
   * (CJK Extension B), each cut down to the characters of the sources and test resources.
   */
  static final PdfFonts FONTS = font("DroidSansFallback-subset.ttf")
      .and(font("LiberationSerif-Regular.ttf")).and(font("HanaMinB-subset.ttf"));
  private static final PdfRenderer PDF = PdfRenderer.of(FONTS);
  private static final double MM = 72 / 25.4;
  /** One grid cell of body text: 156 mm over 28 characters. */
  private static final double CELL = 156 * MM / 28;

  static PdfFonts font(String name) {
    try (InputStream in = PdfRendererTest.class.getResourceAsStream("/fonts/" + name)) {
      return PdfFonts.of(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tagged paragraphs of a PDF, a line each, as PDFBox extracts them. */
  public static String text(byte[] pdf) {
    return PdfDocument.text(pdf);
  }

  @ParameterizedTest
  @MethodSource("dev.govreply.render.ReadsBack#samples")
  void everySampleReadsBackFromItsPdf(String name) {
    ReadsBack.sample(name, reply -> PdfDocument.text(PDF.render(reply)));
  }

  @Test
  void generatedRepliesReadBackFromTheirPdf() {
    ReadsBack.generated(reply -> PdfDocument.text(PDF.render(reply)));
  }

  @Test
  void theTextIsSeenAndAWebPagesMetadataIsNot() throws IOException {
    // sample 27 keeps its web page's metadata, drawn first, as hidden text
    Reply reply = SampleDocuments.read("27").reply();
    assertThat(reply.unrecognized()).isNotEmpty();
    try (PDDocument doc = Loader.loadPDF(PDF.render(reply))) {
      BufferedImage page = new PDFRenderer(doc).renderImage(0, 0.5f); // 36 dpi
      double mm = page.getWidth() / 210.0;
      assertThat(dark(page, 0, 0, page.getWidth(), (int) (36 * mm))).as("top margin").isZero();
      assertThat(dark(page, (int) (28 * mm), (int) (37 * mm), (int) (184 * mm),
          (int) (262 * mm))).as("text block").isGreaterThan(2000);
    }
  }

  @Test
  void longWebPageMetadataIsKeptWholeAsHiddenText() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      lines.add("| 索引号 | 01526265-2-/2019-06280" + i + " | 发布机构 | 龙陵县教育体育局 |");
    }
    Reply reply = Reply.builder().title("关于优化营商环境的建议的答复")
        .addUnrecognized(dev.govreply.model.UnrecognizedBlock.of(
            dev.govreply.model.BlockKind.PAGE_METADATA, 1, lines)).build();
    byte[] pdf = PDF.render(reply);
    // read through the tags: every line, in order, first
    assertThat(PdfDocument.text(pdf).lines().limit(100)).containsExactlyElementsOf(lines);
    // read by position, as text extractors that ignore tags do: nothing dropped or run together
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String seen = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace(" ", "");
      for (String line : lines) {
        assertThat(seen).contains(line.replace(" ", ""));
      }
    }
  }

  private static int dark(BufferedImage image, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void thePageIsA4AndTheTextStaysInTheTextBlock() {
    PdfDocument pdf = PdfDocument.read(PDF.render(SampleDocuments.read("00").reply()));
    for (float[] size : pdf.pageSizes) {
      assertThat(size[0]).isCloseTo((float) (210 * MM), within(0.1f));
      assertThat(size[1]).isCloseTo((float) (297 * MM), within(0.1f));
    }
    for (PdfDocument.Paragraph p : pdf.paragraphs) {
      for (PdfDocument.Glyph g : p.glyphs()) {
        assertThat(g.x()).as(g.text()).isGreaterThanOrEqualTo((float) (28 * MM - 0.01));
        // a closing mark may hang into the right margin, from the text block's edge
        assertThat(g.x()).as(g.text()).isLessThanOrEqualTo((float) ((28 + 156) * MM + 0.01));
        assertThat(g.baseline() - g.size()).as(g.text()).isGreaterThan((float) (37 * MM));
        assertThat(g.baseline()).as(g.text()).isLessThan((float) ((37 + 225) * MM));
      }
    }
  }

  @Test
  void aFullPageHas22LinesOf28Characters() {
    PdfDocument pdf = PdfDocument.read(PDF.render(SampleDocuments.read("00").reply()));
    TreeSet<Float> baselines = new TreeSet<>();
    int fullRows = 0;
    for (PdfDocument.Paragraph p : pdf.paragraphs) {
      for (PdfDocument.Glyph g : p.glyphs()) {
        if (g.page() == 2) {
          baselines.add(g.baseline());
        }
      }
    }
    assertThat(baselines).hasSize(22);
    List<Float> lines = List.copyOf(baselines);
    for (int i = 1; i < lines.size(); i++) {
      assertThat(lines.get(i) - lines.get(i - 1)).isCloseTo((float) (225 * MM / 22),
          within(0.05f));
    }
    // a full row of Chinese characters holds 28, each one grid cell from the next
    for (float baseline : lines) {
      List<PdfDocument.Glyph> row = pdf.paragraphs.stream().flatMap(p -> p.glyphs().stream())
          .filter(g -> g.page() == 2 && g.baseline() == baseline).toList();
      if (row.stream().allMatch(g -> g.text().codePointAt(0) >= 0x3000)
          && row.get(0).x() < 28 * MM + 1 && row.size() >= 28) {
        fullRows++;
        assertThat(row).hasSize(28);
        assertThat(row.get(27).x() - row.get(0).x()).isCloseTo((float) (27 * CELL),
            within(0.5f));
      }
    }
    assertThat(fullRows).isGreaterThanOrEqualTo(2);
  }

  @Test
  void eachElementHasItsSizeTheTitleIsCentredTheDateFourCharactersIn() {
    PdfDocument pdf = PdfDocument.read(PDF.render(SampleDocuments.read("27").reply()));
    PdfDocument.Paragraph title = pdf.paragraphs.stream().filter(p -> p.tag().equals("H1"))
        .findFirst().orElseThrow();
    assertThat(title.glyphs()).allSatisfy(g -> assertThat(g.size()).isEqualTo(22f));
    PdfDocument.Glyph first = title.glyphs().get(0);
    List<PdfDocument.Glyph> firstLine = title.glyphs().stream()
        .filter(g -> g.baseline() == first.baseline()).toList();
    PdfDocument.Glyph last = firstLine.get(firstLine.size() - 1);
    double centre = (first.x() + last.x() + last.width()) / 2;
    assertThat(centre).isCloseTo((28 + 78) * MM, within(CELL / 2));
    String date = SampleDocuments.read("27").reply().date().map(d -> d.getYear() + "年")
        .orElseThrow();
    PdfDocument.Paragraph dateLine = pdf.paragraphs.stream()
        .filter(p -> p.text().startsWith(date)).findFirst().orElseThrow();
    PdfDocument.Glyph end = dateLine.glyphs().get(dateLine.glyphs().size() - 1);
    assertThat((double) end.x() + CELL).as("右空四字").isCloseTo((28 + 156) * MM - 4 * CELL, within(1.0));
    assertThat(pdf.paragraphs.stream().filter(p -> p.tag().equals("P")).flatMap(p ->
        p.glyphs().stream()).map(PdfDocument.Glyph::size).distinct())
        .as("the body; a web page's metadata is hidden text in 1 pt").containsOnly(16f, 1f);
  }

  @Test
  void aWrappedCopyToLineAlignsWithItsFirstRecipient() {
    Reply reply = Reply.builder().title("关于优化营商环境的建议的答复").addCopyTo("省人大常委会办公厅",
        "省政府办公厅", "县人大常委会人代工委", "市人大常委会选举联络工作委员会", "县政府办公室").build();
    PdfDocument.Paragraph copyTo = PdfDocument.read(PDF.render(reply)).paragraphs.stream()
        .filter(p -> p.text().startsWith("抄送：")).findFirst().orElseThrow();
    float firstRow = copyTo.glyphs().get(0).baseline();
    PdfDocument.Glyph wrapped = copyTo.glyphs().stream().filter(g -> g.baseline() > firstRow)
        .findFirst().orElseThrow();
    // 抄送 one character in; the wrapped row under the first recipient, after 抄送：
    assertThat((double) copyTo.glyphs().get(0).x()).isCloseTo(28 * MM + CELL, within(0.1));
    assertThat((double) wrapped.x()).isCloseTo(28 * MM + 4 * CELL, within(0.1));
  }

  @Test
  void everyPageIsNumberedOddPagesRightEvenPagesLeft() {
    PdfDocument pdf = PdfDocument.read(PDF.render(SampleDocuments.read("00").reply()));
    assertThat(pdf.artifacts).hasSizeGreaterThan(2);
    for (int p = 0; p < pdf.artifacts.size(); p++) {
      List<PdfDocument.Glyph> number = pdf.artifacts.get(p);
      String text = number.stream().map(PdfDocument.Glyph::text).reduce("", String::concat);
      assertThat(text.replace(" ", "")).isEqualTo("—" + (p + 1) + "—");
      assertThat(number).allSatisfy(g -> assertThat(g.size()).isEqualTo(14f));
      // 7 mm below the text block
      assertThat(number.get(0).baseline()).isBetween((float) ((37 + 225 + 7) * MM),
          (float) ((37 + 225 + 7) * MM + 14));
      double oneChar = 14 * CELL / 16;
      PdfDocument.Glyph end = number.get(number.size() - 1);
      if (p % 2 == 0) {
        assertThat((double) end.x() + end.width()).isCloseTo((28 + 156) * MM - oneChar, within(1.0));
      } else {
        assertThat((double) number.get(0).x()).isCloseTo(28 * MM + oneChar, within(0.5));
      }
    }
  }

  @Test
  void theFontsAreEmbeddedAsSubsets() {
    PdfDocument pdf = PdfDocument.read(PDF.render(SampleDocuments.read("00").reply()));
    assertThat(pdf.fontsEmbedded).isNotEmpty().containsOnly(true);
    assertThat(pdf.fontNames).allMatch(n -> n.matches("[A-Z]{6}\\+.+"))
        .anyMatch(n -> n.endsWith("+DroidSansFallback"))
        .anyMatch(n -> n.endsWith("+LiberationSerif"));
  }

  @Test
  void eachElementTakesTheFontItsStyleNamesWhenGiven() {
    RenderStyle style = RenderStyle.gbt9704()
        .withTitle(new RenderStyle.Font(List.of("方正小标宋简体", "Liberation Serif"), 22));
    PdfDocument pdf = PdfDocument.read(PdfRenderer.of(style, FONTS)
        .render(SampleDocuments.read("00").reply()));
    PdfDocument.Paragraph title = pdf.paragraphs.stream().filter(p -> p.tag().equals("H1"))
        .findFirst().orElseThrow();
    // the title's digits in the font it names; its Chinese, which that font lacks, in the next
    assertThat(title.glyphs()).filteredOn(g -> g.text().equals("2"))
        .allMatch(g -> g.font().endsWith("LiberationSerif"));
    assertThat(title.glyphs()).filteredOn(g -> g.text().equals("县"))
        .allMatch(g -> g.font().endsWith("DroidSansFallback"));
  }

  @Test
  void aCharacterNoFontHasIsNamedNotDrawnAsABox() {
    // U+2A6D6, written as an escape so that the test fonts, cut to the sources' characters,
    // never have it
    String missing = new String(Character.toChars(0x2A6D6));
    Reply reply = Reply.builder().title("关于" + missing + "的答复")
        .body(Body.builder().opening("您的建议收悉。").build()).build();
    assertThatThrownBy(() -> PDF.render(reply)).isInstanceOfSatisfying(
        MissingGlyphException.class, e -> {
          assertThat(e.codePoint()).isEqualTo(0x2A6D6);
          assertThat(e.role()).isEqualTo("TITLE");
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.index()).isEqualTo(2);
          assertThat(e).hasMessageContaining("'" + missing + "' (U+2A6D6 CJK UNIFIED IDEOGRAPHS"
              + " EXTENSION B 2A6D6) at index 2 of line 1 of the reply's layout (TITLE)")
              .hasMessageContaining("DroidSansFallback-subset.ttf");
        });
  }

  @Test
  void aPageNumberCharacterNoFontHasIsNamedAsThePageNumbers() {
    // Droid Sans Fallback alone has the title's characters but not the page numbers' dash
    Reply reply = Reply.builder().title("关于的答复").build();
    assertThatThrownBy(() -> PdfRenderer.of(font("DroidSansFallback-subset.ttf")).render(reply))
        .isInstanceOfSatisfying(MissingGlyphException.class, e -> {
          assertThat(e.line()).isZero();
          assertThat(e.role()).isEqualTo("PAGE_NUMBER");
          assertThat(e).hasMessage("no font given has a glyph for '—' (U+2014 EM DASH) in the"
              + " page numbers; fonts: DroidSansFallback-subset.ttf; add a font that has it");
        });
  }

  @Test
  void aStyleWhoseGridCannotHoldItsTextIsRefused() {
    RenderStyle big = RenderStyle.gbt9704().withTitle(new RenderStyle.Font(List.of("x"), 40));
    assertThatThrownBy(() -> PdfRenderer.of(big, FONTS)).hasMessage("the title font's 40.0 pt is"
        + " taller than a line of the grid (28.99 pt: 225 mm over 22 lines); use a smaller size"
        + " or fewer lines per page");
    RenderStyle narrow = RenderStyle.gbt9704()
        .withPage(new RenderStyle.Page(210, 297, 37, 28, 156, 225, 22, 40));
    assertThatThrownBy(() -> PdfRenderer.of(narrow, FONTS)).hasMessage("40 characters of 16.0 pt"
        + " do not fit a line of 156 mm (a cell of 11.06 pt); use fewer characters per line or a"
        + " smaller body size");
  }

  @Test
  void aFileThatIsNotATrueTypeFontIsNamed(@TempDir Path dir) throws IOException {
    Path otf = Files.write(dir.resolve("FangSong.otf"), new byte[] {'O', 'T', 'T', 'O', 0, 0});
    assertThatThrownBy(() -> PdfFonts.of(otf)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(otf + " is an OpenType font with CFF outlines (.otf); PDF rendering embeds"
            + " TrueType fonts (.ttf) only");
    Path ttc = Files.write(dir.resolve("simsun.ttc"), new byte[] {'t', 't', 'c', 'f', 0, 0});
    assertThatThrownBy(() -> PdfFonts.of(ttc)).hasMessageContaining("a TrueType collection");
    Path broken = Files.write(dir.resolve("broken.ttf"), new byte[] {0, 1, 0, 0, 0, 9});
    assertThatThrownBy(() -> PdfFonts.of(broken)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(broken + " is not a TrueType font that can be read");
    assertThatThrownBy(() -> PdfFonts.of(dir.resolve("missing.ttf")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.ttf");
    assertThatThrownBy(() -> PdfFonts.of(List.of())).hasMessageContaining("at least one");
  }

  @Test
  void latinLettersAreDrawnAndExtractedOneForOne() throws IOException {
    // a font's ligatures (fi, ffi) must not change what is drawn or extracted
    Reply reply = Reply.builder().title("关于office的答复").body(Body.builder()
        .opening("您提出的official fifty flow建议收悉。").build()).build();
    byte[] pdf = PDF.render(reply);
    assertThat(PdfDocument.text(pdf)).isEqualTo("关于office的答复\n您提出的official fifty flow建议收悉。\n");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains("official fifty flow");
    }
  }

  @Test
  void aFontPdfBoxWouldNotEmbedIsRefusedWhenGiven() throws IOException {
    byte[] liberation;
    try (InputStream in = getClass().getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
      liberation = in.readAllBytes();
    }
    int os2 = table(liberation, "OS/2");
    byte[] restricted = liberation.clone();
    restricted[os2 + 8] = 0;
    restricted[os2 + 9] = 2; // fsType: restricted licence embedding
    assertThatThrownBy(() -> PdfFonts.of("restricted.ttf", restricted))
        .hasMessage("restricted.ttf: its licence does not permit embedding it in a document"
            + " (OS/2 fsType 0x0002)");
    byte[] bitmaps = liberation.clone();
    bitmaps[os2 + 8] = 2; // fsType 0x0200: bitmap embedding only
    bitmaps[os2 + 9] = 0;
    assertThatThrownBy(() -> PdfFonts.of("bitmaps.ttf", bitmaps))
        .hasMessageContaining("bitmaps.ttf: its licence permits embedding only its bitmaps");
    byte[] noOs2 = liberation.clone();
    int entry = directoryEntry(liberation, "OS/2");
    noOs2[entry + 3] = 'X'; // the table is there, under another tag
    assertThatThrownBy(() -> PdfFonts.of("no-os2.ttf", noOs2))
        .hasMessage("no-os2.ttf has no OS/2 table; PDF embedding needs one");
  }

  /** The offset of a table's entry in a TrueType file's table directory. */
  private static int directoryEntry(byte[] ttf, String tag) {
    int tables = (ttf[4] & 0xff) << 8 | ttf[5] & 0xff;
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i;
      if (new String(ttf, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals(tag)) {
        return at;
      }
    }
    throw new IllegalArgumentException("no table " + tag);
  }

  /** The offset of a table in a TrueType file. */
  private static int table(byte[] ttf, String tag) {
    return java.nio.ByteBuffer.wrap(ttf, directoryEntry(ttf, tag) + 8, 4).getInt();
  }

  @Test
  void theFontsFamiliesAreTheirNameTables() {
    assertThat(FONTS.families()).hasSize(3);
    assertThat(FONTS.families().get(0)).containsExactly("Droid Sans Fallback");
    assertThat(FONTS.families().get(1)).containsExactly("Liberation Serif");
    assertThat(FONTS.families().get(2)).contains("HanaMinB");
  }

  @Test
  void optionalBlocksFollowTheStyle() {
    Reply reply = SampleDocuments.read("27").reply();
    String all = PdfDocument.text(PDF.render(reply));
    String bare = PdfDocument.text(PdfRenderer.of(RenderStyle.gbt9704().withContacts(false)
        .withPageNumbers(false), FONTS).render(reply));
    assertThat(all).contains("承办人");
    assertThat(bare).doesNotContain("承办人");
    assertThat(PdfDocument.read(PdfRenderer.of(RenderStyle.gbt9704().withPageNumbers(false),
        FONTS).render(reply)).artifacts).allMatch(List::isEmpty);
  }

  @Test
  void oneReplyRendersToTheSameBytesOnEveryThread() throws Exception {
    Reply reply = SampleDocuments.read("27").reply();
    byte[] first = PDF.render(reply);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> renderings = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        renderings.add(pool.submit(() -> PDF.render(reply)));
      }
      for (Future<byte[]> f : renderings) {
        assertThat(f.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCharacterAPdfCannotHoldIsRefusedNotReplaced() {
    Reply reply = Reply.builder().title("关于\u0007的答复").build();
    assertThatThrownBy(() -> PDF.render(reply)).isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(MissingGlyphException.class).hasMessageContaining("U+0007");
  }
}
