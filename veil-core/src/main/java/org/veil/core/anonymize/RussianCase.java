package org.veil.core.anonymize;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The six Russian cases, and what the word before a phrase tells about the case it must take. */
enum RussianCase {
    NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, PREPOSITIONAL;

    /** Cases each preposition governs ("в Казани" / "в Казань", "у Анны", "к Анне", "с Анной"). */
    private static final Map<String, Set<RussianCase>> GOVERNED = Map.ofEntries(
            Map.entry("в", EnumSet.of(PREPOSITIONAL, ACCUSATIVE)), Map.entry("во", EnumSet.of(PREPOSITIONAL, ACCUSATIVE)),
            Map.entry("на", EnumSet.of(PREPOSITIONAL, ACCUSATIVE)), Map.entry("о", EnumSet.of(PREPOSITIONAL)),
            Map.entry("об", EnumSet.of(PREPOSITIONAL)), Map.entry("обо", EnumSet.of(PREPOSITIONAL)),
            Map.entry("при", EnumSet.of(PREPOSITIONAL)), Map.entry("у", EnumSet.of(GENITIVE)),
            Map.entry("от", EnumSet.of(GENITIVE)), Map.entry("до", EnumSet.of(GENITIVE)),
            Map.entry("из", EnumSet.of(GENITIVE)), Map.entry("без", EnumSet.of(GENITIVE)),
            Map.entry("для", EnumSet.of(GENITIVE)), Map.entry("около", EnumSet.of(GENITIVE)),
            Map.entry("после", EnumSet.of(GENITIVE)), Map.entry("кроме", EnumSet.of(GENITIVE)),
            Map.entry("возле", EnumSet.of(GENITIVE)), Map.entry("против", EnumSet.of(GENITIVE)),
            Map.entry("среди", EnumSet.of(GENITIVE)), Map.entry("из-за", EnumSet.of(GENITIVE)),
            Map.entry("к", EnumSet.of(DATIVE)), Map.entry("ко", EnumSet.of(DATIVE)),
            Map.entry("по", EnumSet.of(DATIVE, ACCUSATIVE)), Map.entry("про", EnumSet.of(ACCUSATIVE)),
            Map.entry("через", EnumSet.of(ACCUSATIVE)), Map.entry("за", EnumSet.of(ACCUSATIVE, INSTRUMENTAL)),
            Map.entry("с", EnumSet.of(INSTRUMENTAL, GENITIVE)), Map.entry("со", EnumSet.of(INSTRUMENTAL, GENITIVE)),
            Map.entry("под", EnumSet.of(INSTRUMENTAL, ACCUSATIVE)), Map.entry("над", EnumSet.of(INSTRUMENTAL)),
            Map.entry("перед", EnumSet.of(INSTRUMENTAL)), Map.entry("между", EnumSet.of(INSTRUMENTAL)));

    /** The cases a preposition allows after it; empty if {@code word} is not a preposition. */
    static Set<RussianCase> after(String word) {
        Set<RussianCase> cases = GOVERNED.get(word.toLowerCase(Locale.ROOT));
        return cases == null ? EnumSet.noneOf(RussianCase.class) : EnumSet.copyOf(cases);
    }

    /**
     * Past-tense and infinitive endings: after a verb a bare name is mostly its object or addressee
     * ("позвонил Марии" is dative), after a noun it is mostly a possessor ("дочь Марии" is genitive).
     */
    static boolean looksLikeVerb(String word) {
        return VERB.matcher(word.toLowerCase(Locale.ROOT)).matches();
    }

    private static final java.util.regex.Pattern VERB = java.util.regex.Pattern.compile(
            "\\p{IsCyrillic}+(?:л|ла|ло|ли|лся|лась|лось|лись|ть|ться|ет|ит|ют|ят|ут|ат|ется|ится)");
}
