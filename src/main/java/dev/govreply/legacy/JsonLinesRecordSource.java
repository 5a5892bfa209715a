package dev.govreply.legacy;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 * text is the line without its line end.
 */
final class JsonLinesRecordSource extends TextRecordSource {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
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
    return null;
  }

  /** The values of a line's JSON object; a line that is not one adds a problem. */
  private static Map<String, Object> values(String line, List<FieldError> problems) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException | RuntimeException e) {
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

  private static FieldError problem(String reason) {
    return new FieldError("record", Optional.empty(), Optional.empty(), reason);
  }
}
