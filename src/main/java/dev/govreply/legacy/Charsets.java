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
import java.util.Optional;

/**
 * Opens byte input as text for the record sources: the charset given, else the one govreply's rule
 * tells from the first 64 KiB ({@link CharsetDetection}: a byte order mark, else UTF-8 when the
 * bytes are valid UTF-8, else GB18030 or Big5, a {@linkplain RecordSource.CharsetGuess guess}
 * that {@link Opened#guess()} gives);
 * skips a byte order mark of that charset; decodes strictly, so that undecodable bytes are an
 * error, never a silent U+FFFD.
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
    if (given != null) {
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
