package org.veil.core.recognize.ru;

/** Check digits of Russian taxpayer, pension and registration numbers. */
public final class RussianChecksums {
    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private RussianChecksums() {
    }

    private static int[] digits(String s) {
        return s.replaceAll("\\D", "").chars().map(c -> c - '0').toArray();
    }

    private static int weighted(int[] d, int[] w) {
        int sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += d[i] * w[i];
        }
        return sum % 11 % 10;
    }

    /** ИНН: 10 digits (organisations) or 12 digits (persons), with one or two check digits. */
    public static boolean inn(String s) {
        int[] d = digits(s);
        if (d.length == 10) {
            return weighted(d, INN10) == d[9];
        }
        return d.length == 12 && weighted(d, INN11) == d[10] && weighted(d, INN12) == d[11];
    }

    /** СНИЛС: 9 digits and a two-digit check number. */
    public static boolean snils(String s) {
        int[] d = digits(s);
        if (d.length != 11) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += d[i] * (9 - i);
        }
        int check = sum < 100 ? sum : sum % 101 == 100 ? 0 : sum % 101;
        return check == d[9] * 10 + d[10];
    }

    /** ОГРН (13 digits, mod 11) and ОГРНИП (15 digits, mod 13). */
    public static boolean ogrn(String s) {
        String d = s.replaceAll("\\D", "");
        if (d.length() == 13) {
            return Long.parseLong(d.substring(0, 12)) % 11 % 10 == d.charAt(12) - '0';
        }
        return d.length() == 15 && Long.parseLong(d.substring(0, 14)) % 13 % 10 == d.charAt(14) - '0';
    }
}
