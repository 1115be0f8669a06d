package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sse.model.analysis.economics.BridgeEconomics;
import dev.sse.model.analysis.economics.ChainEconomics;
import dev.sse.model.analysis.economics.Economics;
import dev.sse.model.analysis.economics.ValidatorEconomics;
import java.io.IOException;
import java.util.Map;

/**
 * Writes the issue-10 economics into the {@code analyze --json} document for {@link AnalysisJson}: new keys inside
 * each chain, then the top-level {@code validators} and {@code bridges} objects. Fixed key order; numbers as in
 * {@link AnalysisJson} (null when unknown).
 */
final class EconomicsJson {

    private EconomicsJson() {
    }

    /** The chain's economics keys (written before the chain's {@code why}). */
    static void chainKeys(JsonGenerator g, ChainEconomics e) throws IOException {
        JsonStyle.number(g, "annualSecurityCost", e.annualSecurityCost());
        JsonStyle.number(g, "securityPerCost", e.securityPerCost());
        JsonStyle.number(g, "timeToFinalitySeconds", e.timeToFinalitySeconds());
        g.writeObjectFieldStart("sovereignty");
        g.writeStringField("validatorSet", e.sovereignty().validatorSet());
        g.writeStringField("upgrades", e.sovereignty().upgrades());
        JsonStyle.number(g, "upgradeDelayDays", e.sovereignty().upgradeDelayDays());
        g.writeEndObject();
    }

    static void validators(JsonGenerator g, Economics e) throws IOException {
        g.writeObjectFieldStart("validators");
        for (ValidatorEconomics v : e.validators().values()) {
            g.writeObjectFieldStart(v.id());
            JsonStyle.number(g, "stakeValue", v.stakeValue());
            JsonStyle.number(g, "annualIncome", v.annualIncome());
            JsonStyle.number(g, "returnOnStake", v.returnOnStake());
            JsonStyle.number(g, "stakedOnceReturn", v.stakedOnceReturn());
            JsonStyle.number(g, "restakingMultiplier", v.restakingMultiplier());
            g.writeNumberField("chainsSecured", v.chainsSecured());
            g.writeStringField("bestChain", v.bestChain());
            why(g, v.why());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void bridges(JsonGenerator g, Economics e) throws IOException {
        g.writeObjectFieldStart("bridges");
        for (BridgeEconomics b : e.bridges().values()) {
            g.writeObjectFieldStart(b.id());
            g.writeStringField("kind", b.kind());
            JsonStyle.strings(g, "chains", b.chains());
            g.writeStringField("trust", b.trust());
            JsonStyle.number(g, "value", b.value());
            JsonStyle.number(g, "bridgeCostOfCorruption", b.costOfCorruption());
            g.writeBooleanField("costExact", b.costExact());
            JsonStyle.number(g, "costToValue", b.costToValue());
            g.writeBooleanField("secure", b.secure());
            g.writeBooleanField("weakestLink", b.weakestLink());
            JsonStyle.strings(g, "attackers", b.attackers());
            why(g, b.why());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void why(JsonGenerator g, Map<String, String> why) throws IOException {
        g.writeObjectFieldStart("why");
        for (Map.Entry<String, String> w : why.entrySet()) {
            g.writeStringField(w.getKey(), w.getValue());
        }
        g.writeEndObject();
    }
}
