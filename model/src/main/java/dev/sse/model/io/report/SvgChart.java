package dev.sse.model.io.report;

import dev.sse.model.compare.ChartData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Self-contained inline SVG charts for the HTML report when no JavaFX is at hand (the CLI): grouped bars and
 * line charts with axes, ticks, a legend and a {@code <title>} tooltip on every mark. Colours are the
 * Okabe–Ito palette of the app's theme.
 */
public final class SvgChart {

    static final String[] PALETTE = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000",
        "#8a8f98"};
    private static final int W = 760;
    private static final int H = 340;
    private static final int LEFT = 72;
    private static final int RIGHT = 16;
    private static final int TOP = 36;
    private static final int BOTTOM = 76;

    private SvgChart() {
    }

    /**
     * Grouped bars. Values beyond ±{@code cap} are drawn to the cap and marked with their value (the axis stays
     * readable when one margin is 50×); null values leave a gap.
     */
    public static String bars(String title, ChartData.Bars bars, String yLabel, double cap, DoubleFunction<String> fmt) {
        double lo = 0;
        double hi = 0;
        for (ChartData.Series s : bars.series()) {
            for (ChartData.Point p : s.points()) {
                if (p.y() != null) {
                    lo = Math.min(lo, Math.max(-cap, p.y()));
                    hi = Math.max(hi, Math.min(cap, p.y()));
                }
            }
        }
        Axis y = Axis.of(lo, hi == lo ? lo + 1 : hi);
        int legendRows = legendRows(bars.series().stream().map(ChartData.Series::name).toList());
        StringBuilder svg = open(title, legendRows);
        yAxis(svg, y, yLabel, fmt);
        int n = Math.max(1, bars.categories().size());
        double band = plotW() / n;
        double barW = Math.min(36, band * 0.8 / Math.max(1, bars.series().size()));
        double zero = y.screen(0);
        for (int c = 0; c < bars.categories().size(); c++) {
            double x0 = LEFT + c * band + (band - barW * bars.series().size()) / 2;
            for (int s = 0; s < bars.series().size(); s++) {
                ChartData.Point p = bars.series().get(s).points().get(c);
                if (p.y() == null) {
                    continue;
                }
                double v = Math.max(-cap, Math.min(cap, p.y()));
                double top = Math.min(zero, y.screen(v));
                double h = Math.max(1, Math.abs(y.screen(v) - zero));
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s · %s: %s</title></rect>%n",
                        x0 + s * barW, top, barW - 1, h, PALETTE[s % PALETTE.length], esc(bars.series().get(s).name()),
                        esc(bars.categories().get(c)), esc(fmt.apply(p.y()))));
                if (Math.abs(p.y()) > cap) {
                    svg.append(text(x0 + s * barW + barW / 2, v > 0 ? top - 3 : top + h + 10, "middle", 9, fmt.apply(p.y())));
                }
            }
            double cx = LEFT + c * band + band / 2;
            if (band < 64) { // many chains: slanted labels so neighbours do not overlap
                svg.append(String.format(Locale.ROOT, "<g transform=\"rotate(-35 %.1f %.1f)\">%s</g>%n", cx, TOP + plotH() + 14,
                        text(cx, TOP + plotH() + 14, "end", 10, bars.categories().get(c)).strip()));
            } else {
                svg.append(text(cx, TOP + plotH() + 16, "middle", 11, bars.categories().get(c)));
            }
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#1f2328\"/>%n",
                LEFT, zero, W - RIGHT, zero));
        legend(svg, bars.series().stream().map(ChartData.Series::name).toList(), List.of());
        return svg.append("</svg>\n").toString();
    }

    /** Line chart of series against a shared x axis; dashed series are drawn dashed; y is clamped to [yMin, yMax]. */
    public static String lines(String title, List<ChartData.Series> series, String xLabel, String yLabel,
                               DoubleFunction<String> xFmt, DoubleFunction<String> yFmt, double yMin, double yMax) {
        double xlo = Double.MAX_VALUE;
        double xhi = -Double.MAX_VALUE;
        double ylo = yMin;
        double yhi = yMin;
        for (ChartData.Series s : series) {
            for (ChartData.Point p : s.points()) {
                xlo = Math.min(xlo, p.x());
                xhi = Math.max(xhi, p.x());
                if (p.y() != null) {
                    ylo = Math.max(yMin, Math.min(ylo, p.y()));
                    yhi = Math.min(yMax, Math.max(yhi, p.y()));
                }
            }
        }
        if (xlo > xhi) {
            xlo = 0;
            xhi = 1;
        }
        Axis x = Axis.horizontal(xlo, xhi == xlo ? xlo + 1 : xhi);
        Axis y = Axis.of(ylo, yhi == ylo ? ylo + 1 : yhi);
        StringBuilder svg = open(title, legendRows(series.stream().map(ChartData.Series::name).toList()));
        yAxis(svg, y, yLabel, yFmt);
        for (double t : x.ticks()) {
            svg.append(text(x.screen(t), TOP + plotH() + 16, "middle", 11, xFmt.apply(t)));
        }
        svg.append(text(LEFT + plotW() / 2, TOP + plotH() + 32, "middle", 11, xLabel));
        List<Boolean> dashed = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            ChartData.Series s = series.get(i);
            String colour = PALETTE[i % PALETTE.length];
            dashed.add(s.dashed());
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (ChartData.Point p : s.points()) {
                if (p.y() == null) {
                    pen = false;
                    continue;
                }
                double v = Math.max(yMin, Math.min(yMax, p.y()));
                path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x.screen(p.x()), y.screen(v)));
                pen = true;
            }
            svg.append(String.format("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                    path.toString().strip(), colour, s.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
            for (ChartData.Point p : s.points()) {
                if (p.y() != null) {
                    double v = Math.max(yMin, Math.min(yMax, p.y()));
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s at %s: %s</title></circle>%n",
                            x.screen(p.x()), y.screen(v), colour, esc(s.name()), esc(xFmt.apply(p.x())), esc(yFmt.apply(p.y()))));
                }
            }
        }
        legend(svg, series.stream().map(ChartData.Series::name).toList(), dashed);
        return svg.append("</svg>\n").toString();
    }

    private static double plotW() {
        return W - LEFT - RIGHT;
    }

    private static double plotH() {
        return H - TOP - BOTTOM;
    }

    /** Legend columns: three for short names, fewer when the longest name would run into its neighbour. */
    private static int legendColumns(List<String> names) {
        int longest = names.stream().mapToInt(String::length).max().orElse(0);
        return longest > 38 ? 1 : longest > 24 ? 2 : 3;
    }

    private static int legendRows(List<String> names) {
        int cols = legendColumns(names);
        return (names.size() + cols - 1) / cols;
    }

    private static StringBuilder open(String title, int legendRows) {
        int h = H + legendRows * 18;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" role=\"img\" aria-label=\"%s\">%n", W, h, W, h, esc(title)));
        svg.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", W, h));
        svg.append(text(W / 2.0, 22, "middle", 15, title).replace("<text ", "<text font-weight=\"bold\" "));
        return svg;
    }

    private static void yAxis(StringBuilder svg, Axis y, String label, DoubleFunction<String> fmt) {
        for (double t : y.ticks()) {
            double sy = y.screen(t);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e5e7eb\"/>%n",
                    LEFT, sy, W - RIGHT, sy));
            svg.append(text(LEFT - 6, sy + 4, "end", 11, fmt.apply(t)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"#1f2328\"/>%n",
                LEFT, TOP, LEFT, TOP + plotH()));
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 14 %.1f)\">%s</text>%n", TOP + plotH() / 2, TOP + plotH() / 2, esc(label)));
    }

    private static void legend(StringBuilder svg, List<String> names, List<Boolean> dashed) {
        int cols = legendColumns(names);
        double colW = plotW() / cols;
        for (int i = 0; i < names.size(); i++) {
            double x = LEFT + (i % cols) * colW;
            double y = H - 8 + (i / cols) * 18;
            boolean dash = i < dashed.size() && dashed.get(i);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%s\"%s/>%n",
                    x, y - 4, x + 18, y - 4, PALETTE[i % PALETTE.length], dash ? "2" : "8", dash ? " stroke-dasharray=\"6 4\"" : ""));
            svg.append(text(x + 24, y, "start", 11, names.get(i)));
        }
    }

    private static String text(double x, double y, String anchor, int size, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\" fill=\"#1f2328\">%s</text>%n",
                x, y, size, anchor, esc(s));
    }

    static String esc(String s) {
        return Html.esc(s);
    }

    /** A linear axis with "nice" ticks, mapped to the plot area. */
    private record Axis(double lo, double hi, boolean horizontal, double step) {

        static Axis of(double lo, double hi) {
            double step = nice((hi - lo) / 5);
            return new Axis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, false, step);
        }

        static Axis horizontal(double lo, double hi) {
            return new Axis(lo, hi, true, nice((hi - lo) / 6));
        }

        static double nice(double raw) {
            double mag = Math.pow(10, Math.floor(Math.log10(raw)));
            double f = raw / mag;
            return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
        }

        List<Double> ticks() {
            List<Double> t = new ArrayList<>();
            double start = Math.ceil(lo / step - 1e-9) * step;
            for (double v = start; v <= hi + step * 1e-9; v += step) {
                t.add(Math.abs(v) < step * 1e-9 ? 0 : v);
            }
            return t;
        }

        double screen(double v) {
            double f = (v - lo) / (hi - lo);
            return horizontal ? LEFT + f * plotW() : TOP + plotH() - f * plotH();
        }
    }
}
