package io.newsstats.linking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgNamesTest {
  @Test
  void idsLeaveOutTheLegalForm() {
    assertEquals("chrysler", OrgNames.id("Chrysler Corp"));
    assertEquals("chrysler", OrgNames.id("Chrysler Corporation"));
    assertEquals("morgan-stanley", OrgNames.id("Morgan Stanley and Co"));
    assertEquals("kidder-peabody", OrgNames.id("Kidder, Peabody and Co Inc"));
    assertEquals("bank-of-england", OrgNames.id("The Bank of England"));
    assertEquals("corp", OrgNames.id("Corp"));
    // a listed firm whose first word alone names no firm keeps its legal form
    assertEquals("news-corp", OrgNames.id("News Corp"));
  }

  private static List<OrgNames.Found> found(String text, String... names) {
    List<OrgNames.Found> out = new ArrayList<>();
    int from = 0;
    for (String name : names) {
      int begin = text.indexOf(name, from);
      out.add(new OrgNames.Found(begin, begin + name.length(), name));
      from = begin + 1;
    }
    return out;
  }

  @Test
  void shortFormsJoinTheFullNameTheyStandFor() {
    String text = "The Energy Information Administration (EIA) and General Motors Corp met Struthers Wells Corp."
        + " GM, Struthers and the EIA agreed; S&N, or Scottish and Newcastle, did not.";
    List<OrgNames.Found> names = found(text, "Energy Information Administration", "EIA", "General Motors Corp",
        "Struthers Wells Corp", "GM", "Struthers", "EIA", "S&N", "Scottish and Newcastle");
    assertArrayEquals(new int[] {0, 0, 2, 3, 2, 3, 0, 8, 8}, OrgNames.resolve(names, text));
  }

  @Test
  void oneReadingFindsBothListsEachSkippingOnlyItsOwnNames() {
    String text = "Non-EU citizens and anti-Nato protests; Nvidia, the IMF and Goldman Sachs Group said al-Qaeda"
        + " struck. Advanced Micro Devices met the World Bank.";
    OrgNames.Listed listed = OrgNames.listedIn(text);
    assertEquals(List.of("EU", "Nato", "IMF", "al-Qaeda", "World Bank"),
        listed.known().stream().map(k -> text.substring(k[0], k[1])).toList());
    assertEquals(List.of("Nvidia", "Goldman Sachs", "Advanced Micro Devices"),
        listed.companies().stream().map(k -> text.substring(k[0], k[1])).toList());
  }

  @Test
  void aPartyByItsMembersNameJoinsItsFullName() {
    String text = "The Christian Democratic Union leads; the Christian Democrats and the Socialist Party agree, the"
        + " Socialists said. American Airlines flew Americans.";
    List<OrgNames.Found> names = found(text, "Christian Democratic Union", "Christian Democrats", "Socialist Party",
        "Socialists", "American Airlines", "Americans");
    assertArrayEquals(new int[] {0, 0, 2, 2, 4, 5}, OrgNames.resolve(names, text));
  }

  @Test
  void aListedCompanyIsNotItsProductButIsItsFirmsFullName() {
    String text = "Apple showed Apple Intelligence; Airbus Industrie and Airbus agreed.";
    List<OrgNames.Found> names = found(text, "Apple", "Apple Intelligence", "Airbus Industrie", "Airbus");
    assertArrayEquals(new int[] {0, 1, 2, 2}, OrgNames.resolve(names, text));
    // a listed firm is no short form of its unit "of" a place
    String units = "Nintendo's president spoke; Nintendo of America agreed.";
    assertArrayEquals(new int[] {0, 1}, OrgNames.resolve(found(units, "Nintendo", "Nintendo of America"), units));
    // nor are two entries of the companies' list one firm
    String listed = "Amazon will invest in Anthropic, which uses Amazon Web Services.";
    assertArrayEquals(new int[] {0, 1, 2}, OrgNames.resolve(found(listed, "Amazon", "Anthropic", "Amazon Web Services"),
        listed));
    // a short form of two names, one beginning with the other, is the shorter one
    String nested = "Anglo American will spin off Anglo American Platinum, Anglo said.";
    assertArrayEquals(new int[] {0, 1, 0}, OrgNames.resolve(found(nested, "Anglo American", "Anglo American Platinum",
        "Anglo"), nested));
  }

  @Test
  void aFirmWrittenWithItsLegalFormIsNoShortFormOfAnotherUnlessTheTaggerCutIt() {
    String text = "Fox Corporation owns Fox News. K Mart Corp said K Mart sales rose.";
    List<OrgNames.Found> names = found(text, "Fox Corporation", "Fox News", "Mart Corp", "K Mart");
    assertArrayEquals(new int[] {0, 1, 3, 3}, OrgNames.resolve(names, text));
  }

  @Test
  void whatABodyIsOfIsItsShortFormOnlyAfterABodysHead() {
    String text = "The Court of Justice of the European Union ruled; the European Union paid. The National Association"
        + " of Wheat Growers and Wheat Growers agreed; 5.7 pct of Arden Group went, and Arden Group said so. The"
        + " House of Commons and the Commons voted.";
    List<OrgNames.Found> names = found(text, "Court of Justice of the European Union", "European Union",
        "National Association of Wheat Growers", "Wheat Growers", "5.7 pct of Arden Group", "Arden Group",
        "House of Commons", "Commons");
    assertArrayEquals(new int[] {0, 1, 2, 2, 4, 5, 6, 6}, OrgNames.resolve(names, text));
  }

  @Test
  void aBodyIsNotTheLargerBodyItBelongsToAndTwoCandidatesAreNone() {
    String text = "The Senate Banking Committee and the Senate met. Northern Telecom Ltd and Northern Trust spoke to"
        + " Northern.";
    List<OrgNames.Found> names = found(text, "Senate Banking Committee", "Senate", "Northern Telecom Ltd",
        "Northern Trust", "Northern");
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, OrgNames.resolve(names, text));
  }

  @Test
  void internationalOrganisationsAreFoundAndCountedUnderTheirFullName() {
    String text = "Opec and the G20 met at the U.N. while the IMF, a UNICEF envoy and Mr Gopec waited.";
    List<String> names = OrgNames.known(text).stream().map(k -> text.substring(k[0], k[1])).toList();
    assertEquals(List.of("Opec", "G20", "U.N.", "IMF", "UNICEF"), names);
    assertEquals("International Monetary Fund", OrgNames.canonical("IMF"));
    assertEquals("Organization of the Petroleum Exporting Countries", OrgNames.canonical("Opec"));
    assertEquals("Chrysler Corp", OrgNames.canonical("Chrysler Corp"));
    // a department is the same body with or without its country before it; a firm keeps its "US"
    assertEquals("Justice Department", OrgNames.canonical("US Justice Department"));
    assertEquals("Department of Energy", OrgNames.canonical("U.S. Department of Energy"));
    assertEquals("US Airways", OrgNames.canonical("US Airways"));
    String parliaments = "The Bundestag and the Duma voted; the Knesset did not.";
    assertEquals(List.of("Bundestag", "Duma", "Knesset"), OrgNames.known(parliaments).stream()
        .map(k -> parliaments.substring(k[0], k[1])).toList());
    assertEquals("State Duma", OrgNames.canonical("Duma"));
  }

  @Test
  void partiesShortNamesCountUnderTheFullNameButAreNotSearchedFor() {
    assertEquals("Conservative Party", OrgNames.canonical("Tories"));
    assertEquals("Liberal Democrats", OrgNames.canonical("Lib Dems"));
    assertEquals("Labour Party", OrgNames.canonical("Labour"));
    assertEquals(List.of(), OrgNames.known("Labour costs rose, the Tories said."));
  }

  @Test
  void anAcronymTheArticleSpellsOutAsAnotherBodyKeepsTheArticlesMeaning() {
    assertEquals(true, OrgNames.definedOtherwise("GNP rose, the Economic Planning Agency (EPA) said.", "EPA"));
    assertEquals(false, OrgNames.definedOtherwise("the US Environmental Protection Agency (EPA) said", "EPA"));
    assertEquals(false, OrgNames.definedOtherwise("Russia's bid to join the World Trade Organisation (WTO)", "WTO"));
    assertEquals(false, OrgNames.definedOtherwise("Demand for their (OPEC) oil fell.", "OPEC"));
    assertEquals(false, OrgNames.definedOtherwise("The EPA said.", "EPA"));
  }

  @Test
  void aCountryBeforeAListedBodysNameIsNoPartOfIt() {
    assertEquals("Federal Bureau of Investigation", OrgNames.canonical("US Federal Bureau of Investigation"));
    assertEquals("Federal Bureau of Investigation", OrgNames.canonical("FBI"));
    assertEquals("Food and Drug Administration", OrgNames.canonical("U.S. Food and Drug Administration"));
  }
  @Test
  void anAcronymGivenInBracketsStandsForTheNameEverywhereEvenInMixedCase() {
    String text = "The Official UK Charts Company (OCC) met. An OCC board agreed. Transport for London (TfL) ran"
        + " the TfL campaign.";
    List<OrgNames.Found> names = found(text, "Official UK Charts Company", "OCC", "OCC", "Transport for London",
        "TfL", "TfL");
    assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3}, OrgNames.resolve(names, text));
  }

  @Test
  void aListedNameAfterAPrefixsHyphenIsFound() {
    String text = "Most non-EU citizens, anti-Nato marchers and non-Opec suppliers; no cross-Channel trade.";
    assertEquals(List.of("EU", "Nato", "Opec"), OrgNames.known(text).stream().map(k -> text.substring(k[0], k[1]))
        .toList());
  }
}
