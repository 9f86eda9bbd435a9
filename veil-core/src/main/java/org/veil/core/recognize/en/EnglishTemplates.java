package org.veil.core.recognize.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.veil.core.link.GivenNames;
import org.veil.core.link.NameKey;
import org.veil.core.recognize.ResourceLines;

/**
 * General-English training sentences: the hand-written patterns of {@code ner-templates.txt} filled with names
 * from Veil's stand-in lists and given-name table (Russian ones in Latin letters), places and organisations,
 * labelled by construction. The court texts of TAB alone never show a name opening a short sentence, an
 * interview line or a byline.
 */
public final class EnglishTemplates {
    public static final String RESOURCE = "/org/veil/core/en/ner-templates.txt";

    private EnglishTemplates() {
    }

    /** A text and its labelled names. */
    public record Filled(String text, List<EnglishNer.Labelled> names) {
    }

    /** Every pattern filled {@code times} times with names drawn with {@code seed}. */
    public static List<Filled> fill(int times, long seed) {
        List<String> given = latin(new TreeSet<>(ResourceLines.read("/org/veil/core/surrogate/en-male.txt")),
                "/org/veil/core/surrogate/en-female.txt", "/org/veil/core/surrogate/ru-male.txt",
                "/org/veil/core/surrogate/ru-female.txt");
        TreeSet<String> table = new TreeSet<>();
        for (GivenNames.Entry e : GivenNames.table()) {
            table.add(e.fullName());
        }
        given.addAll(latin(table));
        List<String> surnames = latin(new TreeSet<>(ResourceLines.read("/org/veil/core/surrogate/en-surnames.txt")),
                "/org/veil/core/surrogate/ru-surnames.txt");
        List<String> places = new ArrayList<>(ResourceLines.read("/org/veil/core/lexicon/cities.txt"));
        places.addAll(ResourceLines.read("/org/veil/core/surrogate/places.txt"));
        List<String> orgs = new ArrayList<>(ResourceLines.read("/org/veil/core/surrogate/organisations.txt"));
        Random random = new Random(seed);
        List<Filled> out = new ArrayList<>();
        for (int round = 0; round < times; round++) {
            for (String pattern : ResourceLines.read(RESOURCE)) {
                StringBuilder text = new StringBuilder();
                List<EnglishNer.Labelled> names = new ArrayList<>();
                int at = 0;
                while (at < pattern.length()) {
                    int open = pattern.indexOf('{', at);
                    if (open < 0) {
                        text.append(pattern, at, pattern.length());
                        break;
                    }
                    text.append(pattern, at, open);
                    int close = pattern.indexOf('}', open);
                    String slot = pattern.substring(open + 1, close);
                    int start = text.length();
                    String type = switch (slot) {
                        case "PER" -> {
                            text.append(pick(given, random));
                            if (random.nextInt(6) == 0) {
                                text.append(' ').append((char) ('A' + random.nextInt(26))).append('.');
                            }
                            text.append(' ').append(pick(surnames, random));
                            yield "PER";
                        }
                        case "GIVEN" -> {
                            text.append(pick(given, random));
                            yield "PER";
                        }
                        case "SUR" -> {
                            text.append(pick(surnames, random));
                            yield "PER";
                        }
                        case "LOC" -> {
                            text.append(pick(places, random));
                            yield "LOC";
                        }
                        case "ORG" -> {
                            text.append(organisation(orgs, surnames, places, random));
                            yield "ORG";
                        }
                        default -> {
                            text.append(18 + random.nextInt(60));
                            yield null;
                        }
                    };
                    if (type != null) {
                        names.add(new EnglishNer.Labelled(start, text.length(), type));
                    }
                    at = close + 1;
                }
                out.add(new Filled(text.toString(), names));
            }
        }
        return out;
    }

    private static String organisation(List<String> orgs, List<String> surnames, List<String> places, Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> pick(orgs, r);
            case 1 -> pick(surnames, r) + " " + List.of("Ltd", "Group", "Holdings", "Bank", "Media", "AB", "plc", "GmbH", "Inc", "Trust")
                    .get(r.nextInt(10));
            case 2 -> "University of " + pick(places, r);
            default -> pick(places, r) + " " + List.of("City Council", "Police", "Chamber of Commerce").get(r.nextInt(3));
        };
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    /** The names of the sets and lists, in Latin letters (Russian ones transliterated), capitalised. */
    private static List<String> latin(TreeSet<String> names, String... paths) {
        for (String p : paths) {
            names.addAll(ResourceLines.read(p));
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (NameKey.cyrillic(n)) {
                String k = NameKey.of(n);
                if (!k.isEmpty()) {
                    out.add(Character.toUpperCase(k.charAt(0)) + k.substring(1).toLowerCase(Locale.ROOT));
                }
            } else {
                out.add(n);
            }
        }
        return out;
    }
}
