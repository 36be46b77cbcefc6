package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Running and reading matches over HTTP: best first, explained, filtered, scoped to the recruiter. */
class MatchRoutesTest {
  private TestApi api;
  private String job;
  private String strong;
  private String weak;

  @BeforeEach
  void start() {
    api = TestApi.start();
    job = api.createJob(api.tokenA, """
        {"title": "Backend Engineer", "description": "Payments.", "required_skills": ["Java", "PostgreSQL"],
         "preferred_skills": ["Kotlin"], "open": true}""");
    strong = api.createProfile(api.tokenA, """
        {"full_name": "Strong Candidate", "skills": ["Java", "PostgreSQL", "Kotlin"]}""");
    weak = api.createProfile(api.tokenA, """
        {"full_name": "Weak Candidate", "skills": ["Excel"]}""");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void running_a_job_stores_its_matches_best_first_with_their_explanation() {
    TestApi.Response run = api.postEmpty("/api/jobs/" + job + "/matches/run", api.tokenA);

    assertThat(run.status()).as(run.body()).isEqualTo(200);
    JsonNode items = run.json().get("items");
    assertThat(items).hasSize(2);
    JsonNode best = items.get(0);
    assertThat(best.get("profile_id").asText()).isEqualTo(strong);
    assertThat(best.get("profile_name").asText()).isEqualTo("Strong Candidate");
    assertThat(best.get("job_title").asText()).isEqualTo("Backend Engineer");
    assertThat(best.get("score").asDouble()).isGreaterThan(items.get(1).get("score").asDouble());
    assertThat(best.get("components").get(0).get("factor").asText()).isEqualTo("required_skills");
    assertThat(best.get("components").get(0).has("weight")).isTrue();
    assertThat(best.get("components").get(0).get("explanation").asText()).isNotBlank();
    assertThat(best.at("/required_skills/0/matched").asBoolean()).isTrue();
    assertThat(best.at("/required_skills/0/evidence").asText()).isEqualTo("listed on the profile");
    assertThat(items.get(1).at("/required_skills/0/matched").asBoolean()).isFalse();
    assertThat(items.get(1).at("/required_skills/0/evidence").isNull()).isTrue();

    JsonNode listed = api.get("/api/jobs/" + job + "/matches", api.tokenA).json();
    assertThat(listed.get("items")).hasSize(2);
    assertThat(listed.get("limit").asInt()).isEqualTo(50);
    double threshold = best.get("score").asDouble();
    JsonNode filtered = api.get("/api/jobs/" + job + "/matches?min_score=" + threshold + "&limit=5", api.tokenA)
        .json();
    assertThat(filtered.get("items")).hasSize(1);
    assertThat(filtered.get("min_score").asDouble()).isEqualTo(threshold);
    assertThat(api.get("/api/profiles/" + strong + "/matches", api.tokenA).json().at("/items/0/job_id").asText())
        .isEqualTo(job);
  }

  @Test
  void running_a_profile_matches_it_to_the_open_jobs() {
    TestApi.Response run = api.postEmpty("/api/profiles/" + weak + "/matches/run?limit=1", api.tokenA);

    assertThat(run.status()).as(run.body()).isEqualTo(200);
    assertThat(run.json().get("items")).hasSize(1);
    assertThat(run.json().at("/items/0/job_id").asText()).isEqualTo(job);
  }

  @Test
  void bad_filters_are_400_naming_the_parameter() {
    TestApi.Response notNumber = api.get("/api/jobs/" + job + "/matches?min_score=high", api.tokenA);
    TestApi.Response outOfRange = api.get("/api/jobs/" + job + "/matches?min_score=1.5", api.tokenA);
    TestApi.Response badLimit = api.postEmpty("/api/jobs/" + job + "/matches/run?limit=0", api.tokenA);

    assertThat(notNumber.status()).isEqualTo(400);
    assertThat(notNumber.json().at("/errors/0/field").asText()).isEqualTo("min_score");
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(badLimit.status()).isEqualTo(400);
    assertThat(badLimit.json().at("/errors/0/field").asText()).isEqualTo("limit");
  }

  @Test
  void another_recruiters_job_or_profile_is_404() {
    assertThat(api.get("/api/jobs/" + job + "/matches", api.tokenB).status()).isEqualTo(404);
    assertThat(api.postEmpty("/api/jobs/" + job + "/matches/run", api.tokenB).status()).isEqualTo(404);
    assertThat(api.get("/api/profiles/" + strong + "/matches", api.tokenB).status()).isEqualTo(404);
    assertThat(api.postEmpty("/api/profiles/" + strong + "/matches/run", api.tokenB).status()).isEqualTo(404);
  }
}
