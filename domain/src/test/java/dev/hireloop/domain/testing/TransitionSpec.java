package dev.hireloop.domain.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A state machine's specification as written in a test: the allowed transitions, listed explicitly. Everything
 * else (every other ordered pair of states, self-transitions included) is forbidden, and is generated here so
 * that no pair can be forgotten.
 */
public final class TransitionSpec<S extends Enum<S>> {
  private final Class<S> type;
  private final Map<S, Set<S>> allowed;

  private TransitionSpec(Class<S> type) {
    this.type = type;
    this.allowed = new EnumMap<>(type);
    for (S state : type.getEnumConstants()) {
      allowed.put(state, EnumSet.noneOf(type));
    }
  }

  public static <S extends Enum<S>> TransitionSpec<S> of(Class<S> type) {
    return new TransitionSpec<>(type);
  }

  @SafeVarargs
  public final TransitionSpec<S> allow(S from, S... to) {
    for (S target : to) {
      allowed.get(from).add(target);
    }
    return this;
  }

  public Set<S> targets(S from) {
    return Collections.unmodifiableSet(allowed.get(from));
  }

  public List<S> states() {
    return List.of(type.getEnumConstants());
  }

  /** (from, to) for every allowed transition. */
  public Stream<Arguments> allowedPairs() {
    return pairs(true).stream();
  }

  /** (from, to) for every ordered pair of states that is not allowed. */
  public Stream<Arguments> forbiddenPairs() {
    return pairs(false).stream();
  }

  private List<Arguments> pairs(boolean wanted) {
    List<Arguments> result = new ArrayList<>();
    for (S from : type.getEnumConstants()) {
      for (S to : type.getEnumConstants()) {
        if (allowed.get(from).contains(to) == wanted) {
          result.add(Arguments.of(from, to));
        }
      }
    }
    return result;
  }
}
