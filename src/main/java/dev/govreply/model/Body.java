package dev.govreply.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body (正文) of a reply, in document order: the opening (您提出的《…》收悉，现答复如下), context
 * paragraphs, the measures (一、二、三、), the commitments (下一步…), and the closing paragraphs
 * (感谢您…关心和支持 / 特此答复 / 此致 敬礼).
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
public abstract class Body {

  Body() {}

  /** A builder: {@code Body.builder().opening("您提出的……现答复如下：").addContext("……").build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The opening sentence that cites the motion and announces the reply. */
  public abstract Optional<String> opening();

  /** Paragraphs between the opening and the first measure: background and general statements. */
  public abstract List<String> context();

  /** The measures 一、二、三、 in document order. */
  public abstract List<@Valid Measure> measures();

  /** The commitments section, when the reply has one. */
  public abstract Optional<@Valid Commitments> commitments();

  /** Closing paragraphs: thanks, 特此答复, 此致 / 敬礼, a satisfaction query. */
  public abstract List<String> closing();

  /** True when the body has no text at all. */
  public final boolean isEmpty() {
    return opening().isEmpty() && context().isEmpty() && measures().isEmpty()
        && commitments().isEmpty() && closing().isEmpty();
  }

  @Value.Check
  void check() {
    opening().ifPresent(o -> Checks.notBlank("body.opening", o));
    Checks.noBlankElements("body.context", context());
    Checks.noBlankElements("body.closing", closing());
  }

  /** Builds {@link Body} values; not thread-safe. */
  public static final class Builder extends ImmutableBody.Builder {
    Builder() {}
  }
}
