package org.veil.files.odf;

import org.veil.files.FixedContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.veil.files.FileType;
import org.veil.files.RefusedException;

/**
 * A stand-in for the real pipeline's embedded cleaning (the image and markup families are written in parallel):
 * PNG and JPEG are re-encoded from pixels, CSS loses its comments, anything else is refused. It records what it
 * was asked to clean.
 */
final class TestContext extends FixedContext {
    final List<String> cleaned = new ArrayList<>();
    @Override
    public byte[] cleanEmbedded(byte[] content, String name) throws RefusedException {
        FileType type = detect(content, name);
        cleaned.add(name);
        return switch (type) {
            case PNG, JPEG -> reencode(content, type == FileType.PNG ? "png" : "jpeg");
            case CSS -> new String(content, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "")
                    .getBytes(StandardCharsets.UTF_8);
            default -> throw new RefusedException("'" + name + "': test context cannot clean " + type);
        };
    }

    static byte[] reencode(byte[] content, String format) throws RefusedException {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(content));
            if (img == null) {
                throw new RefusedException("not a readable image");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RefusedException("unreadable image: " + e.getMessage());
        }
    }

    /** A 4×3 PNG with a text chunk naming the planted author, as a camera or editor might leave. */
    static byte[] pngWithAuthor() {
        try {
            BufferedImage img = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
            img.setRGB(1, 1, 0xFF0000);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            byte[] png = out.toByteArray();
            byte[] chunk = textChunk("Author", "Ivan Petrov-Secret");
            // Insert the tEXt chunk right after IHDR (8-byte signature + 25-byte IHDR chunk).
            ByteArrayOutputStream withText = new ByteArrayOutputStream();
            withText.write(png, 0, 33);
            withText.write(chunk);
            withText.write(png, 33, png.length - 33);
            return withText.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] textChunk(String key, String value) {
        byte[] data = (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        b.putInt((int) crc.getValue());
        return b.array();
    }
}
