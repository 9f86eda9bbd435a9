package org.veil.core.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads factRuEval-2016 folders: NAME.txt, NAME.spans (id type start length …), NAME.objects (id type
 * span-ids # comment) and NAME.coref (group id and object ids, then attribute lines, groups separated by
 * blank lines). Person → PER; Location and LocOrg → LOC; Org → ORG.
 */
public final class FactRuCorpus {
    private FactRuCorpus() {
    }

    public static List<FactRuDocument> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a factRuEval folder");
        }
        List<FactRuDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(readOne(txt));
            }
        }
        if (docs.isEmpty()) {
            throw new IOException(dir + " holds no factRuEval documents (*.txt with .spans and .objects)");
        }
        return docs;
    }

    private static FactRuDocument readOne(Path txt) throws IOException {
        String base = txt.toString().substring(0, txt.toString().length() - 4);
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Map<Integer, int[]> spans = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(base + ".spans"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\\s+");
            if (f.length >= 4 && !line.isBlank()) {
                int start = Integer.parseInt(f[2]);
                spans.put(Integer.parseInt(f[0]), new int[] {start, start + Integer.parseInt(f[3])});
            }
        }
        List<FactRuDocument.Mention> mentions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(base + ".objects"), StandardCharsets.UTF_8)) {
            String body = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            String[] f = body.trim().split("\\s+");
            if (f.length < 3) {
                continue;
            }
            String type = switch (f[1]) {
                case "Person" -> "PER";
                case "Location", "LocOrg" -> "LOC";
                case "Org" -> "ORG";
                default -> null;
            };
            if (type == null) {
                continue;
            }
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (int k = 2; k < f.length; k++) {
                int[] s = spans.get(Integer.parseInt(f[k]));
                if (s != null) {
                    start = Math.min(start, s[0]);
                    end = Math.max(end, s[1]);
                }
            }
            if (end > start) {
                mentions.add(new FactRuDocument.Mention(Integer.parseInt(f[0]), type, start, end));
            }
        }
        List<List<Integer>> entities = new ArrayList<>();
        Path coref = Path.of(base + ".coref");
        if (Files.exists(coref)) {
            boolean header = true;
            for (String line : Files.readAllLines(coref, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    header = true;
                    continue;
                }
                if (header) {
                    String[] f = line.trim().split("\\s+");
                    List<Integer> objects = new ArrayList<>();
                    for (int k = 1; k < f.length; k++) {
                        objects.add(Integer.parseInt(f[k]));
                    }
                    entities.add(objects);
                    header = false;
                }
            }
        }
        String id = txt.getFileName().toString().replace(".txt", "");
        return new FactRuDocument(id, text, mentions, entities);
    }
}
