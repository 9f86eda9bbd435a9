package org.veil.files.office;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** Part names inside a package: where a part's relationships live and what a relationship target names. */
final class PartNames {
    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String PACKAGE_RELS = "_rels/.rels";

    private PartNames() {
    }

    static boolean isRels(String name) {
        return name.endsWith(".rels") && (name.startsWith("_rels/") || name.contains("/_rels/"));
    }

    /** The part whose relationships {@code relsName} holds; "" for the package itself. */
    static String sourceOf(String relsName) {
        int slash = relsName.lastIndexOf("_rels/");
        String folder = relsName.substring(0, slash);
        String file = relsName.substring(slash + "_rels/".length(), relsName.length() - ".rels".length());
        return folder + file;
    }

    /** The relationships part of {@code part} ("" for the package). */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** The part a relative or absolute target names, seen from {@code source}; null if it leaves the package. */
    static String resolve(String source, String target) {
        String t = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        int cut = indexOfAny(t, '#', '?');
        if (cut >= 0) {
            t = t.substring(0, cut);
        }
        String base = t.startsWith("/") ? "" : source.substring(0, source.lastIndexOf('/') + 1);
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : (base + t).split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    /** OPC part names compare without regard to ASCII case. */
    static String key(String part) {
        return (part.startsWith("/") ? part.substring(1) : part).toLowerCase(Locale.ROOT);
    }

    static String extension(String part) {
        int slash = part.lastIndexOf('/');
        int dot = part.lastIndexOf('.');
        return dot > slash ? part.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
