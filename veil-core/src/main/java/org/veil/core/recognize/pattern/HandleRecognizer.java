package org.veil.core.recognize.pattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.PatternScanner;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.Specificity;

/**
 * Social-network handles written without "@" ("@name" is {@link PatternRecognizers#handle()}'s). Two bars:
 * <ul>
 *   <li>shape alone: lower-case words joined by "_" or "." that end in a number, as names with a birth year
 *       or a lucky number do ("voron_29", "ivan.petrov88");</li>
 *   <li>context: right after "nickname", "username", "ник", "никнейм", any word but a function word (a plain
 *       lower-case one only after the Russian words or in quotes, since English prose goes on with a verb:
 *       "the username followed by"); after a network's name, "account", "handle", "аккаунт", a Latin word
 *       with a digit, "_" or an inner dot ("free_press", "ivan.petrov").</li>
 * </ul>
 */
public final class HandleRecognizer implements Recognizer {
    private static final String NAME = "handle";
    /** Lower-case segments joined by "_" or "."; not inside paths, code calls, e-mails or links. */
    private static final PatternScanner SHAPE = PatternScanner.of("(?<![\\p{L}\\p{N}_.@/\\\\#$:`-])"
            + "[a-z][a-z0-9]*(?:[._][a-z0-9]+)+_?(?![\\p{L}\\p{N}_@/\\\\(\\[=`]|\\.[\\p{L}\\p{N}]|-[\\p{L}\\p{N}])");
    /** After the context word: a colon or spaces, and maybe an opening quote. */
    private static final String GAP = "(?::?[ \\u00A0]{1,2}[\"“«'‘]?|:(?!:)[\"“«'‘]?|[\"“«'‘])";
    /**
     * Words after which the next word is the handle itself. "nick" and "ник" only in lower case ("Nick", "Ника"
     * are names). Group {@code ru} marks the Russian words, after which a plain lower-case word is a nickname.
     */
    private static final PatternScanner NAMING = PatternScanner.of("(?<![\\p{L}\\p{N}_])(?:(?iu:nick ?names?|nicknamed"
            + "|user ?names?|screen ?names?|pseudonyms?|aliases|alias|known online as)|nick|(?<ru>ник(?:а|ом|е|у)?"
            + "|(?iu:никнейм\\p{L}*|юзернейм\\p{L}*|псевдоним\\p{L}*)))(?![\\p{L}\\p{N}_])"
            + "(?:,? (?iu:is|was|of|as|—|-))?(?: (?iu:the|a|an))?" + GAP);
    /** Words after which a handle-shaped Latin word is the account's name. */
    private static final PatternScanner PLATFORM = PatternScanner.of("(?<![\\p{L}\\p{N}./_-])(?iu:telegram|instagram|twitter"
            + "|tiktok|vkontakte|vk|facebook|youtube|twitch|snapchat|threads|mastodon|reddit|discord|signal|skype"
            + "|github|accounts?|channels?|profiles?|pages?|blog|handles?|logins?|телеграм\\p{L}*|инстаграм\\p{L}*"
            + "|твиттер\\p{L}*|тикток\\p{L}*|фейсбук\\p{L}*|ютуб\\p{L}*|вконтакте|вк|аккаунт\\p{L}*|канал\\p{L}*"
            + "|профил\\p{L}*|страниц\\p{L}*|блог\\p{L}*|логин\\p{L}*)(?![\\p{L}\\p{N}_])(?:[ \\u00A0](?iu:account"
            + "|channel|profile|page|handle|аккаунт\\p{L}*|канал\\p{L}*|профил\\p{L}*))?"
            + "(?:,? (?iu:is|was|called|named|под названием|под ником))?" + GAP);
    private static final Pattern COPULA = Pattern.compile("(?iu)(?<![\\p{L}])(?:is|was)(?![\\p{L}])");
    private static final Pattern WORD_AFTER = Pattern.compile("@?[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]{0,30}[\\p{L}\\p{N}_])?"
            + "(?![\\p{L}\\p{N}@/])");
    /** An account name in Latin letters with a digit, "_" or an inner dot; not a version ("v0.1.0"). */
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z]{2}[A-Za-z0-9]*(?:[._]?[A-Za-z0-9]+)*_?");
    /** Function words that follow "nickname" in prose rather than the nickname itself. */
    private static final Set<String> PROSE = Set.of("the", "a", "an", "is", "was", "of", "and", "or", "but", "he",
            "she", "they", "it", "his", "her", "their", "that", "this", "which", "who", "in", "on", "at", "for",
            "to", "from", "with", "by", "as", "not", "has", "had", "have", "been", "be", "are", "were", "also",
            "и", "в", "на", "не", "с", "он", "она", "они", "был", "была", "было", "под", "за", "по", "что", "это");
    /** Segments that mark a token as a code identifier ("user_id", "max_len") rather than a handle. */
    private static final Set<String> CODE_WORDS = Set.of("id", "ids", "max", "min", "len", "str", "int", "num", "val",
            "var", "tmp", "temp", "ptr", "arg", "args", "obj", "func", "init", "self", "get", "set", "is", "has",
            "count", "size", "idx", "index", "key", "keys", "value", "values", "list", "dict", "map", "array", "type",
            "name", "path", "file", "dir", "url", "src", "dst", "buf", "cfg", "config", "env", "err", "msg", "util",
            "utils", "test", "tests", "main", "py", "js", "txt", "html", "json", "xml", "csv", "pdf", "doc", "docx",
            "jpg", "png", "gif", "zip", "exe", "org", "com", "net", "ru", "uk", "io", "gov", "edu", "de", "fr", "eu",
            "e", "g", "i", "ie", "eg", "etc", "al", "no", "nos", "art", "para", "fig", "vol", "pp", "p", "cf", "ibid",
            "utf", "sha", "md", "iso", "ascii", "win", "amd", "arm", "api", "http", "https", "tcp", "udp", "ip", "ipv",
            "gpu", "cpu", "lib", "bin", "usr", "log", "logs", "data", "db", "sql", "tab", "col", "row", "table",
            "version", "ver", "build", "release", "rc", "beta", "alpha", "node", "item", "step", "page");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> recognize(String text) {
        List<Mention> out = new ArrayList<>();
        PatternScanner.Finder shapes = SHAPE.finder(text);
        while (shapes.find()) {
            Matcher shape = shapes.matcher();
            if (handleShaped(shape.group())) {
                out.add(mention(shape.start(), shape.end(), 0.75));
            }
        }
        afterContext(text, NAMING, true, out);
        afterContext(text, PLATFORM, false, out);
        return distinct(out);
    }

    /** One mention per span (shape and context may both find it), the most confident. */
    private static List<Mention> distinct(List<Mention> found) {
        Map<Long, Mention> bySpan = new LinkedHashMap<>();
        for (Mention m : found) {
            bySpan.merge(((long) m.start() << 32) | m.end(), m, (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        return new ArrayList<>(bySpan.values());
    }

    private static Mention mention(int start, int end, double confidence) {
        return new Mention(start, end, EntityType.CONTACT, IdentifierKind.DIRECT, confidence, NAME, Specificity.PATTERN);
    }

    /** The word right after a context phrase; {@code naming} lowers the bar to any non-function word. */
    private static void afterContext(String text, PatternScanner context, boolean naming, List<Mention> out) {
        PatternScanner.Finder contexts = context.finder(text);
        Matcher w = WORD_AFTER.matcher(text);
        while (contexts.find()) {
            Matcher c = contexts.matcher();
            int from = c.end();
            if (from >= text.length() || !w.region(from, text.length()).lookingAt()) {
                continue;
            }
            String word = w.group();
            String bare = word.startsWith("@") ? word.substring(1) : word;
            boolean ok;
            if (word.startsWith("@")) {
                ok = true;
            } else if (naming) {
                boolean quoted = c.group().matches("(?s).*[\"“«'‘]");
                ok = namedWord(bare, quoted || c.group("ru") != null && !COPULA.matcher(c.group()).find());
            } else {
                // Channel and model names ("TV3", "RTL2", "mp3") are capitals or a short word with a number.
                ok = ACCOUNT.matcher(bare).matches() && bare.matches(".*(?:[\\d_]|[A-Za-z]{2}\\.[A-Za-z]{2}).*")
                        && bare.matches(".*\\p{Ll}.*") && !bare.matches("[A-Za-z]{1,3}\\d{1,3}");
            }
            if (ok && bare.length() >= 3 && bare.length() <= 32) {
                out.add(mention(w.start(), w.end(), naming ? 0.8 : 0.75));
            }
        }
    }

    /** A word right after "nickname": any but a function word or a number; a plain lower-case one only if allowed. */
    private static boolean namedWord(String word, boolean plainAllowed) {
        if (PROSE.contains(word.toLowerCase(Locale.ROOT)) || word.matches("\\d+")) {
            return false;
        }
        return plainAllowed || !word.matches("\\p{Ll}+");
    }

    /**
     * Shape alone: segments joined by "_" or "." whose last one is a name with a number of two digits or more
     * ("voron_29", "ivan.petrov88", "anna_k_1995"). Code names a second variable "sender2", so one digit is
     * not enough; "sys.ps1" is too short to be a name; a code word anywhere ("user_id88") rules it out.
     * Without digits ("free_press", "auth_timeout") a handle cannot be told from a code identifier: it needs
     * a context word.
     */
    static boolean handleShaped(String token) {
        String[] segments = token.split("[._]");
        boolean letters = false;
        for (String s : segments) {
            if (CODE_WORDS.contains(s)) {
                return false;
            }
            letters |= s.matches("[a-z]{2}.*");
        }
        String last = token.replaceAll("_$", "").replaceAll(".*[._]", "");
        boolean numbered = last.matches("[a-z]{3,}\\d{2,4}") || token.contains("_") && last.matches("\\d{2,4}");
        return letters && numbered && token.length() <= 32;
    }
}
