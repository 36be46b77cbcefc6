package dev.hireloop.domain.cv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises section headings ("EXPERIENCE", "Work Experience:", "## Professional Experience", "E D U C A T I O N",
 * "Education & Certifications") by looking the whole cleaned line up in a table of the phrases CVs use, so a
 * sentence that merely contains "experience" is never a heading.
 */
final class Sections {
  private static final int MAX_HEADING = 48;
  private static final Map<String, SectionKind> PHRASES = new HashMap<>();

  static {
    add(SectionKind.EXPERIENCE, "experience", "experiences", "work experience", "professional experience",
        "relevant experience", "relevant work experience", "related experience", "employment", "employment history",
        "employment record", "work history", "career history", "career", "career experience", "professional history",
        "professional background", "positions held", "positions", "appointments", "academic appointments",
        "professional appointments", "research experience", "teaching experience", "clinical experience",
        "nursing experience", "industry experience", "internships", "internship", "internship experience", "work",
        "selected experience", "recent experience", "previous experience", "professional employment",
        "military experience", "experience history", "work experience history", "professional career",
        "sales experience", "design experience", "engineering experience", "leadership experience");
    add(SectionKind.EDUCATION, "education", "education and training", "training and education", "academic background",
        "academic qualifications", "educational background", "academic history", "degrees", "education history",
        "academic training", "formal education", "studies", "qualifications", "academic record", "academics");
    add(SectionKind.SKILLS, "skills", "technical skills", "core skills", "key skills", "skills summary", "skill set",
        "skillset", "competencies", "core competencies", "key competencies", "areas of expertise", "expertise",
        "technologies", "technology", "tech stack", "stack", "tools", "tools and technologies", "technical proficiencies",
        "proficiencies", "clinical skills", "software", "software skills", "computer skills", "it skills",
        "hard skills", "soft skills", "professional skills", "relevant skills", "skills and abilities", "strengths",
        "capabilities", "technical expertise", "design tools", "programming languages", "toolbox", "toolkit",
        "technical toolkit", "skills and expertise", "selected skills", "top skills", "abilities");
    add(SectionKind.SUMMARY, "summary", "professional summary", "career summary", "profile", "professional profile",
        "personal profile", "about", "about me", "objective", "career objective", "personal statement", "overview",
        "executive summary", "summary of qualifications", "highlights", "career highlights", "introduction", "bio",
        "professional overview", "executive profile");
    add(SectionKind.CONTACT, "contact", "contact details", "contact information", "contact info", "personal details",
        "personal information", "personal data", "details", "get in touch", "contacts");
    add(SectionKind.LANGUAGES, "languages", "language skills", "spoken languages", "language");
    add(SectionKind.CERTIFICATIONS, "certifications", "certificates", "certification", "licenses", "licences",
        "licenses and certifications", "licences and certifications", "certifications and licenses",
        "certifications and licences", "credentials", "accreditations", "licensure", "professional certifications");
    add(SectionKind.PROJECTS, "projects", "selected projects", "personal projects", "side projects", "key projects",
        "portfolio", "open source", "open source contributions", "selected work", "project experience",
        "notable projects", "case studies");
    add(SectionKind.INTERESTS, "interests", "hobbies", "hobbies and interests", "personal interests", "references",
        "referees");
    add(SectionKind.OTHER, "publications", "selected publications", "awards", "honors", "honours",
        "awards and honors", "awards and honours", "honors and awards", "achievements", "key achievements",
        "accomplishments", "key accomplishments", "volunteer", "volunteering", "volunteer experience",
        "volunteer work", "community involvement", "leadership", "activities", "extracurricular activities",
        "memberships", "professional memberships", "affiliations", "professional affiliations", "conferences",
        "presentations", "talks", "invited talks", "grants", "grants and funding", "funding", "research",
        "research interests", "teaching", "courses", "coursework", "relevant coursework", "training",
        "professional development", "patents", "additional information", "additional", "other", "service",
        "professional service", "supervision", "leadership and activities", "selected achievements",
        "continuing education");
  }

  private Sections() {}

  private static void add(SectionKind kind, String... phrases) {
    for (String phrase : phrases) {
      PHRASES.put(phrase, kind);
    }
  }

  /** The section this whole line announces, if it is a heading. */
  static Optional<SectionKind> heading(String line) {
    if (line.length() > MAX_HEADING * 2) {
      return Optional.empty();
    }
    String key = key(line);
    if (key.isEmpty() || key.length() > MAX_HEADING) {
      return Optional.empty();
    }
    SectionKind kind = PHRASES.get(key);
    if (kind == null) {
      // "Education & Certifications", "Skills / Tools": the first part names the section
      int cut = firstOf(key, " and ", "/", ",", " - ");
      if (cut > 0) {
        kind = PHRASES.get(key.substring(0, cut).strip());
      }
    }
    return Optional.ofNullable(kind);
  }

  /** "Skills: Java, SQL" — a label that names a section, followed by its content on the same line. */
  static Optional<SectionKind> inlineLabel(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0 || colon > MAX_HEADING || colon == line.length() - 1) {
      return Optional.empty();
    }
    return Optional.ofNullable(PHRASES.get(key(line.substring(0, colon))));
  }

  private static int firstOf(String key, String... separators) {
    int best = -1;
    for (String separator : separators) {
      int at = key.indexOf(separator);
      if (at > 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /** Lower case, "&" as "and", decoration and a trailing colon gone, spaced-out letters joined. */
  static String key(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        out.append(Character.toLowerCase(c));
      } else if (c == '&' || c == '+') {
        out.append(" and ");
      } else if (c == '/' || c == ',') {
        out.append(c);
      } else if (c == '-' && out.length() > 0) {
        out.append(' ');
      } else if (Character.isDigit(c)) {
        return "";
      } else {
        out.append(' ');
      }
    }
    String key = out.toString().strip().replaceAll("\\s+", " ");
    if (key.matches("(?:\\p{L} )+\\p{L}")) {
      // "E X P E R I E N C E"
      key = key.replace(" ", "");
    }
    key = key.replaceAll("\\s*/\\s*", "/").replaceAll("\\s*,\\s*", ", ").replaceAll("^[/, ]+|[/, ]+$", "");
    return key.toLowerCase(Locale.ROOT);
  }
}
