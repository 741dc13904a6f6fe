package io.newsstats.ner.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameShapesTest {
  private static final String[] TAGS = {"O", "B-PER", "I-PER"};

  private static boolean[] row(String sentence, int token) {
    return NameShapes.allowed(sentence.split(" "), TAGS)[token];
  }

  @Test
  void namesBeginWithACapitalAndRunThroughParticlesNotNumbersOrOtherWords() {
    assertArrayEquals(new boolean[] {true, true, true}, row("Omar al Bashir spoke", 0));
    assertArrayEquals(new boolean[] {true, false, true}, row("Omar al Bashir spoke", 1), "a particle goes on, never begins");
    assertArrayEquals(new boolean[] {true, false, false}, row("Omar al Bashir spoke", 3));
    assertArrayEquals(new boolean[] {true, false, false}, row("Adnan Al Talyani 55", 3));
    assertArrayEquals(new boolean[] {true, false, true}, row("Marks & Spencer", 1));
    assertTrue(row("talks with al-Bashir", 2)[1], "a capital anywhere in the token");
  }

  @Test
  void lowerCasedTextIsLeftToTheModel() {
    assertTrue(row("saeed anwar run out", 0)[1]);
    assertTrue(row("saeed anwar run out", 2)[2]);
    assertFalse(row("Saeed anwar run out", 2)[2]);
  }

  @Test
  void aHyphenatedKoreanGivenNameGoesOn() {
    assertArrayEquals(new boolean[] {true, false, true}, row("Lee Sang - min resigned", 3), "Lee Sang-min");
    assertArrayEquals(new boolean[] {true, false, false}, row("Lee Sang - min resigned", 4));
    assertArrayEquals(new boolean[] {true, false, false}, row("A pro - government rally", 3), "no capital before");
  }
}
