package io.hindsight.text;

import java.util.Objects;

/**
 * One word of an analyzed text.
 *
 * @param term the analyzed term (canonical synonym, stemmed): what texts are compared by
 * @param surface the text the term came from, lower-cased ("deployments", "out of memory")
 * @param position the word position; removed stop words leave gaps
 * @param startOffset start of the surface in the original text (inclusive)
 * @param endOffset end of the surface in the original text (exclusive)
 */
public record AnalyzedToken(String term, String surface, int position, int startOffset, int endOffset) {
    public AnalyzedToken {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(surface, "surface");
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("bad offsets " + startOffset + ".." + endOffset + " for " + term);
        }
    }
}
