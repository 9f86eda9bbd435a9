package org.veil.files.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * The keys the PDF specification (ISO 32000-2, tables 29-31) defines for the catalog, page-tree nodes and pages
 * and that describe content, not its author. Anything else there (metadata, signatures' security store, web-capture
 * IDs, an application's private keys) is dropped by the cleaner and reported by the verifier. This is data, shared
 * by both on purpose: the verifier still reads the output with its own parse and walk.
 */
final class PdfSpecKeys {
    private static final Set<String> CATALOG = Set.of("Type", "Version", "Extensions", "Pages", "PageLabels",
            "Names", "Dests", "ViewerPreferences", "PageLayout", "PageMode", "Outlines", "Threads", "OpenAction",
            "URI", "AcroForm", "StructTreeRoot", "MarkInfo", "Lang", "OutputIntents", "OCProperties", "Requirements",
            "DPartRoot");
    private static final Set<String> PAGE_TREE = Set.of("Type", "Parent", "Kids", "Count", "Resources", "MediaBox",
            "CropBox", "Rotate");
    private static final Set<String> PAGE = Set.of("Type", "Parent", "Resources", "MediaBox", "CropBox", "BleedBox",
            "TrimBox", "ArtBox", "BoxColorInfo", "Contents", "Rotate", "Group", "B", "Dur", "Trans", "Annots",
            "StructParents", "PZ", "SeparationInfo", "Tabs", "TemplateInstantiated", "PresSteps", "UserUnit", "VP",
            "OutputIntents", "DPart");
    private static final Map<String, Set<String>> BY_TYPE = Map.of("Catalog", CATALOG, "Pages", PAGE_TREE,
            "Page", PAGE);

    private PdfSpecKeys() {
    }

    /** Keys of a catalog, page-tree node or page that the allow-list does not know; empty for other objects. */
    static List<COSName> unknownKeys(COSDictionary dict) {
        COSName type = dict.getCOSName(COSName.TYPE);
        Set<String> allowed = type == null ? null : BY_TYPE.get(type.getName());
        List<COSName> unknown = new ArrayList<>();
        if (allowed != null) {
            for (COSName key : dict.keySet()) {
                if (!allowed.contains(key.getName())) {
                    unknown.add(key);
                }
            }
        }
        return unknown;
    }
}
