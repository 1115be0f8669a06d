package dev.sse.model.io.importer;

import java.io.ByteArrayOutputStream;

/**
 * Bech32 encoding and decoding (BIP-173), as Cosmos addresses use it. The ICS provider names validators by their
 * consensus address {@code bech32("cosmosvalcons", sha256(ed25519 pubkey)[:20])} (cosmoshub-4 SHAPES.md); the
 * staking response gives the key, so the importer derives the address to join the two.
 */
final class Bech32 {

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    private Bech32() {
    }

    /** The bech32 string of {@code bytes} under human-readable part {@code hrp}. */
    static String encode(String hrp, byte[] bytes) {
        byte[] data = convertBits(bytes, 8, 5, true);
        byte[] values = new byte[data.length + 6];
        System.arraycopy(data, 0, values, 0, data.length);
        int mod = polymod(expand(hrp), values) ^ 1;
        for (int i = 0; i < 6; i++) {
            values[data.length + i] = (byte) ((mod >>> (5 * (5 - i))) & 31);
        }
        StringBuilder sb = new StringBuilder(hrp).append('1');
        for (byte b : values) {
            sb.append(CHARSET.charAt(b));
        }
        return sb.toString();
    }

    /** Whether {@code s} is a well-formed bech32 string with human-readable part {@code hrp} (checksum verified). */
    static boolean isValid(String s, String hrp) {
        if (!s.startsWith(hrp + "1") || s.length() < hrp.length() + 7 || !s.equals(s.toLowerCase())) {
            return false;
        }
        String rest = s.substring(hrp.length() + 1);
        byte[] values = new byte[rest.length()];
        for (int i = 0; i < rest.length(); i++) {
            int v = CHARSET.indexOf(rest.charAt(i));
            if (v < 0) {
                return false;
            }
            values[i] = (byte) v;
        }
        return polymod(expand(hrp), values) == 1;
    }

    private static int polymod(byte[] hrp, byte[] values) {
        int chk = 1;
        for (byte[] part : new byte[][] {hrp, values}) {
            for (byte v : part) {
                int top = chk >>> 25;
                chk = (chk & 0x1ffffff) << 5 ^ v;
                for (int i = 0; i < 5; i++) {
                    chk ^= ((top >>> i) & 1) == 1 ? GENERATOR[i] : 0;
                }
            }
        }
        return chk;
    }

    private static byte[] expand(String hrp) {
        byte[] out = new byte[hrp.length() * 2 + 1];
        for (int i = 0; i < hrp.length(); i++) {
            out[i] = (byte) (hrp.charAt(i) >> 5);
            out[i + hrp.length() + 1] = (byte) (hrp.charAt(i) & 31);
        }
        return out;
    }

    private static byte[] convertBits(byte[] in, int from, int to, boolean pad) {
        int acc = 0;
        int bits = 0;
        int max = (1 << to) - 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : in) {
            acc = acc << from | (b & 0xff);
            bits += from;
            while (bits >= to) {
                bits -= to;
                out.write((acc >>> bits) & max);
            }
        }
        if (pad && bits > 0) {
            out.write((acc << (to - bits)) & max);
        }
        return out.toByteArray();
    }
}
