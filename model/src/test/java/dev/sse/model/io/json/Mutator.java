package dev.sse.model.io.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text mutations of valid network files, the kinds of damage editors, merges and attackers do. */
final class Mutator {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern FIELD = Pattern.compile(
            "\"\\w+\":\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|-?[\\d.eE+-]+|true|false|null),?\\s*");
    private static final String[] TOKENS = {"null", "true", "false", "NaN", "-Infinity", "Infinity", "1e999",
        "-5", "0", "-0.0", "\"x\"", "\"\"", "{}", "[]", ",", ":", "{", "}", "[", "]", "\"format\"", "\"id\": \"v1\"",
        "1" + "0".repeat(60), "\"\\u0000\"", "'single'", "/* c */", "\uFEFF", "\"\\ud800\"", "01", "1.", ".5"};
    private static final String CHARS = "{}[]\",:\\ \n\t\r0123456789-+.eEaZ\u0000\u001f\u00e9\u4e2d\ud83d\ude80\ud800/";

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** Applies one to three random mutations; returns the mutated text and the names of what was done. */
    String mutate(String text, List<String> log) {
        String s = text;
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            int kind = random.nextInt(13);
            log.add(Integer.toString(kind));
            s = apply(kind, s);
        }
        return s;
    }

    private String apply(int kind, String s) {
        if (s.isEmpty()) {
            return TOKENS[random.nextInt(TOKENS.length)];
        }
        int at = random.nextInt(s.length() + 1);
        return switch (kind) {
            case 0 -> s.substring(0, Math.min(at, s.length() - 1)) + s.substring(Math.min(at + 1, s.length()));
            case 1 -> s.substring(0, at) + CHARS.charAt(random.nextInt(CHARS.length())) + s.substring(at);
            case 2 -> s.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + s.substring(at);
            case 3 -> duplicateLine(s);
            case 4 -> replaceOne(s, NUMBER, new String[] {"-5", "NaN", "\"12\"", "1e400", "1" + "0".repeat(60),
                "0", "-0.0", "Infinity", "true", "null", "{}", "[1]", "0.5", "7", "99999999999999999999"});
            case 5 -> replaceOne(s, FIELD, new String[] {""});
            case 6 -> s.substring(0, at);
            case 7 -> s.substring(0, at) + nest(1 + random.nextInt(150)) + s.substring(at);
            case 8 -> replaceOne(s, STRING, new String[] {"\"relay\"", "\"v1\"", "\"hub\"", "\"nowhere\"", "\"\"",
                "\"DOT\"", "\"parachain\"", "\"consumer\"", "\"l1\"", "\"ethereum\"", "\"op-a\"", "42", "null"});
            case 9 -> swapLines(s);
            case 10 -> replaceOne(s, STRING, new String[] {"[]", "{}", "1", "\"a\\\"b\"", "\"\\ud83d\""});
            case 11 -> s.substring(0, at) + s.substring(0, Math.min(s.length(), random.nextInt(200))) + s.substring(at);
            default -> replaceOne(s, NUMBER, new String[] {Double.toString(random.nextGaussian() * 1e6),
                Long.toString(random.nextLong()), "0.0000001", "2.5e8", "1"});
        };
    }

    private String nest(int depth) {
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String inner = random.nextBoolean() ? "1" : "";
        return open.repeat(depth) + inner + (random.nextInt(4) == 0 ? "" : close.repeat(depth));
    }

    private String replaceOne(String s, Pattern pattern, String[] replacements) {
        Matcher m = pattern.matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (m.find() && spans.size() < 400) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return s;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return s.substring(0, span[0]) + replacements[random.nextInt(replacements.length)] + s.substring(span[1]);
    }

    private String duplicateLine(String s) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        int i = random.nextInt(lines.size());
        lines.add(i, lines.get(i));
        return String.join("\n", lines);
    }

    private String swapLines(String s) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        String tmp = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, tmp);
        return String.join("\n", lines);
    }
}
