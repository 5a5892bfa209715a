package dev.govreply.legacy;

import dev.govreply.internal.CharsetDetection;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Opens byte input as text for the record sources: the charset given, else the one govreply's rule
 * tells from the first 64 KiB ({@link CharsetDetection}: a byte order mark, else UTF-8 when the
 * bytes are valid UTF-8, else GB18030 or Big5, a {@linkplain RecordSource.CharsetGuess guess}
 * that {@link Opened#guess()} gives);
 * skips a byte order mark of that charset (a charset given as UTF-16 or UTF-32 is read in the byte
 * order its mark declares: UTF-16 with {@code FF FE} as UTF-16LE); decodes strictly, so that
 * undecodable bytes are an error, never a silent U+FFFD.
 */
final class Charsets {
  private Charsets() {}

  static final Charset GB18030 = Charset.forName("GB18030");

  /** How many bytes detection looks at. */
  static final int PROBE = 64 * 1024;

  /**
   * The text of {@code in}, the charset used, and, when the charset was a guess (GB18030 or
   * Big5, detected), the guess with why it was chosen; else {@code guess} is empty.
   */
  record Opened(Reader reader, Charset charset, Optional<RecordSource.CharsetGuess> guess) {}

  /**
   * A charset given as UTF-16 or UTF-32, which take their byte order from a byte order mark, read
   * in the order the input's mark declares: the charset of that order and the mark's length.
   * Line ends are found in the bytes, before decoding, so the order must be known there too.
   *
   * @param charset the charset of the declared byte order (UTF-16LE for UTF-16 with FF FE)
   * @param bomLength the length of the mark, which is not text
   */
  private record Ordered(Charset charset, int bomLength) {

    /**
     * {@code given} in the byte order the mark at the start of {@code probe} declares; null when
     * {@code given} is neither UTF-16 nor UTF-32 or the input has no mark of it.
     */
    static Ordered of(Charset given, byte[] probe) {
      if (given.equals(StandardCharsets.UTF_16)) {
        return starts(probe, 0xFE, 0xFF) ? new Ordered(StandardCharsets.UTF_16BE, 2)
            : starts(probe, 0xFF, 0xFE) ? new Ordered(StandardCharsets.UTF_16LE, 2) : null;
      }
      if (given.name().equals("UTF-32")) {
        return starts(probe, 0x00, 0x00, 0xFE, 0xFF) ? new Ordered(Charset.forName("UTF-32BE"), 4)
            : starts(probe, 0xFF, 0xFE, 0x00, 0x00) ? new Ordered(Charset.forName("UTF-32LE"), 4)
            : null;
      }
      return null;
    }

    private static boolean starts(byte[] bytes, int... mark) {
      if (bytes.length < mark.length) {
        return false;
      }
      for (int i = 0; i < mark.length; i++) {
        if ((bytes[i] & 0xFF) != mark[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Opens {@code raw} as text.
   *
   * @param given the charset to use, or null to detect it
   * @param fallback the charset to use when none is given and there is no byte order mark, or
   *     null to detect it
   * @throws IOException when reading fails or the charset cannot be told (the message asks for
   *     it)
   */
  static Opened open(InputStream raw, Charset given, Charset fallback) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, PROBE + 8);
    in.mark(PROBE + 8);
    byte[] probe = in.readNBytes(PROBE);
    in.reset();
    CharsetDetection.Detected detected;
    try {
      detected = CharsetDetection.detect(probe, probe.length, probe.length < PROBE);
    } catch (CharsetDetection.UnknownCharsetException e) {
      if (given == null && fallback == null) {
        throw new IOException("cannot tell the charset of the first " + probe.length
            + " bytes: " + e.getMessage(), e);
      }
      detected = null; // a charset is given: detection only looks for its byte order mark
    }
    boolean bom = detected != null && detected.basis() == CharsetDetection.Basis.BYTE_ORDER_MARK;
    Charset cs;
    Optional<RecordSource.CharsetGuess> guess = Optional.empty();
    Ordered ordered = given == null ? null : Ordered.of(given, probe);
    if (ordered != null) {
      cs = ordered.charset();
      in.skipNBytes(ordered.bomLength());
    } else if (given != null) {
      cs = given;
      if (bom && detected.charset().equals(given)) {
        in.skipNBytes(detected.bomLength());
      }
    } else if (bom) {
      cs = detected.charset();
      in.skipNBytes(detected.bomLength());
    } else if (fallback != null) {
      cs = fallback;
    } else {
      cs = detected.charset();
      if (detected.basis() == CharsetDetection.Basis.GUESS) {
        guess = Optional.of(new RecordSource.CharsetGuess(cs, detected.evidence()));
      }
    }
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new Opened(new InputStreamReader(in, decoder), cs, guess);
  }
}
