package org.veil.core.anonymize;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The six Russian cases, and what the word before a phrase tells about the case it must take. */
enum RussianCase {
    NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, PREPOSITIONAL;

    /**
     * Cases each preposition governs, the commoner first ("в Казани" before "в Казань", "с Анной" before
     * "с крыши").
     */
    private static final Map<String, List<RussianCase>> GOVERNED = Map.ofEntries(
            Map.entry("в", List.of(PREPOSITIONAL, ACCUSATIVE)), Map.entry("во", List.of(PREPOSITIONAL, ACCUSATIVE)),
            Map.entry("на", List.of(PREPOSITIONAL, ACCUSATIVE)), Map.entry("о", List.of(PREPOSITIONAL)),
            Map.entry("об", List.of(PREPOSITIONAL)), Map.entry("обо", List.of(PREPOSITIONAL)),
            Map.entry("при", List.of(PREPOSITIONAL)), Map.entry("у", List.of(GENITIVE)),
            Map.entry("от", List.of(GENITIVE)), Map.entry("до", List.of(GENITIVE)),
            Map.entry("из", List.of(GENITIVE)), Map.entry("без", List.of(GENITIVE)),
            Map.entry("для", List.of(GENITIVE)), Map.entry("около", List.of(GENITIVE)),
            Map.entry("после", List.of(GENITIVE)), Map.entry("кроме", List.of(GENITIVE)),
            Map.entry("возле", List.of(GENITIVE)), Map.entry("против", List.of(GENITIVE)),
            Map.entry("среди", List.of(GENITIVE)), Map.entry("из-за", List.of(GENITIVE)),
            Map.entry("к", List.of(DATIVE)), Map.entry("ко", List.of(DATIVE)),
            Map.entry("по", List.of(DATIVE, ACCUSATIVE)), Map.entry("про", List.of(ACCUSATIVE)),
            Map.entry("через", List.of(ACCUSATIVE)), Map.entry("за", List.of(ACCUSATIVE, INSTRUMENTAL)),
            Map.entry("с", List.of(INSTRUMENTAL, GENITIVE)), Map.entry("со", List.of(INSTRUMENTAL, GENITIVE)),
            Map.entry("под", List.of(INSTRUMENTAL, ACCUSATIVE)), Map.entry("над", List.of(INSTRUMENTAL)),
            Map.entry("перед", List.of(INSTRUMENTAL)), Map.entry("между", List.of(INSTRUMENTAL)));

    /** The cases a preposition allows after it, the commoner first; empty if {@code word} is not one. */
    static List<RussianCase> after(String word) {
        return GOVERNED.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
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
