package org.veil.core.anonymize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.veil.core.model.Analysis;
import org.veil.core.model.IdentifierKind;
import org.veil.core.model.Span;

/**
 * What was replaced, what identifying detail remains, and how risky the result is. Never contains original
 * values: only types, labels and counts.
 *
 * @param residual detections in the output text that are not Veil's own replacements, by label
 */
public record RiskReport(String policy, Map<String, Integer> replaced, Map<String, Integer> generalised,
                         Map<String, Integer> keptQuasi, int keptDirect, Map<String, Integer> residual,
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
        Map<String, Integer> residual = residual(anonymized, output);
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
            reasons.add("every detected identifier was replaced and detection on the output finds nothing new");
        }
        return new RiskReport(anonymized.policy(), replaced, generalised, keptQuasi, keptDirect, residual, level,
                List.copyOf(reasons));
    }

    private static Level max(Level a, Level b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Maskable spans in the output that lie outside Veil's own replacements. A word the input already showed
     * unmasked ("IBAN" before a number) is not new: the model merely reads it differently in new context.
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
        List<Span> out = new ArrayList<>();
        List<Replacement> rs = anonymized.replacements();
        String visibleBefore = visibleSource(anonymized);
        for (Span s : output.maskable()) {
            if (containsWord(visibleBefore, s.text())) {
                continue;
            }
            boolean ours = rs.stream().anyMatch(r -> r.changed() && s.start() < r.outEnd() && r.outStart() < s.end());
            boolean keptOnPurpose = rs.stream().anyMatch(r -> !r.changed() && s.start() < r.outEnd()
                    && r.outStart() < s.end());
            if (!ours && !keptOnPurpose) {
                out.add(s);
            }
        }
        return out;
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

    private static boolean containsWord(String haystack, String needle) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(needle)
                + "(?![\\p{L}\\p{N}])").matcher(haystack).find();
    }

    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Residual risk: ").append(level).append("  (policy ").append(policy).append(")\n");
        sb.append("  replaced:    ").append(replaced.isEmpty() ? "nothing" : replaced).append('\n');
        sb.append("  generalised: ").append(generalised.isEmpty() ? "nothing" : generalised).append('\n');
        sb.append("  kept:        ").append(keptQuasi.isEmpty() && keptDirect == 0 ? "nothing"
                : keptQuasi + (keptDirect > 0 ? " and " + keptDirect + " direct" : "")).append('\n');
        sb.append("  verified:    ").append(residual.isEmpty() ? "detection on the output finds nothing new"
                : "detection on the output finds " + residual).append('\n');
        sb.append("Why:\n");
        reasons.forEach(r -> sb.append("  - ").append(r).append('\n'));
        return sb.toString();
    }
}
