package org.veil.core.recognize.ru;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Russian proper names in every inflected form: the OpenCorpora dictionary's forms tagged Name, Surn, Patr,
 * Geox and Orgn (built by tools/build-ru-lexicon.sh from npm {@code az}), and the natasha lemma lists,
 * whose surnames are matched through the usual surname endings. Each form also carries the id of its
 * lemma, so "Вертинского" and "Вертинскому" are known to be one name.
 *
 * <p>Stored as one sorted character array with offsets (about 600,000 forms in some 15 MB of memory, 2 MB
 * compressed in the jar), loaded on the first Russian text, not before.
 */
public final class RussianLexicon {
    public static final int GIVEN = 1;
    public static final int SURNAME = 2;
    public static final int PATRONYMIC = 4;
    public static final int PLACE = 8;
    public static final int ORGANISATION = 16;
    /** Lemma-only lists (natasha): a listed surname, given name or patronymic, not inflected. */
    public static final int LISTED_SURNAME = 32;
    public static final int LISTED_GIVEN = 64;
    public static final int LISTED_PATRONYMIC = 128;
    private static final int MARKS = 0xFF;

    /** Endings of surname case forms and the nominative endings they come from ("Иванову" → "Иванов"). */
    private static final String[][] SURNAME_ENDINGS = {
        {"ского", "ский"}, {"скому", "ский"}, {"ским", "ский"}, {"ском", "ский"}, {"ской", "ская"},
        {"скую", "ская"}, {"цкого", "цкий"}, {"цкому", "цкий"}, {"цким", "цкий"}, {"цкой", "цкая"},
        {"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}, {"ову", "ов"}, {"еву", "ев"}, {"ину", "ин"},
        {"овым", "ов"}, {"евым", "ев"}, {"иным", "ин"}, {"ове", "ов"}, {"еве", "ев"}, {"ине", "ин"},
        {"ова", "ов"}, {"ева", "ев"}, {"ина", "ин"}, {"ову", "ова"}, {"еву", "ева"}, {"ину", "ина"},
        {"ого", "ой"}, {"ому", "ой"}, {"ым", "ый"}, {"ами", ""}, {"ом", ""}, {"ем", ""}, {"ой", "а"},
        {"ей", "я"}, {"у", ""}, {"ю", "й"}, {"а", ""}, {"я", "й"}, {"е", ""}, {"е", "а"}, {"у", "а"}};

    private static final String RESOURCE = "/org/veil/core/ru/names.bin.gz";
    private static volatile RussianLexicon shared;

    private final char[] chars;
    private final int[] offsets;
    private final int[] values;

    private RussianLexicon(char[] chars, int[] offsets, int[] values) {
        this.chars = chars;
        this.offsets = offsets;
        this.values = values;
    }

    /** The bundled lexicon, loaded once. */
    public static RussianLexicon bundled() {
        if (shared == null) {
            synchronized (RussianLexicon.class) {
                if (shared == null) {
                    shared = load();
                }
            }
        }
        return shared;
    }

    /** Reads the bundled resource afresh (for {@link #bundled()} and for timing the load). */
    public static RussianLexicon load() {
        try (InputStream raw = RussianLexicon.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing bundled resource " + RESOURCE);
            }
            return read(new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
        }
    }

    /**
     * The format tools/build-ru-lexicon.js writes: "VRUL1", the number of forms, then per form (sorted as
     * {@link String#compareTo} sorts) the length it shares with the previous form, the length and UTF-16
     * characters of the rest, its marks and its lemma id (three bytes). One linear pass, nothing to sort.
     */
    private static RussianLexicon read(DataInputStream in) throws IOException {
        byte[] magic = new byte[5];
        in.readFully(magic);
        if (!new String(magic, StandardCharsets.ISO_8859_1).equals("VRUL1")) {
            throw new IOException("not a Veil Russian name dictionary");
        }
        int n = in.readInt();
        int[] offsets = new int[n + 1];
        int[] values = new int[n];
        char[] chars = new char[n * 12];
        int at = 0;
        int prevStart = 0;
        for (int i = 0; i < n; i++) {
            int shared = in.readUnsignedByte();
            int rest = in.readUnsignedByte();
            if (at + shared + rest > chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
            }
            System.arraycopy(chars, prevStart, chars, at, shared);
            for (int k = 0; k < rest; k++) {
                chars[at + shared + k] = in.readChar();
            }
            int marks = in.readUnsignedByte();
            int lemma = in.readUnsignedByte() << 16 | in.readUnsignedShort();
            offsets[i] = at;
            values[i] = lemma << 8 | marks;
            prevStart = at;
            at += shared + rest;
        }
        offsets[n] = at;
        return new RussianLexicon(Arrays.copyOf(chars, at), offsets, values);
    }

    /** The marks of this exact form (any case of letters), 0 if unknown. */
    public int marks(String word) {
        int v = value(normal(word));
        return v & MARKS;
    }

    /**
     * The marks of the form, with LISTED_SURNAME added when a surname list names a nominative it can be
     * a case form of ("Гордону" → "гордон").
     */
    public int marksWithListed(String word) {
        String w = normal(word);
        int m = value(w) & MARKS;
        if ((m & LISTED_SURNAME) == 0 && w.length() > 3) {
            for (String[] e : SURNAME_ENDINGS) {
                if (w.endsWith(e[0]) && w.length() - e[0].length() >= 3) {
                    String lemma = w.substring(0, w.length() - e[0].length()) + e[1];
                    if ((value(lemma) & LISTED_SURNAME) != 0) {
                        return m | LISTED_SURNAME;
                    }
                }
            }
        }
        return m;
    }

    /** An id shared by the forms of one dictionary lemma ("вертинского", "вертинскому"), -1 if unknown. */
    public int lemma(String word) {
        int v = value(normal(word));
        return v == 0 ? -1 : v >>> 8;
    }

    private static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private int value(String w) {
        int lo = 0;
        int hi = values.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, w);
            if (c == 0) {
                return values[mid];
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return 0;
    }

    private int compare(int k, String w) {
        int from = offsets[k];
        int to = offsets[k + 1];
        int n = Math.min(to - from, w.length());
        for (int i = 0; i < n; i++) {
            int d = chars[from + i] - w.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return (to - from) - w.length();
    }

    /** How many forms are stored. */
    public int size() {
        return values.length;
    }

    /** The names of the marks set in {@code marks}, for features and messages ("S", "G", ...). */
    static List<String> names(int marks) {
        List<String> out = new ArrayList<>(3);
        String[] n = {"N", "S", "P", "G", "O", "l", "f", "m"};
        for (int i = 0; i < n.length; i++) {
            if ((marks & (1 << i)) != 0) {
                out.add(n[i]);
            }
        }
        return out;
    }
}
