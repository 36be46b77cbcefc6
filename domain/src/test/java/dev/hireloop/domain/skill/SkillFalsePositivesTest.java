package dev.hireloop.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classic false positives of skill extraction, one family at a time: each everyday use must find nothing of
 * the skill, and each real use of the skill must find it.
 */
final class SkillFalsePositivesTest {
  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

  private static List<String> skills(String text) {
    return TAXONOMY.extract(text).stream().map(m -> m.skill().name()).toList();
  }

  private static List<String> evidenceOf(String skill, String text) {
    return TAXONOMY.extract(text).stream().filter(m -> m.skill().name().equals(skill))
        .map(SkillMention::evidence).toList();
  }

  // Go, the language, and go, the verb

  @ParameterizedTest
  @ValueSource(strings = {"You go above and beyond for customers.", "Go above and beyond for our Python team.",
      "A go-to person for the whole engineering team.", "Comfortable working on the go.",
      "Own our Go-to-market strategy for developer tools.", "Help us go live with the new software.",
      "Let's Go!", "GO/NO-GO decisions for releases", "Go Go Go!", "We go to conferences about programming."})
  void go_the_verb_is_not_the_language(String text) {
    assertThat(skills(text)).doesNotContain("Go");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Python, Go and Rust", "Backend services written in Go.", "Strong Golang experience",
      "Go developer with Kubernetes experience", "Languages: Go, TypeScript", "Go or Java programming",
      "Proficiency in Go (or another compiled language)"})
  void go_the_language_is_found_among_programming_words(String text) {
    assertThat(skills(text)).contains("Go");
  }

  // R and C, the languages, and the letters

  @ParameterizedTest
  @ValueSource(strings = {"Our R&D team builds software", "The R & D department writes code", "Plan B or Plan C",
      "A grade C or better in mathematics", "Vitamin C supplements", "Present to C-level executives",
      "Reporting to the C-suite on engineering", "John C. Smith, Software Engineer", "Series C funded startup",
      "USB-C chargers for our developers", "Options A, B or C", "C) Benefits and perks", "Microsoft(R) Windows",
      "Grades A, B, C and D", "Toys R Us"})
  void a_letter_that_is_a_label_is_not_a_language(String text) {
    assertThat(skills(text)).doesNotContain("C", "R");
  }

  @ParameterizedTest
  @ValueSource(strings = {"R or Python for data analysis", "Statistical programming in R", "Languages: C, Python",
      "C/C++ experience", "Embedded C programming", "R, SAS and SPSS", "Experience with C and Rust"})
  void r_and_c_are_found_as_languages(String text) {
    List<String> found = skills(text);
    assertThat(found.contains("C") || found.contains("R")).as("%s in %s", found, text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"C# and C++ developer", "C++ and C# on Windows", "Modern C++17 and C#.NET"})
  void c_sharp_and_c_plus_plus_are_not_c(String text) {
    assertThat(skills(text)).contains("C#", "C++").doesNotContain("C");
  }

  // .NET and the words that contain "net"

  @ParameterizedTest
  @ValueSource(strings = {"network engineering", "the internet of things", "jobs@example.net",
      "visit careers.example.net", "a safety net", "Ethernet and intranet"})
  void net_inside_a_word_or_a_domain_is_not_dot_net(String text) {
    assertThat(skills(text)).doesNotContain(".NET", "ASP.NET");
  }

  @ParameterizedTest
  @ValueSource(strings = {".NET developer", "Experience with .NET Core and C#", "dotnet CLI", "(.NET, Azure)"})
  void dot_net_is_found(String text) {
    assertThat(skills(text)).contains(".NET");
  }

  // Node.js and a node

  @ParameterizedTest
  @ValueSource(strings = {"Each node in the graph", "You will be a key node in our network of partners",
      "Node failures are rare", "Node"})
  void a_node_in_prose_is_not_node_js(String text) {
    assertThat(skills(text)).doesNotContain("Node.js");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Node.js", "NodeJS services", "Node and TypeScript", "backend development in Node"})
  void node_js_is_found(String text) {
    assertThat(skills(text)).contains("Node.js");
  }

  // Java and JavaScript

  @ParameterizedTest
  @ValueSource(strings = {"JavaScript", "Javascript and TypeScript", "Java Script", "foo.js"})
  void javascript_is_not_java(String text) {
    assertThat(skills(text)).doesNotContain("Java");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Java and JavaScript", "Java/JavaScript"})
  void java_and_javascript_are_both_found_when_both_are_named(String text) {
    assertThat(skills(text)).containsExactly("Java", "JavaScript");
  }

  // Excel, the product, and excel, the verb

  @ParameterizedTest
  @ValueSource(strings = {"You will excel in a fast-paced environment", "excel at communication",
      "Excel at multitasking and prioritising.", "Excel in a team of analysts", "Candidates who excel"})
  void excel_the_verb_is_not_the_product(String text) {
    assertThat(skills(text)).doesNotContain("Excel");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Advanced Excel skills", "MS Excel", "Microsoft Excel (pivot tables)",
      "Excel, Word and PowerPoint", "Export reports to Excel."})
  void excel_the_product_is_found(String text) {
    assertThat(skills(text)).contains("Excel");
  }

  // Swift, Rust, Spring: capitalised languages and frameworks that are also English words

  @ParameterizedTest
  @ValueSource(strings = {"swift delivery of orders", "Swift response to customer tickets", "rust on old pipes",
      "Rust removal and painting", "spring semester", "Spring 2025 intake", "Spring is our busiest season",
      "Spring cleaning of the warehouse"})
  void swift_rust_and_spring_as_words_are_not_skills(String text) {
    assertThat(skills(text)).doesNotContain("Swift", "Rust", "Spring");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Swift and Kotlin", "iOS development in Swift", "Rust or C++", "systems programming in Rust",
      "Java and Spring", "Spring framework and Hibernate"})
  void swift_rust_and_spring_in_a_technical_context_are_skills(String text) {
    assertThat(skills(text)).containsAnyOf("Swift", "Rust", "Spring");
  }

  // Chef and Puppet: cooks and toys, or configuration management

  @ParameterizedTest
  @ValueSource(strings = {"Executive Chef for our restaurant", "sous chef", "Chef de partie, 5 years in kitchens",
      "a puppet show", "Puppet theatre volunteers"})
  void a_cook_or_a_puppet_is_not_configuration_management(String text) {
    assertThat(skills(text)).doesNotContain("Chef", "Puppet");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Chef or Puppet for configuration management", "Ansible, Chef and Terraform",
      "Puppet automation of our Linux servers"})
  void chef_and_puppet_are_found_among_devops_tools(String text) {
    assertThat(skills(text)).containsAnyOf("Chef", "Puppet");
  }

  // Word, Access, Teams, Outlook, Office: office tools only when capitalised and among tools

  @ParameterizedTest
  @ValueSource(strings = {"Word of mouth referrals", "word processing in any tool", "Access to a company car",
      "access to benefits", "Work with cross-functional teams", "Teams of five engineers", "a positive outlook",
      "Outlook for the year is strong", "office hours", "Office manager needed", "Work from our office",
      "Access to our Office on Fridays"})
  void everyday_words_are_not_office_tools(String text) {
    assertThat(skills(text)).doesNotContain("Microsoft Word", "Microsoft Access", "Microsoft Teams", "Outlook",
        "Microsoft Office");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Proficient in Word, Excel and Outlook", "MS Word", "Microsoft Teams and Slack",
      "Excel and Access databases", "Microsoft Office", "Office 365", "computer skills: Word, Teams, Outlook"})
  void office_tools_are_found_among_office_words(String text) {
    assertThat(skills(text)).containsAnyOf("Microsoft Word", "Microsoft Access", "Microsoft Teams", "Outlook",
        "Microsoft Office");
  }

  // RN, the licence

  @ParameterizedTest
  @ValueSource(strings = {"rn", "Rn", "turn the corner", "RNA sequencing", "BRN-123"})
  void rn_only_in_upper_case_is_the_licence(String text) {
    assertThat(skills(text)).doesNotContain("Registered Nurse (RN)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"RN", "Active RN license", "RNs and LPNs", "Registered Nurse", "RN, BSN"})
  void the_rn_licence_is_found(String text) {
    assertThat(skills(text)).contains("Registered Nurse (RN)");
  }

  // More words that are also skills

  @ParameterizedTest
  @ValueSource(strings = {"Polish the UI before launch", "polish our onboarding", "Optimise CPA and ROAS",
      "TS/SCI clearance required", "pals in the office", "ACLs on the firewall"})
  void other_words_that_look_like_skills_are_not_them(String text) {
    assertThat(skills(text)).doesNotContain("Polish", "Certified Public Accountant (CPA)", "TypeScript",
        "Pediatric Advanced Life Support (PALS)", "Advanced Cardiovascular Life Support (ACLS)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Fluent Polish speaker", "Active CPA license", "React and TS", "PALS and ACLS certified"})
  void the_same_words_in_context_are_skills(String text) {
    assertThat(skills(text)).containsAnyOf("Polish", "Certified Public Accountant (CPA)", "TypeScript",
        "Pediatric Advanced Life Support (PALS)");
  }

  // Acronyms that mean one thing to a teacher or an electrician and another to an engineer or a medic

  @ParameterizedTest
  @ValueSource(strings = {"Participate in department PLCs and parent conferences", "conduit (EMT, rigid, PVC)",
      "Brightwave is the scheduling platform for clinics", "the leadership team", "a learning and development budget"})
  void an_acronym_or_phrase_of_another_trade_is_not_the_skill(String text) {
    assertThat(skills(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PLCs, VFDs and motor controls", "EMT certification", "Strong leadership skills"})
  void the_same_acronyms_among_their_own_kind_are_skills(String text) {
    assertThat(skills(text)).containsAnyOf("PLC programming", "Emergency medical technician", "Leadership");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Go", "C", "R", "Excel", "Word"})
  void the_evidence_of_a_guarded_spelling_is_the_word_itself(String word) {
    String text = "Tools and languages: Python, " + word + ", PowerPoint";

    assertThat(TAXONOMY.extract(text)).extracting(SkillMention::evidence).contains(word);
    assertThat(evidenceOf("Python", text)).containsExactly("Python");
  }
}
