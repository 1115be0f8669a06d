package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.sse.model.network.Network;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing: thousands of damaged variants of valid files. Whatever the damage, reading either
 * succeeds (and then the network round-trips) or fails with located problems; no runtime exception
 * escapes, and the last-resort "internal error" problem is never produced.
 */
class MutationFuzzTest {

    private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 5_000);
    private static final long SEED = Long.getLong("fuzz.seed", 0x5EC0_21D5L);

    @Test
    void mutatedFilesNeverEscapeAndAlwaysLocateTheirProblems() {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120), this::fuzz);
    }

    private void fuzz() {
        List<String> seeds = seeds();
        Random random = new Random(SEED);
        Mutator mutator = new Mutator(random);
        int accepted = 0;
        int rejected = 0;
        int internal = 0;
        long start = System.nanoTime();
        for (int i = 0; i < MUTANTS; i++) {
            List<String> log = new ArrayList<>();
            String text = mutator.mutate(seeds.get(random.nextInt(seeds.size())), log);
            String name = "mutant-" + i + ".json";
            try {
                Network n = i % 20 == 0 ? readBytes(name, text, random) : NetworkCodec.readString(name, text);
                assertThat(NetworkCodec.readString(name, NetworkCodec.write(n))).as("round trip of %s", name)
                        .isEqualTo(n);
                accepted++;
            } catch (NetworkFormatException e) {
                rejected++;
                internal += checkProblems(name, e, log, text);
            } catch (RuntimeException e) {
                fail("uncaught " + e + " for " + name + " after mutations " + log + ":\n" + text, e);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("mutation fuzz: %d mutants, %d accepted, %d rejected, %d internal errors, %d ms%n",
                MUTANTS, accepted, rejected, internal, millis);
        assertThat(internal).as("last-resort internal-error problems").isZero();
        assertThat(rejected).as("most mutants are broken").isGreaterThan(MUTANTS / 2);
        assertThat(accepted).as("some mutants stay valid").isPositive();
    }

    /** Every 20th mutant goes through the byte path, sometimes with a malformed UTF-8 byte inserted. */
    private static Network readBytes(String name, String text, Random random) throws NetworkFormatException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextBoolean() && bytes.length > 0) {
            int at = random.nextInt(bytes.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, at);
            out.write(new byte[] {(byte) (0x80 + random.nextInt(0x80))}, 0, 1);
            out.write(bytes, at, bytes.length - at);
            bytes = out.toByteArray();
        }
        return NetworkCodec.read(name, new ByteArrayInputStream(bytes));
    }

    private static int checkProblems(String name, NetworkFormatException e, List<String> log, String text) {
        assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(Problems.MAX + 1);
        int internal = 0;
        for (Problem p : e.problems()) {
            String context = name + " after mutations " + log + ": " + p;
            assertThat(p.file()).as(context).isEqualTo(name);
            assertThat(p.line()).as(context).isGreaterThanOrEqualTo(1);
            assertThat(p.column()).as(context).isGreaterThanOrEqualTo(1);
            assertThat(p.path()).as(context).startsWith("$");
            assertThat(p.message()).as(context).isNotBlank().doesNotContain("\n", "[Source", "StreamReadConstraints");
            if (Boolean.getBoolean("fuzz.stats")) {
                System.out.println("KIND " + p.message().replaceAll("['\"(].*", "").replaceAll("\\d+", "N"));
            }
            if (NetworkCodec.isInternal(p)) {
                System.out.println("INTERNAL " + context + "\n" + text);
                internal++;
            }
        }
        return internal;
    }

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        for (String name : Fixtures.VALID) {
            seeds.add(Fixtures.valid(name));
        }
        for (long s = 1; s <= 3; s++) {
            seeds.add(NetworkCodec.write(RandomNetworks.generate(s)));
        }
        seeds.add(NetworkCodec.write(RoundTripTest.handBuilt()));
        return seeds;
    }
}
