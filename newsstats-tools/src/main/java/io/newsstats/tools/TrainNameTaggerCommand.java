package io.newsstats.tools;

import io.newsstats.cli.NewsStatsCli;

import io.newsstats.input.InvalidInputException;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.ner.ChunkScores;
import io.newsstats.ner.tagger.ConllSentences;
import io.newsstats.ner.tagger.NameTagger;
import io.newsstats.ner.tagger.NameTaggerTrainer;
import io.newsstats.ner.tagger.WordKnowledge;
import io.newsstats.training.NameTaggerRecipe;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code news-stats train-name-tagger}: the bundled NER model, from openly licensed sets, reproducibly. */
@Command(name = "train-name-tagger", mixinStandardHelpOptions = true,
    description = "Trains the bundled name tagger (PER, ORG, LOC, MISC; averaged perceptron) on the openly licensed"
        + " NER sets of a training folder laid out as shared/train/ner, with GloVe clusters and the knowledge base's"
        + " names, and writes the model file (data/models/name-tagger.bin.gz is the bundled one).")
final class TrainNameTaggerCommand implements Callable<Integer> {
  @Option(names = "--train-dir", required = true, paramLabel = "DIR", description = "Folder of the NER sets.")
  Path trainDir;

  @Option(names = "--embeddings", paramLabel = "GLOVE_TXT_GZ", description = "GloVe vectors (text, may be gzipped).")
  Path glove;

  @Option(names = "--dev", paramLabel = "FILE",
      description = "CoNLL file scored after every epoch (micro-F1 over PER/ORG/LOC); the best epoch is saved.")
  Path dev;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file to write.")
  Path out;

  @Option(names = "--epochs", defaultValue = "8", paramLabel = "N", description = "Epochs (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--clusters", defaultValue = "512,64", split = ",", paramLabel = "FINE,COARSE",
      description = "k-means cluster counts over the vectors (default ${DEFAULT-VALUE}).")
  int[] clusters;

  @Option(names = "--no-given-names", description = "Leave the given-names list out of the features.")
  boolean noGivenNames;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Shuffling seed.")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(trainDir)) {
      throw new InvalidInputException("--train-dir " + trainDir + ": no such folder");
    }
    if (glove != null && !Files.isRegularFile(glove)) {
      throw new InvalidInputException("--embeddings " + glove + ": no such file");
    }
    if (dev != null && !Files.isRegularFile(dev)) {
      throw new InvalidInputException("--dev " + dev + ": no such file");
    }
    long started = System.nanoTime();
    List<NameTaggerTrainer.Example> examples = NameTaggerRecipe.examples(trainDir, NameTaggerRecipe.PARTS);
    WordKnowledge knowledge = NameTaggerRecipe.knowledge(glove, clusters[0], clusters[1],
        KnowledgeBase.loadBundled(), !noGivenNames);
    System.out.printf("%d sentences; %d clustered words, %d names (%.1f s)%n", examples.size(),
        knowledge.clusterCount(), knowledge.nameCount(), (System.nanoTime() - started) / 1e9);
    List<ConllSentences.Sentence> devSentences = dev == null ? null : ConllSentences.read(dev);
    String description = "averaged perceptron on " + NameTaggerRecipe.PARTS.size() + " open NER files, seed " + seed;
    NameTagger tagger = new NameTaggerTrainer(knowledge).train(examples,
        new NameTaggerTrainer.Settings(epochs, seed, description),
        devSentences == null ? null : candidate -> score(candidate, devSentences), System.out::println);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream stream = Files.newOutputStream(out)) {
      tagger.write(stream);
    }
    System.out.printf("wrote %s: %s, %d features, %.1f MB (%.1f s)%n", out, tagger.description(),
        tagger.featureCount(), Files.size(out) / 1e6, (System.nanoTime() - started) / 1e9);
    return 0;
  }

  /** Micro-F1 over PER, ORG and LOC. */
  static double score(NameTagger tagger, List<ConllSentences.Sentence> sentences) {
    ChunkScores scores = new ChunkScores();
    for (ConllSentences.Sentence s : sentences) {
      scores.add(Arrays.asList(s.tags()), Arrays.asList(tagger.tag(s.words())));
    }
    return ChunkScores.f1(scores.counts(List.of("PER", "ORG", "LOC")));
  }
}
