package org.veil.spark;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.model.EntityType;

/**
 * What workers get of the driver's store: only the secrets replacing reads (stand-in choice, date shift, hash
 * and encryption keys), so a worker renders exactly as the driver's store would. Every replacement was
 * decided on the driver; a worker asking the store anything else is a bug, and fails rather than diverge.
 */
final class RenderKeys implements MappingStore, Serializable {
    private final HashMap<String, byte[]> secrets = new HashMap<>();

    private RenderKeys() {
    }

    static RenderKeys of(MappingStore store) {
        RenderKeys keys = new RenderKeys();
        for (String purpose : Anonymizer.SECRET_PURPOSES) {
            keys.secrets.put(purpose, store.secret(purpose));
        }
        return keys;
    }

    @Override
    public byte[] secret(String purpose) {
        byte[] s = secrets.get(purpose);
        if (s == null) {
            throw new IllegalStateException("secret '" + purpose + "' was not shipped to the workers");
        }
        return s.clone();
    }

    @Override
    public Optional<String> lookup(EntityType type, String alias) {
        throw decidedOnDriver();
    }

    @Override
    public void remember(EntityType type, Collection<String> aliases, String original, String replacement) {
        throw decidedOnDriver();
    }

    @Override
    public void alias(EntityType type, String known, Collection<String> aliases) {
        throw decidedOnDriver();
    }

    @Override
    public int next(String label) {
        throw decidedOnDriver();
    }

    private static IllegalStateException decidedOnDriver() {
        return new IllegalStateException("replacements are decided on the driver, not by workers");
    }

    /** For tests: the secrets as shipped. */
    Map<String, byte[]> secrets() {
        return Map.copyOf(secrets);
    }
}
