package dev.govreply.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.govreply.conformance.CheckInput;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceLocator;
import dev.govreply.internal.Chars;
import dev.govreply.legacy.MappingResult.FieldError;
import dev.govreply.legacy.RecordMapping.ContactColumns;
import dev.govreply.legacy.RecordMapping.OnError;
import dev.govreply.legacy.RecordMapping.Source;
import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.Contact;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import dev.govreply.text.LineRecord;
import dev.govreply.text.ReadResult;
import dev.govreply.text.ReplyTextReader;
import dev.govreply.text.TextReadException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * <p>No input makes {@code map} throw: a malformed value is a rejection, never an exception.
 * Thread-safe: build one and share it between threads. What every record needs of the mapping is
 * worked out once, when the mapper is built; the rows of a CSV source are read by index through
 * the layout of their header; and conversions of values that repeat from row to row (session,
 * class, disclosure, addressee, name lists, phone numbers) are kept in small bounded memos. None
 * of this changes a result: a mapper gives the same result for a record whenever and on whichever
 * thread it maps it.
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

  /** The brackets that close the year of a document number; the serial follows the last one. */
  private static final String CLOSING_BRACKETS = "〕]】﹞)）〉";

  private final RecordMapping mapping;
  private final ReplyChecker checker;
  private final ReplyTextReader reader;
  /** The mapped fields in {@link Target} order, each with its plan. */
  private final Target[] targets;
  private final Plan[] plans;
  /** The contacts, in mapping order, with their plans. */
  private final ContactPlan[] contacts;
  /** The columns the mapping reads or ignores: they do not go to {@code extensions}. */
  private final Set<String> consumed;
  /** The columns the plans read, by id (see {@link Plan}). */
  private final List<String> columnNames;
  /** The layout of the last CSV header mapped; replaced when another header comes. */
  private volatile Layout layout;

  private RecordMapper(RecordMapping mapping, ReplyChecker checker, ReplyTextReader reader) {
    this.mapping = mapping;
    this.checker = checker;
    this.reader = reader;
    Map<String, Integer> ids = new HashMap<>();
    Map<Target, Source> fields = mapping.fields();
    this.targets = new Target[fields.size()];
    this.plans = new Plan[fields.size()];
    int i = 0;
    for (Map.Entry<Target, Source> e : fields.entrySet()) {
      targets[i] = e.getKey();
      plans[i] = new Plan(e.getValue(), ids, memo(e.getKey(), e.getValue()));
      i++;
    }
    List<ContactColumns> specs = mapping.contacts();
    this.contacts = new ContactPlan[specs.size()];
    for (int k = 0; k < specs.size(); k++) {
      contacts[k] = new ContactPlan(k, specs.get(k), ids);
    }
    Set<String> c = new HashSet<>(mapping.namedColumns());
    c.addAll(mapping.ignore());
    this.consumed = Set.copyOf(c);
    String[] names = new String[ids.size()];
    ids.forEach((name, id) -> names[id] = name);
    this.columnNames = List.of(names);
  }

  /**
   * How the rows of one CSV header are read: the header index of each column the plans read, and
   * which header columns the mapping consumes. Immutable.
   */
  private static final class Layout {
    final CsvRow.Header header;
    /** By column id: the column's index in the header, or -1 when the header lacks it. */
    final int[] slots;
    /** By header index: whether the mapping reads or ignores the column. */
    final boolean[] consumed;

    Layout(CsvRow.Header header, List<String> columnNames, Set<String> consumed) {
      this.header = header;
      this.slots = new int[columnNames.size()];
      for (int i = 0; i < slots.length; i++) {
        slots[i] = header.index(columnNames.get(i));
      }
      this.consumed = new boolean[header.size()];
      for (int i = 0; i < this.consumed.length; i++) {
        this.consumed[i] = consumed.contains(header.name(i));
      }
    }
  }

  /** The layout of {@code header}: the last one when the header is the same, else a new one. */
  private Layout layout(CsvRow.Header header) {
    Layout l = layout;
    if (l == null || l.header != header) {
      l = new Layout(header, columnNames, consumed);
      layout = l;
    }
    return l;
  }

  /**
   * The memo of a field's conversion, for the fields whose values repeat from row to row and whose
   * conversion is a pure function of the text with an immutable result; null for the others
   * (document numbers differ from row to row; dates, motion numbers and titles are cheap to read;
   * the body is read by the text reader). The contacts' phone numbers have a memo too.
   */
  private static Memo<Object> memo(Target target, Source source) {
    switch (target) {
      case RESULT_CLASS:
        return Memo.of(ResultClass::parse);
      case DISCLOSURE:
        return Memo.of(RecordMapper::disclosure);
      case MOTION_KIND:
        return Memo.of(RecordMapper::motionKind);
      case SESSION:
        return Memo.of(Session::parse);
      case ADDRESSEE:
        Optional<AddresseeRole> role = source.role();
        return Memo.of(t -> NameCells.addressee(t, role));
      case COPY_TO:
      case NOTES:
        return Memo.of(t -> List.copyOf(NameCells.names(t)));
      default:
        return null;
    }
  }

  /** The kind of item answered: 建议, 提案, 议案, or the enum constant's name (SUGGESTION…). */
  private static MotionKind motionKind(String t) {
    Optional<MotionKind> k = MotionKind.fromChinese(t);
    if (k.isEmpty()) {
      try {
        k = Optional.of(MotionKind.valueOf(t));
      } catch (IllegalArgumentException e) {
        throw new MalformedValueException("motion.kind", t, -1,
            "not a kind of item (建议, 提案, 议案, SUGGESTION, PROPOSAL, MOTION)");
      }
    }
    return k.get();
  }

  /**
   * Why a disclosure cell was not read, listing what is accepted: the marks of
   * {@link Disclosure#marks()} and the codes.
   */
  static final String DISCLOSURE_EXPECTED = disclosureExpected();

  private static String disclosureExpected() {
    StringBuilder sb = new StringBuilder("not a disclosure mark; accepted: ");
    for (Disclosure d : Disclosure.values()) {
      sb.append(String.join(", ", d.marks())).append(" (").append(d.name()).append("); ");
    }
    sb.append("also after 此件 or 公开属性: and in brackets; or the codes");
    for (Disclosure d : Disclosure.values()) {
      sb.append(d.ordinal() == 0 ? " " : ", ").append(d.name());
    }
    return sb.toString();
  }

  /**
   * A disclosure: the value of the attribute ({@link Disclosure#fromAttribute}: 公开, 同意公开,
   * 此件依申请公开…) or a code (PUBLIC).
   */
  private static Disclosure disclosure(String t) {
    Optional<Disclosure> d = Disclosure.fromAttribute(t);
    if (d.isPresent()) {
      return d.get();
    }
    try {
      return Disclosure.parseCode(t);
    } catch (MalformedValueException e) {
      throw new MalformedValueException("disclosure", t, -1, DISCLOSURE_EXPECTED);
    }
  }

  /**
   * A source with what mapping a record needs of it worked out once: its label, its constant and
   * default as values, its template's parts, its columns with their ids (each distinct column
   * name of the mapping has an id, its index in {@link #columnNames}, by which the rows of a CSV
   * file are read through the {@link Layout} of their header), and the memo of its conversion.
   */
  private static final class Plan {
    final Source source;
    /** {@code source.label()}. */
    final Optional<String> label;
    /** The label, or {@code constant}, as findings name the source. */
    final String column;
    /** The value of a constant source, and its text (trimmed); null for the others. */
    final String constant;
    final String constantText;
    /** The value (trimmed) when the cells give none; null without a default. */
    final String fallback;
    /** The template, or null. */
    final Template template;
    /** The column id of each placeholder of the template; null without a template. */
    final int[] templateIds;
    /** The column of a one-column source; null for the others. */
    final String single;
    final int singleId;
    /** The columns of a several-column source; null for the others. */
    final String[] columns;
    final int[] columnIds;
    /** The memo of the conversion, or null. */
    final Memo<Object> memo;

    /**
     * The plan of {@code s}.
     *
     * @param ids the ids of the column names, to which the source's new names are added
     * @param memo the memo of the conversion, or null
     */
    Plan(Source s, Map<String, Integer> ids, Memo<Object> memo) {
      this.source = s;
      this.label = s.label();
      this.column = label.orElse("constant");
      this.constant = s.constant().orElse(null);
      this.constantText = constant == null ? null : Chars.strip(constant);
      this.fallback = s.defaultValue().map(Chars::strip).orElse(null);
      this.template = s.template().map(Template::parse).orElse(null);
      this.templateIds = template == null ? null : new int[template.size()];
      for (int i = 0; template != null && i < templateIds.length; i++) {
        templateIds[i] = id(ids, template.column(i));
      }
      boolean plain = s.constant().isEmpty() && s.template().isEmpty();
      this.single = plain && s.columns().size() == 1 ? s.columns().get(0) : null;
      this.singleId = single == null ? -1 : id(ids, single);
      this.columns = plain && s.columns().size() != 1 ? s.columns().toArray(new String[0]) : null;
      this.columnIds = columns == null ? null
          : Arrays.stream(columns).mapToInt(c -> id(ids, c)).toArray();
      this.memo = memo;
    }

    private static int id(Map<String, Integer> ids, String column) {
      return ids.computeIfAbsent(column, c -> ids.size());
    }

    /** The required-but-empty reason. */
    String emptyReason() {
      return "required, but " + label.map(c -> "column " + c + " is").orElse("it is") + " empty";
    }
  }

  /** A contact with the plans of its sources and its model path. */
  private static final class ContactPlan {
    final ContactColumns spec;
    /** {@code contacts[i]}. */
    final String path;
    final Plan name;
    final Plan phone;
    final Plan unit;

    ContactPlan(int index, ContactColumns spec, Map<String, Integer> ids) {
      this.spec = spec;
      this.path = "contacts[" + index + "]";
      this.name = new Plan(spec.name(), ids, null);
      this.phone = spec.phone().map(p -> new Plan(p, ids, Memo.of(PhoneNumber::parse)))
          .orElse(null);
      this.unit = spec.unit().map(u -> new Plan(u, ids, null)).orElse(null);
    }
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

  /**
   * Maps one record.
   *
   * @param record the values by column (null values are empty cells; values may be text,
   *     numbers, booleans, dates, JSON nodes)
   * @param recordNumber the record's number in its source, for the result
   * @return the reply with its findings, or the rejection
   */
  public MappingResult map(Map<String, ?> record, long recordNumber) {
    Objects.requireNonNull(record, "record");
    Map<String, Object> values = new LinkedHashMap<>();
    try {
      record.forEach((k, v) -> values.put(k == null ? "" : k, v));
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
      return new Run(record).result();
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

  /** The state of mapping one record. */
  private final class Run {
    private final RecordSource.Record record;
    private final List<FieldError> errors = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    /** The keys of the extensions put in {@link #reply} so far; null before the first. */
    private Set<String> extensionKeys;
    private final Reply.Builder reply = Reply.builder();
    private final Motion.Builder motion = Motion.builder();
    private boolean hasMotion;
    /** The record's values as a CSV row, read by index; null for other records. */
    private final CsvRow row;
    /** The layout of the row's header; null for other records. */
    private final Layout layout;
    /**
     * The value the last {@link #resolve(Plan)} resolved: the original object of a one-column
     * source (a cell may be a number or a date), else the text (the constant untrimmed).
     */
    private Object resolved;

    Run(RecordSource.Record record) {
      this.record = record;
      this.row = record.values() instanceof CsvRow ? (CsvRow) record.values() : null;
      this.layout = row == null ? null : layout(row.header());
    }

    MappingResult result() {
      errors.addAll(record.problems());
      for (int i = 0; i < targets.length; i++) {
        field(targets[i], plans[i]);
      }
      for (ContactPlan c : contacts) {
        contact(c);
      }
      if (row != null) {
        for (int i = 0; i < layout.consumed.length; i++) {
          if (!layout.consumed[i]) {
            extension(row.header().name(i), row.value(i));
          }
        }
      } else {
        for (Map.Entry<String, Object> e : record.values().entrySet()) {
          if (!consumed.contains(e.getKey())) {
            extension(e.getKey(), e.getValue());
          }
        }
      }
      if (!errors.isEmpty()) {
        return rejected();
      }
      Reply built;
      try {
        if (hasMotion) {
          reply.motion(motion.build());
        }
        built = reply.build();
      } catch (MalformedValueException e) {
        errors.add(new FieldError(e.field(), Optional.empty(), Optional.of(e.text()),
            e.reason()));
        return rejected();
      } catch (IllegalStateException | IllegalArgumentException e) {
        errors.add(new FieldError("reply", Optional.empty(), Optional.empty(),
            String.valueOf(e.getMessage())));
        return rejected();
      }
      if (checker == null) {
        return new MappingResult.Accepted(record.number(), built, findings, Optional.empty());
      }
      ConformanceReport report = checker.check(
          CheckInput.of(built).withSource(SourceLocator.NONE, findings));
      return new MappingResult.Accepted(record.number(), built, report.findings(),
          Optional.of(report));
    }

    /** Keeps a column the mapping does not consume in {@code extensions}, unless it is blank. */
    private void extension(String key, Object value) {
      JsonNode node;
      if (value instanceof String) {
        // the common case of a CSV cell, without making a node of a blank one
        String text = (String) value;
        if (Chars.strip(text).isEmpty()) {
          return;
        }
        node = JsonNodeFactory.instance.textNode(text);
      } else {
        node = CellValues.json(value);
        if (node == null || (node.isTextual() && Chars.strip(node.textValue()).isEmpty())) {
          return;
        }
      }
      String k = key.isEmpty() ? "column" : key;
      if (extensionKeys == null || !extensionKeys.contains(k)) {
        putExtension(k, node);
      }
    }

    /**
     * Puts an extension in the reply: a new key goes last, a key put before keeps its place and
     * gets the new value, as in a {@link LinkedHashMap}.
     */
    private void putExtension(String key, JsonNode node) {
      if (extensionKeys == null) {
        extensionKeys = new HashSet<>();
      }
      extensionKeys.add(key);
      reply.putExtension(key, node);
    }

    private MappingResult rejected() {
      Map<String, JsonNode> values = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : record.values().entrySet()) {
        JsonNode node = CellValues.json(e.getValue());
        if (node != null && !(node.isTextual() && node.textValue().isEmpty())) {
          values.put(e.getKey(), node);
        }
      }
      return new MappingResult.Rejected(record.number(), record.text(), values, errors, findings);
    }

    /** The value of a column (whose id is {@code id}); null when the record has none. */
    private Object get(String column, int id) {
      if (row != null) {
        int slot = layout.slots[id];
        return slot < 0 ? null : row.value(slot);
      }
      return record.values().get(column);
    }

    /** The text of a column's cell, trimmed; empty for an empty or missing cell. */
    private String cell(String column, int id) {
      String t = CellValues.text(get(column, id));
      return t == null ? "" : Chars.strip(t);
    }

    /**
     * The source's value as trimmed text, its default, or null when empty; the value itself is
     * left in {@link #resolved}.
     *
     * @param p the source's plan
     * @param path the model path the value is for, as findings name it
     */
    private String resolve(Plan p, String path) {
      String text = null;
      Object value = null;
      if (p.constant != null) {
        text = p.constantText;
        value = p.constant;
      } else if (p.template != null) {
        Template template = p.template;
        String[] values = new String[template.size()];
        boolean complete = true;
        for (int i = 0; i < values.length && complete; i++) {
          values[i] = cell(template.column(i), p.templateIds[i]);
          complete = !values[i].isEmpty();
        }
        String filled = complete ? template.fill(values, r -> repeated(path, r)) : null;
        String t = filled == null ? "" : Chars.strip(filled);
        if (!t.isEmpty()) {
          text = t;
          value = t;
        }
      } else if (p.single != null) {
        Object v = get(p.single, p.singleId);
        String t = CellValues.text(v);
        t = t == null ? "" : Chars.strip(t);
        if (!t.isEmpty()) {
          text = t;
          value = v;
        }
      } else {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.columns.length; i++) {
          String t = cell(p.columns[i], p.columnIds[i]);
          if (!t.isEmpty()) {
            if (sb.length() > 0) {
              sb.append(p.source.separator());
            }
            sb.append(t);
          }
        }
        if (sb.length() > 0) {
          String t = sb.toString();
          text = t;
          value = t;
        }
      }
      if (text == null && p.fallback != null) {
        text = p.fallback;
        value = p.fallback;
      }
      resolved = value;
      return text;
    }

    /** Reports a template value written without the template text it repeated. */
    private void repeated(String path, Template.Repeat r) {
      String where = r.before().isEmpty() ? r.after() + " after"
          : r.after().isEmpty() ? r.before() + " before"
          : r.before() + " before, " + r.after() + " after";
      findings.add(Finding.of(TEMPLATE_TEXT, Severity.INFO, r.column() + ": " + r.value()
          + " holds the template's own text around {" + r.column() + "} (" + where
          + "); written once", path, null)
          .withArguments(r.column(), r.value(), r.before(), r.after()));
    }

    private void field(Target target, Plan plan) {
      String path = target.key();
      String raw = resolve(plan, path);
      if (raw == null) {
        if (plan.source.required()) {
          errors.add(new FieldError(path, plan.label, Optional.empty(), plan.emptyReason()));
        }
        return;
      }
      try {
        convert(target, plan, raw, resolved);
      } catch (MalformedValueException | TextReadException e) {
        failed(path, plan, raw, e instanceof MalformedValueException
            ? ((MalformedValueException) e).reason() : e.getMessage());
      } catch (RuntimeException e) {
        failed(path, plan, raw, "cannot convert: " + e);
      }
    }

    private void failed(String path, Plan plan, String raw, String reason) {
      if (plan.source.onError() == OnError.KEEP && plan.label.isPresent()) {
        String key = plan.label.get();
        putExtension(key, JsonNodeFactory.instance.textNode(raw));
        findings.add(Finding.of(KEPT, Severity.WARNING, key + ": " + raw + " is no valid "
            + path + " (" + reason + "); kept in extensions", path, null)
            .withArguments(key, raw, reason));
      } else {
        errors.add(new FieldError(path, plan.label, Optional.of(raw), reason));
      }
    }

    private String column(Source source) {
      return source.label().orElse("constant");
    }

    private void convert(Target target, Plan plan, String t, Object value) {
      switch (target) {
        case DOCUMENT_NUMBER:
          DocumentNumber n = DocumentNumber.parse(t);
          documentNumberForm(plan.column, t, n);
          reply.documentNumber(n);
          break;
        case RESULT_CLASS:
          reply.resultClass((ResultClass) plan.memo.apply(t));
          break;
        case DISCLOSURE:
          reply.disclosure((Disclosure) plan.memo.apply(t));
          break;
        case ISSUER:
          reply.issuer(t);
          break;
        case SIGNER:
          reply.signer(Chars.removeBlanks(t));
          break;
        case TITLE:
          reply.title(t);
          break;
        case SIGNATURE:
          reply.signature(t);
          break;
        case MOTION_KIND:
          motion.kind((MotionKind) plan.memo.apply(t));
          hasMotion = true;
          break;
        case MOTION_NUMBER:
          motion.number(MotionCells.motionNumber(t));
          hasMotion = true;
          break;
        case SESSION:
          motion.session((Session) plan.memo.apply(t));
          hasMotion = true;
          break;
        case MOTION_TITLE:
          String title = MotionCells.unquote(t);
          if (title.isEmpty()) {
            throw new MalformedValueException("motion.title", t, -1, "no title given");
          }
          motion.title(title);
          hasMotion = true;
          break;
        case ADDRESSEE:
          reply.addressee((Addressee) plan.memo.apply(t));
          break;
        case BODY:
          body(plan.source, t);
          break;
        case DATE:
          LedgerDate date = LedgerDate.read(value, t);
          if (date.serial()) {
            findings.add(Finding.of(SERIAL_DATE, Severity.INFO, plan.column + ": " + t
                + " read as a spreadsheet serial date (days since 1899-12-30): " + date.date(),
                "date", null).withArguments(plan.column, t, date.date().toString()));
          }
          reply.date(date.date());
          break;
        case COPY_TO:
          reply.addAllCopyTo(names(plan, t));
          break;
        case NOTES:
          reply.addAllNotes(names(plan, t));
          break;
        default:
          throw new IllegalStateException("unmapped target " + target);
      }
    }

    @SuppressWarnings("unchecked")
    private List<String> names(Plan plan, String t) {
      return (List<String>) plan.memo.apply(t);
    }

    /**
     * The warnings about how a document number was printed: the year in other brackets than 〔〕
     * (GR-TXT-001), a serial padded with 0 or with 第 (GR-TXT-002).
     */
    private void documentNumberForm(String column, String printed, DocumentNumber n) {
      String key = Chars.removeBlanks(CellValues.asciiDigits(printed));
      String canonical = null;
      if (key.indexOf('〔') < 0) {
        canonical = n.toString();
        findings.add(Finding.of("GR-TXT-001", Severity.WARNING, column + ": document number "
            + printed + " has the year in other brackets than 〔〕", "documentNumber", null)
            .withFix(canonical));
      }
      // the last closing bracket of any kind
      int close = key.length() - 1;
      while (close >= 0 && CLOSING_BRACKETS.indexOf(key.charAt(close)) < 0) {
        close--;
      }
      if (key.startsWith("第", close + 1) || key.startsWith("0", close + 1)) {
        String serial = key.substring(close + 1);
        findings.add(Finding.of("GR-TXT-002", Severity.WARNING, column + ": document number serial "
            + serial + " is padded or has 第", "documentNumber", null)
            .withFix(canonical == null ? n.toString() : canonical));
      }
    }

    private void body(Source source, String text) {
      ReadResult read = reader.readBody(text);
      Reply r = read.reply();
      reply.body(r.body());
      reply.addAllUnrecognized(r.unrecognized());
      List<Finding> found = read.report().findings();
      for (int i = 0, n = found.size(); i < n; i++) {
        Finding f = found.get(i);
        if (f.path().isPresent() && f.path().get().startsWith("body")) {
          findings.add(f);
        }
      }
      // text the reader placed outside the body (a title, salutation, signature, date, contacts
      // in the cell) would be lost by taking the body only; the motion the opening cites is not:
      // its text stays in the opening
      boolean outside = false;
      List<LineRecord> lines = read.report().lines();
      for (int i = 0, n = lines.size(); i < n && !outside; i++) {
        List<String> targets = lines.get(i).targets(); // by index: no iterator per line
        for (int j = 0, m = targets.size(); j < m; j++) {
          String target = targets.get(j);
          if (!target.startsWith("body") && !target.startsWith("unrecognized")
              && !target.startsWith("motion")) {
            outside = true;
          }
        }
      }
      if (outside) {
        String key = column(source);
        putExtension(key, JsonNodeFactory.instance.textNode(text));
        findings.add(Finding.of(BODY_EXTRA, Severity.WARNING, key + ": the body text also holds"
            + " other parts of a reply (title, salutation, signature, date or contacts); only the"
            + " body is taken, the full text is kept in extensions", "body", null)
            .withArguments(key));
      }
    }

    private void contact(ContactPlan plan) {
      String path = plan.path;
      ContactColumns spec = plan.spec;
      String name = resolve(plan.name, path + ".name");
      String phone = plan.phone == null ? null : resolve(plan.phone, path + ".phone");
      String unit = plan.unit == null ? null : resolve(plan.unit, path + ".unit");
      if (name == null) {
        if (spec.name().required()) {
          errors.add(new FieldError(path + ".name", plan.name.label, Optional.empty(),
              plan.name.emptyReason()));
        } else if (phone != null || unit != null) {
          errors.add(new FieldError(path + ".name", plan.name.label, Optional.empty(),
              "a " + (phone != null ? "phone" : "unit") + " is given, but no name"));
        }
        return;
      }
      Contact.Builder c = Contact.builder().role(spec.role())
          .name(Chars.removeBlanks(name));
      boolean ok = true;
      if (phone != null) {
        try {
          c.phone((PhoneNumber) plan.phone.memo.apply(phone));
        } catch (MalformedValueException e) {
          int before = errors.size();
          failed(path + ".phone", plan.phone, phone, e.reason());
          ok = errors.size() == before;
        }
      }
      if (unit != null) {
        c.unit(unit);
      }
      if (ok) {
        try {
          reply.addContacts(c.build());
        } catch (MalformedValueException e) {
          errors.add(new FieldError(path + "." + e.field().replaceFirst("^contact\\.", ""),
              plan.name.label, Optional.of(e.text()), e.reason()));
        }
      }
    }
  }

  /** Builds {@link RecordMapper}s; not thread-safe. */
  public static final class Builder {
    private final RecordMapping mapping;
    private ReplyChecker checker;
    private ReplyTextReader reader = ReplyTextReader.standard();

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
     * Builds the mapper, working out once what every record needs of the mapping.
     *
     * @return the mapper, immutable and thread-safe
     */
    public RecordMapper build() {
      return new RecordMapper(mapping, checker, reader);
    }
  }
}
