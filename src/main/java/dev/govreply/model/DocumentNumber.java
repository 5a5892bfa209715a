package dev.govreply.model;

/** 发文字号 (stub). */
public final class DocumentNumber {
  private final String issuerCode;
  private final int year;
  private final int serial;

  private DocumentNumber(String issuerCode, int year, int serial) {
    this.issuerCode = issuerCode;
    this.year = year;
    this.serial = serial;
  }

  /** Of. */
  public static DocumentNumber of(String issuerCode, int year, int serial) {
    return new DocumentNumber(issuerCode, year, serial);
  }

  /** Parse. */
  public static DocumentNumber parse(CharSequence text) {
    throw new UnsupportedOperationException();
  }

  /** Code. */
  public String issuerCode() {
    return issuerCode;
  }

  /** Year. */
  public int year() {
    return year;
  }

  /** Serial. */
  public int serial() {
    return serial;
  }
}
