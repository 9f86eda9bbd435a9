package org.veil.core.publics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        return !Whereabouts.precedes(text, m.start()) && NewsRoles.holds(text, m.start(), m.end());
    }

    /**
     * A place that is anyone's whereabouts anywhere in the text is masked at every mention: left readable
     * elsewhere, it would tell the reader what the masked mention was.
     */
    public List<LinkedMention> keepWhereaboutsMasked(String text, List<LinkedMention> linked) {
        Set<Integer> whereabouts = new HashSet<>();
        for (LinkedMention lm : linked) {
            Mention m = lm.mention();
            if (isPlaceLike(m) && Whereabouts.precedes(text, m.start())) {
                whereabouts.add(lm.entity());
            }
        }
        if (whereabouts.isEmpty()) {
            return linked;
        }
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention lm : linked) {
            Mention m = lm.mention();
            if (whereabouts.contains(lm.entity()) && m.kind() == IdentifierKind.NONE && isPlaceLike(m)) {
                out.add(new LinkedMention(m.withKind(IdentifierKind.QUASI), lm.entity()));
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
