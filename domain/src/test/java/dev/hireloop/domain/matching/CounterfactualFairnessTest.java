package dev.hireloop.domain.matching;

import static dev.hireloop.domain.matching.Candidates.job;
import static dev.hireloop.domain.matching.Candidates.skills;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.cv.CvCorpus.LabelledCv;
import dev.hireloop.domain.cv.CvCorpus;
import dev.hireloop.domain.cv.CvParser;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.skill.SkillTaxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The same CV under another name and other pronouns scores the same. Every CV of the labelled corpus
 * ({@code /cvs/}) is rewritten for people of other genders and origins: the name swapped everywhere, a
 * "Pronouns:" line under the header, every he/she/they pronoun in the text swapped, and a third-person reference
 * sentence at the end. Each variant goes the whole way — {@link CvParser}, {@link CandidateFactsMapper}, {@link
 * MatchScorer} — against five jobs, and must get the same score, the same explanations and the same matched and
 * missing skills. The evidence quoted for a skill is the CV's own line, so it is compared with the names and
 * pronouns masked.
 */
final class CounterfactualFairnessTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
  private static final CvParser PARSER = new CvParser(SkillTaxonomy.standard());
  private static final MatchScorer SCORER = MatchScorer.standard();

  /** Who the CV is about in a variant: a name and the pronouns (subject, object, possessive) they use. */
  record Person(String name, String subject, String object, String possessive) {}

  private static final List<Person> PEOPLE = List.of(
      new Person("Emily Clarke", "she", "her", "her"),
      new Person("Mohammed Al-Sayed", "he", "him", "his"),
      new Person("Nguyen Thi Lan", "she", "her", "her"),
      new Person("Kwame Mensah", "he", "him", "his"),
      new Person("Alex Kowalski", "they", "them", "their"),
      new Person("Priya Raghunathan", "she", "her", "her"),
      new Person("José Luis García", "he", "him", "his"),
      new Person("Oluwaseun Adeyemi", "they", "them", "their"),
      new Person("Zhang Wei", "he", "him", "his"),
      new Person("Fatima Zahra Benali", "she", "her", "her"));

  private static final Pattern PRONOUN = Pattern.compile(
      "\\b(?:he|she|they|him|them|his|her|hers|their|theirs|himself|herself|themselves)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final List<JobDetails> JOBS = List.of(
      job("Senior Backend Engineer – Payments", RemotePolicy.HYBRID, Optional.of("Berlin, Germany"), Optional.of(5),
          skills("Java", "Spring Boot", "PostgreSQL", "Kafka"), skills("Kubernetes", "Terraform", "AWS")),
      job("Registered Nurse – ICU", RemotePolicy.ON_SITE, Optional.of("Austin, TX"), Optional.of(2),
          skills("Registered Nurse (RN)"), skills("BLS")),
      job("Product Designer", RemotePolicy.REMOTE, Optional.empty(), Optional.of(3), skills("Figma"),
          skills("HTML")),
      job("Sales Manager", RemotePolicy.HYBRID, Optional.of("London, UK"), Optional.of(4), skills("Salesforce"),
          List.of()),
      job("Data Analyst", RemotePolicy.ON_SITE, Optional.of("Munich, Germany"), Optional.empty(),
          skills("SQL", "Python"), skills("Power BI", "Tableau")));

  @Test
  void swapping_names_and_pronouns_changes_no_score_and_no_explanation() {
    int compared = 0;
    int strongMatches = 0;
    for (LabelledCv cv : corpus()) {
      String file = cv.file();
      String text = cv.text();
      String name = cv.label("name");
      List<String> variants = new ArrayList<>();
      List<CandidateFacts> facts = new ArrayList<>();
      variants.add(variant(text, name, new Person(name, "they", "them", "their")));
      for (Person person : PEOPLE) {
        String variant = variant(text, name, person);
        assertThat(variant).as(file).contains(person.name()).doesNotContain(name);
        variants.add(variant);
      }
      for (String variant : variants) {
        facts.add(CandidateFactsMapper.from(PARSER.parse(variant, TODAY)));
      }
      for (JobDetails job : JOBS) {
        MatchResult first = SCORER.score(job, facts.get(0));
        strongMatches += first.score() >= 0.6 ? 1 : 0;
        for (int v = 1; v < facts.size(); v++) {
          MatchResult other = SCORER.score(job, facts.get(v));
          assertThat(other.score()).as("%s as %s for %s", file, PEOPLE.get(v - 1).name(), job.title())
              .isEqualTo(first.score());
          assertThat(other.components()).as("%s as %s for %s", file, PEOPLE.get(v - 1).name(), job.title())
              .isEqualTo(first.components());
          assertThat(masked(other)).as("%s as %s for %s", file, PEOPLE.get(v - 1).name(), job.title())
              .isEqualTo(masked(first));
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(corpus().size() * JOBS.size() * PEOPLE.size());
    // the comparisons are not all of empty results: some CVs fit some jobs well
    assertThat(strongMatches).isGreaterThanOrEqualTo(3);
  }

  @Test
  void a_variant_really_carries_the_other_name_and_pronouns() {
    String text = "Jane Roe\nSUMMARY\nShe led her team; they trusted her.\n";

    String variant = variant(text, "Jane Roe", PEOPLE.get(1));

    assertThat(variant).isEqualTo("Mohammed Al-Sayed\nPronouns: he/him\nSUMMARY\nHe led his team; he trusted his.\n"
        + "\nREFERENCES\nMohammed Al-Sayed asked that his references be contacted only after an interview; he can "
        + "share them with him on request.\n");
  }

  /** The CV rewritten for {@code person}: name, pronouns, a pronouns line and a third-person reference. */
  static String variant(String text, String name, Person person) {
    String renamed = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE).matcher(text)
        .replaceAll(Matcher.quoteReplacement(person.name()));
    String[] parts = name.split("\\s+");
    String[] replacement = person.name().split("\\s+");
    renamed = renamed.replaceAll("\\b" + Pattern.quote(parts[0]) + "\\b", Matcher.quoteReplacement(replacement[0]));
    renamed = renamed.replaceAll("\\b" + Pattern.quote(parts[parts.length - 1]) + "\\b",
        Matcher.quoteReplacement(replacement[replacement.length - 1]));
    StringBuilder out = new StringBuilder();
    Matcher pronoun = PRONOUN.matcher(renamed);
    while (pronoun.find()) {
      String word = pronoun.group();
      String swapped = switch (word.toLowerCase(Locale.ROOT)) {
        case "he", "she", "they" -> person.subject();
        case "him", "them" -> person.object();
        case "himself", "herself", "themselves" -> person.object() + "self";
        default -> person.possessive();
      };
      pronoun.appendReplacement(out, Character.isUpperCase(word.charAt(0))
          ? Character.toUpperCase(swapped.charAt(0)) + swapped.substring(1) : swapped);
    }
    pronoun.appendTail(out);
    String body = out.toString();
    int firstLineEnd = body.indexOf('\n');
    String pronouns = "Pronouns: " + person.subject() + "/" + person.object();
    return body.substring(0, firstLineEnd + 1) + pronouns + "\n" + body.substring(firstLineEnd + 1)
        + (body.endsWith("\n") ? "" : "\n") + "\nREFERENCES\n" + person.name() + " asked that " + person.possessive()
        + " references be contacted only after an interview; " + person.subject() + " can share them with "
        + person.object() + " on request.\n";
  }

  /** The skill lists with names and pronouns in the quoted evidence masked. */
  private static List<String> masked(MatchResult result) {
    List<String> out = new ArrayList<>();
    for (SkillMatch skill : result.requiredSkills()) {
      out.add("required " + skill.skill().key() + ": " + skill.evidence().map(CounterfactualFairnessTest::mask));
    }
    for (SkillMatch skill : result.preferredSkills()) {
      out.add("preferred " + skill.skill().key() + ": " + skill.evidence().map(CounterfactualFairnessTest::mask));
    }
    return out;
  }

  private static String mask(String evidence) {
    String masked = PRONOUN.matcher(evidence).replaceAll("<pronoun>");
    for (Person person : PEOPLE) {
      for (String part : person.name().split("\\s+")) {
        masked = masked.replace(part, "<name>");
      }
    }
    return masked;
  }

  private static List<LabelledCv> corpus() {
    List<LabelledCv> corpus = CvCorpus.load();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(12);
    return corpus;
  }
}
