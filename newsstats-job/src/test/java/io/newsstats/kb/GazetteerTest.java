package io.newsstats.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer BUNDLED = Gazetteer.build(KnowledgeBase.loadBundled());

  @Test
  void namesAliasesDemonymsAndCapitalsAllPointToTheirCountry() {
    assertEquals(List.of(new GazetteerEntry(EntityType.COUNTRY, "PRK", GazetteerEntry.Form.COUNTRY_NAME)),
        BUNDLED.lookup("DPRK"));
    assertEquals(GazetteerEntry.Form.DEMONYM, BUNDLED.lookup("North Koreans").get(0).form());
    assertEquals(GazetteerEntry.Form.CAPITAL, BUNDLED.lookup("Pyongyang").get(0).form());
    assertEquals("TUR", BUNDLED.lookup("Türkiye").get(0).id());
    assertEquals("TUR", BUNDLED.lookup("Turkey").get(0).id());
    assertEquals("USA", BUNDLED.lookup("U.S.").get(0).id());
  }

  @Test
  void lookupIgnoresDiacriticsApostropheStyleHyphensAndCase() {
    assertEquals("CIV", BUNDLED.lookup("Cote d\u2019Ivoire").get(0).id());
    assertEquals("recep-tayyip-erdogan", BUNDLED.lookup("Erdogan").get(0).id());
    assertEquals("kim-jong-un", BUNDLED.lookup("Kim Jong-Un").get(0).id());
  }

  @Test
  void phrasesIncludeTheVariantsTheMatcherMustFind() {
    assertTrue(BUNDLED.phrases().contains("Erdoğan"));
    assertTrue(BUNDLED.phrases().contains("Erdogan"));
    assertTrue(BUNDLED.phrases().contains("Côte d'Ivoire"));
    assertTrue(BUNDLED.phrases().contains("Côte d\u2019Ivoire"));
  }

  @Test
  void ambiguousOrGenericNamesAreNotCountries() {
    assertTrue(BUNDLED.lookup("Korea").isEmpty(), "Korea alone names no single state");
    assertTrue(BUNDLED.lookup("Congo").isEmpty(), "Congo alone names no single state");
    assertTrue(BUNDLED.lookup("Congolese").isEmpty());
  }

  @Test
  void leaderNamesAreFullAndOneWordAliasesShort() {
    assertEquals(GazetteerEntry.Form.LEADER_FULL, BUNDLED.lookup("Vladimir Putin").get(0).form());
    assertEquals(GazetteerEntry.Form.LEADER_SHORT, BUNDLED.lookup("Putin").get(0).form());
    List<String> kims = BUNDLED.lookup("Kim").stream().map(GazetteerEntry::id).sorted().toList();
    // Family name first: "Kim" is short for every Kim who led either Korea (the linker picks by article and date).
    assertTrue(kims.containsAll(List.of("kim-il-sung", "kim-jong-il", "kim-jong-un", "kim-young-sam")), kims.toString());
  }

  @Test
  void aLongNamesFirstAndLastWordIsANameUnlessTheLastIsAnEnglishWord() {
    assertEquals("asif-ali-zardari", BUNDLED.lookup("Asif Zardari").get(0).id());
    assertTrue(BUNDLED.lookup("Juan Mayor").isEmpty(), "Juan Jiménez Mayor: 'San Juan Mayor Carmen Yulin Cruz'");
    assertEquals("juan-jimenez-mayor", BUNDLED.lookup("Juan Jiménez Mayor").get(0).id());
  }

  @Test
  void aNameSharedByTwoCountriesIsRejected() {
    String countries = KnowledgeBaseTest.COUNTRIES.replace("DPRK", "Kremlin");
    KnowledgeBase kb = KnowledgeBaseTest.load(countries, KnowledgeBaseTest.LEADERS, KnowledgeBaseTest.TENURES);
    ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> Gazetteer.build(kb));
    assertTrue(e.getMessage().contains("'kremlin' is used by several countries"), e.getMessage());
  }

  @Test
  void blockersAreMatchedButMarkedBlocked() {
    assertTrue(BUNDLED.phrases().contains("Turkish Airlines"));
    assertTrue(BUNDLED.isBlocked("Turkish Airlines"));
    assertTrue(BUNDLED.isBlocked("New  Mexico"));
    assertFalse(BUNDLED.isBlocked("Mexico"));
  }

  @Test
  void aCountryAliasThatIsAnOrdinaryWordIsNotMatched() {
    Gazetteer gazetteer = Gazetteer.build(KnowledgeBase.loadBundled());
    assertEquals("ISL", gazetteer.ordinaryWordAliases().get("Island"), "Stewart Island is not Iceland");
    assertTrue(gazetteer.lookup("Island").isEmpty());
    assertFalse(gazetteer.lookup("Turkey").isEmpty(), "a word of 'Republic of Turkey'");
    assertFalse(gazetteer.lookup("US").isEmpty(), "an acronym");
  }
}
