package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnonymizeCliTest {
    @TempDir
    Path dir;

    @Test
    void writesOutputAndJsonReportAndKeepsTheOriginal() throws Exception {
        String text = "Dmitri Sokolov, aged 27, lives in Kazan.\r\nCall +7 912 345-67-89.\r\n";
        Path in = Files.writeString(dir.resolve("in.txt"), text);
        Path out = dir.resolve("out.txt");
        Path report = dir.resolve("report.json");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", out.toString(), "--report",
                report.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(text, Files.readString(in), "the original is untouched");
        String result = Files.readString(out);
        assertTrue(result.startsWith("[PERSON A], aged between 20 and 29, lives in [PLACE 1].\r\nCall [PHONE 1].\r\n"),
                result);
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals("publish", json.get("policy").asText());
        assertTrue(json.get("replaced").has("PERSON"), json.toString());
        assertFalse(json.toString().contains("Sokolov"), "the report never repeats originals");
        assertEquals(0, json.get("residual").size());
    }

    @Test
    void aByteOrderMarkIsKeptInTheOutput() throws Exception {
        byte[] body = "Dmitri Sokolov lives in Kazan.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path in = Files.write(dir.resolve("bom.txt"), withBom);
        Path out = dir.resolve("bom.out.txt");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        byte[] written = Files.readAllBytes(out);
        assertEquals((byte) 0xEF, written[0]);
        assertEquals((byte) 0xBB, written[1]);
        assertEquals((byte) 0xBF, written[2]);
        assertEquals("[PERSON A] lives in [PLACE 1].\n", new String(written, 3, written.length - 3,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void listsWhatToCheckOnTheTerminalButNotInTheReport() throws Exception {
        String text = "Dmitri Sokolov called.\nThe old flat had 12 windows, he said.\n";
        Path in = Files.writeString(dir.resolve("in.txt"), text);
        Path report = dir.resolve("report.txt");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Check these before publishing:"), r.err());
        assertTrue(r.err().contains("2:18  NUMBER") && r.err().contains(">12<"), r.err());
        String written = Files.readString(report);
        assertTrue(written.contains("to check:") && written.contains("NUMBER=1"), written);
        assertFalse(written.contains("12 windows") || written.contains("Sokolov"), written);
        assertFalse(written.contains("Residual risk: LOW"), written);
    }

    @Test
    void badPolicyIsAClearErrorAndWritesNothing() throws Exception {
        Path in = Files.writeString(dir.resolve("in.txt"), "Anna Smith");
        Path policy = Files.writeString(dir.resolve("p.yaml"), "rules:\n  PERSON: shred\n");
        Path out = dir.resolve("out.txt");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "--policy", policy.toString(), "-o",
                out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("line 2") && r.err().contains("unknown operator 'shred'"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void reviewMarksWithoutReplacing() throws Exception {
        Path in = Files.writeString(dir.resolve("in.txt"), "Anna Smith called.");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "--policy", "review");
        assertEquals(0, r.code(), r.err());
        assertEquals("[[Anna Smith|PERSON]] called.", r.out());
        assertTrue(r.err().contains("Residual risk: HIGH"), r.err());
    }

    @Test
    void vaultWithoutPassphraseIsAClearError() throws Exception {
        Path in = Files.writeString(dir.resolve("in.txt"), "Anna Smith called.");
        // Tests run without VEIL_PASSPHRASE and without a console.
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "--vault", dir.resolve("v.db").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("VEIL_PASSPHRASE") || r.err().contains("no vault"), r.err());
    }
}
