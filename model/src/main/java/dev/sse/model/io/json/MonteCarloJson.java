package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sse.model.format.Decimals;
import dev.sse.model.montecarlo.ChainRisk;
import dev.sse.model.montecarlo.Distribution;
import dev.sse.model.montecarlo.DrawOutcome;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.model.montecarlo.ShockModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code montecarlo --json} summary (docs/scenario-format.md, "Output of montecarlo"): the run, the
 * distribution of the value lost (mean, quantiles, VaR and expected shortfall at 95/99/99.9%), the cascade depth,
 * per-chain fall and compromise probabilities with the loss given a fall, and the worst draws. Deterministic: fixed
 * key order, 12 significant digits, "\n" line ends, undefined numbers null; nothing about threads or timing.
 */
public final class MonteCarloJson {


    /** Worst draws listed. */
    public static final int WORST = 10;

    private MonteCarloJson() {
    }

    public static String write(MonteCarloResult r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonStyle.open(out)) {
            g.writeStartObject();
            g.writeStringField("network", r.network().name());
            g.writeStringField("valueUnit", r.network().valueUnit());
            num(g, "totalStake", r.totalValue());
            g.writeStringField("scenario", r.spec().base().name());
            g.writeStringField("policy", r.spec().base().policy().json());
            g.writeNumberField("seed", r.spec().seed());
            g.writeNumberField("draws", r.draws());
            g.writeBooleanField("complete", r.complete());
            g.writeArrayFieldStart("shocks");
            for (ShockModel m : r.spec().shocks()) {
                g.writeString(m.type() + ": " + m.describe());
            }
            g.writeEndArray();
            loss(g, r.losses(), r.totalValue());
            g.writeObjectFieldStart("cascade");
            num(g, "meanDepth", r.meanDepth());
            g.writeArrayFieldStart("drawsByDepth");
            for (int c : r.depthCounts()) {
                g.writeNumber(c);
            }
            g.writeEndArray();
            g.writeNumberField("attackRounds", r.attackRounds());
            g.writeNumberField("provenRounds", r.provenRounds());
            g.writeEndObject();
            g.writeArrayFieldStart("chains");
            for (ChainRisk c : r.chainRisks()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                num(g, "fall", c.fall());
                num(g, "compromised", c.compromised());
                num(g, "lossIfFalls", c.lossIfFalls());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("worst");
            for (DrawOutcome d : r.worst(WORST)) {
                g.writeStartObject();
                g.writeNumberField("draw", d.index());
                g.writeNumberField("seed", d.seed());
                num(g, "loss", d.loss());
                num(g, "lossFraction", d.lossFraction());
                g.writeNumberField("depth", d.depth());
                JsonStyle.strings(g, "fallen", d.fallen());
                JsonStyle.strings(g, "compromised", d.compromised());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void loss(JsonGenerator g, Distribution d, double total) throws IOException {
        g.writeObjectFieldStart("loss");
        num(g, "mean", d.mean());
        num(g, "meanFraction", total > 0 ? d.mean() / total : null);
        num(g, "stdev", d.stdev());
        num(g, "min", d.min());
        num(g, "max", d.max());
        num(g, "probabilityOfLoss", d.probabilityPositive());
        g.writeObjectFieldStart("quantiles");
        for (double q : Distribution.QUANTILES) {
            num(g, label(q), d.quantile(q));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("valueAtRisk");
        for (double q : Distribution.LEVELS) {
            num(g, label(q), d.valueAtRisk(q));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("expectedShortfall");
        for (double q : Distribution.LEVELS) {
            num(g, label(q), d.expectedShortfall(q));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A level as a key: 0.95 → "0.95", 0.999 → "0.999". */
    static String label(double q) {
        return Decimals.rounded(q);
    }


    private static void num(JsonGenerator g, String key, Double v) throws IOException {
        g.writeFieldName(key);
        if (v == null || !Double.isFinite(v)) {
            g.writeNull();
        } else {
            g.writeNumber(Decimals.rounded(v));
        }
    }
}
