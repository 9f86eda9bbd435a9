package org.veil.cli;

import java.lang.management.ManagementFactory;

/**
 * Where a fresh process spends its start-up, for {@code -Dveil.trace.start=true}: each step prints the time
 * since the JVM started and the CPU time of the process so far to stderr. Off by default, and then free.
 */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("veil.trace.start");

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            var runtime = ManagementFactory.getRuntimeMXBean();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            System.err.printf("start-up: %-28s %5d ms since the JVM started, %5d ms CPU%n", step,
                    runtime.getUptime(), os.getProcessCpuTime() / 1_000_000);
        }
    }
}
