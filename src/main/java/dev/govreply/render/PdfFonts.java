package dev.govreply.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The TrueType fonts a {@link PdfRenderer} embeds, in order. Each element's font is the first one
 * whose family name (any language of the font's name table, e.g. {@code 仿宋_GB2312} or
 * {@code FangSong}) is among the families the {@link RenderStyle} names for it, else the first
 * font given. A character that font lacks is drawn in the first font, in the order given, that
 * has it; a character no font has stops rendering with a {@link MissingGlyphException} naming
 * it, never a box.
 *
 * <pre>{@code
 * PdfFonts fonts = PdfFonts.of(Path.of("fonts/simfang.ttf"), Path.of("fonts/simhei.ttf"));
 * byte[] pdf = PdfRenderer.of(RenderStyle.gbt9704(), fonts).render(reply);
 * }</pre>
 *
 * <p>PDF needs TrueType outlines ({@code .ttf}); an OpenType font with CFF outlines
 * ({@code .otf}) or a collection ({@code .ttc}) is refused with a message that says so. The
 * files are read once, here, with each character's width; every rendering embeds the glyphs it
 * uses (the whole font if its licence forbids subsetting). A font whose licence forbids
 * embedding is refused here. Needs Apache PDFBox
 * ({@code org.apache.pdfbox:pdfbox} 3.x), an optional dependency. Immutable and thread-safe.
 */
public final class PdfFonts {
  private final List<TrueTypeFile> fonts;

  private PdfFonts(List<TrueTypeFile> fonts) {
    this.fonts = List.copyOf(fonts);
  }

  /**
   * The fonts in these files.
   *
   * @param files TrueType font files, at least one; the first is the default
   * @return the fonts
   * @throws IllegalArgumentException naming a file that is not a TrueType font
   * @throws UncheckedIOException naming a file that cannot be read
   * @throws IllegalStateException when Apache PDFBox is not on the class path
   */
  public static PdfFonts of(Path... files) {
    return of(List.of(files));
  }

  /**
   * The fonts in these files.
   *
   * @param files TrueType font files, at least one; the first is the default
   * @return the fonts
   * @throws IllegalArgumentException naming a file that is not a TrueType font
   * @throws UncheckedIOException naming a file that cannot be read
   * @throws IllegalStateException when Apache PDFBox is not on the class path
   */
  public static PdfFonts of(List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("PDF rendering needs at least one TrueType font file");
    }
    PdfRenderer.requirePdfBox();
    List<TrueTypeFile> read = new ArrayList<>(files.size());
    for (Path f : files) {
      Objects.requireNonNull(f, "file");
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(f);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the font file " + f + ": " + e.getMessage(),
            e);
      }
      read.add(TrueTypeFile.read(f.toString(), bytes));
    }
    return new PdfFonts(read);
  }

  /**
   * A font from its bytes, for fonts that are resources rather than files.
   *
   * @param source what the bytes are, for messages (a resource name)
   * @param ttf the TrueType font
   * @return the fonts, this one alone
   * @throws IllegalArgumentException when the bytes are not a TrueType font
   * @throws IllegalStateException when Apache PDFBox is not on the class path
   */
  public static PdfFonts of(String source, byte[] ttf) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ttf, "ttf");
    PdfRenderer.requirePdfBox();
    return new PdfFonts(List.of(TrueTypeFile.read(source, ttf.clone())));
  }

  /**
   * These fonts and then those of {@code more}.
   *
   * @param more fonts to try after these
   * @return the fonts in order
   */
  public PdfFonts and(PdfFonts more) {
    List<TrueTypeFile> all = new ArrayList<>(fonts);
    all.addAll(more.fonts);
    return new PdfFonts(all);
  }

  /**
   * The family names of each font, in order, as its name table gives them.
   *
   * @return one list of names per font
   */
  public List<List<String>> families() {
    return fonts.stream().map(TrueTypeFile::families).toList();
  }

  List<TrueTypeFile> files() {
    return fonts;
  }

  /**
   * The index of the font for a style font: the first of its families that a font here has,
   * else 0, the default.
   */
  int choose(RenderStyle.Font font) {
    for (String family : font.families()) {
      String key = family.toLowerCase(Locale.ROOT);
      for (int i = 0; i < fonts.size(); i++) {
        if (fonts.get(i).families().stream().anyMatch(f -> f.toLowerCase(Locale.ROOT)
            .equals(key))) {
          return i;
        }
      }
    }
    return 0;
  }

  /** {@code preferred} if it has the character, else the first font that has it; -1 if none. */
  int withGlyph(int preferred, int codePoint) {
    if (fonts.get(preferred).has(codePoint)) {
      return preferred;
    }
    for (int i = 0; i < fonts.size(); i++) {
      if (fonts.get(i).has(codePoint)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "PdfFonts" + fonts.stream().map(TrueTypeFile::source).toList();
  }
}
