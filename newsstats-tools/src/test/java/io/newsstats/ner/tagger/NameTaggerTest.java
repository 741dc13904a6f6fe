package io.newsstats.ner.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameTaggerTest {
  private static String[] words(String sentence) {
    return sentence.split(" ");
  }

  @Test
  void theBundledTaggerFindsPeopleOrganisationsAndPlaces() {
    NameTagger tagger = NameTagger.bundled();
    List<NameTagger.Span> spans = tagger.spans(words(
        "President Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday , the Kremlin said ."));
    assertTrue(spans.contains(new NameTagger.Span(1, 3, "PER")), spans.toString());
    assertTrue(spans.contains(new NameTagger.Span(4, 7, "PER")), spans.toString());
    assertTrue(spans.contains(new NameTagger.Span(8, 9, "LOC")), spans.toString());
    assertTrue(tagger.spans(words("Russian President Vladimir Putin arrived ."))
        .contains(new NameTagger.Span(2, 4, "PER")), "a nationality and a title are not part of the name");
    List<NameTagger.Span> org = tagger.spans(words("He told the Washington Post that the European Central Bank would act ."));
    assertTrue(org.contains(new NameTagger.Span(3, 5, "ORG")), org.toString());
    assertTrue(org.contains(new NameTagger.Span(7, 10, "ORG")), org.toString());
  }

  @Test
  void tagsAreValidIob2() {
    String[] tags = NameTagger.bundled().tag(words("In Washington , Senator Chad Wolf of Georgia spoke with USA Today ."));
    for (int i = 0; i < tags.length; i++) {
      if (tags[i].startsWith("I-")) {
        String type = tags[i].substring(2);
        assertTrue(tags[i - 1].equals("B-" + type) || tags[i - 1].equals("I-" + type), String.join(" ", tags));
      }
    }
  }

  @Test
  void aTrainedModelLearnsItsSentencesAndSurvivesWritingAndReading(@TempDir Path temp) throws IOException {
    Path conll = temp.resolve("tiny.conll");
    Files.writeString(conll, """
        Anna B-PER
        Berg I-PER
        visited O
        Oslo B-LOC
        . O

        Nordic B-ORG
        Bank I-ORG
        hired O
        Anna B-PER
        . O

        Oslo B-LOC
        is O
        cold O
        . O
        """);
    List<ConllSentences.Sentence> sentences = ConllSentences.read(conll);
    List<NameTaggerTrainer.Example> examples = sentences.stream()
        .map(s -> new NameTaggerTrainer.Example(s.words(), s.tags())).toList();
    WordKnowledge knowledge = new WordKnowledge.Builder().cluster("oslo", 1, 1).name("Oslo", WordKnowledge.CAPITAL)
        .build();
    NameTagger tagger = new NameTaggerTrainer(knowledge).train(examples,
        new NameTaggerTrainer.Settings(10, 1, "tiny"), null, line -> { });
    for (ConllSentences.Sentence s : sentences) {
      assertArrayEquals(s.tags(), tagger.tag(s.words()));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    tagger.write(bytes);
    NameTagger read = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(tagger.featureCount(), read.featureCount());
    assertArrayEquals(tagger.tag(words("Anna Berg visited Oslo .")), read.tag(words("Anna Berg visited Oslo .")));
  }

  @Test
  void aFileThatIsNoModelIsRefusedWithOneLine(@TempDir Path temp) throws IOException {
    Path bogus = temp.resolve("model.bin.gz");
    Files.writeString(bogus, "hello");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NameTagger.load(bogus));
    assertTrue(e.getMessage().endsWith("not a name-tagger model (not gzip)"), e.getMessage());
  }

  @Test
  void conllReadingTurnsIob1IntoIob2AndRelabels(@TempDir Path temp) throws IOException {
    Path conll = temp.resolve("iob1.conll");
    Files.writeString(conll, "-DOCSTART- -X- O O\n\nEU NNP I-ORG\nrejects VBZ O\nGerman JJ I-MISC\ncall NN O\n");
    ConllSentences.Sentence s = ConllSentences.read(conll, Map.of("MISC", "O")).get(0);
    assertArrayEquals(new String[] {"B-ORG", "O", "O", "O"}, s.tags());
  }

  @Test
  void spansOfTagSequences() {
    assertEquals(List.of(new NameTagger.Span(0, 2, "PER"), new NameTagger.Span(3, 4, "LOC")),
        NameTagger.spansOf(new String[] {"B-PER", "I-PER", "O", "B-LOC"}));
  }
}
