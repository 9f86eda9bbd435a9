package org.veil.files.archive;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.RefusedException;

/** Member names in one canonical spelling: forward slashes, no empty or "." segments, directories ending in "/". */
final class ZipNames {
    private ZipNames() {
    }

    static String normalise(String name) throws RefusedException {
        boolean directory = name.endsWith("/") || name.endsWith("\\");
        List<String> parts = new ArrayList<>();
        for (String part : name.replace('\\', '/').split("/")) {
            if (part.equals("..")) {
                throw new RefusedException("the archive holds an entry that escapes its folder ('" + name + "')");
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            throw new RefusedException("the archive holds an entry with an empty name ('" + name + "')");
        }
        return String.join("/", parts) + (directory ? "/" : "");
    }
}
