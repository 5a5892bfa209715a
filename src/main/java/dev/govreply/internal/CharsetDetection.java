package dev.govreply.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How govreply tells the charset of text bytes when none is given: one rule, for the text reader
 * and the record sources alike.
 *
 * <ol>
 *   <li>A byte order mark decides: {@code EF BB BF} UTF-8, {@code FE FF} UTF-16BE, {@code FF FE}
 *       UTF-16LE, {@code 84 31 95 33} GB18030.
 *   <li>Otherwise bytes that are strictly valid UTF-8 are UTF-8 (so are pure ASCII and empty
 *       input): Chinese text in another charset is almost never valid UTF-8.
 *   <li>Otherwise the bytes are Chinese text in one of the two double-byte charsets in use,
 *       GB18030 (which includes GBK and GB2312: mainland, simplified) or Big5 (Taiwan, Hong Kong,
 *       traditional). Bytes strictly valid in one of them only are in that one. Bytes valid in
 *       both (Big5 text nearly always is valid GB18030, whose double-byte range covers Big5's)
 *       are in the one in which more of the double-byte characters are its own common hanzi,
 *       by at least {@value #MARGIN_PERCENT}% of them. The common hanzi are defined by each
 *       charset's own standard, as byte ranges: GB2312's level 1 (一级汉字, the 3,755 most used
 *       simplified characters, {@code B0A1–D7FE}) and Big5's frequently used characters
 *       (常用字, the 5,401 of 常用国字标准字体表, {@code A440–C67E}). Text in one charset read
 *       as the other falls mostly outside these ranges: in the samples, simplified text has
 *       88–98% common hanzi as GB18030 and 42–59% as Big5; traditional text in Big5 95% as Big5
 *       and 29% as GB18030.
 *   <li>Otherwise the charset cannot be told: bytes valid in neither, or valid in both with
 *       shares too close to decide. Then the caller must be given the charset.
 * </ol>
 *
 * <p>Step 3 is a guess ({@link Basis#GUESS}), which the callers report. Detection reads the
 * bytes without keeping any text: a few strict decodings into a small buffer.
 *
 * <p>Stateless and thread-safe.
 */
public final class CharsetDetection {
  private CharsetDetection() {}

  /** How much higher one charset's share of common hanzi must be, in percentage points. */
  static final int MARGIN_PERCENT = 25;

  /**
   * GB18030, or null on a runtime without it: in JDK 17 it is in the {@code jdk.charsets}
   * module, which a full JDK has but a jlink image may leave out.
   */
  public static final Charset GB18030 = optional("GB18030");

  /** Big5, or null on a runtime without it (also {@code jdk.charsets}). */
  public static final Charset BIG5 = optional("Big5");

  private static Charset optional(String name) {
    return Charset.isSupported(name) ? Charset.forName(name) : null;
  }

  /** How the charset was told. */
  public enum Basis {
    /** By a byte order mark. */
    BYTE_ORDER_MARK,
    /** The bytes are valid UTF-8. */
    UTF_8,
    /** A guess between GB18030 and Big5 (step 3), which callers report. */
    GUESS
  }

  /**
   * The charset of some bytes.
   *
   * @param charset the charset
   * @param bomLength the length of its byte order mark at the start, which is not text (0 when
   *     there is none)
   * @param basis how it was told
   * @param evidence for a {@link Basis#GUESS}, why, for people ("GB18030: 96% of 346 double-byte
   *     characters are common simplified hanzi; not valid Big5"); else empty
   */
  public record Detected(Charset charset, int bomLength, Basis basis, String evidence) {}

  /** The charset cannot be told: {@link #getMessage()} says why and asks for it. */
  public static final class UnknownCharsetException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long byteOffset;

    UnknownCharsetException(long byteOffset, String message) {
      super(message);
      this.byteOffset = byteOffset;
    }

    /** The offset of the first byte that is not valid UTF-8, or -1. */
    public long byteOffset() {
      return byteOffset;
    }
  }

  /**
   * Tells the charset of {@code bytes[0, length)}.
   *
   * @param complete whether these are all the bytes of the input; when false (a probe of its
   *     start), a character cut off at the end is not an error
   * @return the charset, its byte order mark and how it was told
   * @throws UnknownCharsetException when it cannot be told (step 4)
   */
  public static Detected detect(byte[] bytes, int length, boolean complete)
      throws UnknownCharsetException {
    if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
      return new Detected(StandardCharsets.UTF_8, 3, Basis.BYTE_ORDER_MARK, "");
    }
    if (startsWith(bytes, length, 0xFE, 0xFF)) {
      return new Detected(StandardCharsets.UTF_16BE, 2, Basis.BYTE_ORDER_MARK, "");
    }
    if (startsWith(bytes, length, 0xFF, 0xFE)) {
      return new Detected(StandardCharsets.UTF_16LE, 2, Basis.BYTE_ORDER_MARK, "");
    }
    if (GB18030 != null && startsWith(bytes, length, 0x84, 0x31, 0x95, 0x33)) {
      return new Detected(GB18030, 4, Basis.BYTE_ORDER_MARK, "");
    }
    Invalid utf8 = invalidAt(bytes, length, StandardCharsets.UTF_8, complete);
    if (utf8 == null) {
      return new Detected(StandardCharsets.UTF_8, 0, Basis.UTF_8, "");
    }
    Invalid gb = GB18030 == null ? Invalid.MISSING : invalidAt(bytes, length, GB18030, complete);
    Invalid big5 = BIG5 == null ? Invalid.MISSING : invalidAt(bytes, length, BIG5, complete);
    String notUtf8 = "not UTF-8 (" + utf8.describe(bytes, length) + ")";
    if (gb != null && big5 != null) {
      throw new UnknownCharsetException(utf8.offset, notUtf8 + ", nor GB18030 ("
          + gb.describe(bytes, length) + "), nor Big5 (" + big5.describe(bytes, length)
          + "); no byte order mark. Give the charset: --charset on the command line, "
          + "ReplyTextReader.builder().charset(…) in code");
    }
    Share gbShare = share(bytes, length, true);
    Share big5Share = share(bytes, length, false);
    String gbSays = "GB18030: " + gbShare.describe("simplified");
    String big5Says = "Big5: " + big5Share.describe("traditional");
    if (big5 != null) {
      return new Detected(GB18030, 0, Basis.GUESS, gbSays + "; not valid Big5");
    }
    if (gb != null) {
      return new Detected(BIG5, 0, Basis.GUESS, big5Says + "; not valid GB18030");
    }
    long difference = gbShare.common * (long) big5Share.total
        - big5Share.common * (long) gbShare.total; // shares compared without division
    long margin = (long) MARGIN_PERCENT * gbShare.total * big5Share.total / 100;
    if (gbShare.total > 0 && big5Share.total > 0 && difference >= margin && difference > 0) {
      return new Detected(GB18030, 0, Basis.GUESS, gbSays + "; " + big5Says);
    }
    if (gbShare.total > 0 && big5Share.total > 0 && -difference >= margin && difference < 0) {
      return new Detected(BIG5, 0, Basis.GUESS, big5Says + "; " + gbSays);
    }
    throw new UnknownCharsetException(utf8.offset, notUtf8 + "; valid both as GB18030 and as Big5,"
        + " which cannot be told apart here (" + gbSays + "; " + big5Says + "). Give the"
        + " charset: --charset GB18030 or --charset Big5 on the command line,"
        + " ReplyTextReader.builder().charset(…) in code");
  }

  /** The double-byte characters of the bytes as one charset structures them, and its common. */
  private record Share(int total, int common) {
    String describe(String script) {
      return total == 0 ? "no double-byte characters"
          : String.format(Locale.ROOT, "%d%% of %d double-byte characters are common %s hanzi",
              Math.round(100.0 * common / total), total, script);
    }
  }

  /**
   * The double-byte characters of {@code bytes} as GB18030 ({@code gb}) or Big5 structures them
   * (a lead byte 81–FE and the byte after it; in GB18030 a second byte 30–39 makes four), and how
   * many are common hanzi: GB2312 level 1 ({@code B0–D7} then {@code A1–FE}) or Big5's 常用字
   * ({@code A440–C67E}).
   */
  private static Share share(byte[] b, int length, boolean gb) {
    int total = 0;
    int common = 0;
    int i = 0;
    while (i < length) {
      int c = b[i] & 0xFF;
      if (c < 0x81 || c == 0xFF || i + 1 >= length) {
        i++;
        continue;
      }
      int c2 = b[i + 1] & 0xFF;
      total++;
      if (gb && c2 >= 0x30 && c2 <= 0x39) {
        i += 4; // a four-byte GB18030 character: none is in GB2312
        continue;
      }
      if (gb ? c >= 0xB0 && c <= 0xD7 && c2 >= 0xA1 && c2 <= 0xFE
          : (c << 8 | c2) >= 0xA440 && (c << 8 | c2) <= 0xC67E) {
        common++;
      }
      i += 2;
    }
    return new Share(total, common);
  }

  /** Where and why a strict decoding failed. */
  private record Invalid(long offset, int length, boolean unmappable, boolean missing) {
    static final Invalid MISSING = new Invalid(-1, 0, false, true);

    String describe(byte[] bytes, int end) {
      if (missing) {
        return "not available in this runtime";
      }
      StringBuilder sb = new StringBuilder(unmappable ? "unmappable bytes" : "malformed bytes");
      int stop = (int) Math.min(end, offset + Math.max(1, Math.min(length, 4)));
      for (int i = (int) offset; i < stop; i++) {
        sb.append(' ').append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
      }
      if (stop == offset) {
        sb.append(" (cut off at the end of the input)");
      }
      return sb.append(" at byte ").append(offset).toString();
    }
  }

  /** Where strict decoding with {@code charset} fails, or null when the bytes are valid. */
  private static Invalid invalidAt(byte[] bytes, int length, Charset charset, boolean complete) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(8192); // reused: the text is not kept
    while (true) {
      CoderResult r = decoder.decode(in, out, complete);
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      if (r.isError()) {
        return new Invalid(in.position(), r.length(), r.isUnmappable(), false);
      }
      break; // underflow: all read (or, for a probe, up to a character cut off at the end)
    }
    if (complete) {
      out.clear();
      CoderResult r = decoder.flush(out);
      if (r.isError()) {
        return new Invalid(in.position(), r.length(), r.isUnmappable(), false);
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
