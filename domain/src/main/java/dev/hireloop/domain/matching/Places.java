package dev.hireloop.domain.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a job or a candidate is, as place names from the most to the least specific ("Austin, TX" is austin,
 * texas, united states). Names lose accents and case; common abbreviations and local spellings are made one
 * ("NYC", "UK", "München", "CA" as California); a US state, Canadian province or UK nation adds its country, so
 * "Dallas, Texas" and "Austin, TX" share a region and "Manchester, England" and "London, UK" a country. Several
 * places ("Berlin; Munich", "London or Remote") are split; workplace words ("remote", "hybrid") are dropped.
 */
final class Places {
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
  private static final Pattern PLACES = Pattern.compile("\\s*(?:;|\\||\\s/\\s|\\sor\\s|\\n)\\s*");
  private static final Pattern NON_LETTER = Pattern.compile("[^a-z0-9]+");
  private static final Pattern QUALIFIER = Pattern.compile("^(?:greater|metro|metropolitan|city of) | (?:area|metro"
      + "|metropolitan area|region|city)$");

  private static final Map<String, String> SPELLINGS = new HashMap<>();
  private static final Map<String, String> PARENT = new HashMap<>();
  private static final Map<String, String> STATE_CODES = new HashMap<>();

  static {
    spell("united states", "us", "u s", "usa", "u s a", "united states of america", "america");
    spell("united kingdom", "uk", "u k", "gb", "great britain", "britain");
    spell("united arab emirates", "uae");
    spell("germany", "de", "deutschland");
    spell("netherlands", "nl", "the netherlands", "holland");
    spell("switzerland", "ch", "schweiz", "suisse", "svizzera");
    spell("austria", "at", "osterreich");
    spell("france", "fr");
    spell("spain", "es", "espana");
    spell("italy", "it", "italia");
    spell("ireland", "ie");
    spell("australia", "au");
    spell("india", "in");
    spell("poland", "pl", "polska");
    spell("portugal", "pt");
    spell("sweden", "se", "sverige");
    spell("denmark", "dk", "danmark");
    spell("new york", "nyc", "new york city", "ny city", "manhattan");
    spell("san francisco", "sf", "san francisco bay", "sf bay", "bay");
    spell("los angeles", "la");
    spell("washington", "washington dc", "washington d c", "dc", "d c");
    spell("munich", "munchen");
    spell("cologne", "koln");
    spell("nuremberg", "nurnberg");
    spell("frankfurt", "frankfurt am main");
    spell("vienna", "wien");
    spell("zurich", "zuerich");
    spell("geneva", "geneve", "genf");
    spell("lisbon", "lisboa");
    spell("prague", "praha");
    spell("warsaw", "warszawa");
    spell("copenhagen", "kobenhavn");
    spell("bangalore", "bengaluru");
    spell("mumbai", "bombay");
    String[][] states = {{"al", "alabama"}, {"ak", "alaska"}, {"az", "arizona"}, {"ar", "arkansas"},
        {"ca", "california"}, {"co", "colorado"}, {"ct", "connecticut"}, {"de", "delaware"}, {"fl", "florida"},
        {"ga", "georgia"}, {"hi", "hawaii"}, {"id", "idaho"}, {"il", "illinois"}, {"in", "indiana"}, {"ia", "iowa"},
        {"ks", "kansas"}, {"ky", "kentucky"}, {"la", "louisiana"}, {"me", "maine"}, {"md", "maryland"},
        {"ma", "massachusetts"}, {"mi", "michigan"}, {"mn", "minnesota"}, {"ms", "mississippi"},
        {"mo", "missouri"}, {"mt", "montana"}, {"ne", "nebraska"}, {"nv", "nevada"}, {"nh", "new hampshire"},
        {"nj", "new jersey"}, {"nm", "new mexico"}, {"ny", "new york state"}, {"nc", "north carolina"},
        {"nd", "north dakota"}, {"oh", "ohio"}, {"ok", "oklahoma"}, {"or", "oregon"}, {"pa", "pennsylvania"},
        {"ri", "rhode island"}, {"sc", "south carolina"}, {"sd", "south dakota"}, {"tn", "tennessee"},
        {"tx", "texas"}, {"ut", "utah"}, {"vt", "vermont"}, {"va", "virginia"}, {"wa", "washington state"},
        {"wv", "west virginia"}, {"wi", "wisconsin"}, {"wy", "wyoming"}};
    for (String[] state : states) {
      PARENT.put(state[1], "united states");
    }
    for (String[] state : states) {
      STATE_CODES.put(state[0], state[1]);
    }
    for (String[] province : new String[][] {{"on", "ontario"}, {"bc", "british columbia"}, {"qc", "quebec"},
        {"ab", "alberta"}, {"mb", "manitoba"}, {"ns", "nova scotia"}}) {
      STATE_CODES.put(province[0], province[1]);
      PARENT.put(province[1], "canada");
    }
    for (String nation : List.of("england", "scotland", "wales", "northern ireland")) {
      PARENT.put(nation, "united kingdom");
    }
    for (String state : List.of("bavaria", "bayern", "berlin brandenburg", "hesse", "hessen", "saxony")) {
      PARENT.put(state, "germany");
    }
  }

  private Places() {}

  /** The places a location names, each from the most to the least specific; empty when it names none. */
  static List<List<String>> of(String location) {
    String text = DIACRITICS.matcher(Normalizer.normalize(location, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
    text = BRACKETS.matcher(text).replaceAll(" ");
    List<List<String>> places = new ArrayList<>();
    for (String place : PLACES.split(text)) {
      List<String> parts = parts(place);
      if (!parts.isEmpty() && !places.contains(parts)) {
        places.add(parts);
      }
    }
    return List.copyOf(places);
  }

  private static List<String> parts(String place) {
    String[] raw = place.split(",");
    List<String> parts = new ArrayList<>();
    for (String piece : raw) {
      String part = QUALIFIER.matcher(NON_LETTER.matcher(piece).replaceAll(" ").strip()).replaceAll("").strip();
      if (part.isEmpty() || part.equals("remote") || part.equals("hybrid") || part.equals("on site")
          || part.equals("onsite") || part.equals("anywhere") || part.equals("worldwide")) {
        continue;
      }
      // After a city a state code is a state ("Portland, OR"), unless it is also a country or city we know
      // ("Berlin, DE" is Germany, not Delaware).
      String state = parts.isEmpty() || SPELLINGS.containsKey(part) ? null : STATE_CODES.get(part);
      part = state != null ? state : SPELLINGS.getOrDefault(part, part);
      if (!parts.contains(part)) {
        parts.add(part);
      }
    }
    String parent = parts.isEmpty() ? null : PARENT.get(parts.get(parts.size() - 1));
    if (parent != null) {
      parts.add(parent);
    }
    return List.copyOf(parts);
  }

  private static void spell(String canonical, String... spellings) {
    for (String spelling : spellings) {
      SPELLINGS.put(spelling, canonical);
    }
  }
}
