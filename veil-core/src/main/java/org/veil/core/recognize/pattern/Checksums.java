package org.veil.core.recognize.pattern;

import java.math.BigInteger;

/** Check digits used to tell a real identifier from a number that only looks like one. */
public final class Checksums {
    private Checksums() {
    }

    static String digitsOnly(String s) {
        return s.replaceAll("[^0-9]", "");
    }

    /** Luhn (payment cards). */
    public static boolean luhn(String number) {
        String d = digitsOnly(number);
        if (d.length() < 13 || d.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = d.length() - 1; i >= 0; i--) {
            int n = d.charAt(i) - '0';
            if (doubleIt) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** ISO 13616 IBAN: country, check digits, mod 97 == 1. */
    public static boolean iban(String candidate) {
        String s = candidate.replaceAll("[\\s-]", "").toUpperCase();
        if (s.length() < 15 || s.length() > 34 || !s.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
            return false;
        }
        String rearranged = s.substring(4) + s.substring(0, 4);
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** Dotted IPv4 with every octet 0-255 and no leading zeros. */
    public static boolean ipv4(String s) {
        String[] parts = s.split("\\.");
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.startsWith("0")) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** IPv6 in full or '::'-compressed form (no DNS, pure syntax). */
    public static boolean ipv6(String s) {
        if (s.indexOf("::") != s.lastIndexOf("::")) {
            return false;
        }
        String[] halves = s.split("::", -1);
        int groups = 0;
        for (String half : halves) {
            if (half.isEmpty()) {
                continue;
            }
            for (String g : half.split(":", -1)) {
                if (!g.matches("[0-9A-Fa-f]{1,4}")) {
                    return false;
                }
                groups++;
            }
        }
        return halves.length == 2 ? groups < 8 && groups >= 2 : groups == 8;
    }

    /** Latitude within ±90 and longitude within ±180, written as "lat, lon". */
    public static boolean latLon(String s) {
        String[] parts = s.split("[,;\\s]+");
        if (parts.length != 2) {
            return false;
        }
        double lat = Double.parseDouble(parts[0]);
        double lon = Double.parseDouble(parts[1]);
        return Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    }

    /** US social security number: area not 000, 666 or 9xx; group and serial not zero. */
    public static boolean ssn(String s) {
        String d = digitsOnly(s);
        if (d.length() != 9) {
            return false;
        }
        int area = Integer.parseInt(d.substring(0, 3));
        return area != 0 && area != 666 && area < 900 && !d.substring(3, 5).equals("00")
                && !d.substring(5).equals("0000");
    }
}
