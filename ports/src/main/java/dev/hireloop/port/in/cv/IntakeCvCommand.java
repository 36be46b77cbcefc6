package dev.hireloop.port.in.cv;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.documents.DocumentUpload;

/** A CV document sent by (or for) a recruiter: the bytes with the file name and media type the sender gave. */
public record IntakeCvCommand(RecruiterId recruiterId, DocumentUpload upload) {
  public IntakeCvCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(upload, "upload");
  }
}
