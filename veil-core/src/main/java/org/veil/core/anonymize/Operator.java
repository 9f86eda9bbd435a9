package org.veil.core.anonymize;

/** What to do with a span. A closed set: policies name these and nothing else. */
public sealed interface Operator extends java.io.Serializable {
    String name();

    /** Leave the text as it is. */
    record Keep() implements Operator {
        public String name() {
            return "keep";
        }
    }

    /** Leave the text, but mark it for review: {@code [[Dmitri Sokolov|PERSON]]}. */
    record Mark() implements Operator {
        public String name() {
            return "mark";
        }
    }

    /** A fixed marker, the same for everything. */
    record Redact(String marker) implements Operator {
        public String name() {
            return "redact";
        }
    }

    /** A typed placeholder, consistent per entity: {@code [PERSON A]}, {@code [PLACE 2]}. */
    record Placeholder() implements Operator {
        public String name() {
            return "placeholder";
        }
    }

    /** A realistic stand-in of the same kind, consistent per entity; dates shift by the vault's offset. */
    record Surrogate() implements Operator {
        public String name() {
            return "surrogate";
        }
    }

    /** A coarser value: age → decade, date → year, amount → range; placeholder where none exists. */
    record Generalise() implements Operator {
        public String name() {
            return "generalise";
        }
    }

    /** Keeps the last {@code keep} letters or digits, masks the rest with {@code with}. */
    record Mask(int keep, char with) implements Operator {
        public String name() {
            return "mask";
        }
    }

    /** HMAC-SHA-256 of the text under the store's key, shortened: stable, not reversible. */
    record Hash() implements Operator {
        public String name() {
            return "hash";
        }
    }

    /** AES-GCM under the store's key: reversible by whoever holds the vault. */
    record Encrypt() implements Operator {
        public String name() {
            return "encrypt";
        }
    }
}
