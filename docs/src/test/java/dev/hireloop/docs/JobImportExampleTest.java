package dev.hireloop.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.adapter.out.jobboard.FetchPolicy;
import dev.hireloop.adapter.out.jobboard.JobBoardOptions;
import dev.hireloop.adapter.out.jobboard.JobBoards;
import dev.hireloop.adapter.out.persistence.memory.InMemoryPersistence;
import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillTaxonomy;
import dev.hireloop.port.in.jobimport.ExtractJobCommand;
import dev.hireloop.port.in.jobimport.JobDraftView;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.recruiter.RecruiterView;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The job-import snippet of docs/embedding.md, compiled and run (offline: it extracts pasted text; the sources are
 * built but not called). {@link SnippetsTest} checks the copy in the document.
 */
class JobImportExampleTest {

  @Test
  void a_pasted_posting_becomes_a_draft_with_required_and_preferred_skills() {
    // job-import-example:start
    Hireloop hireloop = Hireloop.builder()
        .persistence(InMemoryPersistence.create())
        // URL import: Greenhouse, Lever, Ashby, then JSON-LD career pages, through the SSRF-safe client
        .jobSources(JobBoards.standard(JobBoardOptions.defaults().withFetchPolicy(FetchPolicy.defaults()
            .withPageHosts(Set.of("careers.acme.com", "*.example.org"))
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(8)))))
        .postingHtmlReader(JobBoards.htmlReader())     // pasted HTML
        .skillExtractor(SkillTaxonomy.standard())      // the default; any SkillExtractor will do
        .build();
    RecruiterView recruiter = hireloop.createRecruiter().create(new CreateRecruiterCommand(
        "Ada Recruiter", Email.of("ada@example.com"), ZoneId.of("Europe/London")));

    JobDraftView draft = hireloop.extractJob().extract(new ExtractJobCommand(recruiter.id(), Optional.of("""
        Staff Nurse, ICU
        Requirements:
        - Current RN licence and BLS certification
        - 2+ years of ICU experience
        Nice to have:
        - ACLS
        """), Optional.empty()));

    List<String> why = draft.requiredSkills().stream()
        .map(skill -> skill.skill() + " <- " + skill.mentions() + " in " + skill.quotes()).toList();
    // [Registered Nurse (RN) <- [RN] in [Current RN licence and BLS certification],
    //  Basic Life Support (BLS) <- [BLS certification] in [Current RN licence and BLS certification]]
    // then: hireloop.importJob().importJob(new ImportJobCommand(recruiter.id(), URI.create(link)))
    // job-import-example:end

    assertThat(draft.details().title()).isEqualTo("Staff Nurse, ICU");
    assertThat(draft.details().minimumYears()).contains(2);
    assertThat(why).containsExactly(
        "Registered Nurse (RN) <- [RN] in [Current RN licence and BLS certification]",
        "Basic Life Support (BLS) <- [BLS certification] in [Current RN licence and BLS certification]");
    assertThat(draft.details().preferredSkills()).extracting(Skill::name).anyMatch(name -> name.contains("ACLS"));
    assertThat(draft.source()).isEqualTo("text");
  }
}
