package io.hindsight.analyse;

import io.hindsight.analyse.timing.Distribution;
import io.hindsight.analyse.timing.TimingAnalysis;
import io.hindsight.model.Impact;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quarter;
import io.hindsight.model.Severity;
import io.hindsight.model.TimingMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The headline: counts by severity against earlier quarters, key timings, impact totals. */
final class HeadlineAnalysis {
    static final List<TimingMetric> KEY = List.of(TimingMetric.TTD, TimingMetric.TIME_TO_ROLLBACK, TimingMetric.TTM,
            TimingMetric.TTR);
    static final List<String> SEVERITIES = List.of("SEV1", "SEV2", "SEV3", "SEV4", TimingAnalysis.UNKNOWN);

    private HeadlineAnalysis() {
    }

    static Headline review(Corpus corpus) {
        Quarter q = corpus.quarter();
        Quarter prev = q.minus(1);
        Quarter yearAgo = q.minus(4);
        boolean hasPrev = corpus.covers(prev);
        boolean hasYearAgo = corpus.covers(yearAgo);
        Comparison total = Comparison.of(corpus.in(q).size(),
                hasPrev ? OptionalInt.of(corpus.in(prev).size()) : OptionalInt.empty(),
                hasYearAgo ? OptionalInt.of(corpus.in(yearAgo).size()) : OptionalInt.empty());
        List<Headline.SeverityCount> bySeverity = new ArrayList<>();
        for (String s : SEVERITIES) {
            int now = count(corpus.in(q), s);
            int p = count(corpus.in(prev), s);
            int y = count(corpus.in(yearAgo), s);
            if (s.equals(TimingAnalysis.UNKNOWN) && now + (hasPrev ? p : 0) + (hasYearAgo ? y : 0) == 0) {
                continue;
            }
            bySeverity.add(new Headline.SeverityCount(s, Comparison.of(now,
                    hasPrev ? OptionalInt.of(p) : OptionalInt.empty(), hasYearAgo ? OptionalInt.of(y) : OptionalInt.empty())));
        }
        List<Headline.QuarterVolume> volume = new ArrayList<>();
        for (Quarter w : corpus.window()) {
            List<Headline.SeverityTally> tallies = new ArrayList<>();
            for (String s : SEVERITIES) {
                tallies.add(new Headline.SeverityTally(s, count(corpus.in(w), s)));
            }
            volume.add(new Headline.QuarterVolume(w, corpus.covers(w), corpus.in(w).size(), tallies));
        }
        List<Headline.KeyTiming> timings = new ArrayList<>();
        for (TimingMetric m : KEY) {
            Distribution now = TimingAnalysis.distribution(corpus.in(q), m);
            Distribution before = TimingAnalysis.distribution(corpus.in(prev), m);
            timings.add(new Headline.KeyTiming(m, now, before, now.hasData() && before.hasData()
                    ? OptionalLong.of(now.median() - before.median()) : OptionalLong.empty()));
        }
        return new Headline(prev, yearAgo, total, bySeverity, volume, timings, impact(corpus.in(q)),
                hasPrev ? Optional.of(impact(corpus.in(prev))) : Optional.empty(),
                hasYearAgo ? Optional.of(impact(corpus.in(yearAgo))) : Optional.empty());
    }

    private static int count(List<IncidentRecord> incidents, String severity) {
        return (int) incidents.stream()
                .filter(r -> r.incident().severity().map(Severity::name).orElse(TimingAnalysis.UNKNOWN).equals(severity))
                .count();
    }

    static Headline.ImpactTotals impact(List<IncidentRecord> incidents) {
        long users = 0, failed = 0, revenue = 0, tickets = 0;
        int usersN = 0, failedN = 0, revenueN = 0, ticketsN = 0, slo = 0, sloN = 0;
        for (IncidentRecord r : incidents) {
            Impact im = r.incident().impact();
            if (im.usersAffected().isPresent()) {
                users += im.usersAffected().getAsLong();
                usersN++;
            }
            if (im.failedRequests().isPresent()) {
                failed += im.failedRequests().getAsLong();
                failedN++;
            }
            if (im.revenueLossUsd().isPresent()) {
                revenue += im.revenueLossUsd().getAsLong();
                revenueN++;
            }
            if (im.supportTickets().isPresent()) {
                tickets += im.supportTickets().getAsLong();
                ticketsN++;
            }
            if (im.sloBreached().isPresent()) {
                sloN++;
                slo += im.sloBreached().get() ? 1 : 0;
            }
        }
        return new Headline.ImpactTotals(incidents.size(), users, usersN, failed, failedN, revenue, revenueN, tickets,
                ticketsN, slo, sloN);
    }
}
