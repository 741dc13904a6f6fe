package io.newsstats.tools;

import io.newsstats.cli.NewsStatsCli;

import io.newsstats.eval.LinkingEvaluation;
import io.newsstats.input.InvalidInputException;
import io.newsstats.job.ReferenceData;
import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.linking.EntityLinker;
import io.newsstats.nlp.ArticleAnalyzer;
import io.newsstats.nlp.FastAnalyzer;
import io.newsstats.sentiment.Lexicon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code news-stats evaluate-linking}: the countries and leaders found in a hand-labelled set of
 * articles against their labels, with every error. No Spark: the fast engine's analyzer runs in this JVM.
 */
@Command(name = "evaluate-linking", mixinStandardHelpOptions = true,
    description = "Scores the countries, leaders, people and organisations found per article against a labelled set (JSON Lines with"
        + " the text, or a ref to it in a corpus folder given with --texts): precision, recall, F1, forbidden"
        + " matches, and one line per article with an error.")
final class EvaluateLinkingCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "Labelled articles, e.g. data/gold/real-dev.jsonl or data/gold/linking.jsonl.")
  Path gold;

  @Option(names = "--texts", paramLabel = "NAME=DIR",
      description = "Folder of a corpus the labels refer to, e.g. bbc=work/bbc (the BBC News set unpacked). Repeatable.")
  Map<String, Path> texts = new LinkedHashMap<>();

  @Option(names = "--kb", paramLabel = "DIR", description = "Your own reference CSVs over the bundled ones.")
  String kb;

  @Option(names = "--ner", defaultValue = "bundled", paramLabel = "NER",
      description = "bundled (default: the name tagger settles matches, as in the job) or none.")
  String ner;

  @Override
  public Integer call() {
    if (!ner.equals("bundled") && !ner.equals("none")) {
      throw new InvalidInputException("--ner " + ner + ": expected bundled or none");
    }
    if (!Files.isRegularFile(gold)) {
      throw new InvalidInputException("--gold " + gold + ": no such file");
    }
    texts.forEach((name, dir) -> {
      if (!Files.isDirectory(dir)) {
        throw new InvalidInputException("--texts " + name + "=" + dir + ": no such folder");
      }
    });
    KnowledgeBase knowledge = ReferenceData.load(kb, NewsStatsCli.hadoopConfiguration());
    Gazetteer gazetteer = Gazetteer.build(knowledge);
    FastAnalyzer analyzer = new FastAnalyzer(
        new ArticleAnalyzer(new EntityLinker(knowledge, gazetteer), Lexicon.bundledVader(), io.newsstats.sentiment.ToneModel.RULES, ner.equals("bundled")),
        gazetteer.phrases());
    LinkingEvaluation.Result result = new LinkingEvaluation(analyzer, texts).evaluate(gold);
    result.mistakes().forEach(System.out::println);
    System.out.println("articles " + result.countries().documents());
    System.out.println("countries " + result.countries().overall());
    System.out.println("leaders   " + result.leaders().overall());
    if (result.people().documents() > 0) {
      System.out.println("people    " + result.people().overall() + " in " + result.people().documents() + " articles");
    }
    if (result.organizations().documents() > 0) {
      System.out.println("organizations " + result.organizations().overall() + " in "
          + result.organizations().documents() + " articles");
    }
    System.out.println("forbidden matches " + result.forbidden());
    return 0;
  }
}
