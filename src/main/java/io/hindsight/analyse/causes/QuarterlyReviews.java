package io.hindsight.analyse.causes;

import io.hindsight.text.TermExtractor;
import io.hindsight.model.Quarter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the quarterly review from a clustering. The rules:
 *
 * <ul>
 *   <li><b>common factors</b>: every recurring cause with at least one incident in the quarter,
 *       by incidents in the quarter, then overall, then id; at most {@value #MAX_FACTORS};
 *   <li><b>recommended investments</b>: themes other than {@value Theme#OTHER} ranked by the
 *       distinct incidents of the quarter that have a factor in the theme (clustered or not),
 *       then by taxonomy order; at most {@value #MAX_INVESTMENTS}, and only themes touching at
 *       least {@value #MIN_INCIDENTS} incidents (a pattern, not a one-off) unless no theme
 *       does, then the top one. The recommendation sentence is assembled from the theme's
 *       {@code investment} text, the incident counts, the theme's most frequent cause labels
 *       in the quarter and the number of action items that already target the theme;
 *   <li><b>action items target a theme</b> when the taxonomy matches their text to it, the
 *       same way factors are matched.
 * </ul>
 */
public final class QuarterlyReviews {
    static final int MAX_FACTORS = 10;
    static final int MAX_INVESTMENTS = 3;
    static final int MIN_INCIDENTS = 2;
    private static final int LABELS_PER_SENTENCE = 2;

    private QuarterlyReviews() {}

    /**
     * @param clustering the clustering of all factors read
     * @param quarter the quarter under review
     * @param actionTextsByIncident action item texts per incident id
     * @param taxonomy the taxonomy the clustering used
     */
    public static QuarterlyReview build(Clustering clustering, Quarter quarter,
            Map<String, List<String>> actionTextsByIncident, Taxonomy taxonomy) {
        Objects.requireNonNull(clustering, "clustering");
        Objects.requireNonNull(quarter, "quarter");
        Map<String, Set<String>> themesOfIncident = new TreeMap<>();
        clustering.themeOfFactor().forEach((factor, theme) -> {
            String incident = clustering.incidentOfFactor().get(factor);
            if (incident != null && quarter.equals(clustering.quarterOfIncident().get(incident))) {
                themesOfIncident.computeIfAbsent(incident, i -> new TreeSet<>()).add(theme);
            }
        });
        return build(clustering.clusters(), quarter, themesOfIncident, actionTextsByIncident, taxonomy);
    }

    /**
     * @param clusters every recurring cause
     * @param quarter the quarter under review
     * @param themesOfIncident for each incident of the quarter that has factors: the themes of
     *     its factors (a clustered factor's is its cluster's), {@value Theme#OTHER} included
     * @param actionTextsByIncident action item texts per incident id
     * @param taxonomy the taxonomy the clustering used
     */
    public static QuarterlyReview build(List<CauseCluster> clusters, Quarter quarter, Map<String, Set<String>> themesOfIncident,
            Map<String, List<String>> actionTextsByIncident, Taxonomy taxonomy) {
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(themesOfIncident, "themesOfIncident");
        Objects.requireNonNull(actionTextsByIncident, "actionTextsByIncident");
        Objects.requireNonNull(taxonomy, "taxonomy");
        String q = quarter.toString();

        List<CommonFactor> common = new ArrayList<>();
        for (CauseCluster c : clusters) {
            int now = c.countByQuarter().getOrDefault(q, 0);
            if (now > 0) {
                common.add(new CommonFactor(c.id(), c.label(), c.theme(), now, c.incidentIds().size(), c.trend()));
            }
        }
        common.sort(Comparator.comparingInt(CommonFactor::incidentsInQuarter).reversed()
                .thenComparing(Comparator.comparingInt(CommonFactor::incidentsOverall).reversed())
                .thenComparing(CommonFactor::clusterId));
        List<CommonFactor> commonFactors = common.subList(0, Math.min(MAX_FACTORS, common.size()));

        Map<String, Set<String>> incidentsByTheme = new TreeMap<>();
        Set<String> incidentsInQuarter = new TreeSet<>(themesOfIncident.keySet());
        themesOfIncident.forEach((incident, themes) -> {
            for (String theme : themes) {
                if (!Theme.OTHER.equals(theme)) {
                    incidentsByTheme.computeIfAbsent(theme, t -> new TreeSet<>()).add(incident);
                }
            }
        });
        List<Theme> ranked = new ArrayList<>();
        for (Theme t : taxonomy.themes()) {
            if (incidentsByTheme.containsKey(t.id())) {
                ranked.add(t);
            }
        }
        ranked.sort(Comparator.comparingInt((Theme t) -> -incidentsByTheme.get(t.id()).size()));
        List<Theme> chosen = new ArrayList<>();
        for (Theme t : ranked) {
            if (chosen.size() < MAX_INVESTMENTS && incidentsByTheme.get(t.id()).size() >= MIN_INCIDENTS) {
                chosen.add(t);
            }
        }
        if (chosen.isEmpty() && !ranked.isEmpty()) {
            chosen.add(ranked.get(0));
        }

        List<Investment> investments = new ArrayList<>();
        try (TermExtractor extractor = TermExtractor.builtIn()) {
            ThemeMatcher matcher = new ThemeMatcher(taxonomy, extractor);
            for (Theme theme : chosen) {
                Set<String> incidents = incidentsByTheme.get(theme.id());
                List<String> actions = new ArrayList<>();
                for (String incident : incidents) {
                    for (String action : actionTextsByIncident.getOrDefault(incident, List.of())) {
                        if (action != null && !action.isBlank()
                                && theme.id().equals(matcher.bestId(matcher.scores(extractor.analyze(action))))
                                && !actions.contains(action.strip())) {
                            actions.add(action.strip());
                        }
                    }
                }
                List<CommonFactor> causes = common.stream().filter(c -> c.theme().equals(theme.id())).toList();
                investments.add(new Investment(theme.id(), theme.name(),
                        sentence(theme, incidents.size(), incidentsInQuarter.size(), q, causes, actions.size()),
                        List.copyOf(incidents), actions));
            }
        }
        return new QuarterlyReview(commonFactors, investments);
    }

    /**
     * "Make rollouts progressive, with canary stages and automatic rollback: deployment and
     * binary push played a part in 4 of 9 incidents in 2026-Q1, most often "no canary stage"
     * (3) and "config pushed to all regions at once" (2); 2 action items already target it."
     */
    static String sentence(Theme theme, int incidents, int total, String quarter, List<CommonFactor> causes,
            int actions) {
        StringBuilder s = new StringBuilder();
        s.append(theme.investment().orElse("Reduce " + lowerFirst(theme.name()))).append(": ");
        s.append(lowerFirst(theme.name())).append(" played a part in ").append(incidents).append(" of ").append(total)
                .append(total == 1 ? " incident in " : " incidents in ").append(quarter);
        List<CommonFactor> top = causes.subList(0, Math.min(LABELS_PER_SENTENCE, causes.size()));
        for (int i = 0; i < top.size(); i++) {
            s.append(i == 0 ? ", most often " : " and ");
            s.append('"').append(top.get(i).label()).append("\" (").append(top.get(i).incidentsInQuarter()).append(')');
        }
        s.append("; ");
        if (actions == 0) {
            s.append("no action item targets it yet.");
        } else {
            s.append(actions).append(actions == 1 ? " action item already targets it." : " action items already target it.");
        }
        return s.toString();
    }

    private static String lowerFirst(String text) {
        if (text.length() >= 2 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }
}
