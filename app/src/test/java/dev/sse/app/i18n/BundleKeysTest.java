package dev.sse.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.commands.ActionCatalog;
import dev.sse.views.common.ViewText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two bundles and the code agree: every key the code names is in its bundle, every bundle key is named by
 * the code (or is data-driven), and a translation is a file, not a code change (issue 11).
 */
class BundleKeysTest {

    private static final Path APP_SOURCES = Path.of("src/main/java");
    private static final Path VIEWS_SOURCES = Path.of("../views/src/main/java");
    /** The command line is not GUI chrome: its output stays in code (scripts depend on it byte for byte). */
    private static final Path CLI_SOURCES = APP_SOURCES.resolve("dev/sse/app/cli");
    /** The tour panel lives in views but gets its text from the app bundle (TourFeature hands it Messages::get). */
    private static final Path TOUR_PANEL_SOURCES = VIEWS_SOURCES.resolve("dev/sse/views/tour");
    private static final Path APP_BUNDLE = Path.of("src/main/resources/dev/sse/app/i18n/messages.properties");
    private static final Path VIEWS_BUNDLE = Path.of("../views/src/main/resources/dev/sse/views/i18n/messages.properties");

    /**
     * A literal key handed to an accessor: {@code Messages.get("menu.file")}, {@code ViewText.get("legend.title", …)};
     * not a prefix such as {@code Messages.get("glossary." + term + ".text")} (data-driven keys are checked below).
     */
    private static final Pattern CALL = Pattern.compile("\\b(Messages|ViewText)\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");
    /** A string literal shaped like a key ({@code group.name}): keys handed to helpers such as {@code label("sweep.vary")}. */
    private static final Pattern KEY_SHAPED = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+");
    /** ActionCatalog reads action.NAME.text and action.NAME.description for each of its constants. */
    private static final Pattern ACTION_KEY = Pattern.compile("action\\.([A-Z0-9_]+)\\.(text|description)");

    @Test
    void everyKeyTheCodeNamesIsInItsBundle() throws IOException {
        Map<String, String> app = keys(APP_BUNDLE);
        Map<String, String> views = keys(VIEWS_BUNDLE);
        List<String> missing = new ArrayList<>();
        for (Path file : sources(APP_SOURCES, VIEWS_SOURCES)) {
            Matcher m = CALL.matcher(Files.readString(file));
            while (m.find()) {
                Map<String, String> bundle = m.group(1).equals("Messages") ? app : views;
                if (!bundle.containsKey(m.group(2))) {
                    missing.add(m.group(1) + ".get(\"" + m.group(2) + "\") in " + file.getFileName());
                }
            }
        }
        missing.addAll(missingLiterals(app, sources(APP_SOURCES, TOUR_PANEL_SOURCES), "app"));
        missing.addAll(missingLiterals(views, sources(VIEWS_SOURCES), "views"));
        for (ActionCatalog action : ActionCatalog.values()) {
            for (String part : List.of("text", "description")) {
                String key = "action." + action.name() + "." + part;
                if (!app.containsKey(key)) {
                    missing.add(key + " (ActionCatalog." + action.name() + ")");
                }
            }
        }
        assertThat(missing).as("keys named in code but missing from their bundle").isEmpty();
    }

    @Test
    void everyBundleKeyIsUsedOrDataDriven() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (Path file : sources(APP_SOURCES, VIEWS_SOURCES)) {
            literals.addAll(stringLiterals(Files.readString(file)));
        }
        Map<String, String> app = keys(APP_BUNDLE);
        Set<String> dataDriven = new TreeSet<>();
        for (String term : app.get("glossary.keys").split(",")) {
            dataDriven.add("glossary." + term.strip() + ".term");
            dataDriven.add("glossary." + term.strip() + ".text");
        }
        Set<String> actions = new TreeSet<>();
        Arrays.stream(ActionCatalog.values()).map(Enum::name).forEach(actions::add);
        List<String> unused = new ArrayList<>();
        for (String key : app.keySet()) {
            Matcher action = ACTION_KEY.matcher(key);
            boolean used = literals.contains(key) || dataDriven.contains(key)
                    || action.matches() && actions.contains(action.group(1));
            if (!used) {
                unused.add("app: " + key);
            }
        }
        for (String key : keys(VIEWS_BUNDLE).keySet()) {
            if (!literals.contains(key)) {
                unused.add("views: " + key);
            }
        }
        assertThat(unused).as("bundle keys no code asks for").isEmpty();
        assertThat(dataDriven).as("every glossary term has its texts").allMatch(app::containsKey);
    }

    @Test
    void bundlesAreUtf8WithoutDuplicatesAndTheirPatternsParse() throws IOException {
        for (Path bundle : List.of(APP_BUNDLE, VIEWS_BUNDLE)) {
            Map<String, String> keys = keys(bundle);
            for (Map.Entry<String, String> e : keys.entrySet()) {
                String value = e.getValue();
                if (value.matches("(?s).*\\{\\d.*")) {
                    // a pattern with arguments: an apostrophe must be doubled, or MessageFormat swallows the text after it
                    assertThat(value.replace("''", "")).as("%s: write ' as '' in a text with {0}", e.getKey()).doesNotContain("'");
                    // a count with a choice ("1 chain", "2 chains") takes a number, every other argument a text
                    java.text.Format[] formats = new MessageFormat(value).getFormatsByArgumentIndex();
                    Object[] args = {"A", "B", "C", "D", "E", "F", "G"};
                    for (int i = 0; i < formats.length; i++) {
                        args[i] = formats[i] instanceof java.text.ChoiceFormat ? (Object) 2 : args[i];
                    }
                    assertThat(MessageFormat.format(value, args)).as(e.getKey()).doesNotContain("{");
                }
            }
        }
    }

    @Test
    void theEnglishTextIsWhatTheScreensShowed() {
        // TestFX tests and users' muscle memory find nodes by these texts: they must not drift
        assertThat(ActionCatalog.OPEN.text()).isEqualTo("_Open…");
        assertThat(ActionCatalog.OPEN.plainText()).isEqualTo("Open");
        assertThat(ActionCatalog.EXPORT_PNG_2X.description()).isEqualTo("The graph as shown, twice the pixels (HiDPI)");
        assertThat(Messages.get("dialog.unsaved.discard")).isEqualTo("Don't save");
        assertThat(Messages.get("edit.stake", "v1", "1.50")).isEqualTo("Change stake of v1 (×1.50)");
        assertThat(Messages.get("simulate.noScenario", "x", "a, b")).isEqualTo("No scenario named “x” in this network; known: a, b");
        assertThat(ViewText.get("timeline.before", "12")).isEqualTo("Before the faults · 12 steps · press Space to play");
        assertThat(ViewText.get("sweep.notANumber", "from", "x")).isEqualTo("from must be a number, got 'x'");
        assertThat(ViewText.get("comparison.delta.column", "Margin")).isEqualTo("Margin\nleft | right");
        assertThat(Messages.get("status.document", "Kusama era 1827", "kusama-era-1827 (sample)", 1, 899, 899, "Tiers", "42"))
                .isEqualTo("Kusama era 1827  ·  kusama-era-1827 (sample)  ·  1 chain · 899 validators · 899 allocations"
                        + "  ·  layout Tiers, seed 42");
        assertThat(Messages.get("no.such.key")).isEqualTo("no.such.key");
        assertThat(ViewText.get("no.such.key", 1)).isEqualTo("no.such.key");
    }

    @Test
    void aTranslationIsOnlyAFile() {
        // messages_en_XA.properties (test resources only) is a pseudo-translation of a few keys
        Locale pseudo = new Locale.Builder().setLanguage("en").setRegion("XA").build();
        ResourceBundle bundle = ResourceBundle.getBundle("dev.sse.app.i18n.messages", pseudo);
        assertThat(ViewText.lookup(bundle, "menu.file")).isEqualTo("[_Fíłé]");
        assertThat(ViewText.lookup(bundle, "status.margin", "12%")).isEqualTo("[márgíñ γ* 12%]");
        // what the file leaves out falls back to English
        assertThat(ViewText.lookup(bundle, "menu.help")).isEqualTo(Messages.get("menu.help")).isEqualTo("_Help");
        assertThat(ViewText.lookup(bundle, "no.such.key")).isEqualTo("no.such.key");
    }

    /** Literals that start like one of the bundle's groups ({@code "sweep.…"}) but are not in it. */
    private static List<String> missingLiterals(Map<String, String> bundle, List<Path> files, String name) throws IOException {
        Set<String> groups = new TreeSet<>();
        bundle.keySet().forEach(k -> groups.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        List<String> missing = new ArrayList<>();
        for (Path file : files) {
            for (String key : stringLiterals(Files.readString(file))) {
                if (KEY_SHAPED.matcher(key).matches() && groups.contains(key.substring(0, key.indexOf('.')))
                        && !bundle.containsKey(key)) {
                    missing.add("\"" + key + "\" in " + file.getFileName() + " (not in the " + name + " bundle)");
                }
            }
        }
        return missing;
    }

    /** The string literals of a Java source, as written (escapes kept); comments and char literals skipped. */
    static List<String> stringLiterals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i) < 0 ? src.length() : src.indexOf('\n', i);
            } else if (src.startsWith("/*", i)) {
                i = src.indexOf("*/", i + 2) < 0 ? src.length() : src.indexOf("*/", i + 2) + 2;
            } else if (c == '\'') {
                i += src.charAt(i + 1) == '\\' ? 2 : 1;
                i = src.indexOf('\'', i + 1) + 1;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                out.add(src.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"') {
                int end = i + 1;
                while (src.charAt(end) != '"') {
                    end += src.charAt(end) == '\\' ? 2 : 1;
                }
                out.add(src.substring(i + 1, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The Java sources under {@code roots}, without the command line's. */
    private static List<Path> sources(Path... roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(CLI_SOURCES)).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** The bundle's keys and values in file order; strict UTF-8 (else Java would read it as ISO-8859-1); no key twice. */
    private static Map<String, String> keys(Path bundle) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(bundle))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(bundle + " is not UTF-8", e);
        }
        ResourceBundle loaded = ResourceBundle.getBundle(bundleName(bundle), Locale.ROOT);
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
                continue;
            }
            String key = l.split("[=:\\s]", 2)[0];
            assertThat(keys).as("%s: %s twice", bundle.getFileName(), key).doesNotContainKey(key);
            keys.put(key, loaded.getString(key));
        }
        assertThat(keys.keySet()).as("every key of " + bundle).containsExactlyInAnyOrderElementsOf(loaded.keySet());
        return keys;
    }

    private static String bundleName(Path bundle) {
        return bundle.equals(APP_BUNDLE) ? "dev.sse.app.i18n.messages" : "dev.sse.views.i18n.messages";
    }
}
