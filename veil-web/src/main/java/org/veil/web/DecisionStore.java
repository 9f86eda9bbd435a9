package org.veil.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.veil.core.vault.Vault;

/**
 * Where decisions and terms are kept between documents and runs: sealed in the vault when one is given
 * (they contain originals), else in memory for this run only.
 */
sealed interface DecisionStore {
    Optional<String> get(String name);

    void put(String name, String json);

    /** Whether what is put here outlives the run. */
    boolean durable();

    final class InMemory implements DecisionStore {
        private final Map<String, String> notes = new HashMap<>();

        @Override
        public synchronized Optional<String> get(String name) {
            return Optional.ofNullable(notes.get(name));
        }

        @Override
        public synchronized void put(String name, String json) {
            notes.put(name, json);
        }

        @Override
        public boolean durable() {
            return false;
        }
    }

    final class InVault implements DecisionStore {
        private final Vault vault;

        InVault(Vault vault) {
            this.vault = vault;
        }

        @Override
        public Optional<String> get(String name) {
            synchronized (vault) {
                return vault.note(name);
            }
        }

        @Override
        public void put(String name, String json) {
            synchronized (vault) {
                vault.inTransaction(() -> {
                    vault.putNote(name, json);
                    return null;
                });
            }
        }

        @Override
        public boolean durable() {
            return true;
        }
    }
}
