package org.veil.core.recognize.quasi;

import java.util.List;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Recognizer;

/** Every quasi-identifier recognizer: lexicons (bundled under org/veil/core/lexicon) and phrase patterns. */
public final class QuasiRecognizers {
    private QuasiRecognizers() {
    }

    private static Recognizer lexicon(String category, boolean plurals, EntityType type, double confidence) {
        return new LexiconRecognizer(category, Lexicon.resource(category + ".txt", plurals), type,
                IdentifierKind.QUASI, confidence);
    }

    public static List<Recognizer> all() {
        return List.of(
                lexicon("occupations", true, EntityType.DEMOGRAPHIC, 0.7),
                lexicon("nationalities", false, EntityType.DEMOGRAPHIC, 0.75),
                lexicon("religions", false, EntityType.DEMOGRAPHIC, 0.75),
                lexicon("health", false, EntityType.DEMOGRAPHIC, 0.7),
                lexicon("politics", true, EntityType.DEMOGRAPHIC, 0.7),
                lexicon("education", false, EntityType.DEMOGRAPHIC, 0.6),
                lexicon("military", true, EntityType.MILITARY, 0.75),
                new LexiconRecognizer("cities", Lexicon.resource("cities.txt", false), EntityType.LOCATION,
                        IdentifierKind.QUASI, 0.7),
                QuasiPatterns.age(), QuasiPatterns.jobAs(), QuasiPatterns.roleAsJob(), QuasiPatterns.placeOfLiving(),
                QuasiPatterns.family(), QuasiPatterns.militaryUnit(), QuasiPatterns.employer(),
                QuasiPatterns.quantity(), AgePatterns.apposition(), AgePatterns.copula(), AgePatterns.birthYear(),
                MeasurePatterns.salary(), MeasurePatterns.height(), MeasurePatterns.weight(),
                MeasurePatterns.russianQuantity(), BodyMarks.english(), SchoolClass.create());
    }
}
