package dev.hireloop.application;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.cv.Parsed;
import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.profile.CvReceived;
import dev.hireloop.domain.profile.DocumentId;
import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileCreated;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.profile.ProfileStatusChanged;
import dev.hireloop.domain.profile.ProfileUpdated;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.in.cv.CvIntakeView;
import dev.hireloop.port.in.cv.DocumentFile;
import dev.hireloop.port.in.cv.DownloadProfileDocumentUseCase;
import dev.hireloop.port.in.cv.EraseProfileDocumentCommand;
import dev.hireloop.port.in.cv.EraseProfileDocumentUseCase;
import dev.hireloop.port.in.cv.IntakeCvCommand;
import dev.hireloop.port.in.cv.IntakeCvUseCase;
import dev.hireloop.port.in.cv.ListProfileDocumentsUseCase;
import dev.hireloop.port.in.cv.ProfileDocumentView;
import dev.hireloop.port.in.profile.ProfileView;
import dev.hireloop.port.out.documents.DocumentTextExtractor;
import dev.hireloop.port.out.documents.DocumentUpload;
import dev.hireloop.port.out.documents.ExtractedDocument;
import dev.hireloop.port.out.persistence.ProfileDocument;
import dev.hireloop.port.out.persistence.StoredCv;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CV intake and the documents it stores. The slow part (reading the document, parsing the text) runs before the
 * transaction; everything that is written (profile, document, reading, events, audit) is written in one, so a
 * failure anywhere leaves nothing behind. Stateless and thread-safe.
 */
final class CvIntakeService implements IntakeCvUseCase, ListProfileDocumentsUseCase, DownloadProfileDocumentUseCase,
    EraseProfileDocumentUseCase {
  private final ServiceContext context;
  private final Optional<DocumentTextExtractor> extractor;
  private final CvReader reader;

  CvIntakeService(ServiceContext context, Optional<DocumentTextExtractor> extractor, CvReader reader) {
    this.context = context;
    this.extractor = extractor;
    this.reader = reader;
  }

  @Override
  public CvIntakeView intake(IntakeCvCommand command) {
    DocumentTextExtractor documents = extractor.orElseThrow(() -> new RuleViolationException(
        "cv.intake-unavailable", "CV intake needs a document reader; none is configured"));
    RecruiterId recruiterId = command.recruiterId();
    context.recruiter(recruiterId);
    DocumentUpload upload = command.upload();
    // the cap first: a document over it is refused before anything reads it
    if (upload.size() > documents.maxBytes()) {
      throw new RuleViolationException("document.too-large",
          "the document has " + upload.size() + " bytes; at most " + documents.maxBytes() + " are accepted");
    }
    ExtractedDocument extracted = documents.extract(upload);
    Instant received = context.now();
    ParsedCv parsed = reader.read(extracted.text(), LocalDate.ofInstant(received, ZoneOffset.UTC));
    byte[] content = upload.content();
    String sha256 = sha256(content);
    return context.inTransaction(() -> {
      Instant now = context.now();
      List<DomainEvent> events = new ArrayList<>();
      Optional<Profile> existing = parsed.email().map(Parsed::value)
          .flatMap(email -> context.persistence().profiles().findByEmail(recruiterId, email));
      Profile profile;
      List<String> kept;
      if (existing.isPresent()) {
        CvProfiles.Merge merge = CvProfiles.merge(existing.get().details(), parsed);
        kept = merge.keptFields();
        profile = existing.get();
        if (!merge.details().equals(profile.details())) {
          profile = profile.update(merge.details(), now);
          events.add(new ProfileUpdated(context.newId(), now, recruiterId, profile.id()));
        }
      } else {
        ProfileDetails details = CvProfiles.create(parsed).orElseThrow(() -> new RuleViolationException(
            "cv.no-name", "the CV names nobody and matches no profile by e-mail address; add the name and resend"));
        kept = List.of();
        profile = Profile.create(new ProfileId(context.newId()), recruiterId, details, ProfileSource.CV, now);
        events.add(new ProfileCreated(context.newId(), now, recruiterId, profile.id(), ProfileSource.CV));
      }
      if (profile.canMoveTo(PipelineStatus.CV_RECEIVED)) {
        PipelineStatus before = profile.status();
        profile = profile.moveTo(PipelineStatus.CV_RECEIVED, now);
        events.add(new ProfileStatusChanged(context.newId(), now, recruiterId, profile.id(), before,
            PipelineStatus.CV_RECEIVED));
      }
      // the history records the profile version this CV produced, so every CV gets one (even if it changed nothing)
      Profile saved = context.persistence().profiles().save(existing.isPresent() && profile == existing.get()
          ? profile.update(profile.details(), now) : profile);
      boolean created = existing.isEmpty();
      ProfileDocument document = new ProfileDocument(new DocumentId(context.newId()), recruiterId, saved.id(),
          upload.fileName(), extracted.type().mediaType(), content.length, sha256, now);
      StoredCv cv = new StoredCv(document, parsed, saved.version().value(), created);
      context.persistence().cvs().add(cv, content);
      events.add(new CvReceived(context.newId(), now, recruiterId, saved.id(), document.id()));
      context.publish(events.toArray(DomainEvent[]::new));
      Map<String, String> audit = new LinkedHashMap<>();
      audit.put("document", document.id().toString());
      audit.put("type", extracted.type().name().toLowerCase(Locale.ROOT));
      audit.put("outcome", created ? "created" : "updated");
      context.audit(recruiterId, Actor.recruiter(recruiterId), "cv.received", "profile", saved.id(), now, audit);
      return new CvIntakeView(ProfileView.from(saved), created, ProfileDocumentView.from(cv), parsed, kept);
    });
  }

  @Override
  public List<ProfileDocumentView> list(RecruiterId recruiterId, ProfileId profileId) {
    requireProfile(recruiterId, profileId);
    return context.persistence().cvs().history(profileId).stream().map(ProfileDocumentView::from).toList();
  }

  @Override
  public DocumentFile download(RecruiterId recruiterId, ProfileId profileId, DocumentId documentId) {
    StoredCv cv = document(recruiterId, profileId, documentId);
    byte[] content = context.persistence().cvs().content(documentId).orElseThrow(() -> notFound(documentId));
    return new DocumentFile(cv.document().fileName(), cv.document().mediaType(), content);
  }

  @Override
  public void erase(EraseProfileDocumentCommand command) {
    context.persistence().transactions().run(() -> {
      document(command.recruiterId(), command.profileId(), command.documentId());
      if (!context.persistence().cvs().erase(command.documentId())) {
        throw notFound(command.documentId());
      }
      context.audit(command.recruiterId(), Actor.recruiter(command.recruiterId()), "cv.erased", "profile",
          command.profileId(), context.now(), Map.of("document", command.documentId().toString()));
    });
  }

  /** The document, if it belongs to this profile of this recruiter; anything else is simply not found. */
  private StoredCv document(RecruiterId recruiterId, ProfileId profileId, DocumentId documentId) {
    requireProfile(recruiterId, profileId);
    return context.persistence().cvs().findByDocument(documentId)
        .filter(cv -> cv.document().profileId().equals(profileId)
            && cv.document().recruiterId().equals(recruiterId))
        .orElseThrow(() -> notFound(documentId));
  }

  private void requireProfile(RecruiterId recruiterId, ProfileId profileId) {
    context.persistence().profiles().findById(profileId)
        .filter(profile -> profile.recruiterId().equals(recruiterId))
        .orElseThrow(() -> new NotFoundException("profile.not-found", "no profile " + profileId));
  }

  private static NotFoundException notFound(DocumentId documentId) {
    return new NotFoundException("document.not-found", "no document " + documentId);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
