package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile sizes are refused with a located problem, before they can exhaust memory or time. */
class LimitsTest {

    private static final String HEAD = "{\"format\": \"shared-security-network\", \"version\": 1, \"name\": ";

    @Test
    void documentLongerThan64MiBIsRefusedWhileStreaming() {
        InputStream endlessWhitespace = new InputStream() {
            private final byte[] head = HEAD.getBytes(StandardCharsets.US_ASCII);
            private long served;

            @Override
            public int read() {
                return served < head.length ? head[(int) served++] : ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served < head.length) {
                    b[off] = head[(int) served++];
                    return 1;
                }
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                served += len;
                return len;
            }
        };
        List<Problem> problems = problems(() -> NetworkCodec.read("big.json", endlessWhitespace));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("input exceeds a safety limit: Document length")
                    .contains(Long.toString(TreeReader.MAX_DOCUMENT_CHARS));
            assertThat(p.path()).isEqualTo("$.name");
        });
    }

    @Test
    void stringLongerThanOneMiBIsRefused() {
        String json = HEAD + "\"" + "x".repeat(TreeReader.MAX_STRING_LENGTH + 1) + "\"}";
        assertThat(problems(() -> NetworkCodec.readString("s.json", json))).singleElement()
                .hasToString("s.json:1:61: $.name: input exceeds a safety limit: String value length (1048577) "
                        + "exceeds the maximum allowed (1048576)");
    }

    @Test
    void tooManyTokensAreRefused() {
        String json = HEAD + "\"n\", \"scenarios\": {\"s\": {\"x\": [" + "0,".repeat((int) TreeReader.MAX_TOKENS) + "0]}}}";
        assertThat(problems(() -> NetworkCodec.readString("t.json", json))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("input exceeds a safety limit: Token count"));
    }

    @Test
    void problemsAreCappedWithANoteOnHowManyMore() {
        StringBuilder json = new StringBuilder(HEAD + "\"n\", \"chains\": [], \"allocations\": [], \"validators\": [\n");
        for (int i = 0; i < 250; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"id\": \"v").append(i).append("\", \"stake\": -1}");
        }
        json.append("]}");
        List<Problem> problems = problems(() -> NetworkCodec.readString("many.json", json.toString()));
        assertThat(problems).hasSize(Problems.MAX + 1);
        assertThat(problems.get(Problems.MAX).message()).isEqualTo("150 more problem(s) not shown; fix the ones above first");
        assertThat(problems.get(0).toString()).isEqualTo("many.json:2:23: $.validators[0].stake: must be a number from 1e-12 to 1e18, got -1");
    }

    private static List<Problem> problems(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
        NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, read);
        assertThat(e).as("the input must be rejected").isNotNull();
        return e.problems();
    }
}
