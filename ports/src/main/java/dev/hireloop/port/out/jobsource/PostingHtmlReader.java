package dev.hireloop.port.out.jobsource;

/**
 * Turns posting HTML (from a board or pasted by a recruiter) into sanitised HTML and structured clean text:
 * headings, paragraphs and list items in reading order, entities decoded, whitespace normalised, scripts and
 * styles dropped. Input is treated as untrusted. Thread-safe.
 */
public interface PostingHtmlReader {
  CleanPosting read(String html);
}
