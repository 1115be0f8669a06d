package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sse.model.network.Annotation;
import dev.sse.model.network.Bridge;
import dev.sse.model.network.BridgeTrust;
import dev.sse.model.network.Chain;
import dev.sse.model.network.DataAvailability;
import dev.sse.model.network.ExternalSecurity;
import dev.sse.model.network.Governance;
import dev.sse.model.network.SecurityCost;
import java.io.IOException;
import java.util.List;

/**
 * Writes the issue-10 parts of a network file for {@link NetworkWriter}: a chain's {@code finalitySeconds},
 * {@code governance} and {@code securityCost}, the {@code bridges[]} array and the {@code annotations[]} array, in the
 * documented field order;
 * absent (null) values are omitted.
 */
final class NetworkExtrasWriter {

    private final JsonGenerator g;

    NetworkExtrasWriter(JsonGenerator g) {
        this.g = g;
    }

    void chain(Chain c) throws IOException {
        number("finalitySeconds", c.finalitySeconds());
        object("governance", c.governance(), this::governance);
        object("securityCost", c.securityCost(), this::securityCost);
        object("externalSecurity", c.externalSecurity(), this::externalSecurity);
        object("dataAvailability", c.dataAvailability(), this::dataAvailability);
    }

    /** {@code "key": {...}} with {@code fields} of {@code value}, omitted when {@code value} is null. */
    private <T> void object(String key, T value, JsonStyle.Item<T> fields) throws IOException {
        if (value != null) {
            g.writeObjectFieldStart(key);
            fields.write(value);
            g.writeEndObject();
        }
    }

    private void governance(Governance gov) throws IOException {
        g.writeStringField("model", gov.model().json());
        number("k", gov.k() == null ? null : gov.k().doubleValue());
        number("n", gov.n() == null ? null : gov.n().doubleValue());
        number("upgradeDelayDays", gov.upgradeDelayDays());
    }

    private void securityCost(SecurityCost cost) throws IOException {
        number("inflationPerYear", cost.inflationPerYear());
        number("feesPerYear", cost.feesPerYear());
        number("providerShare", cost.providerShare());
        number("rewardsPerYear", cost.rewardsPerYear());
        number("coretimePerYear", cost.coretimePerYear());
    }

    private void externalSecurity(ExternalSecurity ext) throws IOException {
        number("stake", ext.stake());
        if (ext.asset() != null) {
            g.writeStringField("asset", ext.asset());
        }
        number("threshold", ext.threshold());
        number("costOfCorruption", ext.costOfCorruption());
        g.writeStringField("source", ext.source());
    }

    private void dataAvailability(DataAvailability da) throws IOException {
        g.writeStringField("provider", da.provider());
        number("committee", da.committee() == null ? null : da.committee().doubleValue());
        number("threshold", da.threshold() == null ? null : da.threshold().doubleValue());
        if (da.source() != null) {
            g.writeStringField("source", da.source());
        }
    }

    /** The {@code bridges[]} array, omitted when empty. */
    void bridges(List<Bridge> bridges) throws IOException {
        if (!bridges.isEmpty()) {
            JsonStyle.array(g, "bridges", bridges, this::bridge);
        }
    }

    /** The {@code annotations[]} array (issue 11), omitted when empty: node notes and step notes in order. */
    void annotations(List<Annotation> notes) throws IOException {
        if (!notes.isEmpty()) {
            JsonStyle.array(g, "annotations", notes, this::note);
        }
    }

    private void bridge(Bridge b) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", b.id());
        g.writeStringField("name", b.name());
        g.writeStringField("kind", b.kind().json());
        JsonStyle.strings(g, "chains", b.chains());
        number("value", b.value());
        g.writeFieldName("trust");
        trust(b.trust());
        g.writeEndObject();
    }

    private void note(Annotation a) throws IOException {
        g.writeStartObject();
        if (a.isNodeNote()) {
            g.writeStringField("node", a.node());
        } else {
            g.writeStringField("scenario", a.scenario());
            g.writeNumberField("step", a.step());
        }
        g.writeStringField("text", a.text());
        g.writeEndObject();
    }

    private void trust(BridgeTrust t) throws IOException {
        g.writeStartObject();
        g.writeStringField("model", t.model());
        if (t instanceof BridgeTrust.Multisig m) {
            number("k", (double) m.k());
            number("n", (double) m.n());
            if (m.hasValidatorSigners()) {
                JsonStyle.strings(g, "signers", m.signers());
            } else {
                g.writeArrayFieldStart("signerStakes");
                for (double s : m.signerStakes()) {
                    value(s, "signerStakes");
                }
                g.writeEndArray();
            }
        } else if (t instanceof BridgeTrust.External e) {
            number("stake", e.stake());
            number("attackThreshold", e.attackThreshold());
            number("costOfCorruption", e.costOfCorruption());
        }
        g.writeEndObject();
    }

    private void number(String key, Double d) throws IOException {
        if (d != null) {
            g.writeFieldName(key);
            value(d, key);
        }
    }

    private void value(double d, String key) throws IOException {
        Numbers.write(g, d, key);
    }
}
