package org.veil.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code veil corpus anonymize} was asked for. The one place its arguments are written and read: the
 * command line turns its options into this, the launcher into arguments, and the job (embedded or under
 * spark-submit) parses them back.
 *
 * @param vault         the vault file, or null for replacements kept in memory for this run only
 * @param master        Spark master URL, or null to take spark-submit's (local[*] when there is none)
 * @param failOnceInPass2 test hook: the first attempt of pass 2's first task fails part-way, to prove retries
 *                      write the same output
 */
public record CorpusOptions(String input, String output, Format format, String textColumn, String idColumn,
                            String vault, String policy, String lang, String master, boolean failOnceInPass2)
        implements Serializable {

    /** How documents come in and go out. */
    public enum Format {
        /** A folder of UTF-8 text files; the output keeps their relative paths. */
        TEXT,
        /** JSON Lines with an id and a text field. */
        JSONL,
        /** Parquet with an id and a text column. */
        PARQUET;

        static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CorpusRefused("--format must be text, jsonl or parquet, not '" + s + "'");
            }
        }
    }

    public CorpusOptions {
        if (input == null || output == null) {
            throw new CorpusRefused("usage: corpus anonymize INPUT -o OUTPUT [--vault FILE] [--policy P] "
                    + "[--master URL] [--format text|jsonl|parquet] [--text-column C] [--id-column C] [--lang L]");
        }
        format = format == null ? Format.TEXT : format;
        textColumn = textColumn == null ? "text" : textColumn;
        idColumn = idColumn == null ? "id" : idColumn;
        policy = policy == null ? "publish" : policy;
        lang = lang == null ? "auto" : lang;
        if (!List.of("en", "ru", "auto").contains(lang)) {
            throw new CorpusRefused("language '" + lang + "' is not supported; use en, ru or auto");
        }
    }

    public static CorpusOptions of(String input, String output) {
        return new CorpusOptions(input, output, null, null, null, null, null, null, null, false);
    }

    public CorpusOptions withVault(String file) {
        return new CorpusOptions(input, output, format, textColumn, idColumn, file, policy, lang, master,
                failOnceInPass2);
    }

    public CorpusOptions withPolicy(String name) {
        return new CorpusOptions(input, output, format, textColumn, idColumn, vault, name, lang, master,
                failOnceInPass2);
    }

    public CorpusOptions withMaster(String url) {
        return new CorpusOptions(input, output, format, textColumn, idColumn, vault, policy, lang, url,
                failOnceInPass2);
    }

    public CorpusOptions withFormat(Format f, String textCol, String idCol) {
        return new CorpusOptions(input, output, f, textCol, idCol, vault, policy, lang, master, failOnceInPass2);
    }

    public CorpusOptions withLang(String language) {
        return new CorpusOptions(input, output, format, textColumn, idColumn, vault, policy, language, master,
                failOnceInPass2);
    }

    public CorpusOptions failingOnceInPass2() {
        return new CorpusOptions(input, output, format, textColumn, idColumn, vault, policy, lang, master, true);
    }

    /** The arguments {@link #parse} reads back. */
    public List<String> toArgs() {
        List<String> a = new ArrayList<>(List.of(input, "-o", output, "--format", format.name().toLowerCase(Locale.ROOT),
                "--text-column", textColumn, "--id-column", idColumn, "--policy", policy, "--lang", lang));
        if (vault != null) {
            a.addAll(List.of("--vault", vault));
        }
        if (master != null) {
            a.addAll(List.of("--master", master));
        }
        return a;
    }

    public static CorpusOptions parse(String[] args) {
        String input = null;
        String output = null;
        Format format = null;
        String text = null;
        String id = null;
        String vault = null;
        String policy = null;
        String lang = null;
        String master = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-")) {
                if (input != null) {
                    throw new CorpusRefused("one INPUT only (a folder, a JSONL or a Parquet path), got a second: " + a);
                }
                input = a;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new CorpusRefused(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "-o", "--output" -> output = v;
                case "--format" -> format = Format.parse(v);
                case "--text-column" -> text = v;
                case "--id-column" -> id = v;
                case "--vault" -> vault = v;
                case "--policy" -> policy = v;
                case "--lang" -> lang = v;
                case "--master" -> master = v;
                default -> throw new CorpusRefused("unknown option " + a);
            }
        }
        return new CorpusOptions(input, output, format, text, id, vault, policy, lang, master, false);
    }
}
