package dev.hireloop.domain.cv;

import static dev.hireloop.domain.cv.CvCorpus.links;
import static dev.hireloop.domain.cv.CvCorpus.normalise;
import static dev.hireloop.domain.cv.CvCorpus.skillKeys;

import dev.hireloop.domain.cv.CvCorpus.LabelledCv;
import dev.hireloop.domain.skill.SkillEvidence;
import dev.hireloop.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well parsed CVs match their hand labels, counted over the CVs {@link #add added}: right contact fields,
 * skills precision and recall (micro-averaged, and recall over the labels the taxonomy knows), total years within
 * one year, most recent title, job count, and every difference, in the order found. One tally for every test that
 * scores against the corpus (the domain's parser accuracy, the documents module's end-to-end accuracy), so a
 * format's figures and the text's are counted the same way.
 */
public final class CvAccuracy {
  /** The contact fields compared, in the order they are reported. */
  public static final List<String> CONTACT_FIELDS = List.of("name", "email", "phone", "location", "links");

  private final SkillTaxonomy taxonomy;
  private final Map<String, Integer> contactRight = new LinkedHashMap<>();
  private final List<String> differences = new ArrayList<>();
  private int cvs;
  private int skillsFound;
  private int skillsRight;
  private int skillsLabelled;
  private int skillsKnown;
  private int skillsKnownRight;
  private int yearsRight;
  private int titlesRight;
  private int jobsRight;

  /** An empty tally; skill labels are read through {@code taxonomy}, the one the parser used. */
  public CvAccuracy(SkillTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
    CONTACT_FIELDS.forEach(field -> contactRight.put(field, 0));
  }

  /** Counts one CV: what the parser made of it against its labels. */
  public void add(LabelledCv cv, ParsedCv parsed) {
    cvs++;
    compareContact(cv, parsed);
    compareSkills(cv, parsed);
    compareExperience(cv, parsed);
  }

  private void compareContact(LabelledCv cv, ParsedCv parsed) {
    Map<String, String> actual = new LinkedHashMap<>();
    actual.put("name", parsed.fullName().map(Parsed::value).orElse(""));
    actual.put("email", parsed.email().map(e -> e.value().value()).orElse(""));
    actual.put("phone", parsed.phone().map(Parsed::value).orElse(""));
    actual.put("location", parsed.location().map(Parsed::value).orElse(""));
    actual.put("links", links(parsed.links()));
    for (String field : CONTACT_FIELDS) {
      String expected = field.equals("links") ? links(cv.label("links")) : cv.label(field);
      if (normalise(expected).equals(normalise(actual.get(field)))) {
        contactRight.merge(field, 1, Integer::sum);
      } else {
        differences.add(cv.file() + ": " + field + " expected [" + expected + "] got [" + actual.get(field) + "]");
      }
    }
  }

  private void compareSkills(LabelledCv cv, ParsedCv parsed) {
    Set<String> expectedSkills = skillKeys(taxonomy, cv.label("skills"));
    Set<String> foundSkills = new LinkedHashSet<>();
    parsed.skills().value().forEach(evidence -> foundSkills.add(evidence.skill().key()));
    for (String key : foundSkills) {
      if (expectedSkills.contains(key)) {
        skillsRight++;
      } else {
        differences.add(cv.file() + ": extra skill " + key + " (" + evidenceOf(parsed, key) + ")");
      }
    }
    for (String key : expectedSkills) {
      boolean known = taxonomy.lookup(key).isPresent();
      skillsKnown += known ? 1 : 0;
      if (!foundSkills.contains(key)) {
        differences.add(cv.file() + ": missed skill " + key + (known ? "" : " (not in the taxonomy)"));
      } else if (known) {
        skillsKnownRight++;
      }
    }
    skillsFound += foundSkills.size();
    skillsLabelled += expectedSkills.size();
  }

  private void compareExperience(LabelledCv cv, ParsedCv parsed) {
    double expectedYears = Double.parseDouble(cv.label("years"));
    double years = parsed.experienceMonths().map(m -> m.value() / 12.0).orElse(0.0);
    if (Math.abs(years - expectedYears) <= 1.0) {
      yearsRight++;
    } else {
      differences.add(String.format(Locale.ROOT, "%s: years expected %.1f got %.1f", cv.file(), expectedYears,
          years));
    }
    String title = parsed.mostRecentTitle().map(Parsed::value).orElse("");
    if (normalise(title).equals(normalise(cv.label("title")))) {
      titlesRight++;
    } else {
      differences.add(cv.file() + ": title expected [" + cv.label("title") + "] got [" + title + "]");
    }
    int jobs = parsed.experience().value().size();
    if (jobs == Integer.parseInt(cv.label("jobs"))) {
      jobsRight++;
    } else {
      differences.add(cv.file() + ": jobs expected " + cv.label("jobs") + " got " + jobs + " "
          + parsed.experience().value().stream().map(j -> j.title() + " @ " + j.employer().orElse("-")).toList());
    }
  }

  private static String evidenceOf(ParsedCv parsed, String key) {
    return parsed.skills().value().stream().filter(e -> e.skill().key().equals(key)).map(SkillEvidence::evidence)
        .findFirst().orElse("");
  }

  /** The CVs counted. */
  public int cvs() {
    return cvs;
  }

  /** How many CVs had {@code field} (one of {@link #CONTACT_FIELDS}) right. */
  public int contactRight(String field) {
    Integer right = contactRight.get(field);
    if (right == null) {
      throw new IllegalArgumentException("not a contact field: " + field);
    }
    return right;
  }

  /** The share of CVs that had {@code field} right. */
  public double contactShare(String field) {
    return share(contactRight(field));
  }

  /** The share of all contact fields of all CVs that were right. */
  public double contact() {
    return contactRight.values().stream().mapToInt(Integer::intValue).sum()
        / (double) Math.max(1, cvs * CONTACT_FIELDS.size());
  }

  /** Distinct skills found, over all CVs. */
  public int skillsFound() {
    return skillsFound;
  }

  /** Skills found that were labelled. */
  public int skillsRight() {
    return skillsRight;
  }

  /** Skills labelled, over all CVs. */
  public int skillsLabelled() {
    return skillsLabelled;
  }

  /** Skills labelled that the taxonomy knows. */
  public int skillsKnown() {
    return skillsKnown;
  }

  /** Skills labelled that the taxonomy knows and were found. */
  public int skillsKnownRight() {
    return skillsKnownRight;
  }

  /** Skills precision: of those found, the share labelled. */
  public double precision() {
    return skillsRight / (double) Math.max(1, skillsFound);
  }

  /** Skills recall: of those labelled, the share found. */
  public double recall() {
    return skillsRight / (double) Math.max(1, skillsLabelled);
  }

  /** Skills recall over the labels the taxonomy knows: what the parser loses apart from the taxonomy's gaps. */
  public double knownRecall() {
    return skillsKnownRight / (double) Math.max(1, skillsKnown);
  }

  /** CVs whose total years were within one year of the label. */
  public int yearsRight() {
    return yearsRight;
  }

  /** The share of CVs whose total years were within one year of the label. */
  public double years() {
    return share(yearsRight);
  }

  /** CVs whose most recent title was right. */
  public int titlesRight() {
    return titlesRight;
  }

  /** The share of CVs whose most recent title was right. */
  public double titles() {
    return share(titlesRight);
  }

  /** CVs whose job count was right. */
  public int jobsRight() {
    return jobsRight;
  }

  /** The share of CVs whose job count was right. */
  public double jobs() {
    return share(jobsRight);
  }

  /** Every difference from the labels, "file: what", in the order found. */
  public List<String> differences() {
    return Collections.unmodifiableList(differences);
  }

  private double share(int right) {
    return right / (double) Math.max(1, cvs);
  }
}
