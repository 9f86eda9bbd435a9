package org.veil.documents.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.veil.documents.DocumentRefused;
import org.veil.documents.EmbeddedImages;

/**
 * Pictures in a PDF go through {@code veil faces} like pictures in DOCX and ODT: each image XObject of the
 * pages and their forms is decoded and handed to {@link EmbeddedImages}; where faces were covered, the
 * picture is replaced by the covered pixels (lossless, its soft mask kept). A picture that cannot be decoded,
 * and inline images (drawn inside a content stream), refuse the document: they could not be checked.
 */
final class PdfPictures {
    private final EmbeddedImages images;
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int count;

    PdfPictures(EmbeddedImages images) {
        this.images = images;
    }

    void coverAll(PDDocument doc) throws IOException, DocumentRefused {
        for (PDPage page : doc.getPages()) {
            if (page.hasContents()) {
                refuseInlineImages(new PDFStreamParser(page));
            }
            cover(doc, page.getResources());
        }
    }

    private void cover(PDDocument doc, PDResources resources) throws IOException, DocumentRefused {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x == null || !seen.add(x.getCOSObject())) {
                continue;
            }
            if (x instanceof PDFormXObject form) {
                refuseInlineImages(new PDFStreamParser(form));
                cover(doc, form.getResources());
            } else if (x instanceof PDImageXObject image) {
                PDImageXObject covered = covered(doc, image, "picture " + (++count) + " (" + name.getName() + ")");
                if (covered != null) {
                    resources.put(name, covered);
                }
            }
        }
    }

    /** The covered picture, or null if nothing in it changed. */
    private PDImageXObject covered(PDDocument doc, PDImageXObject image, String what)
            throws IOException, DocumentRefused {
        BufferedImage pixels;
        try {
            pixels = image.getImage();
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefused("the PDF's " + what + " cannot be decoded, so its faces cannot be checked; "
                    + "nothing was written");
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(pixels, "png", png);
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(images.cover(what + ".png", png.toByteArray())));
        if (after == null || after.getWidth() != pixels.getWidth() || after.getHeight() != pixels.getHeight()) {
            throw new DocumentRefused("the PDF's " + what + " changed size when its faces were covered; "
                    + "nothing was written");
        }
        if (samePixels(pixels, after)) {
            return null;
        }
        PDImageXObject replacement = LosslessFactory.createFromImage(doc, after);
        COSBase mask = image.getCOSObject().getDictionaryObject(COSName.SMASK);
        if (mask != null) {
            replacement.getCOSObject().setItem(COSName.SMASK, mask);
        }
        return replacement;
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void refuseInlineImages(PDFStreamParser parser) throws IOException, DocumentRefused {
        for (Object token : parser.parse()) {
            if (token instanceof Operator op && "BI".equals(op.getName())) {
                throw new DocumentRefused("the PDF draws a picture inline in its page content, which Veil cannot "
                        + "check for faces; nothing was written");
            }
        }
    }
}
