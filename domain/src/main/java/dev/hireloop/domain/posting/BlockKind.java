package dev.hireloop.domain.posting;

/** The structural role of one block of a posting's clean text. */
public enum BlockKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM
}
