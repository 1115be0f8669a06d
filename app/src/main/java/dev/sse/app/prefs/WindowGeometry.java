package dev.sse.app.prefs;

/** Where the main window was and how big, in screen coordinates. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    /** Smallest size worth restoring; anything smaller is treated as garbage. */
    public static final double MIN_SIZE = 400;

    public boolean plausible() {
        return Double.isFinite(x) && Double.isFinite(y) && width >= MIN_SIZE && height >= MIN_SIZE * 0.6;
    }
}
