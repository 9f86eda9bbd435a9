package org.veil.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veil.core.model.EntityType;

/**
 * What the reviewer taught Veil, carried to the next documents: terms that are never identifying (allow, from
 * rejected mentions) and terms that always are (deny, from added ones). Immutable.
 */
record Terms(List<String> allow, List<Denied> deny) {
    record Denied(String text, EntityType type) {
    }

    static final Terms NONE = new Terms(List.of(), List.of());

    Terms {
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
    }

    boolean allows(String surface) {
        return allow.contains(key(surface));
    }

    Terms withAllowed(String surface) {
        String k = key(surface);
        if (k.isEmpty() || allow.contains(k)) {
            return this;
        }
        List<String> a = new ArrayList<>(allow);
        a.add(k);
        return new Terms(a, deny.stream().filter(d -> !key(d.text()).equals(k)).toList());
    }

    Terms withDenied(String surface, EntityType type) {
        String k = key(surface);
        if (k.isEmpty()) {
            return this;
        }
        List<Denied> d = new ArrayList<>(deny.stream().filter(x -> !key(x.text()).equals(k)).toList());
        d.add(new Denied(surface.strip(), type));
        return new Terms(allow.stream().filter(x -> !x.equals(k)).toList(), d);
    }

    Terms without(String surface) {
        String k = key(surface);
        return new Terms(allow.stream().filter(x -> !x.equals(k)).toList(),
                deny.stream().filter(x -> !key(x.text()).equals(k)).toList());
    }

    /** Case and spacing do not make another term. */
    static String key(String surface) {
        return surface.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
