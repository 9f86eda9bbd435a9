package org.veil.core.publics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.veil.core.link.LinkedMention;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.ResourceLines;

/**
 * Decides per mention whether it describes the people being protected or the public context of the story,
 * and marks context {@link IdentifierKind#NONE} so that it stays readable: countries and capitals in news
 * roles, durations and sentences, public events and their dates, languages, nationality words that qualify
 * a state or its institutions, and generic roles. Where unsure, a mention stays masked; the whereabouts of
 * people are never context.
 */
public final class PublicContext {
    /** Types whose context decision holds for one mention only, not for every mention of the same words. */
    private static final Set<EntityType> PER_MENTION = Set.of(EntityType.DEMOGRAPHIC, EntityType.DATETIME,
            EntityType.MILITARY);
    private final PlaceNames places;
    private final DescriptorContext descriptors;

    private PublicContext(PlaceNames places, DescriptorContext descriptors) {
        this.places = places;
        this.descriptors = descriptors;
    }

    public static PublicContext load() {
        Set<String> adjectives = new HashSet<>();
        for (String w : ResourceLines.read("/org/veil/core/publics/countries.txt")) {
            adjectives.add(w.toLowerCase(Locale.ROOT));
        }
        return new PublicContext(PlaceNames.load(), new DescriptorContext(adjectives));
    }

    /** The mention, re-marked NONE if in {@code text} it is public context. */
    public Mention classify(String text, Mention m) {
        if (m.kind() == IdentifierKind.NONE || m.kind() == IdentifierKind.DIRECT) {
            return m;
        }
        boolean context = switch (m.type()) {
            case LOCATION, ORGANIZATION, MISC -> isPublicPlace(text, m);
            case DATETIME -> TimeContext.isPublic(text, m.start(), m.end());
            case DEMOGRAPHIC, MILITARY -> descriptors.isPublic(text, m);
            default -> false;
        };
        return context ? m.withKind(IdentifierKind.NONE) : m;
    }

    private boolean isPublicPlace(String text, Mention m) {
        String surface = m.text(text);
        boolean country = places.isCountry(surface);
        if (!country && !places.isCapital(surface)) {
            return false;
        }
        return !Whereabouts.precedes(text, m.start()) && NewsRoles.holds(text, m.start(), m.end(), country);
    }

    /**
     * Settles context per entity after linking. A place that is anyone's whereabouts anywhere in the text, or a
     * capital not every mention of which is a news role, is masked at every mention: left readable elsewhere,
     * it would tell the reader what the masked mention was.
     * A description or a time kept as context at one mention and masked at another ("the Russian army", "he
     * is Russian") becomes two entities, because one entity gets one kind and that kind would be NONE.
     */
    public List<LinkedMention> settle(String text, List<LinkedMention> linked) {
        Set<Integer> whereabouts = new HashSet<>();
        Set<Integer> masked = new HashSet<>();
        int next = 0;
        for (LinkedMention lm : linked) {
            Mention m = lm.mention();
            // A capital is kept only where every mention of it speaks for a state: a town is where people are.
            if (isPlaceLike(m) && (Whereabouts.precedes(text, m.start())
                    || (m.kind().masked() && places.isCapital(m.text(text))))) {
                whereabouts.add(lm.entity());
            }
            if (m.kind().masked()) {
                masked.add(lm.entity());
            }
            next = Math.max(next, lm.entity() + 1);
        }
        Map<Integer, Integer> contextPart = new HashMap<>();
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention lm : linked) {
            Mention m = lm.mention();
            if (whereabouts.contains(lm.entity()) && m.kind() == IdentifierKind.NONE && isPlaceLike(m)) {
                out.add(new LinkedMention(m.withKind(IdentifierKind.QUASI), lm.entity()));
            } else if (PER_MENTION.contains(m.type()) && m.kind() == IdentifierKind.NONE
                    && masked.contains(lm.entity())) {
                int id = contextPart.computeIfAbsent(lm.entity(), k -> contextPart.size() + 1);
                out.add(new LinkedMention(m, next + id - 1));
            } else {
                out.add(lm);
            }
        }
        return out;
    }

    private static boolean isPlaceLike(Mention m) {
        return m.type() == EntityType.LOCATION;
    }
}
