package dev.sse.model.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum whose constants are written in the network and scenario files (docs/network-format.md,
 * docs/scenario-format.md) by one rule: the constant's name in lower case, {@code _} written {@code -}
 * ({@code SECURITY_COUNCIL} is {@code "security-council"}). One rule, one parser and one list of names for
 * every such enum ({@link ChainKind}, {@link Bridge.Kind}, {@link Governance.Model}, the cascade policy, the
 * slashing protocol, the dispute offence) instead of a name field, a lookup and a name list in each.
 */
public interface FileName {

    /** The constant's Java name ({@link Enum#name()}). */
    String name();

    /** The name in the files, e.g. {@code "third-party"} for {@code THIRD_PARTY}. */
    default String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} whose file name is exactly {@code json} (case matters); empty otherwise. */
    static <E extends Enum<E> & FileName> Optional<E> parse(Class<E> type, String json) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.json().equals(json)).findFirst();
    }

    /** Every file name of {@code type} in declaration order, comma separated, for error messages. */
    static <E extends Enum<E> & FileName> String allNames(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(FileName::json).collect(Collectors.joining(", "));
    }
}
