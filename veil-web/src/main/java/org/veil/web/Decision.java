package org.veil.web;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.veil.core.model.EntityType;

/**
 * One reviewer decision. A document's decisions are kept as a list and replayed in order on the analyzer's
 * result ({@link DecisionReplay}), which makes undo and persistence trivial and keeps the replay
 * deterministic. Mentions are named by their code-point bounds, entities by their id.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "action")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Decision.Accept.class, name = "accept"),
    @JsonSubTypes.Type(value = Decision.Reject.class, name = "reject"),
    @JsonSubTypes.Type(value = Decision.Mask.class, name = "mask"),
    @JsonSubTypes.Type(value = Decision.Keep.class, name = "keep"),
    @JsonSubTypes.Type(value = Decision.Retype.class, name = "retype"),
    @JsonSubTypes.Type(value = Decision.Merge.class, name = "merge"),
    @JsonSubTypes.Type(value = Decision.Split.class, name = "split"),
    @JsonSubTypes.Type(value = Decision.Add.class, name = "add")})
public sealed interface Decision {

    /** The mention is right as detected. */
    record Accept(int start, int end) implements Decision {
    }

    /** The mention is a false positive: it is not identifying, so it is published as it is. */
    record Reject(int start, int end) implements Decision {
    }

    /** Every mention of the entity is replaced under the policy. */
    record Mask(String entity) implements Decision {
    }

    /** The entity is safe to publish (a public figure, the author): kind NONE, kept by the presets. */
    record Keep(String entity) implements Decision {
    }

    record Retype(String entity, EntityType type) implements Decision {
    }

    /** Two entities are one (two spellings of one person): {@code from}'s mentions join {@code into}. */
    record Merge(String from, String into) implements Decision {
    }

    /** A wrong link: this mention becomes an entity of its own. */
    record Split(int start, int end) implements Decision {
    }

    /** A missed identifier: the selection and every other occurrence, variant and inflection of it. */
    record Add(int start, int end, EntityType type) implements Decision {
    }
}
