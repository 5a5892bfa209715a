package dev.govreply.legacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.findings.Finding;
import dev.govreply.json.ExtensionNodes;
import dev.govreply.model.ExtensionValue;
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
 * field that failed with its column, value and reason, and keeping the record's values and, for a
 * record of a text input, its raw text with its line and byte offset, so that nothing is lost and
 * a person can find and fix it.
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

  /**
   * Which record this is.
   *
   * @return the number of the record in its source, from 1 (for a CSV file the header is not
   *     counted: the first data row is record 1)
   */
  long recordNumber();

  /**
   * Whether the record was mapped.
   *
   * @return true for {@link Accepted}, false for {@link Rejected}
   */
  boolean isAccepted();

  /**
   * The reply the record was mapped to.
   *
   * @return the reply of an accepted record; empty for a rejected one
   */
  Optional<Reply> reply();

  /**
   * What was found while mapping.
   *
   * @return for an accepted record, the mapping's findings ({@code GR-TXT-001}, {@code GR-LEG-001}
   *     …; graded by the profile when the mapper checks conformance, then with the conformance
   *     findings); for a rejected one, the findings of the fields that could be read; in the
   *     order found
   */
  List<Finding> findings();

  /**
   * Why the record was rejected.
   *
   * @return every field that failed, for a rejected record (at least one); empty for an accepted
   *     one
   */
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
    /**
     * Checks for nulls.
     *
     * @param field the model path of the field, e.g. {@code date}, {@code contacts[1].phone},
     *     {@code motion.number}, or {@code record} for the record as a whole
     * @param column the column the value came from (several joined with {@code +}); empty for a
     *     constant or the record as a whole
     * @param value the value as found (trimmed text, or a template's text as written); empty when
     *     the value was missing
     * @param reason what is wrong, in English, e.g. {@code required, but column 答复日期 is empty}
     * @throws NullPointerException when an argument is null
     */
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
    /**
     * Checks for nulls and copies the findings.
     *
     * @param recordNumber the record's number in its source, from 1
     * @param document the reply
     * @param findings the findings (see {@link MappingResult#findings()}); copied
     * @param conformance the conformance report, when the mapper checks under a profile; its
     *     findings are then {@code findings}
     * @throws NullPointerException when an argument or a finding is null
     */
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
   * @param text where the record stood in a text input and its raw text, for a record of one
   *     (CSV, JSON Lines)
   * @param values the record's values as JSON (text, numbers, …), in record order; empty cells
   *     and values not read (over the limits) left out
   * @param errors every field that failed, at least one; problems of the record itself (it could
   *     not be read) first, as field {@code record}
   * @param findings warnings of the fields that could be read
   */
  record Rejected(long recordNumber, Optional<RecordText> text, Map<String, ExtensionValue> values,
      List<FieldError> errors, List<Finding> findings) implements MappingResult {

    /**
     * Checks for nulls, copies the lists and the values.
     *
     * @param recordNumber the record's number in its source, from 1
     * @param text where the record stood in a text input and its raw text; empty for a record
     *     from code or JDBC
     * @param values the record's values as JSON, by column, in record order; copied
     * @param errors every field that failed, at least one, the record's own problems first
     * @param findings the findings of the fields that could be read; copied
     * @throws IllegalArgumentException when {@code errors} is empty
     * @throws NullPointerException when an argument, a key, a value or an element is null
     */
    public Rejected {
      Objects.requireNonNull(text, "text");
      Map<String, ExtensionValue> copy = new LinkedHashMap<>();
      values.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
      values = Collections.unmodifiableMap(copy);
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("a rejection names at least one field");
      }
      findings = List.copyOf(findings);
    }

    /**
     * Where the record starts.
     *
     * @return the 1-based line of the source where the record starts, for a record of a text
     *     input; empty for others
     */
    public OptionalLong line() {
      return text.isPresent() ? OptionalLong.of(text.get().line()) : OptionalLong.empty();
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
     * The rejection as one line of JSON (no line end), deterministic — the same rejection always
     * gives the same characters:
     *
     * <pre>
     * {"record":7,"line":9,"lines":1,"offset":1834,"fields":{"文号":"…",…},
     *  "raw":"7,平交复函〔2021〕25号,…","rawLength":312,"rawTruncated":false,
     *  "reasons":[{"field":"date","column":"答复日期","value":"2021-13-01","reason":"…"}]}
     * </pre>
     *
     * <ul>
     *   <li>{@code record}: the record's number in its source, from 1;
     *   <li>{@code line}, {@code lines}, {@code offset}: for a record of a text input, the line
     *       where it starts (from 1), how many physical lines it covers, and the byte offset in
     *       the input where it starts;
     *   <li>{@code fields}: the values read, by column, in record order (empty cells and values
     *       over the limits left out);
     *   <li>{@code raw}: for a record of a text input, its raw text without the line end that
     *       closes it (undecodable bytes as {@code \xHH}), at most
     *       {@value RecordSource#MAX_RAW_CHARS} characters; {@code rawLength} is the length of the
     *       whole raw text in characters, {@code rawTruncated} whether {@code raw} was cut;
     *   <li>{@code reasons}: every field that failed, in order, with the column and the value as
     *       found when known.
     * </ul>
     *
     * @return the JSON text, one line
     */
    public String toJsonLine() {
      JsonNodeFactory f = JsonNodeFactory.instance;
      ObjectNode o = f.objectNode();
      o.put("record", recordNumber);
      text.ifPresent(t -> o.put("line", t.line()).put("lines", t.lines()).put("offset", t.offset()));
      ObjectNode fields = o.putObject("fields");
      values.forEach((k, v) -> fields.set(k, ExtensionNodes.toNode(v)));
      text.ifPresent(t -> o.put("raw", t.text()).put("rawLength", t.length())
          .put("rawTruncated", t.truncated()));
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
