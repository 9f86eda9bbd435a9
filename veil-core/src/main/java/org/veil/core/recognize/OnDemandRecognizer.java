package org.veil.core.recognize;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A recognizer whose model is loaded the first time a text needs it: an English model costs seconds to load,
 * and a Cyrillic-only text (or an English-only one for the Russian tagger) would pay that for nothing. A text
 * the recognizer is not {@code needed} for yields no mentions, exactly what the loaded recognizer would give it.
 */
public final class OnDemandRecognizer implements Recognizer {
    private final String name;
    private final Predicate<String> needed;
    private final Supplier<? extends Recognizer> loader;
    private volatile Recognizer loaded;

    /**
     * @param name   the loaded recognizer's {@link Recognizer#name()}, known without loading it
     * @param needed true for a text on which the loaded recognizer could find anything at all
     * @param loader builds (or returns the shared) recognizer; called at most once per instance
     */
    public OnDemandRecognizer(String name, Predicate<String> needed, Supplier<? extends Recognizer> loader) {
        this.name = Objects.requireNonNull(name);
        this.needed = Objects.requireNonNull(needed);
        this.loader = Objects.requireNonNull(loader);
    }

    @Override
    public String name() {
        return name;
    }

    /** Whether the model has been loaded (by a text that needed it). */
    public boolean isLoaded() {
        return loaded != null;
    }

    @Override
    public List<Mention> recognize(String text) {
        return needed.test(text) ? recognizer().recognize(text) : List.of();
    }

    private Recognizer recognizer() {
        Recognizer r = loaded;
        if (r == null) {
            synchronized (this) {
                r = loaded;
                if (r == null) {
                    r = loader.get();
                    loaded = r;
                }
            }
        }
        return r;
    }
}
