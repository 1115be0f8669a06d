package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sse.model.sweep.SweepResult;
import dev.sse.model.sweep.SweepRow;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SweepResult} as the {@code sweep --json} document: the spec, then {@code rows}, one object per
 * point with the same fields as the CSV ({@code value}, {@code secure}, {@code margin}, {@code worstCaseLoss},
 * {@code drBound}, {@code chainMargins}, …). Deterministic: fixed key order, numbers exact (shortest round trip, {@link dev.sse.model.format.Decimals#exact}), "\n" line ends;
 * undefined numbers are null.
 */
public final class SweepJson {


    private SweepJson() {
    }

    public static String write(SweepResult r) {
        return JsonStyle.document(g -> document(g, r));
    }

    private static void document(JsonGenerator g, SweepResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("network", r.network());
        g.writeStringField("valueUnit", r.valueUnit());
        g.writeStringField("parameter", r.spec().parameter().key());
        JsonStyle.number(g, "from", r.spec().from());
        JsonStyle.number(g, "to", r.spec().to());
        g.writeNumberField("steps", r.spec().steps());
        JsonStyle.number(g, "shockBudget", r.spec().parameter() instanceof dev.sse.model.sweep.SweepParameter.ShockBudget
                ? null : r.spec().shockBudget());
        JsonStyle.number(g, "timeLimitSeconds", r.spec().timeLimitSeconds());
        if (r.spec().scenario() == null) {
            g.writeNullField("scenario");
        } else {
            g.writeStringField("scenario", r.spec().scenario().name());
            g.writeNumberField("seed", r.spec().scenario().seed());
        }
        g.writeBooleanField("complete", r.complete());
        g.writeArrayFieldStart("rows");
        for (SweepRow row : r.rows()) {
            row(g, row);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void row(JsonGenerator g, SweepRow row) throws IOException {
        g.writeStartObject();
        JsonStyle.number(g, "value", row.value());
        g.writeBooleanField("secure", row.secure());
        g.writeBooleanField("secureExact", row.secureExact());
        JsonStyle.number(g, "margin", row.margin());
        g.writeBooleanField("marginExact", row.marginExact());
        JsonStyle.number(g, "shockBudget", row.shockBudget());
        JsonStyle.number(g, "worstCaseLoss", row.worstCaseLoss());
        g.writeBooleanField("worstCaseExact", row.worstExact());
        JsonStyle.number(g, "drBound", row.drBound());
        JsonStyle.strings(g, "worstShock", row.worstShock());
        map(g, "chainMargins", row.chainMargins());
        if (!row.captures().isEmpty()) {
            map(g, "captures", row.captures());
        }
        if (row.scenarioLoss() != null) {
            JsonStyle.number(g, "scenarioLoss", row.scenarioLoss());
            JsonStyle.strings(g, "scenarioFallen", row.scenarioFallen());
        }
        g.writeEndObject();
    }

    private static void map(JsonGenerator g, String key, Map<String, Double> values) throws IOException {
        g.writeObjectFieldStart(key);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            JsonStyle.number(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }


}
