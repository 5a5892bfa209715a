package dev.govreply.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * A Jackson module that teaches an embedder's own {@code ObjectMapper} the {@code govreply/1}
 * format: {@link Reply} is written and read exactly as {@link ReplyJson} does (the same codec, so
 * with a default-configured mapper {@code mapper.writeValueAsBytes(reply)} equals {@code
 * ReplyJson.standard().write(reply)}), and the small values {@link DocumentNumber}, {@link
 * ResultClass}, {@link PhoneNumber} and {@link Session} become their canonical strings, also as
 * map keys, and an {@link ExtensionValue} (of any kind) is written and read as a reply's
 * extensions are, so that users' DTOs holding them work.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new GovReplyModule());
 * // or: mapper.findAndRegisterModules();   (found through META-INF/services)
 * record Filing(DocumentNumber number, Reply reply) {}
 * Filing filing = new Filing(DocumentNumber.parse("平政字〔2024〕12号"), reply);
 * String json = mapper.writeValueAsString(filing);  // {"number":"平政字〔2024〕12号","reply":{…}}
 * }</pre>
 *
 * <p>Reading errors surface as Jackson {@link JsonMappingException}s whose cause is the
 * {@link ReplyJsonException} with the JSON Pointer (absolute within the mapper's document), line
 * and column. The mapper's own stream limits apply to its parser; the module's {@link ReplyJson}
 * limits apply to strings and nesting inside a reply. Dates, enums and everything else of the
 * user's DTOs are left to the mapper.
 *
 * <p>Immutable and thread-safe; one instance may be registered with many mappers.
 */
public final class GovReplyModule extends Module {

  private static final Version VERSION = VersionUtil.parseVersion(
      GovReplyModule.class.getPackage() == null ? null
          : GovReplyModule.class.getPackage().getImplementationVersion(),
      "dev.govreply", "govreply");

  private final ReplyJson json;

  /** A module using {@link ReplyJson#standard()} and its default limits (for ServiceLoader). */
  public GovReplyModule() {
    this(ReplyJson.standard());
  }

  /**
   * A module reading replies with the limits of {@code json}.
   *
   * @param json the configured reader/writer whose codec to use
   */
  public GovReplyModule(ReplyJson json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /** {@return "govreply"} */
  @Override
  public String getModuleName() {
    return "govreply";
  }

  /** {@return the library version, or "unknown" when not run from the jar} */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Registers the serializers and deserializers.
   *
   * @param context Jackson's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    ReplyCodec codec = json.moduleCodec();
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Reply.class, new CodecSerializer<>(Reply.class, codec::write));
    serializers.addSerializer(DocumentNumber.class, new ToStringSerializer(DocumentNumber.class));
    serializers.addSerializer(ResultClass.class, new ToStringSerializer(ResultClass.class));
    serializers.addSerializer(PhoneNumber.class, new ToStringSerializer(PhoneNumber.class));
    serializers.addSerializer(Session.class, new ToStringSerializer(Session.class));
    // a JSON value in a user's type as a reply's extensions are (its pointer, for errors)
    serializers.addSerializer(ExtensionValue.class, new CodecSerializer<>(ExtensionValue.class,
        (gen, v) -> codec.writeNode(gen, v, gen.getOutputContext().pathAsPointer().toString())));
    context.addSerializers(serializers);

    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Reply.class,
        new CodecDeserializer<>(Reply.class, codec::readReply, null));
    deserializers.addDeserializer(DocumentNumber.class,
        new SmallValueDeserializer<>(DocumentNumber.class, DocumentNumber::parse));
    deserializers.addDeserializer(ResultClass.class,
        new SmallValueDeserializer<>(ResultClass.class, ResultClass::parse));
    deserializers.addDeserializer(PhoneNumber.class,
        new SmallValueDeserializer<>(PhoneNumber.class, PhoneNumber::parse));
    deserializers.addDeserializer(Session.class,
        new SmallValueDeserializer<>(Session.class, Session::parse));
    // an extension value of any kind, or of the kind a field is typed with
    kind(deserializers, codec, ExtensionValue.class);
    kind(deserializers, codec, ExtensionValue.JsonObject.class);
    kind(deserializers, codec, ExtensionValue.JsonArray.class);
    kind(deserializers, codec, ExtensionValue.JsonString.class);
    kind(deserializers, codec, ExtensionValue.JsonNumber.class);
    kind(deserializers, codec, ExtensionValue.JsonBoolean.class);
    kind(deserializers, codec, ExtensionValue.JsonNull.class);
    context.addDeserializers(deserializers);

    SimpleKeyDeserializers keys = new SimpleKeyDeserializers();
    keys.addDeserializer(DocumentNumber.class,
        new SmallValueKeyDeserializer(DocumentNumber.class, DocumentNumber::parse));
    keys.addDeserializer(ResultClass.class,
        new SmallValueKeyDeserializer(ResultClass.class, ResultClass::parse));
    keys.addDeserializer(PhoneNumber.class,
        new SmallValueKeyDeserializer(PhoneNumber.class, PhoneNumber::parse));
    keys.addDeserializer(Session.class,
        new SmallValueKeyDeserializer(Session.class, Session::parse));
    context.addKeyDeserializers(keys);
  }

  /**
   * Reads extension values of {@code kind} as a reply's extensions are read; JSON {@code null} is
   * {@link ExtensionValue#nullValue()} where the kind admits it, as Jackson reads {@code null} into
   * a {@code JsonNode} as a {@code NullNode}.
   */
  private static <T extends ExtensionValue> void kind(SimpleDeserializers deserializers,
      ReplyCodec codec, Class<T> kind) {
    T nullValue = kind.isInstance(ExtensionValue.nullValue())
        ? kind.cast(ExtensionValue.nullValue()) : null;
    deserializers.addDeserializer(kind, new CodecDeserializer<>(kind, p -> {
      ExtensionValue v = codec.node(p);
      if (!kind.isInstance(v)) {
        throw ReplyCodec.error(p, "a JSON value of kind " + kind.getSimpleName()
            + " was expected, not " + v.getClass().getSimpleName());
      }
      return kind.cast(v);
    }, nullValue));
  }

  /** How the codec writes a value of a type at the generator's position. */
  @FunctionalInterface
  private interface CodecWriter<T> {
    void write(JsonGenerator gen, T value) throws IOException;
  }

  /** How the codec reads a value of a type from the parser's current token. */
  @FunctionalInterface
  private interface CodecReader<T> {
    T read(JsonParser p) throws IOException;
  }

  /**
   * Writes values with the shared codec (a reply, a JSON value); what the codec cannot write
   * becomes Jackson's {@link JsonMappingException}.
   */
  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient CodecWriter<T> writer;

    CodecSerializer(Class<T> type, CodecWriter<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      try {
        writer.write(gen, value);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(provider, e.getMessage(), e);
      }
    }
  }

  /**
   * Reads values with the shared codec (a reply, a JSON value); its {@link ReplyJsonException},
   * with pointer, line and column, becomes the cause of Jackson's {@link JsonMappingException}.
   */
  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient CodecReader<T> reader;
    /** What JSON {@code null} reads as. */
    private final transient T nullValue;

    CodecDeserializer(Class<T> type, CodecReader<T> reader, T nullValue) {
      super(type);
      this.reader = reader;
      this.nullValue = nullValue;
    }

    @Override
    public T getNullValue(DeserializationContext ctxt) {
      return nullValue;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return reader.read(p);
      } catch (ReplyJsonException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      } catch (RuntimeException e) {
        throw JsonMappingException.from(p, "cannot read a " + handledType().getSimpleName()
            + ": " + e, e);
      }
    }
  }

  /** Reads a small value from its string. */
  private static final class SmallValueDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;

    SmallValueDeserializer(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        @SuppressWarnings("unchecked")
        T v = (T) ctxt.handleUnexpectedToken(handledType(), p);
        return v;
      }
      String text = p.getText();
      try {
        return parse.apply(text);
      } catch (RuntimeException e) {
        throw ctxt.weirdStringException(text, handledType(), String.valueOf(e.getMessage()));
      }
    }
  }

  /** Reads a small value used as a map key. */
  private static final class SmallValueKeyDeserializer extends KeyDeserializer {
    private final Class<?> type;
    private final Function<String, ?> parse;

    SmallValueKeyDeserializer(Class<?> type, Function<String, ?> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parse.apply(key);
      } catch (RuntimeException e) {
        return ctxt.handleWeirdKey(type, key, "%s", String.valueOf(e.getMessage()));
      }
    }
  }
}
