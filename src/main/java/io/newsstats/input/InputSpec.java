package io.newsstats.input;

/** One --input as given by the user, with its resolved format. */
public record InputSpec(String path, InputFormat format) {}
