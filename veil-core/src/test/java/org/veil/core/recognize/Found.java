package org.veil.core.recognize;

import java.util.List;

/** Test helper: the surface strings a recognizer finds. */
public final class Found {
    private Found() {
    }

    public static List<String> in(Recognizer r, String text) {
        return r.recognize(text).stream().map(m -> m.text(text)).toList();
    }
}
