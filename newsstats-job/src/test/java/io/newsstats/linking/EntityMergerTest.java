package io.newsstats.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsstats.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMergerTest {
  private static LinkedMention country(String iso3, int begin, int end) {
    return new LinkedMention(EntityType.COUNTRY, iso3, iso3, iso3, new Match(begin, end, iso3, 0), null, null);
  }

  private static LinkedMention leader(String id, int begin, int end) {
    return new LinkedMention(EntityType.LEADER, id, id, "DEU", new Match(begin, end, id, 0), true, "head_of_government");
  }

  @Test
  void withoutEntitiesNothingChanges() {
    List<LinkedMention> linked = List.of(country("GEO", 0, 7));
    assertEquals(linked, EntityMerger.merge(linked, List.of(), offset -> 0).mentions());
  }

  @Test
  void countryInsideAPersonsNameIsDroppedAndThePersonAdded() {
    // "Georgia Hart met officials of Acme Bank in France."
    List<LinkedMention> merged = EntityMerger.merge(List.of(country("GEO", 0, 7), country("FRA", 44, 50)),
        List.of(new NamedEntity(0, 12, "PER", "Georgia Hart"), new NamedEntity(30, 39, "ORG", "Acme Bank"),
            new NamedEntity(44, 50, "LOC", "France")), offset -> 0).mentions();
    assertEquals(List.of("georgia-hart", "acme-bank", "FRA"), merged.stream().map(LinkedMention::entityId).toList());
    assertEquals(EntityType.PERSON, merged.get(0).type());
    assertEquals(EntityType.ORG, merged.get(1).type());
  }

  @Test
  void aPersonWhoIsALinkedLeaderStaysTheLeader() {
    // "Chancellor Olaf Scholz's plan"
    List<LinkedMention> merged = EntityMerger.merge(List.of(leader("olaf-scholz", 11, 22)),
        List.of(new NamedEntity(11, 24, "PER", "Olaf Scholz's")), offset -> 0).mentions();
    assertEquals(List.of("olaf-scholz"), merged.stream().map(LinkedMention::entityId).toList());
    assertEquals("Lena Novak", EntityMerger.displayName(" Lena  Novak's"));
    assertEquals("Lena Novak", EntityMerger.displayName("Lena\n\tNovak"));
    assertEquals("Lena Novak", EntityMerger.displayName("Lena \nNovak"));
  }

  @Test
  void namesVetoCountriesAndLeadersTheyHoldWithAReason() {
    // "Chad Wolf read USA Today at the Bank of Japan; Reggie Bush scored."
    List<NamedEntity> names = List.of(new NamedEntity(0, 9, "PER", "Chad Wolf"),
        new NamedEntity(15, 24, "ORG", "USA Today"), new NamedEntity(32, 45, "ORG", "Bank of Japan"),
        new NamedEntity(47, 58, "PER", "Reggie Bush"));
    EntityMerger.Result result = EntityMerger.merge(List.of(country("TCD", 0, 4), country("USA", 15, 18),
        country("JPN", 40, 45), leader("george-w-bush", 54, 58)), names, offset -> 0);
    assertEquals(List.of(EntityMerger.COUNTRY_IN_PERSON, EntityMerger.COUNTRY_IN_ORG, EntityMerger.LEADER_IN_PERSON),
        result.vetoes().stream().map(EntityMerger.Veto::reason).toList());
    assertEquals(List.of("chad-wolf", "usa-today", "bank-of-japan", "JPN", "reggie-bush"),
        result.mentions().stream().map(LinkedMention::entityId).toList());
  }

  @Test
  void aPlaceOrOrganisationNamedAfterALeaderIsNoMentionOfTheLeader() {
    // "Trump Tower; the Trump Organization; the Blair Government; Putin's Russia; the Reagan administrations."
    String text = "Trump Tower; the Trump Organization; the Blair Government; Putin's Russia; the Reagan administrations.";
    List<NamedEntity> names = new java.util.ArrayList<>();
    List<LinkedMention> leaders = new java.util.ArrayList<>();
    for (String[] span : new String[][] {{"LOC", "Trump Tower", "Trump"}, {"ORG", "Trump Organization", "Trump"},
        {"ORG", "Blair Government", "Blair"}, {"LOC", "Putin's Russia", "Putin"},
        {"ORG", "Reagan administrations", "Reagan"}}) {
      int begin = text.indexOf(span[1]);
      names.add(new NamedEntity(begin, begin + span[1].length(), span[0], span[1]));
      leaders.add(leader(span[2].toLowerCase(java.util.Locale.ROOT), begin, begin + span[2].length()));
    }
    EntityMerger.Result result = EntityMerger.merge(leaders, names, offset -> 0, text);
    assertEquals(List.of(EntityMerger.LEADER_IN_NAME, EntityMerger.LEADER_IN_NAME),
        result.vetoes().stream().map(EntityMerger.Veto::reason).toList());
    assertEquals(List.of("trump-organization", "blair", "blair-government", "putin", "reagan",
        "reagan-administrations"),
        result.mentions().stream().map(LinkedMention::entityId).toList());
  }

  @Test
  void aClubNamedAfterItsCityIsNoMentionOfTheCountry() {
    // "Real Madrid beat Red Star Belgrade at the Bank of Spain Stadium."
    EntityMerger.Result result = EntityMerger.merge(List.of(country("ESP", 5, 11), country("SRB", 26, 34),
        country("ESP", 50, 55)), List.of(new NamedEntity(0, 11, "ORG", "Real Madrid"),
            new NamedEntity(17, 34, "ORG", "Red Star Belgrade"), new NamedEntity(42, 55, "ORG", "Bank of Spain")),
        offset -> 0);
    assertEquals(List.of(EntityMerger.COUNTRY_IN_ORG, EntityMerger.COUNTRY_IN_ORG),
        result.vetoes().stream().map(EntityMerger.Veto::reason).toList());
    assertEquals(List.of("real-madrid", "red-star-belgrade", "bank-of-spain", "ESP"),
        result.mentions().stream().map(LinkedMention::entityId).toList());
  }

  @Test
  void anEventNamedAfterItsHostStillNamesThePlace() {
    // "the Athens Olympics" (the tagger calls the event an ORG)
    EntityMerger.Result result = EntityMerger.merge(List.of(country("GRC", 4, 10)),
        List.of(new NamedEntity(4, 19, "ORG", "Athens Olympics")), offset -> 0);
    assertEquals(List.of(), result.vetoes());
    assertEquals(List.of("GRC", "athens-olympics"), result.mentions().stream().map(LinkedMention::entityId).toList());
  }

  @Test
  void aPersonIsOneIdInTheArticleWithoutTitles() {
    // "President Alexei Navalny spoke. Mr Navalny's aides agreed."
    List<LinkedMention> merged = EntityMerger.merge(List.of(),
        List.of(new NamedEntity(0, 24, "PER", "President Alexei Navalny"),
            new NamedEntity(32, 44, "PER", "Mr Navalny's")), offset -> 0).mentions();
    assertEquals(List.of("alexei-navalny", "alexei-navalny"), merged.stream().map(LinkedMention::entityId).toList());
    assertEquals("Alexei Navalny", merged.get(1).entityName());
    assertEquals(10, merged.get(0).match().begin());
  }

  @Test
  void aSurnameAloneJoinsANameWrittenFamilyNameFirst() {
    // "Lee Sang-min resigned. Mr Lee said Wang Yi agreed, and Wang left."
    String text = "Lee Sang-min resigned. Mr Lee said Wang Yi agreed, and Wang left.";
    List<NamedEntity> names = List.of(new NamedEntity(0, 12, "PER", "Lee Sang-min"),
        new NamedEntity(23, 29, "PER", "Mr Lee"), new NamedEntity(35, 42, "PER", "Wang Yi"),
        new NamedEntity(55, 59, "PER", "Wang"));
    assertEquals("Wang", text.substring(55, 59));
    assertEquals(List.of("lee-sang-min", "lee-sang-min", "wang-yi", "wang-yi"),
        EntityMerger.merge(List.of(), names, offset -> 0).mentions().stream().map(LinkedMention::entityId).toList());
    assertEquals(false, EntityMerger.familyNameFirst(new String[] {"Kim", "Howells"}));
  }

  private static List<String> typedIds(String text, List<NamedEntity> names) {
    return EntityMerger.merge(List.of(), names, offset -> 0, text).mentions().stream()
        .map(m -> m.type() + ":" + m.entityId()).toList();
  }

  @Test
  void aSurnameBeforeTheFullNameJoinsItAndASurnameTaggedAsAFirmIsThePerson() {
    String text = "Glazer makes bid. Malcolm Glazer wants the club. Glazer, who owns a team, said so.";
    assertEquals(List.of("PERSON:malcolm-glazer", "PERSON:malcolm-glazer", "PERSON:malcolm-glazer"),
        typedIds(text, NameTypesTest.spans(text, "PER", "Glazer", "PER", "Malcolm Glazer", "ORG", "Glazer")));
  }

  @Test
  void aLoneWordTheArticleNamesAsAFirmIsTheFirmAnOrdinaryWordNothingAndASurnameAPerson() {
    String text = "Foote Mineral Co agreed. Foote, 83 pct owned by Newmont, agreed. Mr Navalny spoke. Bill passed."
        + " Carragher, Finnan and Hyypia started.";
    assertEquals(List.of("ORG:foote-mineral", "ORG:foote-mineral", "ORG:newmont", "PERSON:navalny",
            "PERSON:carragher", "PERSON:finnan", "PERSON:hyypia"),
        typedIds(text, NameTypesTest.spans(text, "ORG", "Foote Mineral Co", "PER", "Foote", "ORG", "Newmont", "PER", "Navalny",
            "PER", "Bill", "PER", "Carragher", "PER", "Finnan", "PER", "Hyypia")));
  }

  @Test
  void organisationsAreOneIdInTheArticle() {
    String text = "Struthers Wells Corp said. Struthers added. For Airbus the future is big: Airbus Industrie.";
    assertEquals(List.of("ORG:struthers-wells", "ORG:struthers-wells", "ORG:airbus-industrie",
        "ORG:airbus-industrie"),
        typedIds(text, NameTypesTest.spans(text, "ORG", "Struthers Wells Corp", "ORG", "Struthers", "ORG", "For Airbus",
            "ORG", "Airbus Industrie")));
  }

  @Test
  void aPersonsAffiliationIsNoPartOfTheName() {
    String text = "said its lawyer, Emmanuel Gaillard of Shearman and Sterling.";
    assertEquals(List.of("PERSON:emmanuel-gaillard"),
        typedIds(text, NameTypesTest.spans(text, "PER", "Emmanuel Gaillard of Shearman")));
  }

  @Test
  void initialsTheTaggerLeftOutArePartOfTheName() {
    String text = "shareholders John Magnier and JP McManus, and K Mart. The England XV Robinson.";
    assertEquals(List.of("PERSON:john-magnier", "PERSON:jp-mcmanus", "PERSON:robinson"),
        typedIds(text, NameTypesTest.spans(text, "PER", "John Magnier", "PER", "McManus", "PER", "Mart", "PER", "Robinson")));
    String stop = "George Kurtz told NBC. Kurtz said the problem had been fixed.";
    assertEquals(List.of("PERSON:george-kurtz", "PERSON:george-kurtz"),
        typedIds(stop, NameTypesTest.spans(stop, "PER", "George Kurtz", "PER", "Kurtz")));
  }

  @Test
  void aSurnameOfALinkedLeaderIsTheLeaderAndACountryTaggedAsAFirmIsTheCountry() {
    String text = "REAGAN SAYS NO\nPresident Ronald Reagan said Sri Lanka banks would pay.";
    int reagan = text.indexOf("Ronald Reagan");
    int lanka = text.indexOf("Sri Lanka");
    LinkedMention leader = new LinkedMention(EntityType.LEADER, "ronald-reagan", "Ronald Reagan", "USA",
        new Match(reagan, reagan + 13, "Ronald Reagan", 1), true, "head_of_state_and_government");
    LinkedMention country = new LinkedMention(EntityType.COUNTRY, "LKA", "Sri Lanka", "LKA",
        new Match(lanka, lanka + 9, "Sri Lanka", 1), null, null);
    List<LinkedMention> merged = EntityMerger.merge(List.of(leader, country),
        NameTypesTest.spans(text, "PER", "REAGAN", "ORG", "Sri Lanka"), offset -> 0, text).mentions();
    assertEquals(List.of("LEADER:ronald-reagan", "LEADER:ronald-reagan", "COUNTRY:LKA"),
        merged.stream().map(m -> m.type() + ":" + m.entityId()).toList());
  }

  @Test
  void aTitleKeepsOfInTheNameAndInternationalOrganisationsHaveTheirFullNameAsId() {
    String text = "Mary Queen of Scots met the IMF and the International Monetary Fund.";
    assertEquals(List.of("PERSON:mary-queen-of-scots", "ORG:international-monetary-fund",
            "ORG:international-monetary-fund"),
        typedIds(text, NameTypesTest.spans(text, "PER", "Mary Queen of Scots", "ORG", "IMF", "ORG",
            "International Monetary Fund")));
  }

  @Test
  void aRoleWordBeforeAFullNameIsNoPartOfIt() {
    String text = "Striker Didier Drogba";
    int[] range = EntityMerger.personName(text);
    assertEquals("Didier Drogba", text.substring(range[0], range[1]));
    String spokesperson = "Spokesperson He Yadong";
    range = EntityMerger.personName(spokesperson);
    assertEquals("He Yadong", spokesperson.substring(range[0], range[1]));
    String coach = "Coach Carter";  // a role word before one name may be the name itself
    range = EntityMerger.personName(coach);
    assertEquals("Coach Carter", coach.substring(range[0], range[1]));
  }

  @Test
  void aSurnameWithItsParticleOrAnInitialJoinsTheFullName() {
    String text = "Robin van Persie shot. Van Persie scored. Referee Howard Webb watched. H Webb (S Yorkshire)."
        + " Then Persie left. Stephane de La Faverie spoke; De La Faverie agreed.";
    List<NamedEntity> names = new java.util.ArrayList<>();
    int from = 0;
    for (String name : List.of("Robin van Persie", "Van Persie", "Howard Webb", "H Webb", "Persie",
        "Stephane de La Faverie", "De La Faverie")) {
      int begin = text.indexOf(name, from);
      names.add(new NamedEntity(begin, begin + name.length(), "PER", name));
      from = begin + name.length();
    }
    List<LinkedMention> merged = EntityMerger.merge(List.of(), names, offset -> 0, text).mentions();
    // the last "Persie" is short for "Van Persie", itself short for the full name
    assertEquals(List.of("robin-van-persie", "robin-van-persie", "howard-webb", "howard-webb", "robin-van-persie",
        "stephane-de-la-faverie", "stephane-de-la-faverie"),
        merged.stream().map(LinkedMention::entityId).toList());
  }

  @Test
  void clergyMilitaryAndLegislatorsTitlesAndASeeAfterThemAreNoPartOfTheName() {
    for (String[] nameAndPerson : new String[][] {{"Archbishop Desmond Tutu", "Desmond Tutu"},
        {"Rep. Charles Stenholm", "Charles Stenholm"}, {"Archbishop of Canterbury Dr Rowan Williams", "Rowan Williams"},
        {"Mary Queen of Scots", "Mary Queen of Scots"}, {"Justices Clarke", "Clarke"}}) {
      int[] person = EntityMerger.personName(nameAndPerson[0]);
      assertEquals(nameAndPerson[1], nameAndPerson[0].substring(person[0], person[1]));
    }
  }

  @Test
  void aGivenNameAloneJoinsTheOneFullNameThatBeginsWithIt() {
    String text = "Aryna Sabalenka lost. \"Aryna played great,\" Iga said. Iga Swiatek met Iga Nowak; Iga left.";
    List<NamedEntity> names = new java.util.ArrayList<>();
    int from = 0;
    for (String name : List.of("Aryna Sabalenka", "Aryna", "Iga", "Iga Swiatek", "Iga Nowak", "Iga")) {
      int begin = text.indexOf(name, from);
      names.add(new NamedEntity(begin, begin + name.length(), "PER", name));
      from = begin + name.length();
    }
    List<LinkedMention> merged = EntityMerger.merge(List.of(), names, offset -> 0, text).mentions();
    assertEquals(List.of("aryna-sabalenka", "aryna-sabalenka", "iga", "iga-swiatek", "iga-nowak", "iga"),
        merged.stream().map(LinkedMention::entityId).toList());
  }

  @Test
  void bothNationalitiesAtTheHeadOfAnOrganisationAreVetoed() {
    // "The British and Irish Lions toured."
    List<LinkedMention> merged = EntityMerger.merge(List.of(country("GBR", 4, 11), country("IRL", 16, 21)),
        List.of(new NamedEntity(4, 28, "ORG", "British and Irish Lions")), offset -> 0).mentions();
    assertEquals(List.of("british-and-irish-lions"), merged.stream().map(LinkedMention::entityId).toList());
  }
}
