package dev.hireloop.domain.audit;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;
import java.util.UUID;

/** The one who acted, by kind and (where there is one) id. Never a name or an e-mail. */
public record Actor(ActorKind kind, Optional<UUID> id) {
  public Actor {
    Check.notNull(kind, "kind");
    Check.notNull(id, "id");
  }

  public static Actor recruiter(RecruiterId recruiterId) {
    return new Actor(ActorKind.RECRUITER, Optional.of(recruiterId.value()));
  }

  public static Actor system() {
    return new Actor(ActorKind.SYSTEM, Optional.empty());
  }

  public static Actor operator() {
    return new Actor(ActorKind.OPERATOR, Optional.empty());
  }
}
