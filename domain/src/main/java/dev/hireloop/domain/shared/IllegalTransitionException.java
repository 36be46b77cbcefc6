package dev.hireloop.domain.shared;

/** A state machine refused a transition; the code is {@code <machine>.illegal-transition}. */
public class IllegalTransitionException extends RuleViolationException {
  private static final long serialVersionUID = 1L;
  private final String from;
  private final String to;

  public IllegalTransitionException(String machine, Enum<?> from, Enum<?> to) {
    super(machine + ".illegal-transition",
        machine + " cannot go from " + wire(from) + " to " + wire(to));
    this.from = wire(from);
    this.to = wire(to);
  }

  public String from() {
    return from;
  }

  public String to() {
    return to;
  }

  private static String wire(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT);
  }
}
