package io.newsstats.kb;

import io.newsstats.resources.BundledFiles;
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
  public static final String BUNDLED = "newsstats/reference/";

  /**
   * Roles a tenure may have; {@code effective_leader} is REIGN's "who holds effective power";
   * {@code prime_minister} a prime minister beside a president who heads the government.
   */
  static final Set<String> ROLES =
      Set.of("head_of_state", "head_of_government", "head_of_state_and_government", "supreme_leader",
      "effective_leader", "prime_minister");
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
    return load(name -> BundledFiles.openIfPresent(BUNDLED + name));
  }

  public static KnowledgeBase load(Source source) {
    return load(source, null, null);
  }

  /**
   * The bundled files, with a user's files layered on top: a user's country or leader row replaces
   * the bundled row with the same iso3 or id (or adds one); a leader with any tenure in the user's
   * tenures file takes only those tenures; blockers are added. Any of the four files may be absent
   * from the user's folder. Errors name the user's file as {@code userLabel/FILE}.
   */
  public static KnowledgeBase load(Source bundled, Source user, String userLabel) {
    Files base = Files.read(bundled, "", false);
    Files extra = user == null ? Files.EMPTY : Files.read(user, userLabel + "/", true);

    Map<String, Row> countryRows = new LinkedHashMap<>();
    for (Row row : base.rows(COUNTRIES, COUNTRY_COLUMNS)) {
      countryRows.put(row.get("iso3"), row);
    }
    for (Row row : extra.rows(COUNTRIES, COUNTRY_COLUMNS)) {
      countryRows.put(row.get("iso3"), row);
    }
    Map<String, Country> countries = parseCountries(countryRows.values());

    List<Row> userTenures = extra.rows(TENURES, TENURE_COLUMNS);
    Set<String> retenured = new java.util.HashSet<>();
    userTenures.forEach(row -> retenured.add(row.get("leader_id")));
    List<Row> tenureRows = new ArrayList<>();
    base.rows(TENURES, TENURE_COLUMNS).stream().filter(row -> !retenured.contains(row.get("leader_id")))
        .forEach(tenureRows::add);
    tenureRows.addAll(userTenures);
    Map<String, List<Tenure>> tenures = parseTenures(tenureRows, countries.keySet());

    Map<String, Row> leaderRows = new LinkedHashMap<>();
    for (Row row : base.rows(LEADERS, LEADER_COLUMNS)) {
      leaderRows.put(row.get("id"), row);
    }
    for (Row row : extra.rows(LEADERS, LEADER_COLUMNS)) {
      leaderRows.put(row.get("id"), row);
    }
    Map<String, Leader> leaders = parseLeaders(leaderRows.values(), countries.keySet(), tenures);
    for (Row row : tenureRows) {
      if (!leaders.containsKey(row.get("leader_id"))) {
        throw row.error("leader_id '" + row.get("leader_id") + "' is not in " + LEADERS);
      }
    }
    rejectOverlappingTenures(tenureRows, tenures);

    List<String> blockers = parseBlockers(base.rows(BLOCKERS, BLOCKER_COLUMNS));
    blockers.addAll(parseBlockers(extra.rows(BLOCKERS, BLOCKER_COLUMNS)));
    return new KnowledgeBase(countries, leaders, blockers, digest(base, extra));
  }

  /**
   * Two different people cannot hold one seat (country and role) at once; an "Acting" title is the
   * documented exception (an acting president beside a suspended one). Head of state and government
   * occupies both seats.
   */
  private static void rejectOverlappingTenures(List<Row> rows, Map<String, List<Tenure>> tenures) {
    Map<String, List<Tenure>> bySeat = new HashMap<>();
    for (List<Tenure> own : tenures.values()) {
      for (Tenure t : own) {
        if (t.title().startsWith("Acting")) {
          continue;
        }
        List<String> seats = t.role().equals("head_of_state_and_government")
            ? List.of("head_of_state", "head_of_government") : List.of(t.role());
        for (String seat : seats) {
          bySeat.computeIfAbsent(t.country() + " " + seat, k -> new ArrayList<>()).add(t);
        }
      }
    }
    for (Map.Entry<String, List<Tenure>> seat : bySeat.entrySet()) {
      List<Tenure> holders = new ArrayList<>(seat.getValue());
      holders.sort(java.util.Comparator.comparing(Tenure::start));
      for (int i = 0; i + 1 < holders.size(); i++) {
        Tenure a = holders.get(i);
        for (int j = i + 1; j < holders.size() && (a.end() == null || holders.get(j).start().isBefore(a.end())); j++) {
          Tenure b = holders.get(j);
          if (!a.leaderId().equals(b.leaderId())) {
            Row row = rows.stream().filter(r -> r.get("leader_id").equals(b.leaderId())
                && r.get("start_date").equals(b.start().toString())).findFirst().orElseThrow();
            throw row.error(b.leaderId() + " (" + seat.getKey() + " from " + b.start() + ") overlaps "
                + a.leaderId() + " (" + a.start() + " to " + (a.end() == null ? "open" : a.end())
                + "): one person per role and country at a time");
          }
        }
      }
    }
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

  private static Map<String, Country> parseCountries(Collection<Row> rows) {
    Map<String, Country> countries = new LinkedHashMap<>();
    for (Row row : rows) {
      String iso3 = row.matching("iso3", ISO3, "three upper-case letters");
      String kind = row.oneOf("kind", Set.of("sovereign", "territory"));
      Country country = new Country(iso3, row.matching("iso2", ISO2, "two upper-case letters"),
          row.required("name"), row.get("official_name"), kind.equals("sovereign"),
          row.oneOf("un_status", Set.of("member", "observer", "none")), list(row.get("aliases")),
          list(row.get("demonyms")), list(row.get("capitals")), row.get("region"), row.required("source"));
      countries.put(iso3, country);
    }
    return countries;
  }

  private static Map<String, List<Tenure>> parseTenures(List<Row> rows, Set<String> countryCodes) {
    Map<String, List<Tenure>> tenures = new LinkedHashMap<>();
    for (Row row : rows) {
      LocalDate start = row.date("start_date", true);
      LocalDate end = row.date("end_date", false);
      if (end != null && !end.isAfter(start)) {
        throw row.error("end_date " + end + " is not after start_date " + start);
      }
      Tenure tenure = new Tenure(row.matching("leader_id", LEADER_ID, "a lowercase hyphenated id"),
          row.knownCountry("country", countryCodes), row.oneOf("role", ROLES),
          row.required("title"), start, end, row.required("source"));
      tenures.computeIfAbsent(tenure.leaderId(), id -> new ArrayList<>()).add(tenure);
    }
    return tenures;
  }

  private static Map<String, Leader> parseLeaders(Collection<Row> rows, Set<String> countryCodes,
      Map<String, List<Tenure>> tenures) {
    Map<String, Leader> leaders = new LinkedHashMap<>();
    for (Row row : rows) {
      String id = row.matching("id", LEADER_ID, "a lowercase hyphenated id");
      String name = row.required("name");
      if (!id.equals(TextKeys.slug(name))) {
        throw row.error("id '" + id + "' does not match name '" + name + "' (expected '" + TextKeys.slug(name) + "')");
      }
      List<Tenure> own = tenures.getOrDefault(id, List.of());
      if (own.isEmpty()) {
        throw row.error("leader '" + id + "' has no tenure in " + TENURES);
      }
      Leader leader = new Leader(id, name, row.knownCountry("primary_country", countryCodes),
          list(row.get("aliases")), List.copyOf(own), row.required("source"));
      leaders.put(id, leader);
    }
    return leaders;
  }

  private static List<String> parseBlockers(List<Row> rows) {
    List<String> phrases = new ArrayList<>();
    for (Row row : rows) {
      phrases.add(row.required("phrase"));
      row.required("reason");
    }
    return phrases;
  }

  private static List<String> list(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static final String[] COUNTRY_COLUMNS = {"iso3", "iso2", "name", "official_name", "kind", "un_status",
      "aliases", "demonyms", "capitals", "region", "source"};
  private static final String[] LEADER_COLUMNS = {"id", "name", "primary_country", "aliases", "source"};
  private static final String[] TENURE_COLUMNS = {"leader_id", "country", "role", "title", "start_date", "end_date", "source"};
  private static final String[] BLOCKER_COLUMNS = {"phrase", "reason", "source"};

  /** The four reference files of one source (the bundle or a user's folder), as bytes. */
  private record Files(String prefix, Map<String, byte[]> contents) {
    static final Files EMPTY = new Files("", Map.of());

    static Files read(Source source, String prefix, boolean allOptional) {
      Map<String, byte[]> contents = new LinkedHashMap<>();
      for (String file : List.of(COUNTRIES, LEADERS, TENURES, BLOCKERS)) {
        try (InputStream in = source.open(file)) {
          if (in != null) {
            contents.put(file, in.readAllBytes());
          } else if (!allOptional && !file.equals(BLOCKERS)) {
            throw new ReferenceDataException("reference file " + prefix + file + " not found");
          }
        } catch (IOException e) {
          throw new ReferenceDataException(prefix + file + ": cannot be read (" + e.getMessage() + ")");
        }
      }
      return new Files(prefix, contents);
    }

    /** The rows of one file (none when it is absent), each able to report its file and line; duplicate keys refused. */
    List<Row> rows(String file, String... requiredColumns) {
      byte[] csv = contents.get(file);
      if (csv == null) {
        return new ArrayList<>();
      }
      String label = prefix + file;
      try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
        var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
        for (String column : requiredColumns) {
          if (!parser.getHeaderMap().containsKey(column)) {
            throw new ReferenceDataException(label + ": missing column '" + column + "'");
          }
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Row> byKey = new HashMap<>();
        for (CSVRecord record : parser.getRecords()) {
          Row row = new Row(label, record);
          if (!record.isConsistent()) {
            throw row.error("expected " + parser.getHeaderMap().size() + " fields, found " + record.size());
          }
          String keyColumn = file.equals(COUNTRIES) ? "iso3" : file.equals(LEADERS) ? "id" : null;
          if (keyColumn != null && byKey.put(row.get(keyColumn), row) != null) {
            throw row.error("duplicate " + keyColumn + " '" + row.get(keyColumn) + "'");
          }
          rows.add(row);
        }
        return rows;
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new ReferenceDataException(label + ": not valid CSV (" + e.getMessage() + ")");
      }
    }
  }

  private static String digest(Files... sources) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Files files : sources) {
        for (byte[] file : files.contents().values()) {
          sha.update(file);
        }
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One CSV row being validated: its errors name the file and the line. */
  private record Row(String file, CSVRecord record) {
    String get(String column) {
      return record.get(column).trim();
    }

    ReferenceDataException error(String problem) {
      return new ReferenceDataException(file + " line " + (record.getRecordNumber() + 1) + ": " + problem);
    }

    String required(String column) {
      String value = get(column);
      if (value.isEmpty()) {
        throw error("empty " + column);
      }
      return value;
    }

    String matching(String column, Pattern pattern, String expected) {
      String value = required(column);
      if (!pattern.matcher(value).matches()) {
        throw error(column + " '" + value + "' is not " + expected);
      }
      return value;
    }

    String oneOf(String column, Set<String> allowed) {
      String value = required(column);
      if (!allowed.contains(value)) {
        throw error(column + " '" + value + "' is not one of " + new java.util.TreeSet<>(allowed));
      }
      return value;
    }

    String knownCountry(String column, Set<String> codes) {
      String value = required(column);
      if (!codes.contains(value)) {
        throw error(column + " '" + value + "' is not a country code in " + COUNTRIES);
      }
      return value;
    }

    LocalDate date(String column, boolean required) {
      String value = get(column);
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
