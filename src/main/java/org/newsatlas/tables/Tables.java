package org.newsatlas.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The table contract with analysts: names and schemas of every table under the output root. The README's table
 * reference documents these column by column; changing one is a breaking change (bump {@link #CONTRACT_VERSION}).
 */
public final class Tables {
  private Tables() {}

  /** Version of the table contract, recorded in every {@code runs} row. */
  public static final String CONTRACT_VERSION = "1";

  public static final String ARTICLES = "articles";
  public static final String QUARANTINE = "quarantine";
  public static final String MENTIONS = "mentions";
  public static final String EVENTS = "events";
  public static final String RUNS = "runs";
  public static final String PLACE_WEEK_OUTLET = "place_week_outlet";
  public static final String PLACE_WEEK = "place_week";
  public static final String EVENT_WEEK_PLACE = "event_week_place";
  public static final String ACTOR_WEEK_OUTLET = "actor_week_outlet";
  public static final String EVENT_CLUSTERS = "event_clusters";
  public static final String OUTLET_PLACE_CONTRAST = "outlet_place_contrast";
  public static final String OUTLET_DIVERGENCE = "outlet_divergence";

  public static final StructType ARTICLES_SCHEMA = schema(
      f("article_id", StringType, false),
      f("outlet", StringType, false),
      f("url", StringType, true),
      f("title", StringType, true),
      f("published_at", TimestampType, false),
      f("lang", StringType, true),
      f("text", StringType, false),
      f("week", StringType, false),
      f("week_start", DateType, false),
      f("source_file", StringType, false),
      f("duplicate_of", StringType, true),
      f("near_dup_cluster", StringType, true));

  public static final StructType QUARANTINE_SCHEMA = schema(
      f("run_id", StringType, false),
      f("source_file", StringType, false),
      f("locator", StringType, false),
      f("reason_code", StringType, false),
      f("message", StringType, false),
      f("raw", StringType, true),
      f("raw_bytes", LongType, false));

  public static final StructType MENTIONS_SCHEMA = schema(
      f("article_id", StringType, false),
      f("outlet", StringType, false),
      f("week", StringType, false),
      f("sentence_idx", IntegerType, false),
      f("start_char", IntegerType, false),
      f("end_char", IntegerType, false),
      f("surface", StringType, false),
      f("entity_type", StringType, false),
      f("entity_id", StringType, true),
      f("name", StringType, true),
      f("country_code", StringType, true),
      f("admin1", StringType, true),
      f("lat", DoubleType, true),
      f("lon", DoubleType, true),
      f("feature_code", StringType, true),
      f("confidence", DoubleType, false),
      f("method", StringType, false));

  public static final StructType EVENTS_SCHEMA = schema(
      f("event_id", StringType, false),
      f("article_id", StringType, false),
      f("outlet", StringType, false),
      f("week", StringType, false),
      f("sentence_idx", IntegerType, false),
      f("start_char", IntegerType, false),
      f("end_char", IntegerType, false),
      f("event_type", StringType, false),
      f("event_subtype", StringType, false),
      f("cameo_root", StringType, true),
      f("quad_class", IntegerType, true),
      f("goldstein", DoubleType, true),
      f("trigger", StringType, true),
      f("actor1_id", StringType, true),
      f("actor2_id", StringType, true),
      f("place_id", StringType, true),
      f("place_name", StringType, true),
      f("country_code", StringType, true),
      f("admin1", StringType, true),
      f("lat", DoubleType, true),
      f("lon", DoubleType, true),
      f("event_date", DateType, true),
      f("date_precision", StringType, true),
      f("modality", StringType, false),
      f("confidence", DoubleType, false),
      f("cluster_id", StringType, true));

  public static final StructType RUNS_SCHEMA = schema(
      f("run_id", StringType, false),
      f("command", StringType, false),
      f("status", StringType, false),
      f("started_at", TimestampType, false),
      f("ended_at", TimestampType, true),
      f("inputs", createArrayType(StringType), true),
      f("counts", createMapType(StringType, LongType), true),
      f("config", createMapType(StringType, StringType), true),
      f("version", StringType, false),
      f("contract_version", StringType, false),
      f("message", StringType, true));

  private static StructType schema(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField f(String name, DataType type, boolean nullable) {
    return createStructField(name, type, nullable);
  }
}
