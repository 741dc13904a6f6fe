package io.newsstats.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Texts written for these tests, in the style of a news paragraph. */
class LanguageIdTest {
  private static String code(String text) {
    return LanguageId.detect(text).code();
  }

  @Test
  void englishNewsAndWebTextAreEnglish() {
    assertEquals("en", code("Russian President Vladimir Putin landed in North Korea early on Wednesday for talks"
        + " with Kim Jong Un, and the two men praised their growing friendship at the airport."));
    assertEquals("en", code("honestly the service was great, would go back again!! staff were friendly and the"
        + " food came out quick. only downside is parking"));
    assertTrue(LanguageId.looksEnglish("The minister said that the talks would resume in the spring."));
  }

  @Test
  void otherLanguagesAreNamed() {
    assertEquals("fr", code("Le président russe est arrivé mercredi en Corée du Nord pour des entretiens avec le"
        + " dirigeant du pays, et les deux hommes ont salué leur amitié croissante."));
    assertEquals("de", code("Der russische Präsident ist am Mittwoch zu Gesprächen mit dem Machthaber des Landes in"
        + " Nordkorea eingetroffen, und beide lobten ihre wachsende Freundschaft."));
    assertEquals("es", code("El presidente ruso llegó el miércoles a Corea del Norte para conversar con el líder del"
        + " país, y ambos elogiaron su creciente amistad en el aeropuerto."));
    assertEquals("pt", code("O presidente russo chegou na quarta-feira à Coreia do Norte para conversações com o"
        + " líder do país, e os dois elogiaram a sua crescente amizade."));
    assertEquals("it", code("Il presidente russo è arrivato mercoledì in Corea del Nord per colloqui con il leader"
        + " del paese, e i due hanno elogiato la loro crescente amicizia."));
    assertEquals("nl", code("De Russische president is woensdag in Noord-Korea aangekomen voor gesprekken met de"
        + " leider van het land, en beide mannen prezen hun groeiende vriendschap."));
    assertEquals("ru", code("Президент России прибыл в среду в Северную Корею для переговоров с лидером страны,"
        + " и оба похвалили свою растущую дружбу."));
    assertEquals("tr", code("Rusya Devlet Başkanı çarşamba günü ülkenin lideriyle görüşmek üzere Kuzey Kore'ye geldi"
        + " ve iki lider büyüyen dostluklarını övdü."));
  }

  @Test
  void chineseJapaneseAndKoreanByTheirScripts() {
    assertEquals("zh", code("俄罗斯总统周三抵达朝鲜，与该国领导人举行会谈，两人称赞了双方日益增长的友谊。"));
    assertEquals("ja", code("ロシアの大統領は水曜日に北朝鮮に到着し、同国の指導者と会談した。両者は友好を称賛した。"));
    assertEquals("ko", code("러시아 대통령이 수요일 북한에 도착해 그 나라의 지도자와 회담을 가졌으며 두 사람은 우정을 칭찬했다."));
  }

  @Test
  void tooLittleTextIsEnglishButUncertain() {
    LanguageId.Guess guess = LanguageId.detect("Kenya, Ghana.");
    assertEquals("en", guess.code());
    assertTrue(guess.uncertain());
    assertFalse(LanguageId.detect("Ghana and Kenya signed a trade agreement on Monday, and officials in Accra said"
        + " that it was the first of its kind.")
        .uncertain());
  }

  @Test
  void headlinesInCapitalsAndTablesOfFiguresAreTooLittleToTell() {
    // wire copy the n-grams would call Malay or Swedish: no running text to judge by
    assertTrue(LanguageId.detect("****** TRINOVA CORP 3RD QTR SHR 52 CTS VS 43 CTS\n Blah blah blah.").uncertain());
    LanguageId.Guess table = LanguageId.detect("SOMERSET BANCORP INC 3RD QTR NET.\nNet 1,137,000 vs 1,185,000\n"
        + "    Nine mths\n    Shr 2.17 dlrs vs 2.03 dlrs\n    Net 3,645,000 vs 3,384,000\n"
        + "    Assets 374.4 mln vs 355.4 mln\n    NOTE: Per shr data in qtr not disclosed.\n Reuter");
    assertEquals("en", table.code());
    assertTrue(table.uncertain());
  }
}
