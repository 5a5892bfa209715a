package dev.govreply.legacy;

import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.json.ReplyJson;
import dev.govreply.legacy.MappingResult.FieldError;
import dev.govreply.legacy.RecordMapping.ContactColumns;
import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.Addressee;
import dev.govreply.model.Session;
import dev.govreply.text.ReplyTextReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps legacy records to replies by a {@link RecordMapping}: {@link #map(Map, long)} gives a
 * {@link MappingResult} — the reply with its findings, or a rejection that lists every failing
 * field with its column, value and reason (not only the first). Columns the mapping does not read
 * or ignore go to the reply's {@code extensions}: text as JSON strings (a CSV cell is never
 * guessed to be a number), numbers and booleans as such; empty cells carry no data and are left
 * out.
 *
 * <pre>{@code
 * RecordMapper mapper = RecordMapper.builder(RecordMapping.fromJson(Path.of("mapping.json")))
 *     .checker(ReplyChecker.of(Profiles.builtIn("lenient")))     // optional conformance
 *     .build();                                                  // build once, share
 * MappingResult r = mapper.map(Map.of("文号", "平交复函[2017]19号", "答复日期", "44383"), 1);
 * r.findings();  // GR-TXT-001 (graded as GR-NUM-001), GR-LEG-001 …
 * }</pre>
 *
 * <p>Field warnings: a document number in other brackets than 〔〕 ({@code GR-TXT-001}) or with a
 * padded serial or 第 ({@code GR-TXT-002}) — the rule IDs of the text reader, since a ledger cell
 * is a printed form, so conformance grades them alike (as GR-NUM-001 / GR-NUM-002); and the
 * mapper's own rules {@link #SERIAL_DATE GR-LEG-001} (a spreadsheet serial date),
 * {@link #KEPT GR-LEG-002} (a value that could not be converted, kept in {@code extensions} by
 * {@code "onError": "keep"}), {@link #BODY_EXTRA GR-LEG-003} (a body column that also held
 * other parts of a reply; its full text is kept in {@code extensions}) and
 * {@link #TEMPLATE_TEXT GR-LEG-004} (a template value that held the template's own text around
 * its placeholder, such as 第0156号 in 第{建议号}号, written once). The body's findings from
 * the text reader are passed on. With a {@linkplain Builder#checker(ReplyChecker) checker}, the
 * findings are those of the {@link ConformanceReport}, in which the field warnings are graded
 * under the profile.
 *
 * <p>A mapper {@linkplain Builder#writableBy(ReplyJson) writing for JSON} accepts a reply only
 * when that {@link ReplyJson} can write it as a document it reads back: a record whose reply it
 * cannot write (an extension nested deeper than its depth, a reply larger than its documents) is
 * rejected naming the field where the writer stopped ({@code extensions} with the key as its
 * column). {@code govreply import} writes so; a mapper without it pays nothing for the check.
 *
 * <p>No input makes {@code map} throw: a malformed value is a rejection, never an exception.
 * Thread-safe: build one and share it between threads. What every record needs of the mapping
 * (templates parsed, defaults trimmed) is worked out once, when the mapper is built; a record is
 * then mapped by a {@link ReplyFromRecord}. The sessions and addressees of the texts a ledger
 * repeats are read once per text ({@link RepeatedCells}). A mapper gives the same result for a record whenever
 * and on whichever thread it maps it.
 */
public final class RecordMapper {

  /** INFO: the date was a spreadsheet serial date (days since 1899-12-30). */
  public static final String SERIAL_DATE = "GR-LEG-001";

  /**
   * WARNING: a value could not be converted; kept in {@code extensions} under its column
   * ({@code "onError": "keep"}).
   */
  public static final String KEPT = "GR-LEG-002";

  /** WARNING: the body column also held other parts of a reply; its text is kept in extensions. */
  public static final String BODY_EXTRA = "GR-LEG-003";

  /**
   * INFO: a template's value held the template's own text around its placeholder (the cell
   * {@code 第0156号} in {@code 第{建议号}号建议的答复}); it was written once. The finding's arguments
   * are the column, the value, and the text it repeated before and after the placeholder (each
   * possibly empty). See the mapping format in {@link RecordMapping}.
   */
  public static final String TEMPLATE_TEXT = "GR-LEG-004";

  private final RecordMapping mapping;
  private final ReplyChecker checker;
  private final ReplyTextReader reader;
  /** What every accepted reply must be writable by, or null. */
  final ReplyJson writableBy;
  /** The mapped fields in {@link Target} order, each with its source prepared. */
  final List<PreparedSource.Field> fields;
  /** The contacts, in mapping order, with their sources prepared. */
  final List<PreparedSource.Contact> contacts;
  /** The sessions of the session column's texts, read once per distinct text. */
  final RepeatedCells<Session> sessions = new RepeatedCells<>(Session::parse);
  /** The addressees of the addressee column's texts, read once per distinct text. */
  final RepeatedCells<Addressee> addressees;

  private RecordMapper(RecordMapping mapping, ReplyChecker checker, ReplyTextReader reader,
      ReplyJson writableBy) {
    this.mapping = mapping;
    this.checker = checker;
    this.reader = reader;
    this.writableBy = writableBy;
    List<PreparedSource.Field> f = new ArrayList<>();
    mapping.fields().forEach((target, source) -> f.add(PreparedSource.Field.of(target, source)));
    this.fields = List.copyOf(f);
    List<PreparedSource.Contact> c = new ArrayList<>();
    for (ContactColumns spec : mapping.contacts()) {
      c.add(PreparedSource.Contact.of(c.size(), spec));
    }
    this.contacts = List.copyOf(c);
    FieldSource addressee = mapping.fields().get(Target.ADDRESSEE);
    this.addressees = new RepeatedCells<>(t -> NameCells.addressee(t,
        addressee == null ? Optional.empty() : addressee.role()));
  }

  /**
   * A mapper without conformance checking, reading body columns with the standard text reader.
   *
   * @param mapping the mapping
   * @return the mapper; build it once and share it
   * @throws NullPointerException when {@code mapping} is null
   */
  public static RecordMapper of(RecordMapping mapping) {
    return builder(mapping).build();
  }

  /**
   * A builder, to add a conformance checker or another text reader.
   *
   * @param mapping the mapping
   * @return a new builder
   * @throws NullPointerException when {@code mapping} is null
   */
  public static Builder builder(RecordMapping mapping) {
    return new Builder(mapping);
  }

  /**
   * The mapping of this mapper.
   *
   * @return the mapping every record is mapped by
   */
  public RecordMapping mapping() {
    return mapping;
  }

  /**
   * The checker of this mapper.
   *
   * @return the checker whose profile grades every accepted reply; empty when the mapper does not
   *     check conformance
   */
  public Optional<ReplyChecker> checker() {
    return Optional.ofNullable(checker);
  }

  /** The text reader of body columns. */
  ReplyTextReader reader() {
    return reader;
  }

  /**
   * Maps one record.
   *
   * @param record the values by column (null values are empty cells; values may be text,
   *     numbers, booleans, dates, JSON nodes); a null key, like an empty one, is a column without
   *     a name, kept in {@code extensions} under the name of its position ({@code column2})
   * @param recordNumber the record's number in its source, for the result
   * @return the reply with its findings, or the rejection
   */
  public MappingResult map(Map<String, ?> record, long recordNumber) {
    Objects.requireNonNull(record, "record");
    Map<String, Object> values = new LinkedHashMap<>();
    try {
      int position = 0;
      for (Map.Entry<String, ?> e : record.entrySet()) {
        position++;
        String k = e.getKey() != null ? e.getKey() : ReplyFromRecord.unnamedColumn(position,
            n -> record.containsKey(n) || values.containsKey(n));
        values.put(k, e.getValue());
      }
    } catch (RuntimeException e) {
      return rejectedRecord(recordNumber, "cannot read the record: " + e);
    }
    return map(RecordSource.Record.of(recordNumber, values));
  }

  /**
   * Maps one record from a {@link RecordSource}; a record with a problem is rejected, with its
   * problem as the first reason ({@code record}) and the fields that fail besides.
   *
   * @param record the record
   * @return the reply with its findings, or the rejection
   */
  public MappingResult map(RecordSource.Record record) {
    Objects.requireNonNull(record, "record");
    try {
      return new ReplyFromRecord(this, record).result();
    } catch (RuntimeException e) {
      // a bug: still a declared outcome for this record
      return new MappingResult.Rejected(record.number(), record.text(), Map.of(),
          List.of(new FieldError("record", Optional.empty(), Optional.empty(),
              "internal error: " + e)), List.of());
    }
  }

  private static MappingResult rejectedRecord(long number, String problem) {
    return new MappingResult.Rejected(number, Optional.empty(), Map.of(),
        List.of(new FieldError("record", Optional.empty(), Optional.empty(), problem)), List.of());
  }

  /** Builds {@link RecordMapper}s; not thread-safe. */
  public static final class Builder {
    private final RecordMapping mapping;
    private ReplyChecker checker;
    private ReplyTextReader reader = ReplyTextReader.standard();
    private ReplyJson writableBy;

    private Builder(RecordMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /**
     * Checks every accepted reply under the checker's profile: the result's findings are then
     * the report's, in which the mapping's findings are graded under the profile (GR-TXT-001 as
     * GR-NUM-001).
     *
     * @param c the checker, e.g. {@code ReplyChecker.of(Profiles.builtIn("lenient"))}; null for
     *     none
     * @return this builder
     */
    public Builder checker(ReplyChecker c) {
      this.checker = c;
      return this;
    }

    /**
     * The text reader of body columns, which splits a body cell into opening, measures and
     * closing.
     *
     * @param r the reader; {@link ReplyTextReader#standard()} unless set
     * @return this builder
     * @throws NullPointerException when {@code r} is null
     */
    public Builder textReader(ReplyTextReader r) {
      this.reader = Objects.requireNonNull(r, "reader");
      return this;
    }

    /**
     * Accepts a reply only when {@code json} can write it as a document it reads back (a mapper
     * whose replies are written as JSON: {@code govreply import}); else the record is rejected
     * naming the field where the writer stopped. Each accepted reply is then written once more.
     *
     * @param json the JSON the replies are written with, e.g. {@link ReplyJson#standard()}; null
     *     for no such check (the default)
     * @return this builder
     */
    public Builder writableBy(ReplyJson json) {
      this.writableBy = json;
      return this;
    }

    /**
     * Builds the mapper, working out once what every record needs of the mapping.
     *
     * @return the mapper, immutable and thread-safe
     */
    public RecordMapper build() {
      return new RecordMapper(mapping, checker, reader, writableBy);
    }
  }
}
