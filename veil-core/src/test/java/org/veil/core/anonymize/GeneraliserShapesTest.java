package org.veil.core.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veil.core.model.EntityType;

class GeneraliserShapesTest {
    @Test
    void bareAgesBecomeRanges() {
        assertEquals(Optional.of("20–29"), Generaliser.generalise(EntityType.DEMOGRAPHIC, "age", "29"));
        assertEquals(Optional.of("under 18"), Generaliser.generalise(EntityType.DEMOGRAPHIC, "age", "16"));
    }

    @Test
    void birthYearsKeepTheirWords() {
        assertEquals(Optional.of("the 1990s"), Generaliser.generalise(EntityType.DATETIME, "birth-year", "1995"));
        assertEquals(Optional.of("1990–1999 года рождения"),
                Generaliser.generalise(EntityType.DATETIME, "birth-year", "1995 года рождения"));
        assertEquals(Optional.of("1960s–2020s"), Generaliser.generalise(EntityType.DATETIME, "birth-year", "1962–2020"));
    }

    @Test
    void heightsAndWeightsToTheNearestTen() {
        assertEquals(Optional.of("180–190 cm"), Generaliser.generalise(EntityType.QUANTITY, "height", "185 cm"));
        assertEquals(Optional.of("1.8–1.9 m"), Generaliser.generalise(EntityType.QUANTITY, "height", "1.85 m"));
        assertEquals(Optional.of("1,8–1,9 м"), Generaliser.generalise(EntityType.QUANTITY, "height", "1,85 м"));
        assertEquals(Optional.of("80–90 kg"), Generaliser.generalise(EntityType.QUANTITY, "weight", "83 kg"));
        assertEquals(Optional.of("$1,000–10,000 a month"),
                Generaliser.generalise(EntityType.QUANTITY, "salary", "$1,200 a month"));
    }
}
