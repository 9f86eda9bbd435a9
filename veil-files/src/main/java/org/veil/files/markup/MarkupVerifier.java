package org.veil.files.markup;

import java.util.List;
import java.util.Set;
import org.veil.files.CleanContext;
import org.veil.files.FileType;
import org.veil.files.RefusedException;
import org.veil.files.Verifier;

/**
 * Re-checks cleaned markup with readers separate from the cleaners': StAX for SVG ({@link SvgVerifier}),
 * regular expressions for HTML ({@link HtmlVerifier}) and CSS ({@link CssVerifier}). Plain text has no
 * metadata structure to check; it only has to be valid UTF-8.
 */
public final class MarkupVerifier implements Verifier {
    @Override
    public Set<FileType> types() {
        return Set.of(FileType.SVG, FileType.HTML, FileType.CSS, FileType.TEXT);
    }

    @Override
    public List<String> residue(byte[] cleaned, FileType type, CleanContext context) throws RefusedException {
        String text = MarkupText.decode(cleaned);
        return switch (type) {
            case SVG -> SvgVerifier.residue(text);
            case HTML -> HtmlVerifier.residue(text);
            case CSS -> CssVerifier.residue(text, "the stylesheet");
            case TEXT -> List.of();
            default -> throw MarkupCleaner.unsupported(type);
        };
    }
}
