package org.veil.files.netpbm;

import java.util.List;

/**
 * One image of a Netpbm stream as the parser read it: its format number (1–7), size, channels, maximum sample
 * value, the standard tuple type of a PAM, where its raster lies, and what the header held besides (comments,
 * non-essential PAM lines), which cleaning drops.
 */
record NetpbmImage(int format, int width, int height, int depth, int maxval, String tupleType, int rasterStart,
                   int rasterEnd, List<String> comments, List<String> dropped) {

    boolean plain() {
        return format <= 3;
    }
}
