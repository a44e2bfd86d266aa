package org.redress.benchmarks.evidence;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Capture against a durable copy in pairs: each round copies the file, then captures it, so both meet the disk and
 * the host in the same state. JMH runs all of one benchmark's iterations before the other's; on a virtual machine
 * whose disk and CPU speed drift within minutes the two means can then compare different machines, while the median
 * of paired ratios does not. Each round also reports the CPU time the process used during the capture (all threads,
 * user and system), which shows whether the two cores were the limit. Run with the heap held as in
 * {@link CaptureBenchmark}:
 *
 * <pre>{@code java -Xmx64m -cp benchmarks/target/benchmarks.jar org.redress.benchmarks.evidence.CapturePaired [rounds]}</pre>
 */
public final class CapturePaired {

    private CapturePaired() {
    }

    /**
     * Runs two warm-up rounds and then the given number of measured rounds (default 16); prints each round and the
     * medians, the ratio being the copy's time over the capture's (the ratio of their throughputs).
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        CaptureBenchmark bench = new CaptureBenchmark();
        bench.size = 1L << 30;
        bench.setUp();
        try {
            long[] copies = new long[rounds];
            long[] captures = new long[rounds];
            long[] cpu = new long[rounds];
            double[] ratios = new double[rounds];
            for (int round = -2; round < rounds; round++) {
                long t0 = System.nanoTime();
                bench.durableCopy();
                long t1 = System.nanoTime();
                long cpu0 = os.getProcessCpuTime();
                bench.capture();
                long t2 = System.nanoTime();
                long cpu1 = os.getProcessCpuTime();
                bench.clean();
                if (round >= 0) {
                    copies[round] = (t1 - t0) / 1_000_000;
                    captures[round] = (t2 - t1) / 1_000_000;
                    cpu[round] = (cpu1 - cpu0) / 1_000_000;
                    ratios[round] = (double) (t1 - t0) / (t2 - t1);
                    System.out.printf(Locale.ROOT, "round %2d: copy %5d ms, capture %5d ms (CPU %5d ms), ratio %.2f%n",
                            round + 1, copies[round], captures[round], cpu[round], ratios[round]);
                }
            }
            System.out.printf(Locale.ROOT, "median of %d rounds: copy %d ms, capture %d ms (CPU %d ms), ratio %.2f%n",
                    rounds, median(copies), median(captures), median(cpu), median(ratios));
        } finally {
            bench.tearDown();
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
