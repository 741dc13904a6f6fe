package io.newsstats.cli;

import io.newsstats.job.ReferenceData;
import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.kb.Leader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code news-stats kb-check}: loads the reference data as a run would (every validation a run makes:
 * one holder per seat, known countries, ids matching names) and reports what the spelling-variant
 * rules make ambiguous: a variant that two leaders share.
 */
@Command(name = "kb-check", mixinStandardHelpOptions = true,
    description = "Validates the reference data (bundled, with --kb on top) and lists the names that the spelling"
        + " variants make ambiguous between leaders.")
final class KbCheckCommand implements Callable<Integer> {
  @Option(names = "--kb", paramLabel = "DIR", description = "Your own reference CSVs over the bundled ones.")
  String kb;

  @Override
  public Integer call() {
    KnowledgeBase knowledge = ReferenceData.load(kb, NewsStatsCli.hadoopConfiguration());
    Gazetteer gazetteer = Gazetteer.build(knowledge);
    long oneWord = knowledge.leaders().stream().map(Leader::name).filter(n -> !n.trim().contains(" ")).count();
    System.out.printf("ok: %d countries, %d leaders (%d known by one name), %d tenures, %d phrases%n",
        knowledge.countries().size(), knowledge.leaders().size(), oneWord,
        knowledge.leaders().stream().mapToInt(l -> l.tenures().size()).sum(), gazetteer.phrases().size());
    Map<String, List<String>> collisions = gazetteer.variantCollisions();
    System.out.println(collisions.size() + " names shared by several leaders through a spelling variant"
        + " (the linker picks the one in office, else the one nearest in time):");
    collisions.forEach((key, ids) -> System.out.println("  " + key + ": " + String.join(", ", ids)));
    Map<String, String> ordinary = gazetteer.ordinaryWordAliases();
    System.out.println(ordinary.size() + " country aliases that are ordinary English words (data/reference/"
        + "english-words.txt), not matched:");
    ordinary.forEach((alias, iso3) -> System.out.println("  " + alias + ": " + iso3));
    return 0;
  }
}
