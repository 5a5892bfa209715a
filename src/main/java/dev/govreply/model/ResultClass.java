package dev.govreply.model;

import java.util.OptionalInt;

/** 办理结果类别 (stub). */
public final class ResultClass {
  /** A. */
  public static final ResultClass A = new ResultClass('A', -1);
  /** B. */
  public static final ResultClass B = new ResultClass('B', -1);
  /** C. */
  public static final ResultClass C = new ResultClass('C', -1);
  /** D. */
  public static final ResultClass D = new ResultClass('D', -1);

  private final char letter;
  private final int sub;

  private ResultClass(char letter, int sub) {
    this.letter = letter;
    this.sub = sub;
  }

  /** Of. */
  public static ResultClass of(char letter) {
    return new ResultClass(letter, -1);
  }

  /** Of. */
  public static ResultClass of(char letter, int subClass) {
    return new ResultClass(letter, subClass);
  }

  /** Parse. */
  public static ResultClass parse(CharSequence text) {
    throw new UnsupportedOperationException();
  }

  /** Letter. */
  public char letter() {
    return letter;
  }

  /** Sub. */
  public OptionalInt subClass() {
    return sub < 0 ? OptionalInt.empty() : OptionalInt.of(sub);
  }
}
