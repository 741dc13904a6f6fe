package io.newsstats.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsstats.kb.EntityType;
import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.nlp.ArticleAnalyzer;
import io.newsstats.nlp.FastAnalyzer;
import io.newsstats.sentiment.Lexicon;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The failure classes real journalism showed, each as a sentence run through the real tokenizer,
 * matcher and linker (no Spark): full names from the full-name sources, spelling variants,
 * surnames bound within the article, and names taken for places.
 */
class RealNamesLinkingTest {
  private static final KnowledgeBase KB = KnowledgeBase.loadBundled();
  private static final Gazetteer GAZETTEER = Gazetteer.build(KB);
  private static final FastAnalyzer ANALYZER = new FastAnalyzer(
      new ArticleAnalyzer(new EntityLinker(KB, GAZETTEER), Lexicon.bundledVader()), GAZETTEER.phrases());

  /** With the bundled name tagger, as the job runs by default. */
  private static final FastAnalyzer TAGGING = new FastAnalyzer(new ArticleAnalyzer(new EntityLinker(KB, GAZETTEER),
      Lexicon.bundledVader(), io.newsstats.sentiment.ToneModel.RULES, true), GAZETTEER.phrases());

  private static Set<String> found(String text, String date, EntityType type) {
    return found(ANALYZER, text, date, type);
  }

  private static Set<String> found(FastAnalyzer analyzer, String text, String date, EntityType type) {
    Set<String> ids = new TreeSet<>();
    analyzer.analyze(text, LocalDate.parse(date)).mentions().stream().map(m -> m.mention())
        .filter(m -> m.type() == type).forEach(m -> ids.add(m.entityId()));
    return ids;
  }

  private static Set<String> leaders(String text, String date) {
    return found(text, date, EntityType.LEADER);
  }

  private static Set<String> countries(String text, String date) {
    return found(text, date, EntityType.COUNTRY);
  }

  @Test
  void leadersOnceKnownBySurnameOnlyHaveTheirFullNames() {
    assertEquals(Set.of("robert-mugabe"), leaders("Zimbabwe President Robert Mugabe spoke.", "2005-03-01"));
    assertEquals(Set.of("omar-al-bashir"), leaders("Sudan's Omar al-Bashir flew to Cairo.", "2010-03-01"));
    assertEquals(Set.of("nawaz-sharif"), leaders("Nawaz Sharif was sworn in.", "2013-06-05"));
    assertEquals(Set.of("morgan-tsvangirai"), leaders("Prime Minister Morgan Tsvangirai met donors.", "2010-05-01"));
    assertEquals(Set.of("kim-young-sam"), leaders("Kim Young-sam was president in the 1990s.", "2015-11-22"));
  }

  @Test
  void aFormerLeadersSurnameAloneIsThatLeaderWhenTheTaggerReadsAPerson() {
    String trump = "Republicans rallied behind Trump on Tuesday. Trump said the United States would cut taxes.";
    assertEquals(Set.of("donald-trump"), found(TAGGING, trump, "2024-12-01", EntityType.LEADER));
    assertEquals(Set.of(), found(TAGGING, trump, "2024-12-01", EntityType.PERSON));
    String obama = "Obama told the crowd in Philadelphia that democracy in the United States was at stake.";
    assertEquals(Set.of("barack-obama"), found(TAGGING, obama, "2024-03-01", EntityType.LEADER));
    assertEquals(Set.of(), found(TAGGING, obama, "2030-03-01", EntityType.LEADER), "more than eight years on");
    String biden = "Biden delivered the State of the Union address as Trump campaigned in Atlanta.";
    assertEquals(Set.of("donald-trump", "joe-biden"), found(TAGGING, biden, "2024-03-07", EntityType.LEADER),
        "a leader of the country linked in the article names it too");
    String tariffs = "Trump said he would impose tariffs on Mexico and Canada on his first day in office.";
    assertEquals(Set.of("donald-trump"), found(TAGGING, tariffs, "2024-12-01", EntityType.LEADER),
        "a curated leader needs no country of theirs named");
    assertEquals(Set.of(), found(TAGGING, "Napoli beat Roma to stay top of Serie A. Conte praised his players after"
        + " the match, and Lukaku scored the winner.", "2024-11-25", EntityType.LEADER), "but not in a match report");
    assertEquals(Set.of(), found(TAGGING, "Magufuli's critics rallied in Nairobi, Kenya.", "2024-06-01",
        EntityType.LEADER), "a leader of the bulk sources does (John Magufuli, Tanzania, until 2021)");
    assertEquals(Set.of(), found(TAGGING, "Cameron scored twice as England beat Wales.", "2005-02-01",
        EntityType.LEADER), "a future leader");
    assertEquals(Set.of(), found(TAGGING, "England beat Wales. Goodridge; Garvey, Blair; Paul, Gomarsall.",
        "2010-02-01", EntityType.LEADER), "a line-up");
    assertEquals(Set.of(), found(TAGGING, "Analyst Dennis Telzrow of Eppler, Geurin and Turner said Canada agreed.",
        "1987-06-01", EntityType.LEADER), "the last name of a firm's list");
  }

  @Test
  void spellingVariantsNameTheSamePerson() {
    assertEquals(Set.of("omar-al-bashir"), leaders("Omar el-Bashir denied it.", "2010-03-01"));
    assertEquals(Set.of("salome-zourabichvili"), leaders("Salome Zurabishvili spoke.", "2020-03-01"));
    assertEquals(Set.of("salome-zourabichvili"), leaders("Salome Zourabichvili spoke.", "2020-03-01"));
    assertEquals(Set.of("denis-sassou-nguesso"), leaders("Denis Sassou Nguesso won.", "2021-03-25"));
    assertEquals(Set.of("volodymyr-zelenskyy"), leaders("Volodymyr Zelenskiy spoke.", "2023-03-01"));
    assertEquals(Set.of("gotabaya-rajapaksa"), leaders("Gotabhaya Rajapaksa fled.", "2022-07-13"));
    assertEquals(Set.of("GNB"), countries("Troops in Guinea Bissau stayed.", "2022-02-01"));
  }

  @Test
  void todaysFirmsAgenciesAndBossesAreFoundWhereTheTaggerMissesThem() {
    String business = "Nvidia shares rose 5% after the chipmaker beat forecasts. Google's Sundar Pichai said demand "
        + "was strong. The Food and Drug Administration approved the drug; Hezbollah fired rockets.";
    assertEquals(Set.of("nvidia", "google", "food-and-drug-administration", "hezbollah"),
        found(TAGGING, business, "2024-08-10", EntityType.ORG));
    assertEquals(Set.of("sundar-pichai"), found(TAGGING, business, "2024-08-10", EntityType.PERSON));
    String gnp = "Japan's gross national product rose, the Economic Planning Agency (EPA) said. The EPA expects more.";
    assertEquals(Set.of("economic-planning-agency"), found(TAGGING, gnp, "1987-03-10", EntityType.ORG),
        "an acronym the article spells out is not the listed body's");
    String club = "Man Utd beat Arsenal; the Red Devils' manager Alex Ferguson was pleased.";
    assertEquals(true, found(TAGGING, club, "2005-01-10", EntityType.ORG).contains("manchester-united"));
  }

  @Test
  void formerStatesCountForTheirSuccessors() {
    assertEquals(Set.of("COD", "SRB", "CZE"), countries("Zaire sold cobalt to Yugoslavia and Czechoslovakia.",
        "1987-04-01"));
    assertEquals(Set.of("SRB", "ZMB"), countries("Yugoslav officials visited Northern Rhodesia.", "1960-04-01"));
  }

  @Test
  void aSurnameBindsToTheLastFullNameInTheArticle() {
    String obituary = "Former South Korean president Kim Young-sam has died. Mr Kim led the country in the 1990s.";
    assertEquals(Set.of("kim-young-sam"), leaders(obituary, "2015-11-22"));
    String minister = "South Korean minister Kim Young-ho met officials. Mr Kim said talks went well.";
    assertEquals(Set.of(), leaders(minister, "2024-06-19"));
    String tories = "Tory leader Michael Howard attacked the plan. Mr Howard said it would fail.";
    assertEquals(Set.of(), leaders(tories, "2005-02-10"));
    String both = "Prime Minister John Howard called. Michael Howard said no. Later Mr Howard spoke again.";
    assertEquals(Set.of("john-howard"), leaders(both, "2005-02-10"), "the last full name before 'Mr Howard' is not a leader");
    assertEquals(Set.of("john-howard"), leaders("Prime Minister John Howard called. Mr Howard spoke.", "2005-02-10"));
  }

  @Test
  void aSurnameBesideAnotherNameIsSomeoneElse() {
    assertEquals(Set.of(), leaders("Higher Education Minister Kim Howells said so.", "2005-02-10"));
    assertEquals(Set.of(), leaders("Its chief executive, Sir Howard Newby, agreed.", "2005-02-10"));
    assertEquals(Set.of(), leaders("Tennis player Juan Carlos Ferrero won.", "2005-02-10"));
    assertEquals(Set.of(), leaders("Midfielder Shaun Wright-Phillips scored.", "2005-02-10"));
    assertEquals(Set.of("george-w-bush"), leaders("President George W. Bush spoke.", "2005-02-10"));
    assertEquals(Set.of("mikheil-saakashvili"), leaders("Georgia's president, Mikhail Saakashvili, spoke.", "2005-02-10"),
        "a transliterated given name is still the leader's");
  }

  @Test
  void aListOfUnknownNamesIsNotALeader() {
    assertEquals(Set.of(), leaders("He visits Manchester, Liverpool, Leicester and Bath.", "2005-04-10"));
    assertEquals(Set.of("luiz-inacio-lula-da-silva"), leaders("In Rio de Janeiro, Lula greeted guests.", "2024-11-18"));
    assertEquals(Set.of(), leaders("Liam Fox spoke. Dr Fox said the plan would fail.", "2005-04-10"));
  }

  @Test
  void attorneyIsATitle() {
    String text = "US Attorney Paul McNulty said the company had misled investors for years, and prosecutors agreed.";
    assertEquals(Set.of("paul-mcnulty"), found(TAGGING, text, "2005-01-15", EntityType.PERSON));
    assertEquals(Set.of("USA"), found(TAGGING, text, "2005-01-15", EntityType.COUNTRY));
  }

  @Test
  void georgiasOwnPlacesAndOfficesMakeItTheUsState() {
    assertEquals(Set.of(), countries("Voters in Georgia's Fulton County waited as Atlanta officials extended hours.",
        "2024-11-05"));
    assertEquals(Set.of("GEO"), countries("Georgia's parliament in Tbilisi passed the law.", "2024-05-14"));
  }

  @Test
  void aCommonWordSurnameNeedsATitle() {
    assertEquals(Set.of("theresa-may"), leaders("Mrs May met the cabinet.", "2017-06-01"));
    assertEquals(Set.of(), leaders("The vote is due in May.", "2017-06-01"));
  }

  @Test
  void namesAndTitlesAreNotCountries() {
    assertEquals(Set.of(), countries("Head writer Tony Jordan left.", "2005-01-10"));
    assertEquals(Set.of(), countries("She will marry executive Jordan Bratman.", "2005-01-10"));
    assertEquals(Set.of(), countries("Macken, Weaver, Onuoha, Jordan. Bosvelt.", "2005-01-10"));
    assertEquals(Set.of("JOR"), countries("Investors met in Amman, Jordan.", "2005-01-10"));
    assertEquals(Set.of("DZA", "EGY", "JOR"), countries("They are from Algeria, Egypt and Jordan.", "2005-01-10"));
    assertEquals(Set.of(), countries("He told Agence France-Presse and USA Today.", "2005-01-10"));
    assertEquals(Set.of(), countries("She grew up in Lebanon, Pennsylvania.", "2005-01-10"));
  }

  @Test
  void georgiaIsTheUsStateWhenNothingGeorgianIsNear() {
    assertFalse(countries("US rap duo OutKast topped the charts. The Georgia pair won.", "2004-11-15").contains("GEO"));
    assertTrue(countries("The US praised Ukraine and Georgia.", "2005-01-25").contains("GEO"));
    assertTrue(countries("Georgia's president met US officials in Tbilisi.", "2005-01-25").contains("GEO"));
  }
}
