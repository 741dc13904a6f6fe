package io.newsstats.tools;

import io.newsstats.cli.NewsStatsCli;

import io.newsstats.eval.LanguageEvaluation;
import io.newsstats.input.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code news-stats evaluate-languages}: language identification, as the job applies it, on labelled records. */
@Command(name = "evaluate-languages", mixinStandardHelpOptions = true,
    description = "Reads JSON Lines records labelled with expected_language (ISO 639-1) and prints how many English"
        + " ones the job analyses and how many others it rejects as unsupported_language with the right code, and"
        + " every error.")
final class EvaluateLanguagesCommand implements Callable<Integer> {
  @Option(names = "--records", required = true, paramLabel = "FILE",
      description = "JSON Lines with id, published, text and expected_language. Repeatable.")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    LanguageEvaluation evaluation = new LanguageEvaluation();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new InvalidInputException("--records " + file + ": no such file");
      }
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          evaluation.add(line);
        }
      }
    }
    evaluation.report().forEach(System.out::println);
    return 0;
  }
}
