package org.veil.core.recognize.pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    @Override
    public String name() {
        return "phone";
    }

    @Override
    public List<Mention> recognize(String text) {
        List<Mention> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (String region : REGIONS) {
            for (PhoneNumberMatch m : util.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
                String raw = m.rawString();
                // Bare digit runs and slashed numbers are far more often years, case or application numbers.
                if (raw.contains("/") || raw.replaceAll("[^0-9]", "").length() < 7 || raw.matches("\\d{1,4}")) {
                    continue;
                }
                if (!raw.startsWith("+") && !raw.matches(".*[\\s().-].*")) {
                    continue;
                }
                if (DOCUMENT_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find()) {
                    continue;
                }
                long key = ((long) m.start() << 32) | m.end();
                if (seen.add(key)) {
                    out.add(new Mention(m.start(), m.end(), EntityType.CONTACT, IdentifierKind.DIRECT, 0.9, name(),
                            Specificity.VALIDATED));
                }
            }
        }
        return out;
    }
}
