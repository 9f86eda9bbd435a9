package org.veil.core.anonymize;

import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every number of an amount becomes its order of magnitude ("4,000" → "1,000–10,000"), a share its ten
 * per cent; how digits are grouped is the language's business, so both are given by the caller.
 */
final class AmountRanges {
    private AmountRanges() {
    }

    /** @return the text with every number replaced, or null if it holds none or one that cannot be read */
    static String of(String text, Pattern number, boolean percent, UnaryOperator<String> digits,
                     LongFunction<String> grouped) {
        Matcher m = number.matcher(text);
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            double value;
            try {
                value = Double.parseDouble(digits.apply(m.group()));
            } catch (NumberFormatException e) {
                return null;
            }
            String range;
            if (percent) {
                int low = (int) (value / 10) * 10;
                range = low + "–" + (low + 10);
            } else {
                long low = (long) Math.pow(10, Math.floor(Math.log10(Math.max(1, value))));
                range = grouped.apply(low) + "–" + grouped.apply(low * 10);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(range));
            any = true;
        }
        m.appendTail(sb);
        return any ? sb.toString() : null;
    }
}
