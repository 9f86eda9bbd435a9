package org.veil.files.markup;

import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.Cleaner;
import org.veil.files.FileType;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * Text-based formats: SVG ({@link SvgCleaner}), HTML ({@link HtmlCleaner}), CSS ({@link CssCleaner}) and plain
 * text. Plain text has no metadata structure, so it comes back unchanged (a UTF-8 byte-order mark identifies
 * nobody and stays); names and numbers written in the text are {@code veil text anonymize}'s job, not this one.
 */
public final class MarkupCleaner implements Cleaner {
    @Override
    public Set<FileType> types() {
        return Set.of(FileType.SVG, FileType.HTML, FileType.CSS, FileType.TEXT);
    }

    @Override
    public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) throws RefusedException {
        String text = MarkupText.decode(content);
        return switch (type) {
            case SVG -> SvgCleaner.inspect(text);
            case HTML -> HtmlCleaner.inspect(text);
            case CSS -> CssCleaner.inspect(text);
            case TEXT -> List.of();
            default -> throw unsupported(type);
        };
    }

    @Override
    public byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException {
        String text = MarkupText.decode(content);
        return switch (type) {
            case SVG -> MarkupText.encode(SvgCleaner.clean(text, context));
            case HTML -> MarkupText.encode(HtmlCleaner.clean(text, context));
            case CSS -> MarkupText.encode(CssCleaner.clean(text, context));
            case TEXT -> content.clone();
            default -> throw unsupported(type);
        };
    }

    static RefusedException unsupported(FileType type) {
        return new RefusedException(type + " is not a markup type");
    }
}
