package dev.hireloop.domain.posting;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.skill.SkillExtractor;
import dev.hireloop.domain.skill.SkillMention;
import dev.hireloop.domain.skill.Skills;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Analyses one posting: its facts (title, company, locations, remote policy, employment type, pay, minimum years,
 * seniority), its responsibilities, and its skills split into required and preferred. Pure and deterministic: the
 * same document, hints and extractor always give the same analysis. Thread-safe when the extractor is.
 *
 * <p>The source's structured fields ({@link PostingHints}) win over what the text says. Each block belongs to the
 * {@link Section} its heading (or a "Label:" line) opens. Skills are taken from every block, and where they appear
 * decides what they are:
 * <ul>
 *   <li>in a requirements section: required, unless an inline cue ("… is a plus", "preferred", "ideally …")
 *       makes them preferred (see {@link InlineCues});
 *   <li>in a preferred section: preferred;
 *   <li>anywhere else (the head, responsibilities, untitled text): required (or preferred by a cue) only when the
 *       posting has no requirements section at all; then a paragraph's sentence must speak to the candidate or the
 *       job ("you", "must", "experience", "will"…), so a line about the company's trucks or products is not read as
 *       a requirement. Once a posting has a requirements section, skills named only elsewhere are left out:
 *       precision over recall, since a duty's tool is not always a requirement;
 *   <li>in company, benefits and equal-opportunity text: never.
 * </ul>
 * A field of study ("a degree in Accounting or Finance") and a degree itself (BSN) are education, not skills; a
 * category named only to introduce its examples ("relational databases, ideally PostgreSQL", "a BI tool such as
 * Looker") gives way to them. A skill both required and preferred is required. Mentions' spans index into {@code cleanText}, which is
 * {@link PostingDocument#toPlainText()}.
 */
public final class JobPostingAnalyzer {
  private static final int MAX_TITLE_WORDS = 12;
  private static final int MAX_RESPONSIBILITIES = 200;
  private static final int MAX_MENTIONS = 2_000;
  private static final Pattern TITLE_LINE = Pattern.compile(
      "^(?:job title|title|position|position title|role|job|vacancy)\\s*:\\s*(?<value>.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PREPOSITION = Pattern.compile("\\b(?:with|in|of|using|for)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern KEY_VALUE = Pattern.compile("^[\\p{L}][\\p{L}0-9 /&()'’.-]{0,40}:\\s+\\S");
  private static final Pattern INLINE_LABEL = Pattern.compile("^(?<label>[\\p{L}][\\p{L}0-9 /&()'’,.-]{0,60}?)\\s*:");
  private static final Pattern BOILERPLATE_TEXT = Pattern.compile(
      "equal (?:employment )?opportunit|without regard to|affirmative action|reasonable accommodations?"
          + "|e-verify|protected veteran|drug[- ]free workplace|committed to (?:building )?(?:a )?divers"
          + "|diverse and inclusive|do(?:es)? not discriminate|all qualified applicants",
      Pattern.CASE_INSENSITIVE);
  private static final String[] BOILERPLATE_WORDS = {"equal", "regard", "affirmative", "accommodation",
      "e-verify", "veteran", "drug", "divers", "discriminat", "qualified applicants"};
  private static final Pattern SPEAKS_TO_CANDIDATE = Pattern.compile(
      "\\b(?:you|your|you'll|you're|you've|candidates?|applicants?|we need|we're looking|we are looking"
          + "|looking for|seeking|must|required|requires?|requirements?|need(?:ed|s)?|experience[ds]?|knowledge"
          + "|skills?|skilled|proficien\\w*|familiar\\w*|ability|able to|certified|certification|licen[cs]e[ds]?"
          + "|degree|background|expertise|understanding|fluen\\w*|bilingual|plus|preferred|ideally|bonus"
          + "|responsible|comfortable|essential|will|should)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern DEGREE_FIELD = Pattern.compile(
      "\\b(?:bachelor'?s?|master'?s?|associate'?s?|doctorate|ph\\.?d\\.?|mba|degree|diploma|BSc?|BA|MSc?|MA"
          + "|majoring|major|graduate)(?:\\s+degree)?\\s+(?:in|of)\\s+"
          + "(?:(?!\\b(?:with|experience|plus|including|and\\s+\\d|or\\s+equivalent)\\b)[^;.+(]){0,150}",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DEGREE_NAME = Pattern.compile(
      "\\b(?:degree|bachelor|master of|doctor of|associate of)\\b", Pattern.CASE_INSENSITIVE);
  private static final String GENERIC_NOUN = "(?:tools?|systems?|platforms?|software|solutions?|frameworks?"
      + "|languages?|databases?|technolog(?:y|ies)|suites?|applications?|apps?)";
  private static final Pattern GENERIC_EVIDENCE = Pattern.compile("\\b" + GENERIC_NOUN + "$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EXAMPLES_FOLLOW = Pattern.compile(
      "^\\s*(?:" + GENERIC_NOUN + "\\b)?\\s*,?\\s*(?:\\(|such as\\b|e\\.g\\.?|like\\b|including\\b|ideally\\b"
          + "|preferably\\b|for example\\b|for instance\\b|especially\\b|in particular\\b|:)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern GENERIC_FOLLOWS = Pattern.compile("^\\s*" + GENERIC_NOUN + "\\b",
      Pattern.CASE_INSENSITIVE);

  private final SkillExtractor skills;

  public JobPostingAnalyzer(SkillExtractor skills) {
    this.skills = Check.notNull(skills, "skills");
  }

  /**
   * The analysis of {@code document}, trusting {@code hints} over the text.
   *
   * @throws InvalidValueException {@code posting.title-missing} when neither the hints nor the text give a title
   */
  public JobAnalysis analyze(PostingDocument document, PostingHints hints) {
    Check.notNull(document, "document");
    Check.notNull(hints, "hints");
    String cleanText = document.toPlainText();
    List<Passage> passages = passages(document, cleanText);
    String title = hints.title().map(JobPostingAnalyzer::fitTitle).orElseGet(() -> titleOf(passages));

    List<String> jobTexts = texts(passages, p -> !p.section().isBackground());
    List<String> background = texts(passages, p -> p.section().isBackground());
    RemotePolicy remote = hints.remotePolicy()
        .or(() -> RemotePolicyParser.detect(title, jobTexts, background)).orElse(RemotePolicy.ON_SITE);
    EmploymentType employment = hints.employmentType()
        .or(() -> EmploymentTypeParser.detect(title, texts(head(passages), p -> true), jobTexts))
        .orElse(EmploymentType.FULL_TIME);
    Optional<SalaryRange> salary = hints.salary().or(() -> SalaryParser.find(Stream.concat(Stream.of(title),
        texts(passages, p -> true).stream()).toList()));
    boolean hasRequirements = passages.stream().anyMatch(p -> p.section() == Section.REQUIRED);
    Optional<Integer> years = ExperienceParser.minimumYears(texts(passages, p -> hasRequirements
        ? p.section() == Section.REQUIRED
        : !p.section().isBackground() && p.section() != Section.PREFERRED));
    Seniority seniority = SeniorityParser.detect(title, jobTexts);
    Optional<String> company = hints.company()
        .or(() -> CompanyParser.detect(title, document.blocks()));
    List<String> locations = hints.locations().isEmpty()
        ? LocationParser.detect(texts(passages, p -> true)) : hints.locations();

    List<SkillMention> required = new ArrayList<>();
    List<SkillMention> preferred = new ArrayList<>();
    List<List<SkillMention>> byPassage = mentionsByPassage(skills.extract(cleanText), passages);
    for (int i = 0; i < passages.size(); i++) {
      collectSkills(passages.get(i), byPassage.get(i), hasRequirements, required, preferred);
    }
    Set<String> requiredKeys = new HashSet<>();
    required.forEach(mention -> requiredKeys.add(mention.skill().key()));
    List<SkillMention> preferredOnly = preferred.stream()
        .filter(mention -> !requiredKeys.contains(mention.skill().key())).toList();

    return new JobAnalysis(title, company, locations, remote, employment, salary, years, seniority,
        responsibilities(passages), bounded(required), bounded(preferredOnly), document, cleanText, hints.sourceUrl());
  }

  /**
   * At most 200 distinct skills (what a job can hold) and 2,000 mentions (what an analysis can hold), the first in
   * reading order: a text that names more is no posting, and is not refused for it.
   */
  private static List<SkillMention> bounded(List<SkillMention> mentions) {
    Set<String> keys = new HashSet<>();
    List<SkillMention> out = new ArrayList<>();
    for (SkillMention mention : mentions) {
      String key = mention.skill().key();
      if (out.size() == MAX_MENTIONS) {
        break;
      }
      if (keys.contains(key) || keys.size() < Skills.MAX_SKILLS) {
        keys.add(key);
        out.add(mention);
      }
    }
    return out;
  }

  /** One block with the section it belongs to and where its text starts in the clean text. */
  record Passage(Block block, Section section, int start) {
    String text() {
      return block.text();
    }
  }

  /** Every block with its section and its offset in {@code cleanText} (the rendering of toPlainText). */
  static List<Passage> passages(PostingDocument document, String cleanText) {
    List<Block> blocks = document.blocks();
    List<Section> sections = sections(blocks);
    List<Passage> out = new ArrayList<>(blocks.size());
    int[] offsets = offsets(blocks, cleanText);
    for (int i = 0; i < blocks.size(); i++) {
      out.add(new Passage(blocks.get(i), sections.get(i), offsets[i]));
    }
    return out;
  }

  /** Where each block's text starts in the clean text; mirrors {@link PostingDocument#toPlainText()}. */
  private static int[] offsets(List<Block> blocks, String cleanText) {
    int[] offsets = new int[blocks.size()];
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (i > 0) {
        joined.append('\n');
      }
      joined.append(switch (block.kind()) {
        case HEADING -> "\n";
        case PARAGRAPH -> "";
        case LIST_ITEM -> "  ".repeat(Math.max(0, block.level() - 1)) + "- ";
      });
      offsets[i] = joined.length();
      joined.append(block.text());
    }
    String full = joined.toString();
    int stripped = full.length() - full.stripLeading().length();
    int cursor = 0;
    for (int i = 0; i < blocks.size(); i++) {
      int offset = offsets[i] - stripped;
      String text = blocks.get(i).text();
      if (offset < 0 || !cleanText.startsWith(text, offset)) {
        // the rendering changed: find the text after the previous block instead
        offset = Math.max(0, cleanText.indexOf(text, cursor));
      }
      offsets[i] = offset;
      cursor = offset + text.length();
    }
    return offsets;
  }

  /** The section of each block (see {@link Section}); sub-headings and "Label:" lines refine their parents. */
  private static List<Section> sections(List<Block> blocks) {
    List<Section> out = new ArrayList<>(blocks.size());
    Section current = Section.OTHER;
    int currentLevel = 0;
    Section itemLabel = null;
    int itemLabelLevel = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String text = block.text();
      Section section;
      if (block.kind() == BlockKind.HEADING) {
        itemLabel = null;
        Optional<Section> named = Section.classify(text);
        if (named.isPresent()) {
          boolean inherits = named.get() == Section.DETAIL && isRequirementLike(current);
          current = resolve(named.get(), current);
          currentLevel = inherits ? currentLevel : block.level();
        } else if (current == Section.OTHER || (block.level() <= currentLevel && !isEmptyHeading(blocks, i))) {
          current = Section.OTHER;
          currentLevel = block.level();
        }
        section = current;
      } else if (block.kind() == BlockKind.PARAGRAPH && isStandaloneLabel(text)
          && Section.classify(text).isPresent()) {
        // a paragraph that is only a label ("Requirements:") opens a section like a heading below all others
        itemLabel = null;
        current = resolve(Section.classify(text).get(), current);
        currentLevel = 7;
        section = current;
      } else {
        if (block.kind() == BlockKind.PARAGRAPH || (itemLabel != null && block.level() <= itemLabelLevel)) {
          itemLabel = null;
        }
        Section around = itemLabel != null ? itemLabel : current;
        section = inlineLabel(text).map(named -> resolveInline(named, around)).orElse(around);
        if (block.kind() == BlockKind.LIST_ITEM && text.endsWith(":") && !section.equals(around)) {
          itemLabel = section;
          itemLabelLevel = block.level();
        }
        if (Words.containsAny(Words.lower(text), BOILERPLATE_WORDS) && BOILERPLATE_TEXT.matcher(text).find()) {
          section = Section.BOILERPLATE;
        }
      }
      out.add(section);
    }
    return out;
  }

  private static boolean isRequirementLike(Section section) {
    return section == Section.REQUIRED || section == Section.PREFERRED;
  }

  /** A sub-heading such as "Education" keeps a requirements or preferred parent, and is a requirement otherwise. */
  private static Section resolve(Section named, Section current) {
    if (named != Section.DETAIL) {
      return named;
    }
    return isRequirementLike(current) ? current : Section.REQUIRED;
  }

  /** A "Label:" inside a section refines it; "Skills:" inside "Nice to have" stays preferred. */
  private static Section resolveInline(Section named, Section around) {
    if (named == Section.REQUIRED || named == Section.DETAIL) {
      return isRequirementLike(around) ? around : Section.REQUIRED;
    }
    return named;
  }

  /** A heading with nothing under it before the next heading of its level is text, not a section. */
  private static boolean isEmptyHeading(List<Block> blocks, int index) {
    if (index + 1 >= blocks.size()) {
      return true;
    }
    Block next = blocks.get(index + 1);
    return next.kind() == BlockKind.HEADING && next.level() <= blocks.get(index).level();
  }

  /** The section a "Label:" line or item names: the whole text ending in ":", or the label before ": …". */
  private static Optional<Section> inlineLabel(String text) {
    if (text.endsWith(":") && Words.count(text) <= 20) {
      return Section.classify(text);
    }
    Matcher label = INLINE_LABEL.matcher(text);
    if (label.find() && Words.count(label.group("label")) <= 6) {
      return Section.classify(label.group("label"));
    }
    return Optional.empty();
  }

  /**
   * A paragraph that stands for a heading: "What you'll need:", or a short label such as "Requirements" or
   * "Nice to Have" (capitalised, at most four words, no "with/in/of/using", so "Experience with Kubernetes" stays
   * a requirement, not a heading).
   */
  private static boolean isStandaloneLabel(String text) {
    int words = Words.count(text);
    if (text.endsWith(":")) {
      return words <= 20;
    }
    return words <= 4 && !text.endsWith(".") && !text.contains(":") && Character.isUpperCase(text.codePointAt(0))
        && !PREPOSITION.matcher(text).find();
  }

  private static List<Passage> head(List<Passage> passages) {
    List<Passage> head = new ArrayList<>();
    for (Passage passage : passages) {
      if (passage.section() != Section.OTHER) {
        break;
      }
      head.add(passage);
    }
    return head;
  }

  private static List<String> texts(List<Passage> passages, Predicate<Passage> which) {
    return passages.stream().filter(which).map(Passage::text).toList();
  }

  /** The title from a "Title:" line, else the first heading or short line before the body starts. */
  private static String titleOf(List<Passage> passages) {
    for (Passage passage : passages) {
      Matcher line = TITLE_LINE.matcher(passage.text());
      if (passage.block().kind() == BlockKind.PARAGRAPH && line.matches()) {
        return fitTitle(line.group("value"));
      }
    }
    int considered = 0;
    for (Passage passage : passages) {
      Block block = passage.block();
      Optional<Section> named = Section.classify(block.text());
      if (named.isPresent() && named.get() != Section.OTHER) {
        break;
      }
      if (named.isPresent() || KEY_VALUE.matcher(block.text()).find()) {
        continue;
      }
      if (block.kind() == BlockKind.HEADING || isShortLine(block.text())) {
        return fitTitle(block.text());
      }
      if (++considered >= 3) {
        break;
      }
    }
    throw new InvalidValueException("posting.title-missing",
        "the posting has no title: give one, or start the text with it");
  }

  private static boolean isShortLine(String text) {
    return Words.count(text) <= MAX_TITLE_WORDS && text.length() <= 150 && !text.endsWith(".");
  }

  /** At most 200 characters, cut at a word. */
  private static String fitTitle(String title) {
    String text = Words.WHITESPACE.matcher(title.strip()).replaceAll(" ");
    text = (text.endsWith(":") ? text.substring(0, text.length() - 1) : text).strip();
    if (text.length() <= JobDetails.MAX_TITLE) {
      return text;
    }
    int cut = text.lastIndexOf(' ', JobDetails.MAX_TITLE);
    return text.substring(0, cut > 0 ? cut : JobDetails.MAX_TITLE).strip();
  }

  /** List items under responsibility headings; their paragraphs when they have no items. */
  private static List<String> responsibilities(List<Passage> passages) {
    List<String> items = passages.stream()
        .filter(p -> p.section() == Section.RESPONSIBILITIES && p.block().kind() == BlockKind.LIST_ITEM)
        .map(Passage::text).limit(MAX_RESPONSIBILITIES).toList();
    if (!items.isEmpty()) {
      return items;
    }
    return passages.stream()
        .filter(p -> p.section() == Section.RESPONSIBILITIES && p.block().kind() == BlockKind.PARAGRAPH)
        .map(Passage::text).limit(MAX_RESPONSIBILITIES).toList();
  }

  /**
   * The mentions within each passage, with spans relative to the passage's text. The extractor reads the whole clean
   * text, so an ambiguous name in a one-word list item ("Rust") still sees its neighbours; a mention that crosses
   * from one block into the next is dropped.
   */
  private static List<List<SkillMention>> mentionsByPassage(List<SkillMention> mentions, List<Passage> passages) {
    List<List<SkillMention>> out = new ArrayList<>(passages.size());
    passages.forEach(p -> out.add(new ArrayList<>()));
    int index = 0;
    for (SkillMention mention : mentions) {
      while (index < passages.size() && passageEnd(passages.get(index)) <= mention.start()) {
        index++;
      }
      if (index >= passages.size()) {
        break;
      }
      Passage passage = passages.get(index);
      if (mention.start() >= passage.start() && mention.end() <= passageEnd(passage)) {
        out.get(index).add(new SkillMention(mention.skill(), mention.category(), mention.start() - passage.start(),
            mention.end() - passage.start(), mention.evidence()));
      }
    }
    return out;
  }

  private static int passageEnd(Passage passage) {
    return passage.start() + passage.text().length();
  }

  private static void collectSkills(Passage passage, List<SkillMention> found, boolean hasRequirements,
      List<SkillMention> required, List<SkillMention> preferred) {
    Section section = passage.section();
    boolean elsewhere = section != Section.REQUIRED && section != Section.PREFERRED;
    if (found.isEmpty() || section.isBackground() || (elsewhere && hasRequirements)) {
      return;
    }
    String text = passage.text();
    List<Span> spans = found.stream().map(m -> new Span(m.start(), m.end())).toList();
    List<Span> soft = section == Section.PREFERRED ? List.of() : InlineCues.preferredSpans(text, spans);
    List<Span> sentences = elsewhere && passage.block().kind() == BlockKind.PARAGRAPH
        ? Clauses.sentences(text) : List.of();
    List<Span> fields = degreeFields(text);
    for (int i = 0; i < found.size(); i++) {
      SkillMention mention = found.get(i);
      if ((!sentences.isEmpty() && !speaksToCandidate(text, sentences, mention.start()))
          || InlineCues.covers(fields, mention.start()) || DEGREE_NAME.matcher(mention.skill().name()).find()
          || introducesExamples(text, mention, i + 1 < found.size() ? found.get(i + 1) : null)) {
        continue;
      }
      SkillMention placed = new SkillMention(mention.skill(), mention.category(), passage.start() + mention.start(),
          passage.start() + mention.end(), mention.evidence());
      if (section == Section.PREFERRED || InlineCues.covers(soft, mention.start())) {
        preferred.add(placed);
      } else {
        required.add(placed);
      }
    }
  }

  /** Fields of study ("a degree in Accounting or Finance"): what the candidate studied, not a skill asked for. */
  private static List<Span> degreeFields(String text) {
    List<Span> out = new ArrayList<>();
    Matcher field = DEGREE_FIELD.matcher(text);
    while (field.find()) {
      out.add(new Span(field.start(), field.end()));
    }
    return out;
  }

  /**
   * A category named only to introduce its examples ("relational databases, ideally PostgreSQL", "a BI tool such
   * as Looker", "mobile attribution tools (AppsFlyer, Adjust)"): the examples are the skills, the category is not.
   * Only a category that reads as one (it ends in, or is followed by, "tools", "system", "platform"…) counts, so
   * "SQL, ideally PostgreSQL" keeps SQL.
   */
  private static boolean introducesExamples(String text, SkillMention mention, SkillMention next) {
    if (next == null || next.start() - mention.end() > 60) {
      return false;
    }
    String after = text.substring(mention.end(), next.start());
    boolean generic = GENERIC_EVIDENCE.matcher(mention.evidence()).find() || GENERIC_FOLLOWS.matcher(after).find();
    return generic && EXAMPLES_FOLLOW.matcher(after).find();
  }

  private static boolean speaksToCandidate(String text, List<Span> sentences, int index) {
    Span sentence = Clauses.at(sentences, index);
    return sentence != null && sentence.contains(index) && SPEAKS_TO_CANDIDATE.matcher(sentence.of(text)).find();
  }
}
