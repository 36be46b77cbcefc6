package dev.hireloop.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.testing.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SkillTaxonomyTest {
  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

  static List<String> skills(String text) {
    return TAXONOMY.extract(text).stream().map(m -> m.skill().name()).toList();
  }

  static List<String> evidence(String text) {
    return TAXONOMY.extract(text).stream().map(SkillMention::evidence).toList();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = ';', value = {
      "k8s;                   Kubernetes",
      "K8s;                   Kubernetes",
      "Postgres;              PostgreSQL",
      "psql;                  PostgreSQL",
      "postgresql;            PostgreSQL",
      "JS;                    JavaScript",
      "ECMAScript;            JavaScript",
      "TS;                    TypeScript",
      "Golang;                Go",
      "React.js;              React",
      "ReactJS;               React",
      "Node;                  Node.js",
      "NodeJS;                Node.js",
      "node.js;               Node.js",
      "GCP;                   Google Cloud Platform",
      "Google Cloud;          Google Cloud Platform",
      "MS Excel;              Excel",
      "C sharp;               C#",
      "dotnet;                .NET",
      ".net;                  .NET",
      "ML;                    Machine Learning",
      "NLP;                   Natural Language Processing",
      "Google Suite;          Google Workspace",
      "G Suite;               Google Workspace",
      "RN;                    Registered Nurse (RN)",
      "CPA;                   Certified Public Accountant (CPA)",
      "Español;               Spanish",
      "espanol;               Spanish"})
  void an_alias_looks_up_its_canonical_skill(String alias, String canonical) {
    assertThat(TAXONOMY.lookup(alias)).map(d -> d.canonical().name()).contains(canonical);
  }

  @Test
  void lookup_ignores_case_hyphens_and_surrounding_space_and_finds_nothing_for_an_unknown_name() {
    assertThat(TAXONOMY.lookup("  MACHINE   LEARNING ")).map(d -> d.canonical().name()).contains("Machine Learning");
    assertThat(TAXONOMY.lookup("Objective C")).isEqualTo(TAXONOMY.lookup("objective-c"));
    assertThat(TAXONOMY.lookup("Underwater basket weaving")).isEmpty();
    assertThat(TAXONOMY.lookup("")).isEmpty();
    assertThat(TAXONOMY.lookup(null)).isEmpty();
  }

  @Test
  void extracts_aliases_as_their_canonical_skills_with_the_words_used() {
    List<SkillMention> mentions =
        TAXONOMY.extract("We run k8s on GCP, store data in Postgres and write services in Golang and TS.");

    assertThat(mentions).extracting(m -> m.skill().name()).containsExactly(
        "Kubernetes", "Google Cloud Platform", "PostgreSQL", "Go", "TypeScript");
    assertThat(mentions).extracting(SkillMention::evidence).containsExactly("k8s", "GCP", "Postgres", "Golang", "TS");
    assertThat(mentions).extracting(SkillMention::category).containsExactly(SkillCategory.CLOUD_DEVOPS,
        SkillCategory.CLOUD_DEVOPS, SkillCategory.DATABASE, SkillCategory.PROGRAMMING_LANGUAGE,
        SkillCategory.PROGRAMMING_LANGUAGE);
  }

  @Test
  void the_longest_spelling_wins() {
    assertThat(evidence("Google Cloud Platform and Google Cloud")).containsExactly("Google Cloud Platform",
        "Google Cloud");
    assertThat(skills("React Native apps")).containsExactly("React Native");
    assertThat(skills("Spring Boot services")).containsExactly("Spring Boot");
    assertThat(skills("ASP.NET MVC")).containsExactly("ASP.NET");
    assertThat(skills("Microsoft Office")).containsExactly("Microsoft Office");
    assertThat(evidence("Registered Nurse (RN) wanted")).containsExactly("Registered Nurse (RN)");
  }

  @Test
  void a_spelling_must_be_whole_tokens_of_one_line() {
    assertThat(skills("Googled the cloud")).isEmpty();
    assertThat(skills("Google\nCloud")).isEmpty();
    assertThat(skills("Google, Cloud")).isEmpty();
    assertThat(skills("Pythonic")).isEmpty();
  }

  @Test
  void symbols_belong_to_the_spelling_and_punctuation_around_it_does_not() {
    assertThat(evidence("C#, C++ and .NET.")).containsExactly("C#", "C++", ".NET");
    assertThat(evidence("(Java), Java. Java; \"Java\" Java's")).containsExactly("Java", "Java", "Java", "Java",
        "Java");
    assertThat(evidence("CI/CD, TCP/IP and A/B testing")).containsExactly("CI/CD", "TCP/IP", "A/B testing");
    assertThat(evidence("Node.js and S3")).containsExactly("Node.js", "S3");
    assertThat(evidence("Strong C++17 code")).containsExactly("C++17");
  }

  @Test
  void a_hyphen_and_a_space_are_the_same_in_a_spelling() {
    assertThat(skills("Objective-C and Objective C")).containsExactly("Objective-C", "Objective-C");
  }

  @Test
  void accepts_a_plural() {
    assertThat(evidence("LLMs and LPNs")).containsExactly("LLMs", "LPNs");
  }

  @Test
  void every_mention_carries_its_exact_span() {
    String text = "Requirements:\n- 5+ years of Java (Spring Boot), k8s\n- Fluent in Français; RN preferred\n";

    List<SkillMention> mentions = TAXONOMY.extract(text);

    assertThat(mentions).isNotEmpty();
    for (SkillMention mention : mentions) {
      assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.evidence());
    }
    assertThat(mentions.get(0).start()).isEqualTo(text.indexOf("Java"));
    assertThat(mentions).extracting(SkillMention::evidence).containsExactly("Java", "Spring Boot", "k8s", "Français",
        "RN");
  }

  @Test
  void mentions_come_in_text_order_and_repeat() {
    assertThat(skills("Python, SQL, Python")).containsExactly("Python", "SQL", "Python");
  }

  @Test
  void matches_across_accents_and_keeps_the_texts_spelling_as_evidence() {
    assertThat(evidence("Experiência com Java e Português; ESPAÑOL, espanol e Francais"))
        .containsExactly("Java", "Português", "ESPAÑOL", "espanol", "Francais");
    assertThat(skills("Espan\u0303ol")).containsExactly("Spanish");
  }

  @Test
  void counts_spans_in_utf16_units_around_emoji_and_full_width_letters() {
    String text = "🚀 Python · Ｊａｖａ";

    List<SkillMention> mentions = TAXONOMY.extract(text);

    assertThat(mentions).extracting(m -> m.skill().name()).containsExactly("Python", "Java");
    assertThat(mentions.get(0).start()).isEqualTo(3);
    assertThat(mentions.get(1).evidence()).isEqualTo("Ｊａｖａ");
  }

  @Test
  void finds_nothing_in_an_empty_or_blank_text_and_refuses_a_missing_one() {
    assertThat(TAXONOMY.extract("")).isEmpty();
    assertThat(TAXONOMY.extract(" \n\t ")).isEmpty();
    assertThat(TAXONOMY.extract("#+/.&")).isEmpty();
    Expect.invalid("value.required", () -> TAXONOMY.extract(null));
  }

  @Test
  void reads_a_megabyte_of_text_in_one_pass() {
    String posting = "Requirements: 5+ years with Java, Kotlin and Go; Postgres, k8s and AWS. "
        + "Go above and beyond; excel at communication; C-level stakeholders. ";
    StringBuilder text = new StringBuilder();
    int copies = 0;
    while (text.length() < 1_000_000) {
      text.append(posting);
      copies++;
    }

    List<SkillMention> mentions = TAXONOMY.extract(text.toString());

    assertThat(mentions).hasSize(copies * skills(posting).size());
  }

  @Test
  void reads_a_megabyte_of_pathological_text() {
    String[] hostile = {"C-", "R&", ".", "+", "#", "a", "C ", "Go ", "\n", "é"};
    for (String unit : hostile) {
      assertThat(TAXONOMY.extract(unit.repeat(1_000_000 / unit.length()))).as(unit).isEmpty();
    }
    assertThat(TAXONOMY.extract("Java ".repeat(200_000))).hasSize(200_000);
  }

  @Test
  void the_standard_taxonomy_is_one_instance_shared_safely_between_threads() throws Exception {
    String text = "Python, Go and Rust on Kubernetes; RN with BLS; fluent in Spanish; MS Excel.";
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<SkillMention>>> results = new ArrayList<>();
      List<SkillTaxonomy> instances = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int i = 0; i < threads; i++) {
        Callable<List<SkillMention>> task = () -> {
          start.await();
          SkillTaxonomy taxonomy = SkillTaxonomy.standard();
          instances.add(taxonomy);
          List<SkillMention> last = List.of();
          for (int round = 0; round < 200; round++) {
            last = taxonomy.extract(text);
          }
          return last;
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      List<SkillMention> expected = TAXONOMY.extract(text);
      for (Future<List<SkillMention>> result : results) {
        assertThat(result.get(1, TimeUnit.MINUTES)).isEqualTo(expected);
      }
      assertThat(instances).hasSize(threads).allSatisfy(t -> assertThat(t).isSameAs(TAXONOMY));
      assertThat(expected).extracting(m -> m.skill().name()).containsExactly("Python", "Go", "Rust", "Kubernetes",
          "Registered Nurse (RN)", "Basic Life Support (BLS)", "Spanish", "Excel");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_custom_taxonomy_refuses_a_spelling_that_names_two_skills() {
    SkillDefinition go = SkillDefinition.of("Go", SkillCategory.PROGRAMMING_LANGUAGE, "Golang");
    SkillDefinition game = SkillDefinition.of("Game of Go", SkillCategory.SOFT_SKILL, "golang");

    Expect.invalid("skill.taxonomy-duplicate", () -> SkillTaxonomy.of(List.of(go, game)));
  }

  @Test
  void a_custom_taxonomy_extracts_with_its_own_definitions_and_rules() {
    SkillTaxonomy taxonomy = SkillTaxonomy.of(List.of(
        SkillDefinition.of("Forklift", SkillCategory.OPERATIONS_LOGISTICS, "fork lift truck"),
        SkillDefinition.of("Crane", SkillCategory.ENGINEERING_TRADES).withRules("Crane", MatchRule.CASE_SENSITIVE)));

    assertThat(taxonomy.size()).isEqualTo(2);
    assertThat(taxonomy.extract("Fork-lift truck and Crane; a crane").stream().map(SkillMention::evidence))
        .containsExactly("Fork-lift truck", "Crane");
  }
}
