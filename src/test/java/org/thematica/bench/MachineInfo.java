package org.thematica.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine a benchmark ran on, and the JVM's heap, as the results file records them. */
final class MachineInfo {
    private MachineInfo() {
    }

    /** "2 cores, 23.5 GB RAM, AMD EPYC ..., Java 17.0.15 (max heap 1024 MB), Linux 6.1 amd64". */
    static String describe() {
        return String.format(Locale.ROOT, "%d cores, %s RAM, %s, Java %s (%s, max heap %d MB), %s %s %s",
                Runtime.getRuntime().availableProcessors(), ram(), cpuModel(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
    }

    /** The one-minute load average, or -1 where the system does not say. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String cpuModel() {
        return procField("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch"));
    }

    private static String ram() {
        return procField("/proc/meminfo", "MemTotal")
                .map(v -> String.format(Locale.ROOT, "%.1f GB", Long.parseLong(v.replace("kB", "").strip()) / 1048576.0))
                .orElse("? GB");
    }

    private static java.util.Optional<String> procField(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    /** Sets every heap pool's peak to its current use (after a collection, so garbage does not count). */
    static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset, in MB: an upper bound of the heap's high-water mark. */
    static long peakHeapMb() {
        return TranscriptBenchmark.peakHeapMb();
    }

    /** Heap in use after a full collection, in MB: what the open project really keeps. */
    static long liveHeapMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
