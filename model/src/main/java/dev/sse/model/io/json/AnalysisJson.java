package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.Attack;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.Margin;
import dev.sse.model.analysis.ValidatorPower;
import dev.sse.model.analysis.WorstCaseLoss;
import dev.sse.model.analysis.economics.ChainEconomics;
import dev.sse.model.analysis.economics.Economics;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link AnalysisResult} as the {@code analyze --json} document. Deterministic: fixed key order,
 * chains in file order, doubles in Java's shortest round-trip form ({@link Double#toString(double)}), two-space
 * indentation and "\n" line ends, so the same result always gives byte-identical text. Non-finite numbers are
 * written as null, except an unlimited rollup exit window, written as "unlimited".
 *
 * <p>A validator set several chains share (parachains, consumers and rollups inheriting their provider's whole
 * set) is written once, in full, at the first chain that has it; every later chain sharing it names that chain
 * in {@code "validatorSetFrom"} instead of repeating {@code "validatorSet"} (issue 17 item 7: 500 parachains of a
 * 100,000-validator relay repeated it 500 times, 2 GB of text). The document streams to a {@link Writer}.
 */
public final class AnalysisJson {


    private AnalysisJson() {
    }

    public static String write(AnalysisResult r) {
        return write(r, null);
    }

    /**
     * The document with the issue-10 economics: per chain {@code annualSecurityCost}, {@code securityPerCost},
     * {@code timeToFinalitySeconds} and {@code sovereignty} (with their "why" lines), then top-level
     * {@code validators} and {@code bridges} after {@code chains}. {@code economics} null gives {@link #write(AnalysisResult)}.
     */
    public static String write(AnalysisResult r, Economics economics) {
        StringWriter out = new StringWriter();
        write(r, economics, out);
        return out.toString();
    }

    /**
     * Streams {@link #write(AnalysisResult, Economics)}'s document to {@code out}, flushed and left open: memory
     * stays that of the result, whatever the document's size.
     */
    public static void write(AnalysisResult r, Economics economics, Writer out) {
        Map<List<ValidatorPower>, String> sets = new IdentityHashMap<>();
        try (JsonGenerator g = JsonStyle.open(out)) {
            g.writeStartObject();
            g.writeStringField("network", r.network());
            g.writeStringField("valueUnit", r.valueUnit());
            JsonStyle.number(g, "totalStake", r.totalStake());
            g.writeBooleanField("secure", r.secure());
            g.writeBooleanField("secureExact", r.secureExact());
            g.writeStringField("verdict", r.verdict().label());
            margin(g, r.margin());
            g.writeFieldName("bestAttack");
            attack(g, r.bestAttack());
            g.writeBooleanField("bestAttackExact", r.bestAttackExact());
            if (!r.bestAttackExact() && r.bestAttackBound() != null) {
                JsonStyle.number(g, "bestAttackBound", r.bestAttackBound());
            }
            g.writeObjectFieldStart("eigenLayerCondition");
            g.writeBooleanField("holds", r.eigenLayerCondition().holds());
            g.writeObjectFieldStart("sums");
            for (Map.Entry<String, Double> e : r.eigenLayerCondition().sums().entrySet()) {
                JsonStyle.number(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeStringField("why", r.eigenLayerCondition().why());
            g.writeEndObject();
            g.writeObjectFieldStart("chains");
            for (ChainMetrics c : r.chains().values()) {
                chain(g, c, economics == null ? null : economics.chains().get(c.id()), sets);
            }
            g.writeEndObject();
            if (economics != null) {
                EconomicsJson.validators(g, economics);
                EconomicsJson.bridges(g, economics);
            }
            if (r.worstCaseLoss() != null) {
                worst(g, r.worstCaseLoss());
            }
            g.writeStringField("solver", r.solver());
            g.writeStringField("why", r.why());
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void margin(JsonGenerator g, Margin m) throws IOException {
        JsonStyle.number(g, "margin", m.value());
        g.writeBooleanField("marginExact", m.exact());
        if (!m.exact()) {
            JsonStyle.number(g, "marginBound", m.lowerBound());
        }
        g.writeStringField("marginWhy", m.why());
    }

    private static void attack(JsonGenerator g, Attack a) throws IOException {
        if (a == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        JsonStyle.strings(g, "chains", a.chains());
        JsonStyle.strings(g, "validators", a.validators());
        JsonStyle.number(g, "cost", a.cost());
        JsonStyle.number(g, "profit", a.profit());
        g.writeEndObject();
    }

    private static void chain(JsonGenerator g, ChainMetrics c, ChainEconomics e, Map<List<ValidatorPower>, String> sets)
            throws IOException {
        g.writeObjectFieldStart(c.id());
        JsonStyle.number(g, "securingStake", c.securingStake());
        JsonStyle.number(g, "costOfCorruption", c.costOfCorruption());
        g.writeBooleanField("costExact", c.costExact());
        JsonStyle.number(g, "profitFromCorruption", c.profitFromCorruption());
        JsonStyle.number(g, "securityMargin", c.securityMargin());
        JsonStyle.number(g, "slashableCostOfCorruption", c.slashableCostOfCorruption());
        JsonStyle.number(g, "slashableMargin", c.slashableMargin());
        g.writeNumberField("nakamotoCoefficient", c.nakamotoCoefficient());
        String owner = c.validatorSet().isEmpty() ? null : sets.putIfAbsent(c.validatorSet(), c.id());
        if (owner != null) {
            g.writeStringField("validatorSetFrom", owner);
        } else {
            g.writeArrayFieldStart("validatorSet");
            for (ValidatorPower p : c.validatorSet()) {
                g.writeStartObject();
                g.writeStringField("id", p.id());
                JsonStyle.number(g, "power", p.power());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        JsonStyle.number(g, "isolatedCostOfCorruption", c.isolatedCostOfCorruption());
        JsonStyle.strings(g, "blastRadius", c.blastRadius());
        if (c.backingCaptureProbability() != null) {
            JsonStyle.number(g, "backingCaptureProbability", c.backingCaptureProbability());
            JsonStyle.number(g, "invalidBlockEscapeProbability", c.invalidBlockEscapeProbability());
        }
        if (c.exitWindowDays() != null) {
            if (c.exitWindowDays().isInfinite()) {
                g.writeStringField("exitWindowDays", "unlimited");
            } else {
                JsonStyle.number(g, "exitWindowDays", c.exitWindowDays());
            }
            g.writeStringField("exitWindowRisk", c.exitWindowRisk());
        }
        Map<String, String> why = new LinkedHashMap<>();
        c.why().forEach((metric, line) -> why.put(metric.key(), line));
        if (e != null) {
            EconomicsJson.chainKeys(g, e);
            why.putAll(e.why());
        }
        EconomicsJson.why(g, why);
        g.writeEndObject();
    }

    private static void worst(JsonGenerator g, WorstCaseLoss w) throws IOException {
        g.writeObjectFieldStart("worstCaseLoss");
        JsonStyle.number(g, "budget", w.budget());
        JsonStyle.number(g, "loss", w.loss());
        JsonStyle.strings(g, "shock", w.shock());
        g.writeFieldName("attack");
        attack(g, w.attack());
        g.writeBooleanField("exact", w.exact());
        if (!w.exact()) {
            JsonStyle.number(g, "bound", w.bound());
        }
        g.writeStringField("why", w.why());
        g.writeEndObject();
    }
}
