package dev.sse.views.graph.render;

/**
 * Where a note's callout goes, in screen pixels, on the side of its node that its chain label leaves free
 * (labels point away from the layout's centre, see {@link NodeLayer}): beside a node that lies above or below
 * the centre (to the right, or to the left at the view's right edge), above a node that lies left or right of
 * it (below near the view's top). The box stays inside the view; the leader runs from the node's outline to
 * the nearest point of the box. Shared by the canvas and the SVG export, so both agree.
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
    static final double GAP = 18;
    /** Pixels kept free at the view's edges. */
    static final double MARGIN = 4;

    /**
     * @param sx    the node's centre on screen
     * @param sy    the node's centre on screen
     * @param r     the node's radius on screen
     * @param w     the box's size
     * @param h     the box's size
     * @param ox    the layout's centre (world origin) on screen
     * @param oy    the layout's centre (world origin) on screen
     * @param viewW the view's size
     * @param viewH the view's size
     */
    public static NotePlacement of(double sx, double sy, double r, double w, double h, double ox, double oy,
                                   double viewW, double viewH) {
        double x;
        double y;
        if (Math.abs(sy - oy) >= Math.abs(sx - ox)) {
            x = sx + r + GAP + w <= viewW - MARGIN || sx - r - GAP - w < MARGIN ? sx + r + GAP : sx - r - GAP - w;
            y = sy - h / 2;
        } else {
            x = sx - w / 2;
            y = sy - r - GAP - h >= MARGIN ? sy - r - GAP - h : sy + r + GAP;
        }
        x = Math.max(MARGIN, Math.min(x, viewW - MARGIN - w));
        y = Math.max(MARGIN, Math.min(y, viewH - MARGIN - h));
        double x2 = Math.max(x, Math.min(sx, x + w));
        double y2 = Math.max(y, Math.min(sy, y + h));
        double d = Math.max(1e-9, Math.hypot(x2 - sx, y2 - sy));
        return new NotePlacement(x, y, sx + (x2 - sx) * r / d, sy + (y2 - sy) * r / d, x2, y2);
    }
}
