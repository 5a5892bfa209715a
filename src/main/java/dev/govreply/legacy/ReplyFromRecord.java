package dev.govreply.legacy;

import dev.govreply.conformance.CheckInput;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceLocator;
import dev.govreply.internal.Chars;
import dev.govreply.json.ReplyJson;
import dev.govreply.json.ReplyJsonException;
import dev.govreply.legacy.MappingResult.FieldError;
import dev.govreply.legacy.RecordMapping.ContactColumns;
import dev.govreply.legacy.RecordMapping.OnError;
import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.Contact;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.Motion;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.text.LineRecord;
import dev.govreply.text.ReadResult;
import dev.govreply.text.TextReadException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The mapping of one record into a reply by a {@link RecordMapper}: each field's value read from
 * its source and converted, the contacts, the columns kept in {@code extensions}, and what was
 * found on the way — the rejections of fields that failed and the findings. Used once, by one
 * thread.
 */
final class ReplyFromRecord {

  /** The brackets that close the year of a document number; the serial follows the last one. */
  private static final String CLOSING_BRACKETS = "〕]】﹞)）〉";

  private final RecordMapper mapper;
  private final RecordSource.Record record;
  private final Map<String, Object> values;
  private final List<FieldError> errors = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final Reply.Builder reply = Reply.builder();
  /** The extensions put in {@link #reply} so far, by key, in order. */
  private final Map<String, ExtensionValue> extensions = new LinkedHashMap<>();
  private final Motion.Builder motion = Motion.builder();
  /** Whether a part of the motion the reply answers was set. */
  private boolean hasMotion;
  /** Told of each template value written without template text it repeated, by model path. */
  private final BiConsumer<String, Template.Repeat> repeated = this::repeated;

  ReplyFromRecord(RecordMapper mapper, RecordSource.Record record) {
    this.mapper = mapper;
    this.record = record;
    this.values = record.values();
  }

  /** Maps the record: the reply with its findings, or the rejection. */
  MappingResult result() {
    errors.addAll(record.problems());
    for (PreparedSource.Field f : mapper.fields) {
      field(f.target(), f.source());
    }
    for (PreparedSource.Contact c : mapper.contacts) {
      contact(c);
    }
    int position = 0;
    for (Map.Entry<String, Object> e : values.entrySet()) {
      extension(++position, e.getKey(), e.getValue());
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
      errors.add(new FieldError(e.field(), Optional.empty(), Optional.of(e.text()), e.reason()));
      return rejected();
    } catch (IllegalStateException | IllegalArgumentException e) {
      errors.add(new FieldError("reply", Optional.empty(), Optional.empty(),
          String.valueOf(e.getMessage())));
      return rejected();
    }
    FieldError unwritable = mapper.writableBy == null ? null : unwritable(mapper.writableBy, built);
    if (unwritable != null) {
      errors.add(unwritable);
      return rejected();
    }
    if (mapper.checker().isEmpty()) {
      return new MappingResult.Accepted(record.number(), built, findings, Optional.empty());
    }
    ConformanceReport report = mapper.checker().get().check(
        CheckInput.of(built).withSource(SourceLocator.NONE, findings));
    return new MappingResult.Accepted(record.number(), built, report.findings(),
        Optional.of(report));
  }

  /**
   * Why a reply cannot be accepted because {@code json} cannot write it as a
   * document it would read back — an extension nested deeper than {@code maxDepth}, a document
   * over {@code maxDocumentBytes}, a property name JSON cannot carry — or null when it can. The
   * error names the field at the JSON Pointer where the writer stopped: {@code extensions} with
   * the extension's key as its column, else the reply's property there.
   */
  private static FieldError unwritable(ReplyJson json, Reply built) {
    try {
      json.write(built);
      return null;
    } catch (ReplyJsonException e) {
      return unwritable(e.pointer(), e.reason());
    } catch (IllegalArgumentException e) {
      return unwritable("", e.getMessage());
    }
  }

  private static FieldError unwritable(String pointer, String reason) {
    String[] steps = pointer.split("/", -1); // "", property, key, ...
    String field = steps.length > 1 ? unescape(steps[1]) : "reply";
    Optional<String> column = field.equals("extensions") && steps.length > 2
        ? Optional.of(unescape(steps[2])) : Optional.empty();
    return new FieldError(field, column, Optional.empty(),
        (pointer.isEmpty() ? "" : "at " + pointer + ": ") + reason);
  }

  /** A reference token of a JSON Pointer as the name it stands for ({@code ~1} is /, ~0 ~). */
  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /**
   * Keeps a column in {@code extensions} when the mapping does not consume it, unless it is
   * blank. A column without a name (an empty key), which a reply's extensions cannot hold, is
   * kept under the name of its {@code position} ({@link #unnamedColumn}).
   */
  private void extension(int position, String key, Object value) {
    if (mapper.mapping().consumes(key)) {
      return;
    }
    ExtensionValue node = CellValues.json(value);
    if (node == null || node instanceof ExtensionValue.JsonString s && Chars.isBlank(s.value())) {
      return;
    }
    String k = key.isEmpty()
        ? unnamedColumn(position, n -> values.containsKey(n) || extensions.containsKey(n)) : key;
    if (!extensions.containsKey(k)) {
      putExtension(k, node);
    }
  }

  /**
   * The name of a column without one (an empty key of a JSON Lines record or a map, a null key of
   * a map) at {@code position} (from 1) of its record: {@code column<position>}, as a CSV header
   * names an unnamed column, with the first free suffix {@code #2}, {@code #3} … when the record
   * has that name already, so that no value takes another's place.
   *
   * @param taken whether a name is taken in the record
   */
  static String unnamedColumn(int position, Predicate<String> taken) {
    String name = "column" + position;
    String unique = name;
    for (int n = 2; taken.test(unique); n++) {
      unique = name + "#" + n;
    }
    return unique;
  }

  /**
   * Puts an extension in the reply: a new key goes last, a key put before keeps its place and
   * gets the new value.
   */
  private void putExtension(String key, ExtensionValue node) {
    extensions.put(key, node);
    reply.putExtension(key, node);
  }

  private MappingResult rejected() {
    Map<String, ExtensionValue> kept = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      ExtensionValue node = CellValues.json(e.getValue());
      if (node != null && !(node instanceof ExtensionValue.JsonString s && s.value().isEmpty())) {
        kept.put(e.getKey(), node);
      }
    }
    return new MappingResult.Rejected(record.number(), record.text(), kept, errors, findings);
  }

  /**
   * The text of a source in this record, reporting template text it repeated; or null. A cell
   * that has no text (an array, an object, a boolean, a number too long written out) rejects the
   * record, whatever the source's {@code onError}: the error names the field and the column, and
   * the text is null.
   */
  private String read(PreparedSource source) {
    try {
      return source.read(values, repeated);
    } catch (PreparedSource.NotText e) {
      errors.add(new FieldError(source.path, Optional.of(e.column), Optional.empty(),
          e.getMessage()));
      return null;
    }
  }

  /** Reports a template value written without the template text it repeated. */
  private void repeated(String path, Template.Repeat r) {
    String where = r.before().isEmpty() ? r.after() + " after"
        : r.after().isEmpty() ? r.before() + " before"
        : r.before() + " before, " + r.after() + " after";
    findings.add(Finding.of(RecordMapper.TEMPLATE_TEXT, Severity.INFO, r.column() + ": "
        + r.value() + " holds the template's own text around {" + r.column() + "} (" + where
        + "); written once", path, null)
        .withArguments(r.column(), r.value(), r.before(), r.after()));
  }

  private void field(Target target, PreparedSource source) {
    String path = source.path;
    int before = errors.size();
    String text = read(source);
    if (text == null) {
      if (source.spec.required() && errors.size() == before) {
        errors.add(new FieldError(path, source.label, Optional.empty(), source.emptyReason()));
      }
      return;
    }
    try {
      convert(target, source, text);
    } catch (MalformedValueException e) {
      failed(source, text, e.reason());
    } catch (TextReadException e) {
      failed(source, text, e.getMessage());
    } catch (RuntimeException e) {
      failed(source, text, "cannot convert: " + e);
    }
  }

  /**
   * A value that could not be converted: kept in {@code extensions} with a {@code GR-LEG-002}
   * warning when its source says {@code "onError": "keep"} and has a column, else a rejection.
   */
  private void failed(PreparedSource source, String text, String reason) {
    String path = source.path;
    if (source.spec.onError() == OnError.KEEP && source.label.isPresent()) {
      String key = source.label.get();
      putExtension(key, ExtensionValue.of(text));
      findings.add(Finding.of(RecordMapper.KEPT, Severity.WARNING, key + ": " + text
          + " is no valid " + path + " (" + reason + "); kept in extensions", path, null)
          .withArguments(key, text, reason));
    } else {
      errors.add(new FieldError(path, source.label, Optional.of(text), reason));
    }
  }

  /** Converts a field's text (a date also from its cell) as its {@link Target} says. */
  private void convert(Target target, PreparedSource source, String t) {
    switch (target) {
      case DOCUMENT_NUMBER -> {
        DocumentNumber n = DocumentNumber.parse(t);
        documentNumberForm(source.column, t, n);
        reply.documentNumber(n);
      }
      case RESULT_CLASS -> reply.resultClass(ResultClass.parse(t));
      case DISCLOSURE -> reply.disclosure(DisclosureCell.read(t));
      case ISSUER -> reply.issuer(t);
      case SIGNER -> reply.signer(Chars.removeBlanks(t));
      case TITLE -> reply.title(t);
      case SIGNATURE -> reply.signature(t);
      case MOTION_KIND -> {
        motion.kind(MotionCells.kind(t));
        hasMotion = true;
      }
      case MOTION_NUMBER -> {
        motion.number(MotionCells.motionNumber(t));
        hasMotion = true;
      }
      case SESSION -> {
        motion.session(mapper.sessions.read(t));
        hasMotion = true;
      }
      case MOTION_TITLE -> {
        String title = MotionCells.unquote(t);
        if (title.isEmpty()) {
          throw new MalformedValueException("motion.title", t, -1, "no title given");
        }
        motion.title(title);
        hasMotion = true;
      }
      case ADDRESSEE -> reply.addressee(mapper.addressees.read(t));
      case BODY -> body(source, t);
      case DATE -> {
        LedgerDate date = LedgerDate.read(source.cellValue(values), t);
        if (date.serial()) {
          String read = date.date().toString();
          findings.add(Finding.of(RecordMapper.SERIAL_DATE, Severity.INFO, source.column + ": "
              + t + " read as a spreadsheet serial date (days since 1899-12-30): " + read,
              "date", null).withArguments(source.column, t, read));
        }
        reply.date(date.date());
      }
      case COPY_TO -> reply.addAllCopyTo(NameCells.names(t));
      case NOTES -> reply.addAllNotes(NameCells.names(t));
      default -> throw new IllegalStateException("unmapped target " + target);
    }
  }

  /**
   * The warnings about how a document number was printed: the year in other brackets than 〔〕
   * (GR-TXT-001), a serial padded with 0 or with 第 (GR-TXT-002).
   */
  private void documentNumberForm(String column, String printed, DocumentNumber n) {
    String key = Chars.removeBlanks(CellValues.asciiDigits(printed));
    if (key.indexOf('〔') < 0) {
      findings.add(Finding.of("GR-TXT-001", Severity.WARNING, column + ": document number "
          + printed + " has the year in other brackets than 〔〕", "documentNumber", null)
          .withFix(n.toString()));
    }
    // the last closing bracket of any kind
    int close = key.length() - 1;
    while (close >= 0 && CLOSING_BRACKETS.indexOf(key.charAt(close)) < 0) {
      close--;
    }
    if (key.startsWith("第", close + 1) || key.startsWith("0", close + 1)) {
      String serial = key.substring(close + 1);
      findings.add(Finding.of("GR-TXT-002", Severity.WARNING, column + ": document number serial "
          + serial + " is padded or has 第", "documentNumber", null).withFix(n.toString()));
    }
  }

  /**
   * The body of a body cell, read by the text reader, with the reader's body findings; text the
   * reader placed outside the body (a title, salutation, signature, date, contacts in the cell)
   * keeps the whole cell in {@code extensions} with a {@code GR-LEG-003} warning. The motion the
   * opening cites is not outside: its text stays in the opening.
   */
  private void body(PreparedSource source, String text) {
    ReadResult read = mapper.reader().readBody(text);
    Reply r = read.reply();
    reply.body(r.body());
    reply.addAllUnrecognized(r.unrecognized());
    for (Finding f : read.report().findings()) {
      if (f.path().isPresent() && f.path().get().startsWith("body")) {
        findings.add(f);
      }
    }
    boolean outside = false;
    for (LineRecord line : read.report().lines()) {
      for (String target : line.targets()) {
        outside |= !target.startsWith("body") && !target.startsWith("unrecognized")
            && !target.startsWith("motion");
      }
    }
    if (outside) {
      String key = source.column;
      putExtension(key, ExtensionValue.of(text));
      findings.add(Finding.of(RecordMapper.BODY_EXTRA, Severity.WARNING, key + ": the body text"
          + " also holds other parts of a reply (title, salutation, signature, date or contacts);"
          + " only the body is taken, the full text is kept in extensions", "body", null)
          .withArguments(key));
    }
  }

  private void contact(PreparedSource.Contact c) {
    String path = c.path();
    ContactColumns spec = c.spec();
    int readBefore = errors.size();
    String name = read(c.name());
    String phone = c.phone() == null ? null : read(c.phone());
    String unit = c.unit() == null ? null : read(c.unit());
    if (errors.size() > readBefore) {
      return; // a cell that has no text
    }
    if (name == null) {
      if (spec.name().required()) {
        errors.add(new FieldError(c.name().path, c.name().label, Optional.empty(),
            c.name().emptyReason()));
      } else if (phone != null || unit != null) {
        errors.add(new FieldError(c.name().path, c.name().label, Optional.empty(),
            "a " + (phone != null ? "phone" : "unit") + " is given, but no name"));
      }
      return;
    }
    Contact.Builder b = Contact.builder().role(spec.role())
        .name(Chars.removeBlanks(name));
    boolean ok = true;
    if (phone != null) {
      try {
        b.phone(PhoneNumber.parse(phone));
      } catch (MalformedValueException e) {
        int before = errors.size();
        failed(c.phone(), phone, e.reason());
        ok = errors.size() == before;
      }
    }
    if (unit != null) {
      b.unit(unit);
    }
    if (ok) {
      try {
        reply.addContacts(b.build());
      } catch (MalformedValueException e) {
        errors.add(new FieldError(path + "." + e.field().replaceFirst("^contact\\.", ""),
            c.name().label, Optional.of(e.text()), e.reason()));
      }
    }
  }
}
