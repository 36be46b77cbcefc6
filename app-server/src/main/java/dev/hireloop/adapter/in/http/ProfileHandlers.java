package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.port.in.profile.ChangeProfileStatusUseCase;
import dev.hireloop.port.in.profile.CreateProfileUseCase;
import dev.hireloop.port.in.profile.GetProfileUseCase;
import dev.hireloop.port.in.profile.ListProfilesQuery;
import dev.hireloop.port.in.profile.ListProfilesUseCase;
import dev.hireloop.port.in.profile.ProfileView;
import dev.hireloop.port.in.profile.UpdateProfileUseCase;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /api/profiles}: candidate profiles and their place in the pipeline. */
final class ProfileHandlers {
  private final CreateProfileUseCase createProfile;
  private final UpdateProfileUseCase updateProfile;
  private final ChangeProfileStatusUseCase changeStatus;
  private final GetProfileUseCase getProfile;
  private final ListProfilesUseCase listProfiles;

  ProfileHandlers(CreateProfileUseCase createProfile, UpdateProfileUseCase updateProfile,
      ChangeProfileStatusUseCase changeStatus, GetProfileUseCase getProfile, ListProfilesUseCase listProfiles) {
    this.createProfile = createProfile;
    this.updateProfile = updateProfile;
    this.changeStatus = changeStatus;
    this.getProfile = getProfile;
    this.listProfiles = listProfiles;
  }

  void create(Context ctx) {
    CreateProfileRequest request = Requests.body(ctx, CreateProfileRequest.class);
    ProfileView created = createProfile.create(request.toCommand(caller(ctx)));
    ctx.status(201).header(Header.LOCATION, "/api/profiles/" + created.id());
    respond(ctx, created);
  }

  /** {@code status} takes several values (comma-separated or repeated); every {@code skill} must be present. */
  void list(Context ctx) {
    Set<PipelineStatus> statuses = Requests.queryList(ctx, "status").stream()
        .map(status -> WireEnums.fromWire(PipelineStatus.class, status, "status"))
        .collect(Collectors.toSet());
    List<Skill> skills = FieldNames.at("skill",
        () -> ctx.queryParams("skill").stream().map(String::strip).filter(s -> !s.isEmpty()).map(Skill::new)
            .toList());
    ListProfilesQuery query = new ListProfilesQuery(caller(ctx), statuses, skills, Requests.query(ctx, "q"),
        Requests.page(ctx));
    ctx.json(PageResponse.from(listProfiles.list(query), ProfileResponse::from));
  }

  void get(Context ctx) {
    respond(ctx, getProfile.get(caller(ctx), profileId(ctx)));
  }

  void update(Context ctx) {
    ProfileId profileId = profileId(ctx);
    ProfileRequest request = Requests.body(ctx, ProfileRequest.class);
    respond(ctx, updateProfile.update(request.toCommand(caller(ctx), profileId, Requests.ifMatch(ctx))));
  }

  void changeStatus(Context ctx) {
    ProfileId profileId = profileId(ctx);
    ChangeStatusRequest request = Requests.body(ctx, ChangeStatusRequest.class);
    respond(ctx, changeStatus.change(request.toCommand(caller(ctx), profileId, Requests.ifMatch(ctx))));
  }

  private static ProfileId profileId(Context ctx) {
    return new ProfileId(Requests.pathId(ctx, "profile_id"));
  }

  private static RecruiterId caller(Context ctx) {
    return Authentication.principal(ctx).recruiterId();
  }

  private static void respond(Context ctx, ProfileView view) {
    Requests.etag(ctx, view.version());
    ctx.json(ProfileResponse.from(view));
  }
}
