package dev.govreply.legacy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.govreply.legacy.MappingResult.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON Lines records: each physical line that is not blank is a record, a JSON object; its raw
 * text is the line without its line end. A key repeated in the object (or in an object in it) is
 * a record problem naming the key, never a value silently replaced. An input without a record
 * (empty, or only blank lines) ends the source with a failure, as an empty CSV does.
 */
final class JsonLinesRecordSource extends TextRecordSource {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** The line being read, up to the longest record read into values. */
  private final CappedText text = new CappedText(RecordSource.MAX_RECORD_CHARS);

  JsonLinesRecordSource(InputStream in, Charset given) {
    super(in, given, StandardCharsets.UTF_8);
  }

  @Override
  Record read() throws IOException {
    TextInput in = input();
    while (in.nextLine()) {
      text.clear();
      while (in.more()) {
        text.append(in.chars(), in.position(), in.limit());
      }
      text.dropLast(in.lineEndChars());
      String problem = in.decodingProblem();
      if (problem == null && text.blank()) {
        blankLine();
        continue;
      }
      String raw = text.toString(RecordSource.MAX_RAW_CHARS);
      RecordText at = new RecordText(in.line(), 1, in.lineOffset(), raw, text.length());
      List<FieldError> problems = new ArrayList<>(0);
      if (problem != null) {
        problems.add(problem(problem + "; shown as \\xHH in the raw text"));
      } else if (text.over()) {
        problems.add(Limits.lineTooLong(text.length()));
      }
      if (!problems.isEmpty()) {
        return record(at, Map.of(), problems);
      }
      return record(at, values(text.toString(), problems), problems);
    }
    if (!anyRecord()) { // as the command line refuses an empty file, so is an empty input here
      boolean blank = lines().orElseThrow().blank() > 0;
      stop(blank ? "the input holds no record: every line is blank"
          : "the input is empty: it holds no record");
    }
    return null;
  }

  /** The values of a line's JSON object; a line that is not one adds a problem. */
  private static Map<String, Object> values(String line, List<FieldError> problems) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException | RuntimeException e) {
      FieldError repeated = repeatedKey(e);
      if (repeated != null) {
        problems.add(repeated);
        return Map.of();
      }
      String m = e instanceof JsonProcessingException
          ? ((JsonProcessingException) e).getOriginalMessage() : describe(e);
      problems.add(problem("malformed JSON line: " + describe(new Exception(m))));
      return Map.of();
    }
    if (node == null || !node.isObject()) {
      problems.add(problem("malformed JSON line: not an object"));
      return Map.of();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      Object value;
      if (v.isNull()) {
        value = null;
      } else if (v.isTextual()) {
        value = v.textValue();
      } else if (v.isNumber()) {
        value = v.numberValue();
      } else if (v.isBoolean()) {
        value = v.booleanValue();
      } else {
        value = v;
      }
      values.put(e.getKey(), value);
    }
    return Limits.kept(values, problems);
  }

  /**
   * The problem of a key the line's object, or an object in it, repeats — whose value would
   * otherwise silently replace the first — naming the key, the column (the record's key it is
   * under) and the character where it is repeated; null for another error.
   */
  private static FieldError repeatedKey(Exception e) {
    if (!(e instanceof JsonParseException p && p.getProcessor() != null
        && String.valueOf(p.getOriginalMessage()).startsWith("Duplicate field"))) {
      return null;
    }
    JsonStreamContext at = p.getProcessor().getParsingContext();
    String key = at.getCurrentName();
    String pointer = at.pathAsPointer().toString();
    boolean inRecord = at.getParent() == null || at.getParent().inRoot();
    // under another key of the record: the first step of the pointer, unescaped
    String column = inRecord ? key
        : pointer.split("/", 3)[1].replace("~1", "/").replace("~0", "~");
    String where = inRecord ? ""
        : " in the object at " + pointer.substring(0, pointer.lastIndexOf('/'));
    // where the parser was: just after the repeated key (and its colon)
    long character = p.getLocation() == null ? -1 : p.getLocation().getColumnNr();
    return new FieldError("record", Optional.of(column), Optional.empty(), "malformed JSON line:"
        + " the key " + key + " is repeated" + where
        + (character > 0 ? " (near character " + character + ")" : "")
        + "; a key may be given once, so which value is meant is not known");
  }

  private static FieldError problem(String reason) {
    return new FieldError("record", Optional.empty(), Optional.empty(), reason);
  }
}
