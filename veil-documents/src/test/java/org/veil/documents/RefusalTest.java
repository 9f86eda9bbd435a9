package org.veil.documents;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.core.Publisher;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;
import org.veil.files.FileType;

class RefusalTest {
    private static final DocumentAnonymizer DOCUMENTS = DocxAnonymizeTest.DOCUMENTS;

    private static String refusal(byte[] doc, String name) {
        return assertThrows(DocumentRefused.class, () -> DocxAnonymizeTest.anonymize(doc, name)).getMessage();
    }

    private static Map<String, byte[]> members(byte[] zip) {
        return new LinkedHashMap<>(TestZip.unzip(zip));
    }

    private static byte[] rezip(Map<String, byte[]> members) {
        Map<String, String> text = new LinkedHashMap<>();
        members.forEach((k, v) -> text.put(k, new String(v, StandardCharsets.ISO_8859_1)));
        // ISO-8859-1 round-trips bytes; TestZip writes UTF-8, so only ASCII parts are used here.
        return TestZip.zip(text);
    }

    @Test
    void macroEnabledIsRefused() {
        Map<String, byte[]> m = members(DocxAnonymizeTest.statement());
        m.put("word/vbaProject.bin", "not really VBA".getBytes(StandardCharsets.US_ASCII));
        String why = refusal(rezip(m), "statement.docx");
        assertTrue(why.contains("macro"), why);
    }

    @Test
    void encryptedOfficeDocumentIsRefused() {
        byte[] ole = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        byte[] stream = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(stream, 0, ole, 512, stream.length);
        String why = refusal(ole, "secret.docx");
        assertTrue(why.contains("password"), why);
    }

    @Test
    void truncatedDocumentIsRefused() {
        byte[] whole = DocxAnonymizeTest.statement();
        String why = refusal(Arrays.copyOf(whole, whole.length * 2 / 3), "statement.docx");
        assertTrue(why.contains("truncated") || why.contains("corrupt") || why.contains("unknown"), why);
    }

    @Test
    void zipBombIsRefused() {
        Map<String, byte[]> m = members(DocxAnonymizeTest.statement());
        String doc = new String(m.get("word/document.xml"), StandardCharsets.UTF_8);
        m.put("word/document.xml", doc.replace("<w:body>", "<w:body><!--" + " ".repeat(8 << 20) + "-->")
                .getBytes(StandardCharsets.UTF_8));
        String why = refusal(rezip(m), "statement.docx");
        assertTrue(why.contains("zip bomb"), why);
    }

    @Test
    void aDoctypeIsRefused() {
        Map<String, byte[]> m = members(DocxAnonymizeTest.statement());
        String doc = new String(m.get("word/document.xml"), StandardCharsets.UTF_8);
        m.put("word/document.xml", doc.replace("<w:document", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document").getBytes(StandardCharsets.UTF_8));
        String why = refusal(rezip(m), "statement.docx");
        assertTrue(why.contains("DOCTYPE"), why);
    }

    /** A family that forgets to write one place back: the independent re-read must catch it and say where. */
    @Test
    void anOriginalLeftInTheOutputRefusesAndSaysWhere() {
        DocumentFormat forgetful = new DocumentFormat() {
            @Override
            public String name() {
                return "forgetful";
            }

            @Override
            public boolean handles(FileType type) {
                return type == FileType.TEXT;
            }

            @Override
            public ParsedDocument parse(byte[] content) {
                String text = new String(content, StandardCharsets.UTF_8);
                return new ParsedDocument() {
                    @Override
                    public String text() {
                        return text;
                    }

                    @Override
                    public byte[] rewrite(List<TextEdit> edits) {
                        return content; // writes nothing back
                    }
                };
            }

            @Override
            public String everyText(byte[] output) {
                return new String(output, StandardCharsets.UTF_8);
            }
        };
        DocumentAnonymizer documents = new DocumentAnonymizer(new DocumentFormats(List.of(forgetful)));
        byte[] text = "The statement was given by Marina Sokolova at home.\n".getBytes(StandardCharsets.UTF_8);
        Publisher publisher = new Publisher(DocxAnonymizeTest.ANALYZER, Policies.named("publish"));
        String why = assertThrows(DocumentRefused.class, () -> documents.anonymize(text, "a.txt", "en", publisher,
                new MemoryStore(), DocxAnonymizeTest.ANALYZER)).getMessage();
        assertTrue(why.contains("PERSON") && why.contains("the document") && why.contains("line 1"), why);
        assertTrue(!why.contains("Sokolova"), "the message never shows the original: " + why);
    }
}
