package dev.govreply.legacy;

import dev.govreply.internal.CharsetDetection;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A text input read as physical lines, for the record sources: each line with its number (from 1)
 * and the byte offset where it starts, its characters handed over a run at a time
 * ({@link #more()}, then {@link #chars()} from {@link #position()} to {@link #limit()}), line end
 * included.
 *
 * <p>Lines are found in the bytes, before decoding: a line ends after LF, CR LF or a CR not
 * followed by LF, as the charset encodes them (one byte in UTF-8, GB18030 and the other charsets
 * that extend ASCII, two in UTF-16; looked for at whole code units from the start of the input,
 * in the byte order a byte order mark declares when the charset is UTF-16 or UTF-32).
 * So bytes that do not decode never hide a line end: each undecodable sequence is shown in the
 * text as {@code \xHH} escapes, the line keeps the first of them as its
 * {@linkplain #decodingProblem() decoding problem}, and reading goes on. The decoder is strict,
 * never a silent U+FFFD. A byte order mark (U+FEFF first in the input) is not part of the text.
 *
 * <p>Memory is a buffer of bytes and one of characters, whatever the length of a line. Not
 * thread-safe.
 */
final class TextInput implements Closeable {
  private static final int BYTES = 64 * 1024;
  private static final int CHARS = 16 * 1024;
  /** The escape of one byte: {@code \xHH}. */
  private static final int ESCAPE = 4;

  private final InputStream in;
  private final Charset charset;
  /** The charset as a guess, when it was one. */
  private final Optional<RecordSource.CharsetGuess> charsetGuess;
  private final CharsetDecoder decoder;
  /** LF and CR as the charset encodes them: one code unit each. */
  private final byte[] lf;
  private final byte[] cr;
  private final int unit;

  private final byte[] bytes = new byte[BYTES];
  private final ByteBuffer byteBuffer = ByteBuffer.wrap(bytes);
  /** The valid bytes are {@code bytes[0, limit)}; {@code bytes[0]} is at this input offset. */
  private int limit;
  private long bufferOffset;
  /** Whether the input has no bytes after {@code limit}. */
  private boolean eof;

  /** The number of the current line; 0 before the first. */
  private long line;
  private long lineOffset;
  /** The next byte of the current line to decode. */
  private int decodePos;
  /** Where the search for the end of the current line goes on (a code unit boundary). */
  private int scanPos;
  /** Just after the end of the current line in {@code bytes}; -1 while not found. */
  private int lineEnd = -1;
  /** Whether every character of the current line has been handed over. */
  private boolean lineDone = true;
  /** The characters of the current line's end: 2 for CR LF, 1 for LF or CR, 0 at the input's end. */
  private int lineEndChars;
  /** The first run of undecodable bytes of the current line: described, where, its bytes. */
  private String problem;
  private long problemAt;
  private long problemEnd;
  private final StringBuilder problemBytes = new StringBuilder();

  private final char[] chars = new char[CHARS];
  private final CharBuffer charBuffer = CharBuffer.wrap(chars);
  private int charPos;
  private int charLimit;
  /** Whether no character of the input has been decoded yet (a byte order mark may come). */
  private boolean atStart = true;

  private TextInput(InputStream in, Charset charset,
      Optional<RecordSource.CharsetGuess> charsetGuess) {
    this.in = in;
    this.charset = charset;
    this.charsetGuess = charsetGuess;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.lf = encodedAlone(charset, '\n');
    this.cr = encodedAlone(charset, '\r');
    this.unit = lf.length;
    if (cr.length != unit || unit == 0) {
      throw new IllegalArgumentException(charset + " does not encode line ends as code units");
    }
  }

  /**
   * Opens {@code raw} as text: in {@code given}, else in the charset {@link Charsets} detects
   * (a byte order mark, else {@code fallback} when not null, else UTF-8 or GB18030).
   *
   * @throws UnknownCharset when no charset is given and none can be told, with the input's lines
   * @throws IOException when the input cannot be read
   * @throws IllegalArgumentException when the charset does not encode LF and CR as one code unit
   *     each (a charset that cannot hold text in lines)
   */
  static TextInput open(InputStream raw, Charset given, Charset fallback) throws IOException {
    // detection reads ahead; the input is then read again from its first byte
    BufferedInputStream in = new BufferedInputStream(raw, BYTES);
    in.mark(Integer.MAX_VALUE);
    Charsets.Opened opened;
    try {
      opened = Charsets.open(in, given, fallback);
    } catch (IOException e) {
      if (!(e.getCause() instanceof CharsetDetection.UnknownCharsetException)) {
        throw e;
      }
      // the charsets detection chooses from (UTF-8, GB18030, Big5) all write line ends as the
      // ASCII bytes, which no other byte of theirs is: the lines are counted as ISO 8859-1's
      in.reset();
      in.mark(0);
      long lines = new TextInput(in, StandardCharsets.ISO_8859_1, Optional.empty()).countRest();
      throw new UnknownCharset(e.getMessage(), e, lines);
    }
    in.reset();
    in.mark(0); // drops the mark, so that the buffer does not keep growing
    return new TextInput(in, opened.charset(), opened.guess());
  }

  /** No charset was given and none can be told: the input is not read, its lines are counted. */
  static final class UnknownCharset extends IOException {
    private static final long serialVersionUID = 1L;

    /** The physical lines of the input, none of which is read. */
    final long lines;

    UnknownCharset(String message, IOException cause, long lines) {
      super(message, cause);
      this.lines = lines;
    }
  }

  /**
   * The code unit of {@code c} in {@code charset}: what encoding it adds after a first one (so
   * that a byte order mark an encoder writes first is left out).
   */
  private static byte[] encodedAlone(Charset charset, char c) {
    if (!charset.canEncode()) {
      throw new IllegalArgumentException("cannot tell the line ends of " + charset);
    }
    try {
      CharsetEncoder e = charset.newEncoder();
      ByteBuffer one = e.encode(CharBuffer.wrap(new char[] {c}));
      ByteBuffer two = charset.newEncoder().encode(CharBuffer.wrap(new char[] {c, c}));
      byte[] a = Arrays.copyOf(one.array(), one.limit());
      byte[] b = Arrays.copyOf(two.array(), two.limit());
      return Arrays.copyOfRange(b, a.length, b.length);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(charset + " cannot encode line ends", e);
    }
  }

  /** The charset the input is decoded with. */
  Charset charset() {
    return charset;
  }

  /** The charset as a guess, when it was one (see {@link Charsets}); else empty. */
  Optional<RecordSource.CharsetGuess> charsetGuess() {
    return charsetGuess;
  }

  /** The number of the current line (from 1); 0 before the first. */
  long line() {
    return line;
  }

  /** The byte offset in the input where the current line starts. */
  long lineOffset() {
    return lineOffset;
  }

  /**
   * The first byte sequence of the current line, so far, that does not decode in the charset —
   * where it is and what it is — or null.
   */
  String decodingProblem() {
    return problem;
  }

  /**
   * How many characters end the current line, once its end is known: 2 for CR LF, 1 for LF or
   * CR, 0 for a last line without a line end.
   */
  int lineEndChars() {
    return lineEndChars;
  }

  /**
   * Goes to the next line, after skipping what is left of the current one.
   *
   * @return false at the end of the input
   * @throws IOException when the input cannot be read
   */
  boolean nextLine() throws IOException {
    while (!lineDone) {
      more();
    }
    if (decodePos >= limit && !eof) {
      fill();
    }
    if (decodePos >= limit) {
      return false;
    }
    line++;
    lineOffset = bufferOffset + decodePos;
    scanPos = decodePos;
    lineEnd = -1;
    lineDone = false;
    problem = null;
    findLineEnd();
    return true;
  }

  /**
   * Hands over the next run of characters of the current line, its line end included: they are
   * {@link #chars()} from {@link #position()} to {@link #limit()}, until the next call (the
   * characters of the run not taken are dropped).
   *
   * @return false when the line has no more characters
   * @throws IOException when the input cannot be read
   */
  boolean more() throws IOException {
    charPos = charLimit;
    while (!lineDone) {
      boolean whole = lineEnd >= 0;
      int before = decodePos;
      decode(whole ? lineEnd : scanPos, whole);
      if (charPos < charLimit) {
        return true;
      }
      if (decodePos == before) {
        if (whole) {
          lineDone = true;
        } else {
          fill();
          findLineEnd();
        }
      }
    }
    return false;
  }

  /** The characters of the run {@link #more()} handed over; read, never changed. */
  char[] chars() {
    return chars;
  }

  /** Where the run starts in {@link #chars()}. */
  int position() {
    return charPos;
  }

  /** Where the run ends in {@link #chars()}, exclusive. */
  int limit() {
    return charLimit;
  }

  /**
   * Counts the lines after the current one to the end of the input, without decoding them: the
   * lines an input that stops early leaves unread. Reading ends here.
   *
   * @throws IOException when the input cannot be read
   */
  long countRest() throws IOException {
    long n = 0;
    boolean current = !lineDone;
    while (true) {
      if (!current) {
        if (decodePos >= limit && !eof) {
          fill();
        }
        if (decodePos >= limit) {
          break;
        }
        n++;
        scanPos = decodePos;
        lineEnd = -1;
        findLineEnd();
      }
      current = false;
      while (lineEnd < 0) {
        decodePos = scanPos;
        fill();
        findLineEnd();
      }
      decodePos = lineEnd;
    }
    lineDone = true;
    charPos = charLimit;
    return n;
  }

  /** Looks for the end of the current line from {@code scanPos}; sets {@code lineEnd}. */
  private void findLineEnd() {
    byte lf0 = lf[0];
    byte cr0 = cr[0];
    int from = scanPos;
    int units = (limit - from) / unit; // the whole code units from scanPos
    int k = 0;
    for (; k < units; k++) {
      int i = from + k * unit;
      byte b = bytes[i];
      if (b != lf0 && b != cr0) {
        continue; // neither code unit starts here
      }
      if (at(lf, i)) {
        lineEnd = i + unit;
        lineEndChars = 1;
        return;
      }
      if (at(cr, i)) {
        if (i + 2 * unit <= limit) {
          boolean crlf = at(lf, i + unit);
          lineEnd = crlf ? i + 2 * unit : i + unit;
          lineEndChars = crlf ? 2 : 1;
          return;
        }
        if (eof) {
          lineEnd = i + unit;
          lineEndChars = 1;
          return;
        }
        break; // whether LF follows is not known yet
      }
    }
    scanPos = from + k * unit;
    if (eof) {
      lineEnd = limit; // the last line, without a line end
      lineEndChars = 0;
    }
  }

  private boolean at(byte[] code, int i) {
    for (int k = 0; k < code.length; k++) {
      if (bytes[i + k] != code[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decodes the current line's bytes from {@code decodePos} up to {@code end} into the
   * characters, as many as fit; bytes that do not decode are escaped, and so are bytes left
   * over at the end of the line ({@code whole}: {@code end} is the line's end).
   */
  private void decode(int end, boolean whole) {
    byteBuffer.limit(end).position(decodePos);
    charBuffer.clear();
    while (true) {
      CoderResult r = decoder.decode(byteBuffer, charBuffer, false);
      int bad;
      if (r.isError()) {
        bad = r.length();
      } else if (r.isUnderflow() && whole && byteBuffer.hasRemaining()) {
        bad = byteBuffer.remaining(); // a sequence cut by the end of the line
      } else {
        break;
      }
      if (charBuffer.remaining() < ESCAPE * bad) {
        break; // decoded again once these characters are read
      }
      escape(bad);
    }
    decodePos = byteBuffer.position();
    charLimit = charBuffer.position();
    charPos = 0;
    if (atStart && charLimit > 0) {
      atStart = false;
      if (chars[0] == '\uFEFF') {
        charPos = 1;
      }
    }
  }

  /**
   * Escapes the next {@code n} bytes as {@code \xHH}, and notes the first run of such bytes in
   * the line (bytes that do not decode, one sequence after the other, are one run).
   */
  private void escape(int n) {
    long at = bufferOffset + byteBuffer.position();
    if (problem == null) {
      problemAt = at;
      problemEnd = at;
      problemBytes.setLength(0);
    }
    boolean sameRun = at == problemEnd;
    for (int k = 0; k < n; k++) {
      String h = String.format("%02X", byteBuffer.get() & 0xFF);
      charBuffer.put('\\').put('x').put(h);
      if (sameRun) {
        problemBytes.append(problemBytes.length() == 0 ? "" : " ").append(h);
        problemEnd++;
      }
    }
    problem = "line " + line + ", byte offset " + problemAt + ": bytes " + problemBytes
        + " do not decode as " + charset;
  }

  /** Moves the bytes not yet decoded to the front and reads more after them. */
  private void fill() throws IOException {
    if (decodePos > 0) {
      System.arraycopy(bytes, decodePos, bytes, 0, limit - decodePos);
      limit -= decodePos;
      scanPos -= decodePos;
      if (lineEnd >= 0) {
        lineEnd -= decodePos;
      }
      bufferOffset += decodePos;
      decodePos = 0;
    }
    int n = in.read(bytes, limit, bytes.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
