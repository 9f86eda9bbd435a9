package org.veil.core.anonymize;

import java.util.Collection;
import java.util.Optional;
import org.veil.core.model.EntityType;

/**
 * Where replacements are remembered so one entity gets one replacement: in memory for a single run, or in an
 * encrypted vault across runs and documents. Aliases are the folded surface forms of an entity's mentions.
 */
public interface MappingStore {
    Optional<String> lookup(EntityType type, String alias);

    /** Stores a new entity under its aliases; an alias already taken keeps leading where it led. */
    void remember(EntityType type, Collection<String> aliases, String original, String replacement);

    /**
     * Adds aliases to the entity {@code known} already leads to (a new short form, script or hypocorism of
     * it), so later documents find it by them; does nothing if {@code known} leads nowhere. Aliases already
     * taken keep leading where they led.
     */
    void alias(EntityType type, String known, Collection<String> aliases);

    /** The next number for a placeholder label ("PERSON" → 1, 2, …), never reused. */
    int next(String label);

    /** A 32-byte key for one purpose ("hash", "encrypt", "surrogate"), stable for the store's lifetime. */
    byte[] secret(String purpose);

    /** The one secret shift applied to every date, so intervals between dates survive. */
    default long dateShiftDays() {
        byte[] k = secret("date-shift");
        int raw = ((k[0] & 0xff) << 8) | (k[1] & 0xff);
        long days = 30 + raw % 700;
        return (k[2] & 1) == 0 ? days : -days;
    }
}
