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
 * leading byte-order mark dropped, NUL bytes taken as a binary file. UTF-16 and UTF-32 text
 * (a byte-order mark, or NULs in every other byte) is named as such rather than called binary,
 * and a few common binary formats (images, PDF, archives) are named by their magic bytes, so
 * the reason says what the file is.
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
        // One pass over the bytes: where the first NUL is, and whether any byte is outside ASCII.
        int firstNul = -1;
        boolean ascii = true;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0 && firstNul < 0) {
                firstNul = i;
            }
            ascii &= b >= 0;
        }
        Failed wide = wideEncoding(bytes, probe, firstNul >= 0 && firstNul < probe);
        if (wide != null) {
            return wide;
        }
        for (BinaryFormat f : BinaryFormat.values()) {
            if (f.matches(bytes)) {
                return new Failed(Rejection.Reason.BINARY, "the file is " + f.description
                        + " (magic bytes at offset 0), not text; only Markdown and JSON postmortems are read");
            }
        }
        if (firstNul >= 0 && firstNul < probe) {
            return nul(firstNul);
        }
        String text;
        if (ascii) {
            text = new String(bytes, StandardCharsets.US_ASCII); // every ASCII byte string is valid UTF-8
        } else {
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
            text = out.toString();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Failed(Rejection.Reason.EMPTY, "the file holds only white space");
        }
        if (firstNul >= 0) {
            return nul(firstNul);
        }
        return new Decoded(text);
    }

    private static Failed nul(int offset) {
        return new Failed(Rejection.Reason.BINARY, "the file contains a NUL byte at offset " + offset + ": binary data, not text");
    }

    /** UTF-32 or UTF-16 text, by its byte-order mark or by NULs in alternate bytes; null when it is neither. */
    private static Failed wideEncoding(byte[] b, int probe, boolean nulInProbe) {
        String bom = null;
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            bom = "UTF-32 (little-endian byte-order mark FF FE 00 00 at offset 0)";
        } else if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            bom = "UTF-32 (big-endian byte-order mark 00 00 FE FF at offset 0)";
        } else if (startsWith(b, 0xFF, 0xFE)) {
            bom = "UTF-16 (little-endian byte-order mark FF FE at offset 0)";
        } else if (startsWith(b, 0xFE, 0xFF)) {
            bom = "UTF-16 (big-endian byte-order mark FE FF at offset 0)";
        }
        if (bom != null) {
            return new Failed(Rejection.Reason.NOT_UTF8, "not UTF-8: the file is encoded as " + bom + "; save it as UTF-8");
        }
        // ASCII text in UTF-16 without a mark: a NUL in nearly every even (big-endian) or odd
        // (little-endian) byte and almost none in the others.
        int pairs = probe / 2;
        if (pairs < 4 || !nulInProbe) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i + 1 < probe; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        boolean be = evenNul >= pairs * 0.9 && oddNul <= pairs * 0.05;
        boolean le = oddNul >= pairs * 0.9 && evenNul <= pairs * 0.05;
        if (be || le) {
            return new Failed(Rejection.Reason.NOT_UTF8, String.format(Locale.ROOT,
                    "not UTF-8: the file looks like UTF-16 %s without a byte-order mark (NUL bytes in every other byte from offset %d); "
                            + "save it as UTF-8", be ? "big-endian" : "little-endian", be ? 0 : 1));
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Binary formats most often saved into a postmortem folder by mistake, by their magic bytes. */
    private enum BinaryFormat {
        PNG("a PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
        JPEG("a JPEG image", 0xFF, 0xD8, 0xFF),
        GIF("a GIF image", 'G', 'I', 'F', '8'),
        PDF("a PDF document", '%', 'P', 'D', 'F', '-'),
        ZIP("a ZIP archive (or an Office document such as .docx)", 'P', 'K', 0x03, 0x04),
        GZIP("a gzip-compressed file", 0x1F, 0x8B);

        private final String description;
        private final int[] magic;

        BinaryFormat(String description, int... magic) {
            this.description = description;
            this.magic = magic;
        }

        boolean matches(byte[] bytes) {
            return startsWith(bytes, magic);
        }
    }
}
