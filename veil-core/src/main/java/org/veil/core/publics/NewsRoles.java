package org.veil.core.publics;

import java.util.regex.Pattern;
import org.veil.core.recognize.PatternScanner;

/**
 * Whether a country or capital stands for a state in the story rather than for where someone is: the actor of
 * a state's deed ("Russia invaded", "Moscow said"), a possessor ("Georgia's government"), the object of a
 * state-level noun ("the invasion of Ukraine", "sanctions against Russia", "the government of Kazakhstan"),
 * one side of a relation ("between Russia and Georgia"), a case name ("v. Turkey") or the frame of a general
 * statement ("In Russia, a law …").
 */
final class NewsRoles {
    private static final PatternScanner POSSESSIVE_AFTER = PatternScanner.of("^['’]s?(?![\\p{L}\\p{N}])");
    private static final PatternScanner ACTION_AFTER = PatternScanner.of("(?i)^,? (?:(?:has|have|had|is|was|will|would"
            + "|could|can|did|does|must|should|may|might|also|then|later|now|again|officially|formally|has not|did not"
            + "|does not|never|still) )*(?:invaded|invades|annexed|annexes|attacked|attacks|occupied|occupies"
            + "|bombed|shelled|said|says|announced|announces|denied|denies|accused|accuses|recogni[sz]ed|recogni[sz]es"
            + "|signed|signs|ratified|ratifies|joined|joins|withdrew|withdraws|imposed|imposes|introduced"
            + "|introduces|adopted|adopts|banned|bans|passed|passes|declared|declares|claimed|claims|insisted"
            + "|insists|warned|warns|threatened|threatens|responded|responds|launched|launches|deployed|deploys"
            + "|refused|refuses|rejected|rejects|agreed|agrees|blocked|blocks|expelled|expels|closed|closes"
            + "|supported|supports|condemned|condemns|demanded|demands|hosted|hosts|voted|votes|became|remains"
            + "|remained|continues|continued|wants|wanted|sought|seeks|began|begins|started|starts|argued|argues"
            + "|submitted|submits|maintained|maintains|contended|contends|objected|objects|lost|won|fought|fights"
            + "|negotiated|negotiates|sanctioned|sanctions|considers|considered|criticised|criticized|criticises"
            + "|criticizes|applied|applies|ranks|ranked|borders|bordered|is a|was a|is one|has been|had been)"
            + "(?![\\p{L}])");
    /** A country's own law, used as an adjective: "under United Kingdom law". */
    private static final PatternScanner LAW_AFTER = PatternScanner.of("(?i)^ (?:law|laws|legislation|courts)\\b");
    private static final PatternScanner RU_ACTION_AFTER = PatternScanner.of("(?iu)^,? (?:(?:уже|также|официально|тогда"
            + "|не) )*(?:заявил\\p{L}*|заявля\\p{L}*|вторгл\\p{L}*|аннексир\\p{L}*|напал\\p{L}*|атаковал\\p{L}*"
            + "|оккупировал\\p{L}*|ввел\\p{L}*|ввёл\\p{L}*|ввод\\p{L}*|принял\\p{L}*|принима\\p{L}*|объявил\\p{L}*"
            + "|признал\\p{L}*|признаё\\p{L}*|подписал\\p{L}*|ратифицир\\p{L}*|отказал\\p{L}*|потребовал\\p{L}*"
            + "|обвинил\\p{L}*|обвиня\\p{L}*|считает|считают|намерен\\p{L}*|начал\\p{L}*|является|являлась"
            + "|запретил\\p{L}*|запреща\\p{L}*|выслал\\p{L}*|отрица\\p{L}*|поддержал\\p{L}*|осудил\\p{L}*"
            + "|угрожа\\p{L}*|ответил\\p{L}*|настаива\\p{L}*|предупредил\\p{L}*|обстрелял\\p{L}*|вышл\\p{L}*"
            + "|вступил\\p{L}*|присоединил\\p{L}*)(?!\\p{L})");
    private static final String EN_NOUN = "(?:invasion|invasions|occupation|annexation|war|wars|conflict|aggression"
            + "|attack|attacks|sanctions|embargo|government|governments|president|prime minister|parliament"
            + "|authorities|army|armies|troops|forces|military|leadership|regime|ministry|foreign ministry|embassy"
            + "|embassies|consulate|ambassador|ambassadors|delegation|representatives?|constitution|laws?|legislation"
            + "|courts?|judiciary|territory|territories|borders?|frontier|relations|ties|talks|negotiations"
            + "|agreement|treaty|deal|dispute|capital|economy|history|part|parts|region|regions|north|south|east"
            + "|west|centre|center|position|policy|policies|stance|withdrawal|independence|sovereignty|integrity"
            + "|recognition|accession|membership|elections?|referendum|citizenship|population|people|king|queen"
            + "|leader|leaders|head|officials|interests|allies|ally|support|pressure|influence|reunification"
            + "|division|partition|collapse|dissolution|breakup|break-up|liberation|bombing|shelling)";
    private static final PatternScanner NOUN_BEFORE = PatternScanner.of("(?i)\\b" + EN_NOUN
            + " (?:of|in|on|against|with|between|from|to|over|by|for|toward|towards|into) (?:the )?$");
    /** The object of a state's deed: "invaded Ukraine", "вторглась в Украину". */
    private static final PatternScanner DEED_BEFORE = PatternScanner.of("(?iu)(?:\\b(?:invaded|invade|invades|invading"
            + "|annexed|annex|annexes|annexing|attacked|attacks|bombed|shelled|occupied|occupy|occupies|recogni[sz]ed"
            + "|sanctioned|blockaded|liberated|defeated|joined|represented|representing|represents)"
            + "|(?<!\\p{L})(?:вторгл\\p{L}*|напал\\p{L}*|аннексировал\\p{L}*|атаковал\\p{L}*"
            + "|оккупировал\\p{L}*|признал\\p{L}*)(?: (?:в|на|во))?) (?:the )?$");
    private static final PatternScanner RELATION_BEFORE = PatternScanner.of(
            "(?i)(?:\\b(?:v|vs|versus)\\.? (?:the )?|\\bagainst (?:the )?|\\bbetween (?:the )?(?:\\p{Lu}[\\p{L}-]+ )+and (?:the )?"
                    + "|\\bbetween (?:the )?)$");
    private static final PatternScanner GENERAL_FRAME_BEFORE = PatternScanner.of("(?:^|[.!?:;]\\s+|\\n)(?:In|Across"
            + "|Throughout|Outside|Inside|В|Во|По всей)\\s(?:the )?$");
    private static final PatternScanner RU_NOUN_BEFORE = PatternScanner.of("(?iu)(?<!\\p{L})(?:вторжени\\p{L}*"
            + "|аннекси\\p{L}*|оккупаци\\p{L}*|войн\\p{L}*|конфликт\\p{L}*|агресси\\p{L}*|санкци\\p{L}*"
            + "|правительств\\p{L}*|президент\\p{L}*|премьер\\p{L}*|парламент\\p{L}*|власт\\p{L}*|арми\\p{L}*"
            + "|войск\\p{L}*|руководств\\p{L}*|режим\\p{L}*|министерств\\p{L}*|МИД|посольств\\p{L}*|посол\\p{L}*"
            + "|конституци\\p{L}*|закон\\p{L}*|суд\\p{L}*|территори\\p{L}*|границ\\p{L}*|отношени\\p{L}*"
            + "|переговор\\p{L}*|соглашени\\p{L}*|договор\\p{L}*|столиц\\p{L}*|экономик\\p{L}*|истори\\p{L}*"
            + "|позици\\p{L}*|политик\\p{L}*|независимост\\p{L}*|суверенитет\\p{L}*|выбор\\p{L}*|референдум\\p{L}*"
            + "|против|между|со стороны|интерес\\p{L}*|союзник\\p{L}*|руководител\\p{L}*|лидер\\p{L}*)"
            + "(?: (?:и|с|со|на|в|во|против|между|для|от))? $");
    private static final PatternScanner GENERAL_FRAME_AFTER = PatternScanner.of("^,");

    private NewsRoles() {
    }

    /**
     * Whether the place spanning [start, end) of {@code text} stands for a state or its government. Only a
     * country's name qualifies a state's law or army ("United Kingdom law"); "the Vienna Regional Government"
     * is a town's.
     */
    static boolean holds(String text, int start, int end, boolean country) {
        String after = text.substring(end, Math.min(text.length(), end + 60));
        boolean qualifiesState = country && (DescriptorContext.STATE_NOUN_AFTER.matcher(after).find()
                || LAW_AFTER.finds(after));
        if (qualifiesState || POSSESSIVE_AFTER.finds(after) || ACTION_AFTER.finds(after)
                || RU_ACTION_AFTER.finds(after)) {
            return true;
        }
        String before = Clauses.before(text, start);
        String longBefore = text.substring(Math.max(0, start - 60), start);
        return NOUN_BEFORE.finds(before) || DEED_BEFORE.finds(before) || RELATION_BEFORE.finds(before)
                || RU_NOUN_BEFORE.finds(before)
                || (GENERAL_FRAME_BEFORE.finds(longBefore) && GENERAL_FRAME_AFTER.finds(after));
    }
}
