package io.hindsight.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a file's bytes into text, strictly: UTF-8 only (no guessing another encoding), a
 * leading byte-order mark dropped, NUL bytes taken as a binary file.
 */
public final class TextDecoder {
    private static final int BINARY_PROBE = 8192;

    private TextDecoder() {
    }

    /** The decoded text, or the problem. */
    public sealed interface Result {
    }

    public record Decoded(String text) implements Result {
    }

    public record Failed(Rejection.Reason reason, String detail) implements Result {
    }

    public static Result decode(byte[] bytes) {
        if (bytes.length == 0) {
            return new Failed(Rejection.Reason.EMPTY, "the file is empty (0 bytes)");
        }
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return new Failed(Rejection.Reason.BINARY,
                        "the file contains a NUL byte at offset " + i + ": binary data, not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            return new Failed(Rejection.Reason.NOT_UTF8, String.format(Locale.ROOT,
                    "not valid UTF-8: byte 0x%02X at offset %d; save the file as UTF-8",
                    bytes[offset] & 0xFF, offset));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Failed(Rejection.Reason.EMPTY, "the file holds only white space");
        }
        for (int i = probe; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Failed(Rejection.Reason.BINARY,
                        "the file contains a NUL byte at offset " + i + ": binary data, not text");
            }
        }
        return new Decoded(text);
    }
}
