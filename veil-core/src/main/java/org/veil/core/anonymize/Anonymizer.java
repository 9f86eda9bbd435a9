package org.veil.core.anonymize;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veil.core.link.NameForms;
import org.veil.core.link.PersonKeys;
import org.veil.core.model.Analysis;
import org.veil.core.model.CodePointIndex;
import org.veil.core.model.Entity;
import org.veil.core.model.EntityType;
import org.veil.core.model.Span;
import org.veil.core.vault.Crypto;

/**
 * Anonymize step: applies a policy's operators to analysed spans. It only transforms spans; finding them is
 * the analyzer's job. Everything outside a replaced span is copied unchanged, character for character.
 */
public final class Anonymizer {
    private final Policy policy;
    private final MappingStore store;
    private final Surrogates surrogates;

    public Anonymizer(Policy policy, MappingStore store) {
        this.policy = policy;
        this.store = store;
        this.surrogates = new Surrogates(store);
    }

    /** Decides, then replaces: {@link #plan} against the store, then {@link #anonymize(Analysis, Plan)}. */
    public Anonymized anonymize(Analysis analysis) {
        return anonymize(analysis, plan(analysis));
    }

    /**
     * The store secrets that replacing with a decided {@link Plan} reads ({@link MappingStore#secret}); deciding
     * is the only step that looks up or writes the store.
     */
    public static final List<String> SECRET_PURPOSES = List.of("surrogate", "date-shift", "hash", "encrypt");

    /**
     * Per entity id, the consistent replacement decided for it (the stored form, as the vault keeps it);
     * entities whose operator needs none are absent.
     */
    public record Plan(Map<String, String> byEntity) implements Serializable {
        public Plan {
            byEntity = Map.copyOf(byEntity);
        }
    }

    /**
     * Decides each entity's consistent replacement against the store, remembering new ones there. It reads the
     * spans and entities only, never the document's text, so a corpus job can decide for every document on one
     * machine in document order (one store, the same rules as here) and replace on many.
     */
    public Plan plan(Analysis analysis) {
        Set<String> avoid = avoid(analysis);
        Map<String, String> keyOwners = new HashMap<>();
        Map<String, String> out = new HashMap<>();
        for (Entity e : analysis.entities()) {
            EntityPlan p = plan(e, avoid, keyOwners);
            if (p.replacement() != null) {
                out.put(e.id(), p.replacement());
            }
        }
        return new Plan(out);
    }

    /** Folded forms of every identifier of the text: no stand-in may bring one of them back. */
    private static Set<String> avoid(Analysis analysis) {
        Set<String> avoid = new LinkedHashSet<>();
        for (Span s : analysis.spans()) {
            avoid.add(Surrogates.fold(s.text()));
            NameForms.nameWords(s.text()).forEach(w -> avoid.add(Surrogates.fold(w)));
            if (s.type() == EntityType.PERSON) {
                // "Марии" is "Мария": a stand-in must not bring back the nominative of a name in the text.
                NameForms.nameWords(s.text()).forEach(w -> RussianInflection.nominatives(w)
                        .forEach(n -> avoid.add(Surrogates.fold(n))));
            }
        }
        return avoid;
    }

    /**
     * Replaces with replacements already decided by {@link #plan} (here or on another machine with a store of
     * the same secrets); the store is only asked for its secrets.
     */
    public Anonymized anonymize(Analysis analysis, Plan decided) {
        String text = analysis.document().text();
        Set<String> avoid = avoid(analysis);
        Map<String, EntityPlan> plans = new HashMap<>();
        for (Entity e : analysis.entities()) {
            String recognizer = recognizerOf(e);
            Operator op = policy.operatorFor(e.type(), e.kind());
            String replacement = decided.byEntity().get(e.id());
            if (replacement == null && needsReplacement(op)) {
                // Decided under another policy or for another analysis: replacing now could leave a name in.
                throw new IllegalArgumentException("the plan has no replacement for entity " + e.id());
            }
            plans.put(e.id(), new EntityPlan(e, Labels.of(e.type(), recognizer), op, replacement));
        }
        CodePointIndex index = new CodePointIndex(text);
        List<int[]> ranges = analysis.spans().stream()
                .map(s -> new int[]{index.toChar(s.start()), index.toChar(s.end())}).toList();
        SentenceLanguage languages = new SentenceLanguage(text, ranges);
        StringBuilder out = new StringBuilder(text.length());
        List<Replacement> done = new ArrayList<>();
        int cursor = 0;
        int outCodePoints = 0;
        for (Span s : analysis.spans()) {
            int start = index.toChar(s.start());
            int end = index.toChar(s.end());
            String between = text.substring(cursor, start);
            EntityPlan plan = plans.get(s.entityId());
            Where where = new Where(languages.at(start, end), PrecedingWord.of(text, start),
                    start > 0 && "«\"“„".indexOf(text.charAt(start - 1)) >= 0);
            String replacement = render(s, plan, avoid, where);
            Span replaced = s;
            int on = plan.operator instanceof Operator.Generalise && s.type() == EntityType.DATETIME
                    ? DatePreposition.onToReplace(between, replacement) : -1;
            if (on >= 0) {
                // The "on" becomes part of what is replaced, so that every output (text, DOCX, PDF) and every
                // check sees one replaced stretch and the text outside replacements stays the input's.
                String taken = between.substring(on);
                replacement = DatePreposition.in(taken) + replacement;
                between = between.substring(0, on);
                int takenCodePoints = taken.codePointCount(0, taken.length());
                replaced = new Span(s.start() - takenCodePoints, s.end(), taken + s.text(), s.type(), s.kind(),
                        s.confidence(), s.recognizer(), s.entityId());
            }
            out.append(between);
            outCodePoints += between.codePointCount(0, between.length());
            if (!(plan.operator instanceof Operator.Keep || plan.operator instanceof Operator.Mark)) {
                replacement = Punctuation.keep(s.text(), replacement, text.substring(end, Math.min(text.length(), end + 8)));
            }
            out.append(replacement);
            int length = replacement.codePointCount(0, replacement.length());
            done.add(new Replacement(replaced, plan.label, plan.operator.name(), replacement, outCodePoints,
                    outCodePoints + length));
            outCodePoints += length;
            cursor = end;
        }
        out.append(text, cursor, text.length());
        return new Anonymized(out.toString(), text, policy.name(), done);
    }

    /**
     * The form a replacement is stored under in the vault, from the form written in a text: a placeholder
     * written in Russian ("[ЛИЦО В]") is stored in English ("[PERSON C]").
     */
    public static String storedForm(String written) {
        return Labels.stored(written);
    }

    /**
     * Where a span stands: the language of its sentence, the word before it (lower case, or "") and whether
     * it is inside quotes of the text.
     */
    private record Where(Language language, String before, boolean quoted) {
    }

    /** Per entity: its label, operator and, where the operator needs one, its consistent replacement. */
    private record EntityPlan(Entity entity, String label, Operator operator, String replacement) {
    }

    private static String recognizerOf(Entity e) {
        return e.mentions().stream().map(Span::recognizer).filter(r -> !r.equals("linker"))
                .findFirst().orElse("linker");
    }

    private EntityPlan plan(Entity e, Set<String> avoid, Map<String, String> keyOwners) {
        String recognizer = recognizerOf(e);
        String label = Labels.of(e.type(), recognizer);
        Operator op = policy.operatorFor(e.type(), e.kind());
        String replacement = needsReplacement(op) ? consistent(e, label, recognizer, op, avoid, keyOwners) : null;
        return new EntityPlan(e, label, op, replacement);
    }

    /** Operators that write one consistent replacement per entity, decided against the store. */
    private static boolean needsReplacement(Operator op) {
        return op instanceof Operator.Placeholder || op instanceof Operator.Surrogate
                || op instanceof Operator.Generalise;
    }

    /** The vault's replacement for this entity under this operator family, created if new. */
    private String consistent(Entity e, String label, String recognizer, Operator op, Set<String> avoid,
                              Map<String, String> keyOwners) {
        boolean surrogate = op instanceof Operator.Surrogate && e.type() != EntityType.DATETIME;
        String family = surrogate ? "surrogate" : "placeholder";
        StoreKeys keys = StoreKeys.of(e);
        // Within one document the linker (or the reviewer) has the last word: a half name kept apart from a
        // person of this document who has the same name word is someone else, whatever the store says.
        boolean separated = e.type() == EntityType.PERSON && keys.adopt().isEmpty()
                && keys.probe().stream().anyMatch(k -> !keyOwners.getOrDefault(k, e.id()).equals(e.id()));
        keys.own().forEach(k -> keyOwners.putIfAbsent(k, e.id()));
        Optional<String> known = separated ? Optional.empty() : recall(e.type(), family, keys);
        if (known.isPresent()) {
            return known.get();
        }
        // A name written in Cyrillic anywhere gets a Russian stand-in, whatever script its longest mention uses.
        String seed = e.mentions().stream().map(Span::text).filter(t -> t.codePoints().anyMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)).findFirst().orElse(e.canonical());
        // Two entities never share a stand-in (nor two persons a stand-in surname): readers would merge them.
        String made = surrogate ? surrogates.entity(e.type(), recognizer, seed, avoid, s -> takenKeys(e.type(), s)
                .stream().noneMatch(k -> store.lookup(e.type(), "surrogate|" + k).isPresent())).orElse(null) : null;
        if (made == null) {
            family = "placeholder";
            known = separated ? Optional.empty() : recall(e.type(), family, keys);
            if (known.isPresent()) {
                return known.get();
            }
            made = Labels.placeholder(label, store.next(label));
        }
        String f = family;
        List<String> remembered = new ArrayList<>(keys.own().stream().map(a -> f + "|" + a).toList());
        if (family.equals("surrogate")) {
            takenKeys(e.type(), made).forEach(k -> remembered.add("surrogate|" + k));
        }
        store.remember(e.type(), remembered, e.canonical(), made);
        return made;
    }

    /** Keys that mark a stand-in as used: the whole of it, and for a person the surname. */
    private static List<String> takenKeys(EntityType type, String standIn) {
        List<String> keys = new ArrayList<>();
        keys.add("taken|" + Surrogates.fold(standIn));
        List<String> words = NameForms.nameWords(standIn);
        if (type == EntityType.PERSON && words.size() > 1) {
            keys.add("taken-surname|" + NameForms.fold(words.get(words.size() - 1)));
        }
        return keys;
    }

    /**
     * The replacement the store already holds for this entity, if any; when found, the entity's keys from
     * this document (a new short form, hypocorism or script) are added to the stored entity so later
     * documents find it by them too. A half-named person stored earlier ("Pavel") is taken over by the first
     * full name that fits it ("Pavel Voronin"), and only by one.
     */
    private Optional<String> recall(EntityType type, String family, StoreKeys keys) {
        for (String k : keys.probe()) {
            Optional<String> known = store.lookup(type, family + "|" + k);
            if (known.isPresent()) {
                store.alias(type, family + "|" + k, keys.learn().stream().map(a -> family + "|" + a).toList());
                return known;
            }
        }
        for (String k : keys.adopt()) {
            Optional<String> known = store.lookup(type, family + "|" + k);
            if (known.isPresent() && store.lookup(type, family + "|claimed|" + k).isEmpty()) {
                List<String> own = new ArrayList<>();
                own.add(family + "|claimed|" + k);
                keys.own().forEach(a -> own.add(family + "|" + a));
                store.alias(type, family + "|" + k, own);
                return known;
            }
        }
        return Optional.empty();
    }

    /**
     * Store keys of one entity: those it is remembered under, those looked up first, half names stored by
     * earlier documents that a full name may take over, and those added to a stored entity it is found as.
     */
    record StoreKeys(List<String> own, List<String> probe, List<String> adopt, List<String> learn) {
        StoreKeys(List<String> own, List<String> probe, List<String> adopt) {
            this(own, probe, adopt, own);
        }

        static StoreKeys of(Entity e) {
            if (e.type() != EntityType.PERSON) {
                List<String> a = aliases(e);
                if (e.type() == EntityType.LOCATION || e.type() == EntityType.ORGANIZATION) {
                    // One town in both scripts and any case (Ryazan / Рязань / Рязани) is one entity across
                    // drafts; the surface keys come first, so an exact earlier form wins.
                    List<String> keys = new ArrayList<>(a);
                    e.mentions().forEach(m -> keys.add("x|" + crossScriptKey(m.text())));
                    List<String> distinct = List.copyOf(new LinkedHashSet<>(keys));
                    return new StoreKeys(distinct, distinct, List.of());
                }
                return new StoreKeys(a, a, List.of());
            }
            PersonKeys p = PersonKeys.of(e.mentions().stream().map(Span::text).toList());
            List<String> lone = new ArrayList<>();
            p.givens().forEach(g -> lone.add("lone-given|" + g));
            p.surnames().forEach(s -> lone.add("lone-surname|" + s));
            if (p.full().isEmpty()) {
                List<String> known = new ArrayList<>();
                p.givens().forEach(g -> known.add("given|" + g));
                p.surnames().forEach(s -> known.add("surname|" + s));
                List<String> own = new ArrayList<>(lone);
                own.addAll(known);
                List<String> probe = new ArrayList<>(lone);
                probe.addAll(known);
                // A half name found under a known person teaches the store nothing: were it stored as a
                // half name of that person, another full name could take it over.
                return new StoreKeys(own, probe, List.of(), List.of());
            }
            // Spelling variants across documents (Dmitri / Dimitri): one-letter deletions meet in the middle.
            List<String> probe = new ArrayList<>();
            p.full().forEach(f -> probe.add("full|" + f));
            p.full().forEach(f -> {
                probe.add("~" + f);
                spellingVariants(f).forEach(v -> probe.add("~" + v));
            });
            List<String> own = new ArrayList<>(probe);
            p.givens().forEach(g -> own.add("given|" + g));
            p.surnames().forEach(s -> own.add("surname|" + s));
            return new StoreKeys(own, probe, lone);
        }
    }

    /** The name with one letter dropped from one of its long words, for every such letter. */
    static List<String> spellingVariants(String foldedName) {
        List<String> out = new ArrayList<>();
        String[] words = foldedName.split(" ");
        for (int w = 0; w < words.length; w++) {
            if (words[w].length() < 5) {
                continue;
            }
            for (int i = 1; i < words[w].length(); i++) {
                String[] copy = words.clone();
                copy[w] = words[w].substring(0, i) + words[w].substring(i + 1);
                out.add(String.join(" ", copy));
            }
        }
        return out;
    }

    /**
     * A place or organisation name folded across scripts and case endings: words transliterated and folded as
     * names are, then a final vowel of a long word dropped ("рязани" / "ryazan" / "рязань" → "riazan").
     */
    static String crossScriptKey(String surface) {
        StringBuilder sb = new StringBuilder();
        for (String w : surface.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String f = NameForms.fold(w);
            if (f.length() >= 5 && "aeiouy".indexOf(f.charAt(f.length() - 1)) >= 0) {
                f = f.substring(0, f.length() - 1);
            }
            sb.append(sb.length() == 0 ? "" : " ").append(f);
        }
        return sb.toString();
    }

    /** Keys under which a place, organisation or other non-person entity is remembered: its folded surfaces. */
    static List<String> aliases(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        for (Span s : e.mentions()) {
            out.add(Surrogates.fold(s.text()));
        }
        return new ArrayList<>(out);
    }

    private String render(Span s, EntityPlan plan, Set<String> avoid, Where where) {
        Operator op = plan.operator;
        String text = s.text();
        String placeholder = plan.replacement == null ? null
                : Labels.render(plan.replacement, s.type(), where.language());
        // Java 17 has no pattern switch; the operator set is sealed, so this chain is exhaustive.
        if (op instanceof Operator.Keep) {
            return text;
        } else if (op instanceof Operator.Mark) {
            return "[[" + text + "|" + plan.label + "]]";
        } else if (op instanceof Operator.Redact r) {
            return Labels.redacted(r.marker(), where.language());
        } else if (op instanceof Operator.Placeholder) {
            return placeholder;
        } else if (op instanceof Operator.Generalise) {
            return Generaliser.generalise(s.type(), s.recognizer(), text, where.language(), where.before())
                    .orElse(placeholder);
        } else if (op instanceof Operator.Surrogate) {
            return surrogate(s, plan, avoid, where, placeholder);
        } else if (op instanceof Operator.Mask m) {
            return mask(text, m.keep(), m.with());
        } else if (op instanceof Operator.Hash) {
            return "[" + Labels.label(plan.label, s.type(), where.language()) + " " + HexFormat.of().formatHex(
                    Crypto.hmac(store.secret("hash"), s.type() + "|" + Surrogates.fold(plan.entity.canonical())), 0, 5)
                    + "]";
        }
        return "[ENC:" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                Crypto.seal(store.secret("encrypt"), text.getBytes(StandardCharsets.UTF_8), "veil-encrypt")) + "]";
    }

    private String surrogate(Span s, EntityPlan plan, Set<String> avoid, Where where, String placeholder) {
        Language language = where.language();
        if (s.type() == EntityType.DATETIME) {
            // A shifted date that lands on another date of the text would read as that date: coarsen it.
            return surrogates.shiftDate(s.text()).filter(d -> !avoid.contains(Surrogates.fold(d)))
                    .or(() -> surrogates.shiftDate(s.text()).flatMap(d -> Generaliser.generalise(s.type(),
                            s.recognizer(), d, language, where.before())))
                    .filter(d -> !avoid.contains(Surrogates.fold(d)))
                    .or(() -> Generaliser.generalise(s.type(), s.recognizer(), s.text(), language, where.before()))
                    .orElse(placeholder);
        }
        if (plan.replacement.startsWith("[")) {
            // No realistic stand-in exists for this kind: a coarser value reads better than a placeholder.
            return Generaliser.generalise(s.type(), s.recognizer(), s.text(), language, where.before())
                    .orElse(placeholder);
        }
        if (s.type() == EntityType.PERSON) {
            return surrogates.renderPerson(s.text(), plan.entity.canonical(), plan.replacement, language,
                    where.before());
        }
        if (s.type() == EntityType.LOCATION && !s.recognizer().equals("address")) {
            return Surrogates.renderPlace(s.text(), plan.replacement, language, where.before());
        }
        if (s.type() == EntityType.ORGANIZATION) {
            return Surrogates.renderOrganisation(plan.replacement, language, where.quoted());
        }
        if (s.type() == EntityType.LOCATION) {
            return Transliteration.into(plan.replacement, language);
        }
        return plan.replacement;
    }

    static String mask(String text, int keep, char with) {
        int alnum = (int) text.chars().filter(Character::isLetterOrDigit).count();
        StringBuilder sb = new StringBuilder(text.length());
        int seen = 0;
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                seen++;
                sb.append(seen > alnum - keep ? c : with);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
