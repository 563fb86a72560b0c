package io.hindsight.text;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops bare numbers and quantities ({@code 500}, {@code 3.5}, {@code 40k}, {@code 50ms},
 * {@code 1000x}, {@code 2gb}): they tell one incident from another, never a cause. Terms that
 * only contain digits ({@code 5xx}, {@code p99}, {@code us-east-1}, {@code k8s}) are kept.
 * Expects lower-cased input.
 */
final class NumberFilter extends FilteringTokenFilter {
    static final Pattern QUANTITY = Pattern.compile(
            "[\\p{N}]+(?:[.,_-][\\p{N}]+)*"
                    + "(?:k|m|b|g|t|x|ms|s|sec|secs|h|hr|hrs|min|mins|d|kb|mb|gb|tb|kib|mib|gib|tib|rps|qps|th|st|nd|rd|pct)?");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    NumberFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        return !QUANTITY.matcher(term).matches();
    }
}
