package dev.hireloop.domain.shared;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An explicit table of allowed transitions between the states of one enum. Anything not in the table is refused
 * with an {@link IllegalTransitionException}; there are no implicit self-transitions.
 */
public final class StateMachine<S extends Enum<S>> {
  private final String name;
  private final Map<S, Set<S>> allowed;

  private StateMachine(String name, Map<S, Set<S>> allowed) {
    this.name = name;
    this.allowed = allowed;
  }

  public static <S extends Enum<S>> Builder<S> builder(String name, Class<S> type) {
    return new Builder<>(name, type);
  }

  public boolean allows(S from, S to) {
    return allowed.get(from).contains(to);
  }

  /** The states reachable in one step from {@code from}, in declaration order. */
  public Set<S> next(S from) {
    return Collections.unmodifiableSet(allowed.get(from));
  }

  /** Returns {@code to} when allowed; otherwise throws. */
  public S transition(S from, S to) {
    Check.notNull(from, name + ".from");
    Check.notNull(to, name + ".to");
    if (!allows(from, to)) {
      throw new IllegalTransitionException(name, from, to);
    }
    return to;
  }

  public boolean isTerminal(S state) {
    return allowed.get(state).isEmpty();
  }

  /** Builds the table; every state starts with no way out. */
  public static final class Builder<S extends Enum<S>> {
    private final String name;
    private final Class<S> type;
    private final Map<S, Set<S>> allowed;

    private Builder(String name, Class<S> type) {
      this.name = name;
      this.type = type;
      this.allowed = new EnumMap<>(type);
      for (S state : type.getEnumConstants()) {
        allowed.put(state, EnumSet.noneOf(type));
      }
    }

    @SafeVarargs
    public final Builder<S> allow(S from, S... to) {
      for (S target : to) {
        allowed.get(from).add(target);
      }
      return this;
    }

    public StateMachine<S> build() {
      Map<S, Set<S>> copy = new EnumMap<>(type);
      allowed.forEach((state, targets) -> copy.put(state, targets.isEmpty()
          ? EnumSet.noneOf(type) : EnumSet.copyOf(targets)));
      return new StateMachine<>(name, copy);
    }
  }
}
