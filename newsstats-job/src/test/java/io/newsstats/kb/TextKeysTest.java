package io.newsstats.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextKeysTest {
  @Test
  void slugsAreLowercaseAsciiHyphenated() {
    assertEquals("recep-tayyip-erdogan", TextKeys.slug("Recep Tayyip Erdoğan"));
    assertEquals("kim-jong-un", TextKeys.slug("Kim Jong Un"));
    assertEquals("george-w-bush", TextKeys.slug("George W. Bush"));
    assertEquals("massimo-d-alema", TextKeys.slug("Massimo D'Alema"));
    assertEquals("binali-yildirim", TextKeys.slug("Binali Yıldırım"));
  }

  @Test
  void keysFoldCaseDiacriticsApostrophesHyphensAndSpaces() {
    assertEquals("cote d'ivoire", TextKeys.key("Côte d\u2019Ivoire"));
    assertEquals("kim jong un", TextKeys.key("Kim  Jong-un"));
    assertEquals("turkiye", TextKeys.key("TÜRKIYE"));
  }
}
