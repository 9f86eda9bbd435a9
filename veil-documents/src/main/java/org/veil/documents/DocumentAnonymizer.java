package org.veil.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veil.core.Analyzer;
import org.veil.core.Publisher;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.anonymize.Replacement;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.model.Span;
import org.veil.core.verify.Leak;
import org.veil.core.verify.Verifier;
import org.veil.files.CleanOptions;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.Scrubber;
import org.veil.files.TypeDetector;

/**
 * Anonymizes the text inside a document and writes the same format back: type by content (as {@code veil
 * scrub}), the family from {@link DocumentFormats}, the text in reading order for detection, core's replacements
 * written into the document, then the whole output through the scrub pipeline (metadata removed and verified)
 * and an independent re-read that must find none of the replaced originals. Any failure refuses the document;
 * nothing is returned that was not verified.
 */
public final class DocumentAnonymizer {
    private final DocumentFormats formats;
    private final TypeDetector detector = new TypeDetector(Limits.defaults());
    private final Scrubber scrubber = Scrubber.standard(CleanOptions.defaults());

    public DocumentAnonymizer(DocumentFormats formats) {
        this.formats = formats;
    }

    /** A document read and ready for detection: {@link #text()} is what the analyzer sees. */
    public record Opened(String name, FileType type, DocumentFormat format, ParsedDocument parsed) {
        public String text() {
            return parsed.text();
        }
    }

    /** What {@link #anonymize} produced: the verified bytes and core's published result (risk report). */
    public record Result(byte[] output, Publisher.Published published) {
    }

    /** The type of {@code content} by content, as {@code veil scrub} decides it. */
    public FileType detect(byte[] content, String name) throws DocumentRefused {
        try {
            return detector.detect(content, name);
        } catch (RefusedException e) {
            throw new DocumentRefused(e.getMessage());
        }
    }

    /** The family that anonymizes inside content of this type and name, if any. */
    public Optional<DocumentFormat> family(FileType type, String name) {
        return formats.forType(type, name);
    }

    /** Detects the type by content and reads the document's text. */
    public Opened open(byte[] content, String name) throws DocumentRefused {
        return open(content, name, detect(content, name));
    }

    /** Reads the text of a document already detected as {@code type}. */
    public Opened open(byte[] content, String name, FileType type) throws DocumentRefused {
        DocumentFormat format = formats.forType(type, name).orElseThrow(() -> new DocumentRefused(type
                + " files cannot be anonymized inside (" + String.join(", ", formats.all().stream()
                .map(DocumentFormat::name).toList()) + " can); `veil scrub` removes their metadata"));
        ParsedDocument parsed = guarded(format, () -> format.parse(content));
        return new Opened(name, type, format, parsed);
    }

    /** Detection, replacement and verification of one document, with {@code store} for the stand-ins. */
    public Result anonymize(byte[] content, String name, String language, Publisher publisher, MappingStore store,
                            Analyzer analyzer) throws DocumentRefused {
        Opened doc = open(content, name);
        Analysis analysis = analyze(analyzer, doc, language);
        Anonymized anonymized = publisher.anonymize(analysis, store);
        byte[] output = write(doc, anonymized);
        return new Result(output, publisher.verify(anonymized, analysis.document()));
    }

    /** Detection on the document's text; no mention crosses a paragraph (see {@link ParagraphSpans}). */
    public Analysis analyze(Analyzer analyzer, Opened doc, String language) {
        return ParagraphSpans.split(analyzer.analyze(new Document(doc.name(), doc.text(), language)));
    }

    /**
     * The document with core's replacements written in, scrubbed and verified. Refused when any replaced
     * original is found again in the output, with the place where it was found.
     */
    public byte[] write(Opened doc, Anonymized anonymized) throws DocumentRefused {
        List<TextEdit> edits = new ArrayList<>();
        for (Replacement r : anonymized.replacements()) {
            if (r.changed()) {
                edits.add(new TextEdit(r.span().start(), r.span().end(), r.replacement()));
            }
        }
        byte[] rewritten = guarded(doc.format(), () -> doc.parsed().rewrite(edits));
        byte[] scrubbed;
        try {
            scrubbed = scrubber.clean(rewritten, "anonymized." + extension(doc));
        } catch (RefusedException e) {
            throw new DocumentRefused("the anonymized " + doc.format().name() + " could not be scrubbed: "
                    + e.getMessage());
        }
        checkNoOriginalLeft(doc.format(), scrubbed, anonymized);
        return scrubbed;
    }

    /** The name's own extension when it agrees with the type (.md stays .md), else the type's usual one. */
    private static String extension(Opened doc) {
        return FileType.byName(doc.name()).filter(t -> t == doc.type())
                .map(t -> doc.name().substring(doc.name().lastIndexOf('.') + 1)).orElse(doc.type().extension());
    }

    /**
     * The independent residue check: core's leak check (every replaced original in the forms a reader would
     * still recognise) run on each place of the format's own re-read of the output. Veil's stand-ins are
     * exempt wherever they appear, as they are in core's check of the text.
     */
    private static void checkNoOriginalLeft(DocumentFormat format, byte[] output, Anonymized anonymized)
            throws DocumentRefused {
        List<Replacement> replaced = new ArrayList<>();
        Set<String> standIns = new LinkedHashSet<>();
        for (Replacement r : anonymized.replacements()) {
            if (r.changed()) {
                replaced.add(new Replacement(r.span(), r.label(), r.operator(), r.replacement(), 0, 0));
                if (!r.replacement().isBlank()) {
                    standIns.add(r.replacement());
                }
            }
        }
        if (replaced.isEmpty()) {
            return;
        }
        Map<String, String> places = guarded(format, () -> format.textByPlace(output));
        for (Map.Entry<String, String> place : places.entrySet()) {
            String text = place.getValue();
            List<Replacement> records = new ArrayList<>(replaced);
            records.addAll(standInRegions(text, standIns));
            List<Leak> leaks = Verifier.standard().leaks(new Anonymized(text, text, anonymized.policy(), records));
            if (!leaks.isEmpty()) {
                Leak l = leaks.get(0);
                throw new DocumentRefused("verification found a replaced original (" + l.type() + ") still in the "
                        + format.name() + " output, in " + place.getKey() + " (line " + l.line() + ", column "
                        + l.column() + "); nothing was written");
            }
        }
    }

    /** Unchanged records marking where a stand-in Veil wrote appears in {@code text} (code points). */
    private static List<Replacement> standInRegions(String text, Set<String> standIns) {
        List<Replacement> out = new ArrayList<>();
        for (String s : standIns) {
            int cps = s.codePointCount(0, s.length());
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length())) {
                int start = text.codePointCount(0, at);
                Span span = new Span(start, start + cps, s, EntityType.MISC, IdentifierKind.NONE, 1.0, "veil", null);
                out.add(new Replacement(span, "stand-in", "keep", s, start, start + cps));
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws DocumentRefused;
    }

    /** A reader bug on a document it did not foresee is a refusal naming the family, never a crash. */
    private static <T> T guarded(DocumentFormat format, Step<T> step) throws DocumentRefused {
        try {
            return step.run();
        } catch (RuntimeException e) {
            throw new DocumentRefused("the " + format.name() + " document is malformed or uses a feature Veil does "
                    + "not read (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + e.getMessage()) + "); nothing was written", e);
        }
    }
}
