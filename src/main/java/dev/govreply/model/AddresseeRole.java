package dev.govreply.model;

import java.util.Optional;

/** Addressee role (stub). */
public enum AddresseeRole {
  /** 代表. */
  DEPUTY("代表"),
  /** 委员. */
  MEMBER("委员");

  private final String chinese;

  AddresseeRole(String chinese) {
    this.chinese = chinese;
  }

  /** Chinese. */
  public String chinese() {
    return chinese;
  }

  /** From Chinese. */
  public static Optional<AddresseeRole> fromChinese(CharSequence text) {
    return Optional.empty();
  }
}
