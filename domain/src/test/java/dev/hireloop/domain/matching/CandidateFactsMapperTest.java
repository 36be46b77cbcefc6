package dev.hireloop.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.cv.CvLink;
import dev.hireloop.domain.cv.Education;
import dev.hireloop.domain.cv.LinkKind;
import dev.hireloop.domain.cv.Parsed;
import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.cv.WorkExperience;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.skill.SkillEvidence;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class CandidateFactsMapperTest {

  private static final WorkExperience CURRENT = new WorkExperience("Senior Backend Engineer", Optional.of("Contoso"),
      YearMonth.of(2021, 3), Optional.empty(), "Senior Backend Engineer, Contoso, Mar 2021 – Present");
  private static final WorkExperience EARLIER = new WorkExperience("Backend Developer", Optional.of("Fabrikam"),
      YearMonth.of(2017, 1), Optional.of(YearMonth.of(2021, 2)), "Backend Developer, Fabrikam, 2017–2021");

  @Test
  void keeps_skills_experience_titles_and_location_and_nothing_about_the_person() {
    ParsedCv cv = cv(Optional.of(new Parsed<>("Senior Backend Engineer", 0.9)), List.of(CURRENT, EARLIER));

    CandidateFacts facts = CandidateFactsMapper.from(cv);

    assertThat(facts.skills()).extracting(s -> s.skill().name()).containsExactly("Java", "PostgreSQL");
    assertThat(facts.skills().get(0).evidence()).isEqualTo("Java, Spring Boot, PostgreSQL");
    assertThat(facts.experienceMonths()).contains(100);
    assertThat(facts.currentTitle()).contains("Senior Backend Engineer");
    assertThat(facts.pastTitles()).containsExactly("Backend Developer");
    assertThat(facts.location()).contains("Berlin, Germany");
    assertThat(facts.toString()).doesNotContain("Ada").doesNotContain("ada@example.com")
        .doesNotContain("4915112345678").doesNotContain("github");
  }

  @Test
  void without_a_most_recent_title_the_first_job_is_the_current_one() {
    CandidateFacts facts = CandidateFactsMapper.from(cv(Optional.empty(), List.of(CURRENT, EARLIER)));

    assertThat(facts.currentTitle()).contains("Senior Backend Engineer");
    assertThat(facts.pastTitles()).containsExactly("Backend Developer");
  }

  @Test
  void a_cv_without_jobs_has_no_titles() {
    CandidateFacts facts = CandidateFactsMapper.from(cv(Optional.empty(), List.of()));

    assertThat(facts.currentTitle()).isEmpty();
    assertThat(facts.pastTitles()).isEmpty();
  }

  private static ParsedCv cv(Optional<Parsed<String>> title, List<WorkExperience> jobs) {
    List<SkillEvidence> skills = List.of(
        new SkillEvidence(Candidates.skill("Java"), "Java, Spring Boot, PostgreSQL"),
        new SkillEvidence(Candidates.skill("PostgreSQL"), "Java, Spring Boot, PostgreSQL"),
        new SkillEvidence(Candidates.skill("java"), "Java again"));
    return new ParsedCv(Optional.of(new Parsed<>("Ada Lovelace", 0.95)),
        Optional.of(new Parsed<>(Email.of("ada@example.com"), 1.0)), Optional.of(new Parsed<>("+4915112345678", 0.9)),
        Optional.of(new Parsed<>("Berlin, Germany", 0.8)),
        List.of(new CvLink(LinkKind.GITHUB, URI.create("https://github.com/ada"))), new Parsed<>(skills, 0.9),
        new Parsed<>(jobs, 0.8), Optional.of(new Parsed<>(100, 0.8)), title,
        new Parsed<>(List.of(new Education(Optional.of("BSc Mathematics"), Optional.of("TU Berlin"),
            Optional.of(2016), "BSc Mathematics, TU Berlin, 2016")), 0.7));
  }
}
