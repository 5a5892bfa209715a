package dev.govreply.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.govreply.conformance.CheckInput;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.Finding;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.conformance.Severity;
import dev.govreply.conformance.SourceLocator;
import dev.govreply.legacy.MappingResult.FieldError;
import dev.govreply.legacy.RecordMapping.ContactColumns;
import dev.govreply.legacy.RecordMapping.OnError;
import dev.govreply.legacy.RecordMapping.Source;
import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.Addressee;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

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
 * {@code "onError": "keep"}) and {@link #BODY_EXTRA GR-LEG-003} (a body column that also held
 * other parts of a reply; its full text is kept in {@code extensions}). The body's findings from
 * the text reader are passed on. With a {@linkplain Builder#checker(ReplyChecker) checker}, the
 * findings are those of the {@link ConformanceReport}, in which the field warnings are graded
 * under the profile.
 *
 * <p>No input makes {@code map} throw: a malformed value is a rejection, never an exception.
 * Immutable and thread-safe: build one and share it between threads.
 */
public final class RecordMapper {

  /** INFO: the date was a spreadsheet serial date (days since 1899-12-30). */
  public static final String SERIAL_DATE = "GR-LEG-001";

  /** WARNING: a value could not be converted; kept in {@code extensions} ({@code onError: keep}). */
  public static final String KEPT = "GR-LEG-002";

  /** WARNING: the body column also held other parts of a reply; its text is kept in extensions. */
  public static final String BODY_EXTRA = "GR-LEG-003";

  private final RecordMapping mapping;
  private final ReplyChecker checker;
  private final ReplyTextReader reader;
  /** The parts of each template, parsed once. */
  private final Map<String, List<Object>> templates;

  private RecordMapper(RecordMapping mapping, ReplyChecker checker, ReplyTextReader reader) {
    this.mapping = mapping;
    this.checker = checker;
    this.reader = reader;
    Map<String, List<Object>> t = new HashMap<>();
    mapping.fields().values().forEach(s -> s.template().ifPresent(
        x -> t.put(x, RecordMapping.templateParts(x))));
    this.templates = Map.copyOf(t);
  }

  /** A mapper without conformance checking. */
  public static RecordMapper of(RecordMapping mapping) {
    return builder(mapping).build();
  }

  /** A builder, to add a conformance checker or another text reader. */
  public static Builder builder(RecordMapping mapping) {
    return new Builder(mapping);
  }

  /** The mapping. */
  public RecordMapping mapping() {
    return mapping;
  }

  /** The checker, when the mapper checks conformance. */
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
    return map(new RecordSource.Record(recordNumber, OptionalLong.empty(), values,
        Optional.empty(), Optional.empty()));
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
      return new MappingResult.Rejected(record.number(), record.line(), Map.of(), record.raw(),
          List.of(new FieldError("record", Optional.empty(), Optional.empty(),
              "internal error: " + e)), List.of());
    }
  }

  private static MappingResult rejectedRecord(long number, String problem) {
    return new MappingResult.Rejected(number, OptionalLong.empty(), Map.of(), Optional.empty(),
        List.of(new FieldError("record", Optional.empty(), Optional.empty(), problem)), List.of());
  }

  /** A value resolved from a source: the original object (for one column) and its text. */
  private record Raw(Object value, String text) {}

  /** The state of mapping one record. */
  private final class Run {
    private final RecordSource.Record record;
    private final List<FieldError> errors = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
    private final Reply.Builder reply = Reply.builder();
    private final Motion.Builder motion = Motion.builder();
    private boolean hasMotion;

    Run(RecordSource.Record record) {
      this.record = record;
    }

    MappingResult result() {
      record.problem().ifPresent(p -> errors.add(new FieldError("record", Optional.empty(),
          record.raw(), p)));
      for (Map.Entry<Target, Source> e : mapping.fields().entrySet()) {
        field(e.getKey(), e.getValue());
      }
      List<ContactColumns> contacts = mapping.contacts();
      for (int i = 0; i < contacts.size(); i++) {
        contact(i, contacts.get(i));
      }
      for (Map.Entry<String, Object> e : record.values().entrySet()) {
        String key = e.getKey();
        if (mapping.consumes(key)) {
          continue;
        }
        JsonNode node = Converters.json(e.getValue());
        if (node == null || (node.isTextual() && Converters.strip(node.textValue()).isEmpty())) {
          continue;
        }
        extensions.putIfAbsent(key.isEmpty() ? "column" : key, node);
      }
      if (!errors.isEmpty()) {
        return rejected();
      }
      Reply built;
      try {
        if (hasMotion) {
          reply.motion(motion.build());
        }
        reply.extensions(extensions);
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

    private MappingResult rejected() {
      Map<String, JsonNode> values = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : record.values().entrySet()) {
        JsonNode node = Converters.json(e.getValue());
        if (node != null && !(node.isTextual() && node.textValue().isEmpty())) {
          values.put(e.getKey(), node);
        }
      }
      return new MappingResult.Rejected(record.number(), record.line(), values, record.raw(),
          errors, findings);
    }

    private Object get(String column) {
      return record.values().get(column);
    }

    /** The source's value, its default, or null when empty. */
    private Raw resolve(Source s) {
      Raw raw = null;
      if (s.constant().isPresent()) {
        raw = new Raw(s.constant().get(), Converters.strip(s.constant().get()));
      } else if (s.template().isPresent()) {
        StringBuilder sb = new StringBuilder();
        boolean complete = true;
        List<Object> parts = templates.get(s.template().get());
        if (parts == null) {
          parts = RecordMapping.templateParts(s.template().get());
        }
        for (Object part : parts) {
          if (part instanceof RecordMapping.Column) {
            String t = Converters.text(get(((RecordMapping.Column) part).name()));
            t = t == null ? "" : Converters.strip(t);
            if (t.isEmpty()) {
              complete = false;
              break;
            }
            sb.append(t);
          } else {
            sb.append((String) part);
          }
        }
        String t = Converters.strip(sb.toString());
        if (complete && !t.isEmpty()) {
          raw = new Raw(t, t);
        }
      } else if (s.columns().size() == 1) {
        Object v = get(s.columns().get(0));
        String t = Converters.text(v);
        t = t == null ? "" : Converters.strip(t);
        if (!t.isEmpty()) {
          raw = new Raw(v, t);
        }
      } else {
        StringBuilder sb = new StringBuilder();
        for (String c : s.columns()) {
          String t = Converters.text(get(c));
          t = t == null ? "" : Converters.strip(t);
          if (!t.isEmpty()) {
            if (sb.length() > 0) {
              sb.append(s.separator());
            }
            sb.append(t);
          }
        }
        if (sb.length() > 0) {
          raw = new Raw(sb.toString(), sb.toString());
        }
      }
      if (raw == null && s.defaultValue().isPresent()) {
        String d = Converters.strip(s.defaultValue().get());
        raw = new Raw(d, d);
      }
      return raw;
    }

    private void field(Target target, Source source) {
      String path = target.key();
      Raw raw = resolve(source);
      if (raw == null) {
        if (source.required()) {
          errors.add(new FieldError(path, source.label(), Optional.empty(),
              "required, but " + source.label().map(c -> "column " + c + " is").orElse("it is")
                  + " empty"));
        }
        return;
      }
      try {
        convert(target, source, raw);
      } catch (MalformedValueException | TextReadException e) {
        failed(path, source, raw, e instanceof MalformedValueException
            ? ((MalformedValueException) e).reason() : e.getMessage());
      } catch (RuntimeException e) {
        failed(path, source, raw, "cannot convert: " + e);
      }
    }

    private void failed(String path, Source source, Raw raw, String reason) {
      if (source.onError() == OnError.KEEP && source.label().isPresent()) {
        String key = source.label().get();
        extensions.put(key, JsonNodeFactory.instance.textNode(raw.text()));
        findings.add(Finding.of(KEPT, Severity.WARNING, key + ": " + raw.text() + " is no valid "
            + path + " (" + reason + "); kept in extensions", path, null)
            .withArguments(key, raw.text(), reason));
      } else {
        errors.add(new FieldError(path, source.label(), Optional.of(raw.text()), reason));
      }
    }

    private String column(Source source) {
      return source.label().orElse("constant");
    }

    private void convert(Target target, Source source, Raw raw) {
      String t = raw.text();
      switch (target) {
        case DOCUMENT_NUMBER:
          DocumentNumber n = DocumentNumber.parse(t);
          documentNumberForm(column(source), t, n);
          reply.documentNumber(n);
          break;
        case RESULT_CLASS:
          reply.resultClass(ResultClass.parse(t));
          break;
        case DISCLOSURE:
          Optional<Disclosure> d = Disclosure.fromMark(t);
          reply.disclosure(d.isPresent() ? d.get() : Disclosure.parseCode(t));
          break;
        case ISSUER:
          reply.issuer(t);
          break;
        case SIGNER:
          reply.signer(Converters.removeBlanks(t));
          break;
        case TITLE:
          reply.title(t);
          break;
        case SIGNATURE:
          reply.signature(t);
          break;
        case MOTION_KIND:
          Optional<MotionKind> k = MotionKind.fromChinese(t);
          if (k.isEmpty()) {
            try {
              k = Optional.of(MotionKind.valueOf(t));
            } catch (IllegalArgumentException e) {
              throw new MalformedValueException("motion.kind", t, -1,
                  "not a kind of item (建议, 提案, 议案, SUGGESTION, PROPOSAL, MOTION)");
            }
          }
          motion.kind(k.get());
          hasMotion = true;
          break;
        case MOTION_NUMBER:
          motion.number(Converters.motionNumber(t));
          hasMotion = true;
          break;
        case SESSION:
          motion.session(Session.parse(t));
          hasMotion = true;
          break;
        case MOTION_TITLE:
          String title = Converters.unquote(t);
          if (title.isEmpty()) {
            throw new MalformedValueException("motion.title", t, -1, "no title given");
          }
          motion.title(title);
          hasMotion = true;
          break;
        case ADDRESSEE:
          Addressee a = Converters.addressee(t, source.role());
          reply.addressee(a);
          break;
        case BODY:
          body(source, t);
          break;
        case DATE:
          Converters.DateValue date = Converters.date(raw.value(), t);
          if (date.serial()) {
            findings.add(Finding.of(SERIAL_DATE, Severity.INFO, column(source) + ": " + t
                + " read as a spreadsheet serial date (days since 1899-12-30): " + date.date(),
                "date", null).withArguments(column(source), t, date.date().toString()));
          }
          reply.date(date.date());
          break;
        case COPY_TO:
          reply.addAllCopyTo(Converters.names(t));
          break;
        case NOTES:
          reply.addAllNotes(Converters.names(t));
          break;
        default:
          throw new IllegalStateException("unmapped target " + target);
      }
    }

    private void documentNumberForm(String column, String printed, DocumentNumber n) {
      String key = Converters.removeBlanks(Converters.fullWidthDigits(printed));
      String canonical = n.toString();
      if (key.indexOf('〔') < 0) {
        findings.add(Finding.of("GR-TXT-001", Severity.WARNING, column + ": document number "
            + printed + " has the year in other brackets than 〔〕", "documentNumber", null)
            .withFix(canonical));
      }
      int close = -1;
      for (char c : "〕]】﹞)）〉".toCharArray()) {
        close = Math.max(close, key.lastIndexOf(c));
      }
      String serial = key.substring(close + 1);
      if (serial.startsWith("第") || serial.startsWith("0")) {
        findings.add(Finding.of("GR-TXT-002", Severity.WARNING, column + ": document number serial "
            + serial + " is padded or has 第", "documentNumber", null).withFix(canonical));
      }
    }

    private void body(Source source, String text) {
      ReadResult read = reader.read(text);
      Reply r = read.reply();
      reply.body(r.body());
      reply.addAllUnrecognized(r.unrecognized());
      for (Finding f : read.report().findings()) {
        if (f.path().isPresent() && f.path().get().startsWith("body")) {
          findings.add(f);
        }
      }
      // text the reader placed outside the body (a title, salutation, signature, date, contacts
      // in the cell) would be lost by taking the body only; the motion the opening cites is not:
      // its text stays in the opening
      boolean outside = false;
      for (LineRecord line : read.report().lines()) {
        for (String target : line.targets()) {
          if (!target.startsWith("body") && !target.startsWith("unrecognized")
              && !target.startsWith("motion")) {
            outside = true;
          }
        }
      }
      if (outside) {
        String key = column(source);
        extensions.put(key, JsonNodeFactory.instance.textNode(text));
        findings.add(Finding.of(BODY_EXTRA, Severity.WARNING, key + ": the body text also holds"
            + " other parts of a reply (title, salutation, signature, date or contacts); only the"
            + " body is taken, the full text is kept in extensions", "body", null)
            .withArguments(key));
      }
    }

    private void contact(int index, ContactColumns spec) {
      String path = "contacts[" + index + "]";
      Raw name = resolve(spec.name());
      Raw phone = spec.phone().map(this::resolve).orElse(null);
      Raw unit = spec.unit().map(this::resolve).orElse(null);
      if (name == null) {
        if (spec.name().required()) {
          errors.add(new FieldError(path + ".name", spec.name().label(), Optional.empty(),
              "required, but " + spec.name().label().map(c -> "column " + c + " is")
                  .orElse("it is") + " empty"));
        } else if (phone != null || unit != null) {
          errors.add(new FieldError(path + ".name", spec.name().label(), Optional.empty(),
              "a " + (phone != null ? "phone" : "unit") + " is given, but no name"));
        }
        return;
      }
      Contact.Builder c = Contact.builder().role(spec.role())
          .name(Converters.removeBlanks(name.text()));
      boolean ok = true;
      if (phone != null) {
        try {
          c.phone(PhoneNumber.parse(phone.text()));
        } catch (MalformedValueException e) {
          Source ps = spec.phone().get();
          int before = errors.size();
          failed(path + ".phone", ps, phone, e.reason());
          ok = errors.size() == before;
        }
      }
      if (unit != null) {
        c.unit(unit.text());
      }
      if (ok) {
        try {
          reply.addContacts(c.build());
        } catch (MalformedValueException e) {
          errors.add(new FieldError(path + "." + e.field().replaceFirst("^contact\\.", ""),
              spec.name().label(), Optional.of(e.text()), e.reason()));
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

    /** Checks every reply under the checker's profile; the findings are the report's. */
    public Builder checker(ReplyChecker c) {
      this.checker = c;
      return this;
    }

    /** The text reader for the body column; {@link ReplyTextReader#standard()} unless set. */
    public Builder textReader(ReplyTextReader r) {
      this.reader = Objects.requireNonNull(r, "reader");
      return this;
    }

    /** The mapper. */
    public RecordMapper build() {
      return new RecordMapper(mapping, checker, reader);
    }
  }
}
