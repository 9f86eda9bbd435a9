package org.veil.files.odf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.archive.ZipMember;
import org.veil.files.archive.ZipWriter;

/**
 * EPUB books, after mat2's EPUB parser: the package metadata is cut down to a new random identifier, the title
 * and the language (see {@link EpubOpf}); chapters lose comments and named meta tags, the NCX loses its author;
 * images, stylesheets and media are cleaned as files of their own, fonts are kept. Encrypted or DRM-protected
 * books, books with scripts, and members Veil does not know are refused.
 */
public final class EpubCleaner implements Cleaner {
    @Override
    public Set<FileType> types() {
        return Set.of(FileType.EPUB);
    }

    @Override
    public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) throws RefusedException {
        return EpubInspector.inspect(EpubPackage.read(content, context.limits()));
    }

    @Override
    public byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException {
        EpubPackage pkg = EpubPackage.read(content, context.limits());
        String identifier = "urn:uuid:" + UUID.randomUUID();
        List<ZipMember> out = new ArrayList<>();
        out.add(new ZipMember("mimetype", EpubPackage.MIMETYPE.getBytes(StandardCharsets.US_ASCII)));
        for (EpubPackage.Entry e : pkg.entries()) {
            byte[] data = e.member().data();
            byte[] cleaned = switch (e.part()) {
                case MIMETYPE, DROPPED -> null;
                case CONTAINER -> pkg.minimalContainer();
                case PACKAGE -> EpubOpf.rewrite(data, e.name(), identifier);
                case NCX -> EpubMarkupCleaner.cleanNcx(data, e.name(), identifier);
                case XHTML -> EpubMarkupCleaner.cleanXhtml(data, e.name());
                case FONT -> data;
                case EMBEDDED_FILE -> context.cleanEmbedded(data, e.name());
                case ENCRYPTED -> throw new RefusedException("the book is encrypted ('" + e.name() + "')");
                case SCRIPT -> throw new RefusedException("the book contains scripts ('" + e.name()
                        + "'); Veil does not clean books with scripts");
                case UNKNOWN -> throw new RefusedException("the book holds '" + e.name()
                        + "', a file Veil does not know; refused rather than leave it uncleaned");
            };
            if (cleaned != null) {
                out.add(new ZipMember(e.name(), cleaned));
            }
        }
        return ZipWriter.write(out);
    }
}
