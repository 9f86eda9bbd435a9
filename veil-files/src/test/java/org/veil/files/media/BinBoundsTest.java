package org.veil.files.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.veil.files.RefusedException;

/** Every media field read is bounds-checked: a field past the end is a refusal, never an index exception. */
class BinBoundsTest {
    private final byte[] three = {1, 2, 3};

    @Test
    void readsInsideTheDataWork() throws RefusedException {
        assertEquals(0x010203, Bin.u24be(three, 0));
        assertEquals(3, Bin.u8(three, 2));
        assertEquals("\u0001\u0002", Bin.latin1(three, 0, 2));
    }

    @Test
    void readsPastEitherEndAreRefusals() {
        assertThrows(RefusedException.class, () -> Bin.u8(three, 3));
        assertThrows(RefusedException.class, () -> Bin.u8(three, -1));
        assertThrows(RefusedException.class, () -> Bin.u16be(three, 2));
        assertThrows(RefusedException.class, () -> Bin.u32be(three, 0));
        assertThrows(RefusedException.class, () -> Bin.u32le(three, 0));
        assertThrows(RefusedException.class, () -> Bin.u64be(three, 0));
        assertThrows(RefusedException.class, () -> Bin.syncsafe(three, 0));
        assertThrows(RefusedException.class, () -> Bin.fourCc(three, 0));
        assertThrows(RefusedException.class, () -> Bin.latin1(three, 1, 5));
        assertThrows(RefusedException.class, () -> Bin.utf8(three, 0, -1));
    }
}
