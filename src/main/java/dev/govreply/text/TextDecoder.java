package dev.govreply.text;

import dev.govreply.internal.CharsetDetection;
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
 * <p>Detection (no charset given) is govreply's one rule, {@link CharsetDetection}: a byte order
 * mark, else UTF-8 when the bytes are valid UTF-8, else GB18030 or Big5 by which the bytes are
 * valid in and which gives more common hanzi of its own script. That last step is a guess, which
 * {@link Decoded#guess()} describes for the reader's finding; when the charset cannot be told,
 * a {@link TextReadException} asks for it.
 *
 * <p>Stateless; a decoder is created per call.
 */
final class TextDecoder {
  private TextDecoder() {}

  /**
   * The decoded text (without a byte order mark), the charset it was decoded with, and, when
   * the charset was a guess, why it was chosen (else null).
   */
  record Decoded(String text, Charset charset, String guess) {}

  /**
   * Decodes {@code bytes[0, length)}.
   *
   * @param explicit the charset to use, or null to detect it
   * @throws TextReadException naming the offset of the first byte that cannot be decoded, or
   *     asking for the charset when it cannot be told
   */
  static Decoded decode(byte[] bytes, int length, Charset explicit) {
    if (explicit != null) {
      return new Decoded(stripBom(decodeOrThrow(bytes, 0, length, explicit, "")), explicit, null);
    }
    CharsetDetection.Detected d;
    try {
      d = CharsetDetection.detect(bytes, length, true);
    } catch (CharsetDetection.UnknownCharsetException e) {
      throw new TextReadException(e.byteOffset(), e.getMessage(), null);
    }
    String how = switch (d.basis()) {
      case BYTE_ORDER_MARK -> " (detected by its byte order mark)";
      case UTF_8 -> "";
      case GUESS -> " (detected: " + d.evidence() + ")";
    };
    String text = decodeOrThrow(bytes, d.bomLength(), length - d.bomLength(), d.charset(), how);
    return new Decoded(text, d.charset(),
        d.basis() == CharsetDetection.Basis.GUESS ? d.evidence() : null);
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
