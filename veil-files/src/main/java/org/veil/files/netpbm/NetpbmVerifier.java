package org.veil.files.netpbm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.files.CleanContext;
import org.veil.files.FileType;
import org.veil.files.RefusedException;
import org.veil.files.Verifier;

/**
 * Re-reads a cleaned Netpbm file without the cleaner's parser: the header of each image must be exactly the
 * minimal one the cleaner writes (matched as text), a plain raster may hold only digits and whitespace, and
 * nothing may follow the last image. A comment, an extra PAM line or a trailer anywhere is residue.
 */
public final class NetpbmVerifier implements Verifier {
    /** Bitmaps (P1, P4) have no maximum value; the other formats must have one. */
    private static final Pattern PNM_HEADER = Pattern.compile(
            "\\AP(?:([14])\n(\\d{1,9}) (\\d{1,9})\n|([2356])\n(\\d{1,9}) (\\d{1,9})\n(\\d{1,5})\n)");
    private static final Pattern PAM_HEADER = Pattern.compile("\\AP7\nWIDTH (\\d{1,9})\nHEIGHT (\\d{1,9})\n"
            + "DEPTH (\\d{1,2})\nMAXVAL (\\d{1,5})\n(?:TUPLTYPE ([A-Z_]+)\n)?ENDHDR\n");

    @Override
    public Set<FileType> types() {
        return Set.of(FileType.NETPBM);
    }

    @Override
    public List<String> residue(byte[] cleaned, FileType type, CleanContext context) throws RefusedException {
        List<String> residue = new ArrayList<>();
        // Latin-1 maps bytes one to one, so string offsets are byte offsets.
        String s = new String(cleaned, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < s.length()) {
            String rest = s.substring(at, Math.min(s.length(), at + 256));
            Matcher pnm = PNM_HEADER.matcher(rest);
            Matcher pam = PAM_HEADER.matcher(rest);
            long samples;
            int bytesPerSample;
            boolean plain = false;
            if (pam.lookingAt()) {
                if (pam.group(5) != null && !NetpbmParser.STANDARD_TUPLE_TYPES.contains(pam.group(5))) {
                    residue.add("PAM tuple type '" + pam.group(5) + "' is not a standard one");
                }
                samples = Long.parseLong(pam.group(1)) * Long.parseLong(pam.group(2)) * Long.parseLong(pam.group(3));
                bytesPerSample = Integer.parseInt(pam.group(4)) > 255 ? 2 : 1;
                at += pam.end();
            } else if (pnm.lookingAt()) {
                boolean bitmap = pnm.group(1) != null;
                int g = bitmap ? 1 : 4;
                int format = Integer.parseInt(pnm.group(g));
                long w = Long.parseLong(pnm.group(g + 1));
                long h = Long.parseLong(pnm.group(g + 2));
                int channels = format == 3 || format == 6 ? 3 : 1;
                bytesPerSample = bitmap ? 1 : Integer.parseInt(pnm.group(g + 3)) > 255 ? 2 : 1;
                samples = format == 4 ? (w + 7) / 8 * h : w * h * channels;
                plain = format <= 3;
                at += pnm.end();
            } else {
                residue.add("Netpbm header at byte " + at + " is not the minimal one (a comment or extra field?)");
                return residue;
            }
            if (plain) {
                at = plainRasterEnd(s, at, residue);
                if (at < 0) {
                    return residue;
                }
            } else {
                long size = samples * bytesPerSample;
                if (at + size > s.length()) {
                    residue.add("Netpbm pixels run past the end of the file");
                    return residue;
                }
                at += (int) size;
            }
        }
        return residue;
    }

    /**
     * Where a plain raster ends: at the next image's "P" or the end of the file. It may hold only digits and
     * whitespace; anything else (a '#' comment, text) is residue and returns -1.
     */
    private static int plainRasterEnd(String s, int at, List<String> residue) {
        for (int i = at; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'P') {
                return i;
            }
            if (!(c >= '0' && c <= '9' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                residue.add("plain Netpbm pixels hold '" + c + "' at byte " + i + " (a comment?)");
                return -1;
            }
        }
        return s.length();
    }
}
