package dev.govreply.model;

import java.util.Optional;

/** 公开属性 (stub). */
public enum Disclosure {
  /** 主动公开. */
  PUBLIC("主动公开"),
  /** 依申请公开. */
  ON_REQUEST("依申请公开"),
  /** 不予公开. */
  NOT_PUBLIC("不予公开");

  private final String label;

  Disclosure(String label) {
    this.label = label;
  }

  /** Label. */
  public String label() {
    return label;
  }

  /** From mark. */
  public static Optional<Disclosure> fromMark(CharSequence mark) {
    return Optional.empty();
  }

  /** Parse code. */
  public static Disclosure parseCode(String code) {
    return valueOf(code);
  }
}
