package io.newsstats.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
  static final String COUNTRIES_HEADER = "iso3,iso2,name,official_name,kind,un_status,aliases,demonyms,capitals,region,subregion,source\n";
  static final String COUNTRIES = COUNTRIES_HEADER
      + "RUS,RU,Russia,Russian Federation,sovereign,member,Kremlin,Russian|Russians,Moscow,Europe,Eastern Europe,test\n"
      + "PRK,KP,North Korea,Democratic People's Republic of Korea,sovereign,member,DPRK,North Korean,Pyongyang,Asia,Eastern Asia,test\n";
  static final String LEADERS = "id,name,primary_country,aliases,source\n"
      + "vladimir-putin,Vladimir Putin,RUS,Putin,test\n";
  static final String TENURES = "leader_id,country,role,title,start_date,end_date,source\n"
      + "vladimir-putin,RUS,head_of_state,President,2012-05-07,,test\n";

  static KnowledgeBase load(String countries, String leaders, String tenures) {
    Map<String, String> files = new HashMap<>();
    files.put(KnowledgeBase.COUNTRIES, countries);
    files.put(KnowledgeBase.LEADERS, leaders);
    files.put(KnowledgeBase.TENURES, tenures);
    return KnowledgeBase.load(name -> files.containsKey(name)
        ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null);
  }

  @Test
  void bundledDataCoversEveryUnMemberAndTheRequiredNonMembers() {
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    assertEquals(250, kb.countries().size());
    long unMembers = kb.countries().stream().filter(c -> c.unStatus().equals("member")).count();
    assertEquals(193, unMembers);
    for (String iso3 : new String[] {"PSE", "TWN", "XKX", "VAT"}) {
      assertTrue(kb.country(iso3).sovereign(), iso3 + " is listed as a state");
    }
    assertEquals("observer", kb.country("VAT").unStatus());
  }

  @Test
  void bundledLeadersHaveSlugIdsAndTenures() {
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    for (String id : new String[] {"vladimir-putin", "kim-jong-un", "kim-jong-il", "recep-tayyip-erdogan"}) {
      assertNotNull(kb.leader(id), id);
    }
    Leader putin = kb.leader("vladimir-putin");
    assertTrue(putin.inOfficeOn(LocalDate.of(2024, 6, 19)));
    assertEquals("head_of_government", putin.tenureOn(LocalDate.of(2010, 1, 1)).orElseThrow().role());
    assertFalse(kb.leader("kim-jong-il").inOfficeOn(LocalDate.of(2024, 6, 19)));
    assertTrue(kb.version().startsWith("sha256:"));
  }

  @Test
  void monarchOfSeveralRealmsIsCountedForTheirOwnCountry() {
    Leader charles = KnowledgeBase.loadBundled().leader("charles-iii");
    assertEquals("GBR", charles.tenureOn(LocalDate.of(2024, 1, 1)).orElseThrow().country());
  }

  @Test
  void tenureEndDayBelongsToTheSuccessor() {
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    LocalDate inauguration = LocalDate.of(2025, 1, 20);
    assertFalse(kb.leader("joe-biden").inOfficeOn(inauguration));
    assertTrue(kb.leader("donald-trump").inOfficeOn(inauguration));
  }

  @Test
  void smallValidFilesLoad() {
    KnowledgeBase kb = load(COUNTRIES, LEADERS, TENURES);
    assertEquals(2, kb.countries().size());
    assertEquals("Vladimir Putin", kb.leader("vladimir-putin").name());
  }

  @Test
  void malformedRowsAreNamedWithFileAndLine() {
    assertError("countries.csv line 3: iso3 'PR' is not three upper-case letters",
        COUNTRIES.replace("PRK,KP", "PR,KP"), LEADERS, TENURES);
    assertError("countries.csv line 3: duplicate iso3 'RUS'", COUNTRIES.replace("PRK,KP", "RUS,KP"), LEADERS, TENURES);
    assertError("countries.csv line 2: kind 'state' is not one of [sovereign, territory]",
        COUNTRIES.replace("sovereign,member,Kremlin", "state,member,Kremlin"), LEADERS, TENURES);
    assertError("tenures.csv line 2: country 'XXX' is not a country code in countries.csv",
        COUNTRIES, LEADERS, TENURES.replace("RUS,head", "XXX,head"));
    assertError("tenures.csv line 2: start_date '2012-13-07' is not a date (YYYY-MM-DD)",
        COUNTRIES, LEADERS, TENURES.replace("2012-05-07", "2012-13-07"));
    assertError("tenures.csv line 2: end_date 2000-01-01 is not after start_date 2012-05-07",
        COUNTRIES, LEADERS, TENURES.replace("2012-05-07,", "2012-05-07,2000-01-01"));
    assertError("tenures.csv line 2: role 'tsar' is not one of",
        COUNTRIES, LEADERS, TENURES.replace("head_of_state", "tsar"));
    assertError("leaders.csv line 2: id 'putin' does not match name 'Vladimir Putin' (expected 'vladimir-putin')",
        COUNTRIES, LEADERS.replace("vladimir-putin,", "putin,"), TENURES);
    assertError("leaders.csv line 3: duplicate id 'vladimir-putin'",
        COUNTRIES, LEADERS + "vladimir-putin,Vladimir Putin,RUS,,test\n", TENURES);
    assertError("tenures.csv: leader_id 'kim-jong-un' is not in leaders.csv",
        COUNTRIES, LEADERS, TENURES + "kim-jong-un,PRK,supreme_leader,Leader,2011-12-17,,test\n");
    assertError("leaders.csv line 3: leader 'kim-jong-un' has no tenure in tenures.csv",
        COUNTRIES, LEADERS + "kim-jong-un,Kim Jong Un,PRK,Kim,test\n", TENURES);
    assertError("countries.csv: missing column 'capitals'",
        COUNTRIES.replace(",capitals,", ",capital,"), LEADERS, TENURES);
    assertError("countries.csv line 4: expected 12 fields, found 3", COUNTRIES + "AAA,BB,C\n", LEADERS, TENURES);
  }

  private static void assertError(String expectedStart, String countries, String leaders, String tenures) {
    ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> load(countries, leaders, tenures));
    assertTrue(e.getMessage().startsWith(expectedStart), "message was: " + e.getMessage());
  }
}
