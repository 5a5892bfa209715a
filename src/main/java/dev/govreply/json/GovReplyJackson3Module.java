package dev.govreply.json;

import dev.govreply.model.DocumentNumber;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Limits;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The Jackson 3 ({@code tools.jackson}) module of govreply: what {@link GovReplyModule} is to
 * Jackson 2. {@link Reply} (and each of its parts) is written and read through the same format
 * definition as {@link ReplyJson}, so with a default-configured mapper {@code
 * mapper.writeValueAsBytes(reply)} equals {@code ReplyJson.standard().write(reply)}; the small
 * values {@link DocumentNumber}, {@link ResultClass}, {@link PhoneNumber} and {@link Session}
 * become their canonical strings, also as map keys; an {@link ExtensionValue} (of any kind) is
 * written and read as a reply's extensions are.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new GovReplyJackson3Module()).build();
 * // or: JsonMapper.builder().findAndAddModules().build()   (found through ServiceLoader)
 * byte[] json = mapper.writeValueAsBytes(reply);
 * Reply again = mapper.readValue(json, Reply.class);
 * }</pre>
 *
 * <p>Needs only Jackson 3 databind ({@code tools.jackson.core:jackson-databind} 3.x, an optional
 * dependency of govreply) and {@code jackson-annotations}; it loads no Jackson 2 class. Errors
 * are Jackson 3 {@code DatabindException}s whose message is the reason in the format's words and
 * whose path names the value. As {@link GovReplyModule} does with {@link ReplyJson}'s mapper, the
 * module hands each model value to a private, strictly configured Jackson 3 mapper of its own, so
 * the embedder's settings and serializers neither change nor loosen the format; only duplicate
 * properties depend on the embedder's parser ({@code STRICT_DUPLICATE_DETECTION}). The mapper's
 * stream limits apply to its parser; the module's limits apply to strings and to the nesting of
 * extension values counted from the reply.
 *
 * <p>Immutable and thread-safe; one instance may be registered with many mappers.
 */
public final class GovReplyJackson3Module extends JacksonModule {

  private final int maxStringLength;
  private final int maxDepth;

  /** A module with govreply's default limits (for ServiceLoader). */
  public GovReplyJackson3Module() {
    this(Limits.MAX_STRING_LENGTH, Limits.MAX_DEPTH);
  }

  /**
   * A module with its own limits on what it reads inside a reply.
   *
   * @param maxStringLength the longest string read, in chars
   * @param maxDepth the deepest nesting of a document read, the document object being depth 1
   * @throws IllegalArgumentException if a limit is below 1
   */
  public GovReplyJackson3Module(int maxStringLength, int maxDepth) {
    if (maxStringLength < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("limits must be 1 or more: maxStringLength "
          + maxStringLength + ", maxDepth " + maxDepth);
    }
    this.maxStringLength = maxStringLength;
    this.maxDepth = maxDepth;
  }

  @Override
  public String getModuleName() {
    return "govreply";
  }

  @Override
  public Version version() {
    Package p = GovReplyJackson3Module.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? Version.unknownVersion()
        : new Version(number(v, 0), number(v, 1), number(v, 2),
            v.contains("-") ? v.substring(v.indexOf('-') + 1) : null, "dev.govreply", "govreply");
  }

  private static int number(String version, int index) {
    String[] parts = version.split("[.-]");
    try {
      return index < parts.length ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    ShapeRules rules = new ShapeRules(maxStringLength);
    Jackson3Binding.delegate(serializers, deserializers, Jackson3Binding.mapper(rules, maxDepth),
        rules, maxDepth);
    serializers.addSerializer(DocumentNumber.class, new ToStringSerializer(DocumentNumber.class));
    serializers.addSerializer(ResultClass.class, new ToStringSerializer(ResultClass.class));
    serializers.addSerializer(PhoneNumber.class, new ToStringSerializer(PhoneNumber.class));
    serializers.addSerializer(Session.class, new ToStringSerializer(Session.class));
    context.addSerializers(serializers);

    small(deserializers, DocumentNumber.class, DocumentNumber::parse);
    small(deserializers, ResultClass.class, ResultClass::parse);
    small(deserializers, PhoneNumber.class, PhoneNumber::parse);
    small(deserializers, Session.class, Session::parse);
    context.addDeserializers(deserializers);

    SimpleKeyDeserializers keys = new SimpleKeyDeserializers();
    keys.addDeserializer(DocumentNumber.class,
        new SmallValueKey(DocumentNumber.class, DocumentNumber::parse));
    keys.addDeserializer(ResultClass.class,
        new SmallValueKey(ResultClass.class, ResultClass::parse));
    keys.addDeserializer(PhoneNumber.class,
        new SmallValueKey(PhoneNumber.class, PhoneNumber::parse));
    keys.addDeserializer(Session.class, new SmallValueKey(Session.class, Session::parse));
    context.addKeyDeserializers(keys);
  }

  private static <T> void small(SimpleDeserializers deserializers, Class<T> type,
      Function<String, T> parse) {
    deserializers.addDeserializer(type, new SmallValue<>(type, parse));
  }

  /** Reads a small value from its canonical string. */
  private static final class SmallValue<T> extends StdScalarDeserializer<T> {
    private final Function<String, T> parse;

    SmallValue(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        @SuppressWarnings("unchecked")
        T v = (T) ctxt.handleUnexpectedToken(handledType(), p);
        return v;
      }
      String text = p.getString();
      try {
        return parse.apply(text);
      } catch (RuntimeException e) {
        throw ctxt.weirdStringException(text, handledType(), String.valueOf(e.getMessage()));
      }
    }
  }

  /** Reads a small value used as a map key. */
  private static final class SmallValueKey extends KeyDeserializer {
    private final Class<?> type;
    private final Function<String, ?> parse;

    SmallValueKey(Class<?> type, Function<String, ?> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      try {
        return parse.apply(key);
      } catch (RuntimeException e) {
        return ctxt.handleWeirdKey(type, key, "%s", String.valueOf(e.getMessage()));
      }
    }
  }
}
