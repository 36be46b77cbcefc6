package dev.hireloop.domain.matching;

import static dev.hireloop.domain.matching.Candidates.candidate;
import static dev.hireloop.domain.matching.Candidates.job;
import static dev.hireloop.domain.matching.Candidates.skills;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.skill.Skill;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Matching as a recruiter reads it: small stories with realistic jobs and candidates. */
final class MatchScorerTest {
  private final MatchScorer scorer = MatchScorer.standard();

  /** Northwind's hybrid backend role in Berlin: Java, Spring Boot, PostgreSQL, Kafka required; 5 years. */
  private static final JobDetails BACKEND = job("Senior Backend Engineer – Payments", RemotePolicy.HYBRID,
      Optional.of("Berlin, Germany"), Optional.of(5), skills("Java", "Spring Boot", "PostgreSQL", "Kafka"),
      skills("Kubernetes", "Terraform", "AWS"));

  @Test
  void the_obviously_strong_candidate_ranks_first_among_five() {
    Map<String, CandidateFacts> pool = new LinkedHashMap<>();
    pool.put("frontend developer in Lisbon", candidate(List.of("JavaScript", "React", "TypeScript", "CSS"),
        Optional.of(72), Optional.of("Senior Frontend Developer"), List.of(), Optional.of("Lisbon, Portugal")));
    pool.put("junior Java developer in Berlin", candidate(List.of("Java", "Spring Boot", "MySQL"),
        Optional.of(18), Optional.of("Junior Java Developer"), List.of(), Optional.of("Berlin, Germany")));
    pool.put("senior backend engineer in Berlin with the whole stack", candidate(List.of("Java", "Spring Boot",
        "PostgreSQL", "Kafka", "Kubernetes", "AWS", "Docker"), Optional.of(96), Optional.of("Senior Backend Engineer"),
        List.of("Backend Developer"), Optional.of("Berlin, Germany")));
    pool.put("data scientist in Munich", candidate(List.of("Python", "pandas", "PostgreSQL", "Spark"),
        Optional.of(84), Optional.of("Senior Data Scientist"), List.of(), Optional.of("Munich, Germany")));
    pool.put("Go engineer without Java in Berlin", candidate(List.of("Go", "PostgreSQL", "Kafka", "Kubernetes"),
        Optional.of(108), Optional.of("Senior Software Engineer"), List.of(), Optional.of("Berlin, Germany")));

    List<String> ranking = pool.entrySet().stream()
        .sorted(Comparator.comparingDouble(e -> -scorer.score(BACKEND, e.getValue()).score()))
        .map(Map.Entry::getKey).toList();

    assertThat(ranking.get(0)).isEqualTo("senior backend engineer in Berlin with the whole stack");
    assertThat(ranking.get(4)).isEqualTo("frontend developer in Lisbon");
    assertThat(scorer.score(BACKEND, pool.get(ranking.get(0))).score()).isGreaterThan(0.9);
  }

  @Test
  void the_explanation_lists_matched_and_missing_skills_in_the_jobs_order_with_evidence() {
    CandidateFacts candidate = candidate(List.of("Kafka", "Java", "AWS", "Docker"), Optional.of(70),
        Optional.of("Backend Developer"), List.of(), Optional.of("Berlin"));

    MatchResult result = scorer.score(BACKEND, candidate);

    assertThat(result.requiredSkills()).extracting(s -> s.skill().name())
        .containsExactly("Java", "Spring Boot", "PostgreSQL", "Apache Kafka");
    assertThat(result.requiredSkills()).extracting(SkillMatch::evidence).containsExactly(
        Optional.of("Built services with Java at Contoso (2019–2024)"), Optional.empty(), Optional.empty(),
        Optional.of("Built services with Apache Kafka at Contoso (2019–2024)"));
    assertThat(result.preferredSkills()).extracting(SkillMatch::matched).containsExactly(false, false, true);
    assertThat(component(result, MatchFactor.REQUIRED_SKILLS).explanation())
        .isEqualTo("Has 2 of 4 required skills (Java, Apache Kafka); missing Spring Boot, PostgreSQL.");
    assertThat(component(result, MatchFactor.PREFERRED_SKILLS).explanation())
        .isEqualTo("Has 1 of 3 preferred skills (Amazon Web Services); missing Kubernetes, Terraform.");
    assertThat(component(result, MatchFactor.REQUIRED_SKILLS).score()).isEqualTo(0.5);
  }

  @Test
  void every_component_is_one_explained_sentence_and_the_weights_sum_to_one() {
    MatchResult result = scorer.score(BACKEND, candidate(List.of("Java"), Optional.of(30),
        Optional.of("Software Engineer"), List.of(), Optional.of("Hamburg, Germany")));

    assertThat(result.components()).extracting(MatchComponent::factor).containsExactly(MatchFactor.values());
    assertThat(result.components().stream().mapToDouble(MatchComponent::weight).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(result.components()).allSatisfy(c -> assertThat(c.explanation()).endsWith(".")
        .doesNotContain("\n").doesNotContain(". "));
    double weighted = result.components().stream().mapToDouble(c -> c.weight() * c.score()).sum();
    assertThat(result.score()).isCloseTo(weighted, within(0.00005));
    assertThat(component(result, MatchFactor.EXPERIENCE).explanation())
        .isEqualTo("2.5 years of experience, below the 5-year minimum.");
    assertThat(component(result, MatchFactor.LOCATION).explanation())
        .isEqualTo("Candidate in Hamburg, Germany is in the same country as the job, not the same region: "
            + "Berlin, Germany (hybrid).");
  }

  @Test
  void experience_below_the_minimum_lowers_the_score_and_above_it_adds_nothing() {
    CandidateFacts base = candidate(List.of("Java", "Spring Boot", "PostgreSQL"), Optional.of(60),
        Optional.of("Backend Engineer"), List.of(), Optional.of("Berlin, Germany"));

    double atMinimum = scorer.score(BACKEND, base).score();
    double twoYears = scorer.score(BACKEND, Candidates.withMonths(base, 24)).score();
    double tenYears = scorer.score(BACKEND, Candidates.withMonths(base, 120)).score();

    assertThat(twoYears).isLessThan(atMinimum);
    assertThat(tenYears).isEqualTo(atMinimum);
    assertThat(component(scorer.score(BACKEND, Candidates.withMonths(base, 24)), MatchFactor.EXPERIENCE).score())
        .isEqualTo(0.4);
  }

  @Test
  void unknown_experience_is_neutral_and_said_so() {
    MatchResult result = scorer.score(BACKEND, candidate(List.of("Java"), Optional.empty(),
        Optional.of("Backend Engineer"), List.of(), Optional.of("Berlin, Germany")));

    assertThat(component(result, MatchFactor.EXPERIENCE).score()).isEqualTo(0.5);
    assertThat(component(result, MatchFactor.EXPERIENCE).explanation())
        .isEqualTo("Experience unknown, counted as neutral against the 5-year minimum.");
  }

  @Test
  void a_remote_job_ignores_where_the_candidate_lives() {
    JobDetails remote = job("Backend Engineer", RemotePolicy.REMOTE, Optional.of("Berlin, Germany"),
        Optional.of(3), skills("Java", "PostgreSQL"), List.of());
    CandidateFacts lisbon = candidate(List.of("Java"), Optional.of(48), Optional.of("Backend Engineer"), List.of(),
        Optional.of("Lisbon, Portugal"));

    MatchResult inLisbon = scorer.score(remote, lisbon);

    assertThat(scorer.score(remote, Candidates.withLocation(lisbon, Optional.of("Berlin, Germany"))))
        .isEqualTo(inLisbon);
    assertThat(scorer.score(remote, Candidates.withLocation(lisbon, Optional.empty()))).isEqualTo(inLisbon);
    assertThat(component(inLisbon, MatchFactor.LOCATION).score()).isEqualTo(1.0);
    assertThat(component(inLisbon, MatchFactor.LOCATION).explanation())
        .isEqualTo("Remote job, so where the candidate lives does not count.");
  }

  @Test
  void an_on_site_job_prefers_the_same_city_then_region_then_country() {
    JobDetails austin = job("Registered Nurse", RemotePolicy.ON_SITE, Optional.of("Austin, TX"), Optional.empty(),
        skills("Registered Nurse (RN)"), List.of());
    CandidateFacts nurse = candidate(List.of("Registered Nurse (RN)"), Optional.of(60),
        Optional.of("Registered Nurse"), List.of(), Optional.empty());

    assertThat(location(austin, Candidates.withLocation(nurse, Optional.of("Austin, Texas, USA")))).isEqualTo(1.0);
    assertThat(location(austin, Candidates.withLocation(nurse, Optional.of("Dallas, Texas")))).isEqualTo(0.5);
    assertThat(location(austin, Candidates.withLocation(nurse, Optional.of("Seattle, WA")))).isEqualTo(0.25);
    assertThat(location(austin, Candidates.withLocation(nurse, Optional.of("Toronto, ON, Canada")))).isEqualTo(0.0);
    assertThat(location(austin, Candidates.withLocation(nurse, Optional.empty()))).isEqualTo(0.5);
    assertThat(component(scorer.score(austin, nurse), MatchFactor.LOCATION).explanation())
        .contains("location unknown");
  }

  @Test
  void common_abbreviations_and_local_spellings_name_the_same_place() {
    assertThat(location(onSiteIn("New York, NY"), located("NYC"))).isEqualTo(1.0);
    assertThat(location(onSiteIn("München, Deutschland"), located("Munich, Germany"))).isEqualTo(1.0);
    assertThat(location(onSiteIn("London, United Kingdom"), located("London, UK"))).isEqualTo(1.0);
    assertThat(location(onSiteIn("London, UK"), located("Manchester, England"))).isEqualTo(0.25);
    assertThat(location(onSiteIn("Berlin; Munich, Germany"), located("Munich, Bavaria"))).isEqualTo(1.0);
    assertThat(location(onSiteIn("Germany"), located("Cologne, Germany"))).isEqualTo(1.0);
    assertThat(location(onSiteIn("Berlin, DE"), located("Berlin, Germany"))).isEqualTo(1.0);
  }

  @Test
  void a_job_without_a_location_or_skills_or_minimum_leaves_those_factors_out() {
    JobDetails bare = job("Software Engineer", RemotePolicy.ON_SITE, Optional.empty(), Optional.empty(),
        skills("Java"), List.of());
    MatchResult result = scorer.score(bare, candidate(List.of("Java"), Optional.of(12),
        Optional.of("Software Engineer"), List.of(), Optional.of("Berlin")));

    assertThat(result.components()).extracting(MatchComponent::factor)
        .containsExactly(MatchFactor.REQUIRED_SKILLS, MatchFactor.TITLE);
    assertThat(result.components().get(0).weight()).isCloseTo(0.45 / 0.55, within(1e-4));
    assertThat(result.components().get(1).weight()).isCloseTo(0.10 / 0.55, within(1e-4));
    assertThat(result.score()).isEqualTo(1.0);
  }

  @Test
  void the_title_factor_reads_role_words_and_level() {
    JobDetails senior = job("Senior Backend Engineer", RemotePolicy.REMOTE, Optional.empty(), Optional.empty(),
        List.of(), List.of());

    MatchComponent seniorDeveloper = title(senior, "Sr. Back-End Developer");
    MatchComponent juniorEngineer = title(senior, "Junior Backend Engineer");
    MatchComponent plainEngineer = title(senior, "Backend Engineer");
    MatchComponent nurse = title(senior, "Registered Nurse");

    assertThat(seniorDeveloper.score()).isEqualTo(1.0);
    assertThat(plainEngineer.score()).isGreaterThan(juniorEngineer.score());
    assertThat(juniorEngineer.score()).isGreaterThan(nurse.score());
    assertThat(seniorDeveloper.explanation()).isEqualTo("Current title \"Sr. Back-End Developer\" shares backend, "
        + "engineer with \"Senior Backend Engineer\"; the job is senior and the latest title reads as senior.");
    assertThat(plainEngineer.explanation()).endsWith("the latest title reads as mid-level (no level named).");
    assertThat(nurse.explanation()).startsWith("No role word of \"Senior Backend Engineer\" (backend, engineer)");
  }

  @Test
  void a_past_title_counts_less_than_the_same_current_title() {
    JobDetails dataEngineer = job("Data Engineer", RemotePolicy.REMOTE, Optional.empty(), Optional.empty(),
        List.of(), List.of());
    CandidateFacts current = candidate(List.of(), Optional.empty(), Optional.of("Data Engineer"), List.of(),
        Optional.empty());
    CandidateFacts past = candidate(List.of(), Optional.empty(), Optional.of("Product Manager"),
        List.of("Data Engineer"), Optional.empty());

    MatchComponent fromPast = component(scorer.score(dataEngineer, past), MatchFactor.TITLE);

    assertThat(component(scorer.score(dataEngineer, current), MatchFactor.TITLE).score()).isEqualTo(1.0);
    assertThat(fromPast.score()).isEqualTo(0.8);
    assertThat(fromPast.explanation()).isEqualTo(
        "Past title \"Data Engineer\" shares data, engineer with \"Data Engineer\" (earlier titles count 80 %).");
  }

  @Test
  void the_same_inputs_give_the_same_result_and_scores_have_four_decimals() {
    CandidateFacts candidate = candidate(List.of("Java", "Kafka", "Terraform"), Optional.of(41),
        Optional.of("Software Engineer II"), List.of("Junior Developer"), Optional.of("Potsdam, Germany"));

    MatchResult first = scorer.score(BACKEND, candidate);

    assertThat(scorer.score(BACKEND, candidate)).isEqualTo(first);
    assertThat(Double.doubleToRawLongBits(scorer.score(BACKEND, candidate).score()))
        .isEqualTo(Double.doubleToRawLongBits(first.score()));
    assertThat(first.score() * 10_000).isEqualTo(Math.rint(first.score() * 10_000));
  }

  @Test
  void a_long_skill_list_is_cut_short_in_the_sentence_but_complete_in_the_breakdown() {
    List<Skill> many = Candidates.skills("Java", "Kotlin", "Scala", "Python", "Go", "Rust", "C++", "C#",
        "TypeScript", "JavaScript", "PostgreSQL", "MySQL", "Redis", "Kafka", "RabbitMQ", "Docker", "Kubernetes",
        "Terraform", "AWS", "Google Cloud Platform", "Microsoft Azure", "GraphQL", "gRPC", "Elasticsearch");
    JobDetails greedy = job("Backend Engineer", RemotePolicy.REMOTE, Optional.empty(), Optional.empty(), many,
        List.of());

    MatchResult result = scorer.score(greedy, candidate(List.of(), Optional.empty(), Optional.empty(), List.of(),
        Optional.empty()));

    assertThat(component(result, MatchFactor.REQUIRED_SKILLS).explanation()).startsWith(
        "Has none of the 24 required skills; missing Java, Kotlin").contains(" more.");
    assertThat(result.requiredSkills()).hasSize(24);
  }

  private MatchComponent component(MatchResult result, MatchFactor factor) {
    return result.components().stream().filter(c -> c.factor() == factor).findFirst().orElseThrow();
  }

  private double location(JobDetails job, CandidateFacts candidate) {
    return component(scorer.score(job, candidate), MatchFactor.LOCATION).score();
  }

  private MatchComponent title(JobDetails job, String title) {
    return component(scorer.score(job, candidate(List.of(), Optional.empty(), Optional.of(title), List.of(),
        Optional.empty())), MatchFactor.TITLE);
  }

  private static JobDetails onSiteIn(String location) {
    return job("Accountant", RemotePolicy.ON_SITE, Optional.of(location), Optional.empty(), List.of(), List.of());
  }

  private static CandidateFacts located(String location) {
    return candidate(List.of(), Optional.empty(), Optional.of("Accountant"), List.of(), Optional.of(location));
  }
}
