package dev.sse.model.io.json;

import dev.sse.model.simulation.event.SimEvent;

/**
 * One simulation event as JSON: {@code round}, {@code type}, {@code message} (the event's "because"), then the
 * fields of its record in declaration order (money in value units, stake in asset units).
 */
final class EventJson {

    private EventJson() {
    }

    static void write(JsonOut out, SimEvent e) {
        out.begin().field("round", (long) e.round()).field("type", e.type()).field("message", e.because());
        if (e instanceof SimEvent.FaultInjected f) {
            out.field("index", (long) f.index()).beginObject("fault");
            FaultJson.write(out, f.fault());
            out.end();
        } else if (e instanceof SimEvent.Shocked s) {
            out.field("validator", s.validator()).field("cause", s.cause()).field("stake", s.stake()).field("value", s.value());
        } else if (e instanceof SimEvent.Slashed s) {
            out.field("validator", s.validator()).field("chain", s.chain()).field("cause", s.cause())
                    .field("fraction", s.fraction()).field("stake", s.stake()).field("value", s.value());
        } else if (e instanceof SimEvent.Removal r) {
            out.field("validator", r.validator()).field("chain", r.chain());
        } else if (e instanceof SimEvent.Unpunished u) {
            out.strings("validators", u.validators()).field("chain", u.chain());
        } else if (e instanceof SimEvent.PriceChanged p) {
            out.field("asset", p.asset()).field("oldPrice", p.oldPrice()).field("newPrice", p.newPrice())
                    .field("valueLost", p.valueLost());
        } else if (e instanceof SimEvent.ChainHalted h) {
            out.field("chain", h.chain());
        } else if (e instanceof SimEvent.ChainFell f) {
            out.field("chain", f.chain()).field("dependsOn", f.dependsOn());
        } else if (e instanceof SimEvent.Attack a) {
            out.strings("chains", a.chains()).strings("validators", a.validators()).field("cost", a.cost())
                    .field("profit", a.profit()).field("exact", a.exact());
        } else if (e instanceof SimEvent.ChainCompromised c) {
            out.field("chain", c.chain()).field("profit", c.profit());
        } else if (e instanceof SimEvent.BridgeExploited b) {
            out.field("bridge", b.bridge()).strings("chains", b.chains()).field("value", b.value())
                    .strings("signers", b.signers());
        } else if (e instanceof SimEvent.ValueLost v) {
            out.field("chain", v.chain()).field("bridge", v.bridge()).field("lost", v.lost())
                    .field("oldProfit", v.oldProfit()).field("newProfit", v.newProfit());
        }
        out.end();
    }
}
