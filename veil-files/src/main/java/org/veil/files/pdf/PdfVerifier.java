package org.veil.files.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.veil.files.CleanContext;
import org.veil.files.FileType;
import org.veil.files.RefusedException;
import org.veil.files.Verifier;

/**
 * The independent check of a cleaned PDF. It does not reuse the cleaner's walk or rules: it re-parses the bytes
 * and looks at every object in the cross-reference table, reachable or not, at the COS level, plus the raw file
 * for revision markers, and walks the segments of every JPEG itself.
 */
public final class PdfVerifier implements Verifier {
    /** Keys that are metadata, scripts, attachments or private data wherever they appear. */
    private static final Map<String, String> FORBIDDEN_KEYS = Map.ofEntries(
            Map.entry("Metadata", "an XMP metadata stream"),
            Map.entry("EmbeddedFiles", "embedded files"),
            Map.entry("EF", "an embedded file"),
            Map.entry("AF", "associated files"),
            Map.entry("JavaScript", "document JavaScript"),
            Map.entry("JS", "JavaScript"),
            Map.entry("AA", "additional actions"),
            Map.entry("Thumb", "a page thumbnail"),
            Map.entry("PieceInfo", "application private data"),
            Map.entry("LastModified", "a modification time"),
            Map.entry("XFA", "an XML form"),
            Map.entry("SpiderInfo", "web-capture information"),
            Map.entry("Perms", "permission signatures"),
            Map.entry("CreatorInfo", "creator information"),
            Map.entry("Encrypt", "encryption"));
    private static final Set<String> FORBIDDEN_TYPES = Set.of("EmbeddedFile", "Metadata", "Sig", "Filespec");
    private static final Set<String> FORBIDDEN_SUBTYPES = Set.of("XML", "FileAttachment", "Popup", "Sound",
            "Movie", "Screen", "RichMedia", "3D");
    private static final Set<String> NAVIGATION_ACTIONS = Set.of("GoTo", "URI", "Named", "ResetForm", "Hide",
            "SetOCGState");
    private static final Set<String> ANNOTATION_AUTHOR_KEYS = Set.of("M", "CreationDate", "Popup", "RC", "NM");
    private static final Set<String> TRAILER_KEYS = Set.of("Root", "Size", "ID", "Info");

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.PDF);
    }

    @Override
    public List<String> residue(byte[] cleaned, FileType type, CleanContext context) throws RefusedException {
        return DeepNesting.guard(() -> residue(cleaned));
    }

    private static List<String> residue(byte[] cleaned) {
        List<String> found = new ArrayList<>();
        rawRevisionMarkers(cleaned, found);
        PDDocument doc;
        try {
            doc = Loader.loadPDF(cleaned);
        } catch (InvalidPasswordException e) {
            found.add("the output is encrypted");
            return found;
        } catch (IOException e) {
            found.add("the output cannot be parsed: " + e.getMessage());
            return found;
        }
        try {
            COSDocument cos = doc.getDocument();
            trailer(cos.getTrailer(), found);
            for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
                COSBase object = cos.getObjectFromPool(key).getObject();
                if (object != null) {
                    walkObject("object " + key.getNumber(), object, found);
                }
            }
        } finally {
            try {
                doc.close();
            } catch (IOException ignored) {
                // in-memory document
            }
        }
        return found;
    }

    private static void rawRevisionMarkers(byte[] pdf, List<String> found) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int eofs = occurrences(text, "%%EOF");
        int startxrefs = occurrences(text, "startxref");
        if (eofs != 1 || startxrefs != 1) {
            found.add("the file has " + eofs + " %%EOF and " + startxrefs
                    + " startxref markers (incremental-update history)");
        }
    }

    private static int occurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static void trailer(COSDictionary trailer, List<String> found) {
        for (COSName key : trailer.keySet()) {
            if (!TRAILER_KEYS.contains(key.getName())) {
                found.add("trailer /" + key.getName() + (key.getName().equals("Prev")
                        ? " (incremental-update history)" : ""));
            }
        }
        if (trailer.getDictionaryObject(COSName.INFO) instanceof COSDictionary info) {
            for (COSName key : info.keySet()) {
                found.add("document information /" + key.getName());
            }
        }
    }

    /** Checks one indirect object and the direct objects inside it; references are checked as their own objects. */
    private static void walkObject(String where, COSBase object, List<String> found) {
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(object);
        while (!todo.isEmpty()) {
            COSBase item = todo.pop();
            if (item instanceof COSDictionary dict) {
                checkDictionary(where, dict, found);
                dict.getValues().stream().filter(v -> !(v instanceof COSObject)).forEach(todo::push);
            } else if (item instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (!(array.get(i) instanceof COSObject)) {
                        todo.push(array.get(i));
                    }
                }
            }
        }
    }

    private static void checkDictionary(String where, COSDictionary dict, List<String> found) {
        for (COSName key : dict.keySet()) {
            String what = FORBIDDEN_KEYS.get(key.getName());
            if (what != null) {
                found.add(where + ": /" + key.getName() + " (" + what + ")");
            }
        }
        for (COSName key : PdfSpecKeys.unknownKeys(dict)) {
            if (!FORBIDDEN_KEYS.containsKey(key.getName())) {
                found.add(where + ": /" + key.getName() + ", not a standard key of a " + name(dict, COSName.TYPE));
            }
        }
        String type = name(dict, COSName.TYPE);
        String subtype = name(dict, COSName.SUBTYPE);
        if (type != null && FORBIDDEN_TYPES.contains(type)) {
            found.add(where + ": a /" + type + " object");
        }
        if (subtype != null && FORBIDDEN_SUBTYPES.contains(subtype)) {
            found.add(where + ": a /" + subtype + " object");
        }
        if ("Annot".equals(type) || dict.containsKey(COSName.RECT) && subtype != null) {
            annotation(where, dict, subtype, found);
        }
        if ("Thread".equals(type) && dict.containsKey(COSName.I)) {
            found.add(where + ": article thread information");
        }
        if ("Sig".equals(name(dict, COSName.FT)) && dict.containsKey(COSName.V)) {
            found.add(where + ": a signature value");
        }
        for (COSName key : List.of(COSName.A, COSName.OPEN_ACTION, COSName.NEXT)) {
            actions(where, key, dict.getDictionaryObject(key), found);
        }
        if (dict instanceof COSStream stream) {
            image(where, stream, found);
        }
    }

    private static void annotation(String where, COSDictionary annot, String subtype, List<String> found) {
        for (COSName key : annot.keySet()) {
            if (ANNOTATION_AUTHOR_KEYS.contains(key.getName())) {
                found.add(where + ": annotation /" + key.getName());
            }
        }
        if (!"Widget".equals(subtype) && annot.containsKey(COSName.T)) {
            found.add(where + ": annotation author /T");
        }
    }

    private static void actions(String where, COSName key, COSBase value, List<String> found) {
        if (value instanceof COSArray chain) {
            for (int i = 0; i < chain.size(); i++) {
                actions(where, key, chain.getObject(i), found);
            }
            return;
        }
        if (!(value instanceof COSDictionary action)) {
            return;
        }
        String s = name(action, COSName.S);
        if (s == null) {
            if (action.containsKey(COSName.JS)) {
                found.add(where + ": /" + key.getName() + " with a script");
            }
            return;
        }
        if (!NAVIGATION_ACTIONS.contains(s)) {
            found.add(where + ": /" + key.getName() + " " + s + " action");
        } else if (s.equals("URI") && action.getDictionaryObject(COSName.URI) instanceof COSString uri
                && uri.getString().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            found.add(where + ": /" + key.getName() + " javascript: link");
        }
    }

    private static void image(String where, COSStream stream, List<String> found) {
        List<String> filters = PdfFilters.of(stream);
        if (filters.contains("JPXDecode")) {
            found.add(where + ": a JPEG 2000 image (not verifiable)");
        }
        if (!PdfFilters.isJpeg(filters)) {
            return;
        }
        try (InputStream in = filters.size() == 1 ? stream.createRawInputStream()
                : new PDStream(stream).createInputStream(List.of("DCTDecode", "DCT"))) {
            for (String problem : JpegSegmentCheck.residue(in.readAllBytes())) {
                found.add(where + ": " + problem);
            }
        } catch (IOException e) {
            found.add(where + ": a JPEG image that cannot be read");
        }
    }

    private static String name(COSDictionary dict, COSName key) {
        COSName n = dict.getCOSName(key);
        return n == null ? null : n.getName();
    }
}
