package dev.sse.model.io.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number text for CSV and reports: plain decimal, 12 significant digits (hides binary noise), "" for null. */
public final class Num {

    private Num() {
    }

    public static String plain(Double x) {
        if (x == null || x.isNaN()) {
            return "";
        }
        if (x.isInfinite()) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(12, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
