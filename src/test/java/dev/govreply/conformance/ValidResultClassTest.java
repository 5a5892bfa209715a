package dev.govreply.conformance;

import static dev.govreply.conformance.ConstraintTests.check;
import static dev.govreply.conformance.ConstraintTests.checkZh;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidResultClassTest {

  /** A user's ledger row; a record, so the constraint reaches field and accessor. */
  record LedgerRow(@ValidResultClass String resultClass,
      @ValidResultClass(canonical = true) String canonicalClass) {}

  @Test
  void nullIsValid() {
    assertThat(check(new LedgerRow(null, null))).isEmpty();
  }

  @Test
  void canonicalClassesAreValid() {
    for (String c : new String[] {"A", "B", "C", "D", "A2", "B0"}) {
      assertThat(check(new LedgerRow(c, c))).as(c).isEmpty();
    }
  }

  @Test
  void printedVariantsAreValidButNotCanonical() {
    assertThat(check(new LedgerRow("A2类", null))).isEmpty();
    assertThat(check(new LedgerRow("乙类", null))).isEmpty();
    assertThat(check(new LedgerRow(null, "a2类"))).containsExactly(new Violation(
        "canonicalClass", "must be written in canonical form: A2", "a2类", "ValidResultClass"));
    assertThat(check(new LedgerRow(null, "乙"))).extracting(Violation::message)
        .containsExactly("must be written in canonical form: B");
  }

  @Test
  void malformedClassesFail() {
    assertThat(check(new LedgerRow("E", null))).containsExactly(new Violation("resultClass",
        "must be a result class such as A, B or A2", "E", "ValidResultClass"));
    assertThat(check(new LedgerRow("A12", null))).hasSize(1);
    assertThat(check(new LedgerRow("", null))).hasSize(1);
  }

  @Test
  void chineseMessages() {
    assertThat(checkZh(new LedgerRow("E", "b"))).extracting(Violation::message)
        .containsExactly("办理结果类别应写作规范形式：B", "应为办理结果类别，如 A、B 或 A2");
  }
}
