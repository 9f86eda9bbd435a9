package org.veil.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Folding reads hypocorisms from the one table GivenNames uses, so both agree on who a name is. */
class NameFormsTest {
    @Test
    void hypocorismsFoldToTheFullName() {
        assertEquals(NameForms.fold("Дмитрий"), NameForms.fold("Дима"));
        assertEquals(NameForms.fold("Павел"), NameForms.fold("Паша"));
        assertEquals(NameForms.fold("Алексей"), NameForms.fold("Леша"));
        assertEquals(NameForms.fold("Алексей"), NameForms.fold("Лёша"));
        // Spellings transliteration alone does not reach come from the same table.
        assertEquals(NameForms.fold("Александр"), NameForms.fold("Oleksandr"));
    }

    @Test
    void everyUnambiguousVariantOfTheTableFolds() {
        for (GivenNames.Entry entry : GivenNames.table()) {
            for (String variant : entry.variants()) {
                if (GivenNames.of(variant).size() == 1) {
                    assertEquals(NameForms.fold(entry.fullName()), NameForms.fold(variant), variant);
                }
            }
        }
    }

    @Test
    void aFormOfSeveralNamesIsNotGuessed() {
        assertNotEquals(NameForms.fold("Вячеслав"), NameForms.fold("Слава"));
        assertNotEquals(NameForms.fold("Владислав"), NameForms.fold("Слава"));
    }
}
