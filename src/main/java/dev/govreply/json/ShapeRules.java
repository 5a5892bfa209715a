package dev.govreply.json;

import dev.govreply.json.Shapes.AddresseeShape;
import dev.govreply.json.Shapes.BlockShape;
import dev.govreply.json.Shapes.BodyShape;
import dev.govreply.json.Shapes.CommitmentShape;
import dev.govreply.json.Shapes.CommitmentsShape;
import dev.govreply.json.Shapes.ContactShape;
import dev.govreply.json.Shapes.MeasureShape;
import dev.govreply.json.Shapes.MotionShape;
import dev.govreply.json.Shapes.PointShape;
import dev.govreply.json.Shapes.ReplyShape;
import dev.govreply.json.Shapes.Shape;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.BlockKind;
import dev.govreply.model.BlockPlacement;
import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.Measure;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import dev.govreply.model.UnrecognizedBlock;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The rules of the {@code govreply/1} format: how each model type becomes its {@link Shapes
 * shape} and back. Writing leaves out what is empty; reading checks what a shape holds (codes,
 * dates, ordinals, required properties, blank text, string lengths) and builds the model value,
 * throwing a {@link ShapeException} that says what is wrong and where within the object.
 * Stateless apart from its limit; thread-safe. Both Jackson lines bind through these rules.
 */
final class ShapeRules {

  /** The format's name and version, the value of {@code format}. */
  static final String FORMAT = "govreply/1";

  private static final Pattern OTHER_VERSION = Pattern.compile("govreply/[1-9][0-9]{0,8}");

  /**
   * How one model type is bound: its shape, its name in messages, and the two conversions.
   *
   * @param <M> the model type
   * @param <S> its shape
   */
  record Definition<M, S extends Shape>(Class<M> model, Class<S> shape, Function<M, S> write,
      Function<S, M> read) {}

  private final int maxStringLength;

  /**
   * Rules reading strings of at most {@code maxStringLength} chars.
   *
   * @param maxStringLength the longest string read, in chars
   */
  ShapeRules(int maxStringLength) {
    this.maxStringLength = maxStringLength;
  }

  /** The longest string read, in chars. */
  int maxStringLength() {
    return maxStringLength;
  }

  /** The definitions of every model type the format holds, the reply first. */
  List<Definition<?, ?>> definitions() {
    return List.of(
        new Definition<>(Reply.class, ReplyShape.class, ReplyShape::of, this::read),
        new Definition<>(Motion.class, MotionShape.class, MotionShape::of, this::read),
        new Definition<>(Addressee.class, AddresseeShape.class, AddresseeShape::of, this::read),
        new Definition<>(Body.class, BodyShape.class, BodyShape::of, this::read),
        new Definition<>(Measure.class, MeasureShape.class, MeasureShape::of, this::read),
        new Definition<>(Point.class, PointShape.class, PointShape::of, this::read),
        new Definition<>(Commitments.class, CommitmentsShape.class, CommitmentsShape::of,
            this::read),
        new Definition<>(Commitment.class, CommitmentShape.class, CommitmentShape::of,
            this::read),
        new Definition<>(Contact.class, ContactShape.class, ContactShape::of, this::read),
        new Definition<>(UnrecognizedBlock.class, BlockShape.class, BlockShape::of,
            this::read));
  }

  // ======================================================================================
  // reading
  // ======================================================================================

  Reply read(ReplyShape s) {
    format(s.format);
    known(s, "a reply");
    Reply.Builder b = Reply.builder();
    b.issuer(text(s.issuer, "issuer"));
    b.documentNumber(small(s.documentNumber, "documentNumber", "document number",
        DocumentNumber::parse));
    b.signer(text(s.signer, "signer"));
    b.resultClass(small(s.resultClass, "resultClass", "result class", ResultClass::parse));
    b.disclosure(code(s.disclosure, "disclosure", Disclosure.class));
    b.title(text(s.title, "title"));
    b.motion(Optional.ofNullable(s.motion));
    b.addressee(Optional.ofNullable(s.addressee));
    if (s.body != null) {
      b.body(s.body);
    }
    b.signature(text(s.signature, "signature"));
    b.date(date(s.date));
    b.contacts(listOf(s.contacts));
    b.copyTo(texts(s.copyTo, "copyTo"));
    b.notes(texts(s.notes, "notes"));
    b.unrecognized(listOf(s.unrecognized));
    if (s.extensions != null) {
      s.extensions.members().forEach((key, value) -> {
        if (key.isEmpty()) {
          throw new ShapeException(List.of("extensions", ""),
              "extension keys must not be empty", true, null);
        }
        b.putExtension(key, value);
      });
    }
    return build(b::build);
  }

  Motion read(MotionShape s) {
    known(s, "a motion");
    Motion.Builder b = Motion.builder();
    b.kind(code(s.kind, "kind", MotionKind.class));
    b.session(small(s.session, "session", "session", Session::parse));
    b.number(text(s.number, "number"));
    b.title(text(s.title, "title"));
    return build(b::build);
  }

  Addressee read(AddresseeShape s) {
    known(s, "an addressee");
    Addressee.Builder b = Addressee.builder();
    b.salutation(text(s.salutation, "salutation"));
    b.names(texts(s.names, "names"));
    b.role(code(s.role, "role", AddresseeRole.class));
    if (s.statedCount != null) {
      b.statedCount(positive(s.statedCount, "statedCount"));
    }
    b.andOthers(Boolean.TRUE.equals(s.andOthers));
    b.collective(Boolean.TRUE.equals(s.collective));
    return build(b::build);
  }

  Body read(BodyShape s) {
    known(s, "the body");
    Body.Builder b = Body.builder();
    b.opening(text(s.opening, "opening"));
    b.context(texts(s.context, "context"));
    b.measures(listOf(s.measures));
    b.commitments(Optional.ofNullable(s.commitments));
    b.closing(texts(s.closing, "closing"));
    return build(b::build);
  }

  Measure read(MeasureShape s) {
    known(s, "a measure");
    Measure.Builder b = Measure.builder();
    b.ordinal(required(s.ordinal, "ordinal", "a measure"));
    b.heading(text(s.heading, "heading"));
    b.paragraphs(texts(s.paragraphs, "paragraphs"));
    b.points(listOf(s.points));
    return build(b::build);
  }

  Point read(PointShape s) {
    known(s, "a point");
    Point.Builder b = Point.builder();
    b.ordinal(required(s.ordinal, "ordinal", "a point"));
    b.style(style(s.style));
    b.heading(text(s.heading, "heading"));
    b.paragraphs(texts(s.paragraphs, "paragraphs"));
    return build(b::build);
  }

  Commitments read(CommitmentsShape s) {
    known(s, "the commitments");
    Commitments.Builder b = Commitments.builder();
    b.intro(texts(s.intro, "intro"));
    b.items(listOf(s.items));
    return build(b::build);
  }

  Commitment read(CommitmentShape s) {
    known(s, "a commitment");
    Commitment.Builder b = Commitment.builder();
    b.ordinal(required(s.ordinal, "ordinal", "a commitment"));
    b.style(style(s.style));
    b.heading(text(s.heading, "heading"));
    b.paragraphs(texts(s.paragraphs, "paragraphs"));
    b.points(listOf(s.points));
    return build(b::build);
  }

  Contact read(ContactShape s) {
    known(s, "a contact");
    if (s.role == null) {
      throw new ShapeException(List.of(), "missing required property \"role\" of a contact");
    }
    Contact.Builder b = Contact.builder();
    b.role(code(s.role, "role", ContactRole.class).orElseThrow());
    b.name(text(s.name, "name"));
    b.phone(small(s.phone, "phone", "phone number", PhoneNumber::parse));
    b.unit(text(s.unit, "unit"));
    if (s.name == null && s.phone == null) {
      throw new ShapeException(List.of(), "a contact needs \"name\" or \"phone\"; it has neither");
    }
    return build(b::build);
  }

  UnrecognizedBlock read(BlockShape s) {
    known(s, "an unrecognized block");
    for (String name : new String[] {"kind", "firstLine", "lines"}) {
      Object value = "kind".equals(name) ? s.kind
          : "firstLine".equals(name) ? s.firstLine : s.lines;
      if (value == null) {
        throw new ShapeException(List.of(), "missing required property \"" + name
            + "\" of an unrecognized block");
      }
    }
    UnrecognizedBlock.Builder b = UnrecognizedBlock.builder();
    b.kind(code(s.kind, "kind", BlockKind.class).orElseThrow());
    code(s.placement, "placement", BlockPlacement.class).ifPresent(b::placement);
    b.firstLine(positive(s.firstLine, "firstLine"));
    if (s.lines.isEmpty()) {
      throw new ShapeException(List.of("lines"),
          "the lines of an unrecognized block must not be empty");
    }
    for (int i = 0; i < s.lines.size(); i++) {
      String line = s.lines.get(i);
      length(line, List.of("lines", i));
      int at = line.indexOf('\n');
      if (at < 0) {
        at = line.indexOf('\r');
      }
      if (at >= 0) {
        throw new ShapeException(List.of("lines", i),
            "a line must not contain a line break (at index " + at + ")");
      }
    }
    b.lines(s.lines);
    return build(b::build);
  }

  // ---- value rules ---------------------------------------------------------------------

  /** Refuses a missing format, another version and anything else but {@value #FORMAT}. */
  static void format(String format) {
    if (format == null) {
      throw new ShapeException(List.of(), "missing required property \"format\"");
    }
    if (FORMAT.equals(format)) {
      return;
    }
    if (format.length() < 40 && OTHER_VERSION.matcher(format).matches()) {
      throw new ShapeException(List.of("format"), "document is " + format + ", this library reads "
          + FORMAT);
    }
    throw new ShapeException(List.of("format"), "unknown format " + JsonText.quote(format)
        + ", expected \"" + FORMAT + "\"");
  }

  /** Refuses the first property the format does not define. */
  private static void known(Shape s, String where) {
    List<String> unknown = s.unknownNames();
    if (!unknown.isEmpty()) {
      String name = unknown.get(0);
      throw new ShapeException(List.of(name), "unknown property "
          + JsonText.quote(name) + " in " + where, true, null);
    }
  }

  /** A non-blank string of the model, or empty when absent. */
  private Optional<String> text(String s, String property) {
    if (s == null) {
      return Optional.empty();
    }
    length(s, List.of(property));
    if (s.isBlank()) {
      throw new ShapeException(List.of(property), "must not be blank");
    }
    return Optional.of(s);
  }

  private List<String> texts(List<String> list, String property) {
    if (list == null) {
      return List.of();
    }
    for (int i = 0; i < list.size(); i++) {
      String s = list.get(i);
      length(s, List.of(property, i));
      if (s.isBlank()) {
        throw new ShapeException(List.of(property, i), "must not be blank");
      }
    }
    return list;
  }

  private void length(String s, List<Object> path) {
    if (s.length() > maxStringLength) {
      throw new ShapeException(path, "string of " + s.length()
          + " chars is longer than maxStringLength (" + maxStringLength + ")");
    }
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static int required(Number n, String property, String what) {
    if (n == null) {
      throw new ShapeException(List.of(),
          "missing required property \"" + property + "\" of " + what);
    }
    return positive(n, property);
  }

  /** A positive {@code int}: an integer of JSON, not a number with a fraction or exponent. */
  private static int positive(Number n, String property) {
    List<Object> path = List.of(property);
    if (!(n instanceof Integer || n instanceof Long || n instanceof BigInteger
        || n instanceof Short || n instanceof Byte)) {
      throw new ShapeException(path, "expected a positive integer, found a number");
    }
    if (n instanceof BigInteger big ? big.bitLength() > 31
        : n.longValue() != n.intValue()) {
      throw new ShapeException(path, "integer " + abbreviate(n.toString())
          + " is out of range");
    }
    int v = n.intValue();
    if (v < 1) {
      throw new ShapeException(path, "must be 1 or more, got " + v);
    }
    return v;
  }

  private static Optional<LocalDate> date(String s) {
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      throw new ShapeException(List.of("date"), "invalid date " + JsonText.quote(s)
          + ", expected an ISO-8601 date such as \"2024-03-01\": " + e.getMessage(), false, e);
    }
  }

  private static PointStyle style(String s) {
    return s == null ? PointStyle.RUN_IN : code(s, "style", PointStyle.class).orElseThrow();
  }

  private static <E extends Enum<E>> Optional<E> code(String s, String property, Class<E> type) {
    if (s == null) {
      return Optional.empty();
    }
    E[] values = type.getEnumConstants();
    for (E e : values) {
      if (e.name().equals(s)) {
        return Optional.of(e);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (E e : values) {
      sb.append(sb.length() == 0 ? "" : ", ").append(e.name());
    }
    throw new ShapeException(List.of(property), "unknown " + type.getSimpleName() + " code "
        + JsonText.quote(s) + ", expected one of " + sb);
  }

  private <T> Optional<T> small(String s, String property, String what,
      Function<String, T> parse) {
    if (s == null) {
      return Optional.empty();
    }
    length(s, List.of(property));
    try {
      return Optional.of(parse.apply(s));
    } catch (MalformedValueException e) {
      throw new ShapeException(List.of(property), "malformed " + what + ": " + e.getMessage(),
          false, e);
    }
  }

  /** Builds a value, turning the model's invariant failures into errors at their field. */
  private static <T> T build(Supplier<T> b) {
    try {
      return b.get();
    } catch (MalformedValueException e) {
      throw new ShapeException(JsonText.fieldPath(e.field()), e.getMessage(), false, e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
