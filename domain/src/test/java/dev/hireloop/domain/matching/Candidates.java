package dev.hireloop.domain.matching;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillCategory;
import dev.hireloop.domain.skill.SkillDefinition;
import dev.hireloop.domain.skill.SkillEvidence;
import dev.hireloop.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Jobs and candidates for matching tests: written by hand for the stories, generated (seeded) for properties. */
final class Candidates {
  static final List<String> TITLES = List.of("Backend Engineer", "Senior Backend Engineer", "Java Developer",
      "Software Engineer", "Junior Software Engineer", "Staff Software Engineer", "Frontend Developer",
      "Full-Stack Engineer", "Data Engineer", "Senior Data Scientist", "DevOps Engineer", "Site Reliability Engineer",
      "Engineering Manager", "QA Engineer", "Mobile Developer (iOS)", "Product Manager", "Registered Nurse",
      "Sr. Accountant", "Tech Lead, Payments", "Machine Learning Engineer");
  static final List<String> PLACES = List.of("Berlin, Germany", "Munich, Bavaria, Germany", "London, UK",
      "Manchester, England", "New York, NY", "NYC", "Brooklyn, New York", "Austin, TX", "Dallas, Texas",
      "San Francisco, CA", "Lisbon, Portugal", "Amsterdam, Netherlands", "Toronto, ON, Canada", "Remote",
      "Zürich, Switzerland");

  private static final List<Skill> SKILLS = SkillTaxonomy.standard().definitions().stream()
      .filter(d -> Set.of(SkillCategory.PROGRAMMING_LANGUAGE, SkillCategory.DATABASE, SkillCategory.CLOUD_DEVOPS,
          SkillCategory.SOFTWARE_ENGINEERING, SkillCategory.WEB_MOBILE, SkillCategory.DATA_ANALYTICS)
          .contains(d.category()))
      .map(SkillDefinition::canonical)
      .limit(120)
      .toList();

  private Candidates() {}

  static Skill skill(String name) {
    return SkillTaxonomy.standard().lookup(name).orElseThrow().canonical();
  }

  static List<Skill> skills(String... names) {
    return Arrays.stream(names).map(Candidates::skill).toList();
  }

  static JobDetails job(String title, RemotePolicy policy, Optional<String> location, Optional<Integer> years,
      List<Skill> required, List<Skill> preferred) {
    return new JobDetails(title, Optional.of("Northwind"), "", location, policy, EmploymentType.FULL_TIME,
        Optional.empty(), years, required, preferred, Optional.empty());
  }

  /** A candidate whose skills are shown by "<skill> in production at …" lines. */
  static CandidateFacts candidate(List<String> skills, Optional<Integer> months, Optional<String> title,
      List<String> pastTitles, Optional<String> location) {
    return new CandidateFacts(skills.stream().map(name -> evidence(skill(name))).toList(), months, title, pastTitles,
        location);
  }

  static SkillEvidence evidence(Skill skill) {
    return new SkillEvidence(skill, "Built services with " + skill.name() + " at Contoso (2019–2024)");
  }

  static JobDetails randomJob(Random random) {
    List<Skill> picked = pick(random, 3 + random.nextInt(10));
    int required = 1 + random.nextInt(picked.size() - 1);
    RemotePolicy policy = RemotePolicy.values()[random.nextInt(3)];
    return new JobDetails(TITLES.get(random.nextInt(TITLES.size())), Optional.empty(), "",
        random.nextInt(5) == 0 ? Optional.empty() : Optional.of(PLACES.get(random.nextInt(PLACES.size()))), policy,
        EmploymentType.FULL_TIME, Optional.empty(),
        random.nextInt(4) == 0 ? Optional.empty() : Optional.of(random.nextInt(9)), picked.subList(0, required),
        picked.subList(required, picked.size()), Optional.empty());
  }

  static CandidateFacts randomCandidate(Random random) {
    List<SkillEvidence> skills = pick(random, random.nextInt(25)).stream().map(Candidates::evidence).toList();
    List<String> past = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      past.add(TITLES.get(random.nextInt(TITLES.size())));
    }
    return new CandidateFacts(skills,
        random.nextInt(6) == 0 ? Optional.empty() : Optional.of(random.nextInt(12 * 25)),
        random.nextInt(6) == 0 ? Optional.empty() : Optional.of(TITLES.get(random.nextInt(TITLES.size()))), past,
        random.nextInt(5) == 0 ? Optional.empty() : Optional.of(PLACES.get(random.nextInt(PLACES.size()))));
  }

  static CandidateFacts withSkill(CandidateFacts candidate, Skill skill) {
    List<SkillEvidence> skills = new ArrayList<>(candidate.skills());
    skills.add(evidence(skill));
    return new CandidateFacts(skills, candidate.experienceMonths(), candidate.currentTitle(),
        candidate.pastTitles(), candidate.location());
  }

  static CandidateFacts withMonths(CandidateFacts candidate, int months) {
    return new CandidateFacts(candidate.skills(), Optional.of(months), candidate.currentTitle(),
        candidate.pastTitles(), candidate.location());
  }

  static CandidateFacts withLocation(CandidateFacts candidate, Optional<String> location) {
    return new CandidateFacts(candidate.skills(), candidate.experienceMonths(), candidate.currentTitle(),
        candidate.pastTitles(), location);
  }

  static boolean has(CandidateFacts candidate, Skill skill) {
    return candidate.skills().stream().anyMatch(s -> s.skill().key().equals(skill.key()));
  }

  private static List<Skill> pick(Random random, int count) {
    List<Skill> pool = new ArrayList<>(SKILLS);
    List<Skill> out = new ArrayList<>();
    for (int i = 0; i < count && !pool.isEmpty(); i++) {
      out.add(pool.remove(random.nextInt(pool.size())));
    }
    return out;
  }
}
