package org.veil.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.veil.core.Analyzer;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.recognize.RecognizerRegistry;

/**
 * What {@code veil text detect FILE} does (read, analyse, print the JSON), with the pipeline's statistical
 * taggers left out: {@code veil bench text} runs it in a fresh JVM under {@code -Xmx1g} to measure the
 * peak heap of the rest of the pipeline on a 20 MB input in minutes, where the taggers take most of an hour.
 * Not a user command.
 */
final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        String text = Inputs.read(args[0]);
        Analyzer analyzer = new Analyzer(RecognizerRegistry.withoutTaggers());
        Analysis analysis = analyzer.analyze(new Document(args[0], text, Inputs.language("auto", text)));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        AnalysisJson.write(analysis, out);
        out.flush();
    }
}
