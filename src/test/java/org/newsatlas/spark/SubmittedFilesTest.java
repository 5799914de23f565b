package org.newsatlas.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bare file names given to spark-submit --files, found where the submitter had them (client mode). */
class SubmittedFilesTest {
  @TempDir Path dir;

  @AfterEach
  void clear() {
    System.clearProperty("spark.files");
    System.clearProperty("spark.yarn.dist.files");
  }

  @Test
  void aBareNameListedInFilesResolvesToTheSubmittersFile() throws Exception {
    Path job = Files.writeString(dir.resolve("nightly-test-job.properties"), "input=x\n");
    Path gaz = Files.writeString(dir.resolve("gazetteer-test.bin"), "g");
    System.setProperty("spark.files", gaz.toUri() + "," + job.toUri());
    assertEquals(job.toString(), SubmittedFiles.resolve("nightly-test-job.properties"));
    assertEquals(gaz.toString(), SubmittedFiles.resolve("gazetteer-test.bin"));
  }

  @Test
  void yarnListsThemUnderItsOwnKeyWithoutScheme() throws Exception {
    Path job = Files.writeString(dir.resolve("nightly-yarn-job.properties"), "input=x\n");
    System.setProperty("spark.yarn.dist.files", job.toString());
    assertEquals(job.toString(), SubmittedFiles.resolve("nightly-yarn-job.properties"));
  }

  @Test
  void otherPathsAreLeftAsGiven() throws Exception {
    Path job = Files.writeString(dir.resolve("listed.properties"), "input=x\n");
    System.setProperty("spark.files", job.toUri().toString());
    assertEquals("unlisted.properties", SubmittedFiles.resolve("unlisted.properties"));
    assertEquals("hdfs:///x/listed.properties", SubmittedFiles.resolve("hdfs:///x/listed.properties"));
    assertEquals("conf/listed.properties", SubmittedFiles.resolve("conf/listed.properties"));
    assertEquals("pom.xml", SubmittedFiles.resolve("pom.xml")); // exists in the working directory: used as it is
  }

  @Test
  void aFileAlreadyInSparkFilesIsNotAddedAgain() throws Exception {
    Path gaz = Files.writeString(dir.resolve("g.bin"), "g");
    SparkConf conf = new SparkConf(false).set("spark.files", "file:" + gaz + ",file:/elsewhere/other.bin");
    assertTrue(SubmittedFiles.shipped(conf, gaz.toString()));
    assertFalse(SubmittedFiles.shipped(conf, dir.resolve("other.bin").toString()));
    assertFalse(SubmittedFiles.shipped(new SparkConf(false), gaz.toString()));
  }
}
