package io.hindsight.report.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small PNG encoder for opaque RGB images: 8-bit truecolour, per-row adaptive filter (Sub,
 * Up or Paeth, whichever gives the smallest sum of absolute differences), zlib at level 6. No
 * ancillary chunks, so no timestamp: the same pixels always give the same bytes. It reads the
 * image's pixel array directly rather than pixel by pixel.
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Png() {
    }

    static byte[] encode(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int stride = 3 * w;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an opaque INT_RGB image, got type " + image.getType());
        }
        int[] argb = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] prev = new byte[stride];
        byte[] cur = new byte[stride];
        byte[] best = new byte[stride];
        byte[] trial = new byte[stride];
        Deflater deflater = new Deflater(6);
        byte[] buffer = new byte[64 * 1024];
        ByteArrayOutputStream idat = new ByteArrayOutputStream(h * stride / 8);
        for (int y = 0; y < h; y++) {
            for (int x = 0, o = y * w, i = 0; x < w; x++, o++) {
                int p = argb[o];
                cur[i++] = (byte) (p >> 16);
                cur[i++] = (byte) (p >> 8);
                cur[i++] = (byte) p;
            }
            int bestType = -1;
            long bestScore = Long.MAX_VALUE;
            for (int type = 1; type <= 4; type++) {
                if (type == 3) {
                    continue;   // Average rarely wins on charts
                }
                long score = filter(type, cur, prev, trial);
                if (score < bestScore) {
                    bestScore = score;
                    bestType = type;
                    byte[] t = best;
                    best = trial;
                    trial = t;
                }
            }
            deflater.setInput(new byte[] {(byte) bestType});
            drain(deflater, buffer, idat);
            deflater.setInput(best);
            drain(deflater, buffer, idat);
            byte[] t = prev;
            prev = cur;
            cur = t;
        }
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            idat.write(buffer, 0, n);
        }
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
        out.writeBytes(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8;    // bit depth
        ihdr[9] = 2;    // truecolour
        chunk(out, "IHDR", ihdr);
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void drain(Deflater d, byte[] buffer, ByteArrayOutputStream out) {
        while (!d.needsInput()) {
            int n = d.deflate(buffer);
            out.write(buffer, 0, n);
        }
    }

    /** Filters one row into {@code out}; returns the sum of absolute values of the bytes as signed. */
    private static long filter(int type, byte[] cur, byte[] prev, byte[] out) {
        long sum = 0;
        for (int i = 0; i < cur.length; i++) {
            int a = i >= 3 ? cur[i - 3] & 0xff : 0;
            int b = prev[i] & 0xff;
            int c = i >= 3 ? prev[i - 3] & 0xff : 0;
            int x = cur[i] & 0xff;
            int v = switch (type) {
                case 1 -> x - a;
                case 2 -> x - b;
                default -> x - paeth(a, b, c);
            };
            out[i] = (byte) v;
            sum += Math.abs((byte) v);
        }
        return sum;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] len = new byte[4];
        putInt(len, 0, data.length);
        out.writeBytes(len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.writeBytes(c);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
