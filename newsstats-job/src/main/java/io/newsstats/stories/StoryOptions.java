package io.newsstats.stories;

/**
 * How a run treats syndicated copies: {@code detection} finds them (null: off, every article is its
 * own story); with {@code firstCopyOnly} the daily tables count each story's earliest copy only,
 * otherwise every copy (the mentions and article_tone tables always hold every copy).
 */
public record StoryOptions(StoryDetection.Settings detection, boolean firstCopyOnly) {
  public static final StoryOptions DEFAULT = new StoryOptions(StoryDetection.Settings.DEFAULT, false);
  public static final StoryOptions OFF = new StoryOptions(null, false);

  public StoryOptions {
    if (detection == null && firstCopyOnly) {
      throw new IllegalArgumentException("--copies first needs story detection (--stories on)");
    }
  }

  public boolean detects() {
    return detection != null;
  }
}
