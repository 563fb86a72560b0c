package io.hindsight.analyse.causes;

import java.util.List;
import java.util.Objects;

/**
 * One recommended investment of the quarterly review: a theme that recurred, what to do about
 * it, and the follow-up already planned.
 *
 * @param themeId the theme
 * @param themeName its name
 * @param recommendation one sentence built from the data: the theme's investment, how many
 *     incidents of the quarter it touched, its most frequent causes and the planned actions
 * @param incidentIds incidents of the review quarter with a factor in this theme, sorted
 * @param actionItems action item texts of those incidents that target this theme
 */
public record Investment(String themeId, String themeName, String recommendation, List<String> incidentIds,
        List<String> actionItems) {
    public Investment {
        Objects.requireNonNull(themeId, "themeId");
        Objects.requireNonNull(themeName, "themeName");
        Objects.requireNonNull(recommendation, "recommendation");
        incidentIds = List.copyOf(incidentIds);
        actionItems = List.copyOf(actionItems);
    }
}
