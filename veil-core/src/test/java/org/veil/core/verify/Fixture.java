package org.veil.core.verify;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.Replacement;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.model.Span;

/**
 * Builds an {@link Anonymized} by hand, as if a detector had found exactly the given stretches, so the checks are
 * tested independently of any recognizer. Markup: {@code {TYPE:original}} is replaced by {@code [TYPE]}.
 */
final class Fixture {
    private Fixture() {
    }

    static Anonymized anonymized(String markup) {
        StringBuilder source = new StringBuilder();
        StringBuilder out = new StringBuilder();
        List<Replacement> rs = new ArrayList<>();
        int sourceCps = 0; // running code-point lengths, so building a big fixture stays linear
        int outCps = 0;
        int i = 0;
        while (i < markup.length()) {
            int open = markup.indexOf('{', i);
            if (open < 0) {
                source.append(markup, i, markup.length());
                out.append(markup, i, markup.length());
                break;
            }
            source.append(markup, i, open);
            out.append(markup, i, open);
            int colon = markup.indexOf(':', open);
            int close = markup.indexOf('}', colon);
            EntityType type = EntityType.valueOf(markup.substring(open + 1, colon));
            String original = markup.substring(colon + 1, close);
            String replacement = "[" + type + "]";
            sourceCps += markup.codePointCount(i, open);
            outCps += markup.codePointCount(i, open);
            int start = sourceCps;
            int outStart = outCps;
            sourceCps += original.codePointCount(0, original.length());
            outCps += replacement.codePointCount(0, replacement.length());
            source.append(original);
            out.append(replacement);
            Span span = new Span(start, start + original.codePointCount(0, original.length()), original, type,
                    IdentifierKind.DIRECT, 1.0, "test", null);
            rs.add(new Replacement(span, type.name(), "redact", replacement, outStart,
                    outStart + replacement.codePointCount(0, replacement.length())));
            i = close + 1;
        }
        return new Anonymized(out.toString(), source.toString(), "publish", rs);
    }
}
