package dev.sse.views.graph.render;

/**
 * Where a note's callout goes, in screen pixels: above and to the right of its node, or to the left when
 * the right side would leave the view; kept inside the view vertically. The leader runs from the node's
 * outline to the nearest point of the box. Shared by the canvas and the SVG export, so both agree.
 *
 * @param x  left of the box
 * @param y  top of the box
 * @param x1 leader start (on the node's outline)
 * @param y1 leader start
 * @param x2 leader end (on the box)
 * @param y2 leader end
 */
public record NotePlacement(double x, double y, double x1, double y1, double x2, double y2) {

    /** Pixels between the node's outline and the box. */
    static final double GAP = 14;
    /** Pixels kept free at the view's edges. */
    static final double MARGIN = 4;

    /**
     * @param sx     the node's centre on screen
     * @param sy     the node's centre on screen
     * @param r      the node's radius on screen
     * @param w      the box's size
     * @param h      the box's size
     * @param viewW  the view's size
     * @param viewH  the view's size
     */
    public static NotePlacement of(double sx, double sy, double r, double w, double h, double viewW, double viewH) {
        double corner = r * Math.sqrt(0.5) + GAP;
        double x = sx + corner;
        if (x + w > viewW - MARGIN && sx - corner - w >= MARGIN) {
            x = sx - corner - w;
        }
        double y = Math.max(MARGIN, Math.min(sy - corner - h, viewH - MARGIN - h));
        double x2 = Math.max(x, Math.min(sx, x + w));
        double y2 = Math.max(y, Math.min(sy, y + h));
        double d = Math.max(1e-9, Math.hypot(x2 - sx, y2 - sy));
        return new NotePlacement(x, y, sx + (x2 - sx) * r / d, sy + (y2 - sy) * r / d, x2, y2);
    }
}
