package dev.sse.app.bench;

/**
 * The frame times an {@code AnimationTimer} of a benchmark sees (issue 21: one counter for the render benchmark's
 * playback and the wheel spin): how many frames, the first one's time, the longest gap between two frames and how
 * many gaps were longer than a limit. Times in nanoseconds, as {@code AnimationTimer.handle} gets them.
 */
final class FrameClock {

    private final long longGap;
    private long first;
    private long last;
    private long frames;
    private long longest;
    private long longGaps;

    /** Gaps longer than {@code longGapNanos} are counted as long ({@link #longGaps()}). */
    FrameClock(long longGapNanos) {
        this.longGap = longGapNanos;
    }

    /** Counts the frame drawn at {@code now}; true for the first one, which has no gap before it. */
    boolean tick(long now) {
        boolean firstFrame = frames == 0;
        if (firstFrame) {
            first = now;
        } else {
            longest = Math.max(longest, now - last);
            longGaps += now - last > longGap ? 1 : 0;
        }
        frames++;
        last = now;
        return firstFrame;
    }

    long frames() {
        return frames;
    }

    /** The first frame's time. */
    long first() {
        return first;
    }

    /** The longest gap between two frames (0 before the second). */
    long longest() {
        return longest;
    }

    long longGaps() {
        return longGaps;
    }
}
