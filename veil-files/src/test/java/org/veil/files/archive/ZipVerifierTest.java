package org.veil.files.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.RefusedException;
import org.veil.files.markup.TestPipeline;

class ZipVerifierTest {
    private final ZipVerifier verifier = new ZipVerifier();

    private List<String> residue(byte[] zip) throws RefusedException {
        return verifier.residue(zip, FileType.ZIP, TestPipeline.context());
    }

    private static byte[] normalised() {
        return ZipWriter.write(List.of(new ZipMember("dir/", new byte[0]), new ZipMember("dir/a.txt",
                "text".repeat(50).getBytes()), new ZipMember("mimetype", "text/plain".getBytes())));
    }

    @Test
    void zipWriterOutputIsClean() throws Exception {
        assertEquals(List.of(), residue(normalised()));
    }

    @Test
    void anOrdinaryZipShowsItsTimesExtraFieldsAndComments() throws Exception {
        java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("b.txt");
        e.setComment("entry comment");
        byte[] zip = TestZips.create().add("a.txt", "x").add(e, "y".getBytes()).comment("archive comment").build();
        String all = String.join("\n", residue(zip));
        assertTrue(all.contains("archive comment"), all);
        assertTrue(all.contains("'a.txt': timestamp 2023-04-05"), all);
        assertTrue(all.contains("'a.txt': extra fields"), all);
        assertTrue(all.contains("'b.txt': comment"), all);
    }

    @Test
    void unixOwnersAndPermissionsAreResidue() throws Exception {
        String all = String.join("\n", residue(TestZips.unixMode(normalised(), 1, 0100600)));
        assertTrue(all.contains("made by host system 3"), all);
        assertTrue(all.contains("file attributes"), all);
    }

    @Test
    void bytesOutsideTheRecordsAreResidue() throws Exception {
        byte[] zip = normalised();
        byte[] trailing = Arrays.copyOf(zip, zip.length + 12);
        System.arraycopy("HIDDEN-BYTES".getBytes(), 0, trailing, zip.length, 12);
        assertTrue(String.join("\n", residue(trailing)).contains("after the end"));
        byte[] flagged = TestZips.centralShort(zip, 1, 8, 0x0808 | 0x0002);
        assertTrue(String.join("\n", residue(flagged)).contains("unexpected flags"));
    }

    @Test
    void aTruncatedArchiveCannotBeVerified() {
        byte[] zip = normalised();
        assertThrows(RefusedException.class, () -> residue(Arrays.copyOf(zip, zip.length - 5)));
        assertThrows(RefusedException.class, () -> residue(Arrays.copyOf(zip, 40)));
    }
}
