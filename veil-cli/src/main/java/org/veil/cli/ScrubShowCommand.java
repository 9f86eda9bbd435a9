package org.veil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.veil.files.CleanOptions;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.Scrubber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veil scrub show}: the metadata each file carries, grouped, with why each group matters. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "List the metadata found in files, grouped, with why each group matters. Writes nothing.")
final class ScrubShowCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*")
    List<Path> inputs;

    @Option(names = "--json", description = "print one JSON array: per file its type and metadata items, or why it "
            + "was refused")
    boolean json;

    @Override
    public Integer call() {
        Scrubber scrubber = Scrubber.standard(CleanOptions.defaults());
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode document = json ? MAPPER.createArrayNode() : null;
        int refused = 0;
        for (OutputTargets.Target t : new OutputTargets(".clean", null, true).expand(inputs)) {
            try {
                if (t.problem() != null) {
                    throw new RefusedException(t.problem());
                }
                Scrubber.Inspection found = scrubber.inspect(t.input());
                if (document != null) {
                    add(document.addObject().put("input", t.input().toString()).put("type", found.type().name()),
                            found.items());
                    continue;
                }
                int n = found.items().size();
                out.printf("%s (%s): %s%n", Names.shown(t.input()), found.type(),
                        n == 0 ? "no metadata found" : n + " field" + (n == 1 ? "" : "s"));
                print(out, found.items());
            } catch (RefusedException e) {
                refused++;
                if (document != null) {
                    document.addObject().put("input", t.input().toString()).put("status", "refused")
                            .put("reason", e.getMessage());
                    continue;
                }
                out.printf("%s: refused: %s%n", Names.shown(t.input()), Names.shown(e.getMessage()));
            }
        }
        if (document != null) {
            out.print(ScrubReport.pretty(document));
        }
        out.flush();
        return refused == 0 ? 0 : ScrubCommand.SOME_REFUSED;
    }

    /** Every item as found, values whole: JSON escapes what the file holds, so nothing is shortened or merged. */
    private static void add(ObjectNode file, List<MetadataItem> items) {
        ArrayNode list = file.put("status", "inspected").putArray("items");
        for (MetadataItem i : items) {
            list.addObject().put("group", i.group().name()).put("name", i.name()).put("value", i.value());
        }
    }

    private static void print(PrintWriter out, List<MetadataItem> items) {
        Map<MetadataGroup, Map<String, String>> groups = new EnumMap<>(MetadataGroup.class);
        for (MetadataItem i : items) {
            groups.computeIfAbsent(i.group(), g -> new TreeMap<>()).merge(i.name(), i.value(),
                    (a, b) -> a.equals(b) ? a : a + " | " + b);
        }
        groups.forEach((group, fields) -> {
            out.printf("  %s — %s%n", group, group.why());
            fields.forEach((name, value) -> out.printf("    %-28s %s%n", Names.shown(name), shorten(value)));
        });
    }

    private static String shorten(String v) {
        // Values come from the file: control characters (terminal escapes) are shown, never sent to the terminal.
        String one = Names.shown(v.replaceAll("\\s+", " ").strip());
        return one.length() > 100 ? one.substring(0, 97) + "…" : one;
    }
}
