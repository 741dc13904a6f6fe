package io.newsstats.job;

import io.newsstats.input.RejectReason;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's records by language, for its manifest: the valid ones (duplicates included) by language code, how many of
 * them had too little text to tell (analysed as English), and the rejected ones by the language
 * detected or given.
 */
final class LanguageCounts {
  private final Map<String, Long> accepted = new TreeMap<>();
  private final Map<String, Long> rejected = new TreeMap<>();
  private long uncertain;

  /** One group of records: its reject reason (null when accepted), language, uncertainty and count. */
  void add(String reason, String language, boolean languageUncertain, long count) {
    if (reason == null) {
      accepted.merge(language == null ? "unknown" : language, count, Long::sum);
      uncertain += languageUncertain ? count : 0;
    } else if (reason.equals(RejectReason.UNSUPPORTED_LANGUAGE.code())) {
      rejected.merge(language == null ? "unknown" : language, count, Long::sum);
    }
  }

  void putInto(Map<String, Object> records) {
    records.put("valid_by_language", accepted);
    records.put("language_uncertain", uncertain);
    records.put("rejected_by_language", rejected);
  }
}
