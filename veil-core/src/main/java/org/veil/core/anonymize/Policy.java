package org.veil.core.anonymize;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;

/**
 * Which operator applies to each entity type and identifier kind. Spans of kind NONE (public figures and
 * bodies) are kept unless a rule names NONE explicitly. Serializable, so a corpus job can ship it to its workers.
 */
public record Policy(String name, Map<EntityType, Map<IdentifierKind, Operator>> rules, Operator fallback)
        implements Serializable {
    public Policy {
        Map<EntityType, Map<IdentifierKind, Operator>> copy = new EnumMap<>(EntityType.class);
        rules.forEach((t, m) -> copy.put(t, Map.copyOf(m)));
        rules = Map.copyOf(copy);
    }

    public Operator operatorFor(EntityType type, IdentifierKind kind) {
        Operator explicit = rules.getOrDefault(type, Map.of()).get(kind);
        if (explicit != null) {
            return explicit;
        }
        return kind == IdentifierKind.NONE ? new Operator.Keep() : fallback;
    }
}
