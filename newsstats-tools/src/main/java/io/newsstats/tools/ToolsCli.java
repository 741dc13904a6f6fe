package io.newsstats.tools;

import io.newsstats.cli.NewsStatsCli;
import java.util.List;

/**
 * {@code news-stats} with the maintainers' commands: the job's command line plus the evaluations and
 * trainings, which stay out of the cluster jar. {@code jobs/news-stats} runs this main class.
 */
public final class ToolsCli {
  private ToolsCli() {}

  /** The tools' subcommands, as {@code news-stats --help} lists them. */
  static List<Object> commands() {
    return List.of(new EvaluateSentimentCommand(), new EvaluateCountriesCommand(), new TrainSentimentCommand(),
        new TrainNerCommand(), new TrainNameTaggerCommand(), new EvaluateNerCommand(), new EvaluateLinkingCommand(),
        new EvaluateStoriesCommand(), new EvaluateLanguagesCommand());
  }

  public static void main(String[] args) {
    NewsStatsCli.launch(args, commands().toArray());
  }

  /** The exit status, for tests. */
  static int run(String... args) {
    return NewsStatsCli.run(commands(), args);
  }
}
