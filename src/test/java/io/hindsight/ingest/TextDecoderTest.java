package io.hindsight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Decoding takes a fast path for ASCII files and the strict UTF-8 decoder for the rest; both must agree on what they accept. */
class TextDecoderTest {
    @Test
    void asciiAndUtf8TextDecode() {
        assertThat(decoded("# Outage\n\nAll good.\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("# Outage\n\nAll good.\n");
        assertThat(decoded("# Störung – 5 min\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("# Störung – 5 min\n");
        byte[] bom = "\uFEFF# Title\n".getBytes(StandardCharsets.UTF_8);
        assertThat(decoded(bom)).isEqualTo("# Title\n");
    }

    @Test
    void invalidUtf8IsNamedAtItsOffset() {
        byte[] latin1 = "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        TextDecoder.Failed f = (TextDecoder.Failed) TextDecoder.decode(latin1);
        assertThat(f.reason()).isEqualTo(Rejection.Reason.NOT_UTF8);
        assertThat(f.detail()).contains("byte 0xE9 at offset 5");
    }

    @Test
    void nulBytesMakeABinaryFileWhereverTheyAre() {
        byte[] early = "# a\u0000b\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(((TextDecoder.Failed) TextDecoder.decode(early)).detail()).contains("NUL byte at offset 3");
        byte[] late = new byte[20_000];
        Arrays.fill(late, (byte) 'x');
        late[15_000] = 0;
        TextDecoder.Failed f = (TextDecoder.Failed) TextDecoder.decode(late);
        assertThat(f.reason()).isEqualTo(Rejection.Reason.BINARY);
        assertThat(f.detail()).contains("offset 15000");
    }

    @Test
    void utf16WithoutAMarkIsNamed() {
        byte[] utf16 = "# Outage report\n\nThe database failed over.\n".getBytes(StandardCharsets.UTF_16LE);
        TextDecoder.Failed f = (TextDecoder.Failed) TextDecoder.decode(utf16);
        assertThat(f.reason()).isEqualTo(Rejection.Reason.NOT_UTF8);
        assertThat(f.detail()).contains("UTF-16 little-endian");
    }

    private static String decoded(byte[] bytes) {
        return ((TextDecoder.Decoded) TextDecoder.decode(bytes)).text();
    }
}
