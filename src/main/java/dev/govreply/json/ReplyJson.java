package dev.govreply.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.govreply.model.Limits;
import dev.govreply.model.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes replies in the {@code govreply/1} JSON format: the canonical wire format of
 * govreply.
 *
 * <p>The format: a JSON object whose property {@code "format": "govreply/1"} is written first
 * (and read wherever it stands), then the parts of the {@link Reply} in the model's declaration
 * order, camelCase, absent values omitted
 * ({@code Optional.empty()}, empty lists, an empty body, {@code collective: false}, point and
 * commitment {@code style: RUN_IN}), dates as ISO-8601 ({@code "2024-03-01"}), enums as their
 * UPPER_SNAKE codes, small values ({@code DocumentNumber}, {@code ResultClass}, {@code
 * PhoneNumber}, {@code Session}) as their {@code toString()} (a phone number as printed). Chinese text is written as
 * UTF-8, never {@code \}{@code u}-escaped. The JSON Schema is {@link #schema()}.
 *
 * <pre>{@code
 * ReplyJson json = ReplyJson.standard();
 * byte[] bytes = json.write(reply);          // canonical, compact, deterministic
 * Reply again = json.read(bytes);            // again.equals(reply)
 * String forHumans = json.writePretty(reply);
 * }</pre>
 *
 * <p><b>Reading</b> is strict: unknown properties (except under {@code extensions}), duplicate
 * properties, wrong types, {@code null} values, malformed small values, unknown enum codes,
 * invalid dates, missing required properties, trailing content, a missing or unknown {@code
 * format} and a newer format version ({@code govreply/2}) are refused with a {@link
 * ReplyJsonException} that names the JSON Pointer, line and column of the problem. No other
 * exception escapes the {@code read} methods for any input bytes, except {@link IOException}s
 * of the caller's stream or file. The input must be UTF-8 (a UTF-8 byte order mark is skipped;
 * UTF-16 and UTF-32 are refused). Astral characters (𠀀) are written as 4-byte UTF-8; an unpaired
 * surrogate, which UTF-8 cannot encode, is read from and written as a {@code \}{@code uD800}
 * escape, so that it round-trips too.
 *
 * <p><b>Limits</b> ({@link Builder}; the defaults are govreply's {@link Limits}): documents larger
 * than {@code maxDocumentBytes} are refused before parsing (streams are read up to the limit and
 * no further); nesting deeper than {@code maxDepth} (the document object is depth 1) and strings
 * longer than {@code maxStringLength} chars are refused. Numbers are limited to 1000 digits. The
 * writers refuse to write what this instance would refuse to read — a document larger than {@code
 * maxDocumentBytes}, a string or property name longer than {@code maxStringLength}, nesting
 * deeper than {@code maxDepth} (under {@code extensions}), a number of more than 1000 digits —
 * with a {@link ReplyJsonException} naming the JSON Pointer of the value where the limit is
 * crossed (line and column -1), and write nothing.
 *
 * <p><b>Extensions</b>: the values under {@code extensions} are read as the model's {@link
 * dev.govreply.model.ExtensionValue}s and written back in insertion order. A number is read with
 * every digit as written (a {@code BigDecimal}) and written as {@code BigDecimal.toString()}
 * prints it: {@code 5}, {@code 0.5} and {@code 1250.0} as they are, {@code 1.25e3} as {@code
 * 1.25E+3}, {@code 1e400} as {@code 1E+400}. {@code read(write(r)).equals(r)} therefore holds for
 * every reply the writer writes, and {@code write(read(bytes))} is the same after one pass; the
 * writer counts a number's length in all its characters and the reader in its digits, so a number
 * of close to 1000 digits may be read and then refused by the writer, loudly.
 *
 * <p>Immutable and thread-safe: build one instance (or use {@link #standard()}) and share it.
 */
public final class ReplyJson {

  /** The format this library reads and writes: {@value}. */
  public static final String FORMAT = ShapeRules.FORMAT;

  /** The {@code $id} of the JSON Schema returned by {@link #schema()}: {@value}. */
  public static final String SCHEMA_ID = "https://govreply.dev/schema/govreply-1.schema.json";

  /** Default {@code maxDocumentBytes}: 8 MiB ({@link Limits#MAX_DOCUMENT_BYTES}). */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = Limits.MAX_DOCUMENT_BYTES;

  /** Default {@code maxDepth}: 64 ({@link Limits#MAX_DEPTH}). */
  public static final int DEFAULT_MAX_DEPTH = Limits.MAX_DEPTH;

  /**
   * Default {@code maxStringLength}: 1 Mi chars, the longest string a reply may hold ({@link
   * Limits#MAX_STRING_LENGTH}).
   */
  public static final int DEFAULT_MAX_STRING_LENGTH = Limits.MAX_STRING_LENGTH;

  /** The deepest a reply's own structure nests (root, body, commitments, items, points, …). */
  static final int MIN_DEPTH = 8;

  /** The largest configurable {@code maxDepth}; the reader recurses once per level. */
  static final int MAX_DEPTH_LIMIT = 1000;

  private static final int MAX_NUMBER_LENGTH = 1000;

  private static final ReplyJson STANDARD = builder().build();

  private final int maxDocumentBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final JsonFactory factory;
  private final ObjectMapper mapper;
  private final ObjectReader reader;
  private final ObjectWriter writer;
  private final Jackson2Errors errors;

  private ReplyJson(Builder b) {
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxDepth = b.maxDepth;
    this.maxStringLength = b.maxStringLength;
    this.factory = Jackson2Binding.factory(this, MAX_NUMBER_LENGTH);
    this.mapper = Jackson2Binding.mapper(factory, new ShapeRules(maxStringLength), maxDepth);
    this.reader = mapper.readerFor(Reply.class);
    this.writer = mapper.writerFor(Reply.class);
    this.errors = new Jackson2Errors(factory, this, MAX_NUMBER_LENGTH);
  }

  /** The mapper that binds the format's shapes, for {@link GovReplyModule}. */
  ObjectMapper mapper() {
    return mapper;
  }

  /**
   * The shared instance with the default limits (8 MiB documents, depth 64, strings of 1 Mi
   * chars).
   *
   * @return the standard reader/writer; thread-safe
   */
  public static ReplyJson standard() {
    return STANDARD;
  }

  /**
   * A builder for an instance with other limits, e.g. {@code
   * ReplyJson.builder().maxDocumentBytes(64 * 1024).build()}.
   *
   * @return a new builder with the default limits
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the largest document accepted, in bytes (UTF-8)} */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** {@return the deepest nesting accepted; the document object is depth 1} */
  public int maxDepth() {
    return maxDepth;
  }

  /** {@return the longest string (value or property name) accepted, in chars} */
  public int maxStringLength() {
    return maxStringLength;
  }

  // ---------------------------------------------------------------------------------- reading

  /**
   * Reads a reply from UTF-8 JSON bytes.
   *
   * @param json the document
   * @return the reply
   * @throws ReplyJsonException if the document cannot be read as a reply: it is not a valid
   *     {@code govreply/1} reply or is over this instance's limits; with the JSON Pointer, line
   *     and column of the problem
   */
  public Reply read(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (json.length > maxDocumentBytes) {
      throw tooLarge(json.length + " bytes");
    }
    JsonText.checkEncoding(json, json.length);
    return parse(json, json.length);
  }

  /**
   * Reads a reply from a JSON string. Columns in errors count chars.
   *
   * @param json the document
   * @return the reply
   * @throws ReplyJsonException if the document cannot be read as a reply: it is not a valid
   *     {@code govreply/1} reply or is over this instance's limits (its size counted in UTF-8
   *     bytes); with the JSON Pointer, line and column of the problem
   */
  public Reply read(String json) {
    Objects.requireNonNull(json, "json");
    long bytes = JsonText.utf8Length(json);
    if (bytes > maxDocumentBytes) {
      throw tooLarge(bytes + " bytes in UTF-8");
    }
    JsonParser p = null;
    try {
      p = factory.createParser(json);
      return readDocument(p, json);
    } catch (IOException e) {
      throw errors.reading(e, p, json);
    } finally {
      Jackson2Binding.close(p);
    }
  }

  /**
   * Reads a reply from a stream of UTF-8 JSON. At most {@code maxDocumentBytes + 1} bytes are
   * read; the stream is not closed.
   *
   * @param in the document
   * @return the reply
   * @throws ReplyJsonException if the document cannot be read as a reply: it is larger than
   *     {@code maxDocumentBytes}, over another limit, or not a valid {@code govreply/1} reply;
   *     with the JSON Pointer, line and column of the problem
   * @throws IOException if reading the stream fails
   */
  public Reply read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] json = in.readNBytes(maxDocumentBytes + 1);
    if (json.length > maxDocumentBytes) {
      throw tooLarge("more than " + maxDocumentBytes + " bytes");
    }
    JsonText.checkEncoding(json, json.length);
    return parse(json, json.length);
  }

  /**
   * Reads a reply from a UTF-8 JSON file. The size is checked before the file is read.
   *
   * @param file the document
   * @return the reply
   * @throws ReplyJsonException if the document cannot be read as a reply: it is larger than
   *     {@code maxDocumentBytes}, over another limit, or not a valid {@code govreply/1} reply;
   *     with the JSON Pointer, line and column of the problem
   * @throws IOException if the file cannot be read (e.g. {@link java.nio.file.NoSuchFileException})
   */
  public Reply read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    long size = Files.size(file);
    if (size > maxDocumentBytes) {
      throw tooLarge(size + " bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  private Reply parse(byte[] json, int length) {
    JsonParser p = null;
    try {
      p = factory.createParser(json, 0, length);
      return readDocument(p, json);
    } catch (IOException e) {
      throw errors.reading(e, p, json);
    } finally {
      Jackson2Binding.close(p);
    }
  }

  private Reply readDocument(JsonParser p, Object source) throws IOException {
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new ReplyJsonException("", 1, 1, "the document is empty", null);
      }
      if (t != JsonToken.START_OBJECT) {
        throw Jackson2Errors.at(p, p.currentTokenLocation(), "expected an object (a govreply "
            + "document), found " + JsonText.describe(t.name()));
      }
      Reply reply = reader.readValue(p);
      t = p.nextToken();
      if (t != null) {
        throw Jackson2Errors.at(p, p.currentTokenLocation(),
            "trailing content after the document: " + JsonText.describe(t.name()));
      }
      return reply;
    } catch (ReplyJsonException e) {
      throw e;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw errors.reading(e, p, source);
    }
  }

  private ReplyJsonException tooLarge(String size) {
    return new ReplyJsonException("", 1, 1, "the document (" + size
        + ") is larger than maxDocumentBytes (" + maxDocumentBytes + ")", null);
  }

  // ---------------------------------------------------------------------------------- writing

  /**
   * Writes the canonical form of a reply: compact UTF-8 JSON; the same value always gives the
   * same bytes.
   *
   * @param reply the reply
   * @return the JSON bytes
   * @throws ReplyJsonException if the reply cannot be written as a document this instance would
   *     read back: the document would be larger than {@code maxDocumentBytes}, or would hold a
   *     string or property name longer than {@code maxStringLength}, nesting deeper than {@code
   *     maxDepth} or a number of more than 1000 digits; with the JSON Pointer of the value where
   *     the limit is crossed (line and column -1)
   * @throws IllegalArgumentException if the reply holds something JSON cannot carry: an
   *     extension property name with an unpaired surrogate, or an extension number whose exponent
   *     no reader can hold (a scale of {@code Integer.MIN_VALUE}: {@code 1E+2147483648})
   */
  public byte[] write(Reply reply) {
    return write(reply, false);
  }

  /**
   * Writes the canonical form of a reply as a string (the same text as {@link #write(Reply)}).
   *
   * @param reply the reply
   * @return the JSON text
   * @throws ReplyJsonException if the reply cannot be written as a document this instance would
   *     read back, as for {@link #write(Reply)}
   * @throws IllegalArgumentException if the reply holds something JSON cannot carry, as for
   *     {@link #write(Reply)}
   */
  public String writeString(Reply reply) {
    return new String(write(reply, false), StandardCharsets.UTF_8);
  }

  /**
   * Writes the 2-space indented form of a reply, for humans: one property or array element per
   * line, {@code "key": value}, {@code \n} line ends, no final line end. Deterministic too, and
   * read back equal.
   *
   * @param reply the reply
   * @return the indented JSON text
   * @throws ReplyJsonException if the reply cannot be written as a document this instance would
   *     read back, as for {@link #write(Reply)} (the limits apply to the indented document)
   * @throws IllegalArgumentException if the reply holds something JSON cannot carry, as for
   *     {@link #write(Reply)}
   */
  public String writePretty(Reply reply) {
    return new String(write(reply, true), StandardCharsets.UTF_8);
  }

  /**
   * Writes the canonical form of a reply to a stream, which is flushed but not closed.
   *
   * @param reply the reply
   * @param out where to write
   * @throws ReplyJsonException if the reply cannot be written as a document this instance would
   *     read back, as for {@link #write(Reply)}; then nothing is written to {@code out}
   * @throws IllegalArgumentException if the reply holds something JSON cannot carry, as for
   *     {@link #write(Reply)}
   * @throws IOException if writing to the stream fails
   */
  public void write(Reply reply, OutputStream out) throws IOException {
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(out, "out");
    // made whole first (at most maxDocumentBytes), so that a refused reply writes nothing
    out.write(write(reply, false));
    out.flush();
  }

  private byte[] write(Reply reply, boolean pretty) {
    Objects.requireNonNull(reply, "reply");
    BufferRecycler br = factory._getBufferRecycler();
    try (ByteArrayBuilder bb = new ByteArrayBuilder(br)) {
      try (JsonGenerator g = new LimitedGenerator(
          factory.createGenerator(bb, JsonEncoding.UTF8), bb, this, MAX_NUMBER_LENGTH)) {
        if (pretty) {
          g.setPrettyPrinter(Jackson2Binding.PRETTY.createInstance());
        }
        writeChecked(g, reply);
      }
      byte[] result = bb.toByteArray();
      bb.release();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      br.releaseToPool();
    }
  }

  private void writeChecked(JsonGenerator g, Reply reply) throws IOException {
    try {
      writer.writeValue(g, reply);
    } catch (JsonProcessingException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof ReplyJsonException refused) {
          throw refused;
        }
      }
      throw new IllegalArgumentException("the reply cannot be written as JSON: "
          + e.getOriginalMessage(), e);
    }
  }


  // ----------------------------------------------------------------------------------- schema

  /**
   * The JSON Schema (draft 2020-12) of {@code govreply/1}, with {@code $id} {@value #SCHEMA_ID}.
   * It describes what {@link #write(Reply)} produces; the reader additionally accepts the lenient
   * spellings of small values that their {@code parse} methods accept, and checks what a schema
   * cannot (non-blank text, real calendar dates, limits).
   *
   * @return the schema document
   */
  public static String schema() {
    try (InputStream in = schemaStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON Schema as a stream of UTF-8 bytes; the caller closes it.
   *
   * @return a new stream over the schema resource
   */
  public static InputStream schemaStream() {
    InputStream in = ReplyJson.class.getResourceAsStream("govreply-1.schema.json");
    if (in == null) {
      throw new IllegalStateException("schema resource govreply-1.schema.json is missing");
    }
    return in;
  }

  /**
   * Builds {@link ReplyJson} instances with non-default limits. Not thread-safe; the built
   * instance is.
   *
   * <pre>{@code
   * ReplyJson small = ReplyJson.builder().maxDocumentBytes(256 * 1024).maxDepth(16).build();
   * }</pre>
   */
  public static final class Builder {
    private int maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;

    private Builder() {}

    /**
     * The largest document accepted, in UTF-8 bytes; default 8 MiB.
     *
     * @param bytes 1 to {@code Integer.MAX_VALUE - 8}
     * @return this builder
     */
    public Builder maxDocumentBytes(int bytes) {
      if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("maxDocumentBytes must be from 1 to "
            + (Integer.MAX_VALUE - 8) + ", got " + bytes);
      }
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * The deepest nesting accepted, the document object being depth 1; default 64. Replies
     * themselves nest {@value ReplyJson#MIN_DEPTH} deep, so that is the minimum.
     *
     * @param depth {@value ReplyJson#MIN_DEPTH} to {@value ReplyJson#MAX_DEPTH_LIMIT}
     * @return this builder
     */
    public Builder maxDepth(int depth) {
      if (depth < MIN_DEPTH || depth > MAX_DEPTH_LIMIT) {
        throw new IllegalArgumentException("maxDepth must be from " + MIN_DEPTH + " to "
            + MAX_DEPTH_LIMIT + ", got " + depth);
      }
      this.maxDepth = depth;
      return this;
    }

    /**
     * The longest string value or property name accepted, in chars; default 1 Mi.
     *
     * @param chars 1 or more
     * @return this builder
     */
    public Builder maxStringLength(int chars) {
      if (chars < 1 || chars == Integer.MAX_VALUE) {
        throw new IllegalArgumentException("maxStringLength must be from 1 to "
            + (Integer.MAX_VALUE - 1) + ", got " + chars);
      }
      this.maxStringLength = chars;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return an immutable, thread-safe {@link ReplyJson}
     */
    public ReplyJson build() {
      return new ReplyJson(this);
    }
  }
}
