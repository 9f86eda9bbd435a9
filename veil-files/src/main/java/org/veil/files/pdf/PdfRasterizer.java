package org.veil.files.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.veil.files.Limits;
import org.veil.files.RefusedException;

/**
 * Paranoid mode, as mat2 does it: every page becomes one picture of itself in a new document, so nothing of the
 * original structure (fonts, objects, hidden layers, text) survives. Lossy: text is no longer selectable or
 * searchable, and vector graphics become pixels at {@value #DPI} dpi.
 */
final class PdfRasterizer {
    static final float DPI = 150f;

    private PdfRasterizer() {
    }

    static PDDocument rasterize(PDDocument source, Limits limits) throws RefusedException {
        PDDocument target = new PDDocument();
        try {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                checkRenderSize(source.getPage(i), limits);
                BufferedImage picture = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                addPicturePage(target, picture);
            }
            return target;
        } catch (IOException | RuntimeException e) {
            PdfLoader.close(target);
            throw new RefusedException("a page of the PDF could not be rendered: " + e.getMessage(), e);
        } catch (RefusedException e) {
            PdfLoader.close(target);
            throw e;
        }
    }

    private static void checkRenderSize(PDPage page, Limits limits) throws RefusedException {
        PDRectangle box = page.getCropBox();
        limits.checkPixels(pixels(box.getWidth()), pixels(box.getHeight()));
    }

    private static long pixels(float points) {
        return (long) Math.ceil(Math.abs(points) / 72f * DPI);
    }

    /** A page of the picture's size in points (rotation already applied by the renderer). */
    private static void addPicturePage(PDDocument target, BufferedImage picture) throws IOException {
        float width = picture.getWidth() * 72f / DPI;
        float height = picture.getHeight() * 72f / DPI;
        PDPage page = new PDPage(new PDRectangle(width, height));
        target.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(target, picture);
        try (PDPageContentStream content = new PDPageContentStream(target, page)) {
            content.drawImage(image, 0, 0, width, height);
        }
    }
}
