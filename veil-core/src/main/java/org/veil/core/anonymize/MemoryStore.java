package org.veil.core.anonymize;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.veil.core.model.EntityType;
import org.veil.core.vault.Crypto;

/** Consistent replacements within one run; keys are random and forgotten afterwards. */
public final class MemoryStore implements MappingStore {
    private final Map<String, String> byAlias = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final byte[] master = new byte[32];

    public MemoryStore() {
        new SecureRandom().nextBytes(master);
    }

    @Override
    public Optional<String> lookup(EntityType type, String alias) {
        return Optional.ofNullable(byAlias.get(type + "\u0000" + alias));
    }

    @Override
    public void remember(EntityType type, Collection<String> aliases, String original, String replacement) {
        for (String a : aliases) {
            byAlias.putIfAbsent(type + "\u0000" + a, replacement);
        }
    }

    @Override
    public void alias(EntityType type, String known, Collection<String> aliases) {
        String replacement = byAlias.get(type + "\u0000" + known);
        if (replacement != null) {
            for (String a : aliases) {
                byAlias.putIfAbsent(type + "\u0000" + a, replacement);
            }
        }
    }

    @Override
    public int next(String label) {
        return counters.merge(label, 1, Integer::sum);
    }

    @Override
    public byte[] secret(String purpose) {
        return Crypto.hmac(master, purpose);
    }
}
