package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.veil.core.Analyzer;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.recognize.RecognizerRegistry;

/** The streamed JSON of {@code text detect} is, character for character, what the object mapper printed. */
class AnalysisJsonTest {
    @Test
    void streamedJsonIsTheMappersPrettyPrint() throws Exception {
        String text = "On 3 March 2011 \"Mr\" Galip Yalman\t(29) called +44 20 7946 0958 from Kayseri.\n"
                + "Иван Петров, 29 лет, уехал 12 мая 2015 года; email maria.kowalska@example.org, 😀 €4,000.";
        Analysis analysis = new Analyzer(RecognizerRegistry.withoutTaggers())
                .analyze(new Document("a \"quoted\" name.txt", text, "en"));
        assertTrue(analysis.spans().size() >= 5, "the text gives spans to print: " + analysis.spans());
        String mapper = new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(AnalysisJson.tree(analysis)) + System.lineSeparator();
        assertEquals(mapper, AnalysisJson.write(analysis));
    }

    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        assertEquals(java.util.Set.of("text"), Main.commandLine(new String[] {"text", "detect", "x"})
                .getSubcommands().keySet());
        assertTrue(Main.commandLine(new String[] {"--help"}).getSubcommands().keySet()
                .containsAll(java.util.List.of("text", "scrub", "faces", "vault", "review", "bench", "demo")));
    }
}
