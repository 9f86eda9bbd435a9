package org.veil.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

/** What the benchmarks measure with: a median over runs, and the heap's peak. */
final class Measure {
    /** A piece of work to time. */
    interface Work {
        void run() throws Exception;
    }

    private Measure() {
    }

    /** Median wall-clock seconds of {@code runs} runs (at least one); the noisy machine makes a mean misleading. */
    static double medianSeconds(int runs, Work work) throws Exception {
        double[] t = new double[Math.max(1, runs)];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            work.run();
            t[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    /** Sum of the heap pools' peak usage, in MB (garbage included). */
    static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }
}
