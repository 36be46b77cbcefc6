package dev.hireloop.domain.cv;

import dev.hireloop.domain.skill.SkillExtractor;
import dev.hireloop.domain.skill.SkillMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells job titles from employers in a job's header ("Senior Engineer at Acme", "Acme Corp — Backend Developer",
 * "Nurse, St. Mary's Hospital, Boston, MA"): titles contain the nouns job titles are made of, employers the words
 * organisations are named with, and places (a US state, a country, "Remote") are neither.
 */
final class Titles {
  private static final Set<String> TITLE_WORDS = Set.of("engineer", "developer", "programmer", "architect",
      "manager", "director", "lead", "head", "chief", "officer", "president", "vp", "svp", "evp", "founder",
      "co-founder", "cofounder", "owner", "partner", "consultant", "analyst", "scientist", "researcher", "designer",
      "specialist", "coordinator", "administrator", "assistant", "associate", "intern", "trainee",
      "apprentice", "technician", "technologist", "nurse", "rn", "lpn", "cna", "np", "physician", "doctor",
      "therapist", "pharmacist", "teacher", "tutor", "lecturer", "professor", "instructor", "fellow", "postdoc",
      "representative", "rep", "executive", "agent", "advisor", "adviser", "accountant", "auditor", "controller",
      "bookkeeper", "clerk", "cashier", "editor", "writer", "copywriter", "journalist", "producer", "marketer",
      "strategist", "recruiter", "planner", "supervisor", "foreman", "operator", "driver", "electrician", "mechanic",
      "carpenter", "plumber", "welder", "chef", "cook", "barista", "receptionist", "secretary", "paralegal",
      "attorney", "lawyer", "counsel", "solicitor", "buyer", "merchandiser", "cto", "ceo", "cfo", "coo", "cmo", "cio",
      "ciso", "sre", "principal", "volunteer", "aide", "caregiver", "midwife", "hygienist", "surgeon", "dentist",
      "veterinarian", "paramedic", "emt", "inspector", "surveyor", "draftsman", "illustrator", "photographer",
      "animator", "artist", "curator", "librarian", "counselor", "counsellor", "coach", "trainer", "facilitator",
      "steward", "attendant", "dispatcher", "estimator", "underwriter", "actuary", "economist", "statistician",
      "physicist", "chemist", "biologist", "generalist", "advocate", "evangelist", "liaison", "translator",
      "interpreter", "investigator", "teller", "banker", "broker", "trader", "baker", "pilot", "server", "waiter",
      "waitress", "bartender", "host", "hostess", "housekeeper", "custodian", "storekeeper",
      "salesperson", "salesman", "saleswoman", "ambassador", "crew", "member", "freelancer", "contractor",
      "mentor", "demonstrator", "dean", "chair", "registrar", "superintendent", "provost", "clinician", "psychologist", "pathologist", "radiographer", "sonographer",
      "phlebotomist", "dietitian", "nutritionist", "optometrist", "ux", "ui", "qa", "tester", "devops", "sdet",
      "dba", "sysadmin", "webmaster", "packer", "picker", "loader", "handler", "assembler", "machinist", "installer",
      "fitter", "roofer", "painter", "landscaper", "gardener", "groundskeeper", "guard", "security", "courier",
      "postdoctoral", "candidate", "staff", "graduate");
  /** Words that only make a title together with others ("Staff Engineer", "Graduate Analyst"); alone they do not. */
  private static final Set<String> WEAK_TITLE_WORDS = Set.of("staff", "graduate", "member", "candidate", "security",
      "crew", "host", "server", "principal", "partner", "associate", "chair", "ui", "ux", "qa");
  private static final Set<String> EMPLOYER_WORDS = Set.of("inc", "inc.", "ltd", "ltd.", "llc", "llp", "gmbh", "ag",
      "corp", "corp.", "corporation", "company", "co", "co.", "group", "plc", "s.a.", "sa", "bv", "b.v.", "oy", "ab",
      "pty", "limited", "labs", "lab", "technologies", "solutions", "systems", "software", "hospital", "clinic",
      "health", "healthcare", "university", "college", "school", "institute", "bank", "agency", "studio", "studios",
      "consulting", "foundation", "ventures", "holdings", "industries", "enterprises", "media", "games", "network",
      "services", "associates", "partners", "center", "centre", "trust", "nhs", "council", "ministry", "department",
      "authority", "academy", "medical", "pharmacy", "store", "stores", "restaurant", "cafe", "café", "hotel", "bakery",
      "logistics", "retail", "insurance", "capital", "financial", "analytics", "digital", "interactive", "works",
      "kg", "se", "srl", "s.r.l.", "spa", "s.p.a.", "nv", "n.v.", "as", "a/s", "gbr", "e.v.", "inc.,");

  private static final Pattern STRONG_SEPARATOR = Pattern.compile(
      "\\s+[|·•—–@]\\s+|\\s*\\|\\s*|\\s+-\\s+|\\s*[—–]\\s*(?=\\p{Lu})|\\t");
  private static final Pattern AT = Pattern.compile("\\s+(?:at|@)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMPLOYMENT_NOTE = Pattern.compile(
      "\\s*\\((?=[^()]{0,60}\\))[^()]*\\b(?:remote|hybrid|on[- ]?site|contract|part[- ]time|full[- ]time|freelance|"
          + "temporary|temp|seasonal|per diem|locum|maternity cover|fixed[- ]term|permanent)\\b[^()]*\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern STATE = Pattern.compile(
      "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND"
          + "|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)(?:\\s\\d{5})?");
  private static final Pattern WORK_MODE = Pattern.compile(
      "(?i)(?:fully |100% )?(?:remote|hybrid|on[- ]?site|in[- ]office|worldwide|anywhere)");

  private static final int MAX_SPLIT_WORDS = 12;
  private static final Set<String> CONNECTORS = Set.of("&", "and", "of", "de", "du", "la", "le", "van", "von",
      "für", "y", "e", "-", "–");

  private final SkillExtractor skills;

  Titles(SkillExtractor skills) {
    this.skills = skills;
  }

  /** One piece of a job header, with how title-like and employer-like it reads. */
  record Part(String text, int line, int titleScore, int employerScore, boolean afterAt) {}

  boolean isTitleWord(String lowerCaseWord) {
    return TITLE_WORDS.contains(lowerCaseWord) && !WEAK_TITLE_WORDS.contains(lowerCaseWord);
  }

  int titleScore(String text) {
    int strong = 0;
    int weak = 0;
    for (String word : words(text)) {
      if (TITLE_WORDS.contains(word)) {
        if (WEAK_TITLE_WORDS.contains(word)) {
          weak++;
        } else {
          strong++;
        }
      } else if (word.endsWith("s") && TITLE_WORDS.contains(word.substring(0, word.length() - 1))
          && !WEAK_TITLE_WORDS.contains(word.substring(0, word.length() - 1)) && word.length() > 4) {
        // "Sales Associates" is a team, not a title; counted weakly
        weak++;
      }
    }
    return strong > 0 ? strong * 2 + weak : (weak >= 2 ? 1 : 0);
  }

  int employerScore(String text) {
    int score = 0;
    for (String word : words(text)) {
      if (EMPLOYER_WORDS.contains(word)) {
        score++;
      }
    }
    if (text.contains("&") || text.matches(".*\\b\\p{Lu}{2,}\\b.*") && !text.equals(text.toUpperCase(Locale.ROOT))) {
      score++;
    }
    return score;
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.&/'-]+")) {
      String w = word.replaceAll("^[.'/-]+|[.'/-]+$", "");
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether the text is a place or a work mode and nothing else: "San Francisco, CA", "Germany", "Remote". */
  static boolean isPlace(String text) {
    String t = text.strip().replaceAll("[.;]+$", "");
    if (t.isEmpty()) {
      return true;
    }
    if (WORK_MODE.matcher(t).matches() || Contacts.COUNTRIES.contains(t.toLowerCase(Locale.ROOT))
        || STATE.matcher(t).matches()) {
      return true;
    }
    String[] parts = t.split("\\s*,\\s*");
    if (parts.length >= 2 && parts.length <= 4) {
      for (int i = 0; i < parts.length - 1; i++) {
        List<String> words = words(parts[i]);
        if (words.size() > 3 || parts[i].matches(".*\\d.*") || words.stream().anyMatch(TITLE_WORDS::contains)
            || words.stream().anyMatch(EMPLOYER_WORDS::contains)) {
          return false;
        }
      }
      String last = parts[parts.length - 1];
      return STATE.matcher(last).matches() || Contacts.COUNTRIES.contains(last.toLowerCase(Locale.ROOT))
          || WORK_MODE.matcher(last).matches();
    }
    return false;
  }

  /** The header line cut into title/employer candidates, places and employment notes left out. */
  List<Part> parts(String line, int lineIndex) {
    String text = EMPLOYMENT_NOTE.matcher(line).replaceAll("");
    List<Part> out = new ArrayList<>();
    java.util.regex.Matcher at = AT.matcher(text);
    boolean split = false;
    while (at.find()) {
      String left = text.substring(0, at.start());
      if (titleScore(left) > 0 && !left.contains(",") && words(left).size() <= 8) {
        addStrongParts(out, left, lineIndex, false);
        addStrongParts(out, text.substring(at.end()), lineIndex, true);
        split = true;
        break;
      }
    }
    if (!split) {
      addStrongParts(out, text, lineIndex, false);
    }
    return out;
  }

  private void addStrongParts(List<Part> out, String text, int lineIndex, boolean afterAt) {
    boolean first = true;
    for (String strong : STRONG_SEPARATOR.split(text)) {
      String s = trim(strong);
      if (s.isEmpty() || isPlace(s)) {
        continue;
      }
      String[] commaParts = s.split("\\s*,\\s*");
      for (int i = 0; i < commaParts.length; i++) {
        String p = trim(commaParts[i]);
        boolean cityBeforePlace = i + 1 < commaParts.length && i > 0 && isPlace(commaParts[i + 1]);
        boolean cityBeforeState = i + 1 < commaParts.length && STATE.matcher(commaParts[i + 1].strip()).matches();
        if (p.isEmpty() || isPlace(p) || cityBeforeState || cityBeforePlace || isPostnominal(p)) {
          continue;
        }
        out.add(new Part(p, lineIndex, titleScore(p), employerScore(p), afterAt && first));
        first = false;
      }
    }
  }

  /**
   * A header piece that runs a title straight into an organisation's name because the separator was lost (a
   * table's tab flattened to a space by PDF extraction: "Senior Mechanical Engineer Gulfstar MEP Contracting
   * LLC"), cut after its last title word: the rest must be capitalised words without a title word, at least two of
   * them or one that names an organisation. "Head of Sales", "Software Engineer II" stay whole.
   */
  Optional<Split> splitEmployer(Part part) {
    String[] tokens = part.text().strip().split("\\s+");
    if (tokens.length < 3 || tokens.length > MAX_SPLIT_WORDS) {
      return Optional.empty();
    }
    int last = -1;
    for (int i = 0; i < tokens.length; i++) {
      if (isTitleWord(tokens[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", ""))) {
        last = i;
      }
    }
    if (last < 0 || last == tokens.length - 1) {
      return Optional.empty();
    }
    String rest = String.join(" ", java.util.Arrays.copyOfRange(tokens, last + 1, tokens.length));
    boolean capitalised = Character.isUpperCase(tokens[last + 1].charAt(0))
        && java.util.Arrays.stream(tokens, last + 1, tokens.length)
            .allMatch(t -> Character.isUpperCase(t.charAt(0)) || CONNECTORS.contains(t));
    int restWords = tokens.length - last - 1;
    if (!capitalised || titleScore(rest) > 0 || (restWords < 2 && employerScore(rest) == 0)
        || rest.matches("(?i)(?:[IVX]+|jr\\.?|sr\\.?)")) {
      return Optional.empty();
    }
    String title = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, last + 1));
    return Optional.of(new Split(new Part(title, part.line(), titleScore(title), employerScore(title), false),
        new Part(rest, part.line(), 0, employerScore(rest), false)));
  }

  /** A header piece cut in two. */
  record Split(Part title, Part employer) {}

  private static boolean isPostnominal(String p) {
    return p.matches("(?i)inc\\.?|ltd\\.?|llc|gmbh|plc|ag|co\\.?");
  }

  static String trim(String text) {
    return text.strip().replaceAll("^[\\s|,;:·•—–\\-/]+|[\\s|,;:·•—–\\-/(]+$", "").strip();
  }

  /** Whether skills from the taxonomy cover most of the line: a sidebar's skill list, not a job header. */
  boolean isMostlySkills(String line) {
    if (line.length() > 120) {
      return false;
    }
    List<SkillMention> mentions = skills.extract(line);
    if (mentions.isEmpty()) {
      return false;
    }
    int covered = 0;
    for (SkillMention mention : mentions) {
      covered += mention.evidence().replaceAll("\\s", "").length();
    }
    int letters = line.replaceAll("[^\\p{L}\\p{N}]", "").length();
    return covered * 10 >= letters * 6;
  }
}
