package dev.hireloop.adapter.out.jobboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.adapter.out.jobboard.GreenhouseJobSource.BoardJob;
import dev.hireloop.adapter.out.jobboard.GreenhouseJobSource.CareerPage;
import dev.hireloop.port.out.jobsource.JobSource;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every link form a recruiter may paste: which source claims it (the first that recognises it, in the standard
 * order) and what it reads from the link alone, without any network.
 */
class JobBoardUrlFormsTest {
  private static final List<JobSource> SOURCES = JobBoards.standard(JobBoardOptions.defaults());

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      https://boards.greenhouse.io/northwind/jobs/4012345                              | greenhouse | board=northwind job=4012345
      https://boards.greenhouse.io/northwind/jobs/4012345?gh_src=linkedin             | greenhouse | board=northwind job=4012345
      https://boards.greenhouse.io/northwind/jobs/4012345#app                          | greenhouse | board=northwind job=4012345
      https://boards.greenhouse.io/northwind/jobs/4012345/                             | greenhouse | board=northwind job=4012345
      http://boards.greenhouse.io/northwind/jobs/4012345                               | greenhouse | board=northwind job=4012345
      HTTPS://Boards.Greenhouse.IO/northwind/jobs/4012345                              | greenhouse | board=northwind job=4012345
      https://boards.greenhouse.io./northwind/jobs/4012345                             | greenhouse | board=northwind job=4012345
      https://job-boards.greenhouse.io/northwind/jobs/4012345                          | greenhouse | board=northwind job=4012345
      https://job-boards.greenhouse.io/northwind/jobs/4012345?gh_jid=4012345           | greenhouse | board=northwind job=4012345
      https://boards.eu.greenhouse.io/tulipa/jobs/7100022                              | greenhouse | board=tulipa job=7100022 eu
      https://job-boards.eu.greenhouse.io/tulipa/jobs/7100022                          | greenhouse | board=tulipa job=7100022 eu
      https://boards.greenhouse.io/northwind?gh_jid=4012345                            | greenhouse | board=northwind job=4012345
      https://boards.greenhouse.io/embed/job_app?for=northwind&token=4012399           | greenhouse | board=northwind job=4012399
      https://boards.greenhouse.io/embed/job_app?token=4012399&for=northwind&b=https%3A%2F%2Fnorthwind.example | greenhouse | board=northwind job=4012399
      https://job-boards.greenhouse.io/embed/job_app?for=northwind&token=4012399       | greenhouse | board=northwind job=4012399
      https://job-boards.eu.greenhouse.io/embed/job_app?for=tulipa&token=7100022       | greenhouse | board=tulipa job=7100022 eu
      https://boards.greenhouse.io/embed/job_board?for=northwind&gh_jid=4012345        | greenhouse | board=northwind job=4012345
      https://boards.greenhouse.io/embed/job_board?for=northwind                       | greenhouse | no single job
      https://boards.greenhouse.io/northwind                                           | greenhouse | no single job
      https://boards.greenhouse.io/northwind/jobs/not-a-number                         | greenhouse | no single job
      https://careers.harborview.example/jobs?gh_jid=6001001                           | greenhouse | career page job=6001001
      https://www.northwind.example/company/careers/open-roles/?gh_src=abc&gh_jid=4012345 | greenhouse | career page job=4012345
      https://jobs.lever.co/meridian/5f2c1a9e-7b3d-4e8a-9c1f-2a6b8d4e0f13               | lever      | site=meridian posting=5f2c1a9e-7b3d-4e8a-9c1f-2a6b8d4e0f13
      https://jobs.lever.co/meridian/5f2c1a9e-7b3d-4e8a-9c1f-2a6b8d4e0f13/apply         | lever      | site=meridian posting=5f2c1a9e-7b3d-4e8a-9c1f-2a6b8d4e0f13
      https://jobs.lever.co/meridian/5F2C1A9E-7B3D-4E8A-9C1F-2A6B8D4E0F13?lever-source=LinkedIn | lever | site=meridian posting=5f2c1a9e-7b3d-4e8a-9c1f-2a6b8d4e0f13
      https://jobs.eu.lever.co/copperleaf/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d           | lever      | site=copperleaf posting=9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d eu
      https://jobs.eu.lever.co/copperleaf/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/apply     | lever      | site=copperleaf posting=9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d eu
      https://jobs.lever.co/meridian                                                   | lever      | no single job
      https://jobs.lever.co/meridian/5f2c1a9e/apply                                    | lever      | no single job
      https://jobs.ashbyhq.com/quillstack/3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8          | ashby      | board=quillstack job=3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8
      https://jobs.ashbyhq.com/quillstack/3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8/application | ashby   | board=quillstack job=3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8
      https://jobs.ashbyhq.com/quillstack/3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8?utm_source=linkedin | ashby | board=quillstack job=3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8
      https://jobs.ashbyhq.com/greenlane?ashby_jid=1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6  | ashby      | board=greenlane job=1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
      https://jobs.ashbyhq.com/quillstack                                              | ashby      | no single job
      https://careers.stbrigids.example/jobs/rn-med-surg-nights                        | json-ld    | page
      https://www.orbitly.example/careers/full-stack-developer?ref=hn                  | json-ld    | page
      http://www.polarair.example/careers/hvac-tech                                    | json-ld    | page
      https://www.greenhouse.io/blog/hiring-tips                                       | json-ld    | page
      """)
  void reads_every_link_form(String link, String source, String reading) {
    URI url = URI.create(link.strip());

    JobSource claimed = SOURCES.stream().filter(candidate -> candidate.recognises(url)).findFirst().orElseThrow();

    assertThat(claimed.name()).isEqualTo(source);
    assertThat(reading(claimed.name(), url)).isEqualTo(reading);
  }

  @ParameterizedTest
  @CsvSource({"mailto:jobs@northwind.example", "ftp://boards.greenhouse.io/northwind/jobs/4012345",
      "boards.greenhouse.io/northwind/jobs/4012345", "urn:uuid:5f2c1a9e-7b3d-4e8a-9c1f-2a6b8d4e0f13",
      "javascript:alert(1)"})
  void no_source_claims_what_is_not_a_web_link(String link) {
    URI url = URI.create(link);

    assertThat(SOURCES).noneMatch(source -> source.recognises(url));
  }

  @Test
  void asks_the_sources_in_the_agreed_order() {
    assertThat(SOURCES).extracting(JobSource::name).containsExactly("greenhouse", "lever", "ashby", "json-ld");
  }

  private static String reading(String source, URI url) {
    return switch (source) {
      case "greenhouse" -> GreenhouseJobSource.parse(url).map(link -> {
        if (link instanceof BoardJob job) {
          return "board=" + job.board() + " job=" + job.jobId() + (job.eu() ? " eu" : "");
        }
        if (link instanceof CareerPage page) {
          return "career page job=" + page.jobId();
        }
        return "no single job";
      }).orElse("unrecognised");
      case "lever" -> LeverJobSource.parse(url)
          .map(p -> "site=" + p.site() + " posting=" + p.id() + (p.eu() ? " eu" : "")).orElse("no single job");
      case "ashby" -> AshbyJobSource.parse(url).map(p -> "board=" + p.board() + " job=" + p.id())
          .orElse("no single job");
      default -> "page";
    };
  }
}
