package org.veil.core.recognize.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * libphonenumber run on the digit stretches only ({@link PhoneRecognizer#digitWindows}) finds exactly the
 * numbers with seven or more digits and no slash that it finds in the whole text, for every region the recognizer uses:
 * checked on texts with extensions in both scripts, letters glued to digits, lone letters and line breaks.
 */
class PhoneWindowsTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String[] PIECES = {"+", "+7 ", "(495) ", "123", "45", "-", "-", " ", " ", ".", "/", "8 ",
            "0958", "7946", "ext. ", "ext", " x ", "x", "#", "доб. ", "tel. ", "Call ", "on ", "a", "b", "ab ", "\n",
            "March ", "2001", "no. ", "(", ")", "020 ", "ИНН ", "12", "555", "0187", ", ", "; ", "+44 20 7946 0958",
            "(495) 123-45-67", "8-921-555-12-34", "+1 (212) 555-0187", "020 7946 0958", "06 12 34 56 78",
            "+49 30 901820", "(212) 555-0187", "March", "and ", " extension ", "anexo ", "ext.", "int ", "доб", "ｅｘｔｎ",
            "1 ", "2 ", "34 ", "5"};

    @Test
    void windowsFindWhatTheWholeTextGives() {
        Random random = new Random(13);
        int numbers = 0;
        for (int t = 0; t < 400; t++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 5 + random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            for (String region : new String[] {"GB", "US", "RU", "DE", "FR"}) {
                Set<String> whole = matches(text, 0, text, region);
                Set<String> windowed = new TreeSet<>();
                for (int[] w : PhoneRecognizer.digitWindows(text)) {
                    windowed.addAll(matches(text.substring(w[0], w[1]), w[0], text, region));
                }
                assertEquals(whole, windowed, region + " in: " + text);
                numbers += whole.size();
            }
        }
        assertTrue(numbers > 100, "the texts hold numbers to find: " + numbers);
    }

    /**
     * Matches with seven digits or more and no slash (what the recognizer can keep), as "start-end" in the
     * whole text.
     */
    private static Set<String> matches(String part, int offset, String text, String region) {
        Set<String> out = new TreeSet<>();
        for (PhoneNumberMatch m : UTIL.findNumbers(part, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            if (m.rawString().replaceAll("[^0-9]", "").length() >= 7 && !m.rawString().contains("/")) {
                out.add((offset + m.start()) + "-" + (offset + m.end()) + " " + m.rawString());
            }
        }
        return out;
    }
}
