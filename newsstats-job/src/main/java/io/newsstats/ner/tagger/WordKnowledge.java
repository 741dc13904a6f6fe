package io.newsstats.ner.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the tagger knows about words beyond the training sentences: clusters of GloVe vectors (a
 * stand-in for Brown clusters: words used alike share a cluster, so "Mugabe" and "Tsvangirai"
 * look alike even when only one was in the training data) and name lists from the knowledge base
 * (countries, capitals, demonyms, leaders, given names). Both are stored in the model file, so
 * the features seen in the job are the ones the model was trained with.
 */
public final class WordKnowledge {
  /** Name-list kinds, as bits of one mask per phrase. */
  public static final int COUNTRY = 1;
  public static final int CAPITAL = 2;
  public static final int DEMONYM = 4;
  public static final int LEADER = 8;
  public static final int GIVEN_NAME = 16;
  public static final int SURNAME = 32;
  static final int KINDS = 6;
  static final int MAX_PHRASE = 4;

  private final LongIntMap clusters;
  private final LongIntMap names;

  private WordKnowledge(LongIntMap clusters, LongIntMap names) {
    this.clusters = clusters;
    this.names = names;
  }

  /** Fine cluster * 4096 + coarse cluster, or -1 for a word without a vector. */
  int cluster(long lowerHash) {
    return clusters.get(lowerHash);
  }

  /** The kinds a phrase of lower-cased token hashes is listed as (0 when none). */
  int kinds(long phraseHash) {
    int kinds = names.get(phraseHash);
    return kinds < 0 ? 0 : kinds;
  }

  public int clusterCount() {
    return clusters.size();
  }

  public int nameCount() {
    return names.size();
  }

  /** Builds the lists while training. */
  public static final class Builder {
    private final LongIntMap clusters = new LongIntMap(1 << 17);
    private final LongIntMap names = new LongIntMap(1 << 15);

    public Builder cluster(String word, int fine, int coarse) {
      clusters.put(Hashing.lower(word), fine * 4096 + coarse);
      return this;
    }

    /** A name of the given kind; split on white space the way the tokenizer would split it. */
    public Builder name(String name, int kind) {
      List<String> tokens = simpleTokens(name);
      if (tokens.isEmpty() || tokens.size() > MAX_PHRASE) {
        return this;
      }
      long[] hashes = new long[tokens.size()];
      for (int i = 0; i < hashes.length; i++) {
        hashes[i] = Hashing.lower(tokens.get(i));
      }
      long key = Hashing.phrase(hashes, 0, hashes.length);
      int old = names.get(key);
      names.put(key, (old < 0 ? 0 : old) | kind);
      return this;
    }

    public WordKnowledge build() {
      return new WordKnowledge(clusters, names);
    }
  }

  /** Words and punctuation apart: "Guinea-Bissau" is Guinea, -, Bissau as the tokenizers split it. */
  static List<String> simpleTokens(String name) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '.' || c == '\'') {
        word.append(c);
      } else {
        if (word.length() > 0) {
          tokens.add(word.toString());
          word.setLength(0);
        }
        if (!Character.isWhitespace(c)) {
          tokens.add(String.valueOf(c));
        }
      }
    }
    if (word.length() > 0) {
      tokens.add(word.toString());
    }
    return tokens;
  }

  void write(DataOutputStream out) throws IOException {
    writeMap(out, clusters);
    writeMap(out, names);
  }

  static WordKnowledge read(DataInputStream in) throws IOException {
    return new WordKnowledge(readMap(in), readMap(in));
  }

  static void writeMap(DataOutputStream out, LongIntMap map) throws IOException {
    out.writeInt(map.size());
    map.forEach((key, value) -> {
      out.writeLong(key);
      out.writeInt(value);
    });
  }

  static LongIntMap readMap(DataInputStream in) throws IOException {
    int size = in.readInt();
    LongIntMap map = new LongIntMap(size);
    for (int i = 0; i < size; i++) {
      map.put(in.readLong(), in.readInt());
    }
    return map;
  }
}
