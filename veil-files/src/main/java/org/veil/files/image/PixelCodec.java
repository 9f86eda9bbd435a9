package org.veil.files.image;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.veil.files.Limits;
import org.veil.files.RefusedException;

/**
 * Decoding and encoding through ImageIO, for the formats that are rebuilt from pixels (TIFF, BMP, and everything
 * in paranoid mode). Every page's declared size is checked against the limits before it is decoded, and the
 * streams stay in memory (no ImageIO cache files on disk).
 */
final class PixelCodec {
    /** One decoded page, with the reader's metadata when asked for (to find a TIFF page's orientation). */
    record Page(BufferedImage image, IIOMetadata metadata) {
    }

    private PixelCodec() {
    }

    /** Decodes every page, up to {@code maxPages}; refuses more pages, or more pixels in all than the limit. */
    static List<Page> decode(byte[] data, String format, Limits limits, int maxPages, boolean withMetadata)
            throws RefusedException {
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, false, !withMetadata);
            StrictDecoding strict = StrictDecoding.watch(reader);
            List<Page> pages = new ArrayList<>();
            long total = 0;
            for (int i = 0; ; i++) {
                int w;
                int h;
                try {
                    w = reader.getWidth(i);
                    h = reader.getHeight(i);
                } catch (IndexOutOfBoundsException e) {
                    break;
                }
                if (i >= maxPages) {
                    throw new RefusedException("the " + format.toUpperCase() + " has more than " + maxPages + " pages");
                }
                limits.checkPixels(w, h);
                total += (long) w * h;
                if (total > limits.maxImagePixels()) {
                    throw new RefusedException("the pages together declare " + total + " pixels, over the limit of "
                            + limits.maxImagePixels() / 1_000_000 + " megapixels (a decompression bomb?)");
                }
                pages.add(new Page(reader.read(i), withMetadata ? reader.getImageMetadata(i) : null));
                strict.check(format.toUpperCase());
            }
            if (pages.isEmpty()) {
                throw new RefusedException("the " + format.toUpperCase() + " contains no image");
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            throw new RefusedException("the JDK cannot decode this " + format.toUpperCase() + " (" + reason(e) + ")", e);
        } finally {
            reader.dispose();
        }
    }

    /** Encodes the images as one file (a multi-page sequence when there are several), with no metadata. */
    static byte[] encode(List<BufferedImage> images, String format, Consumer<ImageWriteParam> tune)
            throws RefusedException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new RefusedException("this Java runtime has no " + format.toUpperCase() + " encoder");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            tune.accept(param);
            if (images.size() == 1) {
                writer.write(null, new IIOImage(images.get(0), null, null), param);
            } else {
                if (!writer.canWriteSequence()) {
                    throw new RefusedException("cannot write a multi-page " + format.toUpperCase());
                }
                writer.prepareWriteSequence(null);
                for (BufferedImage image : images) {
                    writer.writeToSequence(new IIOImage(image, null, null), param);
                }
                writer.endWriteSequence();
            }
        } catch (IOException | RuntimeException e) {
            throw new RefusedException("the JDK cannot re-encode this image as " + format.toUpperCase() + " ("
                    + reason(e) + ")", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * Whether two images hold the same pixels: the same size and, sample for sample, the same values (palette
     * images are compared by colour, since an encoder may reorder a palette). Colour spaces are not compared, so
     * dropping an ICC profile does not count as a change of pixels.
     */
    static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        if (a.getColorModel() instanceof IndexColorModel || b.getColorModel() instanceof IndexColorModel) {
            for (int y = 0; y < a.getHeight(); y++) {
                for (int x = 0; x < a.getWidth(); x++) {
                    if (a.getRGB(x, y) != b.getRGB(x, y)) {
                        return false;
                    }
                }
            }
            return true;
        }
        Raster ra = a.getRaster();
        Raster rb = b.getRaster();
        if (ra.getNumBands() != rb.getNumBands()) {
            return false;
        }
        int w = a.getWidth();
        int[] rowA = new int[w * ra.getNumBands()];
        int[] rowB = new int[rowA.length];
        for (int y = 0; y < a.getHeight(); y++) {
            ra.getPixels(0, y, w, 1, rowA);
            rb.getPixels(0, y, w, 1, rowB);
            if (!java.util.Arrays.equals(rowA, rowB)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The image turned upright according to an EXIF/TIFF orientation (1–8). Samples are moved, never converted, so
     * this is lossless for any colour model.
     */
    static BufferedImage orient(BufferedImage src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        ColorModel cm = src.getColorModel();
        WritableRaster dst = cm.createCompatibleWritableRaster(swap ? h : w, swap ? w : h);
        Raster in = src.getRaster();
        Object pixel = null;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixel = in.getDataElements(x, y, pixel);
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case 4 -> { dx = x; dy = h - 1 - y; }
                    case 5 -> { dx = y; dy = x; }
                    case 6 -> { dx = h - 1 - y; dy = x; }
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }
                    default -> { dx = y; dy = w - 1 - x; } // 8
                }
                dst.setDataElements(dx, dy, pixel);
            }
        }
        return new BufferedImage(cm, dst, cm.isAlphaPremultiplied(), null);
    }

    private static ImageReader reader(String format) throws RefusedException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new RefusedException("this Java runtime has no " + format.toUpperCase() + " decoder");
        }
        return readers.next();
    }

    /**
     * Why the JDK's codec failed, in Veil's words: the library's own text ("Error reading PNG image data",
     * "Index 5 out of bounds for length 5") tells a user nothing and may quote bytes of the file.
     */
    static String reason(Exception e) {
        if (e instanceof java.io.EOFException) {
            return "it ends early: truncated";
        }
        if (e instanceof IOException) {
            return "its image data is corrupt or uses a feature Java's decoder lacks";
        }
        return "its image data is corrupt (the decoder failed with " + e.getClass().getSimpleName() + ")";
    }
}
