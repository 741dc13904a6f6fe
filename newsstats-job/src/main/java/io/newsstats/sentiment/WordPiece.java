package io.newsstats.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as Hugging Face's tokenizers library runs it for
 * BGE-small-en-v1.5 and all-MiniLM-L6-v2, which share BERT's uncased vocabulary (BertNormalizer with lower-casing and accent stripping, BertPreTokenizer,
 * WordPiece with "##" continuations). Plain Java, no native library; its parity with the Python
 * tokenizer the encoder was trained with is checked by WordPieceTest on cases that tokenizer wrote.
 */
public final class WordPiece implements Serializable {
  private static final int MAX_WORD_CHARS = 100;
  private final Map<String, Integer> ids;
  private final int unknown;

  public WordPiece(List<String> vocabulary) {
    ids = new HashMap<>(vocabulary.size() * 2);
    for (int i = 0; i < vocabulary.size(); i++) {
      ids.putIfAbsent(vocabulary.get(i), i);
    }
    unknown = id("[UNK]");
  }

  /** A vocabulary file: one token per line, the line number its id. */
  public static WordPiece read(InputStream in) throws IOException {
    List<String> vocabulary = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        vocabulary.add(line);
      }
    }
    return new WordPiece(vocabulary);
  }

  /** The id of a token of the vocabulary (a special token such as "[CLS]"). */
  public int id(String token) {
    Integer id = ids.get(token);
    if (id == null) {
      throw new IllegalArgumentException("the vocabulary has no token '" + token + "'");
    }
    return id;
  }

  /** The ids of a text's word pieces, without special tokens. */
  public List<Integer> encode(String text) {
    List<Integer> out = new ArrayList<>();
    for (String word : words(normalize(text))) {
      pieces(word, out);
    }
    return out;
  }

  /** Cleans control characters, spaces out CJK ideographs, strips accents and lower-cases. */
  static String normalize(String text) {
    StringBuilder cleaned = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == 0 || c == 0xFFFD || isControl(c)) {
        continue;
      }
      if (isWhitespace(c)) {
        cleaned.append(' ');
      } else if (isCjk(c)) {
        cleaned.append(' ').appendCodePoint(c).append(' ');
      } else {
        cleaned.appendCodePoint(c);
      }
    }
    String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(new String(Character.toChars(c)).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** Splits on white space, and makes each punctuation character a word of its own. */
  static List<String> words(String normalized) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < normalized.length(); ) {
      int c = normalized.codePointAt(i);
      i += Character.charCount(c);
      if (isWhitespace(c)) {
        flush(word, words);
      } else if (isPunctuation(c)) {
        flush(word, words);
        words.add(new String(Character.toChars(c)));
      } else {
        word.appendCodePoint(c);
      }
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /** Greedy longest match from the left; a word with a part the vocabulary lacks is one [UNK]. */
  private void pieces(String word, List<Integer> out) {
    if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
      out.add(unknown);
      return;
    }
    int size = out.size();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer found = null;
      while (end > start) {
        String piece = start == 0 ? word.substring(start, end) : "##" + word.substring(start, end);
        found = ids.get(piece);
        if (found != null) {
          break;
        }
        end = Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 > start ? end - 2 : end - 1;
      }
      if (found == null) {
        while (out.size() > size) {
          out.remove(out.size() - 1);
        }
        out.add(unknown);
        return;
      }
      out.add(found);
      start = end;
    }
  }

  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static boolean isControl(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE || type == Character.SURROGATE;
  }

  private static boolean isPunctuation(int c) {
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  private static boolean isCjk(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
  }
}
