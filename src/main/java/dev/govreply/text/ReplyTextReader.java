package dev.govreply.text;

import dev.govreply.model.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads reply documents (答复) from text as real documents have it: text captured from PDFs and
 * web pages, legacy exports. The layout is recognised leniently (titles, document numbers in any
 * bracket form, classes, addressees, the body, signature, date, contacts, page metadata…); every
 * input line is accounted for in the {@link ReadReport}, and what is not recognised is kept in an
 * unrecognized block of the {@link dev.govreply.model.Reply}, so nothing is lost.
 *
 * <pre>{@code
 * ReplyTextReader reader = ReplyTextReader.standard();
 * ReadResult result = reader.read(Path.of("平政字〔2024〕12号.txt"));   // charset detected
 * Reply reply = result.reply();
 * result.report().findings().forEach(System.out::println);       // deviations, with fixes
 *
 * ReplyTextReader gbk = ReplyTextReader.builder()
 *     .charset(Charset.forName("GB18030"))                         // explicit: no detection
 *     .maxBytes(1024 * 1024)
 *     .build();
 * }</pre>
 *
 * <p><b>Charsets.</b> Bytes (from a {@code byte[]}, {@link InputStream} or {@link Path}) are
 * decoded strictly: a malformed or unmappable byte sequence is never replaced, it is a {@link
 * TextReadException} naming the offset of the offending byte. Unless a charset is given with
 * {@link Builder#charset(Charset)}, it is detected by govreply's one rule (the record sources
 * use it too):
 *
 * <ol>
 *   <li>a byte order mark decides: {@code EF BB BF} UTF-8, {@code FE FF} UTF-16BE, {@code FF FE}
 *       UTF-16LE, {@code 84 31 95 33} GB18030 (UTF-16 without a byte order mark is not
 *       detected; give the charset);
 *   <li>otherwise bytes that are valid UTF-8 are UTF-8 (pure ASCII and empty input too);
 *   <li>otherwise GB18030 (which includes GBK and GB2312) or Big5: the one the bytes are valid
 *       in, and when they are valid in both, the one in which more of the double-byte characters
 *       are its own common hanzi (GB2312 level 1, Big5 常用字) by at least a quarter of them. This
 *       is a guess, and the report says so with an INFO finding GR-TXT-090 naming the charset
 *       and the evidence;
 *   <li>otherwise (valid in neither, or in both with shares too close to tell) a {@link
 *       TextReadException} asks for the charset, at the offset of the first byte that is invalid
 *       in UTF-8.
 * </ol>
 *
 * <p>UTF-8 is tried first because Chinese text in GB18030 or Big5 is almost never valid UTF-8 (a
 * strict UTF-8 decoder rejects it at its first Chinese character in practice), while GB18030
 * decodes many UTF-8 byte sequences as mojibake. A byte order mark, detected or with an explicit
 * charset, is not part of the text; nor is a leading U+FEFF of a {@code String} or {@code
 * Reader}, so that {@code read(Files.readString(p))} and {@code read(p)} agree. An explicit
 * charset wins over a byte order mark of another charset. {@link ReadReport#charset()} names the
 * charset used; for a {@code String} or {@code Reader}, which arrive decoded, it is the explicit
 * charset if one was given, else UTF-8.
 *
 * <p><b>Limits</b> (govreply's {@link Limits}). Byte input larger than {@link #maxBytes()}
 * (default 8 MiB) and char input (and decoded text) longer than {@link #maxChars()} (default 8 Mi
 * chars) is refused with a {@link TextReadException} whose {@link TextReadException#byteOffset()
 * byteOffset} is -1. A file's size is checked before it is read; streams and readers are read up
 * to the limit and no further, and are not closed. A text with more than {@link
 * Limits#MAX_TEXT_LINES} lines, or with a line longer than {@link Limits#MAX_STRING_LENGTH} (the
 * longest string a reply may hold), is refused before it is read, with a {@link
 * TextReadException} naming the {@linkplain TextReadException#line() line}. Lines that would make
 * a paragraph longer than that are read as several paragraphs: no string the reader makes is
 * longer, so that everything it reads can be written as JSON and read back.
 *
 * <p><b>Memory.</b> Reading a text takes at most 20 bytes of heap per byte of input, for any text
 * within the limits: an 8 MiB text is read in a 160 MiB heap. The worst case is ASCII text, one
 * char per byte (17 bytes per byte measured: the paragraph assembly keeps a char, its line and
 * its column, 10 bytes, for every char of the body); Chinese text takes about 8. What a line costs
 * beyond its chars (a few hundred bytes for a line that becomes a measure) is kept within that by
 * the limit on lines; a text over a limit is refused after one pass over its chars, before any
 * line is made. ({@code ReadMemoryTest} reads the worst cases in a JVM with that heap.)
 *
 * <p><b>Exceptions.</b> For any input within the limits that decodes, a {@link ReadResult} is
 * returned, however little of it is recognised; the only exceptions are {@link TextReadException}
 * (undecodable bytes, input over a limit) and {@link IOException} from the caller's file, stream
 * or reader. Empty input gives an empty reply and a report without lines.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class ReplyTextReader {

  /** The default {@link #maxBytes()}: 8 MiB ({@link Limits#MAX_DOCUMENT_BYTES}). */
  public static final long DEFAULT_MAX_BYTES = Limits.MAX_DOCUMENT_BYTES;

  /** The default {@link #maxChars()}: 8 Mi chars ({@link Limits#MAX_TEXT_CHARS}). */
  public static final long DEFAULT_MAX_CHARS = Limits.MAX_TEXT_CHARS;

  /** The largest limit: the largest array the JVM reliably allocates. */
  public static final long MAX_LIMIT = Integer.MAX_VALUE - 8L;

  private static final ReplyTextReader STANDARD = new ReplyTextReader(builder());

  private final Charset charset;
  private final int maxBytes;
  private final int maxChars;

  private ReplyTextReader(Builder b) {
    this.charset = b.charset;
    this.maxBytes = (int) b.maxBytes;
    this.maxChars = (int) b.maxChars;
  }

  /**
   * The shared reader with default settings: charset detected, 8 MiB, 8 Mi chars.
   *
   * @return the standard reader
   */
  public static ReplyTextReader standard() {
    return STANDARD;
  }

  /**
   * A builder for a reader with other settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The explicit charset, or empty when it is detected.
   *
   * @return the charset given to the builder
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /**
   * The largest byte input accepted.
   *
   * @return the limit in bytes
   */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The largest char input (and decoded text) accepted.
   *
   * @return the limit in chars
   */
  public long maxChars() {
    return maxChars;
  }

  // ---------------------------------------------------------------------------------- reading

  /**
   * Reads a text that is already decoded.
   *
   * @param text the document
   * @return the reply and the report
   * @throws TextReadException if the text is longer than {@link #maxChars()}
   */
  public ReadResult read(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxChars) {
      throw new TextReadException(-1,
          "input is " + text.length() + " chars, over the limit of " + maxChars, null);
    }
    return layout(text, charset != null ? charset : StandardCharsets.UTF_8);
  }

  /**
   * Reads a text that is expected to hold only the body (正文) of a reply — the 答复内容 column of a
   * ledger, a body pasted into a form — faster than {@link #read(String)} when it does.
   *
   * <p>When the text is a body alone — its first non-blank line reads like body text (not page
   * metadata, a salutation, a title or a line of marks), its last non-blank line cannot belong to
   * the end of a reply (signature, date, contacts, copy-to) and it has no date line — the layout
   * recognition is skipped: the result's reply has the body and nothing else (not even the
   * motion its opening cites), every line with body text goes to a {@code body.…} path (a line of
   * {@code **} markers only has markup), and the findings are those of the body.
   * Otherwise the text is read as a whole document, exactly as {@link #read(String)} reads it, so
   * a cell that holds a whole reply loses nothing: the caller sees the title, salutation,
   * signature or contacts in the reply and the report. In both cases the body is the one {@link
   * #read(String)} finds.
   *
   * @param text the body's text
   * @return the reply and the report
   * @throws TextReadException if the text is longer than {@link #maxChars()}
   */
  public ReadResult readBody(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxChars) {
      throw new TextReadException(-1,
          "input is " + text.length() + " chars, over the limit of " + maxChars, null);
    }
    String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    return LayoutReader.readBody(t, charset != null ? charset : StandardCharsets.UTF_8);
  }

  /**
   * Reads a text from a reader, which is read to its end (at most {@link #maxChars()} + 1 chars)
   * and not closed.
   *
   * @param reader the document
   * @return the reply and the report
   * @throws TextReadException if the reader has more than {@link #maxChars()} chars
   * @throws IOException if reading fails
   */
  public ReadResult read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    char[] buf = new char[(int) Math.min(maxChars + 1L, 8192)];
    int n = 0;
    while (true) {
      if (n == buf.length) {
        if (n > maxChars) {
          throw new TextReadException(-1,
              "input is more than " + maxChars + " chars, over the limit of " + maxChars, null);
        }
        buf = Arrays.copyOf(buf, (int) Math.min(maxChars + 1L, 2L * n));
      }
      int r = reader.read(buf, n, buf.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return read(new String(buf, 0, n));
  }

  /**
   * Reads a document's bytes, decoded with the explicit charset or the detected one.
   *
   * @param bytes the document
   * @return the reply and the report, which names the charset
   * @throws TextReadException if the bytes are larger than {@link #maxBytes()} or cannot be
   *     decoded (with the offset of the offending byte)
   */
  public ReadResult read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > maxBytes) {
      throw tooLarge(bytes.length + " bytes");
    }
    return decodeAndRead(bytes, bytes.length);
  }

  /**
   * Reads a document from a stream, which is read to its end (at most {@link #maxBytes()} + 1
   * bytes) and not closed.
   *
   * @param in the document
   * @return the reply and the report
   * @throws TextReadException if the stream has more than {@link #maxBytes()} bytes or they
   *     cannot be decoded
   * @throws IOException if reading the stream fails
   */
  public ReadResult read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw tooLarge("more than " + maxBytes + " bytes");
    }
    return decodeAndRead(bytes, bytes.length);
  }

  /**
   * Reads a document file. Its size is checked before it is read.
   *
   * @param file the document
   * @return the reply and the report
   * @throws TextReadException if the file is larger than {@link #maxBytes()} or cannot be decoded
   * @throws IOException if the file cannot be read (e.g. {@link java.nio.file.NoSuchFileException})
   */
  public ReadResult read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    long size = Files.size(file);
    if (size > maxBytes) {
      throw tooLarge(size + " bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in); // the file may have grown since: the stream is read up to the limit
    }
  }

  private ReadResult decodeAndRead(byte[] bytes, int length) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, length, charset);
    String text = decoded.text();
    if (text.length() > maxChars) {
      throw new TextReadException(-1, "input is " + text.length()
          + " chars when decoded, over the limit of " + maxChars, null);
    }
    return LayoutReader.read(text, decoded.charset(), decoded.guess());
  }

  private static ReadResult layout(String text, Charset charset) {
    String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    return LayoutReader.read(t, charset);
  }

  private TextReadException tooLarge(String size) {
    return new TextReadException(-1, "input is " + size + ", over the limit of " + maxBytes,
        null);
  }

  @Override
  public String toString() {
    return "ReplyTextReader[charset=" + (charset == null ? "detected" : charset.name())
        + ", maxBytes=" + maxBytes + ", maxChars=" + maxChars + "]";
  }

  /**
   * Builds a {@link ReplyTextReader}; not thread-safe, the reader it builds is.
   *
   * <pre>{@code
   * ReplyTextReader reader = ReplyTextReader.builder()
   *     .charset(Charset.forName("GB18030")).maxBytes(256 * 1024).build();
   * }</pre>
   */
  public static final class Builder {
    private Charset charset;
    private long maxBytes = DEFAULT_MAX_BYTES;
    private long maxChars = DEFAULT_MAX_CHARS;

    private Builder() {}

    /**
     * Decodes bytes with {@code charset} instead of detecting it; strictly, an undecodable byte
     * is a {@link TextReadException} with its offset. A byte order mark of that charset is
     * skipped.
     *
     * @param charset the charset, or null to detect it (the default)
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = charset;
      return this;
    }

    /**
     * The largest byte input accepted; default {@value ReplyTextReader#DEFAULT_MAX_BYTES}.
     *
     * @param bytes 1 to {@value ReplyTextReader#MAX_LIMIT}
     * @return this builder
     */
    public Builder maxBytes(long bytes) {
      this.maxBytes = checkLimit("maxBytes", bytes);
      return this;
    }

    /**
     * The largest char input, and decoded text, accepted; default {@value
     * ReplyTextReader#DEFAULT_MAX_CHARS}.
     *
     * @param chars 1 to {@value ReplyTextReader#MAX_LIMIT}
     * @return this builder
     */
    public Builder maxChars(long chars) {
      this.maxChars = checkLimit("maxChars", chars);
      return this;
    }

    private static long checkLimit(String name, long value) {
      if (value < 1 || value > MAX_LIMIT) {
        throw new IllegalArgumentException(
            name + " must be from 1 to " + MAX_LIMIT + ", got " + value);
      }
      return value;
    }

    /**
     * Builds the reader: immutable and thread-safe.
     *
     * @return the reader
     */
    public ReplyTextReader build() {
      return new ReplyTextReader(this);
    }
  }
}
