package io.hindsight.analyse;

import io.hindsight.model.Quarter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Ranks the clustering stage's recurring causes for the quarter and totals them by theme. */
final class CauseRanking {
    private CauseRanking() {
    }

    static RecurringCauses review(Corpus corpus) {
        List<CauseSummary> causes = corpus.input().causes();
        String q = corpus.quarter().toString();
        String prev = corpus.quarter().minus(1).toString();
        List<RecurringCauses.CauseRow> rows = new ArrayList<>();
        for (CauseSummary c : causes) {
            List<String> ids = c.incidentIds().stream().distinct().toList();
            int thisQuarter = c.countByQuarter().getOrDefault(q, 0);
            if (ids.size() < 2 && thisQuarter == 0) {
                continue;
            }
            List<IncidentRef> now = new ArrayList<>();
            List<IncidentRef> earlier = new ArrayList<>();
            for (String id : ids) {
                Optional<Quarter> iq = corpus.quarterOf(id);
                if (iq.filter(corpus.quarter()::equals).isPresent()) {
                    now.add(corpus.ref(id));
                } else if (iq.filter(x -> x.compareTo(corpus.quarter()) < 0).isPresent()) {
                    earlier.add(corpus.ref(id));
                }
            }
            Comparator<IncidentRef> byDate = Comparator.comparing((IncidentRef r) -> r.date().orElse(LocalDate.MIN))
                    .thenComparing(IncidentRef::id);
            now.sort(byDate);
            earlier.sort(byDate.reversed());
            List<RecurringCauses.QuarterCount> byQuarter = new ArrayList<>();
            for (Quarter w : corpus.window()) {
                byQuarter.add(new RecurringCauses.QuarterCount(w, c.countByQuarter().getOrDefault(w.toString(), 0)));
            }
            rows.add(new RecurringCauses.CauseRow(c.id(), c.label(), nameOf(c), thisQuarter,
                    c.countByQuarter().getOrDefault(prev, 0), ids.size(), c.trend() == null ? "" : c.trend(),
                    c.example() == null ? "" : c.example(), c.topTerms(), now, earlier, byQuarter));
        }
        rows.sort(Comparator.comparingInt(RecurringCauses.CauseRow::thisQuarter).reversed()
                .thenComparing(Comparator.comparingInt(RecurringCauses.CauseRow::overall).reversed())
                .thenComparing(r -> r.label().toLowerCase(Locale.ROOT)).thenComparing(RecurringCauses.CauseRow::id));
        int recurring = (int) causes.stream().filter(c -> c.incidentIds().stream().distinct().count() >= 2).count();

        Map<String, String> names = new HashMap<>();
        Map<String, Set<String>> incidents = new HashMap<>();
        Map<String, Integer> clusters = new HashMap<>();
        for (CauseSummary c : causes) {
            String theme = c.theme() == null || c.theme().isBlank() ? "unthemed" : c.theme();
            names.putIfAbsent(theme, nameOf(c));
            incidents.computeIfAbsent(theme, k -> new HashSet<>()).addAll(c.incidentIds());
            clusters.merge(theme, 1, Integer::sum);
        }
        List<RecurringCauses.ThemeRow> themes = new ArrayList<>();
        incidents.forEach((theme, ids) -> themes.add(new RecurringCauses.ThemeRow(theme, names.get(theme),
                (int) ids.stream().filter(id -> corpus.quarterOf(id).filter(corpus.quarter()::equals).isPresent()).count(),
                ids.size(), clusters.get(theme))));
        themes.sort(Comparator.comparingInt(RecurringCauses.ThemeRow::thisQuarter).reversed()
                .thenComparing(Comparator.comparingInt(RecurringCauses.ThemeRow::overall).reversed())
                .thenComparing(RecurringCauses.ThemeRow::name).thenComparing(RecurringCauses.ThemeRow::theme));
        return new RecurringCauses(causes.size(), recurring, rows.subList(0, Math.min(RecurringCauses.TOP, rows.size())),
                themes, corpus.input().commonFactors(), corpus.input().investments());
    }

    private static String nameOf(CauseSummary c) {
        if (c.themeName() != null && !c.themeName().isBlank()) {
            return c.themeName();
        }
        return c.theme() == null || c.theme().isBlank() ? "Unthemed" : c.theme();
    }
}
