package dev.govreply.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The generator of the writers: refuses, after each value written, what
 * {@link ReplyJson#read} would refuse under its limits, naming the JSON Pointer of that value.
 */
final class LimitedGenerator extends JsonGeneratorDelegate {
  private final ByteArrayBuilder sink;
  private final int maxDocumentBytes;
  private final int maxStringLength;
  private final int maxDepth;
  private final int maxNumberLength;

  LimitedGenerator(JsonGenerator g, ByteArrayBuilder sink, ReplyJson limits,
      int maxNumberLength) {
    super(g, false);
    this.sink = sink;
    this.maxDocumentBytes = limits.maxDocumentBytes();
    this.maxStringLength = limits.maxStringLength();
    this.maxDepth = limits.maxDepth();
    this.maxNumberLength = maxNumberLength;
  }

  /** Checks the document size once a value or name is written. */
  private void written() throws IOException {
    long size = (long) sink.size() + delegate.getOutputBuffered();
    if (size > maxDocumentBytes) {
      throw refused("the document would be larger than maxDocumentBytes (" + maxDocumentBytes
          + " bytes)");
    }
  }

  private void string(int length, String what) throws IOException {
    if (length > maxStringLength) {
      throw refused(what + " of " + length + " chars is longer than maxStringLength ("
          + maxStringLength + ")");
    }
    written();
  }

  private void number(String text) throws IOException {
    if (text.length() > maxNumberLength) {
      throw refused("a number of " + text.length() + " chars is longer than "
          + maxNumberLength + " digits");
    }
    written();
  }

  private void nested() throws IOException {
    if (delegate.getOutputContext().getNestingDepth() > maxDepth) {
      throw refused("nesting deeper than maxDepth (" + maxDepth + ")");
    }
    written();
  }

  private ReplyJsonException refused(String reason) {
    String pointer = delegate.getOutputContext().pathAsPointer().toString();
    return new ReplyJsonException(pointer, -1, -1, "cannot be written: " + reason
        + ", which the reader would refuse", null);
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    delegate.writeFieldName(name);
    string(name.length(), "a property name");
  }

  @Override
  public void writeFieldName(com.fasterxml.jackson.core.SerializableString name)
      throws IOException {
    delegate.writeFieldName(name);
    string(name.charLength(), "a property name");
  }

  @Override
  public void writeString(String text) throws IOException {
    delegate.writeString(text);
    string(text.length(), "a string");
  }

  @Override
  public void writeString(char[] text, int offset, int len) throws IOException {
    delegate.writeString(text, offset, len);
    string(len, "a string");
  }

  @Override
  public void writeString(com.fasterxml.jackson.core.SerializableString text)
      throws IOException {
    delegate.writeString(text);
    string(text.charLength(), "a string");
  }

  @Override
  public void writeBinary(com.fasterxml.jackson.core.Base64Variant v, byte[] data, int offset,
      int len) throws IOException {
    delegate.writeBinary(v, data, offset, len);
    string((int) Math.min(Integer.MAX_VALUE, 4L * ((len + 2) / 3)), "a base64 string");
  }

  @Override
  public void writeNumber(java.math.BigInteger v) throws IOException {
    delegate.writeNumber(v);
    number(v.toString());
  }

  @Override
  public void writeNumber(java.math.BigDecimal v) throws IOException {
    delegate.writeNumber(v);
    number(v.toString());
  }

  @Override
  public void writeNumber(String encodedValue) throws IOException {
    delegate.writeNumber(encodedValue);
    number(encodedValue);
  }

  @Override
  public void writeStartObject() throws IOException {
    delegate.writeStartObject();
    nested();
  }

  @Override
  public void writeStartArray() throws IOException {
    delegate.writeStartArray();
    nested();
  }

  @Override
  public void writeEndObject() throws IOException {
    delegate.writeEndObject();
    written();
  }

  @Override
  public void writeEndArray() throws IOException {
    delegate.writeEndArray();
    written();
  }
}
