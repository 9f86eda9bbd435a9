package org.veil.core.recognize.pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.Specificity;

/**
 * Phone numbers validated against libphonenumber's numbering plans. International numbers (+…) are found
 * whatever the region; national formats are tried for the regions Veil's users most often deal with.
 */
public final class PhoneRecognizer implements Recognizer {
    /** Regions whose national formats are accepted without a + prefix. */
    private static final List<String> REGIONS = List.of("GB", "US", "RU", "UA", "DE", "FR", "TR", "BY", "KZ");
    /** A number announced as a document or account number is not a phone number, whatever its digits. */
    private static final Pattern DOCUMENT_CONTEXT = Pattern.compile(
            "(?iu)(?:passport|ID|identity|card|account|licen[cs]e|no|nos|number|reg|registration|serial|inn|snils"
                    + "|паспорт\\p{L}*|серия|номер|№|ИНН|СНИЛС|билет\\p{L}*)"
                    + "\\.?[:#\\s]*$");
    /** Every letter of libphonenumber's extension labels but "x". */
    private static final String EXTENSION_LETTERS = "aetnsioóаднобｅｘｔｎｉ";
    /** Fewer digits than this are not taken for a phone number. */
    private static final int MIN_DIGITS = 7;
    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    @Override
    public String name() {
        return "phone";
    }

    @Override
    public List<Mention> recognize(String text) {
        List<Mention> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<int[]> windows = digitWindows(text);
        // A judgment repeats its application numbers: each distinct stretch is parsed once per region.
        Map<String, List<PhoneNumberMatch>> parsed = new HashMap<>();
        for (String region : REGIONS) {
            parsed.clear();
            for (int[] w : windows) {
                String part = text.substring(w[0], w[1]);
                for (PhoneNumberMatch m : parsed.computeIfAbsent(part, p -> numbers(p, region))) {
                    add(text, w[0] + m.start(), w[0] + m.end(), m.rawString(), seen, out);
                }
            }
        }
        return out;
    }

    private List<PhoneNumberMatch> numbers(String part, String region) {
        List<PhoneNumberMatch> found = new ArrayList<>();
        util.findNumbers(part, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE).forEach(found::add);
        return found;
    }

    private void add(String text, int start, int end, String raw, Set<Long> seen, List<Mention> out) {
        // Bare digit runs and slashed numbers are far more often years, case or application numbers.
        if (raw.contains("/") || raw.replaceAll("[^0-9]", "").length() < MIN_DIGITS || raw.matches("\\d{1,4}")) {
            return;
        }
        if (!raw.startsWith("+") && !raw.matches(".*[\\s().-].*")) {
            return;
        }
        if (DOCUMENT_CONTEXT.matcher(text.substring(Math.max(0, start - 24), start)).find()) {
            return;
        }
        long key = ((long) start << 32) | end;
        if (seen.add(key)) {
            out.add(new Mention(start, end, EntityType.CONTACT, IdentifierKind.DIRECT, 0.9, name(),
                    Specificity.VALIDATED));
        }
    }

    /**
     * The stretches of the text where libphonenumber could find a number we keep, each with one character of
     * context on either side, so that it sees the same text around every number as in the whole text (it
     * checks the character before and after a candidate). Parsing every date, year and case number of a
     * long text nine times was most of the time of this recognizer; this does the same work on about a
     * hundredth of a court judgment.
     * <p>
     * Why the result is the same: a candidate holds digits, punctuation and "x" and, after its digits, an
     * optional extension ("ext. 12"), so two letters in a row end it unless an extension follows; cutting
     * the text at every run of two or more letters (other than x) gives segments, and a candidate lies in
     * one segment plus, through an extension, the next one with digits. A stretch is a maximal run of
     * segments that hold digits, joined only over letters that could be an extension label: no candidate
     * crosses its ends (a candidate needs digits on both sides of a cut), so the matcher starts it in the same
     * state as in the whole text. A stretch with fewer than
     * {@value #MIN_DIGITS} digits cannot hold a number we keep, nor can one whose pieces between slashes each
     * have fewer (a number with a slash is not kept: "no. 38055/97").
     */
    static List<int[]> digitWindows(String text) {
        List<int[]> windows = new ArrayList<>();
        int n = text.length();
        int runStart = -1; // start of the current run of segments with digits
        int runEnd = -1;
        int runDigits = 0;
        int i = 0;
        while (i < n) {
            int segStart = i;
            int digits = 0;
            while (i < n && !(letter(text.charAt(i)) && i + 1 < n && letter(text.charAt(i + 1)))) {
                if (Character.isDigit(text.charAt(i))) {
                    digits++;
                }
                i++;
            }
            if (digits > 0) {
                runStart = runStart < 0 ? segStart : runStart;
                runEnd = i;
                runDigits += digits;
            } else if (runStart >= 0) {
                addWindow(windows, text, runStart, runEnd, runDigits);
                runStart = -1;
                runDigits = 0;
            }
            int letters = i;
            while (i < n && letter(text.charAt(i))) {
                i++;
            }
            if (runStart >= 0 && i > letters && !mayBeExtensionLabel(text, letters, i)) {
                // No number goes over a word ("15 March 1985 and 10 March"): only an extension label joins two.
                addWindow(windows, text, runStart, runEnd, runDigits);
                runStart = -1;
                runDigits = 0;
            }
        }
        if (runStart >= 0) {
            addWindow(windows, text, runStart, runEnd, runDigits);
        }
        return windows;
    }

    private static void addWindow(List<int[]> windows, String text, int start, int end, int digits) {
        if (digits >= MIN_DIGITS && mostDigitsBetweenSlashes(text, start, end) >= MIN_DIGITS) {
            windows.add(new int[] {Math.max(0, start - 1), Math.min(text.length(), end + 1)});
        }
    }

    private static int mostDigitsBetweenSlashes(String text, int start, int end) {
        int most = 0;
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '/') {
                digits = 0;
            } else if (Character.isDigit(c)) {
                most = Math.max(most, ++digits);
            }
        }
        return most;
    }

    /**
     * Whether letters between digits could belong to an extension label ("ext", "extension", "int", "anexo",
     * "доб", full-width "ｅｘｔｎ"; "x" is no letter here): short runs of the letters those labels are made of.
     */
    private static boolean mayBeExtensionLabel(String text, int start, int end) {
        if (end - start > 9) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (EXTENSION_LETTERS.indexOf(Character.toLowerCase(text.charAt(i))) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean letter(char c) {
        return c != 'x' && c != 'X' && Character.isLetter(c);
    }
}
