package io.hindsight.analyse;

import io.hindsight.analyse.quality.QualityAssessor;
import io.hindsight.model.ActionItem;
import io.hindsight.model.ActionStatus;
import io.hindsight.model.DetectionMethod;
import io.hindsight.model.Impact;
import io.hindsight.model.Incident;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Phase;
import io.hindsight.model.Quality;
import io.hindsight.model.SectionKind;
import io.hindsight.model.Severity;
import io.hindsight.model.SourceFormat;
import io.hindsight.model.TimelineEvent;
import io.hindsight.model.TimingMetric;
import io.hindsight.model.Timings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/** Builds incident records in code for tests: only what a test sets is present. */
public final class IncidentBuilder {
    private final String id;
    private final Optional<LocalDate> date;
    private String title;
    private Severity severity;
    private String status;
    private List<String> services = List.of();
    private String author;
    private List<String> participants = List.of();
    private LocalDate postmortemDate;
    private String summary;
    private final Map<TimingMetric, Long> minutes = new EnumMap<>(TimingMetric.class);
    private Long statedDuration;
    private Impact impact = Impact.NONE;
    private DetectionMethod detection;
    private String rootCause;
    private List<String> factors = List.of();
    private final List<ActionItem> actions = new ArrayList<>();
    private List<String> well = List.of();
    private List<String> poorly = List.of();
    private List<String> lessons = List.of();
    private List<TimelineEvent> timeline = List.of();
    private List<String> warnings = List.of();
    private List<String> clusters = List.of();
    private java.util.Optional<String> rootCluster = java.util.Optional.empty();
    private Quality quality;
    private String prose = "";

    private IncidentBuilder(String id, Optional<LocalDate> date) {
        this.id = id;
        this.date = date;
    }

    public static IncidentBuilder incident(String id, String date) {
        return new IncidentBuilder(id, Optional.ofNullable(date).map(LocalDate::parse));
    }

    public IncidentBuilder title(String t) {
        title = t;
        return this;
    }

    public IncidentBuilder severity(Severity s) {
        severity = s;
        return this;
    }

    public IncidentBuilder status(String s) {
        status = s;
        return this;
    }

    public IncidentBuilder services(String... s) {
        services = List.of(s);
        return this;
    }

    public IncidentBuilder author(String a) {
        author = a;
        return this;
    }

    public IncidentBuilder participants(String... p) {
        participants = List.of(p);
        return this;
    }

    public IncidentBuilder postmortem(String d) {
        postmortemDate = LocalDate.parse(d);
        return this;
    }

    public IncidentBuilder summary(String s) {
        summary = s;
        return this;
    }

    public IncidentBuilder minutes(TimingMetric m, long v) {
        minutes.put(m, v);
        return this;
    }

    public IncidentBuilder ttd(long v) {
        return minutes(TimingMetric.TTD, v);
    }

    public IncidentBuilder ttm(long v) {
        return minutes(TimingMetric.TTM, v);
    }

    public IncidentBuilder ttr(long v) {
        return minutes(TimingMetric.TTR, v);
    }

    public IncidentBuilder statedDuration(long v) {
        statedDuration = v;
        return this;
    }

    public IncidentBuilder impact(Long users, Double pct, Long revenue, Boolean slo) {
        impact = new Impact(users == null ? OptionalLong.empty() : OptionalLong.of(users),
                pct == null ? OptionalDouble.empty() : OptionalDouble.of(pct), OptionalLong.empty(),
                revenue == null ? OptionalLong.empty() : OptionalLong.of(revenue), Optional.ofNullable(slo),
                OptionalLong.empty());
        return this;
    }

    public IncidentBuilder detection(DetectionMethod d) {
        detection = d;
        return this;
    }

    public IncidentBuilder rootCause(String r) {
        rootCause = r;
        return this;
    }

    public IncidentBuilder factors(String... f) {
        factors = List.of(f);
        return this;
    }

    public IncidentBuilder well(String... w) {
        well = List.of(w);
        return this;
    }

    public IncidentBuilder poorly(String... p) {
        poorly = List.of(p);
        return this;
    }

    public IncidentBuilder lessons(String... l) {
        lessons = List.of(l);
        return this;
    }

    /** Timeline lines as "HH:MM text" on the incident date, with no phase. */
    public IncidentBuilder timeline(String... lines) {
        List<TimelineEvent> t = new ArrayList<>();
        for (String l : lines) {
            Instant at = Instant.parse(date.orElseThrow() + "T" + l.substring(0, 5) + ":00Z");
            t.add(new TimelineEvent(Optional.of(at), l.substring(6), Optional.empty(), Optional.<Phase>empty()));
        }
        timeline = t;
        return this;
    }

    /**
     * @param owner    null for none
     * @param due      null for none
     * @param priority null for none
     * @param status   as written (Done, Open, In progress, Won't do), null for none
     */
    public IncidentBuilder action(String itemId, String action, String owner, String due, String priority, String status) {
        actions.add(new ActionItem(itemId, action, Optional.ofNullable(owner), Optional.ofNullable(due).map(LocalDate::parse),
                Optional.ofNullable(priority), ActionStatus.parse(status)));
        return this;
    }

    public IncidentBuilder warnings(String... w) {
        warnings = List.of(w);
        return this;
    }

    /** The incident's cause clusters; the first is its root cause's unless {@link #contributingOnly} follows. */
    public IncidentBuilder clusters(String... c) {
        clusters = List.of(c);
        rootCluster = c.length == 0 ? java.util.Optional.empty() : java.util.Optional.of(c[0]);
        return this;
    }

    /** The clusters hold contributing factors only: the root cause fell in none of them. */
    public IncidentBuilder contributingOnly() {
        rootCluster = java.util.Optional.empty();
        return this;
    }

    /** Sets the quality outright (for hand-computed expectations). */
    public IncidentBuilder quality(int score, List<SectionKind> missing, String... blame) {
        quality = new Quality(score, missing, Arrays.asList(blame), 0, 0);
        return this;
    }

    /** Extra prose for the blame check when quality is assessed rather than set. */
    public IncidentBuilder prose(String text) {
        prose = text;
        return this;
    }

    public Incident incident() {
        Set<SectionKind> sections = EnumSet.of(SectionKind.METADATA);
        if (summary != null) {
            sections.add(SectionKind.SUMMARY);
        }
        if (impact != Impact.NONE) {
            sections.add(SectionKind.IMPACT);
        }
        if (!timeline.isEmpty()) {
            sections.add(SectionKind.TIMELINE);
        }
        if (detection != null) {
            sections.add(SectionKind.DETECTION);
        }
        if (rootCause != null) {
            sections.add(SectionKind.ROOT_CAUSE);
        }
        if (!factors.isEmpty()) {
            sections.add(SectionKind.CONTRIBUTING_FACTORS);
        }
        if (!well.isEmpty()) {
            sections.add(SectionKind.WHAT_WENT_WELL);
        }
        if (!poorly.isEmpty()) {
            sections.add(SectionKind.WHAT_WENT_POORLY);
        }
        if (!actions.isEmpty()) {
            sections.add(SectionKind.ACTION_ITEMS);
        }
        if (!lessons.isEmpty()) {
            sections.add(SectionKind.LESSONS_LEARNED);
        }
        return new Incident(id, "postmortems/" + id + ".md", SourceFormat.MARKDOWN, Optional.ofNullable(title), date,
                Optional.ofNullable(severity), Optional.ofNullable(status), services, Optional.ofNullable(author),
                participants, Optional.ofNullable(postmortemDate), Optional.ofNullable(summary), timeline,
                new Timings(Map.of(), minutes), statedDuration == null ? OptionalLong.empty() : OptionalLong.of(statedDuration),
                impact, Optional.ofNullable(detection), Optional.ofNullable(rootCause), factors, actions, well, poorly,
                lessons, sections, warnings);
    }

    public IncidentRecord build() {
        Incident i = incident();
        Quality q = quality;
        if (q == null) {
            StringBuilder text = new StringBuilder(prose).append('\n');
            i.summary().ifPresent(s -> text.append(s).append('\n'));
            i.rootCause().ifPresent(s -> text.append(s).append('\n'));
            for (List<String> l : List.of(i.contributingFactors(), i.whatWentWell(), i.whatWentPoorly(), i.lessonsLearned())) {
                l.forEach(s -> text.append(s).append('\n'));
            }
            i.timeline().forEach(e -> text.append(e.text()).append('\n'));
            q = QualityAssessor.standard().assess(i, text.toString());
        }
        return new IncidentRecord(i, q, clusters, rootCluster);
    }
}
