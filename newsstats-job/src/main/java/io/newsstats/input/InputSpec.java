package io.newsstats.input;

/** One --input as given by the user, with its resolved format and the bytes it holds. */
public record InputSpec(String path, InputFormat format, long bytes) {}
