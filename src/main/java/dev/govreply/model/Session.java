package dev.govreply.model;

import java.util.Optional;
import java.util.OptionalInt;

/** 会议 (stub). */
public final class Session {
  /** Assembly. */
  public enum Assembly {
    /** 人大. */
    PEOPLES_CONGRESS,
    /** 政协. */
    CPPCC
  }

  private final String text;

  private Session(String text) {
    this.text = text;
  }

  /** Of. */
  public static Session of(String text) {
    return parse(text);
  }

  /** Parse. */
  public static Session parse(CharSequence text) {
    return new Session(text.toString());
  }

  /** Text. */
  public String text() {
    return text;
  }

  /** Assembly. */
  public Assembly assembly() {
    return Assembly.PEOPLES_CONGRESS;
  }

  /** Region. */
  public Optional<String> region() {
    return Optional.empty();
  }

  /** Term. */
  public OptionalInt term() {
    return OptionalInt.empty();
  }

  /** Meeting. */
  public OptionalInt meeting() {
    return OptionalInt.empty();
  }
}
