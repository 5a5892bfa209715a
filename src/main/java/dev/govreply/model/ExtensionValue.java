package dev.govreply.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A frozen extension value: holds a private deep copy of a JSON node and only ever hands out
 * copies. Package-private, so that no caller can keep a handle on a node stored in a {@link Reply}.
 */
final class ExtensionValue {
  private final JsonNode node;

  ExtensionValue(JsonNode node) {
    this.node = node.deepCopy();
  }

  JsonNode copy() {
    return node.deepCopy();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtensionValue && ((ExtensionValue) o).node.equals(node);
  }

  @Override
  public int hashCode() {
    return node.hashCode();
  }

  @Override
  public String toString() {
    return node.toString();
  }
}
