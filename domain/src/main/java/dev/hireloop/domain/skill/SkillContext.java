package dev.hireloop.domain.skill;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The words that make an ambiguous spelling believable, by family of categories: "Go" needs programming words or
 * other software skills nearby, "Word" needs office-tool words, "Polish" needs language words. Also the prose
 * words that give a verb away ("Excel at", "Go above") and the words around a letter that is not a language
 * ("Plan C", "C-level", "grade C").
 */
final class SkillContext {
  enum Family { SOFTWARE, OFFICE, HUMAN_LANGUAGE, CREDENTIAL, BUSINESS, GENERAL }

  private static final Map<SkillCategory, Family> FAMILIES = new EnumMap<>(SkillCategory.class);

  static {
    for (SkillCategory category : SkillCategory.values()) {
      FAMILIES.put(category, switch (category) {
        case PROGRAMMING_LANGUAGE, SOFTWARE_ENGINEERING, WEB_MOBILE, DATA_ANALYTICS, DATABASE, MACHINE_LEARNING,
            CLOUD_DEVOPS, SECURITY -> Family.SOFTWARE;
        case OFFICE_TOOLS -> Family.OFFICE;
        case HUMAN_LANGUAGE -> Family.HUMAN_LANGUAGE;
        case HEALTHCARE, LICENCE_CERTIFICATION -> Family.CREDENTIAL;
        case PRODUCT_DESIGN, PROJECT_MANAGEMENT, SALES_MARKETING, FINANCE_ACCOUNTING, OPERATIONS_LOGISTICS,
            LEGAL_COMPLIANCE, HR_RECRUITING, CUSTOMER_SUPPORT -> Family.BUSINESS;
        case ENGINEERING_TRADES, EDUCATION, SOFT_SKILL -> Family.GENERAL;
      });
    }
  }

  private static final Map<Family, Set<String>> WORDS = Map.of(
      Family.SOFTWARE, Set.of("programming", "program", "programs", "programmer", "programmers", "language",
          "languages", "lang", "code", "coding", "coder", "codebase", "codebases", "developer", "developers",
          "development", "develop", "developing", "engineer", "engineers", "engineering", "software", "backend",
          "frontend", "fullstack", "stack", "stacks", "framework", "frameworks", "library", "libraries", "scripting",
          "script", "scripts", "compiler", "compilers", "compiled", "runtime", "sdk", "sdks", "api", "apis",
          "microservices", "microservice", "server", "servers", "serverless", "infrastructure", "devops", "sre",
          "automation", "configuration", "provisioning", "deployment", "deployments", "systems", "embedded",
          "firmware", "cloud", "web", "mobile", "ios", "android", "app", "apps", "applications", "tooling",
          "toolchain", "technologies", "technology", "tech", "statistical", "statistics", "analytics", "modeling",
          "modelling", "data", "concurrency", "concurrent", "typed", "functional", "idiomatic", "goroutines", "cli",
          "linux", "unix", "repository", "repositories", "packages", "modules", "pipelines", "containers",
          "written", "backends", "services", "kernel", "orchestration", "iac", "ci"),
      Family.OFFICE, Set.of("microsoft", "ms", "office", "365", "o365", "m365", "suite", "tools", "software",
          "applications", "application", "apps", "programs", "computer", "proficient", "proficiency", "literate",
          "literacy", "spreadsheets", "spreadsheet", "documents", "email", "e", "mail", "calendar", "calendars",
          "presentations", "productivity", "google", "workspace", "pc", "windows", "mac", "wpm", "keyboarding"),
      Family.HUMAN_LANGUAGE, Set.of("language", "languages", "fluent", "fluency", "fluently", "speak", "speaks",
          "speaking", "speaker", "speakers", "spoken", "written", "native", "bilingual", "multilingual", "trilingual",
          "proficiency", "proficient", "conversational", "read", "write", "reading", "writing", "mother", "tongue",
          "translation", "translate", "interpreter", "interpreting"),
      Family.CREDENTIAL, Set.of("certified", "certification", "certifications", "certificate", "certificates",
          "licence", "license", "licensed", "licenses", "licences", "licensure", "credential", "credentials",
          "credentialed", "designation", "exam", "examination", "qualification", "qualifications", "qualified",
          "chartered", "registered", "board", "current", "active", "valid", "holder", "eligible", "eligibility",
          "compact", "ehr", "emr", "charting", "clinical", "patient", "patients", "hospital", "nursing", "nurse",
          "records", "medical", "unrestricted", "candidate", "candidates", "pharmacy"),
      Family.BUSINESS, Set.of("software", "tools", "tool", "platform", "platforms", "system", "systems", "crm",
          "erp", "ats", "hris", "hcm", "payroll", "accounting", "package", "packages", "suite", "application",
          "applications", "proficient", "proficiency", "reporting", "administration", "admin", "dashboards", "saas"),
      Family.GENERAL, Set.of("tools", "software", "equipment", "certified", "certification", "licensed", "licence",
          "license", "systems", "methods", "techniques"));

  /** Words after which "Excel", "Go", "Swift"… are the everyday word, not the skill. */
  private static final Set<String> PROSE_FOLLOWERS = Set.of("at", "in", "on", "of", "above", "beyond", "ahead",
      "to", "into", "onto", "through", "the", "a", "an", "our", "your", "their", "his", "her", "its", "my", "this",
      "that", "these", "those", "it", "them", "us", "me", "you", "we", "they", "live", "out", "up", "back",
      "further", "far", "forward", "away", "off", "around", "along", "over", "under", "get", "all", "every",
      "there", "here", "home", "as", "when", "where", "within", "by", "together", "down", "fast", "delivery",
      "response", "responses", "action", "turnaround", "resolution", "execution", "decision", "decisions",
      "manager", "managers", "hours", "space", "spaces", "building", "supplies", "administrator", "assistant",
      "assistants", "coordinator", "semester", "term", "break", "season", "quarter", "intake", "cleaning", "mouth",
      "team", "teams", "role", "roles", "position", "positions", "meeting", "meetings", "principles", "budget",
      "budgets", "stipend", "stipends", "allowance", "opportunities");

  /** Words before a letter that make it a label, not a language: "Plan C", "grade C", "Vitamin C". */
  private static final Set<String> LETTER_PRECEDERS = Set.of("plan", "grade", "grades", "type", "class",
      "vitamin", "series", "section", "part", "tier", "option", "category", "appendix", "exhibit", "form",
      "schedule", "article", "row", "column", "building", "unit", "room", "floor", "block", "phase", "group",
      "zone", "step", "point", "rating", "score", "item", "model", "size", "figure", "table", "list", "note",
      "chapter", "page", "letter", "hepatitis", "usb", "shift", "wing", "gate", "terminal", "lot",
      "division", "band", "pay", "scale", "batch", "wave", "round", "drive", "track",
      "version", "sample", "panel", "pillar", "stage", "suite", "mr", "mrs", "ms", "dr");

  /** Words after a letter that make it a label: "C level", "C suite", "C corp". */
  private static final Set<String> LETTER_FOLLOWERS = Set.of("level", "levels", "suite", "grade", "average",
      "rating", "class", "corporation", "corp", "inc", "ltd", "section", "block", "wing", "shift", "major", "minor",
      "students", "student", "license", "licence", "permit", "drive", "cup", "minus", "battery", "batteries", "cell", "cells", "round", "series", "span", "sharp", "flat", "natural");

  private SkillContext() {}

  static Family family(SkillCategory category) {
    return FAMILIES.get(category);
  }

  static boolean isContextWord(Family family, String key) {
    return WORDS.get(family).contains(key);
  }

  static boolean isProseFollower(String key) {
    return PROSE_FOLLOWERS.contains(key);
  }

  static boolean isLetterPreceder(String key) {
    return LETTER_PRECEDERS.contains(key);
  }

  static boolean isLetterFollower(String key) {
    return LETTER_FOLLOWERS.contains(key);
  }
}
