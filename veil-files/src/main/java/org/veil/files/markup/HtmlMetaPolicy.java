package org.veil.files.markup;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which HTML {@code <meta>} and {@code <link>} tags stay: those that change how the page is decoded, laid out or
 * protected and say nothing about who made it. Everything else (author, generator, dates, Open Graph, ...) goes.
 */
final class HtmlMetaPolicy {
    private static final Set<String> NAMES = Set.of("viewport", "referrer", "color-scheme", "theme-color");
    private static final Set<String> HTTP_EQUIV = Set.of("content-type", "content-security-policy");

    private HtmlMetaPolicy() {
    }

    /** Whether a meta tag with these (lower-case) attributes may stay: exactly one allowed key, nothing else. */
    static boolean allowedMeta(Map<String, String> attrs) {
        if (attrs.keySet().equals(Set.of("charset"))) {
            return true;
        }
        if (attrs.keySet().equals(Set.of("http-equiv", "content"))) {
            return HTTP_EQUIV.contains(attrs.get("http-equiv").toLowerCase(Locale.ROOT).strip());
        }
        if (attrs.keySet().equals(Set.of("name", "content"))) {
            return NAMES.contains(attrs.get("name").toLowerCase(Locale.ROOT).strip());
        }
        return false;
    }

    /** A {@code <link rel="author">} names the author. */
    static boolean authorLink(Map<String, String> attrs) {
        String rel = attrs.getOrDefault("rel", "").toLowerCase(Locale.ROOT);
        for (String token : rel.split("\\s+")) {
            if (token.equals("author")) {
                return true;
            }
        }
        return false;
    }

    /** How {@code scrub show} names a meta tag: its name, property, http-equiv or itemprop. */
    static String label(Map<String, String> attrs) {
        for (String key : new String[] {"name", "property", "http-equiv", "itemprop"}) {
            if (attrs.containsKey(key)) {
                return attrs.get(key);
            }
        }
        return String.join(" ", attrs.keySet());
    }
}
