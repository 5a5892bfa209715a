package dev.govreply.legacy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens byte input as text for the record sources: skips a byte order mark, detects the charset
 * when none is given (BOM, else UTF-8 when the first 64 KiB decode strictly, else GB18030), and
 * decodes strictly, so that undecodable bytes are an error, never a silent U+FFFD.
 */
final class Charsets {
  private Charsets() {}

  static final Charset GB18030 = Charset.forName("GB18030");

  /** How many bytes detection looks at. */
  static final int PROBE = 64 * 1024;

  /** The text of {@code in} and the charset used. */
  record Opened(Reader reader, Charset charset) {}

  static Opened open(InputStream raw, Charset given, Charset fallback) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, PROBE + 8);
    in.mark(PROBE + 8);
    byte[] probe = in.readNBytes(PROBE);
    in.reset();
    Charset bom = null;
    int bomLength = 0;
    if (startsWith(probe, 0xEF, 0xBB, 0xBF)) {
      bom = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (startsWith(probe, 0x84, 0x31, 0x95, 0x33)) {
      bom = GB18030;
      bomLength = 4;
    } else if (startsWith(probe, 0xFF, 0xFE)) {
      bom = StandardCharsets.UTF_16LE;
      bomLength = 2;
    } else if (startsWith(probe, 0xFE, 0xFF)) {
      bom = StandardCharsets.UTF_16BE;
      bomLength = 2;
    }
    Charset cs;
    if (given != null) {
      cs = given;
      if (bom != null && bom.equals(given)) {
        in.skipNBytes(bomLength);
      }
    } else if (bom != null) {
      cs = bom;
      in.skipNBytes(bomLength);
    } else if (fallback != null) {
      cs = fallback;
    } else {
      cs = isUtf8(probe, probe.length < PROBE) ? StandardCharsets.UTF_8 : GB18030;
    }
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new Opened(new InputStreamReader(in, decoder), cs);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes are UTF-8; when not {@code complete}, a sequence cut at the end is fine. */
  static boolean isUtf8(byte[] bytes, boolean complete) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, complete);
    if (r.isError()) {
      return false;
    }
    if (complete) {
      return !d.flush(out).isError();
    }
    return true;
  }
}
