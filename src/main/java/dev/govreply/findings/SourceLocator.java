package dev.govreply.findings;

import java.util.Optional;

/**
 * Finds where a part of a reply came from in its source text: the span of the lines that gave the
 * part at a model path such as {@code body.measures[2].points[0]} or {@code contacts[1]}.
 * {@code dev.govreply.text.ReadReport#locator()} implements it from the reader's line records; a
 * reply built in code or read from JSON has {@link #NONE}.
 */
@FunctionalInterface
public interface SourceLocator {

  /** A locator that knows no source: every path gives empty. */
  SourceLocator NONE = path -> Optional.empty();

  /**
   * The source span of the part at {@code modelPath}.
   *
   * @param modelPath a model path from the reply root, e.g. {@code documentNumber}
   * @return the span, or empty when the part has no source (absent, or built in code)
   */
  Optional<SourceSpan> locate(String modelPath);
}
