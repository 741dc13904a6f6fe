package io.newsstats.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Generated hostile JSON lines, each kind with the reason it must be rejected for: broken JSON,
 * values that are not objects, wrongly typed fields, missing or empty text and dates, dates the
 * output cannot hold, other languages. The n-th record of a kind differs from the others (its id
 * and text carry n), so no two lines are alike.
 */
public final class BadRecords {
  public record Kind(String name, RejectReason reason, IntFunction<String> line) {}

  public record Line(String kind, RejectReason reason, String text) {}

  private BadRecords() {}

  private static String ok(int n) {
    return "\"id\":\"bad-" + n + "\",\"published\":\"2024-06-19\"";
  }

  public static final List<Kind> KINDS = List.of(
      new Kind("truncated object", RejectReason.INVALID_JSON, n -> "{\"id\":\"t" + n + "\",\"text\":\"Chile an"),
      new Kind("two objects on one line", RejectReason.INVALID_JSON,
          n -> "{" + ok(n) + ",\"text\":\"one\"}{\"id\":\"second-" + n + "\",\"text\":\"two\"}"),
      new Kind("object then garbage", RejectReason.INVALID_JSON, n -> "{" + ok(n) + ",\"text\":\"Peru\"} trailing" + n),
      new Kind("single quotes", RejectReason.INVALID_JSON, n -> "{'id':'q" + n + "','text':'Chile'}"),
      new Kind("trailing comma", RejectReason.INVALID_JSON, n -> "{" + ok(n) + ",\"text\":\"Chile " + n + "\",}"),
      new Kind("NaN number", RejectReason.INVALID_JSON, n -> "{" + ok(n) + ",\"text\":\"x" + n + "\",\"n\":NaN}"),
      new Kind("raw control character in a string", RejectReason.INVALID_JSON,
          n -> "{" + ok(n) + ",\"text\":\"tab\u0001here " + n + "\"}"),
      new Kind("plain text line", RejectReason.INVALID_JSON, n -> "Chile and Peru signed a deal, number " + n),
      new Kind("array", RejectReason.NOT_AN_OBJECT, n -> "[\"Chile\"," + n + "]"),
      new Kind("string", RejectReason.NOT_AN_OBJECT, n -> "\"Chile and Peru " + n + "\""),
      new Kind("number", RejectReason.NOT_AN_OBJECT, n -> String.valueOf(1000 + n)),
      new Kind("boolean", RejectReason.NOT_AN_OBJECT, n -> n % 2 == 0 ? "true" : "false"),
      new Kind("null", RejectReason.NOT_AN_OBJECT, n -> "null"),
      new Kind("text is a number", RejectReason.INVALID_FIELD, n -> "{" + ok(n) + ",\"text\":" + n + "}"),
      new Kind("text is a boolean", RejectReason.INVALID_FIELD, n -> "{" + ok(n) + ",\"text\":true}"),
      new Kind("id is a number", RejectReason.INVALID_FIELD,
          n -> "{\"id\":" + n + ",\"published\":\"2024-06-19\",\"text\":\"Chile " + n + "\"}"),
      new Kind("title is an array", RejectReason.INVALID_FIELD,
          n -> "{" + ok(n) + ",\"title\":[\"a\"],\"text\":\"Chile " + n + "\"}"),
      new Kind("source is an object", RejectReason.INVALID_FIELD,
          n -> "{" + ok(n) + ",\"source\":{\"n\":" + n + "},\"text\":\"Chile\"}"),
      new Kind("published is a number", RejectReason.INVALID_FIELD,
          n -> "{\"id\":\"p" + n + "\",\"published\":20240619,\"text\":\"Chile " + n + "\"}"),
      new Kind("no text", RejectReason.MISSING_TEXT, n -> "{" + ok(n) + ",\"title\":\"Chile " + n + "\"}"),
      new Kind("empty text", RejectReason.MISSING_TEXT, n -> "{" + ok(n) + ",\"text\":\"\"}"),
      new Kind("white-space text", RejectReason.MISSING_TEXT, n -> "{" + ok(n) + ",\"text\":\" \\n\\t \"}"),
      new Kind("null text", RejectReason.MISSING_TEXT, n -> "{" + ok(n) + ",\"text\":null}"),
      new Kind("no date", RejectReason.MISSING_DATE, n -> "{\"id\":\"d" + n + "\",\"text\":\"Chile " + n + "\"}"),
      new Kind("blank date", RejectReason.MISSING_DATE,
          n -> "{\"id\":\"d" + n + "\",\"published\":\"  \",\"text\":\"Chile " + n + "\"}"),
      new Kind("date in words", RejectReason.INVALID_DATE, n -> dated(n, "yesterday")),
      new Kind("month 13", RejectReason.INVALID_DATE, n -> dated(n, "2024-13-" + (10 + n % 18))),
      new Kind("year 1500", RejectReason.INVALID_DATE, n -> dated(n, "1500-06-01")),
      new Kind("year 0000", RejectReason.INVALID_DATE, n -> dated(n, "0000-01-01")),
      new Kind("Julian-calendar gap", RejectReason.INVALID_DATE, n -> dated(n, "1582-10-10")),
      new Kind("negative year", RejectReason.INVALID_DATE, n -> dated(n, "-0044-03-15")),
      new Kind("five-digit year", RejectReason.INVALID_DATE, n -> dated(n, "+12024-01-01")),
      new Kind("French", RejectReason.UNSUPPORTED_LANGUAGE,
          n -> "{" + ok(n) + ",\"language\":\"fr\",\"text\":\"Le Chili " + n + "\"}"),
      new Kind("German with region", RejectReason.UNSUPPORTED_LANGUAGE,
          n -> "{" + ok(n) + ",\"language\":\"de-DE\",\"text\":\"Chile " + n + "\"}"));

  private static String dated(int n, String date) {
    return "{\"id\":\"d" + n + "\",\"published\":\"" + date + "\",\"text\":\"Chile and Peru " + n + "\"}";
  }

  /** {@code perKind} records of every kind, kinds interleaved. */
  public static List<Line> generate(int perKind) {
    List<Line> lines = new ArrayList<>();
    for (int n = 0; n < perKind; n++) {
      for (Kind kind : KINDS) {
        lines.add(new Line(kind.name(), kind.reason(), kind.line().apply(n)));
      }
    }
    return lines;
  }
}
