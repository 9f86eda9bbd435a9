package org.veil.files.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.veil.files.RefusedException;

/**
 * Removes metadata, scripts, attachments and private data from every object reachable from the catalog, by
 * key, wherever it sits (pages, form XObjects, fonts, images, annotations, fields). Content streams, fonts and
 * images are left alone, so the pages look the same; the JPEG streams found on the way are handed back for
 * {@link EmbeddedJpegs}.
 */
final class PdfStructureScrubber {
    /** Keys dropped from any dictionary: none of them draws anything on a page. */
    private static final Set<COSName> DROPPED_KEYS = Set.of(
            COSName.METADATA,          // XMP, on the catalog and on any object
            COSName.PIECE_INFO,        // application private data (Illustrator keeps a whole private copy)
            COSName.LAST_MODIFIED,
            COSName.THUMB,             // page thumbnails: may show an older version of the page
            COSName.AA,                // additional actions: scripts on open, close, focus, keystrokes
            COSName.JS,
            COSName.JAVA_SCRIPT,       // document-level scripts in the name dictionary
            COSName.EMBEDDED_FILES,    // attachments in the name dictionary
            COSName.EF,                // embedded file streams in file specifications
            COSName.AF,                // PDF 2.0 associated files
            COSName.getPDFName("Collection"),   // portfolios: a view over attachments
            COSName.getPDFName("SpiderInfo"),   // web capture: source URLs and times
            COSName.getPDFName("URLS"),
            COSName.getPDFName("IDS"),
            COSName.getPDFName("Perms"),        // permission signatures: the signer's certificate
            COSName.getPDFName("XFA"),          // XML forms: scripts, data and their own metadata
            COSName.getPDFName("NeedsRendering"),
            COSName.getPDFName("CreatorInfo"),  // optional-content usage: the creating application and user
            COSName.getPDFName("Legal"));       // legal attestations name the signer

    /** Annotations whose whole purpose is a file, media or an author's pop-up note. */
    private static final Set<String> DROPPED_ANNOTATIONS = Set.of(
            "FileAttachment", "Popup", "Sound", "Movie", "Screen", "RichMedia", "3D");

    /** Per-annotation fields that name the author or date the edit, not what is drawn. */
    private static final List<COSName> ANNOTATION_AUTHOR_KEYS = List.of(
            COSName.M, COSName.CREATION_DATE, COSName.POPUP, COSName.RC, COSName.NM);

    /** Actions that navigate or show/hide; every other kind (scripts, launch, submit, import) is dropped. */
    private static final Set<String> ALLOWED_ACTIONS = Set.of("GoTo", "URI", "Named", "ResetForm", "Hide",
            "SetOCGState");

    private static final List<COSName> ACTION_KEYS = List.of(COSName.A, COSName.OPEN_ACTION, COSName.NEXT);
    private static final COSName WIDGET = COSName.getPDFName("Widget");
    private static final COSName THREAD = COSName.getPDFName("Thread");
    private static final COSName SIG = COSName.getPDFName("Sig");

    private final List<COSStream> jpegs = new ArrayList<>();
    private RefusedException refusal;

    /** Scrubs everything reachable from {@code catalog}; returns the JPEG image streams it kept. */
    static List<COSStream> scrub(COSDictionary catalog) throws RefusedException {
        PdfStructureScrubber s = new PdfStructureScrubber();
        CosWalk.walk(catalog, s::visit);
        if (catalog.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names && names.size() == 0) {
            catalog.removeItem(COSName.NAMES);
        }
        if (s.refusal != null) {
            throw s.refusal;
        }
        return s.jpegs;
    }

    private void visit(COSDictionary dict) {
        for (COSName key : DROPPED_KEYS) {
            dict.removeItem(key);
        }
        for (COSName key : PdfSpecKeys.unknownKeys(dict)) {
            dict.removeItem(key);           // an application's private keys on the catalog or a page
        }
        for (COSName key : ACTION_KEYS) {
            dropUnsafeActions(dict, key);
        }
        if (COSName.ANNOT.equals(dict.getCOSName(COSName.TYPE))) {
            scrubAnnotationAuthor(dict);    // also when reached first from the structure tree or a field
        }
        COSBase annots = dict.getDictionaryObject(COSName.ANNOTS);
        if (annots instanceof COSArray array) {
            scrubAnnotations(array);
        }
        if (THREAD.equals(dict.getCOSName(COSName.TYPE))) {
            dict.removeItem(COSName.I);     // article thread info: title, author, subject, keywords
        }
        if (SIG.equals(dict.getCOSName(COSName.FT))) {
            dict.removeItem(COSName.V);     // the signature value names the signer; cleaning breaks it anyway
        }
        if (dict instanceof COSStream stream) {
            noteImageStream(stream);
        }
    }

    private static void dropUnsafeActions(COSDictionary dict, COSName key) {
        COSBase value = dict.getDictionaryObject(key);
        if (value instanceof COSDictionary action && !safeAction(action)) {
            dict.removeItem(key);
        } else if (value instanceof COSArray chain) {
            for (int i = chain.size() - 1; i >= 0; i--) {
                if (chain.getObject(i) instanceof COSDictionary action && !safeAction(action)) {
                    chain.remove(i);
                }
            }
        }
    }

    /** A dictionary without /S is a destination or something else, not an action: kept. */
    static boolean safeAction(COSDictionary action) {
        COSName type = action.getCOSName(COSName.S);
        if (type == null) {
            return !action.containsKey(COSName.JS);
        }
        if (!ALLOWED_ACTIONS.contains(type.getName())) {
            return false;
        }
        if (type.getName().equals("URI") && action.getDictionaryObject(COSName.URI) instanceof COSString uri) {
            return !uri.getString().strip().toLowerCase(Locale.ROOT).startsWith("javascript:");
        }
        return true;
    }

    private static void scrubAnnotations(COSArray annots) {
        for (int i = annots.size() - 1; i >= 0; i--) {
            if (!(annots.getObject(i) instanceof COSDictionary annot)) {
                continue;
            }
            scrubAnnotationAuthor(annot);
            COSName subtype = annot.getCOSName(COSName.SUBTYPE);
            if (subtype != null && DROPPED_ANNOTATIONS.contains(subtype.getName())) {
                annots.remove(i);
            }
        }
    }

    private static void scrubAnnotationAuthor(COSDictionary annot) {
        for (COSName key : ANNOTATION_AUTHOR_KEYS) {
            annot.removeItem(key);
        }
        // On a widget /T is the form field's name, part of the form; on markup it is the author.
        if (!WIDGET.equals(annot.getCOSName(COSName.SUBTYPE))) {
            annot.removeItem(COSName.T);
        }
    }

    private void noteImageStream(COSStream stream) {
        List<String> filters = PdfFilters.of(stream);
        if (filters.contains("JPXDecode")) {
            refusal = new RefusedException("the PDF contains a JPEG 2000 image, whose metadata Veil cannot clean yet");
        } else if (PdfFilters.isJpeg(filters)) {
            jpegs.add(stream);
        }
    }
}
