package org.veil.core.publics;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.veil.core.recognize.Mention;

/**
 * Descriptive words that are context rather than a description of someone: a language ("translated from
 * Russian"), a nationality word that qualifies a state or its institutions ("the Turkish Government", "the
 * Russian invasion", "German marks") and a generic role ("a police officer", "the border guard", "our
 * correspondent"). Someone's own job or nationality ("she is a police officer", "X, a Turkish national")
 * stays masked.
 */
final class DescriptorContext {
    /** "translated from Russian", "in Kurdish.", "the Georgian language", "Russian-language". */
    private static final Pattern LANGUAGE_BEFORE = Pattern.compile("(?i)\\b(?:from|into|in) $");
    private static final Pattern LANGUAGE_END = Pattern.compile("^(?:[.,;:!?)»”\"]|$| (?:and|or|with|by|on|at|for"
            + "|to|as|but|was|were|is|are|because|translation|translations|version|original)\\b)");
    private static final Pattern RU_LANGUAGE_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:с|со|на) $");
    private static final Pattern RU_LANGUAGE_AFTER = Pattern.compile("(?iu)^(?:[.,;:!?)»”\"]|$| язык\\p{L}*)");
    private static final Pattern LANGUAGE_NOUN_AFTER = Pattern.compile("(?i)^[ -](?:language|languages"
            + "|speaking world|translation|translations)\\b");
    /**
     * Nouns for a state, its rule and its means, after a country's adjective: "the Turkish Government", "the
     * Russian invasion", "German marks". Courts and laws are left out: annotators of court records often treat
     * "the Swedish courts" as pointing at a party's country.
     */
    static final Pattern STATE_NOUN_AFTER = Pattern.compile("(?i)^[ -](?:(?:federal|national|central"
            + "|military|armed|foreign|state|occupying|security|border|special|imperial|soviet|communist"
            + "|air|naval) )?(?:government|governments|authorities|state|states|army|armies|forces|troops|soldiers"
            + "|military|navy|air force|police|occupation|invasion|annexation|aggression|side|territory|territories"
            + "|border|borders|embassy|consulate|ministry|officials|president|prime minister|diplomats?|diplomacy"
            + "|currency|marks?|liras?|lire|roubles?|rubles?|schillings?|zlotys?|kronor|crowns?|francs?|economy"
            + "|propaganda|sanctions|federation|republic|regime|leadership|administration|intelligence|airspace"
            + "|waters|fleet|missiles?|drones?|shelling|strikes?|bombing|attack|attacks|offensive|withdrawal"
            + "|treasury)\\b");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:a|an|the|one|two|three"
            + "|four|five|six|several|some|many|other|another|no|our|any|each|every|these|those|\\d+)"
            + "(?: (?:other|local|young|male|female|senior|junior|plain-clothes|plainclothes|uniformed|masked"
            + "|armed|unidentified|unnamed|anonymous|former|off-duty|on-duty|duty|traffic|several|two|three|four"
            + "|five|more))* $");
    /** A plural role after a preposition, without a determiner: "arrested by police officers". */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:by|from|of|with|to|for|against"
            + "|among|and|or) $");
    /** "IT specialists are exempt", "doctors say": a bare plural as the subject of a statement names a class. */
    private static final Pattern GENERAL_STATEMENT_AFTER = Pattern.compile("^ (?:are|were|have|can|cannot|can't|must"
            + "|should|do|don't|will|won't|may|need|say|said|earn|get|face|risk)\\b");
    /** "… is a teacher", "worked as the driver", "X, a doctor": the role is someone's own job. */
    private static final Pattern OWN_JOB_BEFORE = Pattern.compile("(?i)(?:\\b(?:is|was|are|were|be|been|being"
            + "|became|become|becomes|becoming|as|also|still|formerly|previously|once|remains|remained|worked|works|named|appointed|elected|hired|employed|his|her"
            + "|their|my|your)|[,(–—-]) (?:(?:a|an|the|one|two|three|several|some|other|another|our|local|young"
            + "|male|female|senior|junior|former|retired|trainee|assistant|chief|head|deputy) )*$");
    /** "a programmer by training", "инженер по образованию": the role is someone's own trade. */
    private static final Pattern OWN_JOB_AFTER = Pattern.compile(
            "(?iu)^ (?:by (?:training|profession|trade|education)|по (?:профессии|образованию|специальности))");
    /**
     * "the manager of the Clinique du Parc": a role with a named employer points at one person; "Chief
     * Executive Officer": the lexicon matched only the start of a longer title.
     */
    private static final Pattern DISTINGUISHED_AFTER = Pattern.compile("^ (?:(?:of|at|for|in|with) (?:the )?)?\\p{Lu}");
    /** "served in the British army", "worked at the Turkish Consulate": the service is someone's employer. */
    private static final Pattern SERVICE_BEFORE = Pattern.compile("(?i)\\b(?:in|into|at|joined|join|joins|joining"
            + "|left|leave|from|with|for|within) (?:the )?$");
    private static final Pattern SERVICE_AFTER = Pattern.compile("(?i)^[ -](?:army|navy|air force|military|police"
            + "|forces|armed forces|troops|intelligence|services|security services|border guard|border service"
            + "|embassy|consulate|ministry|government)\\b");
    /** Family words that name a class of people rather than someone's relative ("a widow"). */
    private static final Pattern CLASS_OF_PEOPLE = Pattern.compile("(?i)widows?|widowers?|single (?:mother|father"
            + "|parent)s?");
    private static final Pattern IMPERSONAL_AGE = Pattern.compile("(?i)(?:the )?age (?:of )?[\\p{L}\\d -]+");
    private static final Pattern STATUTE_NEAR = Pattern.compile("(?i)\\b(?:pensions?|pensionable|retire|retirement"
            + "|retiring|eligible|eligibility|entitled|entitlement|statutory|threshold|limit|majority|minimum"
            + "|maximum|compulsory|school-leaving|voting|criminal responsibility|consent)\\b");
    private static final Pattern NAME_GOES_ON = Pattern.compile("^(?:['’]s?)? \\p{Lu}\\p{Ll}");
    private static final Pattern RU_GENERIC_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:наш\\p{L}*|один|одна"
            + "|двое|трое|несколько|некий|некая|какой-то|какая-то|другой|другие) $");

    private final Set<String> countryAdjectives;

    DescriptorContext(Set<String> countryAdjectives) {
        this.countryAdjectives = countryAdjectives;
    }

    boolean isPublic(String text, Mention m) {
        String before = Clauses.before(text, m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        return switch (m.recognizer()) {
            case "nationalities" -> isLanguage(before, after) || isStateAdjective(m.text(text), before, after);
            case "family" -> isInsideName(text, m, after)
                    || (CLASS_OF_PEOPLE.matcher(m.text(text)).matches() && isGenericRole(text, m, before));
            case "age" -> isStatutoryAge(text, m, before);
            case "occupations" -> !DISTINGUISHED_AFTER.matcher(after).find() && !OWN_JOB_AFTER.matcher(after).find()
                    && isGenericRole(text, m, before);
            default -> false;
        };
    }

    /** "Her brother-in-law Oleg": a relative introduced by a possessive is someone's, never part of a name. */
    private static final Pattern POSSESSIVE_FIRST = Pattern.compile("(?i)(?:his|her|their|my|our|your)\\s");

    /** "Widow's Bereavement Allowance", "Mothers' Union": a capitalised word inside the name of a thing. */
    private static boolean isInsideName(String text, Mention m, String after) {
        if (POSSESSIVE_FIRST.matcher(m.text(text)).lookingAt()) {
            return false;
        }
        boolean capital = Character.isUpperCase(text.charAt(m.start()));
        boolean sentenceStart = Clauses.before(text, m.start()).isBlank();
        return capital && !sentenceStart && NAME_GOES_ON.matcher(after).find();
    }

    /**
     * "the pension from the age of sixty", "until age 65": an age set by law for everyone, not someone's age.
     * Only phrases that name an age without a person ("age 60", "the age of sixty") qualify.
     */
    private static boolean isStatutoryAge(String text, Mention m, String before) {
        String clause = before + m.text(text) + Clauses.after(text, m.end());
        return IMPERSONAL_AGE.matcher(m.text(text)).matches() && STATUTE_NEAR.matcher(clause).find();
    }

    /** Only a country's adjective qualifies its state; an ethnic group's ("Kurdish history") describes people. */
    private boolean isStateAdjective(String word, String before, String after) {
        return countryAdjectives.contains(word.toLowerCase(Locale.ROOT)) && STATE_NOUN_AFTER.matcher(after).find()
                && !(SERVICE_BEFORE.matcher(before).find() && SERVICE_AFTER.matcher(after).find());
    }

    private static boolean isLanguage(String before, String after) {
        return LANGUAGE_NOUN_AFTER.matcher(after).find()
                || (LANGUAGE_BEFORE.matcher(before).find() && LANGUAGE_END.matcher(after).find())
                || (RU_LANGUAGE_BEFORE.matcher(before).find() && RU_LANGUAGE_AFTER.matcher(after).find());
    }

    private static boolean isGenericRole(String text, Mention m, String before) {
        if (OWN_JOB_BEFORE.matcher(before).find()) {
            return false;
        }
        if (DETERMINER_BEFORE.matcher(before).find() || RU_GENERIC_BEFORE.matcher(before).find()) {
            return true;
        }
        String role = m.text(text);
        boolean plural = role.endsWith("s") || role.endsWith("men");
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
        return plural && (PREPOSITION_BEFORE.matcher(before).find() || GENERAL_STATEMENT_AFTER.matcher(after).find());
    }
}
