package org.veil.files.pdf;

import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * PDF: removes the Info dictionary, XMP on every object, the file ID (a fresh random one is written), attachments,
 * scripts and non-navigation actions, annotation authors and dates, thumbnails, application private data, and
 * the incremental-update history (the file is always written anew). JPEG images are cleaned by the JPEG cleaner
 * and put back without re-encoding. Text, fonts, vector graphics and images are kept as they are.
 * In paranoid mode every page is re-rendered to a picture instead (lossy: text becomes pixels).
 * Encrypted and truncated files are refused.
 */
public final class PdfCleaner implements Cleaner {
    @Override
    public Set<FileType> types() {
        return Set.of(FileType.PDF);
    }

    @Override
    public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) throws RefusedException {
        return DeepNesting.guard(() -> PdfInspector.inspect(content));
    }

    @Override
    public byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException {
        return DeepNesting.guard(() -> cleanDocument(content, context));
    }

    private static byte[] cleanDocument(byte[] content, CleanContext context) throws RefusedException {
        PDDocument doc = PdfLoader.load(content);
        try {
            if (context.options().paranoid()) {
                PDDocument pictures = PdfRasterizer.rasterize(doc, context.limits());
                try {
                    return PdfFreshWriter.write(pictures);
                } finally {
                    PdfLoader.close(pictures);
                }
            }
            List<COSStream> jpegs = PdfStructureScrubber.scrub(doc.getDocumentCatalog().getCOSObject());
            EmbeddedJpegs.clean(jpegs, context);
            return PdfFreshWriter.write(doc);
        } catch (RuntimeException e) {
            throw new RefusedException("the PDF is malformed and could not be cleaned: " + e, e);
        } finally {
            PdfLoader.close(doc);
        }
    }
}
