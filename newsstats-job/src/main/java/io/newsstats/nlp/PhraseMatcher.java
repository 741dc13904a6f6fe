package io.newsstats.nlp;

import io.newsstats.linking.Match;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every gazetteer phrase in a token sequence: a trie over tokens, walked from each token,
 * case-sensitive, never across a sentence boundary. Reports all matches, overlapping ones included;
 * the linker chooses among them.
 */
public final class PhraseMatcher implements Serializable {
  private final Node root = new Node();

  private static final class Node implements Serializable {
    final Map<String, Node> children = new HashMap<>(4);
    boolean terminal;
  }

  public PhraseMatcher(Collection<String> phrases, NewsTokenizer tokenizer) {
    for (String phrase : phrases) {
      Node node = root;
      for (String token : tokenizer.phraseTokens(phrase)) {
        node = node.children.computeIfAbsent(token, t -> new Node());
      }
      if (node != root) {
        node.terminal = true;
      }
    }
  }

  public List<Match> find(String text, List<AnnotatedArticle.Token> tokens) {
    List<Match> matches = new ArrayList<>();
    for (int start = 0; start < tokens.size(); start++) {
      AnnotatedArticle.Token first = tokens.get(start);
      Node node = root.children.get(first.text());
      int k = start;
      while (node != null) {
        if (node.terminal) {
          int end = tokens.get(k).end();
          matches.add(new Match(first.begin(), end, text.substring(first.begin(), end), first.sentenceIndex()));
        }
        k++;
        if (k >= tokens.size() || tokens.get(k).sentenceIndex() != first.sentenceIndex()) {
          break;
        }
        node = node.children.get(tokens.get(k).text());
      }
    }
    return matches;
  }
}
