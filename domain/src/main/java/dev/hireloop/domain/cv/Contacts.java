package dev.hireloop.domain.cv;

import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.HireloopException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contact fields: e-mail, phone, links, location and name. They are read from the CV's contact zone (the lines
 * before the first heading, a Contact section, and any line that holds an address, a phone or a link, which is
 * where a flattened sidebar puts them), so a referee's phone or an employer's city further down is not taken for
 * the candidate's.
 */
final class Contacts {
  static final Pattern EMAIL = Pattern.compile(
      "(?<![\\w.%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,6}(?![\\w-])");
  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\w+(])(?:\\+\\s?\\d{1,14}|00\\d{1,14}|\\(\\d{2,5}\\)|\\d{2,14})(?:[ .\\-/]{1,2}\\(?\\d{1,14}\\)?){0,6}"
          + "(?![\\w])");
  private static final Pattern PHONE_LABEL = Pattern.compile(
      "(?i)(?:\\b(?:phone|tel|telephone|mobile|mob|cell|ph|m|t)\\b\\.?\\s{0,2}[:.]?\\s{0,2}$|[☎📞✆📱]\\s{0,2}$)");
  static final Pattern URL = Pattern.compile("(?i)(?<![@\\w.])(?:https?://)?(?:www\\.)?[a-z0-9](?:[a-z0-9-]{0,61}"
      + "[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){0,4}\\.[a-z]{2,12}(?![\\w@-])"
      + "(?:/[^\\s|,;<>()\\[\\]\"']{0,200})?");
  private static final Pattern WEBSITE_LABEL = Pattern.compile(
      "(?i)\\b(?:portfolio|website|web|site|blog|url|homepage|home page|online)\\b\\s{0,2}:");
  private static final Set<String> PERSONAL_TLDS = Set.of("com", "io", "dev", "net", "org", "me", "co", "design",
      "art", "app", "page", "site", "xyz", "ai", "uk", "de", "fr", "nl", "es", "it", "eu", "ca", "au", "ch", "at",
      "be", "se", "dk", "no", "fi", "ie", "pl", "pt", "in", "info", "studio", "works", "blog", "tech", "online",
      "work", "one", "digital", "graphics", "photography", "codes", "cloud", "space", "link", "name", "pro", "us");
  private static final Set<String> OTHER_HOSTS = Set.of("twitter.com", "x.com", "facebook.com", "instagram.com",
      "stackoverflow.com", "medium.com", "orcid.org", "scholar.google.com", "researchgate.net", "youtube.com",
      "tiktok.com", "kaggle.com", "leetcode.com", "hackerrank.com", "mastodon.social", "substack.com",
      "credly.com", "coursera.org", "udemy.com");
  private static final Set<String> PORTFOLIO_HOSTS = Set.of("behance.net", "dribbble.com", "gitlab.com",
      "bitbucket.org", "codepen.io", "artstation.com", "notion.site", "carbonmade.com", "wixsite.com");
  private static final Set<String> TECH_NAMES = Set.of("asp.net", "vb.net", "ado.net", "node.js", "vue.js",
      "next.js", "react.js", "d3.js", "three.js", "express.js", "nuxt.js", "ember.js", "chart.js");

  private static final Pattern NAME_LABEL = Pattern.compile("(?i)^(?:full\\s)?name\\s{0,2}:\\s{0,2}(.{2,80})$");
  private static final Pattern LOCATION_LABEL = Pattern.compile(
      "(?i)^(?:location|address|based in|city|residence|home|lives in|current location)\\s{0,2}[:–-]\\s{0,2}"
          + "(.{2,150})$");
  private static final String STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO"
      + "|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
  private static final String PLACE_WORD = "\\p{Lu}[\\p{L}.'’-]{1,20}";
  private static final Pattern CITY_STATE = Pattern.compile(
      "(?<![\\p{L}])(" + PLACE_WORD + "(?: " + PLACE_WORD + "){0,3}),\\s?(" + STATES + ")(?![\\p{L}])");
  static final Set<String> COUNTRIES = Set.of("united kingdom", "uk", "england", "scotland", "wales",
      "northern ireland", "ireland", "germany", "france", "spain", "portugal", "italy", "netherlands",
      "the netherlands", "belgium", "luxembourg", "switzerland", "austria", "sweden", "norway", "denmark", "finland",
      "iceland", "poland", "czech republic", "czechia", "slovakia", "hungary", "romania", "bulgaria", "greece",
      "croatia", "slovenia", "serbia", "estonia", "latvia", "lithuania", "ukraine", "turkey", "israel", "usa", "us",
      "u.s.", "u.s.a.", "united states", "united states of america", "canada", "mexico", "brazil", "argentina",
      "chile", "colombia", "peru", "india", "pakistan", "bangladesh", "sri lanka", "china", "japan", "south korea",
      "korea", "singapore", "malaysia", "indonesia", "philippines", "vietnam", "thailand", "australia",
      "new zealand", "south africa", "nigeria", "kenya", "ghana", "egypt", "morocco", "uae",
      "united arab emirates", "saudi arabia", "qatar", "hong kong", "taiwan",
      "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
      "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
      "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
      "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
      "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
      "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "ontario",
      "british columbia", "quebec", "alberta", "bavaria", "catalonia");
  private static final Pattern CITY = Pattern.compile(
      PLACE_WORD + "(?: (?:am |upon |on |de |del |sur )?" + PLACE_WORD + "){0,3}");
  private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s+[|•·◆♦⋅]\\s+|\\s*\\|\\s*|\\s+[—–-]\\s+");
  private static final Pattern CJK_NAME = Pattern.compile(
      "[\\p{IsHan}\\p{IsHangul}]{1,3}\\s?[\\p{IsHan}\\p{IsHangul}]{1,3}");
  private static final Set<String> HONORIFICS = Set.of("dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.",
      "ms", "ms.", "mx", "mx.", "miss");
  private static final Set<String> POSTNOMINALS = Set.of("phd", "ph.d.", "ph.d", "md", "m.d.", "rn", "bsn", "msn",
      "mba", "cpa", "pe", "p.e.", "msc", "ms", "ma", "bsc", "bs", "ba", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv",
      "cfa", "pmp", "dnp", "np", "lpn", "ccrn", "shrm-cp", "dds", "esq", "esq.", "facs", "frcs", "meng", "beng",
      "acma", "fcma", "cgma", "aca", "fca", "acca", "fcca", "cma", "cia", "cisa", "cissp", "frsa", "mcipd", "ceng",
      "mice", "frics", "mrics", "hons");
  private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "del", "della",
      "la", "le", "du", "dos", "das", "bin", "binti", "al", "el", "ter", "ten", "y", "zu");
  private static final Set<String> NOT_NAMES = Set.of("resume", "résumé", "cv", "curriculum", "vitae", "page",
      "portfolio", "contact", "profile", "summary", "confidential", "references", "available", "request", "phone",
      "email", "mobile", "address", "linkedin", "github", "remote", "hybrid", "open", "to", "work", "the", "and",
      "of", "for", "in", "at", "with", "my");

  private final CvText text;
  private final Titles titles;
  private final List<CvLine> zone = new ArrayList<>();
  private final boolean[] inZone;
  private final Optional<Parsed<String>> name;
  private int nameLine = -1;

  Contacts(CvText text, Titles titles) {
    this.text = text;
    this.titles = titles;
    this.inZone = new boolean[text.lines().size()];
    boolean headingSeen = false;
    int before = 0;
    for (CvLine line : text.lines()) {
      headingSeen |= line.heading() != null;
      if (line.isBlank() || line.text().length() > CvText.MAX_STRUCTURE_LINE) {
        continue;
      }
      boolean top = !headingSeen && before++ < 15;
      if (line.section() == SectionKind.INTERESTS || line.columnSection() == SectionKind.INTERESTS) {
        // references: a referee's phone and e-mail are not the candidate's
        continue;
      }
      if (top || line.section() == SectionKind.CONTACT || line.columnSection() == SectionKind.CONTACT
          || isContactLine(line.text())) {
        zone.add(line);
        inZone[line.index()] = true;
      }
    }
    // a place beside contact data (its cell of the same row, or the next line) is where the candidate lives, even
    // under a side heading that is not "Contact"
    for (CvLine line : text.lines()) {
      if (!inZone[line.index()] && line.text().indexOf(',') > 0 && line.text().length() <= 80
          && Titles.isPlace(line.text()) && line.index() > 0 && inZone[line.index() - 1]
          && isContactLine(text.lines().get(line.index() - 1).text())) {
        zone.add(line);
        inZone[line.index()] = true;
      }
    }
    zone.sort(java.util.Comparator.comparingInt(CvLine::index));
    this.name = findName();
    if (nameLine >= 0) {
      // the lines right under the name (a headline, the place) belong to the contact block wherever it is
      for (int i = nameLine + 1; i < text.lines().size() && i <= nameLine + 3; i++) {
        CvLine line = text.lines().get(i);
        if (line.heading() != null) {
          break;
        }
        if (!inZone[line.index()]) {
          zone.add(line);
          inZone[line.index()] = true;
        }
      }
      zone.sort(java.util.Comparator.comparingInt(CvLine::index));
    }
  }

  /** Whether the line holds an e-mail address, a link or a phone number: contact data, not body text. */
  static boolean isContactLine(String line) {
    if (line.length() > CvText.MAX_STRUCTURE_LINE) {
      return false;
    }
    if (line.indexOf('@') >= 0 && EMAIL.matcher(line).find()) {
      return true;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    if (lower.contains("linkedin.com") || lower.contains("github.com") || lower.contains("http://")
        || lower.contains("https://") || lower.contains("www.")) {
      return true;
    }
    return phoneIn(line, true).isPresent();
  }

  Optional<Parsed<Email>> email() {
    for (CvLine line : text.lines()) {
      if (line.text().indexOf('@') < 0 || line.text().length() > CvText.MAX_STRUCTURE_LINE) {
        continue;
      }
      Matcher m = EMAIL.matcher(line.text());
      while (m.find()) {
        String found = m.group().replaceAll("^[.]+|[.]+$", "");
        try {
          Email email = Email.of(found);
          boolean mailto = line.text().regionMatches(true, Math.max(0, m.start() - 7), "mailto:", 0, 7);
          return Optional.of(new Parsed<>(email, mailto ? 1.0 : inZone[line.index()] ? 0.95 : 0.85));
        } catch (HireloopException invalid) {
          // not an address after all ("a@b.c0"): keep looking
        }
      }
    }
    return Optional.empty();
  }

  Optional<Parsed<String>> phone() {
    for (CvLine line : zone) {
      Optional<String> phone = phoneIn(line.text(), false);
      if (phone.isPresent()) {
        return Optional.of(new Parsed<>(phone.get(), 0.9));
      }
    }
    return Optional.empty();
  }

  /**
   * The first phone number on the line, normalised. Dates and year ranges are masked first, and a bare number needs
   * a country code, brackets, a label or nine digits to count, so "2016 – 2019" and "03/2020" never become phones.
   */
  static Optional<String> phoneIn(String line, boolean probe) {
    if (line.length() > CvText.MAX_STRUCTURE_LINE || !containsDigits(line, 7)) {
      return Optional.empty();
    }
    String masked = mask(line, new DateRanges(true));
    masked = mask(masked, EMAIL);
    masked = mask(masked, URL);
    Matcher m = PHONE.matcher(masked);
    while (m.find()) {
      String candidate = m.group().strip();
      String digits = candidate.replaceAll("\\D", "");
      if (digits.length() < 7 || digits.length() > 15) {
        continue;
      }
      boolean international = candidate.startsWith("+") || candidate.startsWith("00");
      boolean labelled = PHONE_LABEL.matcher(masked.substring(0, m.start())).find();
      boolean bracketed = candidate.startsWith("(");
      int groups = candidate.split("[ .\\-/()]+").length;
      if (!(international || labelled || bracketed || (digits.length() >= 9 && groups >= 2)
          || (digits.length() >= 10 && !probe))) {
        continue;
      }
      return Optional.of(normalisePhone(candidate));
    }
    return Optional.empty();
  }

  static String normalisePhone(String candidate) {
    String c = candidate.strip();
    if (c.startsWith("+")) {
      // "+44 (0) 20 …": the bracketed trunk zero is not dialled from abroad
      String rest = c.substring(1).replaceFirst("^(\\s?\\d{1,3})\\s?\\(0\\)", "$1");
      return "+" + rest.replaceAll("\\D", "");
    }
    if (c.startsWith("00")) {
      return "+" + c.substring(2).replaceFirst("^(\\d{1,3})\\s?\\(0\\)", "$1").replaceAll("\\D", "");
    }
    return c.replaceAll("\\D", "");
  }

  private static boolean containsDigits(String line, int atLeast) {
    int count = 0;
    for (int i = 0; i < line.length() && count < atLeast; i++) {
      if (Character.isDigit(line.charAt(i))) {
        count++;
      }
    }
    return count >= atLeast;
  }

  private static String mask(String line, DateRanges dates) {
    StringBuilder out = new StringBuilder(line);
    int from = 0;
    while (from < out.length()) {
      Optional<DateRanges.Found> found = dates.find(out.substring(from));
      if (found.isEmpty()) {
        break;
      }
      for (int i = from + found.get().start(); i < from + found.get().end(); i++) {
        out.setCharAt(i, ' ');
      }
      from += found.get().end();
    }
    return mask(out.toString(), DateRanges.NUMERIC_DATE);
  }

  static String mask(String line, Pattern pattern) {
    Matcher m = pattern.matcher(line);
    if (!m.find()) {
      return line;
    }
    StringBuilder out = new StringBuilder(line);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    } while (m.find());
    return out.toString();
  }

  List<CvLink> links() {
    Map<String, CvLink> out = new LinkedHashMap<>();
    for (CvLine line : text.lines()) {
      String t = line.text();
      if (t.length() > CvText.MAX_STRUCTURE_LINE || t.indexOf('.') < 0) {
        continue;
      }
      String masked = mask(t, EMAIL);
      Matcher m = URL.matcher(masked);
      while (m.find() && out.size() < 20) {
        link(m.group(), inZone[line.index()] || WEBSITE_LABEL.matcher(masked).find())
            .ifPresent(link -> out.putIfAbsent(link.url().toString().toLowerCase(Locale.ROOT), link));
      }
    }
    return List.copyOf(out.values());
  }

  private static Optional<CvLink> link(String found, boolean contactZone) {
    String raw = found.replaceAll("[.,;:!?)\\]]+$", "");
    String lower = raw.toLowerCase(Locale.ROOT);
    boolean scheme = lower.startsWith("http://") || lower.startsWith("https://");
    String withoutScheme = lower.replaceFirst("^https?://", "");
    String host = withoutScheme.replaceFirst("[/?#].*$", "");
    String bareHost = host.startsWith("www.") ? host.substring(4) : host;
    String tld = bareHost.substring(bareHost.lastIndexOf('.') + 1);
    boolean known = bareHost.endsWith("linkedin.com") || bareHost.equals("github.com") || bareHost.endsWith(".github.io")
        || OTHER_HOSTS.contains(bareHost) || PORTFOLIO_HOSTS.contains(bareHost);
    if (TECH_NAMES.contains(bareHost)) {
      return Optional.empty();
    }
    if (!scheme && !known && !host.startsWith("www.") && !(contactZone && PERSONAL_TLDS.contains(tld))) {
      return Optional.empty();
    }
    String path = withoutScheme.substring(host.length());
    LinkKind kind;
    if (bareHost.endsWith("linkedin.com")) {
      if (!(path.startsWith("/in/") || path.startsWith("/pub/"))) {
        return Optional.empty();
      }
      kind = LinkKind.LINKEDIN;
    } else if (bareHost.equals("github.com")) {
      if (path.length() < 2) {
        return Optional.empty();
      }
      kind = LinkKind.GITHUB;
    } else if (OTHER_HOSTS.contains(bareHost)) {
      kind = LinkKind.OTHER;
    } else {
      kind = LinkKind.PORTFOLIO;
    }
    String url = scheme ? raw : "https://" + raw;
    try {
      return Optional.of(new CvLink(kind, URI.create(url)));
    } catch (IllegalArgumentException | HireloopException invalid) {
      return Optional.empty();
    }
  }

  Optional<Parsed<String>> location() {
    for (CvLine line : zone) {
      Matcher label = LOCATION_LABEL.matcher(line.text());
      if (label.matches()) {
        Optional<String> place = place(label.group(1));
        if (place.isPresent()) {
          return Optional.of(new Parsed<>(place.get(), 0.9));
        }
      }
    }
    for (CvLine line : zone) {
      for (String cell : cells(line.text())) {
        if (cell.indexOf(',') < 0) {
          continue;
        }
        Optional<String> afterContacts = afterContacts(cell);
        if (afterContacts.isEmpty()) {
          continue;
        }
        String rest = afterContacts.get();
        Optional<String> place = cityState(rest).or(() -> cityCountry(rest));
        if (place.isPresent()) {
          return Optional.of(new Parsed<>(place.get(), cityState(rest).isPresent() ? 0.8 : 0.75));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The cell, or when it holds an e-mail address or a link (a header whose separators PDF extraction lost:
   * "E: jo@x.com T: +971 50 123 4567 Dubai, United Arab Emirates"), what follows the last of them and of the
   * phone's digits; empty when nothing does.
   */
  private static Optional<String> afterContacts(String cell) {
    if (cell.indexOf('@') < 0 && !cell.contains("://")) {
      return Optional.of(cell);
    }
    String masked = mask(mask(cell, EMAIL), URL);
    int last = -1;
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (Character.isDigit(c) || (c == ' ' && cell.charAt(i) != ' ')) {
        last = i;
      }
    }
    String rest = cell.substring(last + 1).strip();
    return rest.indexOf(',') < 0 || rest.indexOf('@') >= 0 ? Optional.empty() : Optional.of(rest);
  }

  private static Optional<String> place(String raw) {
    String value = raw.replaceAll("\\s*\\([^()]{0,80}\\)", "").strip();
    Optional<String> known = cityState(value).or(() -> cityCountry(value));
    if (known.isPresent()) {
      return known;
    }
    // "Location: Berlin" or "Address: 12 Rue X, 75011 Paris": drop street numbers and postcodes
    List<String> parts = new ArrayList<>();
    for (String part : value.split(",")) {
      String p = part.strip();
      if (p.matches("\\d+[A-Za-z]?\\s.*")) {
        continue;
      }
      p = p.replaceAll("\\b\\d{4,6}\\b", "").strip();
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    String place = String.join(", ", parts).replaceAll("[.;]+$", "").strip();
    return place.isEmpty() || place.length() > 100 ? Optional.empty() : Optional.of(place);
  }

  private static Optional<String> cityState(String cell) {
    Matcher m = CITY_STATE.matcher(cell);
    String found = null;
    while (m.find()) {
      found = m.group(1) + ", " + m.group(2);
    }
    return Optional.ofNullable(found).map(Contacts::withoutLeadingStreet);
  }

  private static Optional<String> cityCountry(String cell) {
    String[] parts = cell.split(",");
    // the last country-like part wins: "New York, New York, United States"
    for (int i = Math.min(parts.length, 8) - 1; i >= 1; i--) {
      String country = parts[i].strip().replaceAll("[.;]+$", "").replaceAll("\\s*\\d{4,6}$", "");
      if (COUNTRIES.contains(country.toLowerCase(Locale.ROOT))) {
        // "Leeds, West Yorkshire, UK": up to two place names before the country
        String place = null;
        for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
          String city = parts[j].strip().replaceAll("\\b\\d{4,6}\\b", "").strip();
          if (!CITY.matcher(city).matches()) {
            break;
          }
          place = place == null ? city : city + ", " + place;
        }
        if (place != null) {
          return Optional.of(withoutLeadingStreet(place + ", " + country));
        }
      }
    }
    return Optional.empty();
  }

  private static String withoutLeadingStreet(String place) {
    return place.replaceFirst("^(?:\\p{L}+ ){1,3}(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Drive|Way) ", "");
  }

  static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    for (String cell : CELL_SEPARATOR.split(line)) {
      String c = cell.strip();
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  Optional<Parsed<String>> name() {
    return name;
  }

  /** The line the name was read from, or -1. */
  int nameLine() {
    return nameLine;
  }

  /** The name and its line: a "Name:" label, else the first name-like cell at the top, else a sidebar's name. */
  private Optional<Parsed<String>> findName() {
    int scanned = 0;
    for (CvLine line : text.lines()) {
      if (scanned++ > 40) {
        break;
      }
      Matcher label = NAME_LABEL.matcher(line.text());
      if (label.matches()) {
        Optional<String> name = personalName(label.group(1));
        if (name.isPresent()) {
          nameLine = line.index();
          return Optional.of(new Parsed<>(name.get(), 0.95));
        }
      }
    }
    int position = 0;
    for (CvLine line : zone) {
      if (line.index() > 30 || position > 8) {
        break;
      }
      for (String cell : cells(line.text())) {
        Optional<String> name = personalName(cell);
        if (name.isPresent()) {
          nameLine = line.index();
          return Optional.of(new Parsed<>(name.get(), position == 0 ? 0.85 : 0.65));
        }
        position++;
      }
    }
    // a sidebar flattened first (LinkedIn's PDF: contact, top skills, languages, then the name and a headline):
    // a name-like line before the body whose next line is a headline with a job title
    List<CvLine> lines = text.lines();
    for (int i = 0; i < lines.size() && i < 60; i++) {
      CvLine line = lines.get(i);
      if (line.main() != null) {
        break;
      }
      if (line.heading() != null || line.isBlank() || inZone[line.index()]) {
        continue;
      }
      Optional<String> name = personalName(line.text());
      List<CvLine> next = lines.stream().skip(i + 1L).limit(6).filter(l -> !l.isBlank()).limit(3).toList();
      // followed by a headline with a job title, or by the contact block itself (the address, phone, e-mail)
      if (name.isPresent() && !next.isEmpty() && next.get(0).heading() == null
          && (titles.titleScore(next.get(0).text()) > 0
              || next.stream().takeWhile(l -> l.heading() == null).anyMatch(l -> isContactLine(l.text())))) {
        nameLine = line.index();
        return Optional.of(new Parsed<>(name.get(), 0.6));
      }
    }
    return Optional.empty();
  }

  /** The cell as a personal name ("Jane Q. Doe", "DR. AMARA OKAFOR, PHD", "Luc van der Berg"), or empty. */
  Optional<String> personalName(String cell) {
    String c = cell.strip();
    if (c.isEmpty() || c.length() > 80 || c.matches(".*[\\d@/:+#=<>{}\\[\\]()\"].*")
        || Sections.heading(c).isPresent()) {
      return Optional.empty();
    }
    int comma = c.indexOf(',');
    if (comma >= 0) {
      for (String post : c.substring(comma + 1).split("[,\\s]+")) {
        if (!post.isEmpty() && !POSTNOMINALS.contains(post.toLowerCase(Locale.ROOT))) {
          return Optional.empty();
        }
      }
      c = c.substring(0, comma).strip();
    }
    if (CJK_NAME.matcher(c).matches() && !Set.of("简历", "履历", "個人簡歷", "履歴書", "이력서", "联系", "技能", "教育")
        .contains(c)) {
      // 王小明, 김민준: written without spaces, family name first
      return Optional.of(c.replaceAll("\\s+", " "));
    }
    List<String> tokens = new ArrayList<>(List.of(c.split("\\s+")));
    while (!tokens.isEmpty() && HONORIFICS.contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
      tokens.remove(0);
    }
    while (!tokens.isEmpty() && POSTNOMINALS.contains(tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT))
        && tokens.size() > 2) {
      tokens.remove(tokens.size() - 1);
    }
    if (tokens.size() < 2 || tokens.size() > 5) {
      return Optional.empty();
    }
    int capitalised = 0;
    for (String token : tokens) {
      String key = token.toLowerCase(Locale.ROOT);
      if (NOT_NAMES.contains(key) || titles.isTitleWord(key) || COUNTRIES.contains(key)) {
        return Optional.empty();
      }
      if (PARTICLES.contains(token)) {
        continue;
      }
      if (!token.matches("\\p{Lu}[\\p{L}'’.-]{0,30}") || token.matches(".*[.'’-]{2}.*")) {
        return Optional.empty();
      }
      capitalised++;
    }
    if (capitalised < 2 || titles.isMostlySkills(c)) {
      return Optional.empty();
    }
    String name = String.join(" ", tokens);
    return Optional.of(name.equals(name.toUpperCase(Locale.ROOT)) ? titleCase(name) : name);
  }

  private static String titleCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean upper = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(upper ? c : Character.toLowerCase(c));
      upper = c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.';
    }
    return out.toString();
  }
}
