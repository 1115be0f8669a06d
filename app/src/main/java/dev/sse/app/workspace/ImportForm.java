package dev.sse.app.workspace;

import dev.sse.app.cli.ImportCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * File → Import… as a plain object (issue 22 item 3): the fields of one {@code import} subcommand, read from the CLI's
 * own picocli model (so the window offers exactly the CLI's options, names and help), the values the user gave, and
 * the argument list that runs the same importer. {@code --out}, {@code --help} and {@code --version} are left out:
 * the window opens what came in as an unsaved document.
 */
public final class ImportForm {

    /** The importers, in menu order: the {@code import} subcommand names. */
    public static final List<String> KINDS = List.of("cosmos", "kusama", "polkadot", "eigenlayer");
    private static final List<String> HIDDEN = List.of("--out", "--help", "--version");

    /**
     * One option.
     *
     * @param flag        its long name, e.g. {@code --validators}
     * @param label       what the field asks for, e.g. {@code FILE} or {@code CHAIN_ID=FILE}
     * @param help        the CLI's description
     * @param files       whether its values are files (a Browse… button)
     * @param repeatable  whether it takes several values (separated by ";" in the field)
     * @param required    whether the importer needs it
     * @param defaultText the CLI's default, or ""
     */
    public record Field(String flag, String label, String help, boolean files, boolean repeatable, boolean required,
                        String defaultText) {
    }

    private final String kind;
    private final List<Field> fields = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    public ImportForm(String kind) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("no importer " + kind);
        }
        this.kind = kind;
        CommandLine sub = ImportCommand.commandLine().getSubcommands().get(kind);
        for (OptionSpec o : sub.getCommandSpec().options()) {
            if (HIDDEN.contains(o.longestName())) {
                continue;
            }
            boolean repeatable = o.isMultiValue();
            boolean files = o.type() == Path.class || o.auxiliaryTypes().length > 0
                    && Arrays.asList(o.auxiliaryTypes()).contains(Path.class);
            fields.add(new Field(o.longestName(), o.paramLabel(), String.join(" ", o.description()), files, repeatable,
                    o.required(), o.defaultValue() == null ? "" : o.defaultValue()));
        }
    }

    public String kind() {
        return kind;
    }

    public List<Field> fields() {
        return List.copyOf(fields);
    }

    /** Sets a field's text (several values of a repeatable field separated by ";"). */
    public void set(String flag, String text) {
        values.put(flag, text == null ? "" : text);
    }

    public String get(String flag) {
        return values.getOrDefault(flag, "");
    }

    /** Adds chosen files to a file field: after what it holds, ";"-separated for a repeatable one. */
    public void addFiles(String flag, List<Path> chosen, boolean repeatable) {
        List<String> parts = new ArrayList<>(repeatable ? split(get(flag)) : List.of());
        chosen.stream().map(Path::toString).forEach(parts::add);
        set(flag, String.join("; ", repeatable ? parts : parts.subList(Math.max(0, parts.size() - 1), parts.size())));
    }

    /** The arguments after {@code explorer import}: the kind, then every filled field's flag and value(s). */
    public List<String> args() {
        List<String> out = new ArrayList<>(List.of(kind));
        for (Field f : fields) {
            List<String> given = f.repeatable() ? split(get(f.flag())) : List.of(get(f.flag()).strip());
            for (String v : given) {
                if (!v.isEmpty()) {
                    out.add(f.flag());
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
