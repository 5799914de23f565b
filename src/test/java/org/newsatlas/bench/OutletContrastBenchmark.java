package org.newsatlas.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.newsatlas.compare.stats.ChiSquare;
import org.newsatlas.compare.stats.OutletContrasts;
import org.newsatlas.compare.stats.SpecialFunctions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Cost of one outlet-vs-rest row (share, Fightin' Words, chi-square with p-value), and of erfc alone. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OutletContrastBenchmark {
  private static final int N = 1024;
  private final long[][] rows = new long[N][4];
  private final double[] xs = new double[N];
  private final OutletContrasts contrasts = OutletContrasts.defaults();
  private int i;

  @Setup
  public void setup() {
    Random rnd = new Random(1);
    for (int k = 0; k < N; k++) {
      long outletTotal = 50 + rnd.nextInt(5000), restTotal = 1000 + rnd.nextInt(100_000);
      rows[k][0] = rnd.nextInt((int) outletTotal / 4);
      rows[k][1] = outletTotal;
      rows[k][2] = rnd.nextInt((int) restTotal / 4);
      rows[k][3] = restTotal;
      xs[k] = rnd.nextDouble() * 6;
    }
  }

  @Benchmark
  public void contrast(Blackhole bh) {
    long[] r = rows[i++ & (N - 1)];
    bh.consume(contrasts.contrast(r[0], r[1], r[2], r[3]));
  }

  @Benchmark
  public double erfc() {
    return SpecialFunctions.erfc(xs[i++ & (N - 1)]);
  }

  @Benchmark
  public double chiSquareSurvival5df() {
    return ChiSquare.survival(2 * xs[i++ & (N - 1)], 5);
  }
}
