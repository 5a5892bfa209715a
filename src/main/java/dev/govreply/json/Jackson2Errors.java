package dev.govreply.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.govreply.model.ExtensionValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@link ReplyJson}'s reading errors on Jackson 2: whatever failed (the parser, a limit, databind,
 * the format's rules) becomes one {@link ReplyJsonException} naming the JSON Pointer of the value,
 * its line and column (found again in the document, so that the place is the value's own, not
 * where the parser stopped) and the reason in the format's words.
 */
final class Jackson2Errors {

  private final JsonFactory factory;
  private final ReplyJson limits;
  private final int maxNumberLength;

  Jackson2Errors(JsonFactory factory, ReplyJson limits, int maxNumberLength) {
    this.factory = factory;
    this.limits = limits;
    this.maxNumberLength = maxNumberLength;
  }

  /** An error at the parser's current place. */
  static ReplyJsonException at(JsonParser p, JsonLocation at, String reason) {
    return new ReplyJsonException(p.getParsingContext().pathAsPointer().toString(), line(at),
        column(at), reason, null);
  }

  /**
   * The error of a failed read.
   *
   * @param e what failed
   * @param p the parser that read the document
   * @param source the document ({@code byte[]} or {@code String}), to find the value again
   */
  ReplyJsonException reading(Throwable e, JsonParser p, Object source) {
    if (e instanceof JsonMappingException m && !(e.getCause() instanceof IOException
        && !(e.getCause() instanceof JsonMappingException))) {
      return mapping(m, source);
    }
    Throwable cause = e instanceof JsonMappingException && e.getCause() != null ? e.getCause() : e;
    JsonLocation at = null;
    String reason;
    if (cause instanceof StreamConstraintsException c) {
      reason = limitReason(c);
      at = c.getLocation();
    } else if (cause instanceof JsonProcessingException j
        && String.valueOf(j.getOriginalMessage()).startsWith("Duplicate")) {
      // the parser stops after the name; the place is the repeated name's
      reason = "duplicate property " + JsonText.quote(name(p));
      Found second = find(source, p.getParsingContext().pathAsPointer().toString(), true, 2);
      at = second != null ? second.at : j.getLocation();
    } else if (cause instanceof JsonProcessingException j) {
      reason = "malformed JSON: " + j.getOriginalMessage();
      at = j.getLocation();
    } else if (cause instanceof java.io.CharConversionException) {
      reason = "invalid UTF-8: " + cause.getMessage();
    } else {
      reason = "cannot read the document: " + cause;
    }
    if (at == null || at.getLineNr() < 1) {
      try {
        at = p.currentLocation();
      } catch (RuntimeException ignored) {
        at = null;
      }
    }
    String pointer;
    try {
      pointer = p.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException ignored) {
      pointer = "";
    }
    return new ReplyJsonException(pointer, line(at), column(at), reason, e);
  }

  /** An error of databind or of the format's rules, with the path to the value. */
  private ReplyJsonException mapping(JsonMappingException e, Object source) {
    List<Object> path = new ArrayList<>();
    for (JsonMappingException.Reference r : e.getPath()) {
      path.add(r.getFieldName() != null ? r.getFieldName() : (Object) r.getIndex());
    }
    String pointer = JsonText.pointer(path);
    ShapeException rule = null;
    for (Throwable c = e; c != null && rule == null; c = c.getCause()) {
      rule = c instanceof ShapeException s ? s : null;
    }
    boolean atName = rule != null && rule.atName();
    Found found = find(source, pointer, atName, 1);
    JsonLocation at = found != null ? found.at : e.getLocation();
    String reason;
    if (rule != null) {
      reason = rule.reason();
    } else if (e instanceof MismatchedInputException mi && found != null) {
      reason = "expected " + expected(mi.getTargetType()) + ", found "
          + JsonText.describe(found.token.name());
    } else {
      reason = String.valueOf(e.getOriginalMessage());
    }
    return new ReplyJsonException(pointer, line(at), column(at), reason, e);
  }

  /** What a value of a type is, in words. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == String.class || type == ExtensionValue.JsonString.class) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(type) || type == ExtensionValue.JsonArray.class) {
      return "an array";
    }
    if (type == Boolean.class || type == boolean.class
        || type == ExtensionValue.JsonBoolean.class) {
      return "a boolean";
    }
    if (type == ExtensionValue.JsonNumber.class) {
      return "a number";
    }
    if (Number.class.isAssignableFrom(type)) {
      return "a positive integer"; // ordinals and counts, the format's only numbers
    }
    return "an object";
  }

  private record Found(JsonLocation at, JsonToken token) {}

  /**
   * The place of the value at {@code pointer} (or of its property name) in the document, at its
   * {@code occurrence}-th appearance (2 for a repeated property); null when it cannot be found.
   */
  private Found find(Object source, String pointer, boolean atName, int occurrence) {
    if (source == null) {
      return null;
    }
    try (JsonParser q = source instanceof byte[] b ? factory.createParser(b)
        : factory.createParser((String) source)) {
      q.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      int seen = 0;
      JsonToken t;
      while ((t = q.nextToken()) != null) {
        boolean candidate = atName ? t == JsonToken.FIELD_NAME
            : t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY;
        if (candidate && pointer.equals(q.getParsingContext().pathAsPointer().toString())
            && ++seen == occurrence) {
          return new Found(q.currentTokenLocation(), t);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the document breaks before the value: its place is unknown
    }
    return null;
  }

  private static String name(JsonParser p) {
    try {
      return p.currentName();
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private String limitReason(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("String value length")) {
      return "a string is longer than maxStringLength (" + limits.maxStringLength() + " chars)";
    }
    if (m.startsWith("Name length")) {
      return "a property name is longer than maxStringLength (" + limits.maxStringLength()
          + " chars)";
    }
    if (m.contains("nesting depth")) {
      return "nesting deeper than maxDepth (" + limits.maxDepth() + ")";
    }
    if (m.startsWith("Document length")) {
      return "the document is larger than maxDocumentBytes (" + limits.maxDocumentBytes() + ")";
    }
    if (m.startsWith("Number value length")) {
      return "a number is longer than " + maxNumberLength + " digits";
    }
    return "a limit is exceeded: " + m;
  }

  static long line(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
  }

  static long column(JsonLocation at) {
    return at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
  }
}
