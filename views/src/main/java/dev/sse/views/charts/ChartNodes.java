package dev.sse.views.charts;

import dev.sse.model.format.Screen;
import dev.sse.model.compare.ChartData;
import dev.sse.views.common.ViewText;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Builds the JavaFX charts of the Charts tab from {@link ChartData} (the report draws the same data as SVG
 * through {@code ReportCharts}). Every data node gets a tooltip with its exact value and calls {@code onHover} with the
 * point it shows.
 */
public final class ChartNodes {

    /**
     * Margins beyond ±1,000% are drawn to the cap, as in the report; a clipped bar or point is marked (pseudo-class
     * {@code :clipped}, a bar also carries its true value, "▲ 1,370%") and its tooltip says it was cut (#18.11).
     */
    public static final double MARGIN_CAP = 10;
    /** The pseudo-class of a bar or point drawn at the cap (a pseudo-class: the charts reset their nodes' style classes). */
    public static final javafx.css.PseudoClass CLIPPED = javafx.css.PseudoClass.getPseudoClass("clipped");

    private ChartNodes() {
    }

    public static BarChart<String, Number> marginBars(ChartData.Bars bars, Consumer<ChartData.Point> onHover) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = percentAxis("charts.axis.margin");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setTitle(ViewText.get("charts.margin.title"));
        chart.setAnimated(false);
        chart.getStyleClass().add("margin-bars");
        if (bars == null) {
            return chart;
        }
        for (ChartData.Series s : bars.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (ChartData.Point p : s.points()) {
                if (p.y() != null) {
                    XYChart.Data<String, Number> d = new XYChart.Data<>(bars.categories().get((int) p.x()),
                            Math.max(-MARGIN_CAP, Math.min(MARGIN_CAP, p.y())));
                    attach(d, p, ViewText.get("charts.margin.point", s.name(), bars.categories().get((int) p.x()), Screen.percent(p.y())),
                            onHover, MARGIN_CAP, true);
                    series.getData().add(d);
                }
            }
            chart.getData().add(series);
        }
        return chart;
    }

    /** Stake lost vs ψ: every side's worst-case loss, and its DR bound dashed. */
    public static LineChart<Number, Number> lossVsShock(List<ChartData.Series> series, Consumer<ChartData.Point> onHover) {
        NumberAxis x = percentAxis("charts.axis.shock");
        NumberAxis y = percentAxis("charts.axis.loss");
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setUpperBound(1);
        y.setTickUnit(0.2);
        double xMax = series.stream().flatMap(s -> s.points().stream()).mapToDouble(ChartData.Point::x).max().orElse(0);
        if (xMax > 0) {
            x.setAutoRanging(false);
            x.setLowerBound(0);
            x.setUpperBound(xMax);
            x.setTickUnit(xMax / 6);
        }
        LineChart<Number, Number> chart = lines(ViewText.get("charts.loss.title"), x, y, series, onHover, 1);
        chart.getStyleClass().add("loss-chart");
        return chart;
    }

    /** Chain margins against a price drop. */
    public static LineChart<Number, Number> marginsVsPrice(String title, List<ChartData.Series> series,
                                                           Consumer<ChartData.Point> onHover) {
        LineChart<Number, Number> chart = lines(title, percentAxis("charts.axis.priceDrop"), percentAxis("charts.axis.priceMargin"), series, onHover,
                MARGIN_CAP);
        chart.getStyleClass().add("price-chart");
        return chart;
    }

    private static LineChart<Number, Number> lines(String title, NumberAxis x, NumberAxis y, List<ChartData.Series> series,
                                                   Consumer<ChartData.Point> onHover, double cap) {
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        for (ChartData.Series s : series) {
            XYChart.Series<Number, Number> out = new XYChart.Series<>();
            out.setName(s.name());
            for (ChartData.Point p : s.points()) {
                if (p.y() != null) {
                    XYChart.Data<Number, Number> d = new XYChart.Data<>(p.x(), Math.max(-cap, Math.min(cap, p.y())));
                    attach(d, p, ViewText.get("charts.point", s.name(), Screen.percent(p.x()), Screen.percent(p.y())), onHover, cap, false);
                    out.getData().add(d);
                }
            }
            if (s.dashed()) {
                // LineChart resets the series path's style classes, so the dash is set on the shape itself
                out.nodeProperty().addListener((o, was, node) -> dash(node));
            }
            chart.getData().add(out);
            if (s.dashed()) {
                dash(out.getNode());
            }
        }
        return chart;
    }

    private static void dash(javafx.scene.Node node) {
        if (node instanceof javafx.scene.shape.Shape shape) {
            shape.getStrokeDashArray().setAll(8.0, 5.0);
        }
    }

    private static <X> void attach(XYChart.Data<X, Number> d, ChartData.Point p, String tip, Consumer<ChartData.Point> onHover,
                                   double cap, boolean bar) {
        boolean clipped = Math.abs(p.y()) > cap;
        d.nodeProperty().addListener((o, was, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(clipped ? ViewText.get("charts.clipped.tip", tip, Screen.percent(Math.copySign(cap, p.y())))
                        : tip));
                node.setOnMouseEntered(e -> onHover.accept(p));
                if (clipped) {
                    mark(node, p.y(), bar);
                }
            }
        });
    }

    /** A value drawn at the cap: marked, and a bar shows its true value at its end. */
    private static void mark(javafx.scene.Node node, double value, boolean withValue) {
        node.pseudoClassStateChanged(CLIPPED, true);
        if (withValue && node instanceof javafx.scene.layout.StackPane bar) {
            javafx.scene.control.Label label = new javafx.scene.control.Label(
                    ViewText.get(value > 0 ? "charts.clipped.above" : "charts.clipped.below", Screen.percent(value)));
            label.getStyleClass().add("clipped-value");
            label.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.StackPane.setAlignment(label, value > 0 ? javafx.geometry.Pos.TOP_CENTER : javafx.geometry.Pos.BOTTOM_CENTER);
            bar.getChildren().add(label);
        }
    }

    private static NumberAxis percentAxis(String labelKey) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(ViewText.get(labelKey));
        axis.setTickLabelFormatter(ticks(Screen::percent));
        return axis;
    }

    /** Tick labels through the one screen formatter ({@link Screen}): the axis only shows them, never parses them. */
    public static StringConverter<Number> ticks(java.util.function.DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return format.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("tick labels are only shown");
            }
        };
    }
}
