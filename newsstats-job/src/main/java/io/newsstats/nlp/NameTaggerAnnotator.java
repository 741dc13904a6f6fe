package io.newsstats.nlp;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.AnnotatorModel;
import com.johnsnowlabs.nlp.AnnotatorType;
import com.johnsnowlabs.nlp.HasSimpleAnnotate;
import io.newsstats.ner.tagger.NameTagger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * The bundled name tagger as a Spark NLP annotator, for a Spark NLP user's own pipeline: sentences
 * (DOCUMENT) and tokens (TOKEN) in, one NAMED_ENTITY annotation per token out holding its IOB2 tag,
 * as NerDLModel gives them, so a NerConverter after it makes the chunks. It has Params only (the
 * model is the one in the jar, or a name-tagger file named by {@code model}) and is written and
 * read with the rest of a PipelineModel.
 *
 * <pre>
 * NameTaggerAnnotator names = new NameTaggerAnnotator();
 * names.setInputCols(new String[] {"sentence", "token"});
 * names.setOutputCol("ner");
 * </pre>
 */
public final class NameTaggerAnnotator extends AnnotatorModel<NameTaggerAnnotator>
    implements HasSimpleAnnotate<NameTaggerAnnotator> {
  private static final long serialVersionUID = 1L;
  public static final String BUNDLED = "bundled";

  // Spark ML's Params read the owner's uid while the superclass constructor runs, before a Java
  // subclass can set a field; the uid being built is kept here for that moment.
  private static final ThreadLocal<String> CONSTRUCTING = new ThreadLocal<>();
  private static final Map<String, NameTagger> LOADED = new ConcurrentHashMap<>();

  private final String uid;
  private final Param<String> model;

  public NameTaggerAnnotator() {
    this(Identifiable$.MODULE$.randomUID("NAME_TAGGER"));
  }

  /** The constructor Spark ML's readers call. */
  public NameTaggerAnnotator(String uid) {
    this(constructing(uid), true);
  }

  private NameTaggerAnnotator(String uid, boolean unused) {
    super();
    this.uid = uid;
    CONSTRUCTING.remove();
    HasSimpleAnnotate.$init$(this);
    model = new Param<>(this, "model", "'bundled' (the tagger in the jar) or the path of a name-tagger model file");
    setDefault(model, BUNDLED);
  }

  private static String constructing(String uid) {
    CONSTRUCTING.set(uid);
    return uid;
  }

  /** For PipelineModel.load: the Params are all there is to read. */
  public static MLReader<NameTaggerAnnotator> read() {
    return new DefaultParamsReader<>();
  }

  public static NameTaggerAnnotator load(String path) {
    return read().load(path);
  }

  @Override
  public String uid() {
    return uid != null ? uid : CONSTRUCTING.get();
  }

  public Param<String> model() {
    return model;
  }

  public NameTaggerAnnotator setModel(String value) {
    set(model, value);
    return this;
  }

  public String getModel() {
    return $(model);
  }

  @Override
  public String outputAnnotatorType() {
    return AnnotatorType.NAMED_ENTITY();
  }

  @Override
  public String[] inputAnnotatorTypes() {
    return new String[] {AnnotatorType.DOCUMENT(), AnnotatorType.TOKEN()};
  }

  @Override
  public Seq<Annotation> annotate(Seq<Annotation> annotations) {
    NameTagger tagger = tagger(getModel());
    // Tokens by sentence, in the order the tokenizer gave them.
    Map<String, List<Annotation>> bySentence = new LinkedHashMap<>();
    for (Annotation a : JavaConverters.seqAsJavaList(annotations)) {
      if (a.annotatorType().equals(AnnotatorType.TOKEN())) {
        bySentence.computeIfAbsent(a.metadata().getOrElse("sentence", () -> "0"), k -> new ArrayList<>()).add(a);
      }
    }
    List<Annotation> out = new ArrayList<>();
    for (Map.Entry<String, List<Annotation>> sentence : bySentence.entrySet()) {
      List<Annotation> tokens = sentence.getValue();
      String[] tags = tokenTags(tagger, tokens);
      for (int i = 0; i < tokens.size(); i++) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put("word", tokens.get(i).result());
        metadata.put("sentence", sentence.getKey());
        out.add(new Annotation(AnnotatorType.NAMED_ENTITY(), tokens.get(i).begin(), tokens.get(i).end(), tags[i],
            JavaConverters.mapAsScalaMap(metadata), new float[0]));
      }
    }
    return JavaConverters.asScalaBuffer(out).toSeq();
  }

  /**
   * One IOB tag per token, tagged as the fast engine tags them ({@link NameSpans#wordStarts}): a hyphenated
   * name is one word, whose tag its first token takes and the rest continue.
   */
  private static String[] tokenTags(NameTagger tagger, List<Annotation> annotations) {
    List<AnnotatedArticle.Token> tokens = new ArrayList<>(annotations.size());
    for (Annotation a : annotations) {
      tokens.add(new AnnotatedArticle.Token(a.begin(), a.end() + 1, a.result(), 0));  // Spark NLP's end is inclusive
    }
    int[] words = NameSpans.wordStarts(tokens);
    String[] wordTags = tagger.tag(NameSpans.texts(tokens, words));
    String[] tags = new String[tokens.size()];
    for (int w = 0; w < wordTags.length; w++) {
      tags[words[w]] = wordTags[w];
      for (int t = words[w] + 1; t < words[w + 1]; t++) {
        tags[t] = wordTags[w].equals("O") ? "O" : "I-" + wordTags[w].substring(2);
      }
    }
    return tags;
  }

  /** The tagger a model setting names, read once per JVM (executors share it between tasks). */
  static NameTagger tagger(String model) {
    if (model.equals(BUNDLED)) {
      return NameTagger.bundled();
    }
    return LOADED.computeIfAbsent(model, path -> {
      try {
        Path file = new Path(path);
        try (InputStream in = file.getFileSystem(new Configuration()).open(file)) {
          return NameTagger.read(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("name-tagger model " + path + ": " + e.getMessage(), e);
      }
    });
  }
}
