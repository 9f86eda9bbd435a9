package org.veil.core.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.Replacement;
import org.veil.core.model.Analysis;
import org.veil.core.model.IdentifierKind;
import org.veil.core.model.Span;

/**
 * What was replaced, what identifying detail remains, and how risky the result is. Never contains original
 * values: only types, labels and counts.
 *
 * @param residual   detections in the output text that are not Veil's own replacements, by label
 * @param redetected whether detection ran again on the output (skipped on long outputs, see {@code Publisher})
 * @param leaks      replaced originals still found in the output in some form, by entity type
 * @param candidates identifier-shaped strings the independent sweep found outside Veil's replacements, by kind
 */
public record RiskReport(String policy, Map<String, Integer> replaced, Map<String, Integer> generalised,
                         Map<String, Integer> keptQuasi, int keptDirect, Map<String, Integer> residual,
                         boolean redetected, Map<String, Integer> leaks, Map<String, Integer> candidates,
                         Level level, List<String> reasons) {

    public enum Level { LOW, MEDIUM, HIGH }

    /** Combinations that narrow a person down even without a name. */
    private static final List<Set<String>> TELLING_COMBINATIONS = List.of(
            Set.of("AGE", "MILITARY", "EMPLOYER"), Set.of("AGE", "UNIT"), Set.of("AGE", "OCCUPATION", "PLACE"),
            Set.of("FAMILY", "PLACE"), Set.of("HEALTH", "PLACE"), Set.of("NATIONALITY", "OCCUPATION", "PLACE"));

    /**
     * @param output the analysis of the anonymized text, used to verify that nothing identifying is left
     *               outside Veil's own replacements
     */
    public static RiskReport of(Anonymized anonymized, Analysis output) {
        return of(anonymized, output, Verifier.standard().verify(anonymized));
    }

    /**
     * @param output       the analysis of the anonymized text (the detector's second look), or null if skipped
     * @param verification the independent checks of the same text; only their counts enter the report
     */
    public static RiskReport of(Anonymized anonymized, Analysis output, Verification verification) {
        Map<String, Integer> replaced = new TreeMap<>();
        Map<String, Integer> generalised = new TreeMap<>();
        Map<String, Integer> keptQuasi = new TreeMap<>();
        int keptDirect = 0;
        for (Replacement r : anonymized.replacements()) {
            IdentifierKind kind = r.span().kind();
            if (kind == IdentifierKind.NONE) {
                continue;
            }
            boolean kept = !r.changed() || r.operator().equals("mark");
            if (kept && kind == IdentifierKind.DIRECT) {
                keptDirect++;
            } else if (kept) {
                keptQuasi.merge(r.label(), 1, Integer::sum);
            } else if (r.operator().equals("generalise") && !r.replacement().startsWith("[")) {
                generalised.merge(r.label(), 1, Integer::sum);
            } else {
                replaced.merge(r.span().type().name(), 1, Integer::sum);
            }
        }
        Map<String, Integer> residual = output == null ? Map.of() : residual(anonymized, output);
        List<String> reasons = new ArrayList<>();
        Level level = Level.LOW;
        if (keptDirect > 0) {
            reasons.add(keptDirect + " direct identifier(s) left as they were (policy '" + anonymized.policy() + "')");
            level = Level.HIGH;
        }
        if (!residual.isEmpty()) {
            reasons.add("detection on the output still finds " + residual + " outside Veil's replacements");
            level = Level.HIGH;
        }
        Map<String, Integer> leaks = verification.leakCounts();
        if (!leaks.isEmpty()) {
            reasons.add(verification.leaks().size() + " replaced value(s) still appear elsewhere in the output, "
                    + "in the same or another form: " + leaks);
            level = Level.HIGH;
        }
        Map<String, Integer> candidates = verification.candidateCounts();
        if (!candidates.isEmpty()) {
            reasons.add(verification.candidates().size() + " string(s) outside Veil's replacements look like they "
                    + "could identify (no detector judged them): " + candidates + "; check them before publishing");
            level = max(level, Level.MEDIUM);
        }
        Set<String> telling = new TreeSet<>(keptQuasi.keySet());
        telling.addAll(generalised.keySet());
        for (Set<String> combo : TELLING_COMBINATIONS) {
            if (telling.containsAll(combo)) {
                reasons.add("together " + combo + " can narrow a person down even with the name removed");
                level = max(level, keptQuasi.keySet().containsAll(combo) ? Level.HIGH : Level.MEDIUM);
            }
        }
        if (keptQuasi.size() >= 3) {
            reasons.add(keptQuasi.size() + " kinds of quasi-identifier kept: " + keptQuasi.keySet());
            level = max(level, Level.HIGH);
        } else if (!keptQuasi.isEmpty()) {
            reasons.add("quasi-identifiers kept: " + keptQuasi.keySet());
            level = max(level, Level.MEDIUM);
        }
        if (!generalised.isEmpty()) {
            reasons.add("generalised values still tell something: " + generalised.keySet());
            if (generalised.size() >= 3) {
                level = max(level, Level.MEDIUM);
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("every detected identifier was replaced, no replaced value is left elsewhere, and nothing"
                    + " that looks identifying remains");
        }
        return new RiskReport(anonymized.policy(), replaced, generalised, keptQuasi, keptDirect, residual,
                output != null, leaks,
                candidates, level, List.copyOf(reasons));
    }

    private static Level max(Level a, Level b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Maskable spans in the output that lie outside Veil's own replacements. A word the input already showed
     * unmasked ("IBAN" before a number) is not new: the model merely reads it differently in new context.
     * Linear in the text: replacements are searched by binary search, and the source is scanned once per
     * distinct token count of the spans, with hash look-ups.
     */
    static Map<String, Integer> residual(Anonymized anonymized, Analysis output) {
        Map<String, Integer> out = new TreeMap<>();
        for (Span s : residualSpans(anonymized, output)) {
            out.merge(s.type().name(), 1, Integer::sum);
        }
        return out;
    }

    /** The residual detections themselves, with their places in the output text (what {@code residual} counts). */
    public static List<Span> residualSpans(Anonymized anonymized, Analysis output) {
        List<Replacement> byOut = new ArrayList<>(anonymized.replacements());
        byOut.sort(Comparator.comparingInt(Replacement::outStart));
        List<Span> outside = new ArrayList<>();
        for (Span s : output.maskable()) {
            if (!overlapsAny(byOut, s.start(), s.end())) {
                outside.add(s);
            }
        }
        Set<String> visible = visibleWords(visibleSource(anonymized), outside);
        List<Span> out = new ArrayList<>();
        for (Span s : outside) {
            if (!visible.contains(core(s.text()))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether [start, end) overlaps a replacement; {@code byOut} is sorted by output start and disjoint. */
    private static boolean overlapsAny(List<Replacement> byOut, int start, int end) {
        int lo = 0;
        int hi = byOut.size() - 1;
        int last = -1; // the last replacement starting before end
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (byOut.get(mid).outStart() < end) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && byOut.get(last).outEnd() > start;
    }

    /** A span's text from its first to its last word character: what word-bounded matching compares. */
    private static String core(String text) {
        List<Tokens.Token> tokens = Tokens.of(text);
        if (tokens.isEmpty()) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        int from = tokens.get(0).start();
        return new String(cps, from, tokens.get(tokens.size() - 1).end() - from);
    }

    /** The span cores that occur in the visible source as whole words. */
    private static Set<String> visibleWords(String visible, List<Span> spans) {
        Map<Integer, Set<String>> byTokenCount = new HashMap<>();
        for (Span s : spans) {
            String core = core(s.text());
            byTokenCount.computeIfAbsent(Math.max(1, Tokens.of(core).size()), n -> new HashSet<>()).add(core);
        }
        int[] cps = visible.codePoints().toArray();
        List<Tokens.Token> tokens = Tokens.of(visible);
        Set<String> found = new HashSet<>();
        for (Map.Entry<Integer, Set<String>> e : byTokenCount.entrySet()) {
            int n = e.getKey();
            for (int i = 0; i + n <= tokens.size(); i++) {
                int from = tokens.get(i).start();
                String candidate = new String(cps, from, tokens.get(i + n - 1).end() - from);
                if (e.getValue().contains(candidate)) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    /** The source with every masked span blanked out: what a reader could already see. */
    private static String visibleSource(Anonymized a) {
        int[] cps = a.source().codePoints().toArray();
        for (Replacement r : a.replacements()) {
            if (r.changed()) {
                for (int i = r.span().start(); i < r.span().end(); i++) {
                    cps[i] = ' ';
                }
            }
        }
        return new String(cps, 0, cps.length);
    }

    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Residual risk: ").append(level).append("  (policy ").append(policy).append(")\n");
        sb.append("  replaced:    ").append(replaced.isEmpty() ? "nothing" : replaced).append('\n');
        sb.append("  generalised: ").append(generalised.isEmpty() ? "nothing" : generalised).append('\n');
        sb.append("  kept:        ").append(keptQuasi.isEmpty() && keptDirect == 0 ? "nothing"
                : keptQuasi + (keptDirect > 0 ? " and " + keptDirect + " direct" : "")).append('\n');
        sb.append("  re-detected: ").append(!redetected ? "skipped on this long output (the checks below ran)"
                : residual.isEmpty() ? "detection on the output finds nothing new"
                : "detection on the output finds " + residual).append('\n');
        sb.append("  leaks:       ").append(leaks.isEmpty() ? "no replaced value is left elsewhere in the output"
                : "replaced values still in the output " + leaks).append('\n');
        sb.append("  to check:    ").append(candidates.isEmpty() ? "nothing that looks identifying remains"
                : "strings that look identifying " + candidates).append('\n');
        sb.append("Why:\n");
        reasons.forEach(r -> sb.append("  - ").append(r).append('\n'));
        return sb.toString();
    }
}
