package dev.hireloop.domain.posting;

import dev.hireloop.domain.shared.Check;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level a posting is for. The title decides when it names a level; the first match in this order wins, so
 * "Senior Manager" is a manager and "Marketing Manager Intern" an intern: intern, executive (VP, chief, C-level),
 * director (director, head of, general manager), manager, principal (principal, distinguished, staff
 * engineer/scientist/…), lead (lead, supervisor, foreman), senior (senior, sr., master, "Engineer III"/"IV"),
 * mid (mid-level, intermediate, journeyman, "Analyst II"), junior (junior, jr., "Engineer I"), entry (entry-level,
 * graduate, trainee, apprentice).
 *
 * <p>Titles that only look like a level do not count: "Product/Project/Program/Account/Case Manager" name a job,
 * not a manager of people; "Staff Nurse" and "Staff Accountant" are not principal; "Lead Generation" is no lead;
 * "Mid-Market" is no level; a "Scrum Master" is no master. Without a level in the title, an explicit
 * "entry-level", "junior", "mid-level", "senior-level" or "new grads welcome" in the text decides; otherwise the
 * level is unspecified.
 */
public final class SeniorityParser {
  private static final String ROLE = "(?i:engineer|developer|analyst|specialist|technician|nurse|accountant|associate"
      + "|administrator|scientist|designer|representative|consultant|coordinator|assistant|programmer|tester"
      + "|architect|officer|agent|clerk|auditor|underwriter|adjuster|planner|buyer|recruiter|paralegal|therapist"
      + "|pharmacist|electrician|mechanic|operator|driver|teacher|sre|devops|writer|advisor|executive)";
  private static final Map<Seniority, Pattern> TITLE = new LinkedHashMap<>();

  static {
    TITLE.put(Seniority.INTERN, ci("\\b(?:interns?|internship|co-op|summer (?:analyst|associate))\\b"));
    TITLE.put(Seniority.EXECUTIVE, ci("\\b(?:chief|c[a-z]o|vp|svp|evp|avp|vice[- ]president|president|c-level"
        + "|c-suite)\\b"));
    TITLE.put(Seniority.DIRECTOR, ci("\\b(?:director|head of|general manager)\\b"));
    TITLE.put(Seniority.MANAGER, ci("(?<!product )(?<!project )(?<!program )(?<!programme )(?<!account )"
        + "(?<!case )(?<!territory )(?<!relationship )(?<!community )(?<!success )(?<!property )\\bmanager\\b"));
    TITLE.put(Seniority.PRINCIPAL, ci("\\b(?:principal|distinguished|staff (?:software|engineer|data|machine|ml"
        + "|backend|back-end|frontend|front-end|full[- ]stack|mobile|platform|infrastructure|security|site|product"
        + "|research|ux|designer|scientist|developer|analytics|applied))\\b|\\b" + ROLE + "s?\\s+V\\b"));
    TITLE.put(Seniority.LEAD, ci("\\blead\\b(?![- ](?:gen|generation|qualification|nurturing|abatement))"
        + "|\\b(?:supervisor|foreman|forewoman|foreperson|charge nurse)\\b"));
    TITLE.put(Seniority.SENIOR, Pattern.compile("(?i:\\b(?:senior|sr\\.?|snr|(?<!scrum )master)(?=[\\s.,/-]|$))"
        + "|\\b" + ROLE + "s?\\s+(?:III|IV|3|4)\\b"));
    TITLE.put(Seniority.MID, Pattern.compile("(?i:\\b(?:mid[- ]?level|intermediate|journey(?:man|woman|person))\\b)"
        + "|\\b" + ROLE + "s?\\s+(?:II|2)\\b"));
    TITLE.put(Seniority.JUNIOR, Pattern.compile("(?i:\\b(?:junior|jr\\.?)(?=[\\s.,/-]|$))|\\b" + ROLE
        + "s?\\s+(?:I|1)\\b(?![.'’])"));
    TITLE.put(Seniority.ENTRY, ci("\\b(?:entry[- ]level|graduate|new grad|trainee|apprentice)\\b"));
  }

  private static final Pattern MID_SENIOR = ci("\\bmid[- ]senior\\b");
  private static final Pattern TEXT_LEVEL = ci("\\b(?<level>entry|junior|mid|senior|executive)[- ]level\\b"
      + "|\\b(?<grad>new grads?|recent graduates?)\\b[^.]{0,30}\\b(?:welcome|encouraged)\\b"
      + "|\\bno (?:prior )?experience (?:required|necessary|needed)\\b");

  private SeniorityParser() {}

  /** The level a job title names ("Senior Backend Engineer" is senior), else {@code UNSPECIFIED}; for CV titles too. */
  public static Seniority ofTitle(String title) {
    return detect(Check.notNull(title, "title"), List.of());
  }

  /** The level from the title, else from an explicit statement in the texts, else {@code UNSPECIFIED}. */
  static Seniority detect(String title, List<String> texts) {
    if (MID_SENIOR.matcher(title).find()) {
      return Seniority.SENIOR;
    }
    for (Map.Entry<Seniority, Pattern> entry : TITLE.entrySet()) {
      if (entry.getValue().matcher(title).find()) {
        return entry.getKey();
      }
    }
    for (String text : texts) {
      if (!Words.containsAny(Words.lower(text), "level", "grad", "experience")) {
        continue;
      }
      Matcher m = TEXT_LEVEL.matcher(text);
      if (m.find()) {
        String level = m.group("level");
        if (level == null) {
          return Seniority.ENTRY;
        }
        return switch (level.toLowerCase(Locale.ROOT)) {
          case "entry" -> Seniority.ENTRY;
          case "junior" -> Seniority.JUNIOR;
          case "mid" -> Seniority.MID;
          case "senior" -> Seniority.SENIOR;
          default -> Seniority.EXECUTIVE;
        };
      }
    }
    return Seniority.UNSPECIFIED;
  }

  private static Pattern ci(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }
}
