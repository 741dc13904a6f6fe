package io.newsstats.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsstats.kb.EntityType;
import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.KnowledgeBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
  private static final KnowledgeBase KB = KnowledgeBase.loadBundled();
  private static final EntityLinker LINKER = new EntityLinker(KB, Gazetteer.build(KB));
  private static final LocalDate SUMMIT = LocalDate.of(2024, 6, 19);

  /** Matches for each listed phrase at its first occurrence after the previous one, all in sentence 0. */
  private static List<Match> matchesIn(String text, String... phrases) {
    List<Match> matches = new ArrayList<>();
    int from = 0;
    for (String phrase : phrases) {
      int begin = text.indexOf(phrase, from);
      matches.add(new Match(begin, begin + phrase.length(), phrase, 0));
      from = begin + 1;
    }
    return matches;
  }

  private static List<String> ids(EntityLinker.Result result) {
    return result.mentions().stream().map(LinkedMention::entityId).toList();
  }

  @Test
  void longestMatchWinsOverTheNamesInsideIt() {
    String text = "Papua New Guinea and Guinea-Bissau met South Sudan and Niger.";
    List<Match> matches = matchesIn(text, "Papua New Guinea", "Guinea", "Guinea-Bissau", "Guinea", "South Sudan",
        "Sudan", "Niger");
    assertEquals(List.of("PNG", "GNB", "SSD", "NER"), ids(LINKER.link(matches, SUMMIT)));
  }

  @Test
  void overlapResolutionKeepsTextOrder() {
    List<Match> kept = EntityLinker.longestNonOverlapping(List.of(
        new Match(10, 16, "Guinea", 0), new Match(0, 16, "Papua New Guinea", 0), new Match(20, 25, "Sudan", 0)));
    assertEquals(List.of(0, 20), kept.stream().map(Match::begin).toList());
  }

  @Test
  void surnameResolvesToTheLeaderNamedInFullEarlier() {
    String text = "Putin met Kim Jong Un. Putin last met Kim Jong Il in 2000. Kim said";
    EntityLinker.Result result = LINKER.link(
        matchesIn(text, "Putin", "Kim Jong Un", "Putin", "Kim Jong Il", "Kim"), SUMMIT);
    assertEquals(List.of("vladimir-putin", "kim-jong-un", "vladimir-putin", "kim-jong-il", "kim-jong-il"), ids(result));
    assertEquals(0, result.unresolved());
  }

  @Test
  void surnameWithoutContextResolvesToTheOneLeaderInOffice() {
    String text = "Trump spoke.";
    assertEquals(List.of("donald-trump"), ids(LINKER.link(matchesIn(text, "Trump"), LocalDate.of(2025, 3, 1))));
    assertEquals(List.of("kim-jong-un"), ids(LINKER.link(matchesIn("Kim spoke.", "Kim"), SUMMIT)));
    assertEquals(List.of("kim-jong-il"), ids(LINKER.link(matchesIn("Kim spoke.", "Kim"), LocalDate.of(2005, 1, 1))));
  }

  @Test
  void surnameOfNoLeaderInOfficeStaysUnresolvedAndIsCounted() {
    EntityLinker.Result result = LINKER.link(matchesIn("Blair spoke.", "Blair"), SUMMIT);
    assertTrue(result.mentions().isEmpty());
    assertEquals(1, result.unresolved());
  }

  @Test
  void surnameSharedByTwoLeadersInOfficeIsUnresolved() {
    // "Li" is both premiers Li Keqiang (2013-2023) and Li Qiang (2023-): only one at a time.
    assertEquals(List.of("li-qiang"), ids(LINKER.link(matchesIn("Li spoke.", "Li"), SUMMIT)));
    assertEquals(List.of("li-keqiang"), ids(LINKER.link(matchesIn("Li spoke.", "Li"), LocalDate.of(2016, 1, 1))));
  }

  @Test
  void aNameTwoLeadersShareIsTheOneNearestInTime() {
    // "George Bush" in 1987 (vice-president then) is George H. W. Bush, out of office; in 2005, George W.
    String text = "Vice-President George Bush met Reagan.";
    EntityLinker.Result in1987 = LINKER.link(matchesIn(text, "George Bush", "Reagan"), LocalDate.of(1987, 3, 2), text);
    assertEquals(List.of("george-h-w-bush", "ronald-reagan"), ids(in1987));
    assertFalse(in1987.mentions().get(0).inOffice());
    assertTrue(in1987.mentions().get(1).inOffice());
    assertEquals(List.of("george-w-bush"), ids(LINKER.link(matchesIn(text, "George Bush"), LocalDate.of(2005, 3, 2), text)));
    // A titled surname out of office: the leader nearest in time of a country the article names.
    String papandreou = "Greek Prime Minister Papandreou spoke in Athens. Greece will vote.";
    assertEquals(List.of("andreas-papandreou"), ids(LINKER.link(matchesIn(papandreou, "Papandreou"),
        LocalDate.of(1987, 3, 2), papandreou)).stream().filter(id -> id.contains("papandreou")).toList());
  }

  @Test
  void afterAPersonsFullNameTheBareNameIsThePersonUnlessTheTextPointsToTheCountry() {
    String sport = "Guard Michael Jordan scored 40 points. Jordan then rested, and Jordan smiled.";
    assertEquals(List.of(), ids(LINKER.link(matchesIn(sport, "Jordan", "Jordan", "Jordan"), SUMMIT, sport)));
    String visit = "Guard Michael Jordan flew to Amman. Jordan welcomed him, and Jordan's king spoke.";
    assertEquals(List.of("JOR", "JOR"), ids(LINKER.link(matchesIn(visit, "Jordan", "Jordan", "Jordan"), SUMMIT, visit)));
    String economy = "Jordan's key economic priorities were set out on Monday.";
    assertEquals(List.of("JOR"), ids(LINKER.link(matchesIn(economy, "Jordan"), SUMMIT, economy)));
  }

  @Test
  void aSeatOfPowerCountsOnlyInAnArticleAboutItsCountry() {
    String harare = "Mugabe's Blue House compound in Harare was guarded.";
    assertEquals(List.of(), ids(LINKER.link(matchesIn(harare, "Blue House"), SUMMIT, harare)));
    String seoul = "The Blue House said South Korea would respond.";
    assertEquals(List.of("KOR", "KOR"), ids(LINKER.link(matchesIn(seoul, "Blue House", "South Korea"), SUMMIT, seoul)));
  }

  @Test
  void familyNameFirstBindsTheFirstWord() {
    // 2009: Kim Jong Il is in office in the North; "Mr Kim" is the Kim the article named
    String text = "Former South Korean president Kim Dae-jung died on Tuesday. Mr Kim won the Nobel peace prize.";
    assertEquals(List.of("kim-dae-jung", "kim-dae-jung"),
        ids(LINKER.link(matchesIn(text, "Kim Dae-jung", "Kim"), LocalDate.of(2009, 8, 18), text)));
  }

  @Test
  void leaderMentionsCarryTheirCountryRoleAndWhetherInOffice() {
    EntityLinker.Result result = LINKER.link(matchesIn("Kim Jong Il and Vladimir Putin", "Kim Jong Il",
        "Vladimir Putin"), SUMMIT);
    LinkedMention kimJongIl = result.mentions().get(0);
    assertEquals(EntityType.LEADER, kimJongIl.type());
    assertEquals("PRK", kimJongIl.country());
    assertFalse(kimJongIl.inOffice());
    assertEquals("supreme_leader", kimJongIl.role());
    LinkedMention putin = result.mentions().get(1);
    assertTrue(putin.inOffice());
    assertEquals("RUS", putin.country());
    assertEquals("head_of_state", putin.role());
  }

  @Test
  void countriesCarryTheirOwnCode() {
    LinkedMention russia = LINKER.link(matchesIn("the Russians", "Russians"), SUMMIT).mentions().get(0);
    assertEquals(EntityType.COUNTRY, russia.type());
    assertEquals("RUS", russia.entityId());
    assertEquals("Russia", russia.entityName());
    assertEquals("RUS", russia.country());
  }

  @Test
  void matchesOutsideTheGazetteerAreIgnoredNotCounted() {
    EntityLinker.Result result = LINKER.link(List.of(new Match(0, 5, "Zzzzz", 0)), SUMMIT);
    assertTrue(result.mentions().isEmpty());
    assertEquals(0, result.unresolved());
  }

  @Test
  void blockerPhrasesWinTheLongestMatchAndYieldNoMention() {
    String text = "Michael Jordan visited Jordan, then New Mexico and Atlanta, Georgia, then Georgia.";
    EntityLinker.Result result = LINKER.link(matchesIn(text, "Michael Jordan", "Jordan", "Jordan", "New Mexico",
        "Mexico", "Atlanta, Georgia", "Georgia", "Georgia"), SUMMIT);
    assertEquals(List.of("JOR", "GEO"), ids(result));
    assertEquals(0, result.unresolved(), "a blocked phrase is not an unresolved mention");
  }
}
