package dev.govreply.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.BlockKind;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code govreply/1} codec: a hand-written streaming writer and reader between Jackson's
 * {@link JsonGenerator}/{@link JsonParser} and the model's builders. Stateless apart from its
 * limits; thread-safe. Shared by {@link ReplyJson} and {@link GovReplyModule}.
 */
final class ReplyCodec {

  static final String FORMAT = "govreply/1";
  private static final Pattern FORMAT_PATTERN = Pattern.compile("govreply/([1-9][0-9]{0,8})");

  // property names, pre-serialised for the writer
  private static final SerializableString P_FORMAT = name("format");
  private static final SerializableString V_FORMAT = name(FORMAT);
  private static final SerializableString P_ISSUER = name("issuer");
  private static final SerializableString P_DOCUMENT_NUMBER = name("documentNumber");
  private static final SerializableString P_SIGNER = name("signer");
  private static final SerializableString P_RESULT_CLASS = name("resultClass");
  private static final SerializableString P_DISCLOSURE = name("disclosure");
  private static final SerializableString P_TITLE = name("title");
  private static final SerializableString P_MOTION = name("motion");
  private static final SerializableString P_ADDRESSEE = name("addressee");
  private static final SerializableString P_BODY = name("body");
  private static final SerializableString P_SIGNATURE = name("signature");
  private static final SerializableString P_DATE = name("date");
  private static final SerializableString P_CONTACTS = name("contacts");
  private static final SerializableString P_COPY_TO = name("copyTo");
  private static final SerializableString P_NOTES = name("notes");
  private static final SerializableString P_UNRECOGNIZED = name("unrecognized");
  private static final SerializableString P_EXTENSIONS = name("extensions");
  private static final SerializableString P_KIND = name("kind");
  private static final SerializableString P_SESSION = name("session");
  private static final SerializableString P_NUMBER = name("number");
  private static final SerializableString P_SALUTATION = name("salutation");
  private static final SerializableString P_NAMES = name("names");
  private static final SerializableString P_ROLE = name("role");
  private static final SerializableString P_STATED_COUNT = name("statedCount");
  private static final SerializableString P_AND_OTHERS = name("andOthers");
  private static final SerializableString P_COLLECTIVE = name("collective");
  private static final SerializableString P_OPENING = name("opening");
  private static final SerializableString P_CONTEXT = name("context");
  private static final SerializableString P_MEASURES = name("measures");
  private static final SerializableString P_COMMITMENTS = name("commitments");
  private static final SerializableString P_CLOSING = name("closing");
  private static final SerializableString P_ORDINAL = name("ordinal");
  private static final SerializableString P_STYLE = name("style");
  private static final SerializableString P_HEADING = name("heading");
  private static final SerializableString P_PARAGRAPHS = name("paragraphs");
  private static final SerializableString P_POINTS = name("points");
  private static final SerializableString P_INTRO = name("intro");
  private static final SerializableString P_ITEMS = name("items");
  private static final SerializableString P_NAME = name("name");
  private static final SerializableString P_PHONE = name("phone");
  private static final SerializableString P_UNIT = name("unit");
  private static final SerializableString P_FIRST_LINE = name("firstLine");
  private static final SerializableString P_LINES = name("lines");

  private final int maxStringLength;
  private final int maxDepth;
  private final boolean combiningGenerators;

  /**
   * A codec.
   *
   * @param maxStringLength longest string read, in chars
   * @param maxDepth deepest nesting read
   * @param combiningGenerators whether every generator given to {@link #write} writes surrogate
   *     pairs as 4-byte UTF-8 ({@code COMBINE_UNICODE_SURROGATES_IN_UTF8}, as {@link ReplyJson}'s
   *     own factory does); false for an embedder's generators, whose strings with surrogates are
   *     then written by this codec
   */
  ReplyCodec(int maxStringLength, int maxDepth, boolean combiningGenerators) {
    this.maxStringLength = maxStringLength;
    this.maxDepth = maxDepth;
    this.combiningGenerators = combiningGenerators;
  }

  /** This codec for generators that may not combine surrogate pairs (an embedder's mapper). */
  ReplyCodec forForeignGenerators() {
    return combiningGenerators ? new ReplyCodec(maxStringLength, maxDepth, false) : this;
  }

  private static SerializableString name(String s) {
    return new SerializedString(s);
  }

  // ======================================================================================
  // writing
  // ======================================================================================

  /** Writes {@code reply} as one JSON object at the generator's current position. */
  void write(JsonGenerator g, Reply r) throws IOException {
    g.writeStartObject();
    g.writeFieldName(P_FORMAT);
    g.writeString(V_FORMAT);
    text(g, P_ISSUER, r.issuer());
    if (r.documentNumber().isPresent()) {
      g.writeFieldName(P_DOCUMENT_NUMBER);
      str(g, r.documentNumber().get().toString());
    }
    text(g, P_SIGNER, r.signer());
    if (r.resultClass().isPresent()) {
      g.writeFieldName(P_RESULT_CLASS);
      str(g, r.resultClass().get().toString());
    }
    code(g, P_DISCLOSURE, r.disclosure());
    text(g, P_TITLE, r.title());
    if (r.motion().isPresent()) {
      writeMotion(g, r.motion().get());
    }
    if (r.addressee().isPresent()) {
      writeAddressee(g, r.addressee().get());
    }
    Body body = r.body();
    if (!body.isEmpty()) {
      writeBody(g, body);
    }
    text(g, P_SIGNATURE, r.signature());
    if (r.date().isPresent()) {
      g.writeFieldName(P_DATE);
      g.writeString(r.date().get().toString());
    }
    List<Contact> contacts = r.contacts();
    if (!contacts.isEmpty()) {
      g.writeFieldName(P_CONTACTS);
      g.writeStartArray();
      for (Contact c : contacts) {
        g.writeStartObject();
        g.writeFieldName(P_ROLE);
        g.writeString(c.role().name());
        if (c.name().isPresent()) {
          g.writeFieldName(P_NAME);
          str(g, c.name().get());
        }
        if (c.phone().isPresent()) {
          g.writeFieldName(P_PHONE);
          str(g, c.phone().get().toString());
        }
        text(g, P_UNIT, c.unit());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    texts(g, P_COPY_TO, r.copyTo());
    texts(g, P_NOTES, r.notes());
    List<UnrecognizedBlock> blocks = r.unrecognized();
    if (!blocks.isEmpty()) {
      g.writeFieldName(P_UNRECOGNIZED);
      g.writeStartArray();
      for (UnrecognizedBlock b : blocks) {
        g.writeStartObject();
        g.writeFieldName(P_KIND);
        g.writeString(b.kind().name());
        g.writeFieldName(P_FIRST_LINE);
        g.writeNumber(b.firstLine());
        texts(g, P_LINES, b.lines());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    Map<String, ExtensionValue> extensions = r.extensions();
    if (!extensions.isEmpty()) {
      g.writeFieldName(P_EXTENSIONS);
      g.writeStartObject();
      for (Map.Entry<String, ExtensionValue> e : extensions.entrySet()) {
        key(g, e.getKey());
        writeNode(g, e.getValue(), "/extensions/" + e.getKey());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void writeMotion(JsonGenerator g, Motion m) throws IOException {
    g.writeFieldName(P_MOTION);
    g.writeStartObject();
    code(g, P_KIND, m.kind());
    if (m.session().isPresent()) {
      g.writeFieldName(P_SESSION);
      str(g, m.session().get().toString());
    }
    text(g, P_NUMBER, m.number());
    text(g, P_TITLE, m.title());
    g.writeEndObject();
  }

  private void writeAddressee(JsonGenerator g, Addressee a) throws IOException {
    g.writeFieldName(P_ADDRESSEE);
    g.writeStartObject();
    text(g, P_SALUTATION, a.salutation());
    texts(g, P_NAMES, a.names());
    code(g, P_ROLE, a.role());
    if (a.statedCount().isPresent()) {
      g.writeFieldName(P_STATED_COUNT);
      g.writeNumber(a.statedCount().getAsInt());
    }
    if (a.andOthers()) {
      g.writeFieldName(P_AND_OTHERS);
      g.writeBoolean(true);
    }
    if (a.collective()) {
      g.writeFieldName(P_COLLECTIVE);
      g.writeBoolean(true);
    }
    g.writeEndObject();
  }

  private void writeBody(JsonGenerator g, Body b) throws IOException {
    g.writeFieldName(P_BODY);
    g.writeStartObject();
    text(g, P_OPENING, b.opening());
    texts(g, P_CONTEXT, b.context());
    List<Measure> measures = b.measures();
    if (!measures.isEmpty()) {
      g.writeFieldName(P_MEASURES);
      g.writeStartArray();
      for (Measure m : measures) {
        g.writeStartObject();
        g.writeFieldName(P_ORDINAL);
        g.writeNumber(m.ordinal());
        text(g, P_HEADING, m.heading());
        texts(g, P_PARAGRAPHS, m.paragraphs());
        writePoints(g, m.points());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (b.commitments().isPresent()) {
      Commitments c = b.commitments().get();
      g.writeFieldName(P_COMMITMENTS);
      g.writeStartObject();
      texts(g, P_INTRO, c.intro());
      List<Commitment> items = c.items();
      if (!items.isEmpty()) {
        g.writeFieldName(P_ITEMS);
        g.writeStartArray();
        for (Commitment item : items) {
          g.writeStartObject();
          g.writeFieldName(P_ORDINAL);
          g.writeNumber(item.ordinal());
          style(g, item.style());
          text(g, P_HEADING, item.heading());
          texts(g, P_PARAGRAPHS, item.paragraphs());
          writePoints(g, item.points());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    texts(g, P_CLOSING, b.closing());
    g.writeEndObject();
  }

  private void writePoints(JsonGenerator g, List<Point> points) throws IOException {
    if (points.isEmpty()) {
      return;
    }
    g.writeFieldName(P_POINTS);
    g.writeStartArray();
    for (Point p : points) {
      g.writeStartObject();
      g.writeFieldName(P_ORDINAL);
      g.writeNumber(p.ordinal());
      style(g, p.style());
      text(g, P_HEADING, p.heading());
      texts(g, P_PARAGRAPHS, p.paragraphs());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void style(JsonGenerator g, PointStyle style) throws IOException {
    if (style != PointStyle.RUN_IN) {
      g.writeFieldName(P_STYLE);
      g.writeString(style.name());
    }
  }

  private void text(JsonGenerator g, SerializableString name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      str(g, value.get());
    }
  }

  private void code(JsonGenerator g, SerializableString name,
      Optional<? extends Enum<?>> value) throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      g.writeString(value.get().name());
    }
  }

  private void texts(JsonGenerator g, SerializableString name, List<String> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      str(g, values.get(i));
    }
    g.writeEndArray();
  }

  /**
   * Writes a string. Jackson's UTF-8 generator writes a surrogate pair as two {@code \}{@code u}
   * escapes unless {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} is on, which an embedder's mapper
   * may not have; for such generators strings with surrogates are escaped here, so that astral
   * characters (𠀀) come out as 4-byte UTF-8 whatever the generator, and unpaired surrogates as
   * {@code \}{@code uD800} escapes, exactly as {@link ReplyJson} writes them.
   */
  private void str(JsonGenerator g, String s) throws IOException {
    if (combiningGenerators || !hasSurrogates(s)) {
      g.writeString(s);
    } else {
      g.writeRawValue(quoted(s));
    }
  }

  /**
   * Writes a property name of an extension value. Jackson's parsers refuse unpaired surrogate
   * escapes in property names (not in values), so such names are refused here too.
   */
  private void key(JsonGenerator g, String s) throws IOException {
    boolean surrogates = hasSurrogates(s);
    if (surrogates) {
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new IllegalArgumentException(String.format("extension property name %s has an "
              + "unpaired surrogate U+%04X at index %d, which JSON property names cannot hold",
              quote(s), (int) c, i));
        }
      }
    }
    if (combiningGenerators || !surrogates) {
      g.writeFieldName(s);
    } else {
      g.writeFieldName(new EscapedName(s));
    }
  }

  /** A property name with surrogates, escaped by {@link #quotedContent}. */
  private static final class EscapedName implements SerializableString {
    private final String value;
    private final String quoted;
    private final byte[] utf8;

    EscapedName(String value) {
      this.value = value;
      this.quoted = quotedContent(value);
      this.utf8 = quoted.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String getValue() {
      return value;
    }

    @Override
    public int charLength() {
      return value.length();
    }

    @Override
    public char[] asQuotedChars() {
      return quoted.toCharArray();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] asQuotedUTF8() {
      return utf8.clone();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return copy(utf8, buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      char[] chars = quoted.toCharArray();
      if (offset + chars.length > buffer.length) {
        return -1;
      }
      System.arraycopy(chars, 0, buffer, offset, chars.length);
      return chars.length;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      return copy(asUnquotedUTF8(), buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      if (offset + value.length() > buffer.length) {
        return -1;
      }
      value.getChars(0, value.length(), buffer, offset);
      return value.length();
    }

    @Override
    public int writeQuotedUTF8(java.io.OutputStream out) throws IOException {
      out.write(utf8);
      return utf8.length;
    }

    @Override
    public int writeUnquotedUTF8(java.io.OutputStream out) throws IOException {
      byte[] b = asUnquotedUTF8();
      out.write(b);
      return b.length;
    }

    @Override
    public int putQuotedUTF8(java.nio.ByteBuffer buffer) {
      if (buffer.remaining() < utf8.length) {
        return -1;
      }
      buffer.put(utf8);
      return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(java.nio.ByteBuffer buffer) {
      byte[] b = asUnquotedUTF8();
      if (buffer.remaining() < b.length) {
        return -1;
      }
      buffer.put(b);
      return b.length;
    }

    private static int copy(byte[] from, byte[] buffer, int offset) {
      if (offset + from.length > buffer.length) {
        return -1;
      }
      System.arraycopy(from, 0, buffer, offset, from.length);
      return from.length;
    }

    @Override
    public String toString() {
      return value;
    }
  }

  private static boolean hasSurrogates(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        return true;
      }
    }
    return false;
  }

  /** The JSON string literal of {@code s}, escaped as Jackson's generator escapes. */
  private static String quoted(String s) {
    return '"' + quotedContent(s) + '"';
  }

  private static String quotedContent(String s) {
    char[] escaped = JsonStringEncoder.getInstance().quoteAsString(s);
    StringBuilder sb = new StringBuilder(escaped.length + 8);
    for (int i = 0, n = escaped.length; i < n; i++) {
      char c = escaped[i];
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(escaped[i + 1])) {
        sb.append(c).append(escaped[++i]);
      } else if (Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Writes an extension value ({@code where} is its JSON Pointer, for errors). */
  void writeNode(JsonGenerator g, ExtensionValue v, String where) throws IOException {
    if (v instanceof ExtensionValue.JsonObject o) {
      g.writeStartObject();
      for (Map.Entry<String, ExtensionValue> e : o.members().entrySet()) {
        key(g, e.getKey());
        writeNode(g, e.getValue(), where);
      }
      g.writeEndObject();
    } else if (v instanceof ExtensionValue.JsonArray a) {
      g.writeStartArray();
      for (ExtensionValue e : a.elements()) {
        writeNode(g, e, where);
      }
      g.writeEndArray();
    } else if (v instanceof ExtensionValue.JsonString t) {
      str(g, t.value());
    } else if (v instanceof ExtensionValue.JsonNumber n) {
      if (!readsBack(n.value())) {
        throw new IllegalArgumentException("extension value at " + where + ": the number "
            + n + " has an exponent a reader cannot hold");
      }
      // its canonical text, whatever the generator's features say of BigDecimals
      g.writeNumber(n.value().toString());
    } else if (v instanceof ExtensionValue.JsonBoolean bool) {
      g.writeBoolean(bool.value());
    } else {
      g.writeNull();
    }
  }

  // ======================================================================================
  // reading
  // ======================================================================================

  /**
   * Reads a reply object; the parser must be at its {@code START_OBJECT}. Leaves the parser at
   * the object's {@code END_OBJECT}.
   */
  Reply readReply(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw typeError(p, "an object (a govreply document)");
    }
    JsonLocation start = p.currentTokenLocation();
    JsonToken t = p.nextToken();
    if (t != JsonToken.FIELD_NAME) {
      throw error(p, start, "missing required property \"format\"");
    }
    if (!"format".equals(p.currentName())) {
      throw error(p, "\"format\" must be the first property, found " + quote(p.currentName()));
    }
    p.nextToken();
    checkFormat(p);

    Reply.Builder b = Reply.builder();
    int seen = 0;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int bit;
      switch (name) {
        case "format":
          bit = 1;
          break;
        case "issuer":
          bit = 1 << 1;
          break;
        case "documentNumber":
          bit = 1 << 2;
          break;
        case "signer":
          bit = 1 << 16;
          break;
        case "resultClass":
          bit = 1 << 3;
          break;
        case "disclosure":
          bit = 1 << 4;
          break;
        case "title":
          bit = 1 << 5;
          break;
        case "motion":
          bit = 1 << 6;
          break;
        case "addressee":
          bit = 1 << 7;
          break;
        case "body":
          bit = 1 << 8;
          break;
        case "signature":
          bit = 1 << 9;
          break;
        case "date":
          bit = 1 << 10;
          break;
        case "contacts":
          bit = 1 << 11;
          break;
        case "copyTo":
          bit = 1 << 12;
          break;
        case "notes":
          bit = 1 << 13;
          break;
        case "unrecognized":
          bit = 1 << 14;
          break;
        case "extensions":
          bit = 1 << 15;
          break;
        default:
          throw unknown(p, "a reply");
      }
      if (bit == 1) {
        throw error(p, "duplicate property \"format\"");
      }
      seen = mark(p, seen, bit);
      p.nextToken();
      switch (bit) {
        case 1 << 1:
          b.issuer(text(p));
          break;
        case 1 << 2:
          b.documentNumber(small(p, "document number", DocumentNumber::parse));
          break;
        case 1 << 16:
          b.signer(text(p));
          break;
        case 1 << 3:
          b.resultClass(small(p, "result class", ResultClass::parse));
          break;
        case 1 << 4:
          b.disclosure(code(p, Disclosure.class, Disclosure.values()));
          break;
        case 1 << 5:
          b.title(text(p));
          break;
        case 1 << 6:
          b.motion(readMotion(p));
          break;
        case 1 << 7:
          b.addressee(readAddressee(p));
          break;
        case 1 << 8:
          b.body(readBody(p));
          break;
        case 1 << 9:
          b.signature(text(p));
          break;
        case 1 << 10:
          b.date(date(p));
          break;
        case 1 << 11:
          b.contacts(readContacts(p));
          break;
        case 1 << 12:
          b.copyTo(texts(p));
          break;
        case 1 << 13:
          b.notes(texts(p));
          break;
        case 1 << 14:
          b.unrecognized(readBlocks(p));
          break;
        default:
          readExtensions(p, b);
          break;
      }
    }
    endOfObject(p, t);
    return build(p, start, b::build);
  }

  private void checkFormat(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw typeError(p, "the string \"" + FORMAT + "\"");
    }
    String v = p.getText();
    if (FORMAT.equals(v)) {
      return;
    }
    Matcher m = v.length() < 40 ? FORMAT_PATTERN.matcher(v) : null;
    if (m != null && m.matches()) {
      throw error(p, "document is " + v + ", this library reads " + FORMAT);
    }
    throw error(p, "unknown format " + quote(v) + ", expected \"" + FORMAT + "\"");
  }

  private Motion readMotion(JsonParser p) throws IOException {
    JsonLocation start = startObject(p);
    Motion.Builder b = Motion.builder();
    int seen = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      switch (p.currentName()) {
        case "kind":
          seen = mark(p, seen, 1);
          p.nextToken();
          b.kind(code(p, MotionKind.class, MotionKind.values()));
          break;
        case "session":
          seen = mark(p, seen, 2);
          p.nextToken();
          b.session(small(p, "session", Session::parse));
          break;
        case "number":
          seen = mark(p, seen, 4);
          p.nextToken();
          b.number(text(p));
          break;
        case "title":
          seen = mark(p, seen, 8);
          p.nextToken();
          b.title(text(p));
          break;
        default:
          throw unknown(p, "a motion");
      }
    }
    endOfObject(p, t);
    return build(p, start, b::build);
  }

  private Addressee readAddressee(JsonParser p) throws IOException {
    JsonLocation start = startObject(p);
    Addressee.Builder b = Addressee.builder();
    int seen = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      switch (p.currentName()) {
        case "salutation":
          seen = mark(p, seen, 1);
          p.nextToken();
          b.salutation(text(p));
          break;
        case "names":
          seen = mark(p, seen, 2);
          p.nextToken();
          b.names(texts(p));
          break;
        case "role":
          seen = mark(p, seen, 4);
          p.nextToken();
          b.role(code(p, AddresseeRole.class, AddresseeRole.values()));
          break;
        case "statedCount":
          seen = mark(p, seen, 8);
          p.nextToken();
          b.statedCount(positive(p));
          break;
        case "andOthers":
          seen = mark(p, seen, 32);
          p.nextToken();
          b.andOthers(bool(p));
          break;
        case "collective":
          seen = mark(p, seen, 16);
          p.nextToken();
          b.collective(bool(p));
          break;
        default:
          throw unknown(p, "an addressee");
      }
    }
    endOfObject(p, t);
    return build(p, start, b::build);
  }

  private Body readBody(JsonParser p) throws IOException {
    JsonLocation start = startObject(p);
    Body.Builder b = Body.builder();
    int seen = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      switch (p.currentName()) {
        case "opening":
          seen = mark(p, seen, 1);
          p.nextToken();
          b.opening(text(p));
          break;
        case "context":
          seen = mark(p, seen, 2);
          p.nextToken();
          b.context(texts(p));
          break;
        case "measures":
          seen = mark(p, seen, 4);
          p.nextToken();
          startArray(p);
          List<Measure> measures = new ArrayList<>();
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            measures.add(readMeasure(p));
          }
          b.measures(measures);
          break;
        case "commitments":
          seen = mark(p, seen, 8);
          p.nextToken();
          b.commitments(readCommitments(p));
          break;
        case "closing":
          seen = mark(p, seen, 16);
          p.nextToken();
          b.closing(texts(p));
          break;
        default:
          throw unknown(p, "the body");
      }
    }
    endOfObject(p, t);
    return build(p, start, b::build);
  }

  private Measure readMeasure(JsonParser p) throws IOException {
    JsonLocation start = startObject(p);
    Measure.Builder b = Measure.builder();
    int seen = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      switch (p.currentName()) {
        case "ordinal":
          seen = mark(p, seen, 1);
          p.nextToken();
          b.ordinal(positive(p));
          break;
        case "heading":
          seen = mark(p, seen, 2);
          p.nextToken();
          b.heading(text(p));
          break;
        case "paragraphs":
          seen = mark(p, seen, 4);
          p.nextToken();
          b.paragraphs(texts(p));
          break;
        case "points":
          seen = mark(p, seen, 8);
          p.nextToken();
          b.points(readPoints(p));
          break;
        default:
          throw unknown(p, "a measure");
      }
    }
    endOfObject(p, t);
    if ((seen & 1) == 0) {
      throw error(p, start, "missing required property \"ordinal\" of a measure");
    }
    return build(p, start, b::build);
  }

  private List<Point> readPoints(JsonParser p) throws IOException {
    startArray(p);
    List<Point> points = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation start = startObject(p);
      Point.Builder b = Point.builder();
      int seen = 0;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        switch (p.currentName()) {
          case "ordinal":
            seen = mark(p, seen, 1);
            p.nextToken();
            b.ordinal(positive(p));
            break;
          case "style":
            seen = mark(p, seen, 2);
            p.nextToken();
            b.style(code(p, PointStyle.class, PointStyle.values()));
            break;
          case "heading":
            seen = mark(p, seen, 4);
            p.nextToken();
            b.heading(text(p));
            break;
          case "paragraphs":
            seen = mark(p, seen, 8);
            p.nextToken();
            b.paragraphs(texts(p));
            break;
          default:
            throw unknown(p, "a point");
        }
      }
      endOfObject(p, t);
      if ((seen & 1) == 0) {
        throw error(p, start, "missing required property \"ordinal\" of a point");
      }
      points.add(build(p, start, b::build));
    }
    return points;
  }

  private Commitments readCommitments(JsonParser p) throws IOException {
    JsonLocation start = startObject(p);
    Commitments.Builder b = Commitments.builder();
    int seen = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      switch (p.currentName()) {
        case "intro":
          seen = mark(p, seen, 1);
          p.nextToken();
          b.intro(texts(p));
          break;
        case "items":
          seen = mark(p, seen, 2);
          p.nextToken();
          startArray(p);
          List<Commitment> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(readCommitment(p));
          }
          b.items(items);
          break;
        default:
          throw unknown(p, "the commitments");
      }
    }
    endOfObject(p, t);
    return build(p, start, b::build);
  }

  private Commitment readCommitment(JsonParser p) throws IOException {
    JsonLocation start = startObject(p);
    Commitment.Builder b = Commitment.builder();
    int seen = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      switch (p.currentName()) {
        case "ordinal":
          seen = mark(p, seen, 1);
          p.nextToken();
          b.ordinal(positive(p));
          break;
        case "style":
          seen = mark(p, seen, 2);
          p.nextToken();
          b.style(code(p, PointStyle.class, PointStyle.values()));
          break;
        case "heading":
          seen = mark(p, seen, 4);
          p.nextToken();
          b.heading(text(p));
          break;
        case "paragraphs":
          seen = mark(p, seen, 8);
          p.nextToken();
          b.paragraphs(texts(p));
          break;
        case "points":
          seen = mark(p, seen, 16);
          p.nextToken();
          b.points(readPoints(p));
          break;
        default:
          throw unknown(p, "a commitment");
      }
    }
    endOfObject(p, t);
    if ((seen & 1) == 0) {
      throw error(p, start, "missing required property \"ordinal\" of a commitment");
    }
    return build(p, start, b::build);
  }

  private List<Contact> readContacts(JsonParser p) throws IOException {
    startArray(p);
    List<Contact> contacts = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation start = startObject(p);
      Contact.Builder b = Contact.builder();
      int seen = 0;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        switch (p.currentName()) {
          case "role":
            seen = mark(p, seen, 1);
            p.nextToken();
            b.role(code(p, ContactRole.class, ContactRole.values()));
            break;
          case "name":
            seen = mark(p, seen, 2);
            p.nextToken();
            b.name(text(p));
            break;
          case "phone":
            seen = mark(p, seen, 4);
            p.nextToken();
            b.phone(small(p, "phone number", PhoneNumber::parse));
            break;
          case "unit":
            seen = mark(p, seen, 8);
            p.nextToken();
            b.unit(text(p));
            break;
          default:
            throw unknown(p, "a contact");
        }
      }
      endOfObject(p, t);
      if ((seen & 1) == 0) {
        throw error(p, start, "missing required property \"role\" of a contact");
      }
      if ((seen & 6) == 0) {
        throw error(p, start, "a contact needs \"name\" or \"phone\"; it has neither");
      }
      contacts.add(build(p, start, b::build));
    }
    return contacts;
  }

  private List<UnrecognizedBlock> readBlocks(JsonParser p) throws IOException {
    startArray(p);
    List<UnrecognizedBlock> blocks = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation start = startObject(p);
      UnrecognizedBlock.Builder b = UnrecognizedBlock.builder();
      int seen = 0;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        switch (p.currentName()) {
          case "kind":
            seen = mark(p, seen, 1);
            p.nextToken();
            b.kind(code(p, BlockKind.class, BlockKind.values()));
            break;
          case "firstLine":
            seen = mark(p, seen, 2);
            p.nextToken();
            b.firstLine(positive(p));
            break;
          case "lines":
            seen = mark(p, seen, 4);
            p.nextToken();
            startArray(p);
            JsonLocation linesStart = p.currentTokenLocation();
            List<String> lines = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              lines.add(line(p));
            }
            if (lines.isEmpty()) {
              throw error(p, linesStart, "the lines of an unrecognized block must not be empty");
            }
            b.lines(lines);
            break;
          default:
            throw unknown(p, "an unrecognized block");
        }
      }
      endOfObject(p, t);
      if ((seen & 1) == 0) {
        throw error(p, start, "missing required property \"kind\" of an unrecognized block");
      }
      if ((seen & 2) == 0) {
        throw error(p, start,
            "missing required property \"firstLine\" of an unrecognized block");
      }
      if ((seen & 4) == 0) {
        throw error(p, start, "missing required property \"lines\" of an unrecognized block");
      }
      blocks.add(build(p, start, b::build));
    }
    return blocks;
  }

  private void readExtensions(JsonParser p, Reply.Builder b) throws IOException {
    startObject(p);
    JsonToken t;
    java.util.Set<String> keys = new java.util.HashSet<>();
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      checkString(p, key);
      if (key.isEmpty()) {
        throw error(p, "extension keys must not be empty");
      }
      if (!keys.add(key)) {
        throw error(p, "duplicate property " + quote(key));
      }
      p.nextToken();
      b.putExtension(key, node(p));
    }
    endOfObject(p, t);
  }

  /** Reads any JSON value; the parser is at the value's first token. */
  ExtensionValue node(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        checkDepth(p);
        Map<String, ExtensionValue> members = new LinkedHashMap<>();
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          checkString(p, key);
          if (members.containsKey(key)) {
            throw error(p, "duplicate property " + quote(key));
          }
          p.nextToken();
          members.put(key, node(p));
        }
        endOfObject(p, t);
        return ExtensionValue.object(members);
      }
      case START_ARRAY: {
        checkDepth(p);
        List<ExtensionValue> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(node(p));
        }
        return ExtensionValue.array(elements);
      }
      case VALUE_STRING: {
        String s = p.getText();
        checkString(p, s);
        return ExtensionValue.of(s);
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        BigDecimal n = p.getDecimalValue();
        if (!readsBack(n)) {
          throw error(p, "the number " + n + " has an exponent a reader cannot hold");
        }
        return ExtensionValue.of(n);
      }
      case VALUE_TRUE:
        return ExtensionValue.of(true);
      case VALUE_FALSE:
        return ExtensionValue.of(false);
      case VALUE_NULL:
        return ExtensionValue.nullValue();
      default:
        throw error(p, "unexpected " + describe(t));
    }
  }

  /**
   * Whether the text {@code n} is written as ({@link BigDecimal#toString()}) reads back: not when
   * its exponent leaves the range of a {@code BigDecimal}'s ({@code 10e2147483647} is read, but
   * written {@code 1.0E+2147483648}). Such a number is neither read nor written.
   */
  static boolean readsBack(BigDecimal n) {
    try {
      new BigDecimal(n.toString());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void checkDepth(JsonParser p) {
    int depth = p.getParsingContext().getNestingDepth();
    if (depth > maxDepth) {
      throw error(p, "nesting deeper than maxDepth (" + maxDepth + ")");
    }
  }

  // ---- value helpers -------------------------------------------------------------------

  private static int mark(JsonParser p, int seen, int bit) {
    if ((seen & bit) != 0) {
      throw error(p, "duplicate property " + quote(currentName(p)));
    }
    return seen | bit;
  }

  private static String currentName(JsonParser p) {
    try {
      return p.currentName();
    } catch (IOException e) {
      return "?";
    }
  }

  private static JsonLocation startObject(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw typeError(p, "an object");
    }
    return p.currentTokenLocation();
  }

  private static void startArray(JsonParser p) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw typeError(p, "an array");
    }
  }

  private static void endOfObject(JsonParser p, JsonToken t) {
    if (t != JsonToken.END_OBJECT) {
      // the parser never gives anything else inside an object; kept as a guard
      throw error(p, "unexpected " + describe(t) + " in an object");
    }
  }

  /** A non-blank string of the model. */
  private String text(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw typeError(p, "a string");
    }
    String s = p.getText();
    if (checkString(p, s)) {
      throw error(p, "must not be blank");
    }
    return s;
  }

  /** A line of an unrecognized block: may be blank, may not contain line breaks. */
  private String line(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw typeError(p, "a string");
    }
    String s = p.getText();
    checkString(p, s);
    int i = s.indexOf('\n');
    if (i < 0) {
      i = s.indexOf('\r');
    }
    if (i >= 0) {
      throw error(p, "a line must not contain a line break (at index " + i + ")");
    }
    return s;
  }

  private List<String> texts(JsonParser p) throws IOException {
    startArray(p);
    List<String> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(text(p));
    }
    return list;
  }

  /**
   * Checks the length of a string and returns whether it is blank. Unpaired surrogates (legal
   * JSON as {@code \}{@code uD800} escapes) are kept: the writer escapes them the same way.
   */
  private boolean checkString(JsonParser p, String s) {
    int n = s.length();
    if (n > maxStringLength) {
      throw error(p, "string of " + n + " chars is longer than maxStringLength ("
          + maxStringLength + ")");
    }
    return s.isBlank();
  }

  private static int positive(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw typeError(p, "a positive integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw error(p, "integer " + abbreviate(p.getText()) + " is out of range");
    }
    int v = p.getIntValue();
    if (v < 1) {
      throw error(p, "must be 1 or more, got " + v);
    }
    return v;
  }

  private static boolean bool(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw typeError(p, "a boolean");
  }

  private static LocalDate date(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw typeError(p, "an ISO-8601 date string such as \"2024-03-01\"");
    }
    String s = p.getText();
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw error(p, "invalid date " + quote(s) + ", expected an ISO-8601 date such as "
          + "\"2024-03-01\": " + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> E code(JsonParser p, Class<E> type, E[] values)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw typeError(p, "a string code");
    }
    String s = p.getText();
    for (E e : values) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (E e : values) {
      sb.append(sb.length() == 0 ? "" : ", ").append(e.name());
    }
    throw error(p, "unknown " + type.getSimpleName() + " code " + quote(s) + ", expected one of "
        + sb);
  }

  private <T> T small(JsonParser p, String what, Function<String, T> parse) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw typeError(p, "a string (" + what + ")");
    }
    String s = p.getText();
    checkString(p, s);
    try {
      T v = parse.apply(s);
      if (v == null) {
        throw error(p, "malformed " + what + " " + quote(s));
      }
      return v;
    } catch (MalformedValueException e) {
      throw error(p, "malformed " + what + ": " + e.getMessage(), e);
    } catch (ReplyJsonException e) {
      throw e;
    } catch (RuntimeException e) {
      throw error(p, "cannot read " + what + " " + quote(s) + ": " + e, e);
    }
  }

  /** Builds a value, turning the model's invariant failures into located errors. */
  private static <T> T build(JsonParser p, JsonLocation start, java.util.function.Supplier<T> b) {
    try {
      return b.get();
    } catch (MalformedValueException e) {
      throw new ReplyJsonException(pointer(p) + fieldPointer(e.field()), line(start),
          column(start), e.getMessage(), e);
    } catch (RuntimeException e) {
      throw error(p, start, String.valueOf(e.getMessage()), e);
    }
  }

  /** {@code measure.paragraphs[2]} → {@code /paragraphs/2}. */
  static String fieldPointer(String field) {
    int dot = field.indexOf('.');
    String rest = dot >= 0 ? field.substring(dot + 1) : field;
    StringBuilder sb = new StringBuilder();
    for (String part : rest.split("\\.")) {
      sb.append('/');
      int bracket = part.indexOf('[');
      if (bracket >= 0 && part.endsWith("]")) {
        sb.append(escape(part.substring(0, bracket))).append('/')
            .append(part, bracket + 1, part.length() - 1);
      } else {
        sb.append(escape(part));
      }
    }
    return sb.toString();
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  // ---- errors --------------------------------------------------------------------------

  private static ReplyJsonException unknown(JsonParser p, String where) {
    return error(p, "unknown property " + quote(currentName(p)) + " in " + where);
  }

  static ReplyJsonException typeError(JsonParser p, String expected) {
    return error(p, "expected " + expected + ", found " + describe(p.currentToken()));
  }

  static ReplyJsonException error(JsonParser p, String reason) {
    return error(p, p.currentTokenLocation(), reason, null);
  }

  private static ReplyJsonException error(JsonParser p, String reason, Throwable cause) {
    return error(p, p.currentTokenLocation(), reason, cause);
  }

  private static ReplyJsonException error(JsonParser p, JsonLocation at, String reason) {
    return error(p, at, reason, null);
  }

  static ReplyJsonException error(JsonParser p, JsonLocation at, String reason,
      Throwable cause) {
    return new ReplyJsonException(pointer(p), line(at), column(at), reason, cause);
  }

  static String pointer(JsonParser p) {
    try {
      return p.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  static long line(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
  }

  static long column(JsonLocation at) {
    return at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
  }

  static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "the end of an object";
      case END_ARRAY:
        return "the end of an array";
      case FIELD_NAME:
        return "a property name";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.toString();
    }
  }

  /** A quoted, shortened form of a string for messages. */
  static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder("\"");
    int n = Math.min(s.length(), 80);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (s.length() > n) {
      sb.append("…");
    }
    return sb.append('"').toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
