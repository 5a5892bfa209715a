package dev.govreply.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes the bytes of a text document, strictly: a byte sequence that is malformed or unmappable
 * in the charset is an error with its offset, never a replacement character.
 *
 * <p>Detection (no charset given): a byte order mark decides first (UTF-8 {@code EF BB BF},
 * UTF-16BE {@code FE FF}, UTF-16LE {@code FF FE}); without one the bytes are decoded as UTF-8,
 * and if that fails as GB18030. The order matters: GB18030 decodes many valid UTF-8 byte
 * sequences (as mojibake; whole UTF-8 documents usually fail somewhere, but short texts pass),
 * while strict UTF-8 rejects a GB18030 text at its first Chinese character, so UTF-8 goes first. Pure ASCII (and empty) input is reported as UTF-8.
 *
 * <p>Stateless; a decoder is created per call.
 */
final class TextDecoder {
  private TextDecoder() {}

  /**
   * GB18030, or null on a runtime without it: in JDK 17 it lives in the {@code jdk.charsets}
   * module, which a full JDK has but a jlink image may leave out; detection then stops at UTF-8.
   */
  static final Charset GB18030 = Charset.isSupported("GB18030") ? Charset.forName("GB18030") : null;

  /** The decoded text (without a byte order mark) and the charset it was decoded with. */
  record Decoded(String text, Charset charset) {}

  /**
   * Decodes {@code bytes[0, length)}.
   *
   * @param explicit the charset to use, or null to detect it
   * @throws TextReadException naming the offset of the first byte that cannot be decoded
   */
  static Decoded decode(byte[] bytes, int length, Charset explicit) {
    if (explicit != null) {
      return new Decoded(stripBom(decodeOrThrow(bytes, 0, length, explicit, "")), explicit);
    }
    if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
      return bomDecoded(bytes, length, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, length, 0xFE, 0xFF)) {
      return bomDecoded(bytes, length, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, length, 0xFF, 0xFE)) {
      return bomDecoded(bytes, length, 2, StandardCharsets.UTF_16LE);
    }
    Attempt utf8 = attempt(bytes, 0, length, StandardCharsets.UTF_8);
    if (utf8.text != null) {
      return new Decoded(utf8.text, StandardCharsets.UTF_8);
    }
    if (GB18030 == null) {
      throw new TextReadException(utf8.errorOffset, "not UTF-8 (" + utf8.describe(bytes, length)
          + "); no byte order mark, tried UTF-8 (GB18030 is not available in this runtime)",
          null);
    }
    Attempt gb = attempt(bytes, 0, length, GB18030);
    if (gb.text != null) {
      return new Decoded(stripBom(gb.text), GB18030);
    }
    throw new TextReadException(utf8.errorOffset,
        "not UTF-8 (" + utf8.describe(bytes, length) + ") nor GB18030 ("
            + gb.describe(bytes, length) + " at byte " + gb.errorOffset
            + "); no byte order mark, tried UTF-8, then GB18030",
        null);
  }

  private static Decoded bomDecoded(byte[] bytes, int length, int bomLength, Charset charset) {
    String text = decodeOrThrow(bytes, bomLength, length - bomLength, charset,
        " (detected by its byte order mark)");
    return new Decoded(text, charset);
  }

  private static String decodeOrThrow(byte[] bytes, int offset, int length, Charset charset,
      String how) {
    Attempt a = attempt(bytes, offset, length, charset);
    if (a.text == null) {
      throw new TextReadException(a.errorOffset,
          "not valid " + charset.name() + how + ": " + a.describe(bytes, offset + length), null);
    }
    return a.text;
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
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

  /** The outcome of one strict decoding: the text, or where and why it failed. */
  private static final class Attempt {
    final String text;
    final int errorOffset;
    final int errorLength;
    final boolean unmappable;

    Attempt(String text, int errorOffset, int errorLength, boolean unmappable) {
      this.text = text;
      this.errorOffset = errorOffset;
      this.errorLength = errorLength;
      this.unmappable = unmappable;
    }

    String describe(byte[] bytes, int end) {
      StringBuilder sb = new StringBuilder(unmappable ? "unmappable bytes" : "malformed bytes");
      int stop = Math.min(end, errorOffset + Math.max(1, Math.min(errorLength, 4)));
      for (int i = errorOffset; i < stop; i++) {
        sb.append(' ').append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
      }
      if (stop == errorOffset) {
        sb.append(" (truncated at the end of the input)");
      }
      return sb.toString();
    }
  }

  /** Decodes strictly; on failure the offset is absolute (within {@code bytes}). */
  private static Attempt attempt(byte[] bytes, int offset, int length, Charset charset) {
    if (length == 0) {
      return new Attempt("", -1, 0, false);
    }
    if (charset.equals(StandardCharsets.UTF_8)) {
      // the JDK's String decoding is much faster than a decoder, but replaces malformed input
      // with U+FFFD instead of reporting it: its result stands when it has no U+FFFD; otherwise
      // (malformed bytes, or a U+FFFD in the text itself) the strict decoder below decides
      String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return new Attempt(text, -1, 0, false);
      }
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    // every supported charset decodes to at most one char per byte; others grow the buffer
    long guess = (long) (length * (double) decoder.averageCharsPerByte()) + 16;
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, guess));
    while (true) {
      CoderResult r = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
      if (r.isUnderflow()) {
        r = decoder.flush(out);
      }
      if (r.isUnderflow()) {
        break;
      }
      if (r.isOverflow()) {
        out = grow(out);
        continue;
      }
      // malformed or unmappable: the buffer's position is the first offending byte
      return new Attempt(null, in.position(), r.length(), r.isUnmappable());
    }
    out.flip();
    return new Attempt(out.toString(), -1, 0, false);
  }

  private static CharBuffer grow(CharBuffer out) {
    long capacity = Math.min(Integer.MAX_VALUE - 8L, 2L * out.capacity() + 16);
    if (capacity <= out.capacity()) {
      throw new TextReadException(-1, "the decoded text is too large", null);
    }
    CharBuffer bigger = CharBuffer.allocate((int) capacity);
    out.flip();
    bigger.put(out);
    return bigger;
  }
}
