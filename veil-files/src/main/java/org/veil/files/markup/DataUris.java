package org.veil.files.markup;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.files.CleanContext;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * Files inlined as {@code data:} URIs (a JPEG in an SVG {@code <image>}, a PNG in CSS) carry their own metadata:
 * each base64 payload is cleaned through the pipeline and re-encoded. A non-text payload that is not base64
 * (percent-encoded) cannot be delimited reliably, so it is refused rather than passed through unread.
 */
final class DataUris {
    private static final Pattern DATA = Pattern.compile(
            "(?<![A-Za-z0-9_-])data:([A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+)?((?:;[A-Za-z0-9.+=-]+)*?)(;base64)?,",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

    private DataUris() {
    }

    /** {@code text} with every base64 data: payload replaced by its cleaned copy. */
    static String clean(String text, CleanContext context) throws RefusedException {
        Matcher m = DATA.matcher(text);
        TextEdits edits = null;
        int from = 0;
        while (m.find(from)) {
            from = m.end();
            String mime = mimeOf(m);
            if (m.group(3) == null) {
                refuseUnlessText(mime);
                continue;
            }
            Matcher payload = BASE64.matcher(text).region(m.end(), text.length());
            payload.lookingAt();
            if (payload.end() == m.end()) {
                continue;
            }
            byte[] data = decode(payload.group(), mime);
            byte[] cleaned = context.cleanEmbedded(data, nameFor(mime));
            edits = edits == null ? new TextEdits(text) : edits;
            edits.replace(payload.start(), payload.end(), Base64.getEncoder().encodeToString(cleaned));
            from = payload.end();
        }
        return edits == null ? text : edits.result();
    }

    /** One EMBEDDED item per data: URI, for {@code scrub show}. */
    static List<MetadataItem> list(String text) {
        List<MetadataItem> items = new ArrayList<>();
        Matcher m = DATA.matcher(text);
        while (m.find()) {
            items.add(new MetadataItem(MetadataGroup.EMBEDDED, "inline data: file", mimeOf(m)));
        }
        return items;
    }

    private static String mimeOf(Matcher m) {
        return m.group(1) == null ? "text/plain" : m.group(1).toLowerCase(Locale.ROOT);
    }

    private static void refuseUnlessText(String mime) throws RefusedException {
        if (!mime.equals("text/plain") && !mime.equals("text/css")) {
            throw new RefusedException("an inline " + mime + " data: URI is not base64-encoded; Veil cannot clean it");
        }
    }

    private static byte[] decode(String base64, String mime) throws RefusedException {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("an inline " + mime + " data: URI has malformed base64");
        }
    }

    /** A name whose extension matches the declared type, so detection cross-checks the content against it. */
    private static String nameFor(String mime) {
        for (FileType t : FileType.values()) {
            if (t.mime().equals(mime)) {
                return "inline." + t.extension();
            }
        }
        return "inline data";
    }
}
