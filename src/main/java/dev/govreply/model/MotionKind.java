package dev.govreply.model;

import java.util.Optional;

/** Motion kind (stub). */
public enum MotionKind {
  /** 建议. */
  SUGGESTION("建议"),
  /** 提案. */
  PROPOSAL("提案"),
  /** 议案. */
  MOTION("议案");

  private final String chinese;

  MotionKind(String chinese) {
    this.chinese = chinese;
  }

  /** Chinese. */
  public String chinese() {
    return chinese;
  }

  /** From Chinese. */
  public static Optional<MotionKind> fromChinese(CharSequence text) {
    return Optional.empty();
  }
}
