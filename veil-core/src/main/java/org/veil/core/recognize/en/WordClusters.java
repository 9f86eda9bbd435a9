package org.veil.core.recognize.en;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Distributional word clusters ("Smith" and "Jones" share one, "Tuesday" and "Friday" another), so the tagger
 * generalises to words it never saw in training. The map is the distsim lexicon embedded in Stanford's English
 * CRF model (GPL v3+, like the model Veil ships), read out for a vocabulary by {@code veil train en-ner}:
 * each line "word cluster", lower case.
 */
public final class WordClusters {
    public static final String RESOURCE = "/org/veil/core/en/word-clusters.txt.gz";
    private static final String NONE = "-";
    private static volatile WordClusters bundled;

    private final Map<String, String> clusters;

    public WordClusters(Map<String, String> clusters) {
        // One String instance per cluster, so the map holds a few hundred values, not one per word.
        Map<String, String> canonical = new HashMap<>();
        this.clusters = new HashMap<>(clusters.size() * 2);
        clusters.forEach((w, c) -> this.clusters.put(w, canonical.computeIfAbsent(c, k -> k)));
    }

    /** The bundled map; empty when the build has none. */
    public static WordClusters bundled() {
        if (bundled == null) {
            synchronized (WordClusters.class) {
                if (bundled == null) {
                    bundled = read();
                }
            }
        }
        return bundled;
    }

    private static WordClusters read() {
        Map<String, String> map = new HashMap<>();
        try (InputStream raw = WordClusters.class.getResourceAsStream(RESOURCE)) {
            if (raw != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                        StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    int space = line.indexOf(' ');
                    if (space > 0) {
                        map.put(line.substring(0, space), line.substring(space + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word clusters " + RESOURCE, e);
        }
        return new WordClusters(map);
    }

    /** Writes the map in the bundled format (sorted, one "word cluster" line each). */
    public void write(java.io.OutputStream out) throws IOException {
        java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(clusters).entrySet()) {
            w.write(e.getKey() + " " + e.getValue() + "\n");
        }
        w.flush();
    }

    /** The cluster of a lower-case word, or "-" when it has none. */
    public String of(String lower) {
        return clusters.getOrDefault(lower, NONE);
    }

    public int size() {
        return clusters.size();
    }
}
