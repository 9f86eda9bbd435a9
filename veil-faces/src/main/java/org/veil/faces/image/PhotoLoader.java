package org.veil.faces.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.TypeDetector;
import org.veil.files.image.StrictDecoding;

/**
 * Decodes a photo for face covering: type from content, declared size checked before any pixel is decoded (a
 * 100-megapixel bomb is refused, not attempted), EXIF orientation applied so boxes land on faces, and every
 * case Veil cannot handle refused with a reason rather than half-processed.
 */
public final class PhotoLoader {
    private static final Set<FileType> DECODABLE = Set.of(FileType.JPEG, FileType.PNG, FileType.BMP, FileType.GIF,
            FileType.TIFF);

    private final Limits limits;

    public PhotoLoader(Limits limits) {
        this.limits = limits;
    }

    public Photo load(byte[] bytes, String name) throws RefusedException {
        FileType type = new TypeDetector(limits).detect(bytes, name);
        if (!DECODABLE.contains(type)) {
            throw new RefusedException(type + " photos cannot be covered by Veil (JPEG, PNG, BMP, GIF and TIFF can); "
                    + "convert it to PNG or JPEG first");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RefusedException("no decoder for this " + type);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                if (type == FileType.GIF || type == FileType.TIFF) {
                    int frames = reader.getNumImages(true);
                    if (frames > 1) {
                        throw new RefusedException("an animated or multi-page " + type + " (" + frames + " frames): "
                                + "Veil covers still images only; extract the frames first");
                    }
                }
                limits.checkPixels(reader.getWidth(0), reader.getHeight(0));
                StrictDecoding strict = StrictDecoding.watch(reader);
                BufferedImage decoded = decode(reader, type);
                strict.check(type.toString());
                int orientation = orientation(bytes);
                return new Photo(upright(toRgb(decoded), orientation), type, orientation);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new RefusedException("the " + type + " cannot be decoded (truncated or corrupt?): " + e.getMessage());
        }
    }

    private static BufferedImage decode(ImageReader reader, FileType type) throws RefusedException, IOException {
        try {
            return reader.read(0);
        } catch (javax.imageio.IIOException e) {
            String msg = String.valueOf(e.getMessage());
            if (type == FileType.JPEG && msg.contains("Unsupported Image Type")) {
                throw new RefusedException("a CMYK or YCCK JPEG, which Veil does not decode; convert it to RGB "
                        + "first (for example: convert in.jpg -colorspace sRGB out.jpg)");
            }
            throw new RefusedException("the " + type + " cannot be decoded (truncated or corrupt?): " + msg);
        } catch (RuntimeException e) {
            throw new RefusedException("the " + type + " cannot be decoded: " + e);
        }
    }

    /** Orientation 1–8 from EXIF; 1 when absent or unreadable (there is then nothing to turn). */
    static int orientation(byte[] bytes) {
        try {
            Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
            ExifIFD0Directory d = m.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (d != null && d.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int o = d.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return o >= 1 && o <= 8 ? o : 1;
            }
        } catch (ImageProcessingException | IOException | MetadataException e) {
            return 1;
        }
        return 1;
    }

    /**
     * Opaque images become TYPE_INT_RGB; images with transparency keep it as TYPE_INT_ARGB (a PNG with alpha stays
     * one). Greyscale and palette images are expanded, so detectors see one layout.
     */
    static BufferedImage toRgb(BufferedImage src) {
        boolean alpha = src.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (src.getType() == type) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), type);
        out.createGraphics().drawImage(src, 0, 0, null);
        return out;
    }

    /** Applies EXIF orientation (1–8): the result is what a viewer shows. */
    static BufferedImage upright(BufferedImage img, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return img;
        }
        int w = img.getWidth();
        int h = img.getHeight();
        boolean swap = orientation >= 5;
        int dw = swap ? h : w;
        int dh = swap ? w : h;
        int[] src = img.getRGB(0, 0, w, h, null, 0, w);
        int[] dst = new int[dw * dh];
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; } // 8
                }
                dst[y * dw + x] = src[sy * w + sx];
            }
        }
        BufferedImage out = new BufferedImage(dw, dh, img.getType());
        out.setRGB(0, 0, dw, dh, dst, 0, dw);
        return out;
    }
}
