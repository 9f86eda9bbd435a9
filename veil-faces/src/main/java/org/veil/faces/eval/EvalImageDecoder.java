package org.veil.faces.eval;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Decodes an evaluation image as annotated: its stored pixels, converted to TYPE_INT_RGB. Ground truth is
 * drawn on the stored pixels, so an image carrying an EXIF orientation other than 1 is refused rather than
 * guessed at (WIDER FACE has none; the shipped set is saved upright without tags).
 */
final class EvalImageDecoder {
    private EvalImageDecoder() {
    }

    static BufferedImage decode(byte[] bytes, String name) throws IOException {
        int orientation = orientation(bytes);
        if (orientation != 1) {
            throw new IOException(name + " has EXIF orientation " + orientation
                    + "; evaluation images must be stored upright without an orientation tag");
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException(name + " is not an image ImageIO can decode (JPEG, PNG, BMP or GIF)");
        }
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** 1 when absent; metadata too broken to read leaves the pixels as stored, which is what ImageIO shows too. */
    private static int orientation(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            for (ExifIFD0Directory dir : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (dir.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    return dir.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                }
            }
        } catch (ImageProcessingException | MetadataException | IOException e) {
            return 1;
        }
        return 1;
    }
}
