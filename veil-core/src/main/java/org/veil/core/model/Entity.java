package org.veil.core.model;

import java.util.List;

/** One person, place or thing, with every mention of it that was linked together. */
public record Entity(String id, EntityType type, IdentifierKind kind, String canonical, List<Span> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
