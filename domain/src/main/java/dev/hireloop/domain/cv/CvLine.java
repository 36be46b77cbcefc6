package dev.hireloop.domain.cv;

/**
 * One line of a CV after cleaning: bullet and Markdown marks gone, with where it sits.
 *
 * @param index position among the lines
 * @param offset where the line starts in {@link CvText#text()}
 * @param bulleted whether it was a bullet or numbered item
 * @param heading the section it announces, or null
 * @param label the section an inline label names ("Skills: Java, SQL"), or null
 * @param section the section it is in (null before the first heading)
 * @param main the main section it is in: side headings (skills, contact…) do not change it
 * @param columnSection the section of its own column, when a two-column layout was flattened with gaps
 */
record CvLine(int index, int offset, String text, boolean bulleted, SectionKind heading, SectionKind label,
    SectionKind section, SectionKind main, SectionKind columnSection) {

  boolean isBlank() {
    return text.isEmpty();
  }

  boolean listsSkills() {
    return (section != null && section.listsSkills()) || (columnSection != null && columnSection.listsSkills()) || (label != null && label.listsSkills())
        || label == SectionKind.SKILLS;
  }
}
