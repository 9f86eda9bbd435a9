package org.veil.files.odf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.archive.ZipMember;
import org.veil.files.archive.ZipWriter;

/**
 * OpenDocument text, spreadsheets, presentations, drawings and formulas, after mat2's LibreOffice parser but stricter:
 * every member of the package must be one Veil understands, or the file is refused. meta.xml is emptied,
 * settings.xml loses printer and user items, tracked changes are accepted (deleted text is gone), comments and
 * thumbnails are removed, pictures are cleaned as files of their own, embedded sub-documents ("Object 1/") are
 * cleaned by the same rules, and the manifest is rewritten to list exactly what is left. Macros and encrypted
 * documents are refused.
 */
public final class OdfCleaner implements Cleaner {
    @Override
    public Set<FileType> types() {
        return Set.of(FileType.ODT, FileType.ODS, FileType.ODP, FileType.ODG, FileType.ODF);
    }

    @Override
    public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) throws RefusedException {
        return OdfInspector.inspect(OdfPackage.read(content, context.limits()));
    }

    @Override
    public byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException {
        OdfPackage pkg = OdfPackage.read(content, context.limits());
        List<ZipMember> out = new ArrayList<>();
        out.add(new ZipMember("mimetype", pkg.mediaType().getBytes(StandardCharsets.US_ASCII)));
        List<String> files = new ArrayList<>();
        for (OdfPackage.Entry e : pkg.entries()) {
            byte[] cleaned = cleanMember(e, context);
            if (cleaned != null) {
                out.add(new ZipMember(e.name(), cleaned));
                files.add(e.name());
            }
        }
        out.add(new ZipMember(OdfManifest.PATH, pkg.manifest().rewrite(pkg.mediaType(), files)));
        return ZipWriter.write(out);
    }

    /** The cleaned bytes of one member, or null when it is left out. */
    private static byte[] cleanMember(OdfPackage.Entry e, CleanContext context) throws RefusedException {
        byte[] data = e.member().data();
        return switch (e.part()) {
            case MIMETYPE, MANIFEST, DROPPED -> null; // the first two are written afresh
            case BODY -> OdfBodyCleaner.clean(data, e.name(), context);
            case META -> OdfMeta.emptied(data, e.name());
            case SETTINGS -> OdfSettingsCleaner.clean(data, e.name());
            case EMBEDDED_FILE -> context.cleanEmbedded(data, e.name());
            case MACROS -> throw new RefusedException("the document contains macros ('" + e.name()
                    + "'); Veil does not clean documents with macros");
            case UNKNOWN -> throw new RefusedException("the package holds '" + e.name()
                    + "', a part Veil does not know; refused rather than leave it uncleaned");
        };
    }
}
