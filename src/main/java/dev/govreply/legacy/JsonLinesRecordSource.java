package dev.govreply.legacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** JSON Lines records: one JSON object per non-blank line. */
final class JsonLinesRecordSource extends ReadAheadRecordSource {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private final InputStream raw;
  private BufferedReader reader;
  private long number;
  private long line;

  JsonLinesRecordSource(InputStream in, Charset given) {
    this.raw = in;
    try {
      Charsets.Opened opened = Charsets.open(in, given, StandardCharsets.UTF_8);
      reader = new BufferedReader(opened.reader(), 64 * 1024);
    } catch (IOException | RuntimeException e) {
      end(describe(e));
    }
  }

  @Override
  Record read() {
    String text;
    try {
      do {
        text = reader.readLine();
        line++;
        if (text == null) {
          end();
          return null;
        }
        if (line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
      } while (Converters.strip(text).isEmpty());
    } catch (IOException | RuntimeException e) {
      number++;
      String failure = "cannot read line " + line + ": " + describe(e);
      end(failure);
      return rejected(number, OptionalLong.of(line), failure, Optional.empty());
    }
    number++;
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException | RuntimeException e) {
      String m = e instanceof JsonProcessingException
          ? ((JsonProcessingException) e).getOriginalMessage() : describe(e);
      return rejected(number, OptionalLong.of(line),
          "malformed JSON line: " + describe(new Exception(m)), Optional.of(text));
    }
    if (node == null || !node.isObject()) {
      return rejected(number, OptionalLong.of(line), "malformed JSON line: not an object",
          Optional.of(text));
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
    return new Record(number, OptionalLong.of(line), values, Optional.empty(), Optional.empty());
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      raw.close();
    } catch (IOException e) {
      // closing a read-only input: nothing to report
    }
  }
}
