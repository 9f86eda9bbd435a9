package org.veil.web;

import java.util.Collection;
import java.util.Optional;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.model.EntityType;

/**
 * The store a live preview anonymizes with: it reads the real store (an entity the vault knows shows its real
 * replacement, and hash, encryption and date shift use the real keys) but writes nothing to it, so previews
 * never fill the vault. New placeholders are numbered in memory and may get other numbers on export.
 */
final class PreviewStore implements MappingStore {
    private final MappingStore real;
    private final MemoryStore scratch = new MemoryStore();

    PreviewStore(MappingStore real) {
        this.real = real;
    }

    @Override
    public Optional<String> lookup(EntityType type, String alias) {
        return scratch.lookup(type, alias).or(() -> real.lookup(type, alias));
    }

    @Override
    public void remember(EntityType type, Collection<String> aliases, String original, String replacement) {
        scratch.remember(type, aliases, original, replacement);
    }

    @Override
    public void alias(EntityType type, String known, Collection<String> aliases) {
        if (scratch.lookup(type, known).isPresent()) {
            scratch.alias(type, known, aliases);
        } else {
            // Known only to the real store: the new forms resolve to its replacement, in memory only.
            real.lookup(type, known).ifPresent(r -> scratch.remember(type, aliases, known, r));
        }
    }

    @Override
    public int next(String label) {
        return scratch.next(label);
    }

    @Override
    public byte[] secret(String purpose) {
        return real.secret(purpose);
    }
}
