package dev.govreply.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType font, read once: its bytes (embedded anew in each PDF), its family names, and the
 * advance width of every character it maps, so that lines are laid out without touching the
 * font again. Immutable; FontBox's classes are loaded only here, after the renderer checked
 * that PDFBox is on the class path.
 */
final class TrueTypeFile {
  /** Name table ids: font family, full name, typographic family. */
  private static final Set<Integer> FAMILY_NAME_IDS = Set.of(1, 4, 16);

  private final String source;
  private final byte[] bytes;
  private final List<String> families;
  /** The characters mapped, ascending, and the advance of each in ems. */
  private final int[] codePoints;
  private final float[] advances;
  private final byte[] digest;

  private TrueTypeFile(String source, byte[] bytes, List<String> families, int[] codePoints,
      float[] advances) {
    this.source = source;
    this.bytes = bytes;
    this.families = families;
    this.codePoints = codePoints;
    this.advances = advances;
    try {
      this.digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static TrueTypeFile read(String source, byte[] bytes) {
    String kind = kind(bytes);
    if (kind != null) {
      throw new IllegalArgumentException(source + " is " + kind + "; PDF rendering embeds"
          + " TrueType fonts (.ttf) only");
    }
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
      embeddable(ttf, source);
      CmapLookup cmap;
      try {
        cmap = ttf.getUnicodeCmapLookup(true);
      } catch (IOException e) {
        throw new Refused(source + " has no Unicode character map; PDF embedding needs one");
      }
      float em = ttf.getUnitsPerEm();
      int glyphs = ttf.getNumberOfGlyphs();
      int[] cps = new int[64];
      float[] adv = new float[64];
      int n = 0;
      for (int gid = 1; gid < glyphs; gid++) {
        List<Integer> codes = cmap.getCharCodes(gid);
        if (codes == null) {
          continue;
        }
        float a = ttf.getAdvanceWidth(gid) / em;
        for (int cp : codes) {
          if (n == cps.length) {
            cps = Arrays.copyOf(cps, n * 2);
            adv = Arrays.copyOf(adv, n * 2);
          }
          cps[n] = cp;
          adv[n++] = a;
        }
      }
      long[] sorted = new long[n]; // code point and index, to sort the pairs together
      for (int i = 0; i < n; i++) {
        sorted[i] = (long) cps[i] << 32 | i;
      }
      Arrays.sort(sorted);
      int[] outCps = new int[n];
      float[] outAdv = new float[n];
      for (int i = 0; i < n; i++) {
        outCps[i] = (int) (sorted[i] >>> 32);
        outAdv[i] = adv[(int) sorted[i]];
      }
      return new TrueTypeFile(source, bytes, names(ttf, source), outCps, outAdv);
    } catch (Refused e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(source + " is not a TrueType font that can be read: "
          + e.getMessage(), e);
    }
  }

  /** A font that can be read but not embedded; the message names the file and the reason. */
  private static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * Refuses a font PDFBox would not embed, here rather than on every rendering: one without the
   * OS/2 table, or whose licence bits (OS/2 fsType) forbid embedding or permit only its bitmaps.
   * A font that may be embedded but not subset is embedded whole.
   */
  private static void embeddable(TrueTypeFont ttf, String source) throws IOException {
    OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
    if (os2 == null) {
      throw new Refused(source + " has no OS/2 table; PDF embedding needs one");
    }
    int fsType = os2.getFsType() & 0xffff;
    String bits = String.format(java.util.Locale.ROOT, " (OS/2 fsType 0x%04X)", fsType);
    if ((fsType & 0x000f) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED) {
      throw new Refused(source + ": its licence does not permit embedding it in a document"
          + bits);
    }
    if ((fsType & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) != 0) {
      throw new Refused(source + ": its licence permits embedding only its bitmaps" + bits);
    }
  }

  /** What a file is when it is not a single TrueType font, from its first four bytes; else null. */
  private static String kind(byte[] b) {
    if (b.length < 4) {
      return "not a font (" + b.length + " bytes)";
    }
    String tag = new String(b, 0, 4, StandardCharsets.ISO_8859_1);
    return switch (tag) {
      case "OTTO" -> "an OpenType font with CFF outlines (.otf)";
      case "ttcf" -> "a TrueType collection (.ttc): take one font out of it";
      case "wOFF", "wOF2" -> "a web font (WOFF)";
      case "true", "\0\1\0\0" -> null;
      default -> "not a TrueType font";
    };
  }

  private static List<String> names(TrueTypeFont ttf, String source) throws IOException {
    NamingTable naming = ttf.getNaming();
    Set<String> out = new LinkedHashSet<>();
    if (naming != null) {
      for (NameRecord r : naming.getNameRecords()) {
        String s = r.getString();
        if (FAMILY_NAME_IDS.contains(r.getNameId()) && s != null && !s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    if (out.isEmpty()) {
      out.add(source);
    }
    return List.copyOf(out);
  }

  /** A digest of the font file (computed once), which goes into a PDF's file identifier. */
  byte[] digest() {
    return digest.clone();
  }

  String source() {
    return source;
  }

  /** The font file itself; not copied, never changed. */
  byte[] bytes() {
    return bytes;
  }

  List<String> families() {
    return families;
  }

  boolean has(int codePoint) {
    return Arrays.binarySearch(codePoints, codePoint) >= 0;
  }

  /** The advance of a character the font has, in ems. */
  float advance(int codePoint) {
    return advances[Arrays.binarySearch(codePoints, codePoint)];
  }
}
