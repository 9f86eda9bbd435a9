package org.veil.files;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats Veil recognises but does not clean, because what identifies people is in their content itself (a
 * vCard is a person; an e-mail's headers hold addresses and the route it took; a GPX track is where someone
 * went), or because they hold comments and program data no cleaner here understands. They would otherwise pass
 * as plain text, unchanged; recognising them first keeps the plain-text pass-through for plain text only.
 */
public enum UncleanedFormat {
    POSTSCRIPT("a PostScript/EPS", "ps", "eps", "epsf", "epsi"),
    RTF("an RTF", "rtf"),
    VCARD("a vCard", "vcf", "vcard"),
    ICALENDAR("an iCalendar", "ics", "ical", "ifb"),
    EMAIL("an e-mail (EML/MBOX)", "eml", "mbox", "mbx", "msg"),
    GPX("a GPX", "gpx"),
    KML("a KML", "kml"),
    XPM("an XPM", "xpm"),
    XBM("an XBM", "xbm");

    private static final int HEAD = 4096;
    private static final Pattern HEADER_FIELD = Pattern.compile("^([!-9;-~]{1,76}):");
    private static final Pattern MBOX_FROM = Pattern.compile("^From \\S+ .*\\d{1,2}:\\d{2}.*");
    private static final Pattern XBM_DEFINE = Pattern.compile("\\A(?:/\\*.*?\\*/\\s*)*#define\\s+\\w*_width\\s+\\d+",
            Pattern.DOTALL);
    /** Header fields that only mail carries. */
    private static final Set<String> MAIL_ONLY = Set.of("received", "return-path", "message-id", "mime-version",
            "delivered-to", "dkim-signature", "x-mailer", "in-reply-to", "authentication-results", "x-original-to",
            "envelope-to", "arc-seal", "x-received");
    /** Header fields mail shares with other "Key: value" text; two of them are needed. */
    private static final Set<String> MAIL_COMMON = Set.of("from", "to", "cc", "bcc", "subject", "date", "reply-to",
            "sender");

    private final String label;
    private final List<String> extensions;

    UncleanedFormat(String label, String... extensions) {
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** The one-line refusal, naming the format (the label carries its article). */
    public String refusal() {
        return label + " file carries identifying data in its content; Veil does not clean it yet";
    }

    /** The format whose extension {@code name} carries, if any. */
    public static Optional<UncleanedFormat> byName(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (UncleanedFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format {@code c} is in, judged from its first bytes; {@code root} is its XML root element, if any. */
    static Optional<UncleanedFormat> recognise(byte[] c, String root) {
        if (c.length >= 4 && (c[0] & 0xFF) == 0xC5 && (c[1] & 0xFF) == 0xD0 && (c[2] & 0xFF) == 0xD3
                && (c[3] & 0xFF) == 0xC6) {
            return Optional.of(POSTSCRIPT); // DOS EPS binary header
        }
        // Latin-1 decodes any bytes, so the check works whatever the text encoding.
        String head = new String(c, 0, Math.min(c.length, HEAD), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3); // a UTF-8 byte-order mark
        }
        String start = head.stripLeading();
        String upper = start.toUpperCase(Locale.ROOT);
        if (start.startsWith("%!")) {
            return Optional.of(POSTSCRIPT);
        }
        if (start.startsWith("{\\rtf")) {
            return Optional.of(RTF);
        }
        if (upper.startsWith("BEGIN:VCARD")) {
            return Optional.of(VCARD);
        }
        if (upper.startsWith("BEGIN:VCALENDAR")) {
            return Optional.of(ICALENDAR);
        }
        if (root.equals("gpx")) {
            return Optional.of(GPX);
        }
        if (root.equals("kml")) {
            return Optional.of(KML);
        }
        if (start.startsWith("/* XPM */") || start.startsWith("! XPM2")) {
            return Optional.of(XPM);
        }
        if (XBM_DEFINE.matcher(start).lookingAt()) {
            return Optional.of(XBM);
        }
        if (mailHeaders(head, c.length > HEAD)) {
            return Optional.of(EMAIL);
        }
        return Optional.empty();
    }

    /**
     * Whether the text opens with an RFC 822 header block: an mbox "From " line, or header fields (with folded
     * continuation lines) among which one only mail uses or two mail shares with other text.
     */
    private static boolean mailHeaders(String head, boolean cut) {
        String[] lines = head.split("\r?\n", -1);
        if (MBOX_FROM.matcher(lines[0]).matches()) {
            return true;
        }
        int fields = 0;
        int mailOnly = 0;
        int common = 0;
        // The last line of a cut head may be partial, so it is not judged.
        int last = cut ? lines.length - 1 : lines.length;
        for (int i = 0; i < last; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                break;
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (fields == 0) {
                    return false;
                }
                continue;
            }
            Matcher m = HEADER_FIELD.matcher(line);
            if (!m.find()) {
                break;
            }
            fields++;
            String name = m.group(1).toLowerCase(Locale.ROOT);
            mailOnly += MAIL_ONLY.contains(name) ? 1 : 0;
            common += MAIL_COMMON.contains(name) ? 1 : 0;
        }
        return fields >= 2 && (mailOnly >= 1 || common >= 2);
    }
}
