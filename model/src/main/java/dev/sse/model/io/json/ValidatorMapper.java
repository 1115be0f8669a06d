package dev.sse.model.io.json;

import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.network.Validator;
import java.util.List;
import java.util.Map;

/**
 * Maps {@code validators[]}: {@code {"id", "name", "stake", "asset", "operator"}}; ids unique, stake &gt; 0. A
 * multi-asset validator (version 2, issue 22) gives {@code holdings} (asset → amount) instead of stake and asset.
 * Asset references are checked later by {@link References}, once assets are known.
 */
final class ValidatorMapper {

    static final List<String> FIELDS = List.of("id", "name", "stake", "holdings", "asset", "operator");

    private ValidatorMapper() {
    }

    static List<Mapped<Validator>> map(JsonTree.Arr array, String path, Problems problems) {
        UniqueIds ids = new UniqueIds("validator id", problems);
        return Fields.each(array, path, problems, "a validator", FIELDS, f -> validator(f, ids));
    }

    private static Mapped<Validator> validator(Fields f, UniqueIds ids) {
        String id = notExternal(f, f.id("id"));
        String name = f.optionalText("name");
        Map<String, Double> holdings = Holdings.read(f, Holdings.FIELD);
        boolean multi = f.node().member(Holdings.FIELD) != null;
        for (String single : List.of("stake", "asset")) {
            if (multi && f.node().member(single) != null) {
                f.problem(f.node().member(single).value(), f.pathOf(single), "must be left out: a validator with "
                        + "holdings has one amount per asset there, not '" + single + "'");
            }
        }
        Double stake = multi ? Double.valueOf(0) : f.number("stake", Rule.POSITIVE, true);
        String asset = multi ? null : f.optionalId("asset");
        String operator = f.optionalId("operator");
        return ids.mapped(f, "id", id, () -> multi ? Validator.holding(id, name, operator, holdings)
                : new Validator(id, name, stake, asset, operator));
    }

    /** {@code id}, or null (reported) when it starts as the analyses' names of a chain's externalSecurity. */
    private static String notExternal(Fields f, String id) {
        if (id != null && id.startsWith(InstanceBuilder.EXTERNAL)) {
            f.problem(f.node().member("id").value(), f.pathOf("id"), "must not start with '" + InstanceBuilder.EXTERNAL
                    + "' (it names a chain's externalSecurity in analyses), got '" + id + "'");
            return null;
        }
        return id;
    }
}
