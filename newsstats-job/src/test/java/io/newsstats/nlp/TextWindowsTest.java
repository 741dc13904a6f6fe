package io.newsstats.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextWindowsTest {
  @Test
  void aTextThatFitsIsOneWindow() {
    assertArrayEquals(new int[] {0}, TextWindows.starts("short text", 20));
    assertArrayEquals(new int[] {0}, TextWindows.starts("", 20));
  }

  @Test
  void cutsAtTheLastBlankLineThenLineBreakThenSentenceEnd() {
    assertArrayEquals(new int[] {0, 13}, TextWindows.starts("aaaa\n\nbb\ncc\n\nddddddd", 14));
    assertArrayEquals(new int[] {0, 8}, TextWindows.starts("aaaa bb\ncc ddddddd", 14));
    assertArrayEquals(new int[] {0, 8}, TextWindows.starts("Aa. Bb. Cc dd ee ff", 12));
  }

  @Test
  void withoutAnyBoundaryCutsAtWhiteSpaceOrAnywhereButInsideASurrogatePair() {
    assertArrayEquals(new int[] {0, 9}, TextWindows.starts("aaaa bbb cccccc", 10));
    String emoji = "\uD83D\uDE00";
    String text = "aaa" + emoji + emoji + emoji;  // the pair at 5-6 straddles the 6-character limit
    int[] starts = TextWindows.starts(text, 6);
    assertEquals(5, starts[1]);
    for (int start : starts) {
      assertTrue(!Character.isLowSurrogate(text.charAt(start)));
    }
  }

  @Test
  void windowsCoverTheTextInOrderAndNeverExceedTheLimit() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      text.append(i % 7 == 0 ? "\n\n" : i % 3 == 0 ? ". The " : " ").append("word").append(i);
    }
    int[] starts = TextWindows.starts(text.toString(), 1_000);
    assertEquals(0, starts[0]);
    for (int w = 0; w < starts.length; w++) {
      int end = w + 1 < starts.length ? starts[w + 1] : text.length();
      assertTrue(end > starts[w] && end - starts[w] <= 1_000);
    }
  }
}
