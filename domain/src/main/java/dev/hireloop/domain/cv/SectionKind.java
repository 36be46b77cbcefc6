package dev.hireloop.domain.cv;

/**
 * The kinds of CV section the parser tells apart. A main section (experience, education, projects, other) starts
 * a block of the CV's body; a side section (skills, contact, languages…) is what a sidebar holds, so when a PDF's
 * two columns are flattened into one, a side heading in the middle of the experience does not end it.
 */
enum SectionKind {
  SUMMARY(false), EXPERIENCE(true), EDUCATION(true), SKILLS(false), CONTACT(false), LANGUAGES(false),
  CERTIFICATIONS(false), PROJECTS(true), INTERESTS(false), OTHER(true);

  final boolean main;

  SectionKind(boolean main) {
    this.main = main;
  }

  boolean listsSkills() {
    return this == SKILLS || this == LANGUAGES || this == CERTIFICATIONS;
  }
}
