package org.veil.documents.pdf;

import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Removes the parts of a PDF that hold text outside the page content, which the redaction does not rewrite:
 * annotations (comments, links, widgets), the form, bookmarks, the name tree (named destinations, attachments,
 * JavaScript), actions, page labels, the structure tree (with its Alt and ActualText), article threads,
 * thumbnails, XMP and the Info dictionary; layer names are replaced. Keeping any of them would need its own
 * redaction; removing them is what fail-closed means here.
 */
final class DocumentParts {
    private static final List<COSName> CATALOG = List.of(COSName.ACRO_FORM, COSName.OUTLINES, COSName.NAMES,
            COSName.DESTS, COSName.OPEN_ACTION, COSName.AA, COSName.PAGE_LABELS, COSName.STRUCT_TREE_ROOT,
            COSName.MARK_INFO, COSName.METADATA, COSName.THREADS, COSName.getPDFName("SpiderInfo"),
            COSName.COLLECTION, COSName.PIECE_INFO, COSName.getPDFName("Legal"), COSName.PERMS, COSName.URI);
    private static final List<COSName> PAGE = List.of(COSName.ANNOTS, COSName.AA, COSName.METADATA,
            COSName.PIECE_INFO, COSName.STRUCT_PARENTS, COSName.B, COSName.THUMB);
    private static final List<COSName> FORM = List.of(COSName.METADATA, COSName.PIECE_INFO,
            COSName.STRUCT_PARENT, COSName.STRUCT_PARENTS, COSName.getPDFName("OC"));

    private DocumentParts() {
    }

    static void removeFrom(PDDocument doc) {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        CATALOG.forEach(catalog::removeItem);
        doc.setDocumentInformation(new PDDocumentInformation());
        for (PDPage page : doc.getPages()) {
            PAGE.forEach(page.getCOSObject()::removeItem);
        }
        renameLayers(catalog);
    }

    /**
     * Layer (optional content group) names are free text a reader lists; they are renamed rather than removed,
     * since removing the groups would show layers the author hid.
     */
    private static void renameLayers(COSDictionary catalog) {
        COSDictionary properties = catalog.getCOSDictionary(COSName.OCPROPERTIES);
        COSArray groups = properties == null ? null : properties.getCOSArray(COSName.OCGS);
        if (groups == null) {
            return;
        }
        for (int i = 0; i < groups.size(); i++) {
            if (groups.getObject(i) instanceof COSDictionary group) {
                group.setString(COSName.NAME, "Layer " + (i + 1));
            }
        }
    }

    static void removeFromForm(COSDictionary form) {
        FORM.forEach(form::removeItem);
    }

    /** Marked-content property lists named in resources (/Properties) may carry ActualText too. */
    static void stripPropertyLists(PDResources resources) {
        if (resources == null) {
            return;
        }
        COSDictionary properties = resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        for (COSName key : properties.keySet()) {
            COSBase value = properties.getDictionaryObject(key);
            if (value instanceof COSDictionary list) {
                ContentRewriter.stripTextProperties(list);
            }
        }
    }
}
