package org.veil.core.link;

import org.veil.core.recognize.Mention;

/** A resolved mention and the index of the entity it was linked to. */
public record LinkedMention(Mention mention, int entity) {
}
