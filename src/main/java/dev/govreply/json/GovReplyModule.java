package dev.govreply.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
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
 * format: {@link Reply} (and each of its parts) is written and read through the same format
 * definition as {@link ReplyJson} (so with a default-configured mapper {@code
 * mapper.writeValueAsBytes(reply)} equals {@code ReplyJson.standard().write(reply)}), the small
 * values {@link DocumentNumber}, {@link ResultClass}, {@link PhoneNumber} and {@link Session}
 * become their canonical strings, also as map keys, and an {@link ExtensionValue} (of any kind)
 * is written and read as a reply's extensions are, so that users' DTOs holding them work.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new GovReplyModule());
 * // or: mapper.findAndRegisterModules();   (found through META-INF/services)
 * record Filing(DocumentNumber number, Reply reply) {}
 * Filing filing = new Filing(DocumentNumber.parse("平政字〔2024〕12号"), reply);
 * String json = mapper.writeValueAsString(filing);  // {"number":"平政字〔2024〕12号","reply":{…}}
 * }</pre>
 *
 * <p>The module hands each model value to {@link ReplyJson}'s own, strictly configured mapper,
 * so the embedder's settings and serializers (naming strategies, views, a trimming {@code String}
 * deserializer, {@code FAIL_ON_UNKNOWN_PROPERTIES} off as Spring Boot sets it, single values as
 * arrays, coercions) neither change nor loosen the format; only duplicate properties depend on
 * the embedder's parser ({@code STRICT_DUPLICATE_DETECTION}), which {@link ReplyJson} always
 * enables. Reading errors surface as Jackson {@link JsonMappingException}s whose message is the
 * reason in the format's words, whose path names the value (absolute within the mapper's
 * document) and whose location is where the reader found the problem (for a rule of the format,
 * the end of the object that holds the value). The mapper's stream limits apply to its parser;
 * the module's {@link ReplyJson} limits apply to strings, and to the nesting of extension values
 * counted from the reply. {@code convertValue} and {@code valueToTree} keep every character and
 * number; under default typing a reply is written as its type id and value.
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
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    Jackson2Binding.delegate(serializers, deserializers, json.mapper(),
        new ShapeRules(json.maxStringLength()), json.maxDepth());
    serializers.addSerializer(DocumentNumber.class, new ToStringSerializer(DocumentNumber.class));
    serializers.addSerializer(ResultClass.class, new ToStringSerializer(ResultClass.class));
    serializers.addSerializer(PhoneNumber.class, new ToStringSerializer(PhoneNumber.class));
    serializers.addSerializer(Session.class, new ToStringSerializer(Session.class));
    context.addSerializers(serializers);

    deserializers.addDeserializer(DocumentNumber.class,
        new SmallValueDeserializer<>(DocumentNumber.class, DocumentNumber::parse));
    deserializers.addDeserializer(ResultClass.class,
        new SmallValueDeserializer<>(ResultClass.class, ResultClass::parse));
    deserializers.addDeserializer(PhoneNumber.class,
        new SmallValueDeserializer<>(PhoneNumber.class, PhoneNumber::parse));
    deserializers.addDeserializer(Session.class,
        new SmallValueDeserializer<>(Session.class, Session::parse));
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
