package dev.hireloop.domain.posting;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The part of a posting a block belongs to, decided by the heading (or "Label:" line) above it. It decides whether
 * the skills a block names are required, preferred or ignored.
 */
enum Section {
  /** Requirements, qualifications, must-haves, "what you'll bring", "you have"… */
  REQUIRED,
  /** Preferred qualifications, nice to have, bonus, pluses, "it'd be great if"… */
  PREFERRED,
  /** Responsibilities, duties, "what you'll do", "the role"… */
  RESPONSIBILITIES,
  /** About us, "about &lt;company&gt;", the team, our mission… */
  COMPANY,
  /** Benefits, perks, compensation, "what we offer"… */
  BENEFITS,
  /** Equal-opportunity statements, privacy notices, how to apply… */
  BOILERPLATE,
  /** A sub-heading such as "Education", "Certifications", "Languages": keeps a requirements or preferred parent. */
  DETAIL,
  /** The posting's head (title, location lines), generic headings ("Job description") and unknown headings. */
  OTHER;

  private static final int MAX_LABEL_WORDS = 8;
  private static final Pattern LEADING_JUNK = Pattern.compile("^[^\\p{L}\\p{N}]+");
  private static final Pattern TRAILING_JUNK = Pattern.compile("[^\\p{L}\\p{N})]+$");

  private static final Pattern BOILERPLATE_LABEL = Pattern.compile(
      "equal (?:employment )?opportunit|\\beeoc?\\b|\\beoe\\b|diversity|inclusion|accommodation|privacy|disclaimer"
          + "|\\blegal\\b|e-verify|how to apply|\\bto apply\\b|application process|apply now|next steps"
          + "|interview process|hiring process|pay transparency|\\bnotice\\b|fraud|agencies");
  private static final Pattern BENEFITS_LABEL = Pattern.compile(
      "benefit|perks|what we offer|\\bwe offer|our offer|in it for you|why join|why you'll love|^why\\b"
          + "|compensation|salary|\\bpay\\b|rewards|package|what you'll get|what you get|in return|life at"
          + "|working (?:at|here|with us)|time off");
  private static final Pattern PREFERRED_LABEL = Pattern.compile(
      "prefer|nice[- ]to[- ]haves?|\\bbonus|\\bplus(?:es)?\\b|extra credit"
          + "|(?:it'd|it would|would|it will) be (?:great|nice|awesome|a plus|even better)|great if|desired|desirable"
          + "|good[- ]to[- ]haves?|great[- ]to[- ]haves?|even better|stand out|ideally|optional|brownie points"
          + "|we'd love|we would love|would love|not required|advantageous|advantage|helpful|additional skills");
  private static final Pattern DETAIL_LABEL = Pattern.compile(
      "(?:education|experience|skills|technical skills|tools|certifications?|licen[cs](?:es|ure)?|credentials?"
          + "|languages?|knowledge|competencies|(?:education|skills|experience|licen[cs]es|certifications?)"
          + " (?:and|&) (?:experience|skills|education|certifications?|licen[cs]es)"
          + "|knowledge,? skills,? (?:and|&) abilities)");
  private static final Pattern STRONG_RESPONSIBILITIES_LABEL = Pattern.compile(
      "responsibilit|duties|what you'll do|what you will do|what you'll be doing|what you will be doing"
          + "|day[- ]to[- ]day|accountabilit");
  private static final Pattern REQUIREMENT_WORD = Pattern.compile("requirement|qualification|must[- ]have");
  private static final Pattern REQUIRED_LABEL = Pattern.compile(
      "requirement|qualification|must[- ]haves?|\\bmust\\b|you'll bring|you will bring|you bring|looking for"
          + "|who you are|about you|\\byou have\\b|you should have|you must have|you'll have|you will have"
          + "|what you need|you'll need|you will need|what we need|need from you|what it takes|essential"
          + "|key skills|\\bskills?\\b|competenc|knowledge|abilities|ideal candidate|your profile|candidate profile"
          + "|\\bprofile\\b|to be successful|to succeed|is this you|prerequisite|expertise|we expect"
          + "|expect from you|your background|\\bexperience\\b|\\beducation\\b|\\bcertifications?\\b"
          + "|\\blicen[cs](?:es?|ure)\\b|\\bcredentials?\\b");
  private static final Pattern RESPONSIBILITIES_LABEL = Pattern.compile(
      "the role|your role|role overview|in this role|this role|your impact|your mission|you'll work on"
          + "|you will work on|what the job involves|your day|\\btasks\\b|\\byou will$|\\byou'll$|the opportunity"
          + "|what you will achieve|key results|outcomes|objectives|\\bscope\\b|what you'll be working on");
  private static final Pattern GENERIC_LABEL = Pattern.compile(
      "^(?:about the (?:job|position)|(?:the )?job description|description|(?:job |position |role )?summary"
          + "|(?:job |position )?overview|the position|job details|details|position details|about this job"
          + "|job posting|posting)$");
  private static final Pattern COMPANY_LABEL = Pattern.compile(
      "about us|about the company|who we are|our company|our story|our mission|company overview|the company"
          + "|our team|the team|about the team|culture|our values|\\bvalues\\b|^about\\b|^at \\S|who is"
          + "|our client|the client|company description|company profile|our history");

  /** The section a heading (or a "Label:" line's label) opens, when it names one. */
  static Optional<Section> classify(String label) {
    if (Words.count(label) > MAX_LABEL_WORDS + 2) {
      return Optional.empty();
    }
    String text = normalise(label);
    if (text.isEmpty() || Words.count(text) > MAX_LABEL_WORDS || text.contains("|") || text.contains("·")) {
      return Optional.empty();
    }
    if (BOILERPLATE_LABEL.matcher(text).find()) {
      return Optional.of(BOILERPLATE);
    }
    if (BENEFITS_LABEL.matcher(text).find()) {
      return Optional.of(BENEFITS);
    }
    if (PREFERRED_LABEL.matcher(text).find()) {
      return Optional.of(PREFERRED);
    }
    if (DETAIL_LABEL.matcher(text).matches()) {
      return Optional.of(DETAIL);
    }
    if (STRONG_RESPONSIBILITIES_LABEL.matcher(text).find() && !REQUIREMENT_WORD.matcher(text).find()) {
      return Optional.of(RESPONSIBILITIES);
    }
    if (REQUIRED_LABEL.matcher(text).find()) {
      return Optional.of(REQUIRED);
    }
    if (RESPONSIBILITIES_LABEL.matcher(text).find()) {
      return Optional.of(RESPONSIBILITIES);
    }
    if (GENERIC_LABEL.matcher(text).matches()) {
      return Optional.of(OTHER);
    }
    if (COMPANY_LABEL.matcher(text).find()) {
      return Optional.of(COMPANY);
    }
    return Optional.empty();
  }

  /** Company, benefits and boilerplate: text about the employer, never about what the candidate needs. */
  boolean isBackground() {
    return this == COMPANY || this == BENEFITS || this == BOILERPLATE;
  }

  static String normalise(String label) {
    String text = Words.WHITESPACE.matcher(label.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\''))
        .replaceAll(" ");
    text = LEADING_JUNK.matcher(text).replaceFirst("");
    return TRAILING_JUNK.matcher(text).replaceFirst("").strip();
  }
}
