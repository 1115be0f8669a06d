package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Issue #17 item 9: messages show user strings escaped (a bidi override cannot reverse the line it is printed in,
 * a byte-order mark or a control character cannot hide), and a path cut with "…" keeps its brackets balanced.
 */
class UserTextTest {

    @Test
    void invisibleAndReorderingCharactersPrintAsEscapes() {
        assertThat(UserText.escape("a\u202Eb\uFEFFc\u0007d\u2028e\u0085f\u200Bg\u2066h")).isEqualTo(
                "a\\u202Eb\\uFEFFc\\u0007d\\u2028e\\u0085f\\u200Bg\\u2066h");
        assertThat(UserText.escape("lone \uD800 surrogate")).isEqualTo("lone \\uD800 surrogate");
    }

    @Test
    void readableTextIsLeftAlone() {
        String text = "Zürich 🚀 東京 'x' [0] \\ \" …";
        assertThat(UserText.escape(text)).isSameAs(text);
    }

    @Property(tries = 300)
    void escapingTwiceChangesNothingMoreAndLeavesOneLine(@ForAll @StringLength(max = 30) String s) {
        String once = UserText.escape(s);
        assertThat(UserText.escape(once)).isEqualTo(once);
        assertThat(once).doesNotContain("\n", "\r", "\u202E", "\uFEFF");
    }

    @Test
    void aProblemEscapesItsFileNamePathAndMessage() {
        Problem p = new Problem("evil\u202Enosj.json", 1, 2, "$['\u202Ex']", "unknown chain '\uFEFFx'");
        assertThat(p).hasToString("evil\\u202Enosj.json:1:2: $['\\u202Ex']: unknown chain '\\uFEFFx'");
    }

    @Test
    void aNetworkWithABidiOverrideInAKeyOrIdGetsEscapedMessages() {
        String json = FileInputTest.NETWORK.replace("\"name\": \"thm2\",", "\"name\": \"thm2\", \"\u202Etxt.exe\": 1,")
                .replace("{\"validator\": \"b\", \"chain\": \"x\"}", "{\"validator\": \"b\u202E\", \"chain\": \"x\"}");
        NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, () -> NetworkCodec.readString("n.json", json));
        assertThat(e.getMessage()).doesNotContain("\u202E").contains("\\u202Etxt.exe", "b\\u202E");
        e = catchThrowableOfType(NetworkFormatException.class, () -> ScenarioCodec.readString("s.json",
                "{\"faults\": [{\"type\": \"shock\", \"validators\": [\"\uFEFFa\"], \"\u202Ex\": 1}]}", NetworkCodec.readString("n.json",
                        FileInputTest.NETWORK)));
        assertThat(e.getMessage()).doesNotContain("\u202E").contains("$.faults[0]['\\u202Ex']");
        e = catchThrowableOfType(NetworkFormatException.class, () -> ScenarioCodec.readString("s.json",
                "{\"faults\": [{\"type\": \"shock\", \"validators\": [\"\uFEFFa\"]}]}", NetworkCodec.readString("n.json",
                        FileInputTest.NETWORK)));
        assertThat(e.getMessage()).doesNotContain("\uFEFF").contains("unknown validator '\\uFEFFa'");
    }

    @Test
    void aLongPathIsCutBetweenSegments() {
        String deep = "$.scenarios.deep.x" + "[0]".repeat(60);
        assertThat(JsonPaths.abbreviated(deep)).isEqualTo("$.scenarios.deep.x" + "[0]".repeat(27) + "…");
        String keyed = "$" + "['a[b]']".repeat(30);
        assertThat(JsonPaths.abbreviated(keyed)).isEqualTo("$" + "['a[b]']".repeat(12) + "…");
    }

    @Test
    void aLongQuotedKeyIsCutInsideItsQuotesAndClosed() {
        String path = JsonPaths.child("$.scenarios", "big " + "x".repeat(300)) + ".faults[0]";
        String cut = JsonPaths.abbreviated(path);
        assertThat(cut).startsWith("$.scenarios['big xxx").endsWith("x…']").hasSizeLessThanOrEqualTo(104);
    }

    @Property(tries = 500)
    void aCutPathKeepsItsBracketsBalanced(@ForAll @StringLength(min = 1, max = 60) String key,
                                         @ForAll @StringLength(max = 12) String other) {
        String path = JsonPaths.index(JsonPaths.child(JsonPaths.child(JsonPaths.child("$", other), key), key + key), 3);
        assertThat(balanced(JsonPaths.abbreviated(path))).as(JsonPaths.abbreviated(path)).isTrue();
    }

    /** Brackets outside quoted keys pair up, and every quoted key is closed. */
    private static boolean balanced(String path) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < path.length(); i++) {
            char ch = path.charAt(i);
            if (quoted) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '\'' && i + 1 < path.length() && path.charAt(i + 1) == ']') {
                    quoted = false;
                    depth--;
                    i++;
                }
            } else if (path.startsWith("['", i)) {
                quoted = true;
                depth++;
                i++;
            } else if (ch == '[') {
                depth++;
            } else if (ch == ']') {
                depth--;
            }
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0 && !quoted;
    }
}
