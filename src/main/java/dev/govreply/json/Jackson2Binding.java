package dev.govreply.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.govreply.json.ShapeRules.Definition;
import dev.govreply.json.Shapes.Shape;
import dev.govreply.model.ExtensionValue;
import dev.govreply.strictjson.StrictJson;
import java.io.IOException;
import java.util.List;

/**
 * The {@code govreply/1} format on Jackson 2 databind: each model type is written and read
 * through its {@link Shapes shape} by the {@link ShapeRules rules}; extension values by
 * {@link Jackson2Extensions}. An error of the rules becomes a {@link ShapeMismatch} at the place
 * of the object's end, with the path to the value that is wrong.
 */
final class Jackson2Binding {

  /** The pretty printer of {@link ReplyJson#writePretty}: two spaces, {@code "a": 1}. */
  static final DefaultPrettyPrinter PRETTY;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private Jackson2Binding() {}

  /** Closes a parser, if any, ignoring what closing it throws. */
  static void close(JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException | RuntimeException ignored) {
        // nothing to release that matters
      }
    }
  }


  /**
   * The factory of {@link ReplyJson}: its limits as stream constraints, locations without the
   * source, surrogate pairs written as 4-byte UTF-8, nothing closed that the caller owns.
   */
  static JsonFactory factory(ReplyJson limits, int maxNumberLength) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxDepth() + 1) // the extension reader names maxDepth
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(maxNumberLength)
            .build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
  }

  /**
   * The mapper of {@link ReplyJson}, the only one that binds the shapes: strict where an
   * embedder's mapper may be lenient (unknown and duplicate properties, numbers or booleans as
   * strings, fractions as integers), and untouched by any embedder's settings or serializers.
   */
  static ObjectMapper mapper(JsonFactory factory, ShapeRules rules, int maxDepth) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Definition<?, ?> d : rules.definitions()) {
      addShape(serializers, deserializers, d);
    }
    extensions(serializers, deserializers, rules.maxStringLength(), maxDepth);
    SimpleModule shapes = new SimpleModule("govreply-shapes");
    shapes.setSerializers(serializers);
    shapes.setDeserializers(deserializers);
    return StrictJson.builder(factory)
        // it reads and writes values inside an embedder's stream: no trailing-token check, and
        // no flush of the embedder's output after each value
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .addModule(shapes)
        .build();
  }

  /**
   * Adds, for an embedder's mapper, a serializer and deserializer per model type that hand the
   * value to {@code mapper} (its own reader and writer), so that the embedder's settings and
   * serializers never reach the format; and the extension values, read and written token by
   * token.
   */
  static void delegate(SimpleSerializers serializers, SimpleDeserializers deserializers,
      ObjectMapper mapper, ShapeRules rules, int maxDepth) {
    for (Definition<?, ?> d : rules.definitions()) {
      addDelegate(serializers, deserializers, d.model(), mapper);
    }
    extensions(serializers, deserializers, rules.maxStringLength(), maxDepth);
  }

  private static <M> void addDelegate(SimpleSerializers serializers,
      SimpleDeserializers deserializers, Class<M> model, ObjectMapper mapper) {
    ObjectWriter writer = mapper.writerFor(model);
    ObjectReader reader = mapper.readerFor(model);
    serializers.addSerializer(model, new StdSerializer<M>(model) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(M value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        writer.writeValue(escapesSurrogates(g) ? new SurrogateSafeGenerator(g) : g, value);
      }

      /** Under a mapper's default typing: the type id and the value in an array. */
      @Override
      public void serializeWithType(M value, JsonGenerator g, SerializerProvider provider,
          TypeSerializer typeSer) throws IOException {
        WritableTypeId id = typeSer.writeTypePrefix(g,
            typeSer.typeId(value, model, JsonToken.VALUE_EMBEDDED_OBJECT));
        serialize(value, g, provider);
        typeSer.writeTypeSuffix(g, id);
      }
    });
    deserializers.addDeserializer(model, new StdDeserializer<M>(model) {
      private static final long serialVersionUID = 1L;

      @Override
      public M deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return reader.readValue(p);
      }
    });
  }

  /**
   * Whether strings with surrogates are written here rather than by {@code g}: only for a JSON
   * text generator without escapes of its own, which would otherwise write a surrogate pair as
   * two {@code \}{@code u} escapes (in UTF-8) or an unpaired surrogate as a bare char, where
   * {@link ReplyJson} writes 4-byte UTF-8 and a {@code \}{@code uD800} escape. Other targets (the
   * token buffer of {@code convertValue} and {@code valueToTree}, escaping set by the embedder)
   * get the strings as they are.
   */
  private static boolean escapesSurrogates(JsonGenerator g) {
    return g instanceof JsonGeneratorImpl && g.getCharacterEscapes() == null
        && !g.isEnabled(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
  }

  private static <M, S extends Shape> void addShape(SimpleSerializers serializers,
      SimpleDeserializers deserializers, Definition<M, S> d) {
    serializers.addSerializer(d.model(), new ShapeWriter<>(d, null));
    deserializers.addDeserializer(d.model(), new ShapeReader<>(d, null));
  }

  private static void extensions(SimpleSerializers serializers,
      SimpleDeserializers deserializers, int maxStringLength, int maxDepth) {
    for (Class<? extends ExtensionValue> kind : List.of(ExtensionValue.class,
        ExtensionValue.JsonObject.class, ExtensionValue.JsonArray.class,
        ExtensionValue.JsonString.class, ExtensionValue.JsonNumber.class,
        ExtensionValue.JsonBoolean.class, ExtensionValue.JsonNull.class)) {
      extension(serializers, deserializers, kind, maxStringLength, maxDepth);
    }
  }

  private static <T extends ExtensionValue> void extension(SimpleSerializers serializers,
      SimpleDeserializers deserializers, Class<T> kind, int maxStringLength, int maxDepth) {
    serializers.addSerializer(kind, new Jackson2Extensions.Writer<>(kind));
    deserializers.addDeserializer(kind,
        new Jackson2Extensions.Reader<>(kind, maxStringLength, maxDepth));
  }

  /** Writes a model value as its shape. */
  private static final class ShapeWriter<M, S extends Shape> extends StdSerializer<M>
      implements ContextualSerializer {
    private static final long serialVersionUID = 1L;
    private final transient Definition<M, S> definition;
    private final transient JsonSerializer<Object> shapeWriter;

    ShapeWriter(Definition<M, S> definition, JsonSerializer<Object> shapeWriter) {
      super(definition.model());
      this.definition = definition;
      this.shapeWriter = shapeWriter;
    }

    /** Finds the shape's serializer once per mapper, not once per value. */
    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider,
        BeanProperty property) throws JsonMappingException {
      return new ShapeWriter<>(definition,
          provider.findValueSerializer(definition.shape(), property));
    }

    @Override
    public void serialize(M value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      JsonSerializer<Object> w = shapeWriter != null ? shapeWriter
          : provider.findValueSerializer(definition.shape());
      w.serialize(definition.write().apply(value), g, provider);
    }
  }

  /** Reads a model value from its shape. */
  private static final class ShapeReader<M, S extends Shape> extends StdDeserializer<M>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final transient Definition<M, S> definition;
    private final transient JsonDeserializer<Object> shapeReader;

    ShapeReader(Definition<M, S> definition, JsonDeserializer<Object> shapeReader) {
      super(definition.model());
      this.definition = definition;
      this.shapeReader = shapeReader;
    }

    /** Finds the shape's deserializer once per mapper, not once per value. */
    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt,
        BeanProperty property) throws JsonMappingException {
      return new ShapeReader<>(definition, ctxt.findContextualValueDeserializer(
          ctxt.constructType(definition.shape()), property));
    }

    @Override
    public M deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (ctxt.getAttribute(Jackson2Extensions.REPLY_DEPTH) == null) {
        // the outermost value read: extension depths count from here
        ctxt.setAttribute(Jackson2Extensions.REPLY_DEPTH,
            p.getParsingContext().getNestingDepth());
      }
      S shape = definition.shape().cast(shapeReader != null ? shapeReader.deserialize(p, ctxt)
          : ctxt.readValue(p, definition.shape()));
      try {
        return definition.read().apply(shape);
      } catch (ShapeException e) {
        throw mismatch(p, e.path(), e.reason(), e);
      }
    }
  }

  /** A value that the format refuses: the message is the reason, the path names the value. */
  static final class ShapeMismatch extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    ShapeMismatch(JsonParser p, String reason, Throwable cause) {
      super(p, reason, cause);
    }
  }

  /**
   * An error at the parser's current token, with the path from there to the value that is wrong
   * ({@code relative}: property names and array indexes; empty for the current value itself).
   */
  static ShapeMismatch mismatch(JsonParser p, List<Object> relative, String reason,
      Throwable cause) {
    ShapeMismatch e = new ShapeMismatch(p, reason, cause);
    for (int i = relative.size() - 1; i >= 0; i--) {
      Object s = relative.get(i);
      e.prependPath(s instanceof Integer index ? new JsonMappingException.Reference(null, index)
          : new JsonMappingException.Reference(null, (String) s));
    }
    return e;
  }
}
