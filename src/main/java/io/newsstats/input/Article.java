package io.newsstats.input;

import java.time.LocalDate;

/** An accepted input record. {@code text} is the body the offsets in the outputs refer to. */
public record Article(String id, LocalDate published, String source, String title, String text,
    String url, String language) {}
