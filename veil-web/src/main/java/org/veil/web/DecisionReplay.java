package org.veil.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.veil.core.model.Analysis;
import org.veil.core.model.CodePointIndex;
import org.veil.core.model.Entity;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.model.Span;

/**
 * Applies the reviewer's terms and decisions, in order, to what the analyzer found, giving the {@link Analysis}
 * that goes to the anonymizer. Decisions that no longer apply (a mention already rejected) do nothing.
 * Entities the reviewer creates get ids of their own: T (a remembered term), A (added), S (split off).
 */
final class DecisionReplay {
    static final String RECOGNIZER = "review";

    private final Analysis analyzed;
    private final String text;
    private final CodePointIndex index;
    /** Non-overlapping spans by start (code points). */
    private final TreeMap<Integer, Span> spans = new TreeMap<>();
    private final Map<String, EntityType> typeOf = new HashMap<>();
    private final Map<String, IdentifierKind> kindOf = new HashMap<>();
    private final Map<String, IdentifierKind> detectedKind = new HashMap<>();
    private final Set<String> retyped = new HashSet<>();
    private final Set<String> accepted = new HashSet<>();
    private final Map<Character, Integer> counters = new HashMap<>();

    private DecisionReplay(Analysis analyzed) {
        this.analyzed = analyzed;
        this.text = analyzed.document().text();
        this.index = new CodePointIndex(text);
        for (Entity e : analyzed.entities()) {
            typeOf.put(e.id(), e.type());
            kindOf.put(e.id(), e.kind());
            detectedKind.put(e.id(), e.kind());
        }
        analyzed.spans().forEach(s -> spans.put(s.start(), s));
    }

    static Reviewed replay(Analysis analyzed, Terms terms, List<Decision> decisions) {
        DecisionReplay r = new DecisionReplay(analyzed);
        r.spans.values().removeIf(s -> terms.allows(s.text()));
        for (Terms.Denied d : terms.deny()) {
            r.addOccurrences(d.text(), null, d.type(), r.newId('T'));
        }
        decisions.forEach(r::apply);
        return new Reviewed(r.result(), r.accepted);
    }

    private void apply(Decision d) {
        // Java 17 has no pattern switch; Decision is sealed, so this chain is exhaustive.
        if (d instanceof Decision.Accept a) {
            if (spanAt(a.start(), a.end()) != null) {
                accepted.add(Reviewed.key(a.start(), a.end()));
            }
        } else if (d instanceof Decision.Reject r) {
            Span s = spanAt(r.start(), r.end());
            if (s != null) {
                spans.remove(s.start());
                accepted.remove(Reviewed.key(r.start(), r.end()));
            }
        } else if (d instanceof Decision.Mask m) {
            if (typeOf.containsKey(m.entity())) {
                IdentifierKind detected = detectedKind.getOrDefault(m.entity(), IdentifierKind.NONE);
                kindOf.put(m.entity(), detected.masked() ? detected : defaultKind(typeOf.get(m.entity())));
            }
        } else if (d instanceof Decision.Keep k) {
            kindOf.computeIfPresent(k.entity(), (id, kind) -> IdentifierKind.NONE);
        } else if (d instanceof Decision.Retype t) {
            if (typeOf.containsKey(t.entity())) {
                typeOf.put(t.entity(), t.type());
                retyped.add(t.entity());
            }
        } else if (d instanceof Decision.Merge m) {
            merge(m.from(), m.into());
        } else if (d instanceof Decision.Split s) {
            split(s.start(), s.end());
        } else if (d instanceof Decision.Add a) {
            add(a.start(), a.end(), a.type());
        }
    }

    private Span spanAt(int start, int end) {
        Span s = spans.get(start);
        return s != null && s.end() == end ? s : null;
    }

    private String newId(char prefix) {
        return prefix + Integer.toString(counters.merge(prefix, 1, Integer::sum));
    }

    private void merge(String from, String into) {
        if (from.equals(into) || !typeOf.containsKey(from) || !typeOf.containsKey(into)) {
            return;
        }
        reassign(from, into);
        kindOf.put(into, stronger(kindOf.get(from), kindOf.get(into)));
        typeOf.remove(from);
        kindOf.remove(from);
    }

    private void split(int start, int end) {
        Span s = spanAt(start, end);
        if (s == null) {
            return;
        }
        String id = newId('S');
        typeOf.put(id, typeOf.get(s.entityId()));
        kindOf.put(id, kindOf.get(s.entityId()));
        detectedKind.put(id, detectedKind.getOrDefault(s.entityId(), kindOf.get(s.entityId())));
        if (retyped.contains(s.entityId())) {
            retyped.add(id);
        }
        spans.put(start, withEntity(s, id));
    }

    private void add(int start, int end, EntityType type) {
        int cps = text.codePointCount(0, text.length());
        if (start < 0 || end > cps || start >= end) {
            return;
        }
        int[] sel = snap(text, index.toChar(start), index.toChar(end));
        if (sel[0] == sel[1]) {
            return;
        }
        addOccurrences(text.substring(sel[0], sel[1]), sel, type, newId('A'));
    }

    /** A sloppy selection (UTF-16 bounds) snapped to whole words, without surrounding space. */
    static int[] snap(String text, int cs, int ce) {
        while (cs > 0 && cs < text.length() && Character.isLetterOrDigit(text.charAt(cs - 1))
                && Character.isLetterOrDigit(text.charAt(cs))) {
            cs--;
        }
        while (ce < text.length() && ce > 0 && Character.isLetterOrDigit(text.charAt(ce))
                && Character.isLetterOrDigit(text.charAt(ce - 1))) {
            ce++;
        }
        while (cs < ce && Character.isWhitespace(text.charAt(cs))) {
            cs++;
        }
        while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
            ce--;
        }
        return new int[] {cs, ce};
    }

    /**
     * Marks the selection (if any: it always wins over what was there) and every other occurrence, variant
     * and inflection of the phrase. Elsewhere a detection is replaced only if the occurrence covers it (a bare
     * "Smith" inside an added "John Smith"); a longer detection around it stays.
     */
    private void addOccurrences(String phrase, int[] selection, EntityType type, String id) {
        List<int[]> hits = new ArrayList<>();
        if (selection != null) {
            hits.add(selection);
        }
        hits.addAll(OccurrenceFinder.find(text, phrase, type));
        boolean any = false;
        for (int[] h : hits) {
            int s = index.toCodePoint(h[0]);
            int e = index.toCodePoint(h[1]);
            boolean chosen = h == selection;
            List<Span> overlapping = overlapping(s, e);
            if (!chosen && overlapping.stream().anyMatch(o -> o.start() < s || o.end() > e
                    || o.entityId().equals(id))) {
                continue;
            }
            overlapping.forEach(o -> spans.remove(o.start()));
            spans.put(s, new Span(s, e, text.substring(h[0], h[1]), type, defaultKind(type), 1.0, RECOGNIZER, id));
            any = true;
        }
        if (any) {
            typeOf.put(id, type);
            kindOf.put(id, defaultKind(type));
            detectedKind.put(id, defaultKind(type));
        }
    }

    private List<Span> overlapping(int start, int end) {
        List<Span> out = new ArrayList<>();
        Map.Entry<Integer, Span> before = spans.lowerEntry(start);
        if (before != null && before.getValue().end() > start) {
            out.add(before.getValue());
        }
        out.addAll(spans.subMap(start, true, end, false).values());
        return out;
    }

    private void reassign(String from, String into) {
        for (Map.Entry<Integer, Span> en : spans.entrySet()) {
            if (en.getValue().entityId().equals(from)) {
                en.setValue(withEntity(en.getValue(), into));
            }
        }
    }

    private static Span withEntity(Span s, String id) {
        return new Span(s.start(), s.end(), s.text(), s.type(), s.kind(), s.confidence(), s.recognizer(), id);
    }

    static IdentifierKind defaultKind(EntityType type) {
        return type == EntityType.PERSON || type == EntityType.CONTACT || type == EntityType.CODE
                ? IdentifierKind.DIRECT : IdentifierKind.QUASI;
    }

    /** Masking wins when two entities become one: fail closed. */
    private static IdentifierKind stronger(IdentifierKind a, IdentifierKind b) {
        if (a == IdentifierKind.DIRECT || b == IdentifierKind.DIRECT) {
            return IdentifierKind.DIRECT;
        }
        return a == IdentifierKind.QUASI || b == IdentifierKind.QUASI ? IdentifierKind.QUASI : IdentifierKind.NONE;
    }

    /** Every span takes its entity's type and kind; entities are listed in order of first mention. */
    private Analysis result() {
        List<Span> out = new ArrayList<>();
        Map<String, List<Span>> byEntity = new LinkedHashMap<>();
        for (Span s : spans.values()) {
            String id = s.entityId();
            String recognizer = retyped.contains(id) ? RECOGNIZER : s.recognizer();
            Span t = new Span(s.start(), s.end(), s.text(), typeOf.get(id), kindOf.get(id), s.confidence(),
                    recognizer, id);
            out.add(t);
            byEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(t);
        }
        List<Entity> entities = new ArrayList<>();
        byEntity.forEach((id, ms) -> {
            String canonical = ms.stream().map(Span::text).max((a, b) -> Integer.compare(a.length(), b.length()))
                    .orElseThrow();
            entities.add(new Entity(id, typeOf.get(id), kindOf.get(id), canonical, ms));
        });
        return new Analysis(analyzed.document(), out, entities);
    }
}
