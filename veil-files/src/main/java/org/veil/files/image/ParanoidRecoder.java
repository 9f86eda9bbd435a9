package org.veil.files.image;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.imageio.ImageWriteParam;
import org.veil.files.CleanOptions;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.RefusedException;

/**
 * Paranoid mode for JPEG, PNG and GIF: when the file's structure itself is distrusted, the pixels are decoded
 * (after the declared size is checked), turned upright, and encoded afresh with no metadata; the new file then goes
 * through the lossless cleaner too. JPEG is re-compressed (quality 0.92), so this is lossy and never the default.
 */
final class ParanoidRecoder {
    private static final float JPEG_QUALITY = 0.92f;

    private final JpegCleaner jpeg = new JpegCleaner();
    private final PngCleaner png = new PngCleaner();
    private final GifCleaner gif = new GifCleaner();

    byte[] recode(byte[] in, FileType type, CleanOptions options, Limits limits) throws RefusedException {
        return switch (type) {
            case JPEG -> recodeJpeg(in, options, limits);
            case PNG -> recodePng(in, options, limits);
            case GIF -> recodeGif(in, limits);
            case WEBP -> throw new RefusedException("paranoid mode cannot re-render WebP (Java has no WebP decoder); "
                    + "clean it without --paranoid or convert it to PNG first");
            default -> throw new IllegalArgumentException("no paranoid path for " + type);
        };
    }

    private byte[] recodeJpeg(byte[] in, CleanOptions options, Limits limits) throws RefusedException {
        JpegCleaner.FrameSize size = jpeg.frameSize(in);
        limits.checkPixels(size.width(), size.height());
        int orientation = jpeg.orientation(in);
        BufferedImage decoded = PixelCodec.decode(in, "jpeg", limits, 1, false).get(0).image();
        BufferedImage upright = PixelCodec.orient(toRgb(decoded), orientation);
        byte[] encoded = PixelCodec.encode(List.of(upright), "jpeg", param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
        });
        return jpeg.clean(encoded, options);
    }

    private byte[] recodePng(byte[] in, CleanOptions options, Limits limits) throws RefusedException {
        long[] size = png.declaredSize(in);
        limits.checkPixels(size[0], size[1]);
        int orientation = png.orientation(in);
        BufferedImage decoded = PixelCodec.decode(in, "png", limits, 1, false).get(0).image();
        byte[] encoded = PixelCodec.encode(List.of(PixelCodec.orient(decoded, orientation)), "png", param -> { });
        return png.clean(encoded, options);
    }

    private byte[] recodeGif(byte[] in, Limits limits) throws RefusedException {
        GifCleaner.Result walk = gif.clean(in);
        if (walk.frames() != 1) {
            throw new RefusedException("paranoid mode re-renders only single-frame GIFs; this one has "
                    + walk.frames() + " frames (clean it without --paranoid)");
        }
        limits.checkPixels(walk.width(), walk.height());
        BufferedImage decoded = PixelCodec.decode(walk.cleaned(), "gif", limits, 1, false).get(0).image();
        return gif.clean(PixelCodec.encode(List.of(decoded), "gif", param -> { })).cleaned();
    }

    /** An opaque RGB copy: the JPEG encoder writes neither alpha nor palettes. */
    private static BufferedImage toRgb(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_INT_RGB || src.getType() == BufferedImage.TYPE_3BYTE_BGR
                || src.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return src;
        }
        BufferedImage rgb = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(src, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }
}
