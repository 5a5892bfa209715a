package dev.govreply.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.govreply.model.ExtensionValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

/**
 * {@link ExtensionValue}s on Jackson 2: written token by token (numbers as their canonical text,
 * whatever the generator's features say of BigDecimals) and read from the tokens with every digit
 * of a number, refusing duplicate property names, strings longer than the limit and nesting deeper
 * than it, whatever the mapper's own settings.
 */
final class Jackson2Extensions {

  /**
   * The per-call attribute naming the nesting depth at which the reply (or other model value)
   * being read starts in its document, set by the first shape read, so that an extension value's
   * depth is counted from the reply (depth 1) wherever a user's mapper holds it. Absent when an
   * extension value is read on its own.
   */
  static final Object REPLY_DEPTH = new Object();

  private Jackson2Extensions() {}

  /** Writes extension values. */
  static final class Writer<T extends ExtensionValue> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    Writer(Class<T> kind) {
      super(kind);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, T value) {
      return value instanceof ExtensionValue.JsonObject o && o.members().isEmpty();
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write(g, value, provider);
    }

    private static void write(JsonGenerator g, ExtensionValue v, SerializerProvider provider)
        throws IOException {
      if (v instanceof ExtensionValue.JsonObject o) {
        g.writeStartObject();
        for (Map.Entry<String, ExtensionValue> e : o.members().entrySet()) {
          String unwritable = JsonText.unwritableName(e.getKey());
          if (unwritable != null) {
            throw JsonMappingException.from(provider, unwritable);
          }
          g.writeFieldName(e.getKey());
          write(g, e.getValue(), provider);
        }
        g.writeEndObject();
      } else if (v instanceof ExtensionValue.JsonArray a) {
        g.writeStartArray();
        for (ExtensionValue e : a.elements()) {
          write(g, e, provider);
        }
        g.writeEndArray();
      } else if (v instanceof ExtensionValue.JsonString t) {
        g.writeString(t.value());
      } else if (v instanceof ExtensionValue.JsonNumber n) {
        if (!JsonText.readsBack(n.value())) {
          throw JsonMappingException.from(provider, "extension value at "
              + g.getOutputContext().pathAsPointer() + ": the number " + n
              + " has an exponent a reader cannot hold");
        }
        if (!(g instanceof TokenBuffer)) {
          g.writeNumber(n.value().toString()); // the canonical text, whatever the features say
        } else if (n.value().scale() == 0) {
          g.writeNumber(n.value().unscaledValue()); // a token buffer keeps the value's type
        } else {
          g.writeNumber(n.value());
        }
      } else if (v instanceof ExtensionValue.JsonBoolean bool) {
        g.writeBoolean(bool.value());
      } else {
        g.writeNull();
      }
    }
  }

  /** Reads an extension value of any kind, or of one kind. */
  static final class Reader<T extends ExtensionValue> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final int maxStringLength;
    private final int maxDepth;

    Reader(Class<T> kind, int maxStringLength, int maxDepth) {
      super(kind);
      this.maxStringLength = maxStringLength;
      this.maxDepth = maxDepth;
    }

    @Override
    public T getNullValue(DeserializationContext ctxt) {
      ExtensionValue nullValue = ExtensionValue.nullValue();
      return handledType().isInstance(nullValue) ? kind().cast(nullValue) : null;
    }

    @SuppressWarnings("unchecked")
    private Class<T> kind() {
      return (Class<T>) handledType();
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Start start = new Start(p.getParsingContext(),
          p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY);
      Object replyDepth = ctxt.getAttribute(REPLY_DEPTH);
      // the depth of the document's root, which counts as depth 1
      int root = replyDepth instanceof Integer d ? d
          : p.getParsingContext().getNestingDepth() - (start.container() ? 1 : 0);
      ExtensionValue v = node(p, start, root);
      if (!kind().isInstance(v)) {
        throw Jackson2Binding.mismatch(p, List.of(),
            "expected " + JsonText.kind(kind()) + ", found "
            + JsonText.kind(v.getClass()), null);
      }
      return kind().cast(v);
    }

    /** Reads any JSON value; the parser is at the value's first token. */
    private ExtensionValue node(JsonParser p, Start start, int root) throws IOException {
      JsonToken t = p.currentToken();
      switch (t) {
        case START_OBJECT: {
          depth(p, start, root);
          Map<String, ExtensionValue> members = new LinkedHashMap<>();
          while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            length(p, start, key);
            if (members.containsKey(key)) {
              throw error(p, start, "duplicate property " + JsonText.quote(key));
            }
            p.nextToken();
            members.put(key, node(p, start, root));
          }
          return ExtensionValue.object(members);
        }
        case START_ARRAY: {
          depth(p, start, root);
          List<ExtensionValue> elements = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            elements.add(node(p, start, root));
          }
          return ExtensionValue.array(elements);
        }
        case VALUE_STRING: {
          String s = p.getText();
          length(p, start, s);
          return ExtensionValue.of(s);
        }
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT: {
          BigDecimal n;
          try {
            n = p.getDecimalValue();
          } catch (NumberFormatException | ArithmeticException e) {
            throw error(p, start, "the number " + p.getText() + " cannot be held: "
                + e.getMessage());
          }
          if (!JsonText.readsBack(n)) {
            throw error(p, start, "the number " + n + " has an exponent a reader cannot hold");
          }
          return ExtensionValue.of(n);
        }
        case VALUE_TRUE:
          return ExtensionValue.of(true);
        case VALUE_FALSE:
          return ExtensionValue.of(false);
        case VALUE_NULL:
          return ExtensionValue.nullValue();
        default:
          throw error(p, start, "unexpected " + JsonText.describe(t.name()));
      }
    }

    private void depth(JsonParser p, Start start, int root) throws JsonMappingException {
      if (p.getParsingContext().getNestingDepth() - root + 1 > maxDepth) {
        throw error(p, start, "nesting deeper than maxDepth (" + maxDepth + ")");
      }
    }

    private void length(JsonParser p, Start start, String s) throws JsonMappingException {
      if (s.length() > maxStringLength) {
        throw error(p, start, "string of " + s.length() + " chars is longer than "
            + "maxStringLength (" + maxStringLength + ")");
      }
    }

    /** An error at the parser's place, its path relative to where the value started. */
    private static JsonMappingException error(JsonParser p, Start start, String reason) {
      return Jackson2Binding.mismatch(p, start.pathTo(p.getParsingContext()), reason, null);
    }
  }

  /**
   * Where an extension value started: the parser's context at its first token, and whether that
   * token opened an object or array (whose own context it then is).
   */
  private record Start(JsonStreamContext context, boolean container) {

    /** The path from the value to the parser's place: property names and array indexes. */
    List<Object> pathTo(JsonStreamContext here) {
      LinkedList<Object> path = new LinkedList<>();
      if (!container) {
        return path;
      }
      for (JsonStreamContext c = here; c != null; c = c.getParent()) {
        if (c.inObject() && c.getCurrentName() != null) {
          path.addFirst(c.getCurrentName());
        } else if (c.inArray() && c.hasCurrentIndex()) {
          path.addFirst(c.getCurrentIndex());
        }
        if (c == context) {
          break;
        }
      }
      return path;
    }
  }
}
