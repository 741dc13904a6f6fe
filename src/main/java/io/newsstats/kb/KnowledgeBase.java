package io.newsstats.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Countries and leaders with tenures, loaded from the CSV files in {@code data/reference/}
 * (bundled in the jar under {@code newsstats/reference/}). Every row is validated; the first
 * problem found is reported with its file and line.
 */
public final class KnowledgeBase implements Serializable {
  public static final String COUNTRIES = "countries.csv";
  public static final String LEADERS = "leaders.csv";
  public static final String TENURES = "tenures.csv";
  public static final String BLOCKERS = "blockers.csv";
  private static final String BUNDLED = "newsstats/reference/";

  static final Set<String> ROLES =
      Set.of("head_of_state", "head_of_government", "head_of_state_and_government", "supreme_leader");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern LEADER_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<String, Country> countries;
  private final Map<String, Leader> leaders;
  private final List<String> blockers;
  private final String version;

  private KnowledgeBase(Map<String, Country> countries, Map<String, Leader> leaders, List<String> blockers,
      String version) {
    this.countries = countries;
    this.leaders = leaders;
    this.blockers = blockers;
    this.version = version;
  }

  /** Opens one reference file by name; returns null when it does not exist. */
  @FunctionalInterface
  public interface Source {
    InputStream open(String fileName) throws IOException;
  }

  public static KnowledgeBase loadBundled() {
    ClassLoader loader = KnowledgeBase.class.getClassLoader();
    return load(name -> loader.getResourceAsStream(BUNDLED + name));
  }

  public static KnowledgeBase load(Source source) {
    byte[] countriesCsv = read(source, COUNTRIES);
    byte[] leadersCsv = read(source, LEADERS);
    byte[] tenuresCsv = read(source, TENURES);
    byte[] blockersCsv = readOptional(source, BLOCKERS);
    Map<String, Country> countries = parseCountries(countriesCsv);
    Map<String, List<Tenure>> tenures = parseTenures(tenuresCsv, countries.keySet());
    Map<String, Leader> leaders = parseLeaders(leadersCsv, countries.keySet(), tenures);
    for (String leaderId : tenures.keySet()) {
      if (!leaders.containsKey(leaderId)) {
        throw new ReferenceDataException(TENURES + ": leader_id '" + leaderId + "' is not in " + LEADERS);
      }
    }
    return new KnowledgeBase(countries, leaders, parseBlockers(blockersCsv),
        digest(countriesCsv, leadersCsv, tenuresCsv, blockersCsv));
  }

  public Collection<Country> countries() {
    return countries.values();
  }

  public Collection<Leader> leaders() {
    return leaders.values();
  }

  public Country country(String iso3) {
    return countries.get(iso3);
  }

  public Leader leader(String id) {
    return leaders.get(id);
  }

  /**
   * Phrases that contain a country or leader name but mean something else ("New Mexico", "Michael
   * Jordan", "Turkish Airlines"): matched like names, so they win the longest match, then dropped.
   */
  public List<String> blockers() {
    return blockers;
  }

  /** Content hash of the reference files, recorded in the run manifest. */
  public String version() {
    return version;
  }

  private static Map<String, Country> parseCountries(byte[] csv) {
    Map<String, Country> countries = new LinkedHashMap<>();
    for (CSVRecord row : records(csv, COUNTRIES,
        "iso3", "iso2", "name", "official_name", "kind", "un_status", "aliases", "demonyms", "capitals", "region", "source")) {
      Where where = new Where(COUNTRIES, row);
      String iso3 = where.matching(row, "iso3", ISO3, "three upper-case letters");
      String kind = where.oneOf(row, "kind", Set.of("sovereign", "territory"));
      Country country = new Country(iso3, where.matching(row, "iso2", ISO2, "two upper-case letters"),
          where.required(row, "name"), row.get("official_name"), kind.equals("sovereign"),
          where.oneOf(row, "un_status", Set.of("member", "observer", "none")), list(row.get("aliases")),
          list(row.get("demonyms")), list(row.get("capitals")), row.get("region"), where.required(row, "source"));
      if (countries.put(iso3, country) != null) {
        throw where.error("duplicate iso3 '" + iso3 + "'");
      }
    }
    return countries;
  }

  private static Map<String, List<Tenure>> parseTenures(byte[] csv, Set<String> countryCodes) {
    Map<String, List<Tenure>> tenures = new HashMap<>();
    for (CSVRecord row : records(csv, TENURES, "leader_id", "country", "role", "title", "start_date", "end_date", "source")) {
      Where where = new Where(TENURES, row);
      LocalDate start = where.date(row, "start_date", true);
      LocalDate end = where.date(row, "end_date", false);
      if (end != null && !end.isAfter(start)) {
        throw where.error("end_date " + end + " is not after start_date " + start);
      }
      Tenure tenure = new Tenure(where.matching(row, "leader_id", LEADER_ID, "a lowercase hyphenated id"),
          where.knownCountry(row, "country", countryCodes), where.oneOf(row, "role", ROLES),
          where.required(row, "title"), start, end, where.required(row, "source"));
      tenures.computeIfAbsent(tenure.leaderId(), id -> new ArrayList<>()).add(tenure);
    }
    return tenures;
  }

  private static Map<String, Leader> parseLeaders(byte[] csv, Set<String> countryCodes, Map<String, List<Tenure>> tenures) {
    Map<String, Leader> leaders = new LinkedHashMap<>();
    for (CSVRecord row : records(csv, LEADERS, "id", "name", "primary_country", "aliases", "source")) {
      Where where = new Where(LEADERS, row);
      String id = where.matching(row, "id", LEADER_ID, "a lowercase hyphenated id");
      String name = where.required(row, "name");
      if (!id.equals(TextKeys.slug(name))) {
        throw where.error("id '" + id + "' does not match name '" + name + "' (expected '" + TextKeys.slug(name) + "')");
      }
      List<Tenure> own = tenures.getOrDefault(id, List.of());
      if (own.isEmpty()) {
        throw where.error("leader '" + id + "' has no tenure in " + TENURES);
      }
      Leader leader = new Leader(id, name, where.knownCountry(row, "primary_country", countryCodes),
          list(row.get("aliases")), List.copyOf(own), where.required(row, "source"));
      if (leaders.put(id, leader) != null) {
        throw where.error("duplicate id '" + id + "'");
      }
    }
    return leaders;
  }

  private static List<String> parseBlockers(byte[] csv) {
    List<String> phrases = new ArrayList<>();
    if (csv.length == 0) {
      return phrases;
    }
    for (CSVRecord row : records(csv, BLOCKERS, "phrase", "reason", "source")) {
      Where where = new Where(BLOCKERS, row);
      phrases.add(where.required(row, "phrase"));
      where.required(row, "reason");
    }
    return phrases;
  }

  private static List<String> list(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static List<CSVRecord> records(byte[] csv, String file, String... requiredColumns) {
    try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
      var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
      for (String column : requiredColumns) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new ReferenceDataException(file + ": missing column '" + column + "'");
        }
      }
      List<CSVRecord> rows = parser.getRecords();
      for (CSVRecord row : rows) {
        if (!row.isConsistent()) {
          throw new ReferenceDataException(file + " line " + (row.getRecordNumber() + 1) + ": expected "
              + parser.getHeaderMap().size() + " fields, found " + row.size());
        }
      }
      return rows;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ReferenceDataException(file + ": not valid CSV (" + e.getMessage() + ")");
    }
  }

  private static byte[] read(Source source, String file) {
    try (InputStream in = source.open(file)) {
      if (in == null) {
        throw new ReferenceDataException("reference file " + file + " not found");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file that may be absent (blockers): empty when it is. */
  private static byte[] readOptional(Source source, String file) {
    try (InputStream in = source.open(file)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String digest(byte[]... files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (byte[] file : files) {
        sha.update(file);
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A row being validated: builds errors that name the file and the line. */
  private record Where(String file, CSVRecord row) {
    ReferenceDataException error(String problem) {
      return new ReferenceDataException(file + " line " + (row.getRecordNumber() + 1) + ": " + problem);
    }

    String required(CSVRecord r, String column) {
      String value = r.get(column).trim();
      if (value.isEmpty()) {
        throw error("empty " + column);
      }
      return value;
    }

    String matching(CSVRecord r, String column, Pattern pattern, String expected) {
      String value = required(r, column);
      if (!pattern.matcher(value).matches()) {
        throw error(column + " '" + value + "' is not " + expected);
      }
      return value;
    }

    String oneOf(CSVRecord r, String column, Set<String> allowed) {
      String value = required(r, column);
      if (!allowed.contains(value)) {
        throw error(column + " '" + value + "' is not one of " + new java.util.TreeSet<>(allowed));
      }
      return value;
    }

    String knownCountry(CSVRecord r, String column, Set<String> codes) {
      String value = required(r, column);
      if (!codes.contains(value)) {
        throw error(column + " '" + value + "' is not a country code in " + COUNTRIES);
      }
      return value;
    }

    LocalDate date(CSVRecord r, String column, boolean required) {
      String value = r.get(column).trim();
      if (value.isEmpty()) {
        if (required) {
          throw error("empty " + column);
        }
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw error(column + " '" + value + "' is not a date (YYYY-MM-DD)");
      }
    }
  }
}
