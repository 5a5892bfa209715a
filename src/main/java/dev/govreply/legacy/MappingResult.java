package dev.govreply.legacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.Finding;
import dev.govreply.model.Reply;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The outcome of mapping one legacy record ({@link RecordMapper}): either {@link Accepted} — the
 * reply with its findings (warnings per field such as a padded document number, and the
 * conformance report when the mapper checks under a profile) — or {@link Rejected}, listing every
 * field that failed with its column, value and reason, and keeping the record's values so that
 * nothing is lost.
 *
 * <pre>{@code
 * MappingResult r = mapper.map(row, 7);
 * if (r.isAccepted()) {
 *   store(r.reply().orElseThrow());
 * } else {
 *   r.rejection().forEach(e -> log(e.field() + ": " + e.reason()));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
public sealed interface MappingResult permits MappingResult.Accepted, MappingResult.Rejected {

  /** The number of the record in its source, from 1. */
  long recordNumber();

  /** True for {@link Accepted}. */
  boolean isAccepted();

  /** The reply, for an accepted record. */
  Optional<Reply> reply();

  /**
   * The findings: for an accepted record, the mapping's warnings (graded by the profile when the
   * mapper checks conformance, then with the conformance findings); for a rejected one, the
   * warnings of the fields that could be read.
   */
  List<Finding> findings();

  /** Every field that failed, for a rejected record; empty for an accepted one. */
  List<FieldError> rejection();

  /**
   * A field that failed: the model field ({@code documentNumber}, {@code contacts[1].phone}, or
   * {@code record} for a record that could not be read at all), the source column if any, the
   * value as found if any, and the reason in English.
   *
   * @param field the model path of the field
   * @param column the column(s) the value came from, if any
   * @param value the value as found, if any
   * @param reason what is wrong
   */
  record FieldError(String field, Optional<String> column, Optional<String> value, String reason) {
    /** Checks for nulls. */
    public FieldError {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(reason, "reason");
    }

    /** One line: {@code documentNumber (文号 = "平政字2024"): reason}. */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(field);
      if (column.isPresent() || value.isPresent()) {
        sb.append(" (").append(column.orElse("?"));
        value.ifPresent(v -> sb.append(" = \"").append(v).append('"'));
        sb.append(')');
      }
      return sb.append(": ").append(reason).toString();
    }
  }

  /**
   * A record mapped to a reply.
   *
   * @param recordNumber the record's number in its source
   * @param document the reply ({@link #reply()} gives it as an {@code Optional})
   * @param findings the findings (see {@link MappingResult#findings()})
   * @param conformance the conformance report, when the mapper checks under a profile
   */
  record Accepted(long recordNumber, Reply document, List<Finding> findings,
      Optional<ConformanceReport> conformance) implements MappingResult {
    /** Checks for nulls and copies the findings. */
    public Accepted {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(conformance, "conformance");
      findings = List.copyOf(findings);
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public Optional<Reply> reply() {
      return Optional.of(document);
    }

    @Override
    public List<FieldError> rejection() {
      return List.of();
    }
  }

  /**
   * A record that could not be mapped.
   *
   * @param recordNumber the record's number in its source
   * @param line the line of the source where the record starts, when the source has lines
   * @param values the record's values as JSON (text, numbers, …), in record order; empty cells
   *     left out
   * @param raw the record's raw text, when it could not be split into values (a malformed JSON
   *     line)
   * @param errors every field that failed, at least one
   * @param findings warnings of the fields that could be read
   */
  record Rejected(long recordNumber, OptionalLong line, Map<String, JsonNode> values,
      Optional<String> raw, List<FieldError> errors, List<Finding> findings)
      implements MappingResult {

    /** Checks for nulls, copies the lists and the values (deeply). */
    public Rejected {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(raw, "raw");
      Map<String, JsonNode> copy = new LinkedHashMap<>();
      values.forEach((k, v) -> copy.put(Objects.requireNonNull(k), v.deepCopy()));
      values = Collections.unmodifiableMap(copy);
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("a rejection names at least one field");
      }
      findings = List.copyOf(findings);
    }

    /** The values, as copies: changing them does not change this result. */
    @Override
    public Map<String, JsonNode> values() {
      Map<String, JsonNode> copy = new LinkedHashMap<>();
      values.forEach((k, v) -> copy.put(k, v.deepCopy()));
      return Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public Optional<Reply> reply() {
      return Optional.empty();
    }

    @Override
    public List<FieldError> rejection() {
      return errors;
    }

    /**
     * The rejection as one line of JSON (no line end), deterministic:
     * {@code {"record":7,"line":9,"fields":{"文号":"…",…},"reasons":[{"field":"date",
     * "column":"答复日期","value":"2021-13-01","reason":"…"}]}}, with {@code "raw"} for a record
     * that could not be split into values.
     */
    public String toJsonLine() {
      JsonNodeFactory f = JsonNodeFactory.instance;
      ObjectNode o = f.objectNode();
      o.put("record", recordNumber);
      line.ifPresent(l -> o.put("line", l));
      ObjectNode fields = o.putObject("fields");
      values.forEach(fields::set);
      raw.ifPresent(r -> o.put("raw", r));
      ArrayNode reasons = o.putArray("reasons");
      for (FieldError e : errors) {
        ObjectNode r = reasons.addObject();
        r.put("field", e.field());
        e.column().ifPresent(c -> r.put("column", c));
        e.value().ifPresent(v -> r.put("value", v));
        r.put("reason", e.reason());
      }
      try {
        return WRITER.writeValueAsString(o);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static final ObjectMapper WRITER = new ObjectMapper();
  }
}
