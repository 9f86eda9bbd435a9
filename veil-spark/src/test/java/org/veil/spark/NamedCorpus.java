package org.veil.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * A corpus made for the tests: short documents in English and Russian where 20 people appear across many
 * documents under spelling variants (Latin and Cyrillic, hypocorisms, transliterations, case forms, titles),
 * two people per document. Which surface of which person each document holds is known.
 */
final class NamedCorpus {
    /** One person: surfaces for English sentences, Russian nominative, Russian genitive (may be empty). */
    record Person(List<String> latin, List<String> nominative, List<String> genitive) {
        List<String> all() {
            List<String> out = new ArrayList<>(latin);
            out.addAll(nominative);
            out.addAll(genitive);
            return out;
        }
    }

    /** A document and the person index behind each surface planted in it. */
    record Doc(String id, String text, List<String> surfaces, List<Integer> persons) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person(List.of("Pavel Voronin", "Pasha Voronin"), List.of("Павел Воронин", "Паша Воронин"),
                    List.of("Павла Воронина")),
            new Person(List.of("Olga Sidorova"), List.of("Ольга Сидорова", "Оля Сидорова"), List.of("Ольги Сидоровой")),
            new Person(List.of("Dmitry Orlov", "Dmitri Orlov"), List.of("Дмитрий Орлов", "Дима Орлов"),
                    List.of("Дмитрия Орлова")),
            new Person(List.of("Natalia Belova"), List.of("Наталья Белова", "Наташа Белова"), List.of("Натальи Беловой")),
            new Person(List.of("Yevgeny Kozlov", "Evgeny Kozlov"), List.of("Евгений Козлов", "Женя Козлов"),
                    List.of("Евгения Козлова")),
            new Person(List.of("Aleksey Morozov", "Alexei Morozov"), List.of("Алексей Морозов", "Алёша Морозов"),
                    List.of("Алексея Морозова")),
            new Person(List.of("Ekaterina Volkova"), List.of("Екатерина Волкова", "Катя Волкова"),
                    List.of("Екатерины Волковой")),
            new Person(List.of("Sergei Lebedev", "Sergey Lebedev"), List.of("Сергей Лебедев"), List.of("Сергея Лебедева")),
            new Person(List.of("Maria Novikova"), List.of("Мария Новикова", "Маша Новикова"), List.of("Марии Новиковой")),
            new Person(List.of("Ivan Sokolov"), List.of("Иван Соколов", "Ваня Соколов"), List.of("Ивана Соколова")),
            new Person(List.of("Anna Kuznetsova"), List.of("Анна Кузнецова", "Аня Кузнецова"), List.of("Анны Кузнецовой")),
            new Person(List.of("Mikhail Popov"), List.of("Михаил Попов", "Миша Попов"), List.of("Михаила Попова")),
            new Person(List.of("Robert Hughes", "Mr Robert Hughes"), List.of(), List.of()),
            new Person(List.of("Emily Carter", "Ms Emily Carter"), List.of(), List.of()),
            new Person(List.of("Thomas Whitfield", "Dr Thomas Whitfield"), List.of(), List.of()),
            new Person(List.of("Sarah Lindqvist"), List.of(), List.of()),
            new Person(List.of("George Abernathy", "Mr George Abernathy"), List.of(), List.of()),
            new Person(List.of("Helen Ashcroft"), List.of(), List.of()),
            new Person(List.of("Daniel Okafor"), List.of(), List.of()),
            new Person(List.of("Laura Pemberton", "Mrs Laura Pemberton"), List.of(), List.of()));

    private static final List<String> ENGLISH = List.of(
            "%s met %s at the station on Monday.",
            "Yesterday %s wrote a long letter to %s about the contract.",
            "%s and %s were seen near the old warehouse.",
            "According to the notes, %s phoned %s twice last week.");
    private static final String RUSSIAN_NOMINATIVE = "%s и %s приехали на завод утром.";
    private static final String RUSSIAN_GENITIVE = "Письмо от %s получил %s в понедельник.";

    private NamedCorpus() {
    }

    static List<Doc> documents(int n) {
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int a = i % PEOPLE.size();
            int b = (a + 1 + (i / PEOPLE.size()) % (PEOPLE.size() - 1)) % PEOPLE.size();
            Person pa = PEOPLE.get(a);
            Person pb = PEOPLE.get(b);
            int round = i / PEOPLE.size();
            String text;
            String sa;
            String sb;
            boolean russian = round % 3 != 0 && !pa.nominative().isEmpty() && !pb.nominative().isEmpty();
            if (russian && round % 3 == 2 && !pa.genitive().isEmpty()) {
                sa = pick(pa.genitive(), round);
                sb = pick(pb.nominative(), round);
                text = String.format(RUSSIAN_GENITIVE, sa, sb);
            } else if (russian) {
                sa = pick(pa.nominative(), round);
                sb = pick(pb.nominative(), round + 1);
                text = String.format(RUSSIAN_NOMINATIVE, sa, sb);
            } else {
                sa = pick(pa.latin(), round);
                sb = pick(pb.latin(), round + 1);
                text = String.format(ENGLISH.get(i % ENGLISH.size()), sa, sb);
            }
            out.add(new Doc(String.format("doc-%04d.txt", i), text + "\n", List.of(sa, sb), List.of(a, b)));
        }
        return out;
    }

    private static String pick(List<String> forms, int round) {
        return forms.get(round % forms.size());
    }
}
