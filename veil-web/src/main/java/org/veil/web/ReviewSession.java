package org.veil.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policy;
import org.veil.core.Publisher;
import org.veil.core.Publisher.Published;
import org.veil.core.anonymize.Replacement;
import org.veil.core.verify.RiskReport;
import org.veil.core.lang.LanguageDetector;
import org.veil.core.model.Analysis;
import org.veil.core.model.CodePointIndex;
import org.veil.core.model.Document;
import org.veil.core.model.Span;
import org.veil.core.vault.Vault;

/**
 * The state of one review run: the open document, its analysis, the reviewer's decisions and the terms that
 * carry over to the next documents. Every decision is replayed onto the analyzer's result and the preview is
 * rebuilt; decisions and terms are saved after every change (sealed in the vault when there is one).
 */
final class ReviewSession {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TERMS = "review:terms";
    private static final TypeReference<List<Decision>> DECISIONS = new TypeReference<>() { };
    private static final TypeReference<Terms> TERMS_TYPE = new TypeReference<>() { };

    private final CompletableFuture<Analyzer> analyzer;
    private final Policy policy;
    private Publisher publisher;
    private final AllowedPaths paths;
    private final Vault vault;
    private final MappingStore memory = new MemoryStore();
    private final DecisionStore notes;
    private final Map<String, CompletableFuture<Analysis>> analysed = new ConcurrentHashMap<>();
    private Terms terms;
    private Open open;
    private volatile boolean loading;
    private final Object riskLock = new Object();
    private CheckedRisk lastRisk;

    /** The open document: where it came from, what was found in it, what the reviewer decided. */
    private static final class Open {
        final String key;
        final String name;
        final Path folder;
        final Analysis analysed;
        final Terms terms;
        final List<Decision> decisions = new ArrayList<>();
        Reviewed reviewed;
        int changes;
        int exportedAt;

        Open(String key, String name, Path folder, Analysis analysed, Terms terms) {
            this.key = key;
            this.name = name;
            this.folder = folder;
            this.analysed = analysed;
            this.terms = terms;
        }
    }

    /** {@code analyzer} loads its models in the background, so the page can be served at once. */
    ReviewSession(Supplier<Analyzer> analyzer, Policy policy, AllowedPaths paths, Vault vault) {
        this.analyzer = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                this.analyzer.complete(analyzer.get());
            } catch (RuntimeException | Error e) {
                this.analyzer.completeExceptionally(e);
            }
        }, "veil-review-models");
        loader.setDaemon(true);
        loader.start();
        this.policy = policy;
        this.paths = paths;
        this.vault = vault;
        this.notes = vault == null ? new DecisionStore.InMemory() : new DecisionStore.InVault(vault);
        this.terms = notes.get(TERMS).map(j -> read(j, TERMS_TYPE)).orElse(Terms.NONE);
    }

    AllowedPaths paths() {
        return paths;
    }

    /** Whether a document is being analysed in the background (the first one given on the command line). */
    boolean loading() {
        return loading;
    }

    void loading(boolean value) {
        loading = value;
    }

    synchronized boolean isOpen() {
        return open != null;
    }

    synchronized Terms terms() {
        return terms;
    }

    String policy() {
        return policy.name();
    }

    private Analyzer analyzer() {
        return analyzer.join();
    }

    private synchronized Publisher publisher() {
        if (publisher == null) {
            publisher = new Publisher(analyzer(), policy);
        }
        return publisher;
    }

    /** Opens a file given on the command line or below its folders. */
    Views.DocView openPath(String requested) throws Refused {
        Path file = paths.resolve(requested);
        return openText(file.getFileName().toString(), file.getParent(), read(file));
    }

    /** A listed file goes through the same content checks as an upload (DOCX, PDF… refused by name). */
    private static String read(Path file) throws Refused {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > Uploads.MAX_BYTES) {
                throw new Refused(413, name + " is larger than the limit of " + Uploads.MAX_BYTES / (1024 * 1024)
                        + " MB");
            }
            return Uploads.text(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new Refused(500, "cannot read " + name);
        }
    }

    /** Opens an uploaded document; it is exported to the first folder given. */
    Views.DocView openUpload(String rawName, byte[] bytes) throws Refused {
        String name = Uploads.safeName(rawName);
        String text = Uploads.text(bytes, name);
        return openText(name, paths.uploadFolder(), text);
    }

    /** Analyses a listed document ahead of time, so opening it later is immediate. */
    void prepare(String requested) throws Refused {
        Path file = paths.resolve(requested);
        String text = read(file);
        analysis(key(text), file.getFileName().toString(), text).join();
    }

    /**
     * The analysis of a text, computed once: a second request for the same text (the page opening a document
     * that is still being prepared) waits for the first. Runs outside the session lock, since a long
     * document takes seconds and must not block other requests.
     */
    private CompletableFuture<Analysis> analysis(String key, String name, String text) {
        CompletableFuture<Analysis> mine = new CompletableFuture<>();
        CompletableFuture<Analysis> known = analysed.putIfAbsent(key, mine);
        if (known != null) {
            return known;
        }
        try {
            mine.complete(analyzer().analyze(new Document(name, text, LanguageDetector.documentLanguage(text))));
        } catch (RuntimeException e) {
            analysed.remove(key);
            mine.completeExceptionally(e);
        }
        return mine;
    }

    private static String key(String text) {
        return "review:doc:" + sha256(text);
    }

    private Views.DocView openText(String name, Path folder, String text) {
        String key = key(text);
        Analysis found = analysis(key, name, text).join();
        // The same text under another name (an upload of a listed file) keeps the name it was opened with.
        Analysis analysis = found.document().id().equals(name) ? found
                : new Analysis(new Document(name, text, found.document().language()), found.spans(), found.entities());
        synchronized (this) {
            Open o = new Open(key, name, folder, analysis, terms);
            notes.get(key).map(j -> read(j, DECISIONS))
                    .ifPresent(o.decisions::addAll);
            open = o;
            replay();
            o.exportedAt = o.changes;
            return view(true);
        }
    }

    synchronized Views.DocView view(boolean withText) {
        requireOpen();
        Reviewed r = open.reviewed;
        Anonymized preview = withStore(s -> publisher().anonymize(r.analysis(), new PreviewStore(s)));
        return new Views.DocView(open.name, r.analysis().document().language(),
                withText ? r.analysis().document().text() : null, Views.spans(r), Views.entities(r.analysis()),
                Views.preview(preview), open.decisions.size(), unsaved(), notes.durable(), terms);
    }

    private boolean unsaved() {
        return !notes.durable() && open.changes != open.exportedAt && !open.decisions.isEmpty();
    }

    synchronized Views.DocView decide(Decision d) {
        requireOpen();
        open.decisions.add(d);
        learn(d);
        changed();
        return view(false);
    }

    synchronized Views.DocView undo() {
        requireOpen();
        if (!open.decisions.isEmpty()) {
            open.decisions.remove(open.decisions.size() - 1);
            changed();
        }
        return view(false);
    }

    synchronized Views.DocView forget(String term) {
        terms = terms.without(term);
        notes.put(TERMS, write(TERMS_TYPE, terms));
        return view(false);
    }

    /** Rejected mentions are allowed and added ones denied from the next document on. */
    private void learn(Decision d) {
        Terms before = terms;
        if (d instanceof Decision.Reject r) {
            Span s = spanAt(r.start(), r.end());
            if (s != null) {
                terms = terms.withAllowed(s.text());
            }
        } else if (d instanceof Decision.Add a) {
            String surface = surface(a.start(), a.end());
            if (!surface.isBlank()) {
                terms = terms.withDenied(surface, a.type());
            }
        }
        if (!terms.equals(before)) {
            notes.put(TERMS, write(TERMS_TYPE, terms));
        }
    }

    private Span spanAt(int start, int end) {
        return open.reviewed.analysis().spans().stream().filter(s -> s.start() == start && s.end() == end)
                .findFirst().orElse(null);
    }

    private String surface(int start, int end) {
        String text = open.analysed.document().text();
        CodePointIndex index = new CodePointIndex(text);
        int n = text.codePointCount(0, text.length());
        if (start < 0 || end > n || start >= end) {
            return "";
        }
        int[] words = DecisionReplay.snap(text, index.toChar(start), index.toChar(end));
        return text.substring(words[0], words[1]);
    }

    private void changed() {
        open.changes++;
        replay();
        notes.put(open.key, write(DECISIONS, open.decisions));
    }

    private void replay() {
        open.reviewed = DecisionReplay.replay(open.analysed, open.terms, open.decisions);
    }

    /**
     * The residual risk of the reviewed document as it would be published. The one place risk is computed:
     * switch it to another verifier here. The output is analysed outside any lock, so actions stay quick.
     */
    RiskView risk() {
        // One check at a time, always of the latest state: analysing a long output takes seconds, and a
        // queue of checks of states already gone would starve the actions.
        synchronized (riskLock) {
            Analysis analysis;
            List<String> kept;
            synchronized (this) {
                requireOpen();
                analysis = open.reviewed.analysis();
                kept = keptByReviewer(open.analysed, analysis);
            }
            if (lastRisk != null && lastRisk.analysis() == analysis) {
                return lastRisk.view();
            }
            Anonymized anonymized = withStore(s -> publisher().anonymize(analysis, new PreviewStore(s)));
            Published published = publisher().verify(anonymized, analysis.document());
            lastRisk = new CheckedRisk(analysis, riskView(published, kept));
            return lastRisk.view();
        }
    }

    private record CheckedRisk(Analysis analysis, RiskView view) {
    }

    /** Entities detected as identifying (or added) that the reviewer chose to keep, by type. */
    private static List<String> keptByReviewer(Analysis detected, Analysis reviewed) {
        java.util.Set<String> masked = new java.util.HashSet<>();
        detected.entities().stream().filter(e -> e.kind().masked()).forEach(e -> masked.add(e.id()));
        return reviewed.entities().stream()
                .filter(e -> !e.kind().masked() && (masked.contains(e.id()) || !e.id().startsWith("E")))
                .map(e -> e.type().name()).toList();
    }

    private static RiskView riskView(Published p, List<String> kept) {
        String out = p.anonymized().text();
        CodePointIndex index = new CodePointIndex(out);
        List<RiskView.Candidate> candidates = new ArrayList<>();
        int length = out.codePointCount(0, out.length());
        // The independent checks first (left-over originals, then the shape sweep), then re-detection's finds.
        for (org.veil.core.verify.Leak l : p.verification().leaks()) {
            candidates.add(candidate(p, out, index, length, l.start(), l.end(), "LEFT-OVER " + l.type()));
        }
        for (org.veil.core.verify.Candidate c : p.verification().candidates()) {
            candidates.add(candidate(p, out, index, length, c.start(), c.end(), c.kind().name()));
        }
        List<Span> redetected = p.output() == null ? List.of() : RiskReport.residualSpans(p.anonymized(), p.output());
        for (Span s : redetected) {
            candidates.add(candidate(p, out, index, length, s.start(), s.end(), s.type().name()));
        }
        return new RiskView(p.risk(), p.risk().toText(), candidates, kept);
    }

    private static RiskView.Candidate candidate(Published p, String out, CodePointIndex index, int length,
                                                int start, int end, String what) {
        int from = index.toChar(Math.max(0, start - 40));
        int to = index.toChar(Math.min(length, end + 40));
        int s = index.toChar(start);
        int e = index.toChar(end);
        // Whole words around the finding, which is set off as »…«, so the reader sees at once what to check.
        String before = out.substring(from, s);
        String after = out.substring(e, to);
        if (from > 0 && before.indexOf(' ') >= 0) {
            before = "…" + before.substring(before.indexOf(' ') + 1);
        }
        if (to < out.length() && after.lastIndexOf(' ') > 0) {
            after = after.substring(0, after.lastIndexOf(' ')) + "…";
        }
        String context = (before + "»" + out.substring(s, e) + "«" + after).replaceAll("\\s+", " ");
        return new RiskView.Candidate(start, end, toSource(p, start), toSource(p, end), what, context);
    }

    /** Text between replacements is copied unchanged, so an output offset maps back by the shift before it. */
    static int toSource(Published p, int outOffset) {
        int shift = 0;
        for (Replacement r : p.anonymized().replacements()) {
            if (r.outStart() >= outOffset) {
                break;
            }
            if (r.outEnd() > outOffset) {
                return r.span().start();
            }
            shift = r.span().end() - r.outEnd();
        }
        return outOffset + shift;
    }

    /** Writes the published document and report beside the input, through the same path as the CLI. */
    Exporter.Exported export(boolean overwrite) throws Refused {
        Analysis analysis;
        Path folder;
        String name;
        synchronized (this) {
            requireOpen();
            analysis = open.reviewed.analysis();
            folder = open.folder;
            name = open.name;
        }
        if (folder == null) {
            throw new Refused(400, "no folder to export to: give one to veil review");
        }
        Published published = withStore(s -> publisher().publish(analysis, s));
        Exporter.Exported done = Exporter.export(folder, name, published, overwrite);
        synchronized (this) {
            if (open != null && open.reviewed.analysis() == analysis) {
                open.exportedAt = open.changes;
            }
        }
        return done;
    }

    /** Vault reads and writes happen in one transaction each, one at a time; the vault is not thread-safe. */
    private <T> T withStore(Function<MappingStore, T> work) {
        if (vault == null) {
            synchronized (memory) {
                return work.apply(memory);
            }
        }
        synchronized (vault) {
            return vault.inTransaction(() -> work.apply(vault));
        }
    }

    private void requireOpen() {
        if (open == null) {
            throw new NotOpen();
        }
    }

    /** An action on the document before one is open (the page offers none then; a stray request may). */
    static final class NotOpen extends IllegalStateException {
        NotOpen() {
            super("no document is open");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> String write(TypeReference<T> type, T value) {
        try {
            return JSON.writerFor(type).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot save decisions", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved review data cannot be read", e);
        }
    }
}
