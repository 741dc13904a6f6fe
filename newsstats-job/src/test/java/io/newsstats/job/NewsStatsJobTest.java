package io.newsstats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.input.InputFormat;
import io.newsstats.output.RunManifest;
import io.newsstats.testing.SharedSpark;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job in local mode on the test corpus, checked table by table. */
class NewsStatsJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate SUMMIT = LocalDate.of(2024, 6, 19);

  @TempDir
  static Path temp;

  private static SparkSession spark;
  private static Path corpus;
  private static Path output;
  private static RunManifest manifest;

  @BeforeAll
  static void runJob() throws Exception {
    spark = SharedSpark.get();
    corpus = resource("corpus");
    output = temp.resolve("out");
    manifest = NewsStatsJob.run(spark, options(output,
        corpus.resolve("articles.jsonl").toString(), corpus.resolve("text").toString()));
  }

  private static JobOptions options(Path out, String... inputs) {
    return new JobOptions(List.of(inputs), out.toString(), InputFormat.AUTO, LocalDate.of(2024, 6, 20));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(NewsStatsJobTest.class.getClassLoader().getResource(name).toURI());
  }

  private static Dataset<Row> table(String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  private static Set<String> ids(Dataset<Row> stats, LocalDate date) {
    return stats.filter(stats.col("date").equalTo(Date.valueOf(date))).select("id").collectAsList().stream()
        .map(r -> r.getString(0)).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void positiveAndNegativeArticlesMoveALeadersToneInOppositeDirections() throws Exception {
    Path input = toneArticles();
    Path out = temp.resolve("tone-out");
    NewsStatsJob.run(spark, options(out, input.toString()));
    Map<String, Double> toneByDate = macronToneByDate(out);
    assertTrue(toneByDate.get("2024-03-01") > 0.3, "praised: " + toneByDate);
    assertTrue(toneByDate.get("2024-03-02") < -0.3, "blamed: " + toneByDate);
    Row praise = spark.read().parquet(out.resolve("article_tone").toString()).filter("article_id = 'praise'").first();
    assertTrue(praise.getDouble(praise.fieldIndex("tone")) > 0);
    assertTrue(praise.getDouble(praise.fieldIndex("activity_reference_density")) > 0);
    assertTrue(praise.getDouble(praise.fieldIndex("self_group_reference_density")) > 0, "him");
    // Nothing rejected: the table is still written, empty, with its columns.
    Dataset<Row> rejected = spark.read().parquet(out.resolve("rejected").toString());
    assertEquals(0, rejected.count());
    assertEquals(List.of("reason", "detail", "input_file", "record_id", "raw"), List.of(rejected.columns()));
  }

  @Test
  void theToneEncoderRunsInSparkTasksAndReadsTheSameTones() throws Exception {
    Path out = temp.resolve("encoder-out");
    RunManifest run = NewsStatsJob.run(spark, options(out, toneArticles().toString()).withToneModel("encoder"));
    Map<String, Double> toneByDate = macronToneByDate(out);
    assertTrue(toneByDate.get("2024-03-01") > 0.3, "praised: " + toneByDate);
    assertTrue(toneByDate.get("2024-03-02") < -0.3, "blamed: " + toneByDate);
    JsonNode written = JSON.readTree(out.resolve("_manifest.json").toFile());
    assertEquals("encoder", written.path("settings").path("tone_model").asText());
    assertTrue(written.path("tone_model").asText().startsWith("tone encoder"), written.path("tone_model").asText());
    assertEquals(2, run.read());
  }

  private static Map<String, Double> macronToneByDate(Path out) {
    return spark.read().parquet(out.resolve("leader_stats").toString())
        .filter("id = 'emmanuel-macron'").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getDate(r.fieldIndex("date")).toString(),
            r -> r.getDouble(r.fieldIndex("tone_mean"))));
  }

  private static Path toneArticles() throws java.io.IOException {
    Path input = temp.resolve("tone.jsonl");
    java.nio.file.Files.write(input, List.of(
        "{\"id\": \"praise\", \"published\": \"2024-03-01\", \"text\": \"Emmanuel Macron won wide praise for a "
            + "brilliant, successful summit. Supporters cheered Macron and thanked him warmly.\"}",
        "{\"id\": \"blame\", \"published\": \"2024-03-02\", \"text\": \"Emmanuel Macron faced furious criticism "
            + "after a disastrous, humiliating defeat. Protesters condemned Macron and blamed him bitterly.\"}"));
    return input;
  }

  @Test
  void otherLanguagesAreRejectedAndCountedByLanguage() throws Exception {
    Path input = temp.resolve("languages.jsonl");
    java.nio.file.Files.write(input, List.of(
        "{\"id\": \"en\", \"published\": \"2024-03-01\", \"text\": \"Emmanuel Macron met the leaders of"
            + " Germany and Italy in Paris on Friday, and they agreed on a plan.\"}",
        "{\"id\": \"fr\", \"published\": \"2024-03-01\", \"text\": \"La Russie et les États-Unis ont"
            + " repris mercredi les discussions sur le contrôle des armements, selon le ministère.\"}",
        "{\"id\": \"de\", \"published\": \"2024-03-01\", \"text\": \"Putin ist am Mittwoch zu Gesprächen"
            + " mit dem Machthaber des Landes in Nordkorea eingetroffen, berichtete die Agentur.\"}",
        "{\"id\": \"short\", \"published\": \"2024-03-01\", \"text\": \"Kenya, Ghana.\"}"));
    Path out = temp.resolve("languages-out");
    RunManifest run = NewsStatsJob.run(spark, options(out, input.toString()));
    assertEquals(Map.of("unsupported_language", 2L), run.rejectedByReason());
    assertEquals(2, run.accepted());
    JsonNode records = JSON.readTree(out.resolve("_manifest.json").toFile()).at("/runs/0/records");
    assertEquals(1, records.at("/rejected_by_language/fr").asLong());
    assertEquals(1, records.at("/rejected_by_language/de").asLong());
    assertEquals(2, records.at("/valid_by_language/en").asLong());
    assertEquals(1, records.at("/language_uncertain").asLong(), "too little text to tell: analysed, counted");
    assertEquals("detect", run.settings().get("language"));
    Row fr = spark.read().parquet(out.resolve("rejected").toString()).filter("record_id = 'fr'").first();
    assertTrue(fr.getString(fr.fieldIndex("detail")).startsWith("detected language 'fr'"), fr.toString());
    assertEquals(Set.of("en"), spark.read().parquet(out.resolve("article_tone").toString()).select("language")
        .collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet()));
    // --language en: nothing detected, the French record is read as English (the user said so)
    RunManifest english = NewsStatsJob.run(spark, options(temp.resolve("languages-en"), input.toString())
        .withLanguages(io.newsstats.input.RecordParser.LanguagePolicy.ENGLISH));
    assertEquals(4, english.accepted());
    assertEquals("en", english.settings().get("language"));
  }

  @Test
  void aSurnameJoinsAFullNameInAnotherArticleWithSurnamesRun() throws Exception {
    Path input = temp.resolve("surnames.jsonl");
    java.nio.file.Files.write(input, List.of(
        "{\"id\": \"a\", \"published\": \"1987-03-02\", \"text\": \"British Chancellor of the Exchequer Nigel"
            + " Lawson said on Monday that sterling would stay stable, and the markets agreed with Nigel Lawson.\"}",
        "{\"id\": \"b\", \"published\": \"1987-03-04\", \"text\": \"Bankers in London said they expected Lawson"
            + " to cut interest rates next week, and Lawson told reporters he was confident.\"}"));
    Path byArticle = temp.resolve("surnames-article");
    RunManifest article = NewsStatsJob.run(spark, options(byArticle, input.toString()));
    assertEquals("article", article.settings().get("surnames"));
    assertEquals(Set.of("lawson"), personIds(byArticle, "b"));
    Path byRun = temp.resolve("surnames-run");
    RunManifest run = NewsStatsJob.run(spark, options(byRun, input.toString()).withSurnamesAcrossArticles());
    assertEquals("run", run.settings().get("surnames"));
    assertEquals(article.tableRows().get("mentions"), run.tableRows().get("mentions"));
    assertEquals(Set.of("nigel-lawson"), personIds(byRun, "a"));
    assertEquals(Set.of("nigel-lawson"), personIds(byRun, "b"), "two days after the full name, in another article");
  }

  private Set<String> personIds(Path out, String article) {
    return spark.read().parquet(out.resolve("mentions").toString())
        .filter("article_id = '" + article + "' and entity_type = 'PERSON'").select("entity_id").collectAsList()
        .stream().map(r -> r.getString(0)).collect(Collectors.toSet());
  }

  @Test
  void everyMonthTableIsSortedByDateInsideEachFile() throws Exception {
    Path input = temp.resolve("months.jsonl");
    List<String> lines = new java.util.ArrayList<>();
    for (int day = 28; day >= 1; day--) {  // written newest first
      lines.add(String.format("{\"id\": \"d%d\", \"published\": \"2024-05-%02d\", \"text\": \"President Emmanuel"
          + " Macron met Olaf Scholz in Berlin, said Anna Weber of Siemens.\"}", day, day));
    }
    java.nio.file.Files.write(input, lines);
    Path out = temp.resolve("months-out");
    NewsStatsJob.run(spark, options(out, input.toString()));
    for (String table : List.of("country_stats", "leader_stats", "person_stats", "org_stats", "country_pairs")) {
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(out.resolve(table))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
          List<Date> dates = spark.read().parquet(file.toString()).select("date").collectAsList().stream()
              .map(r -> r.getDate(0)).toList();
          List<Date> sorted = new java.util.ArrayList<>(dates);
          java.util.Collections.sort(sorted);
          assertEquals(sorted, dates, table + " " + file.getFileName());
        }
      }
    }
  }

  @Test
  void manifestAccountsForEveryRecord() throws Exception {
    assertEquals(12, manifest.read());
    assertEquals(8, manifest.accepted());
    assertEquals(Map.of("invalid_json", 1L, "missing_text", 1L, "invalid_date", 1L), manifest.rejectedByReason());
    assertEquals(1, manifest.duplicates());
    assertEquals(manifest.read(), manifest.accepted() + manifest.rejected() + manifest.duplicates());

    JsonNode written = JSON.readTree(output.resolve("_manifest.json").toFile());
    assertEquals(12, written.at("/records/read").asLong());
    assertEquals(1, written.at("/records/duplicates").asLong());
    assertEquals(table("mentions").count(), written.at("/tables/mentions").asLong());
    assertTrue(written.at("/reference_data_version").asText().startsWith("sha256:"));
    assertEquals(8, written.at("/articles_processed").asLong());
  }

  @Test
  void rejectedHoldsEachBadRecordWithItsReasonAndRawText() {
    Map<String, Row> byReason = table("rejected").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("reason")), r -> r));
    assertEquals(Set.of("invalid_json", "missing_text", "invalid_date", "duplicate_id"), byReason.keySet());
    Row broken = byReason.get("invalid_json");
    assertEquals("{\"id\": \"broken\", \"published\": \"2024-05-01\", \"text\": \"unterminated",
        broken.getString(broken.fieldIndex("raw")));
    assertEquals("broken", broken.getString(broken.fieldIndex("record_id")), "the id its raw line gives");
    Row duplicate = byReason.get("duplicate_id");
    assertEquals("trade-spat", duplicate.getString(duplicate.fieldIndex("record_id")));
    assertEquals("{\"id\": \"trade-spat\", \"published\": \"2025-02-04\", \"text\": \"A later copy of the tariff"
        + " story mentioning Chile.\"}", duplicate.getString(duplicate.fieldIndex("raw")), "the line as read");
  }

  @Test
  void summitArticleNamesExactlyItsCountriesAndLeaders() {
    assertEquals(new TreeSet<>(Set.of("RUS", "PRK", "USA", "UKR", "JPN", "KOR", "IRN", "VNM", "CHN")),
        ids(table("country_stats"), SUMMIT));
    assertEquals(new TreeSet<>(Set.of("vladimir-putin", "kim-jong-un", "kim-jong-il")), ids(table("leader_stats"), SUMMIT));
    Row kimJongIl = table("leader_stats").filter("id = 'kim-jong-il'").first();
    assertFalse(kimJongIl.getBoolean(kimJongIl.fieldIndex("in_office")));
    assertEquals("PRK", kimJongIl.getString(kimJongIl.fieldIndex("country")));
  }

  @Test
  void countryStatsCountArticlesMentionsAndSources() {
    Row russia = table("country_stats").filter("id = 'RUS'").first();
    assertEquals(1L, russia.getLong(russia.fieldIndex("articles")));
    // Russian, Moscow, Russia, Russia: the demonym and the capital count as mentions of the country.
    assertEquals(4L, russia.getLong(russia.fieldIndex("mentions")));
    assertEquals(1L, russia.getLong(russia.fieldIndex("sources")));
    assertEquals("Russia", russia.getString(russia.fieldIndex("name")));
  }

  @Test
  void leadersAreLinkedByDateAndContext() {
    Dataset<Row> leaders = table("leader_stats");
    Row trump = leaders.filter("id = 'donald-trump'").first();
    assertEquals(2L, trump.getLong(trump.fieldIndex("mentions")), "full name, then the surname alone");
    assertEquals(Set.of("claudia-sheinbaum", "donald-trump"), ids(leaders, LocalDate.of(2025, 2, 3)));
    assertEquals(Set.of("joe-biden"), ids(leaders, LocalDate.of(2024, 3, 10)));
    assertEquals(Set.of("CAN", "MEX", "USA"), ids(table("country_stats"), LocalDate.of(2025, 2, 3)));
  }

  @Test
  void peopleByDefaultWithLeadersUnderTheirIds() {
    Dataset<Row> people = table("person_stats");
    assertTrue(people.filter("id = 'donald-trump' AND role IS NOT NULL").count() > 0,
        "a leader is a person under the knowledge base's id");
    assertTrue(people.filter("id = 'olena-petrenko' AND role IS NULL").count() > 0,
        "people the name tagger found: " + people.collectAsList());
    assertEquals(0, people.filter("id = 'washington'").count(), "\"Washington has accused Russia\" is no person");
  }

  @Test
  void longestNamesWin() {
    Set<String> countries = table("mentions").filter("article_id = 'guinea-longest'").select("entity_id")
        .collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
    assertEquals(Set.of("PNG", "GNQ", "GIN", "SSD", "SDN", "COD"), countries);
  }

  @Test
  void mentionOffsetsSliceTheirSurfaceOutOfTheText() throws Exception {
    Map<String, String> texts = new HashMap<>();
    for (String line : Files.readAllLines(corpus.resolve("articles.jsonl"))) {
      try {
        JsonNode node = JSON.readTree(line);
        if (node != null && node.has("text")) {
          texts.putIfAbsent(node.get("id").asText(), node.get("text").asText());
        }
      } catch (Exception e) {
        // the malformed lines of the corpus
      }
    }
    List<Row> mentions = table("mentions").collectAsList();
    assertTrue(mentions.size() > 40);
    for (Row m : mentions) {
      String text = texts.get(m.getString(m.fieldIndex("article_id")));
      if (text != null) {
        assertEquals(m.getString(m.fieldIndex("surface")),
            text.substring(m.getInt(m.fieldIndex("begin")), m.getInt(m.fieldIndex("end"))));
        assertTrue(m.getString(m.fieldIndex("sentence")).contains(m.getString(m.fieldIndex("surface"))));
      }
    }
  }

  @Test
  void textFilesTakeTheDefaultDateAndTheirFileName() {
    Row tone = table("article_tone").filter("article_id = 'nairobi-talks'").first();
    assertEquals(Date.valueOf("2024-06-20"), tone.getDate(tone.fieldIndex("published_date")));
    assertEquals(Set.of("KEN", "ETH"), ids(table("country_stats"), LocalDate.of(2024, 6, 20)));
  }

  @Test
  void sentenceToneSeparatesPraiseFromBlame() {
    Row macron = table("leader_stats").filter("id = 'emmanuel-macron'").first();
    assertEquals(2L, macron.getLong(macron.fieldIndex("mentions")));
    assertEquals(1L, macron.getLong(macron.fieldIndex("positive_mentions")));
    assertEquals(1L, macron.getLong(macron.fieldIndex("negative_mentions")));
    Map<String, Double> tone = table("article_tone").filter("article_id in ('praise', 'blame')").collectAsList()
        .stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getDouble(r.fieldIndex("tone"))));
    assertTrue(tone.get("praise") > 0 && tone.get("blame") < 0, tone.toString());
  }

  @Test
  void articleToneHasEveryArticleEvenWithoutMentions() {
    Dataset<Row> tone = table("article_tone");
    assertEquals(8, tone.count());
    Row quiet = tone.filter("article_id = 'no-entities'").first();
    assertEquals(0, quiet.getInt(quiet.fieldIndex("mentions")));
    assertTrue(quiet.getInt(quiet.fieldIndex("word_count")) >= 9);
  }

  @Test
  void countryPairsCoverEachPairNamedTogether() {
    Dataset<Row> pairs = table("country_pairs").filter("date = DATE'2024-06-19'");
    assertEquals(36, pairs.count(), "nine countries, every unordered pair");
    Row pair = pairs.filter("country_a = 'PRK' and country_b = 'RUS'").first();
    assertEquals(1L, pair.getLong(pair.fieldIndex("articles")));
    assertTrue(pair.getLong(pair.fieldIndex("shared_sentences")) >= 1);
    assertNotNull(pair.get(pair.fieldIndex("tone_mean")));
    Row apart = pairs.filter("country_a = 'CHN' and country_b = 'IRN'").first();
    assertTrue(apart.isNullAt(apart.fieldIndex("tone_mean")), "never in one sentence");
  }

  @Test
  void statsTablesArePartitionedByMonth() {
    for (String name : new String[] {"country_stats", "leader_stats", "country_pairs"}) {
      assertTrue(Files.isDirectory(output.resolve(name).resolve("month=2024-06")), name);
      assertEquals(1, spark.read().parquet(output.resolve(name).toString())
          .filter("month = '2025-02' and date = DATE'2025-02-03'").select("month").distinct().count(), name);
    }
  }

  @Test
  void rerunReplacesEarlierResults() throws Exception {
    Path out = temp.resolve("rerun");
    NewsStatsJob.run(spark, options(out, corpus.resolve("articles.jsonl").toString()));
    RunManifest second = NewsStatsJob.run(spark, options(out, corpus.resolve("articles.jsonl").toString()));
    assertEquals(second.tableRows().get("mentions"), spark.read().parquet(out.resolve("mentions").toString()).count());
    RunManifest third = NewsStatsJob.run(spark, options(out, corpus.resolve("text").toString()));
    assertEquals(0L, third.tableRows().get("rejected"));
    assertEquals(0L, spark.read().parquet(out.resolve("rejected").toString()).count());
    assertEquals(Set.of("ETH", "KEN"), spark.read().parquet(out.resolve("country_stats").toString())
        .select("id").collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet()));
  }

  @Test
  void gzipJsonLinesAndParquetInputsAreReadAndValidated() throws Exception {
    Path gz = temp.resolve("more.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("{\"id\":\"gz-1\",\"published\":\"2024-09-01\",\"text\":\"Chile and Peru signed a deal.\"}\n"
          .getBytes(StandardCharsets.UTF_8));
    }
    StructType schema = new StructType().add("id", DataTypes.StringType).add("published", DataTypes.TimestampType)
        .add("text", DataTypes.StringType).add("extra", DataTypes.IntegerType);
    Path parquet = temp.resolve("articles.parquet");
    spark.createDataFrame(List.of(
        RowFactory.create("pq-1", java.sql.Timestamp.valueOf("2024-09-02 08:00:00"), "Norway welcomed Sweden.", 1),
        RowFactory.create("pq-2", java.sql.Timestamp.valueOf("2024-09-02 09:00:00"), null, 2)), schema)
        .coalesce(1).write().parquet(parquet.toString());

    Path out = temp.resolve("formats");
    RunManifest run = NewsStatsJob.run(spark, options(out, gz.toString(), parquet.toString()));
    assertEquals(3, run.read());
    assertEquals(Map.of("missing_text", 1L), run.rejectedByReason());
    Row rejected = spark.read().parquet(out.resolve("rejected").toString()).first();
    assertTrue(rejected.getString(rejected.fieldIndex("raw")).contains("\"extra\":2"), "raw keeps every column");
    Set<String> countries = spark.read().parquet(out.resolve("country_stats").toString()).select("id")
        .collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
    assertEquals(Set.of("CHL", "PER", "NOR", "SWE"), countries);
  }
}
