package org.veil.core.verify;

/**
 * A string in the output that looks like it could identify someone and that nothing explains: not Veil's
 * replacement, not a public name, not an everyday word. For the user to look at before publishing; its text and
 * context are output text, so they belong on the user's screen, never in a report file.
 */
public record Candidate(Kind kind, int start, int end, String text, int line, int column, String context) {

    /** The shape that made the sweep stop. */
    public enum Kind {
        /** A capitalised word that is no everyday word: a name, a place, an organisation. */
        NAME,
        /** A run of two or more digits (years, ages, amounts, sizes), or a numbered place ("No. 2", "flat 9"). */
        NUMBER,
        /** Letters and digits mixed in one word: number plates, codes, ids. */
        CODE,
        EMAIL,
        /** User names: word_29, @name. */
        HANDLE,
        URL,
        PHONE
    }
}
