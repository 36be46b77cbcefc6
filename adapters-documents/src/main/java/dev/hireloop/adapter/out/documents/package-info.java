/**
 * {@link dev.hireloop.port.out.documents.DocumentTextExtractor} over PDFBox (PDF) and Apache POI (DOCX), plus plain
 * text and Markdown: the format is recognised from the bytes, and every read is bounded in bytes, pages, memory,
 * inflated ZIP size and extracted characters.
 */
package dev.hireloop.adapter.out.documents;
