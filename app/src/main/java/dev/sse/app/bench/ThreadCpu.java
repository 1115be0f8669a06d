package dev.sse.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * How long a thread of this process has run on a core, from the scheduler's own account
 * ({@code /proc/self/task/<tid>/schedstat}, first field, nanoseconds): on a machine shared with other work the frame
 * rate says how busy the machine is, while the CPU a frame costs the FX and render threads says what the window
 * asks of it, and compares builds in one run (docs/performance.md, "Zooming"). Linux only; elsewhere nothing is
 * reported. For the benchmarks; never used in a normal session.
 */
final class ThreadCpu {

    private final Path schedstat;

    private ThreadCpu(Path schedstat) {
        this.schedstat = schedstat;
    }

    /** The calling thread (call on the FX thread for the FX thread), or null where there is no schedstat. */
    static ThreadCpu current() {
        try {
            Path self = Path.of("/proc").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self")));
            return of(self.resolve("schedstat"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /** The first thread whose name starts with {@code prefix} (e.g. "QuantumRenderer"), or null. */
    static ThreadCpu named(String prefix) {
        // the kernel keeps 15 characters of a thread's name
        String shortPrefix = prefix.length() > 15 ? prefix.substring(0, 15) : prefix;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(t -> {
                try {
                    return Files.readString(t.resolve("comm")).strip().startsWith(shortPrefix);
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().map(t -> of(t.resolve("schedstat"))).orElse(null);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static ThreadCpu of(Path stat) {
        ThreadCpu cpu = new ThreadCpu(stat);
        return cpu.nanos() >= 0 ? cpu : null;
    }

    /** Nanoseconds run on a core so far, or -1 once the thread has ended. */
    long nanos() {
        try {
            return Long.parseLong(Files.readString(schedstat).trim().split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
