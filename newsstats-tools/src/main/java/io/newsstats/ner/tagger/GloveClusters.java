package io.newsstats.ner.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * Word clusters from GloVe vectors by k-means on unit-length vectors (cosine), at two
 * granularities: the tagger's stand-in for Brown clusters. Seeded, so a rebuild gives the same
 * clusters.
 */
public final class GloveClusters {
  private GloveClusters() {}

  public record Clusters(List<String> words, int[] fine, int[] coarse) {}

  public static Clusters build(Path gloveFile, int fineCount, int coarseCount, int iterations, long seed)
      throws IOException {
    List<String> words = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        gloveFile.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(gloveFile), 1 << 16)
            : Files.newInputStream(gloveFile), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] parts = line.split(" ");
        float[] v = new float[parts.length - 1];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
          v[i] = Float.parseFloat(parts[i + 1]);
          norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.max(1e-9, Math.sqrt(norm)));
        for (int i = 0; i < v.length; i++) {
          v[i] *= scale;
        }
        words.add(parts[0]);
        vectors.add(v);
      }
    }
    float[][] data = vectors.toArray(new float[0][]);
    return new Clusters(words, kmeans(data, fineCount, iterations, seed), kmeans(data, coarseCount, iterations, seed + 1));
  }

  static int[] kmeans(float[][] data, int k, int iterations, long seed) {
    int n = data.length;
    int dim = data[0].length;
    Random random = new Random(seed);
    float[][] centres = new float[k][];
    for (int c = 0; c < k; c++) {
      centres[c] = data[random.nextInt(n)].clone();
    }
    int[] assignment = new int[n];
    for (int iteration = 0; iteration < iterations; iteration++) {
      float[][] current = centres;
      IntStream.range(0, n).parallel().forEach(i -> {
        float best = Float.NEGATIVE_INFINITY;
        int bestCentre = 0;
        float[] v = data[i];
        for (int c = 0; c < k; c++) {
          float[] centre = current[c];
          float dot = 0;
          for (int d = 0; d < dim; d++) {
            dot += v[d] * centre[d];
          }
          if (dot > best) {
            best = dot;
            bestCentre = c;
          }
        }
        assignment[i] = bestCentre;
      });
      float[][] sums = new float[k][dim];
      int[] sizes = new int[k];
      for (int i = 0; i < n; i++) {
        sizes[assignment[i]]++;
        for (int d = 0; d < dim; d++) {
          sums[assignment[i]][d] += data[i][d];
        }
      }
      for (int c = 0; c < k; c++) {
        if (sizes[c] == 0) {
          sums[c] = data[random.nextInt(n)].clone(); // an empty cluster restarts at a random word
          continue;
        }
        double norm = 0;
        for (int d = 0; d < dim; d++) {
          norm += sums[c][d] * sums[c][d];
        }
        float scale = (float) (1 / Math.max(1e-9, Math.sqrt(norm)));
        for (int d = 0; d < dim; d++) {
          sums[c][d] *= scale;
        }
      }
      centres = sums;
    }
    return assignment;
  }
}
