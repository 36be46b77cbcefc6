package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.port.in.job.JobView;
import java.time.Instant;
import java.util.List;

record JobResponse(String id, String title, String company, String description, String location,
    String remotePolicy, String employmentType, SalaryBody salary, Integer minimumYears, List<String> requiredSkills,
    List<String> preferredSkills, String sourceUrl, String status, Instant createdAt, Instant updatedAt,
    Instant openedAt, Instant closedAt, long version) {

  static JobResponse from(JobView view) {
    JobDetails details = view.details();
    return new JobResponse(view.id().toString(), details.title(), details.company().orElse(null),
        details.description(), details.location().orElse(null), WireEnums.toWire(details.remotePolicy()),
        WireEnums.toWire(details.employmentType()), details.salary().map(SalaryBody::from).orElse(null),
        details.minimumYears().orElse(null), names(details.requiredSkills()), names(details.preferredSkills()),
        details.sourceUrl().map(Object::toString).orElse(null), WireEnums.toWire(view.status()), view.createdAt(),
        view.updatedAt(), view.openedAt().orElse(null), view.closedAt().orElse(null), view.version());
  }

  static List<String> names(List<Skill> skills) {
    return skills.stream().map(Skill::name).toList();
  }
}
