package org.veil.files.netpbm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Netpbm files shaped as GIMP, ImageMagick and netpbm's own tools write them, with planted identifying text. */
public final class NetpbmFiles {
    private NetpbmFiles() {
    }

    /** Raw PPM (P6), 4×3, comments where editors put them and a trailer appended after the pixels. */
    public static byte[] rawPpm() {
        return concat("P6\n# Created by GIMP version 2.10.34 PNM plug-in\n# Ivan Petrov, GPS 55.75 37.61\n4 3\n"
                + "# another\n255\n", pixels(4 * 3 * 3), "appended: Ivan Petrov");
    }

    /** The pixels {@link #rawPpm()} carries. */
    public static byte[] pixels(int n) {
        byte[] p = new byte[n];
        for (int i = 0; i < n; i++) {
            p[i] = (byte) (i * 37 + 11); // includes '#' (0x23) and newlines: the raster is binary
        }
        p[5] = '#';
        p[6] = '\n';
        return p;
    }

    /** Plain PPM (P3) as ImageMagick writes it, with a comment inside the pixels as well. */
    public static byte[] plainPpm() {
        return ("P3\n# Ivan Petrov\n2 2\n255\n255 0 0  0 255 0\n# GPS 55.75\n0 0 255  255 255 255\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Plain PBM (P1) with digits written without separators. */
    public static byte[] plainPbm() {
        return "P1 # Ivan Petrov\n4 2\n0101\n1010\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** Raw 16-bit PGM (P5). */
    public static byte[] rawPgm16() {
        return concat("P5\n#GPS 55.75\n2 1\n65535\n", new byte[] {0x12, 0x34, (byte) 0xFF, 0x00}, "");
    }

    /** PAM (P7) with comments, a custom header line and a custom tuple type besides a standard one. */
    public static byte[] pam() {
        return concat("P7\n# Ivan Petrov\nWIDTH 2\nHEIGHT 1\nDEPTH 4\nMAXVAL 255\nTUPLTYPE RGB_ALPHA\n"
                + "CREATOR Ivan Petrov\nTUPLTYPE GPS_55.75\nENDHDR\n", pixels(8), "");
    }

    static byte[] concat(String header, byte[] raster, String trailer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(raster);
        out.writeBytes(trailer.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
