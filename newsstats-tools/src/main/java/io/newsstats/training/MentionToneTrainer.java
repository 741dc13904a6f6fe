package io.newsstats.training;

import io.newsstats.eval.NewsMtsc;
import io.newsstats.sentiment.Lexicon;
import io.newsstats.sentiment.MentionTone;
import io.newsstats.sentiment.MentionToneModel;
import io.newsstats.sentiment.SentenceToneScorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trains the mention-tone model: {@link io.newsstats.sentiment.ToneFeatures} of each NewsMTSC target, features seen in at
 * least {@code minCount} training targets, and Spark MLlib's multinomial logistic regression with
 * L2 regularisation and class weights that balance negative, neutral and positive.
 */
public final class MentionToneTrainer {
  private final Lexicon lexicon;
  private final double regParam;
  private final int minCount;

  public MentionToneTrainer(Lexicon lexicon, double regParam, int minCount) {
    this.lexicon = lexicon;
    this.regParam = regParam;
    this.minCount = minCount;
  }

  public MentionToneModel train(SparkSession spark, List<NewsMtsc.Example> examples, String description) {
    SentenceToneScorer scorer = new SentenceToneScorer(lexicon);
    MentionTone featurizer = new MentionTone(lexicon, null);
    List<Map<String, Double>> featureMaps = new ArrayList<>();
    List<Integer> golds = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (NewsMtsc.Example e : examples) {
      if (e.first() < 0) {
        continue;  // the target's characters fall inside a token: no position to read features around
      }
      Map<String, Double> f = featurizer.features(e.tokens(), e.first(), e.last(), scorer.score(e.tokens()));
      featureMaps.add(f);
      golds.add(e.gold());
      f.keySet().forEach(name -> counts.merge(name, 1, Integer::sum));
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    new TreeMap<>(counts).forEach((name, count) -> {
      if (count >= minCount || !name.contains(":") || name.startsWith("lex:") || name.startsWith("rule:")) {
        index.put(name, index.size());
      }
    });
    int[] perClass = new int[3];
    golds.forEach(g -> perClass[g]++);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < featureMaps.size(); i++) {
      TreeMap<Integer, Double> sparse = new TreeMap<>();
      featureMaps.get(i).forEach((name, value) -> {
        Integer at = index.get(name);
        if (at != null && value != 0) {
          sparse.put(at, value);
        }
      });
      int gold = golds.get(i);
      rows.add(RowFactory.create((double) gold, golds.size() / (3.0 * perClass[gold]),
          Vectors.sparse(index.size(), sparse.keySet().stream().mapToInt(Integer::intValue).toArray(),
              sparse.values().stream().mapToDouble(Double::doubleValue).toArray())));
    }
    StructType schema = new StructType().add("label", DataTypes.DoubleType).add("weight", DataTypes.DoubleType)
        .add("features", SQLDataTypes.VectorType());
    Dataset<Row> data = spark.createDataFrame(rows, schema);
    LogisticRegression lr = new LogisticRegression();
    lr.setFamily("multinomial");
    lr.setRegParam(regParam);
    lr.setElasticNetParam(0.0);
    lr.setStandardization(false);
    lr.setMaxIter(300);
    lr.setTol(1e-7);
    lr.setWeightCol("weight");
    LogisticRegressionModel fitted = lr.fit(data);
    Matrix coefficients = fitted.coefficientMatrix();
    Map<String, double[]> weights = new HashMap<>();
    index.forEach((name, at) -> weights.put(name,
        new double[] {coefficients.apply(0, at), coefficients.apply(1, at), coefficients.apply(2, at)}));
    double[] intercept = fitted.interceptVector().toArray();
    return new MentionToneModel(weights, intercept, String.format(Locale.ROOT,
        "%s; %d targets (negative %d, neutral %d, positive %d), %d features, regParam %.2g, minCount %d",
        description, golds.size(), perClass[0], perClass[1], perClass[2], index.size(), regParam, minCount));
  }
}
