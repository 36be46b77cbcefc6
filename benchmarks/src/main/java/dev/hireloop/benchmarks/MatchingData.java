package dev.hireloop.benchmarks;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.matching.CandidateFacts;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillCategory;
import dev.hireloop.domain.skill.SkillDefinition;
import dev.hireloop.domain.skill.SkillEvidence;
import dev.hireloop.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Realistic generated jobs and candidates for the matching benchmark, seeded so every run scores the same data.
 * Each job and candidate belongs to a field (software, data, nursing, finance, sales, trades, …) and draws most of
 * its skills from that field's taxonomy categories and a few from anywhere, so most pairs share few skills and some
 * share many, as in a real recruiter's pool. Jobs: 4–10 required and 2–6 preferred skills, a minimum of 0–8 years
 * on three in four, a title with or without a level, a place from 30 (a quarter remote, a quarter hybrid).
 * Candidates: 8–30 skills with a CV line as evidence, 0–25 years, a current title and 0–3 past ones, a place (one in
 * ten unknown).
 */
final class MatchingData {
  private static final String[][] FIELDS = {
      {"PROGRAMMING_LANGUAGE,SOFTWARE_ENGINEERING,WEB_MOBILE,DATABASE,CLOUD_DEVOPS", "Backend Engineer",
          "Software Engineer", "Java Developer", "Frontend Developer", "Full-Stack Engineer", "DevOps Engineer",
          "Site Reliability Engineer", "Mobile Developer", "QA Engineer", "Platform Engineer"},
      {"DATA_ANALYTICS,MACHINE_LEARNING,DATABASE,PROGRAMMING_LANGUAGE", "Data Engineer", "Data Scientist",
          "Data Analyst", "Machine Learning Engineer", "Analytics Engineer", "BI Developer"},
      {"HEALTHCARE,LICENCE_CERTIFICATION", "Registered Nurse", "ICU Nurse", "Nurse Practitioner",
          "Medical Assistant", "Physical Therapist", "Pharmacist"},
      {"FINANCE_ACCOUNTING,OFFICE_TOOLS,LEGAL_COMPLIANCE", "Accountant", "Financial Analyst", "Controller",
          "Auditor", "Payroll Specialist", "Tax Advisor"},
      {"SALES_MARKETING,CUSTOMER_SUPPORT,SOFT_SKILL", "Account Executive", "Sales Development Representative",
          "Marketing Manager", "Customer Success Manager", "Support Specialist", "Content Writer"},
      {"ENGINEERING_TRADES,OPERATIONS_LOGISTICS", "Electrician", "HVAC Technician", "Mechanical Engineer",
          "Warehouse Supervisor", "Logistics Coordinator", "Maintenance Technician"},
      {"PRODUCT_DESIGN,PROJECT_MANAGEMENT", "Product Manager", "Product Designer", "UX Researcher",
          "Project Manager", "Scrum Master", "Program Manager"},
      {"HR_RECRUITING,EDUCATION,HUMAN_LANGUAGE", "Recruiter", "HR Business Partner", "Teacher",
          "Instructional Designer", "Translator", "Training Coordinator"}};
  private static final String[] LEVELS = {"", "", "", "Senior ", "Junior ", "Lead ", "Principal ", "Sr. "};
  private static final String[] PLACES = {"Berlin, Germany", "Munich, Germany", "Hamburg, Germany",
      "London, UK", "Manchester, England", "Edinburgh, Scotland", "Dublin, Ireland", "Amsterdam, Netherlands",
      "Paris, France", "Lisbon, Portugal", "Madrid, Spain", "Warsaw, Poland", "Zürich, Switzerland",
      "Vienna, Austria", "Stockholm, Sweden", "New York, NY", "Brooklyn, NY", "Austin, TX", "Dallas, Texas",
      "San Francisco, CA", "Seattle, WA", "Chicago, IL", "Boston, MA", "Denver, CO", "Atlanta, GA",
      "Toronto, ON, Canada", "Vancouver, BC", "Sydney, Australia", "Bangalore, India", "Singapore"};
  private static final String[] EMPLOYERS = {"Contoso", "Fabrikam", "Northwind", "Tailspin", "Wingtip", "Litware"};

  private final List<List<Skill>> skillsByField = new ArrayList<>();
  private final List<Skill> allSkills;

  MatchingData() {
    Map<SkillCategory, List<Skill>> byCategory = new EnumMap<>(SkillCategory.class);
    for (SkillDefinition definition : SkillTaxonomy.standard().definitions()) {
      byCategory.computeIfAbsent(definition.category(), c -> new ArrayList<>()).add(definition.canonical());
    }
    for (String[] field : FIELDS) {
      List<Skill> skills = new ArrayList<>();
      for (String category : field[0].split(",")) {
        skills.addAll(byCategory.getOrDefault(SkillCategory.valueOf(category), List.of()));
      }
      skillsByField.add(List.copyOf(skills));
    }
    allSkills = SkillTaxonomy.standard().definitions().stream().map(SkillDefinition::canonical).toList();
  }

  List<JobDetails> jobs(int count, long seed) {
    Random random = new Random(seed);
    List<JobDetails> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int field = random.nextInt(FIELDS.length);
      List<Skill> skills = draw(random, field, 4 + random.nextInt(7) + 2 + random.nextInt(5));
      int required = Math.min(skills.size() - 2, 4 + random.nextInt(7));
      int policy = random.nextInt(4);
      out.add(new JobDetails(title(random, field), Optional.of(EMPLOYERS[random.nextInt(EMPLOYERS.length)]), "",
          Optional.of(PLACES[random.nextInt(PLACES.length)]),
          policy == 0 ? RemotePolicy.REMOTE : policy == 1 ? RemotePolicy.HYBRID : RemotePolicy.ON_SITE,
          EmploymentType.FULL_TIME, Optional.empty(),
          random.nextInt(4) == 0 ? Optional.empty() : Optional.of(random.nextInt(9)),
          skills.subList(0, required), skills.subList(required, skills.size()), Optional.empty()));
    }
    return out;
  }

  List<CandidateFacts> candidates(int count, long seed) {
    Random random = new Random(seed);
    List<CandidateFacts> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int field = random.nextInt(FIELDS.length);
      List<SkillEvidence> skills = new ArrayList<>();
      String employer = EMPLOYERS[random.nextInt(EMPLOYERS.length)];
      for (Skill skill : draw(random, field, 8 + random.nextInt(23))) {
        skills.add(new SkillEvidence(skill, "Used " + skill.name() + " daily at " + employer));
      }
      List<String> past = new ArrayList<>();
      for (int p = random.nextInt(4); p > 0; p--) {
        past.add(title(random, random.nextInt(5) == 0 ? random.nextInt(FIELDS.length) : field));
      }
      out.add(new CandidateFacts(skills, Optional.of(random.nextInt(12 * 25 + 1)),
          Optional.of(title(random, field)), past,
          random.nextInt(10) == 0 ? Optional.empty() : Optional.of(PLACES[random.nextInt(PLACES.length)])));
    }
    return out;
  }

  /** Distinct skills, about four in five from the field, the rest from anywhere. */
  private List<Skill> draw(Random random, int field, int count) {
    List<Skill> pool = skillsByField.get(field);
    List<Skill> out = new ArrayList<>(count);
    Set<String> keys = new HashSet<>();
    while (out.size() < count) {
      Skill skill = random.nextInt(5) == 0 ? allSkills.get(random.nextInt(allSkills.size()))
          : pool.get(random.nextInt(Math.min(pool.size(), 60)));
      if (keys.add(skill.key())) {
        out.add(skill);
      }
    }
    return out;
  }

  private static String title(Random random, int field) {
    String[] titles = FIELDS[field];
    return LEVELS[random.nextInt(LEVELS.length)] + titles[1 + random.nextInt(titles.length - 1)];
  }
}
