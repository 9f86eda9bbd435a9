package org.veil.core.recognize.tagger;

/**
 * What a language contributes to the shared tagger: the features of token {@code i} of a sentence, given the
 * tags already chosen for the two tokens before it ({@code "<S>"} before the sentence start).
 *
 * @param <S> the language's sentence representation
 */
public interface FeatureExtractor<S> {
    int length(S sentence);

    void extract(S sentence, int i, String prev1, String prev2, Features out);
}
