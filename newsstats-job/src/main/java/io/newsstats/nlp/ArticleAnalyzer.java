package io.newsstats.nlp;

import io.newsstats.linking.EntityLinker;
import io.newsstats.linking.EntityMerger;
import io.newsstats.linking.LinkedMention;
import io.newsstats.ner.tagger.NameTagger;
import io.newsstats.sentiment.DocumentTone;
import io.newsstats.sentiment.Lexicon;
import io.newsstats.sentiment.MentionTone;
import io.newsstats.sentiment.PreparedSentence;
import io.newsstats.sentiment.SentenceToneScorer;
import io.newsstats.sentiment.ToneEncoder;
import io.newsstats.sentiment.ToneModel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Links the matches of an annotated article and scores the tone of its sentences and of the whole. */
public final class ArticleAnalyzer implements Serializable {
  private final EntityLinker linker;
  private final SentenceToneScorer scorer;
  private final MentionTone mentionTone;
  private final ToneEncoder encoder;
  private final Lexicon lexicon;
  private final boolean tagNames;
  private final io.newsstats.linking.NameTypes nameTypes;

  /** Mention tone by the rules alone, no name tagger. */
  public ArticleAnalyzer(EntityLinker linker, Lexicon lexicon) {
    this(linker, lexicon, ToneModel.RULES, false);
  }

  /**
   * @param toneModel what scores the tone toward each mention
   * @param tagNames whether the bundled name tagger finds people and organisations in articles that
   *     bring no NER spans of their own (from a --ner model)
   */
  public ArticleAnalyzer(EntityLinker linker, Lexicon lexicon, ToneModel toneModel, boolean tagNames) {
    this.tagNames = tagNames;
    this.linker = linker;
    this.lexicon = lexicon;
    this.scorer = new SentenceToneScorer(lexicon);
    this.mentionTone = new MentionTone(lexicon, toneModel.linear());
    this.encoder = toneModel.encoder();
    this.nameTypes = new io.newsstats.linking.NameTypes(linker.placeWords(), linker.demonyms());
  }

  private ArticleAnalyzer(ArticleAnalyzer other, boolean tagNames) {
    this.tagNames = tagNames;
    this.linker = other.linker;
    this.lexicon = other.lexicon;
    this.scorer = other.scorer;
    this.mentionTone = other.mentionTone;
    this.encoder = other.encoder;
    this.nameTypes = other.nameTypes;
  }

  /** Whether articles without NER spans of their own get the bundled name tagger's. */
  public boolean tagsNames() {
    return tagNames;
  }

  /** The same analysis for articles whose names an annotator before it has tagged. */
  public ArticleAnalyzer withNamesTaggedBefore() {
    return new ArticleAnalyzer(this, false);
  }

  public ArticleAnalysis analyze(AnnotatedArticle article) {
    int sentenceCount = article.sentences().size();
    List<List<AnnotatedArticle.Token>> tokensBySentence = new ArrayList<>(sentenceCount);
    List<List<String>> wordsBySentence = new ArrayList<>(sentenceCount);
    for (int i = 0; i < sentenceCount; i++) {
      tokensBySentence.add(new ArrayList<>());
      wordsBySentence.add(new ArrayList<>());
    }
    List<String> allTokens = new ArrayList<>(article.tokens().size());
    for (AnnotatedArticle.Token token : article.tokens()) {
      allTokens.add(token.text());
      if (token.sentenceIndex() >= 0 && token.sentenceIndex() < sentenceCount) {
        tokensBySentence.get(token.sentenceIndex()).add(token);
        wordsBySentence.get(token.sentenceIndex()).add(token.text());
      }
    }
    // Each sentence is lower-cased and scored once, however many mentions it holds.
    PreparedSentence[] prepared = new PreparedSentence[sentenceCount];
    for (int i = 0; i < sentenceCount; i++) {
      prepared[i] = PreparedSentence.of(wordsBySentence.get(i), scorer);
    }
    String[] sentenceText = new String[sentenceCount];
    EntityLinker.Result linked = linker.link(article.matches(), article.published(), article.text());
    List<io.newsstats.linking.NamedEntity> entities = article.entities();
    if (entities.isEmpty() && tagNames) {
      entities = NameSpans.find(article.text(), tokensBySentence, NameTagger.bundled());
    }
    if (tagNames || !entities.isEmpty()) {  // --ner none: no person or organisation at all
      entities = nameTypes.settle(entities, article.text());
    }
    EntityMerger.Result merged = EntityMerger.merge(linked, entities,
        offset -> sentenceAt(article.sentences(), offset), article.text());
    List<LinkedMention> all = merged.mentions();
    // The encoder gets all of an article's mentions in one request; the linear model and the rules one by one.
    double[][] encoded = encoder == null ? null : encode(article, all, sentenceCount, sentenceText);
    List<ArticleAnalysis.ScoredMention> mentions = new ArrayList<>(all.size());
    for (int m = 0; m < all.size(); m++) {
      LinkedMention mention = all.get(m);
      int sentence = mention.match().sentenceIndex();
      if (sentence < 0 || sentence >= sentenceCount) {
        mentions.add(new ArticleAnalysis.ScoredMention(mention, 0.0, 0.0, "neutral", null));
        continue;
      }
      String text = sentenceText(article, sentence, sentenceText);
      MentionTone.Result tone;
      if (encoded != null) {
        tone = MentionTone.of(encoded[m]);
      } else {
        int[] range = AnnotatedArticle.tokenRange(tokensBySentence.get(sentence), mention.match().begin(),
            mention.match().end());
        tone = mentionTone.score(prepared[sentence], range == null ? -1 : range[0], range == null ? -1 : range[1]);
      }
      mentions.add(new ArticleAnalysis.ScoredMention(mention, prepared[sentence].tone(), tone.tone(), tone.label(),
          text));
    }
    return new ArticleAnalysis(DocumentTone.of(allTokens, lexicon), sentenceCount, mentions,
        linked.unresolved() - merged.formerLeaders(),
        merged.vetoes());
  }

  /** The encoder's class probabilities for each mention that lies in a sentence (null for the others). */
  private double[][] encode(AnnotatedArticle article, List<LinkedMention> all, int sentenceCount, String[] sentenceText) {
    List<ToneEncoder.Target> targets = new ArrayList<>();
    int[] targetOf = new int[all.size()];
    for (int m = 0; m < all.size(); m++) {
      LinkedMention mention = all.get(m);
      int sentence = mention.match().sentenceIndex();
      targetOf[m] = -1;
      if (sentence >= 0 && sentence < sentenceCount) {
        int start = article.sentences().get(sentence).begin();
        String text = sentenceText(article, sentence, sentenceText);
        int begin = Math.max(0, Math.min(text.length(), mention.match().begin() - start));
        int end = Math.max(begin, Math.min(text.length(), mention.match().end() - start));
        targetOf[m] = targets.size();
        targets.add(new ToneEncoder.Target(text, begin, end));
      }
    }
    double[][] scored = encoder.probabilities(targets);
    double[][] out = new double[all.size()][];
    for (int m = 0; m < all.size(); m++) {
      out[m] = targetOf[m] < 0 ? null : scored[targetOf[m]];
    }
    return out;
  }

  private static String sentenceText(AnnotatedArticle article, int sentence, String[] cache) {
    if (cache[sentence] == null) {
      AnnotatedArticle.Span span = article.sentences().get(sentence);
      cache[sentence] = article.text().substring(span.begin(), span.end());
    }
    return cache[sentence];
  }

  /** The index of the sentence containing a character offset (-1 when none does). */
  static int sentenceAt(List<AnnotatedArticle.Span> sentences, int offset) {
    // Sentences are in text order and do not overlap: binary search (a scan per name was quadratic).
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      AnnotatedArticle.Span span = sentences.get(mid);
      if (offset < span.begin()) {
        hi = mid - 1;
      } else if (offset >= span.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
