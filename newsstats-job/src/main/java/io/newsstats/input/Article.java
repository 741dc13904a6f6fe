package io.newsstats.input;

import java.time.LocalDate;

/**
 * An accepted input record. {@code text} is the body the offsets in the outputs refer to;
 * {@code language} is the code the record gave or the one detected ("en"), and
 * {@code languageUncertain} says there was too little text to tell (English is then assumed).
 */
public record Article(String id, LocalDate published, String source, String title, String text,
    String url, String language, boolean languageUncertain) {

  public Article(String id, LocalDate published, String source, String title, String text, String url,
      String language) {
    this(id, published, source, title, text, url, language, false);
  }
}
