package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sse.model.format.Decimals;
import dev.sse.model.montecarlo.ChainRisk;
import dev.sse.model.montecarlo.Distribution;
import dev.sse.model.montecarlo.DrawOutcome;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.model.montecarlo.ShockModel;
import java.io.IOException;
import java.util.List;

/**
 * The {@code montecarlo --json} summary (docs/scenario-format.md, "Output of montecarlo"): the run, the
 * distribution of the value lost (mean, quantiles, VaR and expected shortfall at 95/99/99.9%), the cascade depth,
 * per-chain fall and compromise probabilities with the loss given a fall, and the worst draws. Deterministic: fixed
 * key order, numbers exact like every other document ({@link JsonStyle#number}), "\n" line ends, undefined numbers null; nothing about threads or timing.
 */
public final class MonteCarloJson {


    /** Worst draws listed. */
    public static final int WORST = 10;

    private MonteCarloJson() {
    }

    public static String write(MonteCarloResult r) {
        return JsonStyle.document(g -> document(g, r));
    }

    private static void document(JsonGenerator g, MonteCarloResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("network", r.network().name());
        g.writeStringField("valueUnit", r.network().valueUnit());
        JsonStyle.number(g, "totalStake", r.totalValue());
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
        JsonStyle.number(g, "meanDepth", r.meanDepth());
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
            JsonStyle.number(g, "fall", c.fall());
            JsonStyle.number(g, "compromised", c.compromised());
            JsonStyle.number(g, "lossIfFalls", c.lossIfFalls());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("worst");
        for (DrawOutcome d : r.worst(WORST)) {
            g.writeStartObject();
            g.writeNumberField("draw", d.index());
            g.writeNumberField("seed", d.seed());
            JsonStyle.number(g, "loss", d.loss());
            JsonStyle.number(g, "lossFraction", d.lossFraction());
            g.writeNumberField("depth", d.depth());
            JsonStyle.strings(g, "fallen", d.fallen());
            JsonStyle.strings(g, "compromised", d.compromised());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void loss(JsonGenerator g, Distribution d, double total) throws IOException {
        g.writeObjectFieldStart("loss");
        JsonStyle.number(g, "mean", d.mean());
        JsonStyle.number(g, "meanFraction", total > 0 ? d.mean() / total : null);
        JsonStyle.number(g, "stdev", d.stdev());
        JsonStyle.number(g, "min", d.min());
        JsonStyle.number(g, "max", d.max());
        JsonStyle.number(g, "probabilityOfLoss", d.probabilityPositive());
        g.writeObjectFieldStart("quantiles");
        for (double q : Distribution.QUANTILES) {
            JsonStyle.number(g, label(q), d.quantile(q));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("valueAtRisk");
        for (double q : Distribution.LEVELS) {
            JsonStyle.number(g, label(q), d.valueAtRisk(q));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("expectedShortfall");
        for (double q : Distribution.LEVELS) {
            JsonStyle.number(g, label(q), d.expectedShortfall(q));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A level as a key: 0.95 → "0.95", 0.999 → "0.999". */
    static String label(double q) {
        return Decimals.exact(q);
    }


}
