/**
 * Reading a CV's text (already extracted from PDF, DOCX, text or Markdown) into a {@link
 * dev.hireloop.domain.cv.ParsedCv}: contact fields, links, skills with evidence, work history, education, each with
 * a confidence. Pure Java: no I/O, no libraries.
 */
package dev.hireloop.domain.cv;
