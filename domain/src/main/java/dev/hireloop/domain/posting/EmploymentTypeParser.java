package dev.hireloop.domain.posting;

import dev.hireloop.domain.job.EmploymentType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Full-time, part-time, contract, temporary or internship. Looked for first in a "Job type:" / "Employment type:"
 * line, then in the title, then in the posting's head (the lines before its first section), then in the body;
 * within one place the more specific type wins (internship, contract, temporary, part-time, full-time), except that
 * "full-time or part-time" is full-time. Words that only look like a type do not count: "a general contractor" (the
 * employer's trade), "contract negotiation", "an intern credential" in the body, "temperature", "short-term
 * disability".
 */
final class EmploymentTypeParser {
  private static final Pattern TYPE_LINE = Pattern.compile(
      "^(?:job type|employment type|employment|type|contract type|position type|work type|schedule|job status"
          + "|status|engagement|duration)\\s*:\\s*(?<value>.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern INTERNSHIP_STRICT = Pattern.compile(
      "\\binternships?\\b|\\bintern (?:role|position|program|programme|opportunity)\\b|\\bas an intern\\b"
          + "|\\bco-op (?:role|position|term|student)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern INTERNSHIP = Pattern.compile("\\binternships?\\b|\\binterns?\\b|\\bco-op\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTRACT_STRICT = Pattern.compile(
      "\\b(?:independent|1099|freelance) contractors?\\b|\\bas an? (?:independent )?contractor\\b"
          + "|\\bcontractor (?:role|position|basis)\\b|\\(contractor\\)|\\(freelance\\)|\\bas an? freelancer\\b"
          + "|\\bfreelance (?:role|position|basis|contract|project|engagement|assignment)\\b"
          + "|\\bcontract[- ]to[- ](?:hire|perm)\\b|\\b(?:\\d+|one|two|three|six|nine|twelve)[- ](?:month|week|year)s?"
          + "[- ](?:fixed[- ]term )?contract\\b|\\bcontract (?:role|position|job|basis|assignment|opportunity"
          + "|engagement|work)\\b|\\bon a contract\\b|\\b(?:w-?2|c2c|corp[- ]to[- ]corp)\\b|\\(contract\\)"
          + "|\\b(?:outside|inside) ir35\\b|\\bday rate\\b",
      Pattern.CASE_INSENSITIVE);
  /** In a title or a label a bare "contract" names the type; "contractor" may still be the employer's trade. */
  private static final Pattern CONTRACT_AS_LABEL = Pattern.compile(
      CONTRACT_STRICT.pattern() + "|\\bcontract\\b(?![- ](?:negotiation|management|law|manufactur|review|admin))"
          + "|\\bfreelance\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TEMPORARY = Pattern.compile(
      "\\btemporary\\b(?!\\s+(?:disability|housing|relief|license|licence|permit))|\\btemp\\b|\\bfixed[- ]term\\b"
          + "|\\bseasonal\\b|\\b(?:maternity|paternity|parental) (?:leave )?cover\\b|\\blocum\\b"
          + "|\\b\\d+[- ]week (?:assignment|contract)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PART_TIME = Pattern.compile("\\bpart[- ]?time\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FULL_TIME = Pattern.compile("\\bfull[- ]?time\\b|\\bpermanent\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EITHER_TIME = Pattern.compile(
      "\\bfull[- ]?(?:time)?\\s*(?:or|/|and)\\s*part[- ]?time\\b|\\bpart[- ]?time\\s*(?:or|/)\\s*full[- ]?time\\b",
      Pattern.CASE_INSENSITIVE);

  private EmploymentTypeParser() {}

  static Optional<EmploymentType> detect(String text) {
    return detect("", List.of(), List.of(text));
  }

  /** The type the posting states, looking in the order given in the class comment; empty when it states none. */
  static Optional<EmploymentType> detect(String title, List<String> head, List<String> body) {
    for (String text : concat(head, body)) {
      Matcher line = TYPE_LINE.matcher(text);
      if (line.matches()) {
        Optional<EmploymentType> type = in(line.group("value"), true);
        if (type.isPresent()) {
          return type;
        }
      }
    }
    Optional<EmploymentType> fromTitle = in(title, true);
    if (fromTitle.isPresent()) {
      return fromTitle;
    }
    Optional<EmploymentType> fromHead = in(String.join("\n", head), true);
    if (fromHead.isPresent()) {
      return fromHead;
    }
    return in(String.join("\n", body), false);
  }

  /** The most specific type in {@code text}; {@code label} for short labels where a bare "contract" is enough. */
  private static Optional<EmploymentType> in(String text, boolean label) {
    // each pattern runs only when a word it needs is there: the body can be long
    String lower = Words.lower(text);
    if (Words.containsAny(lower, "intern", "co-op")
        && (label ? INTERNSHIP : INTERNSHIP_STRICT).matcher(text).find()) {
      return Optional.of(EmploymentType.INTERNSHIP);
    }
    if (Words.containsAny(lower, "contract", "freelance", "ir35", "day rate", "w2", "w-2", "c2c", "corp")
        && (label ? CONTRACT_AS_LABEL : CONTRACT_STRICT).matcher(text).find()) {
      return Optional.of(EmploymentType.CONTRACT);
    }
    if (Words.containsAny(lower, "temp", "fixed", "seasonal", "cover", "locum", "week assignment", "week contract")
        && TEMPORARY.matcher(text).find()) {
      return Optional.of(EmploymentType.TEMPORARY);
    }
    if (!Words.containsAny(lower, "full", "part", "permanent")) {
      return Optional.empty();
    }
    if (EITHER_TIME.matcher(text).find()) {
      return Optional.of(EmploymentType.FULL_TIME);
    }
    if (PART_TIME.matcher(text).find()) {
      return Optional.of(EmploymentType.PART_TIME);
    }
    if (FULL_TIME.matcher(text).find()) {
      return Optional.of(EmploymentType.FULL_TIME);
    }
    return Optional.empty();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
