package org.veil.core.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.Replacement;
import org.veil.core.link.NameForms;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;

/**
 * Every original value the run replaced, in the forms a reader would still recognise, must not occur in the
 * output outside Veil's replacements. Forms are compared folded ({@link NameForms#fold}: case, diacritics,
 * Latin/Cyrillic transliteration, Russian case endings), as whole tokens or token sequences. One pass over the
 * output tokens with hash look-ups, so the check is linear in the text.
 */
final class LeakCheck {
    /** Longer originals are matched on their first tokens: enough to show they were left in the text. */
    private static final int MAX_TOKENS = 12;
    /** Single-token originals shorter than this ("29", "Li") match too much that is unrelated. */
    private static final int MIN_SINGLE = 3;

    /** What to look for under one folded key. */
    private record Form(String type, boolean exactCaseOnly, String exact) {
    }

    private final OrdinaryWords ordinary;
    private final PublicWords publics;

    LeakCheck(OrdinaryWords ordinary, PublicWords publics) {
        this.ordinary = ordinary;
        this.publics = publics;
    }

    List<Leak> find(Anonymized anonymized, OutputText out) {
        Map<String, Form> forms = forms(anonymized);
        TreeSet<Integer> lengths = new TreeSet<>();
        forms.keySet().forEach(k -> lengths.add(k.split(" ").length));
        List<Tokens.Token> tokens = out.tokens();
        String[] folded = new String[tokens.size()];
        List<Leak> leaks = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int n : lengths.descendingSet()) {
                if (i + n > tokens.size()) {
                    continue;
                }
                Tokens.Token first = tokens.get(i);
                Tokens.Token last = tokens.get(i + n - 1);
                if (out.inVeilRegion(first.start(), last.end())) {
                    continue;
                }
                Form form = forms.get(key(tokens, folded, i, n));
                if (form != null && (!form.exactCaseOnly() || form.exact().equals(out.substring(first.start(),
                        last.end())))) {
                    int[] lc = out.lineColumn(first.start());
                    leaks.add(new Leak(form.type(), first.start(), last.end(), lc[0], lc[1],
                            out.context(first.start(), last.end())));
                    matched = n;
                    break;
                }
            }
            i += Math.max(1, matched);
        }
        return leaks;
    }

    private static String key(List<Tokens.Token> tokens, String[] folded, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < from + n; j++) {
            if (folded[j] == null) {
                folded[j] = NameForms.fold(tokens.get(j).text());
            }
            sb.append(j > from ? " " : "").append(folded[j]);
        }
        return sb.toString();
    }

    /** Folded key → what it stands for, for every value the run replaced. */
    private Map<String, Form> forms(Anonymized anonymized) {
        Map<String, Form> forms = new HashMap<>();
        for (Replacement r : anonymized.replacements()) {
            if (!r.changed() || r.span().kind() == IdentifierKind.NONE) {
                continue;
            }
            String type = r.span().type().name();
            String original = r.span().text();
            List<String> words = words(original);
            if (words.size() > 1) {
                forms.putIfAbsent(joinFolded(words.subList(0, Math.min(words.size(), MAX_TOKENS))),
                        new Form(type, false, null));
            } else if (words.size() == 1 && words.get(0).length() >= MIN_SINGLE) {
                addWord(forms, type, words.get(0));
            }
            if (isName(r.span().type())) {
                addNameWords(forms, r.span().type(), original);
            }
        }
        return forms;
    }

    private static boolean isName(EntityType type) {
        return type == EntityType.PERSON || type == EntityType.LOCATION || type == EntityType.ORGANIZATION;
    }

    /**
     * The words of a name that identify on their own: a person's surname (the last name word), any other name
     * word of four letters or more; in places and organisations, the capitalised words that are neither
     * everyday nor public ("Vakhitovsky" from "Vakhitovsky district").
     */
    private void addNameWords(Map<String, Form> forms, EntityType type, String original) {
        List<String> nameWords = type == EntityType.PERSON ? NameForms.nameWords(original) : words(original);
        for (int i = 0; i < nameWords.size(); i++) {
            for (String w : words(nameWords.get(i))) {
                boolean surname = type == EntityType.PERSON && i == nameWords.size() - 1;
                boolean capitalised = Character.isUpperCase(w.codePointAt(0));
                if (w.length() < (surname ? 3 : 4) || NameForms.isInitial(w) || publics.contains(w)
                        || (type != EntityType.PERSON && (!capitalised || ordinary.contains(w)))) {
                    continue;
                }
                addWord(forms, type.name(), w);
            }
        }
    }

    /** An everyday word ("Rose", "nurse") counts only where it is written exactly so; others in any form. */
    private void addWord(Map<String, Form> forms, String type, String word) {
        boolean everyday = ordinary.contains(word) && !word.chars().allMatch(Character::isDigit);
        forms.putIfAbsent(NameForms.fold(word), new Form(type, everyday, word));
    }

    private static String joinFolded(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(sb.length() > 0 ? " " : "").append(NameForms.fold(w));
        }
        return sb.toString();
    }

    /** The token texts of a string, split as the output is split. */
    private static List<String> words(String s) {
        return Tokens.of(s).stream().map(Tokens.Token::text).toList();
    }
}
