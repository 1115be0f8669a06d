package dev.sse.model.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and, unlike {@link java.io.InputStreamReader}, knows the line and column of a
 * malformed byte, counted the way Jackson counts (UTF-16 units; CR, LF and CRLF end a line), so the
 * problem points at the bad byte. A leading byte-order mark is dropped.
 */
final class Utf8Reader extends Reader {

    /** Thrown at the first malformed byte sequence, with its 1-based position in the text. */
    static final class MalformedUtf8Exception extends IOException {
        final int line;
        final int column;

        MalformedUtf8Exception(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean eof;
    private boolean started;
    private boolean afterCr;
    private int line = 1;
    private int column = 1;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            CharBuffer target = CharBuffer.wrap(cbuf, off, len);
            CoderResult result = decoder.decode(bytes, target, eof);
            int n = dropBom(cbuf, off, target.position() - off);
            count(cbuf, off, n);
            if (n > 0) {
                return n;
            }
            if (result.isError()) {
                throw new MalformedUtf8Exception(line, column, "not valid UTF-8: malformed byte "
                        + String.format("0x%02x", bytes.get(bytes.position()) & 0xff));
            }
            if (result.isUnderflow()) {
                if (eof) {
                    return -1;
                }
                fill();
            }
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private int dropBom(char[] cbuf, int off, int n) {
        if (!started && n > 0) {
            started = true;
            if (cbuf[off] == '\uFEFF') {
                System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
                return n - 1;
            }
        }
        return n;
    }

    private void count(char[] cbuf, int off, int n) {
        for (int i = off; i < off + n; i++) {
            char ch = cbuf[i];
            if (ch == '\n' && afterCr) {
                afterCr = false;
            } else if (ch == '\n' || ch == '\r') {
                line++;
                column = 1;
                afterCr = ch == '\r';
            } else {
                column++;
                afterCr = false;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
