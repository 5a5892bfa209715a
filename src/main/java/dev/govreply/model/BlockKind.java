package dev.govreply.model;

/** What an {@link UnrecognizedBlock} holds. */
public enum BlockKind {
  /** Text of the document that the reader could not place in a field. */
  UNKNOWN_TEXT,
  /** Web-page or capture metadata around the document: 索引号, 发布机构, 公开方式 tables, page titles. */
  PAGE_METADATA
}
