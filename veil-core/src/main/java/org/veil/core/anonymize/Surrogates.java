package org.veil.core.anonymize;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.link.NameForms;
import org.veil.core.model.EntityType;
import org.veil.core.recognize.ResourceLines;
import org.veil.core.vault.Crypto;

/**
 * Realistic stand-ins. Every choice is drawn from an HMAC of the entity under the store's key, so the same
 * entity gets the same stand-in in every run with the same vault, and nobody without the vault can predict
 * or invert it. A Cyrillic name gets a Russian name of the same gender; a date moves by the store's shift.
 */
final class Surrogates {
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern TITLE = Pattern.compile("^(\\p{L}+)\\.?[ \\u00A0]+(?=\\p{Lu})");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "lady", "dame", "mme", "mlle");
    private static final Set<String> MALE_TITLES = Set.of("mr", "sir", "lord", "herr");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ENGLISH));
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)(January|February|March|April|May|June|July"
            + "|August|September|October|November|December) ((?:1[5-9]|20)\\d{2})");

    private final byte[] key;
    private final long shiftDays;
    private final Lists lists = Lists.INSTANCE;

    Surrogates(MappingStore store) {
        this.key = store.secret("surrogate");
        this.shiftDays = store.dateShiftDays();
    }

    /** Loaded once: the bundled stand-in lists. */
    private enum Lists {
        INSTANCE;
        final List<String> enMale = read("en-male.txt");
        final List<String> enFemale = read("en-female.txt");
        final List<String> enSurnames = read("en-surnames.txt");
        final List<String> ruMale = read("ru-male.txt");
        final List<String> ruFemale = read("ru-female.txt");
        final List<String> ruSurnames = read("ru-surnames.txt");
        final List<String> places = read("places.txt");
        final List<String> ruPlaces = read("ru-places.txt");
        final List<String> streets = read("streets.txt");
        final List<String> organisations = read("organisations.txt");
        final Set<String> femaleNames = new HashSet<>();

        Lists() {
            enFemale.forEach(n -> femaleNames.add(NameForms.fold(n)));
            ruFemale.forEach(n -> femaleNames.add(NameForms.fold(n)));
        }

        private static List<String> read(String name) {
            return ResourceLines.read("/org/veil/core/surrogate/" + name);
        }
    }

    private int pick(String seed, int attempt, int size) {
        byte[] h = Crypto.hmac(key, seed + "#" + attempt);
        return Math.floorMod(ByteBuffer.wrap(h).getInt(), size);
    }

    /**
     * The entity-level stand-in, e.g. "Robert Hughes" for a person, drawn so that it differs from every
     * identifier in {@code avoid} (folded forms).
     */
    Optional<String> entity(EntityType type, String recognizer, String canonical, Set<String> avoid) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String s = candidate(type, recognizer, canonical, attempt);
            if (s == null) {
                return Optional.empty();
            }
            if (!avoid.contains(fold(s))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private String candidate(EntityType type, String recognizer, String canonical, int attempt) {
        String seed = type + "|" + NameForms.fold(canonical);
        boolean russian = CYRILLIC.matcher(canonical).find();
        return switch (type) {
            case PERSON -> person(seed, canonical, russian, attempt);
            case LOCATION -> switch (recognizer) {
                case "address" -> (1 + pick(seed, attempt, 98)) + " " + lists.streets.get(pick(seed + "s", attempt,
                        lists.streets.size()));
                // A flat or room is no town: a placeholder rather than a stand-in from the place list.
                case "gps", "address-unit" -> null;
                // A Russian place changes form with its case; a placeholder reads right in every case.
            default -> russian ? null : lists.places.get(pick(seed, attempt, lists.places.size()));
            };
            case ORGANIZATION -> russian ? null : lists.organisations.get(pick(seed, attempt, lists.organisations.size()));
            case CODE -> sameShape(canonical, seed, attempt);
            case CONTACT -> recognizer.equals("email")
                    ? lists.enMale.get(pick(seed, attempt, lists.enMale.size())).toLowerCase(Locale.ROOT) + "."
                    + lists.enSurnames.get(pick(seed + "s", attempt, lists.enSurnames.size())).toLowerCase(Locale.ROOT)
                    + pick(seed + "n", attempt, 90) + "@example.org"
                    : sameShape(canonical, seed, attempt);
            default -> null;
        };
    }

    private String person(String seed, String canonical, boolean russian, int attempt) {
        List<String> words = NameForms.nameWords(canonical);
        boolean female = isFemale(canonical, words);
        List<String> given = russian ? (female ? lists.ruFemale : lists.ruMale)
                : (female ? lists.enFemale : lists.enMale);
        String surname = (russian ? lists.ruSurnames : lists.enSurnames)
                .get(pick(seed + "s", attempt, (russian ? lists.ruSurnames : lists.enSurnames).size()));
        if (russian && female) {
            surname = surname.endsWith("ий") ? surname.substring(0, surname.length() - 2) + "ая" : surname + "а";
        }
        return given.get(pick(seed, attempt, given.size())) + " " + surname;
    }

    private boolean isFemale(String canonical, List<String> words) {
        String first = canonical.strip().split("[\\s.]+")[0].toLowerCase(Locale.ROOT);
        if (FEMALE_TITLES.contains(first)) {
            return true;
        }
        if (MALE_TITLES.contains(first)) {
            return false;
        }
        if (!words.isEmpty() && lists.femaleNames.contains(NameForms.fold(words.get(0)))) {
            return true;
        }
        String last = words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        return last.matches(".*(ова|ева|ина|ая|ova|eva|ina|aya)");
    }

    /** Digits become other digits and letters other letters; separators stay, so formats still read right. */
    private String sameShape(String original, String seed, int attempt) {
        byte[] stream = Crypto.hmac(key, seed + "#shape" + attempt);
        StringBuilder sb = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            int r = stream[i % stream.length] & 0xff;
            IntFunction<Character> letter = base -> (char) (base + r % 26);
            if (Character.isDigit(c)) {
                sb.append((char) ('0' + r % 10));
            } else if (c >= 'A' && c <= 'Z') {
                sb.append(letter.apply('A'));
            } else if (c >= 'a' && c <= 'z') {
                sb.append(letter.apply('a'));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * One mention of a person, rendered from the entity's stand-in in the mention's own shape: a title stays,
     * an initial stays an initial, a lone word becomes the given name or the surname it stands for.
     */
    static String renderPerson(String mention, String canonical, String standIn) {
        if (!CYRILLIC.matcher(mention).find() && CYRILLIC.matcher(standIn).find()) {
            standIn = Transliteration.toLatin(standIn);
        }
        String[] stand = standIn.split(" ");
        String givenName = stand[0];
        String surname = stand[stand.length - 1];
        Matcher title = TITLE.matcher(mention);
        String prefix = "";
        if (title.find() && NameForms.TITLES.contains(title.group(1).toLowerCase(Locale.ROOT))) {
            prefix = title.group();
        }
        List<String> words = NameForms.nameWords(mention);
        if (words.isEmpty()) {
            return prefix + surname;
        }
        if (words.size() == 1) {
            List<String> full = NameForms.nameWords(canonical);
            boolean given = full.size() > 1 && NameForms.similar(full.get(0), words.get(0));
            if (CYRILLIC.matcher(standIn).find() && !full.isEmpty()) {
                return prefix + (given ? RussianInflection.inflect(full.get(0), words.get(0), givenName)
                        : RussianInflection.inflect(full.get(full.size() - 1), words.get(0), surname));
            }
            return prefix + (given ? givenName : surname);
        }
        List<String> full = NameForms.nameWords(canonical);
        if (CYRILLIC.matcher(standIn).find() && full.size() > 1) {
            givenName = RussianInflection.inflect(full.get(0), words.get(0), givenName);
            surname = RussianInflection.inflect(full.get(full.size() - 1), words.get(words.size() - 1), surname);
        }
        String first = NameForms.isInitial(words.get(0)) ? givenName.charAt(0) + "." : givenName;
        return prefix + first + " " + surname;
    }

    /** Shifts a date by the store's offset, keeping its written form; empty if the form is not understood. */
    Optional<String> shiftDate(String text) {
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                LocalDate d = LocalDate.parse(text.strip(), f);
                return Optional.of(d.plusDays(shiftDays).format(f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        Matcher my = MONTH_YEAR.matcher(text.strip());
        if (my.matches()) {
            LocalDate d = LocalDate.parse("1 " + my.group(1) + " " + my.group(2), DATE_FORMATS.get(0));
            return Optional.of(d.plusDays(shiftDays).format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH)));
        }
        if (text.strip().matches("(?:1[5-9]|20)\\d{2}")) {
            long years = Math.max(1, Math.round(Math.abs(shiftDays) / 365.0)) * Long.signum(shiftDays);
            return Optional.of(Long.toString(Long.parseLong(text.strip()) + years));
        }
        return Optional.empty();
    }
}
