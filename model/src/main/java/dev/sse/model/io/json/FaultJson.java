package dev.sse.model.io.json;

import dev.sse.model.simulation.fault.Fault;

/** Writes one fault exactly as the scenario format spells it (docs/scenario-format.md). */
final class FaultJson {

    private FaultJson() {
    }

    static void write(JsonOut out, Fault fault) {
        out.field("type", fault.type());
        if (fault instanceof Fault.OnChain f) {
            out.field("chain", f.chain()).strings("validators", f.validators());
        }
        if (fault instanceof Fault.Shock f) {
            out.strings("validators", f.validators());
        } else if (fault instanceof Fault.RandomShock f) {
            out.field("budget", f.budget());
        } else if (fault instanceof Fault.InvalidBlock f) {
            if (f.offence() != Fault.Dispute.FOR_INVALID_BACKED) {
                out.field("offence", f.offence().json());
            }
        } else if (fault instanceof Fault.Slash f) {
            out.field("fraction", f.fraction());
        } else if (fault instanceof Fault.PriceShock f) {
            out.field("asset", f.asset()).field("drop", f.drop());
        } else if (fault instanceof Fault.ProviderFailure f) {
            out.field("chain", f.chain());
        } else if (fault instanceof Fault.KeyCompromise f) {
            out.field("operator", f.operator());
        } else if (fault instanceof Fault.BridgeExploit f) {
            out.field("bridge", f.bridge());
        }
    }
}
