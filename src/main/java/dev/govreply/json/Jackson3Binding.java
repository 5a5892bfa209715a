package dev.govreply.json;

import dev.govreply.json.ShapeRules.Definition;
import dev.govreply.json.Shapes.Shape;
import dev.govreply.model.ExtensionValue;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DatabindException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

/**
 * The {@code govreply/1} format on Jackson 3 databind: the same {@link Shapes shapes} and
 * {@link ShapeRules rules} as {@link Jackson2Binding}, bound with Jackson 3's types. Jackson 3's
 * generators write surrogate pairs as 4-byte UTF-8 by default, so no generator is wrapped here.
 */
final class Jackson3Binding {

  private Jackson3Binding() {}

  /**
   * The private mapper that binds the shapes, configured as {@link ReplyJson}'s is (strict where
   * an embedder's mapper may be lenient), and untouched by any embedder's settings.
   */
  static JsonMapper mapper(ShapeRules rules, int maxDepth) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Definition<?, ?> d : rules.definitions()) {
      addShape(serializers, deserializers, d);
    }
    extensions(serializers, deserializers, rules.maxStringLength(), maxDepth);
    SimpleModule shapes = new SimpleModule("govreply-shapes");
    shapes.setSerializers(serializers);
    shapes.setDeserializers(deserializers);
    return JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
      JsonMapper mapper, ShapeRules rules, int maxDepth) {
    for (Definition<?, ?> d : rules.definitions()) {
      addDelegate(serializers, deserializers, d.model(), mapper);
    }
    extensions(serializers, deserializers, rules.maxStringLength(), maxDepth);
  }

  private static <M> void addDelegate(SimpleSerializers serializers,
      SimpleDeserializers deserializers, Class<M> model, JsonMapper mapper) {
    ObjectWriter writer = mapper.writerFor(model);
    ObjectReader reader = mapper.readerFor(model);
    serializers.addSerializer(model, new StdSerializer<M>(model) {
      @Override
      public void serialize(M value, JsonGenerator g, SerializationContext ctxt) {
        writer.writeValue(g, value);
      }

      /** Under a mapper's default typing: the type id and the value in an array. */
      @Override
      public void serializeWithType(M value, JsonGenerator g, SerializationContext ctxt,
          TypeSerializer typeSer) {
        WritableTypeId id = typeSer.writeTypePrefix(g, ctxt,
            typeSer.typeId(value, model, JsonToken.VALUE_EMBEDDED_OBJECT));
        serialize(value, g, ctxt);
        typeSer.writeTypeSuffix(g, ctxt, id);
      }
    });
    deserializers.addDeserializer(model, new StdDeserializer<M>(model) {
      @Override
      public M deserialize(JsonParser p, DeserializationContext ctxt) {
        return reader.readValue(p);
      }
    });
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
    serializers.addSerializer(kind, new Jackson3Extensions.Writer<>(kind));
    deserializers.addDeserializer(kind,
        new Jackson3Extensions.Reader<>(kind, maxStringLength, maxDepth));
  }

  /** Writes a model value as its shape. */
  private static final class ShapeWriter<M, S extends Shape> extends StdSerializer<M> {
    private final Definition<M, S> definition;
    private final ValueSerializer<Object> shapeWriter;

    ShapeWriter(Definition<M, S> definition, ValueSerializer<Object> shapeWriter) {
      super(definition.model());
      this.definition = definition;
      this.shapeWriter = shapeWriter;
    }

    /** Finds the shape's serializer once per mapper, not once per value. */
    @Override
    public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
      return new ShapeWriter<>(definition, ctxt.findValueSerializer(definition.shape()));
    }

    @Override
    public void serialize(M value, JsonGenerator g, SerializationContext ctxt) {
      ValueSerializer<Object> w = shapeWriter != null ? shapeWriter
          : ctxt.findValueSerializer(definition.shape());
      w.serialize(definition.write().apply(value), g, ctxt);
    }
  }

  /** Reads a model value from its shape. */
  private static final class ShapeReader<M, S extends Shape> extends StdDeserializer<M> {
    private final Definition<M, S> definition;
    private final ValueDeserializer<Object> shapeReader;

    ShapeReader(Definition<M, S> definition, ValueDeserializer<Object> shapeReader) {
      super(definition.model());
      this.definition = definition;
      this.shapeReader = shapeReader;
    }

    /** Finds the shape's deserializer once per mapper, not once per value. */
    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt,
        BeanProperty property) {
      return new ShapeReader<>(definition, ctxt.findContextualValueDeserializer(
          ctxt.constructType(definition.shape()), property));
    }

    @Override
    public M deserialize(JsonParser p, DeserializationContext ctxt) {
      if (ctxt.getAttribute(Jackson3Extensions.REPLY_DEPTH) == null) {
        // the outermost value read: extension depths count from here
        ctxt.setAttribute(Jackson3Extensions.REPLY_DEPTH,
            p.streamReadContext().getNestingDepth());
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

  /** A value that the format refuses; its message is the reason, its path names the value. */
  static final class ShapeMismatch extends DatabindException {
    private static final long serialVersionUID = 1L;

    ShapeMismatch(JsonParser p, String reason, Throwable cause) {
      super(p, reason, p.currentTokenLocation(), cause);
    }
  }

  /**
   * An error at the parser's current token, with the path from there to the value that is wrong
   * ({@code relative}: property names and array indexes; empty for the current value itself).
   */
  static JacksonException mismatch(JsonParser p, List<Object> relative, String reason,
      Throwable cause) {
    ShapeMismatch e = new ShapeMismatch(p, reason, cause);
    for (int i = relative.size() - 1; i >= 0; i--) {
      Object s = relative.get(i);
      if (s instanceof Integer index) {
        e.prependPath(null, index);
      } else {
        e.prependPath(null, (String) s);
      }
    }
    return e;
  }
}
