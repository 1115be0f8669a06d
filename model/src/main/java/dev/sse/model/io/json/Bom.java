package dev.sse.model.io.json;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** Skips a leading UTF-8 byte-order mark, which some editors write and JSON parsers reject. */
final class Bom {

    private static final int BOM = 0xFEFF;

    private Bom() {
    }

    /** A reader positioned after the BOM, if there was one; read errors are left for the parser to hit. */
    static Reader skip(Reader in) {
        PushbackReader pushback = new PushbackReader(in, 1);
        try {
            int first = pushback.read();
            if (first != -1 && first != BOM) {
                pushback.unread(first);
            }
        } catch (IOException e) {
            // the parser reads again and reports the failure with a location
        }
        return pushback;
    }
}
