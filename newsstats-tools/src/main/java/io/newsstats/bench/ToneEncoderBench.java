package io.newsstats.bench;

import io.newsstats.eval.NewsMtsc;
import io.newsstats.job.ToneModelLoader;
import io.newsstats.sentiment.MentionTone;
import io.newsstats.sentiment.ToneEncoder;
import io.newsstats.sentiment.ToneModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;

/**
 * Time per target and macro-F1 of a tone encoder on a NewsMTSC file, for each batch size and thread
 * count given: what the choices in docs/tone.md were measured with. The first 100 targets warm up.
 * Usage: ToneEncoderBench NEWSMTSC.jsonl MODEL THREADS,... BATCH,...   (MODEL as --tone-model)
 */
public final class ToneEncoderBench {
  private ToneEncoderBench() {}

  public static void main(String[] args) throws Exception {
    List<NewsMtsc.Example> examples = NewsMtsc.read(Path.of(args[0]));
    List<ToneEncoder.Target> targets = examples.stream()
        .map(e -> new ToneEncoder.Target(e.sentence(), e.from(), e.to())).toList();
    int run = 0;
    for (String threads : args[2].split(",")) {
      for (String batch : args[3].split(",")) {
        // Each run's sentences end in spaces of their own: no run reads another's cached tones.
        String suffix = " ".repeat(++run);
        ToneModel model = ToneModelLoader.load(args[1], new Configuration(), Integer.parseInt(threads));
        ToneEncoder encoder = model.encoder().withBatch(Integer.parseInt(batch));
        encoder.probabilities(targets.subList(0, 100).stream()
            .map(t -> new ToneEncoder.Target(t.sentence() + suffix, t.begin(), t.end())).toList());
        List<ToneEncoder.Target> timed = targets.subList(100, targets.size()).stream()
            .map(t -> new ToneEncoder.Target(t.sentence() + suffix, t.begin(), t.end())).toList();
        long start = System.nanoTime();
        double[][] p = encoder.probabilities(timed);
        double ms = (System.nanoTime() - start) / 1e6 / timed.size();
        int[][] confusion = new int[3][3];
        for (int i = 0; i < timed.size(); i++) {
          String label = MentionTone.of(p[i]).label();
          confusion[examples.get(i + 100).gold()][label.equals("negative") ? 0 : label.equals("positive") ? 2 : 1]++;
        }
        System.out.printf(Locale.ROOT, "threads=%s batch=%s targets=%d ms_per_target=%.2f macro_f1=%.3f%n",
            threads, batch, timed.size(), ms, macroF1(confusion));
      }
    }
  }

  private static double macroF1(int[][] c) {
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      int predicted = c[0][k] + c[1][k] + c[2][k];
      int actual = c[k][0] + c[k][1] + c[k][2];
      double p = predicted == 0 ? 0 : (double) c[k][k] / predicted;
      double r = actual == 0 ? 0 : (double) c[k][k] / actual;
      sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    return sum / 3;
  }
}
