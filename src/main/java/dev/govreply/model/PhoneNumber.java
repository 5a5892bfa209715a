package dev.govreply.model;

import java.util.Optional;

/** 联系电话 (stub). */
public final class PhoneNumber {
  /** Kind. */
  public enum Kind {
    /** Landline. */
    LANDLINE,
    /** Mobile. */
    MOBILE
  }

  private final Kind kind;
  private final String areaCode;
  private final String subscriber;
  private final String extension;

  private PhoneNumber(Kind kind, String areaCode, String subscriber, String extension) {
    this.kind = kind;
    this.areaCode = areaCode;
    this.subscriber = subscriber;
    this.extension = extension;
  }

  /** Mobile. */
  public static PhoneNumber mobile(String digits) {
    return new PhoneNumber(Kind.MOBILE, null, digits, null);
  }

  /** Landline. */
  public static PhoneNumber landline(String areaCode, String subscriber) {
    return new PhoneNumber(Kind.LANDLINE, areaCode, subscriber, null);
  }

  /** Landline. */
  public static PhoneNumber landline(String subscriber) {
    return new PhoneNumber(Kind.LANDLINE, null, subscriber, null);
  }

  /** Ext. */
  public PhoneNumber withExtension(String extension) {
    return new PhoneNumber(kind, areaCode, subscriber, extension);
  }

  /** Parse. */
  public static PhoneNumber parse(CharSequence text) {
    throw new UnsupportedOperationException();
  }

  /** Kind. */
  public Kind kind() {
    return kind;
  }

  /** Area. */
  public Optional<String> areaCode() {
    return Optional.ofNullable(areaCode);
  }

  /** Subscriber. */
  public String subscriber() {
    return subscriber;
  }

  /** Extension. */
  public Optional<String> extension() {
    return Optional.ofNullable(extension);
  }
}
