package org.veil.files.image;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageWriteParam;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import org.veil.files.Limits;
import org.veil.files.RefusedException;

/**
 * TIFF cleaning by rebuilding from pixels: a TIFF's metadata lives in tags spread over any number of IFDs and
 * sub-IFDs that may point anywhere in the file, so copying "only the image" in place is error-prone. Every page is
 * decoded with the JDK's TIFF reader (sizes checked first), turned upright (moving pixels is lossless here, so the
 * orientation is applied rather than kept as a tag), relabelled with a standard colour space unless the ICC
 * profile is to be kept (the samples are untouched), and written again with lossless Deflate compression and only
 * the tags needed to display it. The result is decoded again and compared sample for sample; any difference is
 * refused.
 */
final class TiffCleaner {
    private static final int MAX_PAGES = 1000;

    byte[] clean(byte[] in, Limits limits, boolean keepIcc) throws RefusedException {
        List<PixelCodec.Page> pages = PixelCodec.decode(in, "tiff", limits, MAX_PAGES, true);
        List<BufferedImage> upright = new ArrayList<>();
        for (PixelCodec.Page page : pages) {
            TIFFDirectory ifd = directory(page.metadata());
            if (isReducedResolution(ifd)) {
                continue; // a thumbnail or preview: a copy of the picture, possibly as it was before edits
            }
            BufferedImage image = keepIcc ? page.image() : withoutProfile(page.image());
            upright.add(PixelCodec.orient(image, intField(ifd, BaselineTIFFTagSet.TAG_ORIENTATION, 1)));
        }
        if (upright.isEmpty()) {
            throw new RefusedException("the TIFF holds only reduced-resolution previews");
        }
        byte[] out = PixelCodec.encode(upright, "tiff", param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
        });
        List<PixelCodec.Page> check = PixelCodec.decode(out, "tiff", limits, MAX_PAGES, false);
        if (check.size() != upright.size()) {
            throw new RefusedException("the re-encoded TIFF lost pages; refused");
        }
        for (int i = 0; i < check.size(); i++) {
            if (!PixelCodec.samePixels(upright.get(i), check.get(i).image())) {
                throw new RefusedException("this TIFF cannot be re-encoded losslessly by the JDK (page " + (i + 1)
                        + " changed); refused");
            }
        }
        return out;
    }

    /**
     * The same samples under a standard colour space, so the writer does not embed the file's ICC profile (the
     * writer copies any non-standard profile it finds on the colour model).
     */
    private static BufferedImage withoutProfile(BufferedImage image) throws RefusedException {
        ColorModel cm = image.getColorModel();
        ColorSpace cs = cm.getColorSpace();
        if (!(cs instanceof ICC_ColorSpace) || cs.isCS_sRGB() || cm instanceof IndexColorModel) {
            return image;
        }
        ColorSpace standard = switch (cs.getType()) {
            case ColorSpace.TYPE_RGB -> ColorSpace.getInstance(ColorSpace.CS_sRGB);
            case ColorSpace.TYPE_GRAY -> ColorSpace.getInstance(ColorSpace.CS_GRAY);
            default -> null;
        };
        if (standard == null || !(cm instanceof ComponentColorModel)) {
            throw new RefusedException("this TIFF's colour profile cannot be removed without changing its colours; "
                    + "use --keep icc to keep it");
        }
        if (cs.equals(standard)) {
            return image;
        }
        ColorModel plain = new ComponentColorModel(standard, cm.getComponentSize(), cm.hasAlpha(),
                cm.isAlphaPremultiplied(), cm.getTransparency(), cm.getTransferType());
        return new BufferedImage(plain, image.getRaster(), cm.isAlphaPremultiplied(), null);
    }

    private static TIFFDirectory directory(IIOMetadata metadata) throws RefusedException {
        try {
            return TIFFDirectory.createFromMetadata(metadata);
        } catch (javax.imageio.metadata.IIOInvalidTreeException | RuntimeException e) {
            throw new RefusedException("the TIFF's tags cannot be read, so its orientation cannot be kept", e);
        }
    }

    private static boolean isReducedResolution(TIFFDirectory ifd) {
        return (intField(ifd, BaselineTIFFTagSet.TAG_NEW_SUBFILE_TYPE, 0)
                & BaselineTIFFTagSet.NEW_SUBFILE_TYPE_REDUCED_RESOLUTION) != 0;
    }

    private static int intField(TIFFDirectory ifd, int tag, int absent) {
        TIFFField f = ifd.getTIFFField(tag);
        return f == null || f.getCount() == 0 ? absent : f.getAsInt(0);
    }
}
