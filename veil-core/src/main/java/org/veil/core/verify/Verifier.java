package org.veil.core.verify;

import java.util.List;
import org.veil.core.anonymize.Anonymized;

/**
 * Checks an anonymized text without trusting the detector that produced it: the {@link LeakCheck} looks for
 * the replaced originals in any recognisable form, the {@link CandidateSweep} for identifier-shaped strings.
 * Both are linear in the text. The word lists load once and are shared; instances are thread-safe.
 */
public final class Verifier {
    private final LeakCheck leakCheck;
    private final CandidateSweep sweep;

    private Verifier(OrdinaryWords ordinary, PublicWords publics) {
        this.leakCheck = new LeakCheck(ordinary, publics);
        this.sweep = new CandidateSweep(ordinary, publics);
    }

    private static final class Standard {
        static final Verifier INSTANCE = new Verifier(OrdinaryWords.load(), PublicWords.load());
    }

    /** The verifier with Veil's bundled word lists. */
    public static Verifier standard() {
        return Standard.INSTANCE;
    }

    /** Only the leak check: the replaced originals still recognisable in the text, without the sweep. */
    public List<Leak> leaks(Anonymized anonymized) {
        return leakCheck.find(anonymized, new OutputText(anonymized));
    }

    public Verification verify(Anonymized anonymized) {
        OutputText out = new OutputText(anonymized);
        return new Verification(leakCheck.find(anonymized, out), sweep.find(out));
    }
}
