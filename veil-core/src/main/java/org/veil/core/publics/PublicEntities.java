package org.veil.core.publics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.link.NameForms;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.ResourceLines;

/**
 * Marks public figures and national or international institutions as {@link IdentifierKind#NONE}, so that
 * "President Vladimir Putin" or "the Court of Cassation" stay readable while private people are masked.
 * An institution named after a town ("Kayseri Administrative Court") stays QUASI: it tells where someone is.
 */
public final class PublicEntities {
    private static final Pattern OFFICE_BEFORE = Pattern.compile(
            "(?:President|Prime Minister|Chancellor|King|Queen|Pope|Patriarch|Secretary-General|Secretary General"
                    + "|Foreign Minister|Defence Minister|Defense Minister|Premier|Emperor|Crown Prince)"
                    + "[ \\u00A0]+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}’'-]+");
    /** "2nd", "5th": the number of a chamber or a section, not a place. */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /** "the Minister of [Agriculture and Food Economics]": the tagger sometimes leaves the head outside. */
    private static final Pattern HEAD_BEFORE = Pattern.compile("(?:Minister|Ministry|Ministers|Secretary|Department"
            + "|Office|Court|Chamber|Division|Section|Committee|Commissioner|Director|Directorate) (?:of|for)"
            + " (?:the )?$");

    private final Set<String> heads;
    private final Set<String> qualifiers;
    private final List<PublicFigure> figures;

    private PublicEntities(Set<String> heads, Set<String> qualifiers, List<PublicFigure> figures) {
        this.heads = heads;
        this.qualifiers = qualifiers;
        this.figures = figures;
    }

    public static PublicEntities load() {
        Set<String> qualifiers = read("institution-qualifiers.txt");
        qualifiers.addAll(read("countries.txt"));
        Set<String> common = new HashSet<>();
        for (String list : List.of("en-surnames.txt", "ru-surnames.txt")) {
            for (String s : ResourceLines.read("/org/veil/core/surrogate/" + list)) {
                common.add(PublicFigure.stem(s));
            }
        }
        List<PublicFigure> figures = new ArrayList<>();
        for (String line : ResourceLines.read("/org/veil/core/publics/public-figures.txt")) {
            figures.add(PublicFigure.of(line, common));
        }
        return new PublicEntities(read("institution-heads.txt"), qualifiers, figures);
    }

    /** The mention, re-marked NONE if it names a public figure or a national-level institution. */
    public Mention classify(String text, Mention m) {
        if (m.type() == EntityType.PERSON && isPublicFigure(text, m)) {
            return m.withKind(IdentifierKind.NONE);
        }
        if (m.type() == EntityType.ORGANIZATION && (isNationalInstitution(m.text(text))
                || isNationalInstitution(m.text(text), HEAD_BEFORE.matcher(
                        text.substring(Math.max(0, m.start() - 30), m.start())).find()))) {
            return m.withKind(IdentifierKind.NONE);
        }
        return m;
    }

    private boolean isPublicFigure(String text, Mention m) {
        if (namesPublicFigure(NameForms.nameWords(m.text(text)))) {
            return true;
        }
        int from = Math.max(0, m.start() - 24);
        return OFFICE_BEFORE.matcher(text.substring(from, m.start())).find();
    }

    /**
     * Whether these name words (titles are ignored) name a public figure, by the same rule detection uses: a
     * full name, or a surname alone only when it is distinctive ("Putin", not "Medvedev" or "Costa").
     */
    public boolean namesPublicFigure(List<String> nameWords) {
        List<String> words = nameWords.stream()
                .filter(w -> !NameForms.TITLES.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))).toList();
        if (words.isEmpty()) {
            return false;
        }
        List<String> stems = words.stream().map(PublicFigure::stem).toList();
        return figures.stream().anyMatch(f -> f.named(words, stems));
    }

    /**
     * At least one word is an institution head ("Court", "Ministry") and every other word is a qualifier
     * ("Supreme", "of", "Defence") or a country or nationality: nothing in it points at a town or a private body.
     */
    boolean isNationalInstitution(String name) {
        return isNationalInstitution(name, false);
    }

    private boolean isNationalInstitution(String name, boolean headOutside) {
        Matcher w = WORD.matcher(name);
        boolean head = headOutside;
        while (w.find()) {
            String word = POSSESSIVE.matcher(w.group().toLowerCase(Locale.ROOT)).replaceAll("");
            if (heads.contains(word)) {
                head = true;
            } else if (!qualifiers.contains(word) && !ORDINAL.matcher(word).matches()) {
                return false;
            }
        }
        return head;
    }

    private static Set<String> read(String name) {
        Set<String> out = new HashSet<>();
        for (String line : ResourceLines.read("/org/veil/core/publics/" + name)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
