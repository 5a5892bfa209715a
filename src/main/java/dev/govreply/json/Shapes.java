package dev.govreply.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.govreply.model.Addressee;
import dev.govreply.model.BlockPlacement;
import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Contact;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Measure;
import dev.govreply.model.Motion;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import dev.govreply.model.UnrecognizedBlock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code govreply/1} format, written once: one shape per model type, whose fields are the
 * JSON properties in the order they are written. The shapes carry only annotations of
 * {@code jackson-annotations}, which Jackson 2 and Jackson 3 databind both read, so that both
 * lines bind the same definition; {@link ShapeRules} converts between a shape and its model value
 * and holds the format's rules (codes, dates, ordinals, required properties).
 *
 * <p>Every property is optional in a shape and left out when empty (absent, an empty list, false
 * flags and default styles are set to {@code null} by {@link ShapeRules}). An explicit JSON
 * {@code null} is refused, in a list too. A property the format does not define is collected, not
 * ignored, and refused by {@link ShapeRules}: whatever a mapper's
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} says, nothing in a reply is silently dropped.
 *
 * <p>Property values that are model types ({@code Motion}, {@code List<Measure>}) are bound by the
 * converters of the Jackson line, each through its own shape, so that an error names the JSON
 * Pointer of the object it is in.
 */
final class Shapes {

  private Shapes() {}

  /**
   * A property of the format: an explicit {@code null} refused. Each is named explicitly, so that
   * a mapper's naming strategy leaves the format's names as they are.
   */
  @Target(ElementType.FIELD)
  @Retention(RetentionPolicy.RUNTIME)
  @JacksonAnnotationsInside
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @interface Member {}

  /** What every shape has: the names of the properties the format does not define. */
  abstract static class Shape {
    private List<String> unknown;

    @JsonAnySetter
    final void unknown(String name, Object value) {
      if (unknown == null) {
        unknown = new ArrayList<>(2);
      }
      unknown.add(name);
    }

    /** The unknown property names read, in input order; empty when there were none. */
    final List<String> unknownNames() {
      return unknown == null ? List.of() : unknown;
    }
  }

  /** A reply document. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"format", "issuer", "documentNumber", "signer", "resultClass",
      "disclosure", "title", "motion", "addressee", "body", "signature", "date", "contacts",
      "copyTo", "notes", "unrecognized", "extensions"})
  static final class ReplyShape extends Shape {
    @JsonProperty("format") String format;
    @Member @JsonProperty("issuer") String issuer;
    @Member @JsonProperty("documentNumber") String documentNumber;
    @Member @JsonProperty("signer") String signer;
    @Member @JsonProperty("resultClass") String resultClass;
    @Member @JsonProperty("disclosure") String disclosure;
    @Member @JsonProperty("title") String title;
    @Member @JsonProperty("motion") Motion motion;
    @Member @JsonProperty("addressee") Addressee addressee;
    @Member @JsonProperty("body") Body body;
    @Member @JsonProperty("signature") String signature;
    @Member @JsonProperty("date") String date;
    @Member @JsonProperty("contacts") List<Contact> contacts;
    @Member @JsonProperty("copyTo") List<String> copyTo;
    @Member @JsonProperty("notes") List<String> notes;
    @Member @JsonProperty("unrecognized") List<UnrecognizedBlock> unrecognized;
    @Member @JsonProperty("extensions") ExtensionValue.JsonObject extensions;

    /**
     * Reads {@code format} and checks it at once, so that a newer version is named before
     * anything else the document holds is refused.
     */
    @JsonProperty("format")
    @JsonSetter(nulls = Nulls.FAIL)
    void format(String format) {
      ShapeRules.format(format);
      this.format = format;
    }

    /** The shape of {@code r}, what is empty left out. */
    static ReplyShape of(Reply r) {
      ReplyShape s = new ReplyShape();
      s.format = ShapeRules.FORMAT;
      s.issuer = r.issuer().orElse(null);
      s.documentNumber = r.documentNumber().map(DocumentNumber::toString).orElse(null);
      s.signer = r.signer().orElse(null);
      s.resultClass = r.resultClass().map(ResultClass::toString).orElse(null);
      s.disclosure = r.disclosure().map(Enum::name).orElse(null);
      s.title = r.title().orElse(null);
      s.motion = r.motion().orElse(null);
      s.addressee = r.addressee().orElse(null);
      s.body = r.body().isEmpty() ? null : r.body();
      s.signature = r.signature().orElse(null);
      s.date = r.date().map(LocalDate::toString).orElse(null);
      s.contacts = r.contacts();
      s.copyTo = r.copyTo();
      s.notes = r.notes();
      s.unrecognized = r.unrecognized();
      s.extensions = r.extensions().isEmpty() ? null : ExtensionValue.object(r.extensions());
      return s;
    }
  }

  /** The motion a reply answers. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"kind", "session", "number", "title"})
  static final class MotionShape extends Shape {
    @Member @JsonProperty("kind") String kind;
    @Member @JsonProperty("session") String session;
    @Member @JsonProperty("number") String number;
    @Member @JsonProperty("title") String title;

    /** The shape of {@code m}, what is empty left out. */
    static MotionShape of(Motion m) {
      MotionShape s = new MotionShape();
      s.kind = m.kind().map(Enum::name).orElse(null);
      s.session = m.session().map(Session::toString).orElse(null);
      s.number = m.number().orElse(null);
      s.title = m.title().orElse(null);
      return s;
    }
  }

  /** The addressee (主送). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"salutation", "names", "role", "statedCount", "andOthers", "collective"})
  static final class AddresseeShape extends Shape {
    @Member @JsonProperty("salutation") String salutation;
    @Member @JsonProperty("names") List<String> names;
    @Member @JsonProperty("role") String role;
    @Member @JsonProperty("statedCount") Number statedCount;
    @Member @JsonProperty("andOthers") Boolean andOthers;
    @Member @JsonProperty("collective") Boolean collective;

    /** The shape of {@code a}, what is empty left out. */
    static AddresseeShape of(Addressee a) {
      AddresseeShape s = new AddresseeShape();
      s.salutation = a.salutation().orElse(null);
      s.names = a.names();
      s.role = a.role().map(Enum::name).orElse(null);
      s.statedCount = a.statedCount().isPresent() ? a.statedCount().getAsInt() : null;
      s.andOthers = a.andOthers() ? Boolean.TRUE : null;
      s.collective = a.collective() ? Boolean.TRUE : null;
      return s;
    }
  }

  /** The body (正文). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"opening", "context", "measures", "commitments", "closing"})
  static final class BodyShape extends Shape {
    @Member @JsonProperty("opening") String opening;
    @Member @JsonProperty("context") List<String> context;
    @Member @JsonProperty("measures") List<Measure> measures;
    @Member @JsonProperty("commitments") Commitments commitments;
    @Member @JsonProperty("closing") List<String> closing;

    /** The shape of {@code b}, what is empty left out. */
    static BodyShape of(Body b) {
      BodyShape s = new BodyShape();
      s.opening = b.opening().orElse(null);
      s.context = b.context();
      s.measures = b.measures();
      s.commitments = b.commitments().orElse(null);
      s.closing = b.closing();
      return s;
    }
  }

  /** A measure taken (一、…). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"ordinal", "heading", "paragraphs", "points"})
  static final class MeasureShape extends Shape {
    @Member @JsonProperty("ordinal") Number ordinal;
    @Member @JsonProperty("heading") String heading;
    @Member @JsonProperty("paragraphs") List<String> paragraphs;
    @Member @JsonProperty("points") List<Point> points;

    /** The shape of {@code m}, what is empty left out. */
    static MeasureShape of(Measure m) {
      MeasureShape s = new MeasureShape();
      s.ordinal = m.ordinal();
      s.heading = m.heading().orElse(null);
      s.paragraphs = m.paragraphs();
      s.points = m.points();
      return s;
    }
  }

  /** A point of a measure or commitment ((一)、1.). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"ordinal", "style", "heading", "paragraphs"})
  static final class PointShape extends Shape {
    @Member @JsonProperty("ordinal") Number ordinal;
    @Member @JsonProperty("style") String style;
    @Member @JsonProperty("heading") String heading;
    @Member @JsonProperty("paragraphs") List<String> paragraphs;

    /** The shape of {@code p}, what is empty left out. */
    static PointShape of(Point p) {
      PointShape s = new PointShape();
      s.ordinal = p.ordinal();
      s.style = Shapes.style(p.style());
      s.heading = p.heading().orElse(null);
      s.paragraphs = p.paragraphs();
      return s;
    }
  }

  /** The commitments (下一步). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"intro", "items"})
  static final class CommitmentsShape extends Shape {
    @Member @JsonProperty("intro") List<String> intro;
    @Member @JsonProperty("items") List<Commitment> items;

    /** The shape of {@code c}, what is empty left out. */
    static CommitmentsShape of(Commitments c) {
      CommitmentsShape s = new CommitmentsShape();
      s.intro = c.intro();
      s.items = c.items();
      return s;
    }
  }

  /** One commitment. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"ordinal", "style", "heading", "paragraphs", "points"})
  static final class CommitmentShape extends Shape {
    @Member @JsonProperty("ordinal") Number ordinal;
    @Member @JsonProperty("style") String style;
    @Member @JsonProperty("heading") String heading;
    @Member @JsonProperty("paragraphs") List<String> paragraphs;
    @Member @JsonProperty("points") List<Point> points;

    /** The shape of {@code c}, what is empty left out. */
    static CommitmentShape of(Commitment c) {
      CommitmentShape s = new CommitmentShape();
      s.ordinal = c.ordinal();
      s.style = Shapes.style(c.style());
      s.heading = c.heading().orElse(null);
      s.paragraphs = c.paragraphs();
      s.points = c.points();
      return s;
    }
  }

  /** A contact (承办负责人, 承办人). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"role", "name", "phone", "unit"})
  static final class ContactShape extends Shape {
    @Member @JsonProperty("role") String role;
    @Member @JsonProperty("name") String name;
    @Member @JsonProperty("phone") String phone;
    @Member @JsonProperty("unit") String unit;

    /** The shape of {@code c}, what is empty left out. */
    static ContactShape of(Contact c) {
      ContactShape s = new ContactShape();
      s.role = c.role().name();
      s.name = c.name().orElse(null);
      s.phone = c.phone().map(PhoneNumber::toString).orElse(null);
      s.unit = c.unit().orElse(null);
      return s;
    }
  }

  /** Text a reader could not place. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"kind", "placement", "firstLine", "lines"})
  static final class BlockShape extends Shape {
    @Member @JsonProperty("kind") String kind;
    @Member @JsonProperty("placement") String placement;
    @Member @JsonProperty("firstLine") Number firstLine;
    @Member @JsonProperty("lines") List<String> lines;

    /** The shape of {@code b}, what is empty left out, and the kind's usual placement too. */
    static BlockShape of(UnrecognizedBlock b) {
      BlockShape s = new BlockShape();
      s.kind = b.kind().name();
      s.placement = b.placement() == BlockPlacement.usual(b.kind()) ? null : b.placement().name();
      s.firstLine = b.firstLine();
      s.lines = b.lines();
      return s;
    }
  }

  /** Run-in, the common style, is left out. */
  static String style(PointStyle style) {
    return style == PointStyle.RUN_IN ? null : style.name();
  }
}
