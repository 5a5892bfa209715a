package dev.govreply.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A Jackson 2 generator that writes strings with surrogates as {@link ReplyJson} does, whatever
 * the generator it wraps: Jackson 2's UTF-8 generator writes a surrogate pair as two
 * {@code \}{@code u} escapes unless {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} is on, which an
 * embedder's mapper may not have. Here astral characters (𠀀) come out as 4-byte UTF-8 and
 * unpaired surrogates as {@code \}{@code uD800} escapes.
 */
final class SurrogateSafeGenerator extends JsonGeneratorDelegate {

  SurrogateSafeGenerator(JsonGenerator g) {
    super(g, true);
  }

  @Override
  public void writeString(String s) throws IOException {
    if (JsonText.hasSurrogates(s)) {
      delegate.writeRawValue(quoted(s));
    } else {
      delegate.writeString(s);
    }
  }

  @Override
  public void writeFieldName(String s) throws IOException {
    if (JsonText.hasSurrogates(s)) {
      delegate.writeFieldName(new EscapedName(s));
    } else {
      delegate.writeFieldName(s);
    }
  }

  /** A property name with surrogates, escaped by {@link #quotedContent}. */
  private static final class EscapedName implements SerializableString {
    private final String value;
    private final String quoted;
    private final byte[] utf8;

    EscapedName(String value) {
      this.value = value;
      this.quoted = quotedContent(value);
      this.utf8 = quoted.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String getValue() {
      return value;
    }

    @Override
    public int charLength() {
      return value.length();
    }

    @Override
    public char[] asQuotedChars() {
      return quoted.toCharArray();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] asQuotedUTF8() {
      return utf8.clone();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return copy(utf8, buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      char[] chars = quoted.toCharArray();
      if (offset + chars.length > buffer.length) {
        return -1;
      }
      System.arraycopy(chars, 0, buffer, offset, chars.length);
      return chars.length;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      return copy(asUnquotedUTF8(), buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      if (offset + value.length() > buffer.length) {
        return -1;
      }
      value.getChars(0, value.length(), buffer, offset);
      return value.length();
    }

    @Override
    public int writeQuotedUTF8(java.io.OutputStream out) throws IOException {
      out.write(utf8);
      return utf8.length;
    }

    @Override
    public int writeUnquotedUTF8(java.io.OutputStream out) throws IOException {
      byte[] b = asUnquotedUTF8();
      out.write(b);
      return b.length;
    }

    @Override
    public int putQuotedUTF8(java.nio.ByteBuffer buffer) {
      if (buffer.remaining() < utf8.length) {
        return -1;
      }
      buffer.put(utf8);
      return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(java.nio.ByteBuffer buffer) {
      byte[] b = asUnquotedUTF8();
      if (buffer.remaining() < b.length) {
        return -1;
      }
      buffer.put(b);
      return b.length;
    }

    private static int copy(byte[] from, byte[] buffer, int offset) {
      if (offset + from.length > buffer.length) {
        return -1;
      }
      System.arraycopy(from, 0, buffer, offset, from.length);
      return from.length;
    }

    @Override
    public String toString() {
      return value;
    }
  }


  /** The JSON string literal of {@code s}, escaped as Jackson's generator escapes. */
  private static String quoted(String s) {
    return '"' + quotedContent(s) + '"';
  }

  private static String quotedContent(String s) {
    char[] escaped = JsonStringEncoder.getInstance().quoteAsString(s);
    StringBuilder sb = new StringBuilder(escaped.length + 8);
    for (int i = 0, n = escaped.length; i < n; i++) {
      char c = escaped[i];
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(escaped[i + 1])) {
        sb.append(c).append(escaped[++i]);
      } else if (Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

}
