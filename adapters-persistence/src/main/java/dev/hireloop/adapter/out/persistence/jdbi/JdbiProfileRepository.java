package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.port.out.persistence.ProfileRepository;
import dev.hireloop.port.out.persistence.ProfileSearch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Profiles in {@code <schema>.profiles}, their skills in {@code <schema>.profile_skills}. A profile and its skills
 * are read with one statement and written in one transaction. Thread-safe.
 */
final class JdbiProfileRepository implements ProfileRepository {
  private static final String INSERT = """
      INSERT INTO <schema>.profiles (id, recruiter_id, full_name, email, phone, location, headline, linkedin_urn,
          years_of_experience, time_zone, source, status, status_before_hold, status_changed_at, search_name,
          search_headline, created_at, updated_at, version)
      VALUES (:id, :recruiterId, :fullName, :email, :phone, :location, :headline, :linkedinUrn, :yearsOfExperience,
          :timeZone, :source, :status, :statusBeforeHold, :statusChangedAt, :searchName, :searchHeadline,
          :createdAt, :updatedAt, :version)""";
  private static final String UPDATE = """
      UPDATE <schema>.profiles
      SET recruiter_id = :recruiterId, full_name = :fullName, email = :email, phone = :phone, location = :location,
          headline = :headline, linkedin_urn = :linkedinUrn, years_of_experience = :yearsOfExperience,
          time_zone = :timeZone, source = :source, status = :status, status_before_hold = :statusBeforeHold,
          status_changed_at = :statusChangedAt, search_name = :searchName, search_headline = :searchHeadline,
          created_at = :createdAt, updated_at = :updatedAt, version = :version
      WHERE id = :id AND version = :expected""";
  private static final String INSERT_SKILL = """
      INSERT INTO <schema>.profile_skills (profile_id, skill_key, name, position)
      VALUES (:profileId, :skillKey, :name, :position)""";
  /** A profile with its skills: one row per skill (or one row without skill), in one consistent statement. */
  private static final String SELECT_WITH_SKILLS = """
      SELECT p.*, s.skill_key AS skill_key, s.name AS skill_name, s.position AS skill_position
      FROM %s p LEFT JOIN <schema>.profile_skills s ON s.profile_id = p.id
      """;
  private static final String NEWEST_FIRST = " ORDER BY p.created_at DESC, p.id DESC";

  private final Database database;

  JdbiProfileRepository(Database database) {
    this.database = database;
  }

  @Override
  public Profile save(Profile profile) {
    Check.notNull(profile, "profile");
    Profile stored = Microseconds.truncate(profile).withVersion(profile.version().next());
    ProfileRow row = ProfileRow.from(stored);
    database.write(handle -> {
      int changed;
      if (profile.version().isInitial()) {
        changed = row.bind(handle.createUpdate(INSERT)).execute();
      } else {
        changed = row.bind(handle.createUpdate(UPDATE)).bind("expected", profile.version().value()).execute();
        if (changed == 1) {
          handle.createUpdate("DELETE FROM <schema>.profile_skills WHERE profile_id = :id").bind("id", row.id())
              .execute();
        }
      }
      if (changed != 1) {
        throw stale(profile);
      }
      insertSkills(handle, row.id(), stored.details().skills());
      return null;
    }, message -> message.contains("profiles_email_uk")
        ? new ConflictException("profile.email-taken", "the recruiter already has a profile with this e-mail address")
        : stale(profile));
    return stored;
  }

  @Override
  public Optional<Profile> findById(ProfileId id) {
    Check.notNull(id, "profileId");
    return database.read(handle -> readProfiles(handle.createQuery(
            SELECT_WITH_SKILLS.formatted("<schema>.profiles") + "WHERE p.id = :id")
        .bind("id", id.value())))
        .stream().findFirst();
  }

  @Override
  public Optional<Profile> findByEmail(RecruiterId recruiterId, Email email) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(email, "email");
    return database.read(handle -> readProfiles(handle.createQuery(
            SELECT_WITH_SKILLS.formatted("<schema>.profiles")
                + "WHERE p.recruiter_id = :recruiterId AND p.email = :email")
        .bind("recruiterId", recruiterId.value())
        .bind("email", email.value())))
        .stream().findFirst();
  }

  @Override
  public Page<Profile> search(ProfileSearch search, PageRequest page) {
    Check.notNull(search, "search");
    Check.notNull(page, "page");
    List<PipelineStatus> statuses = search.statuses().stream().sorted().toList();
    StringBuilder where = new StringBuilder(" WHERE p.recruiter_id = :recruiterId");
    if (!statuses.isEmpty()) {
      where.append(" AND p.status IN (");
      for (int i = 0; i < statuses.size(); i++) {
        where.append(i == 0 ? "" : ", ").append(":status").append(i);
      }
      where.append(")");
    }
    for (int i = 0; i < search.skillKeys().size(); i++) {
      where.append(" AND EXISTS (SELECT 1 FROM <schema>.profile_skills k WHERE k.profile_id = p.id AND k.skill_key = ")
          .append(":skill").append(i).append(")");
    }
    search.text().ifPresent(text -> where.append(" AND (p.search_name LIKE :text").append(Columns.LIKE_ESCAPE)
        .append(" OR p.search_headline LIKE :text").append(Columns.LIKE_ESCAPE).append(")"));
    return database.read(handle -> {
      long total = bindSearch(handle.createQuery("SELECT COUNT(*) FROM <schema>.profiles p" + where), search,
          statuses).mapTo(Long.class).one();
      String pageOfProfiles = "(SELECT * FROM <schema>.profiles p" + where + NEWEST_FIRST
          + " LIMIT :limit OFFSET :offset)";
      List<Profile> profiles = total == 0 ? List.of() : readProfiles(bindSearch(handle.createQuery(
          SELECT_WITH_SKILLS.formatted(pageOfProfiles) + NEWEST_FIRST), search, statuses)
          .bind("limit", page.limit())
          .bind("offset", page.offset()));
      return new Page<>(profiles, page.offset(), page.limit(), total);
    });
  }

  private static Query bindSearch(Query query, ProfileSearch search, List<PipelineStatus> statuses) {
    query.bind("recruiterId", search.recruiterId().value());
    for (int i = 0; i < statuses.size(); i++) {
      query.bind("status" + i, statuses.get(i).name());
    }
    for (int i = 0; i < search.skillKeys().size(); i++) {
      query.bind("skill" + i, search.skillKeys().get(i));
    }
    search.text().ifPresent(text -> query.bind("text", Columns.containsPattern(text)));
    return query;
  }

  /** Folds the joined rows (one per skill, or one without skill) into profiles, keeping the query's order. */
  private static List<Profile> readProfiles(Query query) {
    Map<UUID, ProfileRow> profiles = new LinkedHashMap<>();
    Map<UUID, List<SkillRow>> skills = new LinkedHashMap<>();
    query.map((resultSet, context) -> {
      ProfileRow profile = ProfileRow.map(resultSet);
      profiles.putIfAbsent(profile.id(), profile);
      List<SkillRow> skillsOfProfile = skills.computeIfAbsent(profile.id(), id -> new ArrayList<>());
      skill(resultSet).ifPresent(skillsOfProfile::add);
      return profile.id();
    }).list();
    return profiles.values().stream().map(profile -> profile.toDomain(skills.get(profile.id()))).toList();
  }

  private static Optional<SkillRow> skill(ResultSet resultSet) throws SQLException {
    String key = resultSet.getString("skill_key");
    if (key == null) {
      return Optional.empty();
    }
    return Optional.of(new SkillRow(key, resultSet.getString("skill_name"), true, resultSet.getInt("skill_position")));
  }

  private static void insertSkills(Handle handle, UUID profileId, List<Skill> skills) {
    if (skills.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch(INSERT_SKILL);
    for (int position = 0; position < skills.size(); position++) {
      Skill skill = skills.get(position);
      batch.bind("profileId", profileId).bind("skillKey", skill.key()).bind("name", skill.name())
          .bind("position", position).add();
    }
    batch.execute();
  }

  private static ConflictException stale(Profile profile) {
    return new ConflictException("profile.stale", "profile " + profile.id() + " was changed by someone else "
        + "(version " + profile.version().value() + " is not the stored one)");
  }
}
