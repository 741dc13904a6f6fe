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
  /** Each list once per JVM, by resource. */
  private static final Map<String, Map<String, String>> LISTS = new java.util.concurrent.ConcurrentHashMap<>();

  private OrganisationNames() {}

  /** Every name of the bundled list, the full names included, to its full name. */
  public static Map<String, String> bundled() {
    return LISTS.computeIfAbsent(RESOURCE, OrganisationNames::read);
  }

  /**
   * Political parties' short names (data/reference/parties.txt) to their full names ("Tories" →
   * Conservative Party): only for names already found as organisations, never searched for.
   */
  public static Map<String, String> parties() {
    return LISTS.computeIfAbsent(PARTIES, OrganisationNames::read);
  }

  /**
   * Companies' names (data/reference/companies.txt) to their full names ("VW" → Volkswagen): for
   * names the tagger found, and (those that are no other word) where it found nothing.
   */
  public static Map<String, String> companies() {
    return LISTS.computeIfAbsent(COMPANIES, OrganisationNames::read);
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
