package io.newsstats.kb;

import io.newsstats.resources.BundledFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * International organisations news names often (data/reference/organisations.txt): each of their
 * names, as written, mapped to the full name they are counted under ("IMF" → International Monetary
 * Fund, "Opec" → Organization of the Petroleum Exporting Countries).
 */
public final class OrganisationNames {
  static final String RESOURCE = KnowledgeBase.BUNDLED + "organisations.txt";
  static final String PARTIES = KnowledgeBase.BUNDLED + "parties.txt";
  static final String COMPANIES = KnowledgeBase.BUNDLED + "companies.txt";
  private static volatile Map<String, String> bundled;
  private static volatile Map<String, String> parties;
  private static volatile Map<String, String> companies;

  private OrganisationNames() {}

  /** Every name of the bundled list, the full names included, to its full name. */
  public static Map<String, String> bundled() {
    Map<String, String> names = bundled;
    if (names == null) {
      names = read();
      bundled = names;
    }
    return names;
  }

  /**
   * Political parties' short names (data/reference/parties.txt) to their full names ("Tories" →
   * Conservative Party): only for names already found as organisations, never searched for.
   */
  public static Map<String, String> parties() {
    Map<String, String> names = parties;
    if (names == null) {
      names = read(PARTIES);
      parties = names;
    }
    return names;
  }

  /**
   * Companies' names (data/reference/companies.txt) to their full names ("Google" → Alphabet): only
   * for names the tagger already found, never searched for.
   */
  public static Map<String, String> companies() {
    Map<String, String> names = companies;
    if (names == null) {
      names = read(COMPANIES);
      companies = names;
    }
    return names;
  }

  private static Map<String, String> read() {
    return read(RESOURCE);
  }

  private static Map<String, String> read(String resource) {
    Map<String, String> names = new HashMap<>();
    try (InputStream in = BundledFiles.open(resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.trim().split("\\|");
        for (String part : parts) {
          names.putIfAbsent(part.trim(), parts[0].trim());
        }
      }
    } catch (IOException e) {
      throw new ReferenceDataException("reference file " + resource + ": " + e.getMessage());
    }
    return Map.copyOf(names);
  }
}
