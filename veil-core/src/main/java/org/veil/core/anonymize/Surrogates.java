package org.veil.core.anonymize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.anonymize.RussianDeclension.Kind;
import org.veil.core.link.Gender;
import org.veil.core.link.GivenNames;
import org.veil.core.link.NameForms;
import org.veil.core.model.EntityType;
import org.veil.core.recognize.ResourceLines;
import org.veil.core.recognize.Scripts;
import org.veil.core.vault.Crypto;

/**
 * Realistic stand-ins. Every choice is drawn from an HMAC of the entity under the store's key, so the same
 * entity gets the same stand-in in every run with the same vault, and nobody without the vault can predict
 * or invert it. A Cyrillic name gets a Russian name of the same gender; a date moves by the store's shift.
 */
final class Surrogates {
    private static final Pattern FEMALE_SURNAME = Pattern.compile(".*(?:ова|ева|ёва|ина|ая|ova|eva|yova|ina|aya)");
    private static final Pattern QUOTED_NAME = Pattern.compile("\\p{Lu}{2,4} «(.+)»");
    /** Russian plate letters: those that look the same in Latin. */
    private static final String PLATE_LETTERS = "АВЕКМНОРСТУХ";
    private static final Pattern TITLE = Pattern.compile("^(\\p{L}+)\\.?[ \\u00A0]+(?=\\p{Lu})");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "lady", "dame", "mme", "mlle");
    private static final Set<String> MALE_TITLES = Set.of("mr", "sir", "lord", "herr");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ENGLISH),
            // Java writes Russian months in the genitive in "d MMMM": "28 сентября 2022".
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("ru")));
    private static final Pattern RUSSIAN_YEAR_WORD = Pattern.compile("(?<=\\d)\\s?(?:г\\.|года|году|год)$");
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
        final List<String> ruStreets = read("ru-streets.txt");
        final List<String> organisations = read("organisations.txt");
        final List<String> ruOrganisations = read("ru-organisations.txt");
        final Set<String> femaleNames = new HashSet<>();
        final Set<String> givenNames = new HashSet<>();
        /** Given names a patronymic is regularly made from (not Илья → Ильич, Никита → Никитич). */
        final List<String> fathers;

        Lists() {
            enFemale.forEach(n -> femaleNames.add(NameForms.fold(n)));
            ruFemale.forEach(n -> femaleNames.add(NameForms.fold(n)));
            givenNames.addAll(femaleNames);
            enMale.forEach(n -> givenNames.add(NameForms.fold(n)));
            ruMale.forEach(n -> givenNames.add(NameForms.fold(n)));
            // Folding makes some pairs one (Евгения and Евгений, Evgeny): such a name tells no gender.
            Set<String> male = new HashSet<>();
            enMale.forEach(n -> male.add(NameForms.fold(n)));
            ruMale.forEach(n -> male.add(NameForms.fold(n)));
            femaleNames.removeAll(male);
            fathers = ruMale.stream().filter(n -> !n.matches(".*[ая]") && !n.equals("Георгий")).toList();
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
     * identifier in {@code avoid} (folded forms) and is {@code free}: not another entity's stand-in already.
     */
    Optional<String> entity(EntityType type, String recognizer, String canonical, Set<String> avoid,
                            java.util.function.Predicate<String> free) {
        for (int attempt = 0; attempt < 40; attempt++) {
            String s = candidate(type, recognizer, canonical, attempt);
            if (s == null) {
                return Optional.empty();
            }
            if (!free.test(s)) {
                continue;
            }
            // A person's stand-in shares no word with a name of the text ("Иван Антонов" for "Иван Петров").
            if (!avoid.contains(fold(s)) && (type != EntityType.PERSON
                    || NameForms.nameWords(s).stream().noneMatch(w -> avoid.contains(fold(w))))) {
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
        boolean russian = Scripts.hasCyrillic(canonical);
        return switch (type) {
            case PERSON -> person(seed, canonical, russian || russianOrigin(canonical), attempt);
            case LOCATION -> switch (recognizer) {
                case "address" -> russian ? russianAddress(canonical, seed, attempt)
                        : (1 + pick(seed, attempt, 98)) + " " + lists.streets.get(pick(seed + "s", attempt,
                        lists.streets.size()));
                // A flat or room is no town: a placeholder rather than a stand-in from the place list.
                case "gps", "address-unit" -> null;
                default -> (russian ? lists.ruPlaces : lists.places).get(pick(seed, attempt,
                        (russian ? lists.ruPlaces : lists.places).size()));
            };
            case ORGANIZATION -> (russian ? lists.ruOrganisations : lists.organisations).get(pick(seed, attempt,
                    (russian ? lists.ruOrganisations : lists.organisations).size()));
            case CODE -> sameShape(canonical, seed, attempt, 0);
            case CONTACT -> recognizer.equals("email")
                    ? lists.enMale.get(pick(seed, attempt, lists.enMale.size())).toLowerCase(Locale.ROOT) + "."
                    + lists.enSurnames.get(pick(seed + "s", attempt, lists.enSurnames.size())).toLowerCase(Locale.ROOT)
                    + pick(seed + "n", attempt, 90) + "@example.org"
                    : sameShape(canonical, seed, attempt, recognizer.equals("phone") ? phonePrefix(canonical) : 0);
            default -> null;
        };
    }

    /**
     * A Russian name written in Latin letters ("Ivan Petrov", "Olga Sidorova"): it gets a Russian stand-in too,
     * so the person reads as Russian in the Russian sentences of the same story.
     */
    static boolean russianOrigin(String canonical) {
        List<String> words = NameForms.nameWords(canonical);
        if (words.isEmpty()) {
            return false;
        }
        String surname = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        // "-in" alone is common in English surnames (Martin, Baldwin): it counts after a Russian given name.
        boolean russianGiven = words.size() > 1 && !GivenNames.of(words.get(0)).isEmpty();
        return surname.matches("\\p{IsLatin}{2,}(?:ov|ev|yov|ova|eva|yova|sky|skiy|skii|skaya|enko|vich|ovna|evna)")
                || russianGiven && surname.matches("\\p{IsLatin}{2,}(?:in|ina|yn|yna)");
    }

    /** "ул. Садовая, д. 17, кв. 43": a street from the list, and a house and a flat where the original has them. */
    private String russianAddress(String canonical, String seed, int attempt) {
        StringBuilder sb = new StringBuilder();
        if (canonical.strip().startsWith("г.")) {
            sb.append("г. ").append(lists.ruPlaces.get(pick(seed + "c", attempt, lists.ruPlaces.size()))).append(", ");
        }
        sb.append(lists.ruStreets.get(pick(seed + "s", attempt, lists.ruStreets.size())));
        if (canonical.matches("(?s).*(?:д\\.|дом)\\s?\\d.*")) {
            sb.append(", д. ").append(1 + pick(seed, attempt, 98));
        }
        if (canonical.matches("(?s).*(?:корп\\.|к\\.|стр\\.)\\s?\\d.*")) {
            sb.append(", корп. ").append(1 + pick(seed + "k", attempt, 4));
        }
        if (canonical.matches("(?s).*(?:кв\\.|квартира)\\s?\\d.*")) {
            sb.append(", кв. ").append(1 + pick(seed + "f", attempt, 150));
        }
        return sb.toString();
    }

    /**
     * How many leading characters of a phone number stay: the "+" and country code and the first digit after
     * it (+7 9.. stays a Russian mobile), or the trunk "8" and the next digit, so the stand-in keeps its
     * country and kind and never turns a Russian number into "+1 …".
     */
    private static int phonePrefix(String phone) {
        String p = phone.strip();
        int keepDigits;
        if (p.startsWith("+")) {
            try {
                keepDigits = Integer.toString(PhoneNumberUtil.getInstance().parse(p, "ZZ").getCountryCode()).length() + 1;
            } catch (NumberParseException e) {
                keepDigits = 2;
            }
        } else {
            keepDigits = p.startsWith("8") && p.replaceAll("\\D", "").length() == 11 ? 2 : 0;
        }
        int digits = 0;
        for (int i = 0; i < p.length(); i++) {
            if (digits == keepDigits) {
                return phone.indexOf(p) + i;
            }
            if (Character.isDigit(p.charAt(i))) {
                digits++;
            }
        }
        return phone.length();
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
        if (!words.isEmpty()) {
            // A Russian given name in any case tells the gender before a surname's ending can mislead:
            // "Юрия Лужкова" is a man's name in the genitive, not a woman's "Лужкова".
            boolean man = RussianInflection.isGivenName(words.get(0), false);
            boolean woman = RussianInflection.isGivenName(words.get(0), true);
            if (man != woman) {
                return woman;
            }
        }
        if (!words.isEmpty() && lists.femaleNames.contains(NameForms.fold(words.get(0)))) {
            return true;
        }
        String last = words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        return last.matches(".*(ова|ева|ина|ая|ova|eva|ina|aya)");
    }

    /**
     * An organisation's stand-in in the language of its sentence. Russian stand-ins are quoted names with a
     * legal form ("ООО «Вектор»"); inside quotes already in the text only the name is written ("«Вектор»").
     */
    static String renderOrganisation(String standIn, Language language, boolean quoted) {
        Matcher m = QUOTED_NAME.matcher(standIn);
        String name = quoted && m.matches() ? m.group(1) : standIn;
        return Transliteration.into(name, language);
    }

    /** Whether a stand-in made by {@link #person} is a woman's name. */
    private boolean isFemaleStandIn(String standIn) {
        String[] words = standIn.split(" ");
        // The exact list word: folding would make Евгений one with Евгения.
        return lists.ruFemale.contains(words[0]) || lists.enFemale.contains(words[0])
                || FEMALE_SURNAME.matcher(words[words.length - 1]).matches();
    }

    /** A patronymic for a Russian stand-in, drawn from the stand-in itself so every mention gets the same. */
    private String patronymic(String standIn, boolean female) {
        String father = lists.fathers.get(pick("patronymic|" + standIn, 0, lists.fathers.size()));
        if (father.endsWith("ий")) {
            return father.substring(0, father.length() - 2) + (female ? "ьевна" : "ьевич");
        }
        if (father.endsWith("й") || father.endsWith("ь")) {
            return father.substring(0, father.length() - 1) + (female ? "евна" : "евич");
        }
        return father + (female ? "овна" : "ович");
    }

    /**
     * Digits become other digits and letters other letters of the same alphabet (Russian plate letters stay
     * plate letters); separators and the first {@code keep} characters stay, so formats still read right.
     */
    private String sameShape(String original, String seed, int attempt, int keep) {
        byte[] stream = Crypto.hmac(key, seed + "#shape" + attempt);
        StringBuilder sb = new StringBuilder(original.length());
        sb.append(original, 0, keep);
        for (int i = keep; i < original.length(); i++) {
            char c = original.charAt(i);
            int r = stream[i % stream.length] & 0xff;
            IntFunction<Character> letter = base -> (char) (base + r % 26);
            if (Character.isDigit(c)) {
                sb.append((char) ('0' + r % 10));
            } else if (c >= 'A' && c <= 'Z') {
                sb.append(letter.apply('A'));
            } else if (c >= 'a' && c <= 'z') {
                sb.append(letter.apply('a'));
            } else if (PLATE_LETTERS.indexOf(c) >= 0) {
                sb.append(PLATE_LETTERS.charAt(r % PLATE_LETTERS.length()));
            } else if (c >= 'А' && c <= 'Я') {
                sb.append((char) ('А' + r % 32));
            } else if (c >= 'а' && c <= 'я') {
                sb.append((char) ('а' + r % 32));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Patronymics in any case: "Сергеевич", "Сергеевичу", "Ивановной". */
    private static final Pattern PATRONYMIC = Pattern.compile(
            "(?iu).+(?:(?:ович|евич|ьич)(?:а|у|ем|ом|е)?|(?:овн|евн|ичн)(?:а|ы|е|у|ой|ою))|(?i).+(?:ovich|evich|ovna|evna)");

    /**
     * One mention of a person, rendered from the entity's stand-in in the mention's own shape and in the
     * language of its sentence: a title stays, an initial stays an initial, a lone word becomes the given
     * name or the surname it stands for, a patronymic gets one; in a Russian sentence every word takes the
     * case of the word it replaces ("позвонил Марии Вороновой" → "позвонил Надежде Тимофеевой").
     *
     * @param canonical the entity's fullest name, to tell given names from surnames
     * @param before    the word before the mention, for the case a preposition or verb asks for
     */
    String renderPerson(String mention, String canonical, String standIn, Language language, String before) {
        boolean female = isFemaleStandIn(standIn);
        String[] stand = Transliteration.into(standIn, language).split(" ");
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
        List<Kind> kinds = kinds(words, NameForms.nameWords(canonical), female);
        RussianCase grammaticalCase = language == Language.RUSSIAN
                ? RussianInflection.caseOf(words, kinds, female, before) : RussianCase.NOMINATIVE;
        List<String> out = new ArrayList<>();
        Set<Kind> done = java.util.EnumSet.noneOf(Kind.class);
        for (int i = 0; i < words.size(); i++) {
            Kind kind = kinds.get(i);
            // A middle name or a second surname has no counterpart in the stand-in: it is left out.
            if (!done.add(kind)) {
                continue;
            }
            String word = switch (kind) {
                case GIVEN -> givenName;
                case PATRONYMIC -> Transliteration.into(patronymic(standIn, female), language);
                default -> surname;
            };
            if (NameForms.isInitial(words.get(i))) {
                out.add(word.charAt(0) + ".");
            } else {
                out.add(language == Language.RUSSIAN
                        ? RussianDeclension.decline(word, kind, female, grammaticalCase) : word);
            }
        }
        return prefix + String.join(" ", out);
    }

    /** What each word of a mention is: given name, patronymic or surname. */
    private List<Kind> kinds(List<String> words, List<String> full, boolean female) {
        List<Kind> kinds = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Kind kind;
            if (NameForms.isInitial(w)) {
                // "И. И. Петров": given name, then patronymic; "Петров И. И." the same after the surname.
                boolean firstInitial = i == 0 || !NameForms.isInitial(words.get(i - 1));
                kind = firstInitial ? Kind.GIVEN : Kind.PATRONYMIC;
            } else if (PATRONYMIC.matcher(w).matches() && words.size() > 1) {
                kind = Kind.PATRONYMIC;
            } else if (isGivenName(w, female)) {
                kind = Kind.GIVEN;
            } else if (full.size() > 1 && NameForms.similar(full.get(full.size() - 1), w)) {
                kind = Kind.SURNAME;
            } else if (full.size() > 1 && NameForms.similar(full.get(0), w)) {
                kind = Kind.GIVEN;
            } else {
                kind = i == 0 && words.size() > 1 ? Kind.GIVEN : Kind.SURNAME;
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private boolean isGivenName(String word, boolean female) {
        String folded = NameForms.fold(word);
        // The linker's table knows hypocorisms in both scripts ("Pasha", "Лёша"): a lone one is a given name.
        Gender wanted = female ? Gender.FEMALE : Gender.MALE;
        return RussianInflection.isGivenName(word, female) || lists.givenNames.contains(folded)
                || GivenNames.of(word).stream().anyMatch(n -> n.gender() == null || n.gender() == wanted);
    }

    /**
     * A place's stand-in in the language of its sentence; in a Russian sentence in the case of the place it
     * replaces ("в Казани" → "в Красногорске", "из Москвы" → "из Красногорска").
     */
    static String renderPlace(String mention, String standIn, Language language, String before) {
        String written = Transliteration.into(standIn, language);
        if (language != Language.RUSSIAN) {
            return written;
        }
        List<String> words = List.of(mention.strip().split("[\\s\\u00A0]+"));
        String last = words.get(words.size() - 1);
        RussianCase c = RussianInflection.caseOf(List.of(last), List.of(Kind.PLACE), false, before);
        StringBuilder sb = new StringBuilder();
        for (String w : written.split(" ")) {
            sb.append(sb.length() == 0 ? "" : " ").append(RussianDeclension.decline(w, Kind.PLACE, false, c));
        }
        return sb.toString();
    }

    /** Shifts a date by the store's offset, keeping its written form; empty if the form is not understood. */
    Optional<String> shiftDate(String text) {
        // A Russian date carries a year word after it ("28 сентября 2022 г.", "1993 году"): it stays as it is.
        Matcher ru = RUSSIAN_YEAR_WORD.matcher(text.strip());
        String date = text.strip();
        String tail = "";
        if (ru.find()) {
            date = date.substring(0, ru.start());
            tail = ru.group();
        }
        String t = tail;
        return shift(date).map(d -> d + t);
    }

    private Optional<String> shift(String text) {
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                LocalDate d = LocalDate.parse(text, f);
                return Optional.of(d.plusDays(shiftDays).format(f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        Matcher my = MONTH_YEAR.matcher(text);
        if (my.matches()) {
            LocalDate d = LocalDate.parse("1 " + my.group(1) + " " + my.group(2), DATE_FORMATS.get(0));
            return Optional.of(d.plusDays(shiftDays).format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH)));
        }
        if (text.matches("(?:1[5-9]|20)\\d{2}")) {
            long years = Math.max(1, Math.round(Math.abs(shiftDays) / 365.0)) * Long.signum(shiftDays);
            return Optional.of(Long.toString(Long.parseLong(text) + years));
        }
        return Optional.empty();
    }
}
