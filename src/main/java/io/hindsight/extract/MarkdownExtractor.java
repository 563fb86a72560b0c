package io.hindsight.extract;

import io.hindsight.ingest.Block;
import io.hindsight.ingest.Ingestor;
import io.hindsight.ingest.MarkdownDocument;
import io.hindsight.ingest.MarkdownReader;
import io.hindsight.ingest.RawPostmortem;
import io.hindsight.ingest.Section;
import io.hindsight.model.ActionItem;
import io.hindsight.model.DetectionMethod;
import io.hindsight.model.Incident;
import io.hindsight.model.SectionKind;
import io.hindsight.model.Severity;
import io.hindsight.model.SourceFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Markdown postmortem to one {@link Incident}: sections are found by their headings (any
 * order, any of the synonyms in {@link SectionCatalog}), metadata from wherever the document
 * states it ({@link Metadata}), the timeline through {@link TimelineReader},
 * {@link TimelineClock} and {@link TimelineAssembler}. Pure: no clock, no I/O.
 */
final class MarkdownExtractor {
    /** Fewest rows of a table of times read as the timeline under a heading that does not name one. */
    private static final int MIN_TIMED_TABLE_ROWS = 4;
    /** One name of a ticket's activity stream. */
    private static final String ACTIVITY_PART = "(?:activity|activities|activity\\s+(?:stream|log|history)|notes|comments|history|journal"
            + "|work\\s*notes|work\\s*logs?|worklogs?|work\\s+info|conversations?|progress\\s+trail|updates|actions\\s+log)";
    /** The headings of a ticket's activity stream as service desks print it: "Activity", "Activities & notes", "Comments and work notes". */
    private static final java.util.regex.Pattern ACTIVITY_STREAM = java.util.regex.Pattern.compile(
            "(?:ticket\\s+)?" + ACTIVITY_PART + "(?:\\s*(?:&|and|/|\\+)\\s*" + ACTIVITY_PART + ")*");
    /** Sections that tell the incident as a story: read as the timeline when there is no timeline section. */
    private static final java.util.Set<SectionKind> NARRATIVE = java.util.EnumSet.of(SectionKind.SUMMARY, SectionKind.DETECTION,
            SectionKind.RESPONSE, SectionKind.RECOVERY);
    /** The phases of the response; a timeline that marks them all needs no moments from the prose. */
    private static final java.util.Set<io.hindsight.model.Phase> RESPONSE_PHASES = java.util.EnumSet.of(io.hindsight.model.Phase.DETECTED,
            io.hindsight.model.Phase.ACKNOWLEDGED, io.hindsight.model.Phase.DECLARED, io.hindsight.model.Phase.IDENTIFIED,
            io.hindsight.model.Phase.MITIGATED, io.hindsight.model.Phase.RESOLVED);
    /** Sections whose prose may tell moments a timeline leaves out. */
    private static final java.util.Set<SectionKind> NARRATIVE_MOMENTS = java.util.EnumSet.of(SectionKind.SUMMARY, SectionKind.DETECTION,
            SectionKind.RESPONSE, SectionKind.RECOVERY);
    /** Sections that, as sub-headings of the timeline, group its entries by phase rather than end it. */
    private static final java.util.Set<SectionKind> PHASE_GROUPS = java.util.EnumSet.of(SectionKind.DETECTION, SectionKind.RESPONSE,
            SectionKind.RECOVERY);
    /** "all times (in this report) are CET", "times below are in IST", "timestamps are UTC+2": the rest of that sentence. */
    private static final Pattern ALL_TIMES = Pattern.compile(
            "(?i)(?:\\b(?:all (?:the )?(?:times|timestamps)|(?:times|timestamps) (?:are|below|above|here|shown|given|in this|in the)"
                    // a tool's or a page's own clock: "SysAid shows times in Sydney time (AEDT)", "every stamp below is UTC"
                    + "|(?:shows?|gives?|uses?|records?|prints?|displays?|keeps?) (?:its |all |the )?(?:times|timestamps)"
                    + "|(?:every|each) (?:stamp|time|timestamp) (?:below |above |here )?(?:is|in)(?= (?:in )?(?-i:[A-Z]))"
                    // "Stamps are as ServiceNow printed them for my profile, which is Europe/London", "our Zendesk account runs on
                    // Dublin time", "our Jira profiles are set to UTC"
                    + "|stamps (?:are|below|above|here|shown)"
                    + "|(?:account|profile|instance|helpdesk|service desk|tenant|workspace)s? (?:runs?|is|are) (?:set )?(?:on|to|in)(?= (?-i:[A-Z]))"
                    // "Todas las horas en hora de Isla de Pascua (EAST)", "Toutes les heures en CET", "Alle Zeiten in MEZ"
                    + "|" + String.join("|", Zones.ALL_TIMES_ELSEWHERE.stream().filter(p -> !isCjk(p)).toList()) + ")\\b"
                    // "本文时间均为北京时间": Chinese, Japanese and Korean words have no word boundaries between them
                    + "|(?:" + String.join("|", Zones.ALL_TIMES_ELSEWHERE.stream().filter(MarkdownExtractor::isCjk).toList()) + "))"
                    + "([^.;\\n]{0,80}(?:\\n[^.;\\n]{0,60})?)");

    private static boolean isCjk(String phrase) {
        return phrase.codePoints().anyMatch(OtherLanguages::isCjk);
    }
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^)]*)\\)");
    /** Words around a zone in a heading ("all times in UTC"), but not the "Time" of "Pacific Time". */
    private static final Pattern ZONE_FILLER = Pattern.compile(
            "(?i)\\b(all|(?<!(?:pacific|mountain|central|eastern|standard|daylight)\\s)times?|are|in|local)\\b");
    private static final Pattern TIMELINE_WORD = Pattern.compile("(?i)\\btimeline\\b");
    private static final Pattern TITLE_PREFIX = Pattern.compile(
            "(?i)^[\\s\\p{So}\\p{Sk}\\p{Cf}\\p{Mn}]*(?:\\[[^]]*]\\s*)?(?:(?:incident\\s+)?post[- ]?mortem|incident\\s+(?:report|review|retrospective|postmortem|analysis)|"
                    + "retrospective|rca|root cause analysis|post[- ]incident review|pir|outage report|incident)\\s*(?:[:—–-]|\\|)\\s*");
    /** A mail subject's tag for the kind of document: "[Postmortem] Real-time arrivals frozen", "[PIR] ...". */
    private static final Pattern TITLE_TAG = Pattern.compile(
            "(?i)^\\[(?:incident\\s+)?(?:post[- ]?mortem|pir|rca|incident(?:\\s+(?:report|review))?|post[- ]incident review)]\\s*");
    private static final Pattern POSTMORTEM_TITLE = Pattern.compile(
            "(?i)\\b(post[- ]?mortem|incident|outage|retrospective|rca|root cause analysis|post[- ]incident|sev[0-4]|p[0-4])\\b");
    private static final Pattern TTD_TEXT = Pattern.compile("(?i)\\b(?:time to detect(?:ion)?|ttd)\\b[^:\\n]*[:=]?\\s*([^\\n;]{1,60})");
    private static final Pattern PAREN_ROLE = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?)\\s*(?:[-–—]+|to|until)\\s*(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY_VALUE_HEADING = Pattern.compile("^\\s*([^:]{1,40}?)\\s*[:：]\\s*(.+)$");

    /** Metadata keys read from Impact bullets too. */
    private static final java.util.Set<String> IMPACT_METADATA = java.util.Set.of("severity", "priority", "services", "date");

    private final TimelineAssembler.Readers readers;

    MarkdownExtractor(TimelineAssembler.Readers readers) {
        this.readers = readers;
    }

    Extraction extract(RawPostmortem.Markdown raw, List<String> fileWarnings) {
        // "all times are BST, i.e. Bangladesh Standard Time (UTC+6)": the document's own reading of an abbreviation holds throughout
        // and its language tells whether its events need the glossary of other languages' words
        String plain = raw.document().plainText();
        return Zones.readingWith(Zones.definedIn(plain), () -> PhaseClassifier.readingDocument(plain, () -> read(raw, fileWarnings)));
    }

    private Extraction read(RawPostmortem.Markdown raw, List<String> fileWarnings) {
        MarkdownDocument doc = withBoldLabelSections(withRecordTableSections(raw.document()));
        // the front matter as the readers of JSON records see it (a timeline or action items kept in it)
        com.fasterxml.jackson.databind.node.ObjectNode frontMatter = FrontMatterNodes.of(doc.frontMatter());
        List<String> warnings = new ArrayList<>(fileWarnings);
        List<Section> sections = doc.sections();
        List<Optional<SectionKind>> kinds = new ArrayList<>();
        Metadata md = new Metadata();
        doc.frontMatter().forEach(md::put);

        Optional<String> h1Title = Optional.empty();
        boolean[] metadataHeading = new boolean[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            Matcher kv = KEY_VALUE_HEADING.matcher(s.heading());
            if (kv.matches() && Metadata.canonical(kv.group(1)).filter(k -> !k.equals("title")).isPresent()
                    && SectionCatalog.kindOf(s.heading()).isEmpty()) {
                md.put(kv.group(1), kv.group(2));
                metadataHeading[i] = true;
                kinds.add(Optional.empty());
                continue;
            }
            // "# Root Cause Analysis — File Upload Failures": a report's kind and subject title the document
            boolean reportTitle = i == 0 && s.level() == 1 && REPORT_TITLE.matcher(s.heading()).lookingAt();
            kinds.add(reportTitle ? Optional.empty() : SectionCatalog.kindOf(s.heading()));
            if (s.level() == 1 && h1Title.isEmpty() && kinds.get(i).isEmpty()) {
                h1Title = Optional.of(s.heading());
            }
        }
        // a bare "## Contributing" beside a root cause or an impact is the factors (in a README, even one with a
        // project "Timeline", it is how to send a patch)
        if (kinds.stream().anyMatch(k -> k.filter(x -> x == SectionKind.ROOT_CAUSE || x == SectionKind.IMPACT).isPresent())) {
            for (int i = 0; i < sections.size(); i++) {
                if (kinds.get(i).isEmpty() && SectionCatalog.normalise(sections.get(i).heading()).equals("contributing")) {
                    kinds.set(i, Optional.of(SectionKind.CONTRIBUTING_FACTORS));
                }
            }
        }
        // "Why it took 72 minutes to notice" beside "Contributing factors": the factors are those the section names
        boolean factorsNamed = false;
        for (int i = 0; i < sections.size(); i++) {
            factorsNamed |= kinds.get(i).filter(SectionKind.CONTRIBUTING_FACTORS::equals).isPresent()
                    && !SectionCatalog.asksWhatProlonged(sections.get(i).heading());
        }
        for (int i = 0; i < sections.size() && factorsNamed; i++) {
            if (SectionCatalog.asksWhatProlonged(sections.get(i).heading())) {
                kinds.set(i, Optional.empty());
            }
        }
        // "## Action Items" grouped under "### Detection", "### Recovery": the groups' items are action items
        for (int i = 0; i < sections.size(); i++) {
            if (kinds.get(i).filter(SectionKind.ACTION_ITEMS::equals).isPresent()) {
                for (int j = i + 1; j < sections.size() && sections.get(j).level() > sections.get(i).level(); j++) {
                    if (kinds.get(j).filter(ACTION_GROUPS::contains).isPresent()) {
                        kinds.set(j, Optional.empty());
                    }
                }
            }
        }
        metadataFrom(doc.preamble(), md);
        // the sections of a report's title block, before any section the catalog knows: "## Internet Banking Login
        // Failures — 3 July 2026" over its properties table, whatever its level
        int firstKnown = 0;
        while (firstKnown < sections.size() && kinds.get(firstKnown).isEmpty()) {
            firstKnown++;
        }
        for (int i = 0; i < sections.size(); i++) {
            if (kinds.get(i).filter(k -> k == SectionKind.METADATA).isPresent() || metadataHeading[i]
                    || (kinds.get(i).isEmpty() && (sections.get(i).level() == 1 || i < firstKnown))) {
                metadataFrom(sections.get(i).blocks(), md);
            }
        }
        for (int i = 0; i < sections.size(); i++) {
            if (kinds.get(i).filter(k -> k == SectionKind.SUMMARY || k == SectionKind.IMPACT).isPresent()) {
                leadMetadataFrom(sections.get(i).blocks(), md);
            }
            if (kinds.get(i).filter(k -> k == SectionKind.IMPACT).isPresent()) {
                // the short template's Impact bullets sometimes carry "Severity: P3" or "Services: ..."
                for (String[] kv : ImpactReader.keyValues(sections.get(i).blocks(), new ArrayList<>())) {
                    Metadata.canonical(kv[0]).filter(IMPACT_METADATA::contains).ifPresent(k -> md.put(kv[0], kv[1]));
                }
            }
        }

        Set<SectionKind> present = EnumSet.noneOf(SectionKind.class);
        for (int i = 0; i < sections.size(); i++) {
            final int idx = i;
            kinds.get(i).ifPresent(k -> {
                if (!ownBlocks(doc, kinds, idx).isEmpty() || !doc.children(idx).isEmpty()) {
                    present.add(k);
                }
            });
        }
        if (md.has("severity") || md.has("date") || md.has("author") || md.has("status")) {
            present.add(SectionKind.METADATA);
        }

        Optional<String> headingTitle = h1Title;
        Optional<String> title = md.text("title").map(MarkdownExtractor::cleanTitle)
                .or(() -> headingTitle.map(MarkdownExtractor::cleanTitle)).filter(t -> !t.isBlank() && !Placeholders.isPlaceholder(t));

        Optional<String> dateField = md.text("date").or(() -> md.text("opened"));
        Optional<LocalDate> statedDate = dateField.flatMap(d -> dateInStatedOrder(d, doc)).or(() -> readDate(dateField, "date", warnings));
        Optional<LocalDate> filedDate = Optional.empty(); // a byline's or a tracker's date: the incident's only when nothing else dates it
        if (statedDate.isEmpty() && dateField.isEmpty()) {
            // "**Incident:** INC-2026-061, Monday 15 June 2026": the reference line names the day
            statedDate = md.text("id").flatMap(TimeExpressions::fullDateIn);
        }
        if (statedDate.isEmpty() && dateField.isEmpty()) {
            // a post's own date ("posted: 2025-11-13") places the day it names without a year ("Tuesday 11 November")
            Optional<LocalDate> posted = java.util.stream.Stream.of("posted", "published", "sent").map(doc.frontMatter()::get).filter(java.util.Objects::nonNull)
                    .findFirst().flatMap(v -> readDate(Optional.of(String.valueOf(v)), "postmortem date", new ArrayList<>()));
            ProseDates prose = proseDate(headingTitle, doc.preamble(), sections, kinds, () -> statedDayOrder(doc), posted);
            statedDate = prose.stated();
            filedDate = prose.filed();
        }
        if (statedDate.isEmpty() && dateField.isEmpty()) {
            // "**Event:** The Marlowes tour, Saturday 22 November 2025": a field of its own kind names the day
            statedDate = md.otherFieldDate();
        }
        if (statedDate.isPresent() && dateField.filter(d -> isPublicationStamp(doc, d)).isPresent()) {
            // a blog engine's "date: 2026-06-23 08:30:00 -0700" is when the post went out; the post tells of the
            // incident's day ("Last Thursday afternoon, June 18, ..."), in the month before
            LocalDate posted = statedDate.get();
            Optional<LocalDate> told = proseDate(headingTitle, doc.preamble(), sections, kinds, () -> statedDayOrder(doc), statedDate).stated()
                    .filter(d -> d.isBefore(posted) && !d.isBefore(posted.minusDays(31)));
            if (told.isPresent()) {
                statedDate = told;
            }
        }
        boolean memoTitled = headingTitle.filter(t -> MEMO_TITLE.matcher(t.strip()).matches()).isPresent();
        if (statedDate.isPresent() && dateField.isPresent() && (memoTitled || isMemo(doc))) {
            // a memo's or an e-mail's "Date: 17 April 2026" is when it was sent; its subject or its first lines tell of the
            // incident's day ("Subject: Post-incident review: ..., Tuesday 14 April 2026"), in the weeks before
            LocalDate sent = statedDate.get();
            Optional<String> subject = md.text("title").filter(t -> headingTitle.isEmpty() || memoTitled);
            Optional<LocalDate> told = proseDate(subject.or(() -> headingTitle.filter(t -> !memoTitled)), doc.preamble(), sections, kinds, () -> statedDayOrder(doc), statedDate)
                    .stated().filter(d -> d.isBefore(sent) && !d.isBefore(sent.minusDays(MEMO_REACH_DAYS)));
            if (told.isPresent()) {
                statedDate = told;
                if (md.text("postmortem_date").isEmpty()) {
                    md.put("postmortem_date", sent.toString());
                }
            }
        }
        Optional<LocalDate> postmortemDate = readDate(md.text("postmortem_date"), "postmortem date", warnings);

        // Timeline
        List<TimelineReader.TimelinePart> parts = new ArrayList<>();
        Optional<ZoneId> sectionZone = Optional.empty();
        Optional<ZoneId> headingZone = Optional.empty(); // the zone the timeline heading itself names
        for (int i = 0; i < sections.size(); i++) {
            if (kinds.get(i).filter(k -> k == SectionKind.TIMELINE).isPresent()) {
                if (sectionZone.isEmpty()) {
                    sectionZone = Zones.find(zoneHint(sections.get(i).heading()));
                    if (parts.isEmpty()) {
                        headingZone = sectionZone; // the first timeline's own heading, not a later one's ("Customer impact timeline (UTC)")
                    }
                }
                if (!parts.isEmpty()) {
                    // "## Key timestamps" above "## Timeline": each tells the incident from its start
                    parts.add(new TimelineReader.TimelinePart.Another());
                }
                for (Block b : sections.get(i).blocks()) {
                    parts.add(new TimelineReader.TimelinePart.Content(b));
                }
                for (int j = i + 1; j < sections.size() && sections.get(j).level() > sections.get(i).level(); j++) {
                    // "### Detection and response", "### Recovery" under the timeline group its entries
                    if (kinds.get(j).filter(k -> !PHASE_GROUPS.contains(k)).isPresent()) {
                        break;
                    }
                    parts.add(new TimelineReader.TimelinePart.Heading(sections.get(j).heading()));
                    for (Block b : sections.get(j).blocks()) {
                        parts.add(new TimelineReader.TimelinePart.Content(b));
                    }
                }
            }
        }
        Optional<Block.ListBlock> keptInFrontMatter = frontMatterTimeline(frontMatter);
        if (keptInFrontMatter.isPresent() && (parts.isEmpty() || keptInFrontMatter.get().items().size() >= 3 && noTimedBlock(parts))) {
            // a team that keeps its timeline in the front matter ("timeline:" with "- time: ..." / "event: ..."
            // records, or "- '09:12 — alert fires'" lines): read like a timeline section's list, also when that
            // section only renders it ("{{< incident-timeline >}}") and remarks on a moment or two
            parts.clear();
            parts.add(new TimelineReader.TimelinePart.Content(keptInFrontMatter.get()));
        }
        List<String[]> stampedInFrontMatter = JsonShapes.phaseFields(frontMatter);
        if (stampedInFrontMatter.size() >= 2 && (parts.isEmpty() || noTimedBlock(parts))) {
            // "detected_at: 2026-03-29 07:55", "resolved_at: ..." kept in the front matter of a page whose body tells
            // no timeline of its own: each a moment of the timeline, named as its phase
            List<Block.Item> items = new ArrayList<>();
            for (String[] f : stampedInFrontMatter) {
                String said = f[0].equals("started") ? "Impact started" : Character.toUpperCase(f[0].charAt(0)) + f[0].substring(1);
                items.add(new Block.Item(List.of(f[1] + " \u2014 " + said), Optional.empty(), List.of()));
            }
            if (!parts.isEmpty()) {
                parts.add(new TimelineReader.TimelinePart.Another());
            }
            parts.add(new TimelineReader.TimelinePart.Content(new Block.ListBlock(false, items)));
        }
        boolean activityStream = false;
        boolean ownTimeline = !parts.isEmpty();
        // a ticket printed from a service desk: its activity stream ("Activity", "Work notes", "Comments", "Notes",
        // "Progress trail") is the timeline when the document has none of its own, and beside it when the stream is a
        // journal of stamped entries (Zendesk prints its "Events" as well as its conversation)
        for (int i = 0; i < sections.size(); i++) {
            if (kinds.get(i).isEmpty() && ACTIVITY_STREAM.matcher(SectionCatalog.normalise(sections.get(i).heading())).matches()
                    && (!ownTimeline || TimelineReader.isJournal(sections.get(i).blocks()))) {
                for (Block b : sections.get(i).blocks()) {
                    parts.add(new TimelineReader.TimelinePart.Content(b));
                }
                activityStream = true;
            }
        }
        if (parts.isEmpty()) {
            // a table of times and events under a heading that names no timeline ("2. Current condition - what
            // happened on 09/06", an A3 report's or an 8D's sequence of events) is the timeline
            for (int i = 0; i < sections.size(); i++) {
                // a service desk's log of actions under "Actions" is one too: its rows open with a date and a time
                boolean actions = kinds.get(i).filter(SectionKind.ACTION_ITEMS::equals).isPresent();
                if (!actions && kinds.get(i).filter(k -> k != SectionKind.SUMMARY && !NARRATIVE.contains(k)).isPresent()) {
                    continue;
                }
                for (Block b : sections.get(i).blocks()) {
                    if (b instanceof Block.Table t && TimelineReader.hasTimedCell(t) && t.rows().size() >= MIN_TIMED_TABLE_ROWS
                            && (i > 0 || kinds.get(i).isPresent()) && (!actions || TimelineReader.isStampedLog(t))) {
                        if (sectionZone.isEmpty()) {
                            sectionZone = Zones.find(zoneHint(sections.get(i).heading()));
                        }
                        parts.add(new TimelineReader.TimelinePart.Content(b));
                    }
                }
            }
        }
        boolean timelineSection = !parts.isEmpty();
        if (parts.isEmpty()) {
            // No timeline section: the paragraphs of a narrative ("What happened", Response,
            // Recovery) are the timeline, read as prose or as timeline lines like any paragraph.
            // A summary's recap ("we reimported and the planner was correct from 10:20") is left
            // out when a narrative section tells the story: read first, it would set the clock.
            boolean story = false;
            for (int i = 0; i < sections.size(); i++) {
                story |= kinds.get(i).filter(NARRATIVE::contains).isPresent() && !isRecap(sections.get(i));
            }
            for (Block b : doc.preamble()) {
                // a note with no headings at all ("Quick one as promised. Times CST." over "- 7:02 am first truck ..."): its list of times
                if (b instanceof Block.ListBlock l && TimelineReader.isTimedList(l) || b instanceof Block.Code c && TimelineReader.isTimedCode(c)) {
                    parts.add(new TimelineReader.TimelinePart.Content(b));
                }
            }
            // the document's top heading: "# Title", or a memo's one "## Company — memo to the Board" over all its text
            int top = sections.stream().mapToInt(Section::level).min().orElse(1);
            for (int i = 0; i < sections.size(); i++) {
                if (i == 0 && sections.get(i).level() == top && kinds.get(i).isEmpty()) {
                    // a mini postmortem or a story told under its title alone: the table of times
                    // or the paragraphs right under the title
                    for (Block b : sections.get(i).blocks()) {
                        // a properties table under the title ("| Severity | SEV-2 |") tells no times; a hurried
                        // note's list of times under it ("- 06:25 desk phones our support line") is its timeline
                        if (b instanceof Block.Table t && TimelineReader.hasTimedCell(t) || b instanceof Block.Paragraph
                                || b instanceof Block.ListBlock l && TimelineReader.isTimedList(l) || b instanceof Block.Code c && TimelineReader.isTimedCode(c)) {
                            parts.add(new TimelineReader.TimelinePart.Content(b));
                        }
                    }
                    parts.add(new TimelineReader.TimelinePart.Break());
                }
                // under the follow-ups, a list is the work to do, but a pasted channel log ("02:05  aws-health  ...") is no item
                boolean actions = kinds.get(i).filter(SectionKind.ACTION_ITEMS::equals).isPresent();
                if (kinds.get(i).filter(k -> !NARRATIVE.contains(k)).isPresent()
                        || kinds.get(i).isEmpty() && !(i == 0 && sections.get(i).level() == top)) {
                    // a hurried note's list of times under whatever label came before it ("impact: ~2.1k failed checkouts"
                    // over "- 13:58 deploy ...", "- 14:11 monitor fired"): its timeline, when nothing else is one
                    for (Block b : sections.get(i).blocks()) {
                        if (!actions && b instanceof Block.ListBlock l && l.items().size() >= 3 && TimelineReader.isTimedList(l)
                                || b instanceof Block.Code c && TimelineReader.isTimedCode(c)) {
                            parts.add(new TimelineReader.TimelinePart.Content(b));
                            parts.add(new TimelineReader.TimelinePart.Break());
                        }
                    }
                }
                if (kinds.get(i).filter(NARRATIVE::contains).isPresent() && !(story && isRecap(sections.get(i)))) {
                    if (sectionZone.isEmpty()) {
                        sectionZone = Zones.find(zoneHint(sections.get(i).heading())); // "### What happened (Athens time)"
                    }
                    for (Block b : sections.get(i).blocks()) {
                        // the story's paragraphs, and a list of times it keeps ("- 11:20 Image bump merged")
                        if (b instanceof Block.Paragraph || b instanceof Block.ListBlock l && TimelineReader.isTimedList(l)) {
                            parts.add(new TimelineReader.TimelinePart.Content(b));
                        }
                    }
                    parts.add(new TimelineReader.TimelinePart.Break());
                }
            }
        }
        if (sectionZone.isEmpty()) {
            // "Timezone: IST (UTC+05:30), all times below": the value names the zone among other words
            sectionZone = md.text("timezone").flatMap(z -> Zones.parse(z).or(() -> Zones.find(z)));
        }
        if (sectionZone.isEmpty() && !parts.isEmpty()) {
            sectionZone = statedZone(doc);
        }
        TimelineReader.Result read = TimelineReader.read(parts, statedDate, () -> statedDayOrder(doc), headingZone, activityStream);
        if (statedDate.isEmpty() && dateField.isEmpty()) {
            // no date stated but a timeline row gives one ("Started | Jul 21, 2026 5:48:00 AM"): day lines without
            // their year ("**Tuesday, Jul 21**") are read in its year, as they would be beside a stated date
            Optional<LocalDate> rowDate = read.entries().stream().map(TimelineReader.Entry::date).flatMap(Optional::stream).findFirst();
            if (rowDate.isPresent()) {
                TimelineReader.Result again = TimelineReader.read(parts, rowDate, () -> statedDayOrder(doc), headingZone, activityStream);
                if (dated(again.entries()) > dated(read.entries())) {
                    read = again;
                }
            }
        }
        warnings.addAll(read.warnings());
        // a timeline written newest first is placed oldest first, so that its days roll forward
        List<TimelineReader.Entry> entries = TimelineClock.newestFirst(read.entries()) ? TimelineClock.oldestFirst(read.entries()) : read.entries();
        if (activityStream) {
            entries = withToldMoments(entries, sectionZone);
            if (entries.stream().anyMatch(e -> e.time().isPresent())) {
                present.add(SectionKind.TIMELINE); // the ticket's journal is its timeline
            }
        }
        if (sectionZone.isEmpty() && toldAsAStory(parts)) {
            // "The nightly import ran at 2:10 am AEST ... The first report reached us at 8:47 am": a story
            // names its clock with its first time, and every time it names a zone with is on that clock
            Optional<ZoneId> first = entries.stream().filter(e -> e.time().isPresent()).findFirst().flatMap(TimelineReader.Entry::zone);
            if (first.isPresent() && oneZone(entries).equals(first)) {
                sectionZone = first;
            }
        }
        boolean twelveHourClock = parts.stream().anyMatch(p -> p instanceof TimelineReader.TimelinePart.Content c
                && TimelineClock.writesTwelveHourClock(c.block().text()));
        // a region's clock with one offset stated in the timeline's caption: the hour a clock change repeats is read at it
        Optional<String> caption = parts.stream().filter(p -> p instanceof TimelineReader.TimelinePart.Content c && c.block() instanceof Block.Paragraph)
                .findFirst().map(p -> ((TimelineReader.TimelinePart.Content) p).block().text());
        Optional<ZoneId> zoneNamed = sectionZone;
        Optional<ZoneOffset> overlapOffset = caption.flatMap(Zones::oneStatedOffset)
                .filter(o -> zoneNamed.or(() -> Zones.find(caption.get())).filter(z -> !(z instanceof ZoneOffset)).isPresent());
        TimelineClock.Result placed = TimelineClock.place(entries, statedDate, sectionZone, twelveHourClock, overlapOffset);
        if (statedDate.isEmpty() && dateField.isEmpty() && placed.firstDate().isEmpty()) {
            // nothing in the text dates it: the day its byline or its tracker gives ("SEV4 · 2026-03-11 · times in UTC",
            // "opened this issue on Sep 3, 2026"), else the day the file is named after ("2026-05-03-redis-maxmemory.md")
            Optional<LocalDate> named = filedDate.or(() -> fileNameDate(raw.sourcePath()));
            if (named.isPresent()) {
                statedDate = named;
                placed = TimelineClock.place(entries, statedDate, sectionZone, twelveHourClock, overlapOffset);
            }
        }
        warnings.addAll(placed.warnings());
        OptionalLong statedTtd = statedTtd(doc, kinds, md);
        // the one zone the timeline's times are in, if it has one: the clock of prose that agrees with it
        Optional<ZoneId> timelineZone = sectionZone.isPresent() ? sectionZone : oneZone(entries);
        Optional<String> rootCause = rootCause(doc, kinds);
        TimelineAssembler.Assembled assembled = assembleWithNarrative(doc, kinds, placed, timelineSection, statedDate, statedTtd, timelineZone,
                rootCause);
        warnings.addAll(assembled.warnings());

        Optional<LocalDate> date = statedDate.or(placed::firstDate);

        // Impact
        List<Block> impactBlocks = blocksOf(doc, kinds, SectionKind.IMPACT);
        ImpactReader.Result impact = ImpactReader.read(impactBlocks);

        // An explicit answer ("How was the incident detected? Alert") first, then the timeline's
        // detection event, then the Detection section's prose.
        Optional<DetectionMethod> detection = detectionStatement(doc, kinds, md, false).or(assembled::detectedBy)
                .or(() -> detectionStatement(doc, kinds, md, true));

        List<String> statedFactors = entries(blocksOf(doc, kinds, SectionKind.CONTRIBUTING_FACTORS));
        if (statedFactors.isEmpty()) {
            statedFactors = factorsInRootCause(blocksOf(doc, kinds, SectionKind.ROOT_CAUSE));
        }
        List<String> factors = EntryLimits.cap(statedFactors, "contributing factors", warnings);
        ActionItemReader.Result actions = ActionItemReader.read(blocksOf(doc, kinds, SectionKind.ACTION_ITEMS), date);
        warnings.addAll(actions.warnings());
        List<ActionItem> actionItems = EntryLimits.cap(actions.items(), EntryLimits.MAX_ACTION_ITEMS, "action items", warnings);
        if (actionItems.isEmpty() && !doc.frontMatter().isEmpty()) {
            // "actions:" with "- action: ... / owner: ... / due: ... / status: done" kept in the front matter
            actionItems = JsonExtractor.actionItems(frontMatter, warnings, date);
        }

        Optional<String> rawTitle = md.text("title").or(() -> headingTitle);
        Optional<Severity> severity = md.text("severity").flatMap(Severity::parse)
                .or(() -> md.text("priority").flatMap(Severity::parse))
                .or(() -> md.text("classification").flatMap(Severity::parse))
                .or(() -> rawTitle.flatMap(MarkdownExtractor::severityTag))
                .or(() -> md.text("labels").flatMap(MarkdownExtractor::severityLabel))
                .or(() -> severityInByline(doc, kinds))
                .or(() -> declaredSeverity(assembled.events()))
                .or(() -> severityInProse(doc));
        if (severity.isEmpty() && md.text("severity").isPresent()) {
            warnings.add("cannot read severity '" + TimelineReader.abbreviate(md.text("severity").get()) + "'");
        }
        OptionalLong statedDuration = md.text("duration").map(MarkdownExtractor::statedDuration).orElse(impact.statedDuration());

        String id = md.text("id").flatMap(IncidentIds::clean).orElseGet(() -> Ingestor.pathId(raw.sourcePath()));
        Incident incident = new Incident(
                id, raw.sourcePath(), SourceFormat.MARKDOWN, title, date, severity,
                md.text("status").map(String::strip).filter(s -> !s.isEmpty()),
                EntryLimits.cap(md.list("services"), "services", warnings),
                md.text("author").map(a -> PAREN_ROLE.matcher(a).replaceAll("").strip()).filter(s -> !s.isEmpty()),
                EntryLimits.cap(md.list("participants").stream().map(p -> PAREN_ROLE.matcher(p).replaceAll("").strip()).filter(s -> !s.isEmpty())
                        .toList(), "participants", warnings),
                postmortemDate,
                firstText(doc, kinds, SectionKind.SUMMARY),
                assembled.events(), assembled.timings(), statedDuration, impact.impact(), detection, rootCause, factors,
                actionItems,
                EntryLimits.cap(entries(blocksOf(doc, kinds, SectionKind.WHAT_WENT_WELL)), "what went well", warnings),
                EntryLimits.cap(entries(blocksOf(doc, kinds, SectionKind.WHAT_WENT_POORLY)), "what went poorly", warnings),
                EntryLimits.cap(entries(blocksOf(doc, kinds, SectionKind.LESSONS_LEARNED)), "lessons learned", warnings),
                present, warnings);
        List<String> unfilled = Placeholders.unfilled(doc);
        boolean titled = h1Title.filter(t -> !Placeholders.isPlaceholder(cleanTitle(t))).map(t -> POSTMORTEM_TITLE.matcher(t).find()).orElse(false);
        PostmortemEvidence.Facts facts = new PostmortemEvidence.Facts(titled || md.has("id") || md.has("severity"),
                statedDate.isPresent(), md.has("id"), unfilled);
        double evidence = PostmortemEvidence.score(incident, facts);
        if (evidence < PostmortemEvidence.THRESHOLD) {
            return new Extraction.NotAPostmortem(PostmortemEvidence.explain(incident, evidence, facts), incident);
        }
        if (!unfilled.isEmpty()) {
            warnings.add(Placeholders.describe(unfilled) + "; read as empty");
            incident = incident.withWarnings(warnings);
        }
        return new Extraction.Extracted(incident);
    }

    /** A severity written as a level: SEV3, Sev-2, P1. */
    private static final String SEVERITY_LEVEL = "sev[- ]?[0-4]|p[0-4]";
    /** A severity tag in the title: "# Postmortem: [SEV3] Publishes stuck", "(P2)", "[S2]". */
    private static final Pattern SEVERITY_TAG = Pattern.compile("(?i)[\\[(]\\s*(" + SEVERITY_LEVEL + "|s[0-4])\\s*[\\])]");
    /** A severity named in the declaration event: "We declare a P1 incident". */
    private static final Pattern DECLARED_SEVERITY = Pattern.compile("(?i)\\b(" + SEVERITY_LEVEL + ")\\b");

    /** The severity the incident was declared at in the timeline ("We declare a P1 incident"), when nothing else states one. */
    private static Optional<Severity> declaredSeverity(List<io.hindsight.model.TimelineEvent> events) {
        for (io.hindsight.model.TimelineEvent e : events) {
            if (e.phase().filter(io.hindsight.model.Phase.DECLARED::equals).isPresent()) {
                Matcher m = DECLARED_SEVERITY.matcher(e.text());
                return m.find() ? Severity.parse(m.group(1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static long dated(List<TimelineReader.Entry> entries) {
        return entries.stream().filter(e -> e.date().isPresent()).count();
    }

    private TimelineAssembler.Assembled assembleWithNarrative(MarkdownDocument doc, List<Optional<SectionKind>> kinds, TimelineClock.Result placed,
                                                          boolean timelineSection, Optional<LocalDate> statedDate, OptionalLong statedTtd,
                                                          Optional<ZoneId> timelineZone, Optional<String> rootCause) {
        TimelineAssembler.Assembled assembled = TimelineAssembler.assemble(placed.events(), placed.dated(), i -> Optional.empty(), statedTtd,
                rootCause, readers);
        if (timelineSection && placed.dated() && !assembled.timings().phases().keySet().containsAll(RESPONSE_PHASES)) {
            // the timeline leaves phases out: the prose may tell them
            List<TimelineClock.Placed> events = withNarrativeMoments(placed.events(), doc, kinds, statedDate, timelineZone);
            if (events.size() > placed.events().size()) {
                // the timeline's own events keep their place at the front: classify only the prose's
                List<PhaseClassifier.Classification> known = assembled.classes();
                return TimelineAssembler.assemble(events, placed.dated(),
                        i -> i < known.size() ? Optional.of(known.get(i)) : Optional.empty(), statedTtd, rootCause, readers);
            }
        }
        return assembled;
    }

    /**
     * A timeline of a few anchor points often leaves moments to the Detection, Response and
     * Recovery prose ("He acknowledged the page at 07:24 UK time (06:24 UTC)"). Moments the prose
     * gives with their zone are added when the timeline has none at that instant and they fall
     * within its span (a time in prose before the first or after the last entry is more often a
     * schedule or an aside than an event). Moments the prose gives without a zone are read in the
     * timeline's zone when at least two of them are times the timeline shows too: then the prose
     * tells the same story on the same clock ("Key times (UTC)" above "He acknowledged it at 13:11").
     */
    private static List<TimelineClock.Placed> withNarrativeMoments(List<TimelineClock.Placed> timeline, MarkdownDocument doc,
                                                                   List<Optional<SectionKind>> kinds, Optional<LocalDate> statedDate,
                                                                   Optional<ZoneId> timelineZone) {
        List<java.time.Instant> instants = timeline.stream().flatMap(p -> p.at().stream()).sorted().toList();
        if (instants.isEmpty()) {
            return timeline;
        }
        List<TimelineReader.TimelinePart> prose = new ArrayList<>();
        for (int i = 0; i < doc.sections().size(); i++) {
            if (kinds.get(i).filter(NARRATIVE_MOMENTS::contains).isPresent()) {
                for (Block b : doc.sections().get(i).blocks()) {
                    if (b instanceof Block.Paragraph) {
                        prose.add(new TimelineReader.TimelinePart.Content(b));
                    }
                }
                prose.add(new TimelineReader.TimelinePart.Break());
            }
        }
        if (prose.isEmpty()) {
            return timeline;
        }
        // the times of day the timeline shows, on its own clock
        ZoneId clock = timelineZone.orElse(java.time.ZoneOffset.UTC);
        java.util.Set<java.time.LocalTime> shown = new java.util.HashSet<>();
        instants.forEach(at -> shown.add(at.atZone(clock).toLocalTime()));
        List<TimelineReader.Entry> read = TimelineReader.read(prose, statedDate).entries();
        List<TimelineReader.Entry> zoned = new ArrayList<>(read.stream().filter(e -> e.time().isPresent() && e.zone().isPresent()).toList());
        List<TimelineReader.Entry> zoneless = read.stream().filter(e -> e.time().isPresent() && e.zone().isEmpty()).toList();
        boolean sameStory = timelineZone.isPresent() && zoneless.stream().filter(e -> shown.contains(e.time().get())).count() >= 2;
        if (sameStory || oneClock(doc.plainText(), clock, instants.get(0))) {
            for (TimelineReader.Entry e : zoneless) {
                // the sentence that gives the time tells the moment; the story's sentences after it belong to no time
                String sentence = TimelineReader.firstSentence(e.text());
                // on one clock alone, a time is a moment when it is told as one ("acknowledged at 19:09", "By 12:20 ...
                // were succeeding"), not a schedule ("normally there by 10:15 pm"), a deadline or a range
                if (sameStory) {
                    zoned.add(new TimelineReader.Entry(e.date(), e.time(), Optional.of(clock), clauseOf(sentence, e.time().get()), e.source()));
                } else if (OPENS_WITH_TIME.matcher(sentence).lookingAt()
                        || TimelineReader.toldIn(sentence).stream().anyMatch(t -> t.entry().time().equals(e.time()))) {
                    zoned.add(new TimelineReader.Entry(e.date(), e.time(), Optional.of(clock), clauseOf(sentence, e.time().get()), e.source()));
                }
            }
        }
        java.util.Set<java.time.Instant> seen = new java.util.HashSet<>();
        // the incident's own span: a change that lay dormant for days before it widens nothing
        int from = 0;
        while (from + 1 < instants.size()
                && java.time.Duration.between(instants.get(from), instants.get(from + 1)).compareTo(PhaseResolver.BACKGROUND_GAP) > 0) {
            from++;
        }
        java.time.Instant first = instants.get(from);
        // the prose may go on after the timeline's last entry ("declared the service fully restored at 20:20:30 and
        // closed the incident at 20:45"), within a day
        java.time.Instant last = instants.get(instants.size() - 1).plus(NARRATIVE_AFTER_LAST);
        List<TimelineClock.Placed> out = new ArrayList<>(timeline);
        for (TimelineClock.Placed p : TimelineClock.place(zoned, statedDate, Optional.empty()).events()) {
            // a moment the timeline shows already is not read again, on any day ("at 08:50" retold
            // below a table that ran past midnight); two sentences on one moment add it once
            if (p.at().isPresent() && !p.at().get().isBefore(first) && !p.at().get().isAfter(last)
                    && !shown.contains(p.at().get().atZone(clock).toLocalTime()) && seen.add(p.at().get())) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The clause of a sentence that tells what happened at its time: when the sentence opens with a
     * clause that sets the scene, what follows the last comma before the time ("Having checked that
     * the form itself was fine, he declared a Moderate incident at 10:12 and opened a call" tells a
     * declaration), if it has words before the time; the whole sentence otherwise.
     */
    static String clauseOf(String sentence, java.time.LocalTime time) {
        if (!LEADING_CLAUSE.matcher(sentence).lookingAt()) {
            return sentence;
        }
        Matcher m = Pattern.compile("(?<![\\d:.])0?(?:" + time.getHour() + (time.getHour() % 12 != time.getHour() || time.getHour() == 0
                ? "|" + (time.getHour() % 12 == 0 ? 12 : time.getHour() % 12) : "") + ")[:.]" + String.format(Locale.ROOT, "%02d", time.getMinute())
                + "(?!\\d)").matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(", ", m.start());
        if (cut < 0 || !LEADING_CLAUSE.matcher(sentence).lookingAt() || sentence.substring(cut + 2, m.start()).strip().split("\\s+").length < 3) {
            return sentence;
        }
        String clause = sentence.substring(cut + 2).strip();
        return Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
    }

    /** A sentence opened by a clause that sets the scene for its main one: "Having checked ..., he declared ...". */
    private static final Pattern LEADING_CLAUSE = Pattern.compile("(?i)(?:having|after|because|since|once|as|although|though|while|following|with|given)\\b");

    /** A sentence that opens with its time: "By 12:20 residents' payments were succeeding", "At 10:30 we discussed ...". */
    private static final Pattern OPENS_WITH_TIME = Pattern.compile("(?i)(?:by|at|around|about|shortly after|just after|from)\\s+~?\\d{1,2}[:.]\\d{2}\\b");

    /** How long after a timeline's last entry the prose around it may still tell moments of the incident. */
    private static final java.time.Duration NARRATIVE_AFTER_LAST = java.time.Duration.ofHours(12);

    /**
     * Whether a document keeps one clock: every zone it names has the offset of the timeline's
     * clock at the incident ("Time reference: Athens local time, EEST (UTC+3)" above "Timeline
     * (EEST)"), or it names none (all its times are UTC). Its prose times without a zone are then
     * on that clock too.
     */
    private static boolean oneClock(String text, ZoneId clock, java.time.Instant at) {
        java.time.ZoneOffset offset = clock.getRules().getOffset(at);
        for (String named : Zones.namedIn(text)) {
            Optional<ZoneId> z = Zones.parse(named);
            if (z.isPresent() && z.get() instanceof java.time.ZoneOffset o && o.getTotalSeconds() % 900 != 0) {
                continue; // "KP-2026-0219-01" holds no offset of minus 2:19: clocks keep quarter hours
            }
            if (z.isEmpty() || !z.get().getRules().getOffset(at).equals(offset)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a timeline is told only in paragraphs of prose, with no table or list. */
    private static boolean toldAsAStory(List<TimelineReader.TimelinePart> parts) {
        boolean any = false;
        for (TimelineReader.TimelinePart p : parts) {
            if (p instanceof TimelineReader.TimelinePart.Content c) {
                if (!(c.block() instanceof Block.Paragraph)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The zone all of a timeline's zoned entries share, if they name one and only one. */
    private static Optional<ZoneId> oneZone(List<TimelineReader.Entry> entries) {
        java.util.Set<ZoneId> zones = new java.util.HashSet<>();
        entries.forEach(e -> e.zone().ifPresent(zones::add));
        return zones.size() == 1 ? Optional.of(zones.iterator().next()) : Optional.empty();
    }

    /** A section that sums the incident up rather than tells it: "Summary", "Overview", "TL;DR". */
    private static boolean isRecap(Section section) {
        return RECAP_HEADINGS.contains(SectionCatalog.normalise(section.heading()));
    }

    private static final java.util.Set<String> RECAP_HEADINGS = java.util.Set.of("summary", "executive summary", "incident summary",
            "overview", "tl;dr", "tldr", "abstract", "description");

    /** A severity the writer gives in prose: "we classified this as a Severity 2", "handled it as a Major incident", "we rated it moderate". */
    private static final Pattern PROSE_SEVERITY = Pattern.compile("(?i)\\b(?:classified|declared|rated|graded|categori[sz]ed|handled|treated|ran)"
            + "\\s+(?:(?:this|it|(?:the|this|that) (?:incident|outage|event))\\s+(?:(?:as|at)\\s+)?|(?:as|at)\\s+)(?:an?\\s+)?(severity[- ]?[0-4]|" + SEVERITY_LEVEL
            + "|critical|major|minor|high|moderate|medium|low)\\b");

    private static Optional<Severity> severityInProse(MarkdownDocument doc) {
        Matcher m = PROSE_SEVERITY.matcher(doc.plainText());
        return m.find() ? Severity.parse(m.group(1)) : Optional.empty();
    }

    /** A severity among an issue's labels: "Labels: `incident` `postmortem` `sev3` `area/networking`". */
    /** A label naming a severity: "sev2", "P1", and scoped ones as GitLab and GitHub teams write them ("severity::2", "Sev::1", "priority/p2"). */
    private static final Pattern LABEL_SEVERITY = Pattern.compile("(?i)(?<![\\w/-])(?:(?:severity|sev|priority)(?:::|/|:)\\s*)?(" + SEVERITY_LEVEL
            + ")(?![\\w/-])|(?<![\\w/-])(?:severity|sev|priority)(?:::|/|:)\\s*([0-4])(?![\\w/-])");

    static Optional<Severity> severityLabel(String labels) {
        Matcher m = LABEL_SEVERITY.matcher(labels);
        return m.find() ? Severity.parse(m.group(1) != null ? m.group(1) : "sev" + m.group(2)) : Optional.empty();
    }

    private static Optional<Severity> severityTag(String title) {
        Matcher m = SEVERITY_TAG.matcher(title);
        return m.find() ? Severity.parse(m.group(1)) : Optional.empty();
    }

    private static String zoneHint(String heading) {
        Matcher m = PARENTHESISED.matcher(heading);
        if (m.find()) {
            // "(Oslo time)" names the zone with its "time"; "(all times in UTC)" around it
            if (Zones.find(m.group(1)).isPresent()) {
                return m.group(1);
            }
            // a translation in brackets and the zone after it: "Cronologia (Zeitlicher Ablauf) - ora locale / Ortszeit MEZ"
            String outside = TIMELINE_WORD.matcher(heading.substring(m.end())).replaceAll(" ");
            return Zones.find(outside).isPresent() ? outside : ZONE_FILLER.matcher(m.group(1)).replaceAll(" ");
        }
        return TIMELINE_WORD.matcher(heading).replaceAll(" ");
    }

    private static void metadataFrom(List<Block> blocks, Metadata md) {
        List<String> prose = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Table t && t.rows().size() == 1 && t.header().size() > 2
                    && t.header().stream().filter(h -> Metadata.canonical(h).isPresent()).count() >= 2) {
                for (int c = 0; c < t.header().size(); c++) {
                    md.put(t.header().get(c), t.rows().get(0).get(c));
                }
                continue;
            }
            if (b instanceof Block.Quote q) {
                metadataFrom(q.blocks(), md); // a wiki's info box: "> **Severity:** P2 · **Date:** 2026-04-21"
                continue;
            }
            if (b instanceof Block.Code code) {
                codeHeader(code.text(), md);
                continue;
            }
            for (String[] kv : ImpactReader.keyValues(List.of(b), prose)) {
                putSeparated(md, kv[0], kv[1]);
            }
        }
    }

    /**
     * "Severity        : Major", "Ref ............ KP-2026-0219-01": a field of a report header typed in a
     * fixed-width block, after a colon or a dotted leader.
     */
    private static final Pattern PADDED_FIELD = Pattern.compile("^\\s*([A-Za-z][\\w ./()-]{1,40}?)\\s*(?::|(?:\\.{3,}|…+)\\s*:?)\\s+(\\S.*)$");

    /**
     * A report's header kept in a code block, as formal templates type it ("Report No.      :
     * OIR-26-118", "Date of event   : 19 Aug 2026", "Severity        : Major"): read when at least
     * two of its lines name metadata fields, so a pasted log or config stays out.
     */
    private static void codeHeader(String text, Metadata md) {
        List<String[]> fields = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher m = PADDED_FIELD.matcher(line);
            if (m.matches() && Metadata.canonical(m.group(1)).isPresent()) {
                fields.add(new String[] {m.group(1), m.group(2).strip()});
            }
        }
        if (fields.size() >= 2) {
            fields.forEach(f -> md.put(f[0], f[1]));
        }
    }

    /** A first heading naming the report's kind, then its subject: "Root Cause Analysis — File Upload Failures", "RFO: ...". */
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "(?i)\\s*(?:root cause analysis|rca|rfo|reason for outage|post[- ]incident review|incident (?:report|review)|post[- ]?mortem)"
                    + "\\s*[\u2014\u2013:-]\\s*\\S"
                    // "Root Cause and Impact Analysis Report": the document's kind as its whole title
                    + "|\\s*[\\w ,&-]{0,60}\\b(?:report|review)\\s*$");

    /**
     * What separates "Key: value" pairs written on one line: a pipe, a middle dot, a bullet, a dash, a semicolon or a comma,
     * or a tracker's text view's wide gap ("Type: Incident    Priority: P3    Status: Closed").
     */
    private static final Pattern PAIR_SEPARATOR = Pattern.compile("\\s+[|\u00b7\u2022\u2014\u2013]\\s+|[;,]\\s+|\\s{3,}|\\t+");

    /**
     * A value, or several "Key: value" pairs on one line ("Date: 2026-02-02 | Severity: Minor |
     * Team: Billing", "Date: 2026-09-14 · Severity: SEV-2", "Severity: SEV2; Status: Final"). A
     * part after a separator counts as a pair only when its key is a metadata field; otherwise
     * it stays in the value before it, separator and all ("Duration: 09:47 — 11:32 UTC").
     */
    private static void putSeparated(Metadata md, String key, String value) {
        // "2026-10-06 · Severity: Critical · ...": what stands before the field's name is no part of it
        Matcher inKey = PAIR_SEPARATOR.matcher(key);
        int keyStart = 0;
        while (inKey.find()) {
            keyStart = inKey.end();
        }
        if (keyStart > 0 && Metadata.canonical(key.substring(keyStart).strip()).isPresent()) {
            key = key.substring(keyStart).strip();
        }
        List<java.util.regex.MatchResult> separators = PAIR_SEPARATOR.matcher(value).results().toList();
        String currentKey = key;
        int valueStart = 0;
        for (int i = 0; i < separators.size(); i++) {
            int partStart = separators.get(i).end();
            int partEnd = i + 1 < separators.size() ? separators.get(i + 1).start() : value.length();
            int colon = value.indexOf(':', partStart);
            String k = colon > partStart && colon < partEnd ? value.substring(partStart, colon).strip() : "";
            if (!k.isEmpty() && Metadata.canonical(k).isPresent()) {
                md.put(currentKey, value.substring(valueStart, separators.get(i).start()).strip());
                currentKey = k;
                valueStart = colon + 1;
            }
        }
        md.put(currentKey, value.substring(valueStart).strip());
    }

    /** In Summary and Impact sections only bold-lead lines count as metadata ("**Severity:** SEV2"). */
    private static void leadMetadataFrom(List<Block> blocks, Metadata md) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p && p.lead().isPresent()) {
                leadFields(p.lines().get(0), p.lead(), md);
            } else if (b instanceof Block.ListBlock l) {
                // "- **Date:** 2026-03-05" under the summary paragraph: the template's fields as bullets
                for (Block.Item item : l.items()) {
                    if (item.lead().isPresent() && !item.lines().isEmpty()) {
                        leadFields(item.lines().get(0), item.lead(), md);
                    }
                }
                // or plain, two of them fields at least: "- Date: 2026-02-17", "- Priority: P2"
                List<String[]> fields = new ArrayList<>();
                for (Block.Item item : l.items()) {
                    Matcher kv = item.lead().isEmpty() && item.lines().size() == 1 ? PLAIN_FIELD.matcher(item.lines().get(0)) : null;
                    if (kv != null && kv.matches() && Metadata.canonical(kv.group(1)).isPresent()) {
                        fields.add(new String[] {kv.group(1), kv.group(2)});
                    }
                }
                if (fields.size() >= 2) {
                    fields.forEach(kv -> md.put(kv[0], kv[1]));
                }
            }
        }
    }

    /** A plain field on a list item: "Date: 2026-02-17". */
    private static final Pattern PLAIN_FIELD = Pattern.compile("\\s*([\\p{L}][\\p{L} /-]{0,30}?)\\s*:\\s+(\\S.{0,120})");

    /** The fields a bold-lead line holds ("**Severity:** SEV2 **Duration:** 47 min"), put into {@code md}. */
    private static void leadFields(String line, Optional<String> lead, Metadata md) {
        List<String[]> out = new ArrayList<>();
        ImpactReader.split(line, lead, out, new ArrayList<>());
        out.forEach(kv -> md.put(kv[0], kv[1]));
    }

    /**
     * A ticket's notes with the moments their words tell ("acked in PD at 9:14 (I'm in PT)", typed at
     * 16:16 UTC), as {@link NoteMoments} reads them in a tool's JSON, in time order when every entry
     * is dated (a note is stamped when it was typed, after what it tells).
     */
    private static List<TimelineReader.Entry> withToldMoments(List<TimelineReader.Entry> notes, Optional<ZoneId> zone) {
        List<TimelineReader.Entry> out = new ArrayList<>(notes);
        List<Optional<PhaseClassifier.Classification>> fixed = new ArrayList<>(java.util.Collections.nCopies(out.size(), Optional.empty()));
        NoteMoments.addTold(out, fixed, zone);
        if (out.size() > notes.size() && out.stream().allMatch(e -> e.date().isPresent() && e.time().isPresent())) {
            out.sort(java.util.Comparator.comparing((TimelineReader.Entry e) -> e.date().get()).thenComparing(e -> e.time().get()));
        }
        return out;
    }

    /**
     * The zone a sentence anywhere in the document gives every time in it ("All times in this
     * report are Japan Standard Time (JST)."), when the timeline's heading names none.
     */
    static Optional<ZoneId> statedZone(MarkdownDocument doc) {
        Optional<ZoneId> z = statedZone(doc.preamble());
        for (int i = 0; i < doc.sections().size() && z.isEmpty(); i++) {
            z = statedZone(doc.sections().get(i).blocks());
        }
        // else the note above the document's first section, before or under its title
        return z.or(() -> preambleClock(doc.preamble()))
                .or(() -> !doc.sections().isEmpty() && doc.sections().get(0).level() == 1 ? preambleClock(doc.sections().get(0).blocks())
                        : Optional.empty());
    }

    /** A sentence of a note on the stamps, as an export's or a print's preamble puts it. */
    private static final Pattern STAMPS_SENTENCE = Pattern.compile(
            "(?i)\\b(?:stamps?|timestamps?|times|time ?zone|clock|everything (?:below|here|in this (?:doc|document|write-?up|report|page)))\\b");

    /**
     * The zone the note above the document names for its stamps, in other words than a caption's:
     * "Jira renders times in the exporter's profile zone (Dana, America/Denver, so MDT)", "Every
     * stamp below is what the instance shows for our profiles, i.e. Europe/London (BST)", "Everything
     * below is in Mountain time (Denver office)". The
     * first zone of the first sentence that speaks of the stamps.
     */
    private static Optional<ZoneId> preambleClock(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Block.Quote q) {
                Optional<ZoneId> z = preambleClock(q.blocks());
                if (z.isPresent()) {
                    return z;
                }
            }
            if (b instanceof Block.Paragraph p) {
                for (String sentence : String.join(" ", p.lines()).split("(?<=[.;])\\s+")) {
                    if (STAMPS_SENTENCE.matcher(sentence).find()) {
                        Optional<ZoneId> z = Zones.find(sentence);
                        if (z.isPresent()) {
                            return z;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> statedZone(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Block.Quote q) {
                Optional<ZoneId> z = statedZone(q.blocks()); // "> All times are AEST", a wiki's note box
                if (z.isPresent()) {
                    return z;
                }
            }
            if (b instanceof Block.ListBlock l) {
                // a metadata list's "- All times are Seoul time (UTC+9)"
                List<Block> items = l.items().stream().<Block>map(it -> new Block.Paragraph(it.lines(), Optional.empty())).toList();
                Optional<ZoneId> z = statedZone(items);
                if (z.isPresent()) {
                    return z;
                }
            }
            if (b instanceof Block.Paragraph p) {
                String text = String.join("\n", p.lines());
                if ((text.contains("times") || text.contains("Times") || text.contains("tamps") || text.contains(" time") || text.contains(" Time")
                        || mayCaptionElsewhere(text)) && mayHoldCaption(text)) {
                    Matcher m = ALL_TIMES.matcher(text);
                    while (m.find()) {
                        // "All times are US Central": a region the caption's own words make a zone
                        Optional<ZoneId> z = Zones.find(m.group(1)).or(() -> Zones.find(m.group()));
                        if (z.isPresent()) {
                            return z;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Words one of which every match of {@link #ALL_TIMES} holds, lower-cased: checked first, because
     * that pattern's many openings are tried at every position of a paragraph that fails.
     */
    private static final List<String> CAPTION_WORDS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("times", "stamp", "every time", "each time", "account", "profile", "instance", "helpdesk",
                    "service desk", "tenant", "workspace"),
            Zones.ALL_TIMES_ELSEWHERE.stream()).toList();

    private static boolean mayHoldCaption(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : CAPTION_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The last word of each of {@link Zones#ALL_TIMES_ELSEWHERE}, as a caption may write it ("horas", "Zeiten"). */
    private static final List<String> ELSEWHERE_TIMES_WORDS = Zones.ALL_TIMES_ELSEWHERE.stream()
            // each phrase's longest word: "tider er" is looked for by "tider", not by "er", which most English text holds
            .map(p -> java.util.Arrays.stream(p.split(" ")).max(java.util.Comparator.comparingInt(String::length)).orElse(p)).flatMap(w -> java.util.stream.Stream.of(w, Character.toUpperCase(w.charAt(0)) + w.substring(1)))
            .distinct().toList();

    /** Whether a paragraph may hold a caption of another language (cheap, before the caption's pattern runs). */
    private static boolean mayCaptionElsewhere(String text) {
        for (String w : ELSEWHERE_TIMES_WORDS) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A byline or a publication note: its date is when the report was written. */
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^\\W*(?:published|posted|updated|last edited|written|authored|revised|reviewed|by)\\b");
    /** An issue tracker's note of when the page was filed: "@rhea-v opened this issue on Dec 3, 2026". */
    private static final Pattern FILED_ON = Pattern.compile(
            "(?i)\\b(?:opened|created|filed|raised|submitted)\\s+(?:this\\s+(?:issue|ticket|page|report|incident)\\s+)?on\\b"
                    // an incident tool's note of its export: "Exported Jul 24, 2026 3:44 PM EDT by Dana", "Generated 2026-10-09 08:15 UTC"
                    + "|(?:^|[\u00b7|\u2022\u2014\u2013]\\s*)\\W*(?:exported|generated|downloaded|printed)\\s+(?:on\\s+|at\\s+)?(?-i:(?=\\d|\\p{Lu}\\p{Ll}{2}))");
    /** A weekday's name right before a day: "Thursday 12 February", "Friday, March 13". */
    private static final Pattern WEEKDAY_BEFORE_DAY = Pattern.compile("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s*$");
    /** Two days of one month: "18–19 November 2025", "18-19 Nov". */
    private static final Pattern DAY_RANGE = Pattern.compile("\\b(\\d{1,2})\\s*[\u2013\u2014-]\\s*\\d{1,2}(\\s+" + TimeExpressions.MONTH_NAME + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** The parts of a blog's byline: "Flagpost Engineering · Tomás Ilić, CTO · October 9, 2026". */
    private static final Pattern BYLINE_SEPARATOR = Pattern.compile("\\s+[\u2014\u2013\u00b7|\u2022]\\s+|\\s+-\\s+");
    private static final Pattern BYLINE_DATE_LEAD = Pattern.compile("(?i)^(?:published|posted|updated|last updated|written)(?:\\s+on)?\\s+");

    /**
     * Whether a line may be a byline, whose date is when the report was written: a short line of
     * parts set apart by dots or dashes, one of them a date alone ("**Chirrup Engineering Blog** —
     * Jonas Weidner — 28 January 2026"). (One that opens with "Published", "By"... surely is: {@link #BYLINE}.)
     */
    static boolean isByline(String line) {
        if (line.length() > 200) {
            return false;
        }
        String[] parts = BYLINE_SEPARATOR.split(line.strip());
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            String p = BYLINE_DATE_LEAD.matcher(part.replaceAll("[*_]", "").strip()).replaceFirst("");
            if (p.length() <= 30 && p.split("\\s+").length <= 5 && TimeExpressions.fullDateIn(p).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date a byline's part names as the incident's, its field's name written without a colon:
     * "Incident date 2026-06-02", "Date of incident 2 June 2026".
     */
    private static Optional<LocalDate> namedDatePart(String line) {
        for (String part : BYLINE_SEPARATOR.split(line.replaceAll("[*_]", "").strip())) {
            String[] words = part.strip().split("\\s+");
            for (int k = 1; k < words.length && k <= 4; k++) {
                String key = String.join(" ", java.util.Arrays.asList(words).subList(0, k));
                if (Metadata.canonical(key).filter("date"::equals).isPresent()) {
                    Optional<LocalDate> d = TimeExpressions.fullDateIn(String.join(" ", java.util.Arrays.asList(words).subList(k, words.length)));
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern FIELD_LINE = Pattern.compile("^[\\W_]*[\\p{L}][\\p{L}\\s/-]{0,30}[*_]*:");
    /** How much of the summary is searched for the incident's date: its opening, where writers state it. */
    private static final int SUMMARY_DATE_REACH = 400;

    /** A file named from its date, as docs sites and blogs name posts: "2026-05-14-redis-maxmemory.md", "2026_05_14 db.md". */
    private static final Pattern FILE_NAME_DATE = Pattern.compile("^(\\d{4})[-_](\\d{2})[-_](\\d{2})(?![\\d])");

    /**
     * The date a file's name opens with, for a postmortem that states none in its text (small
     * teams name the file after the day and write nothing else); a name that is no real date is none.
     */
    static Optional<LocalDate> fileNameDate(String sourcePath) {
        String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        Matcher m = FILE_NAME_DATE.matcher(name);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        try {
            return TimeExpressions.date(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        } catch (TimeExpressions.ImpossibleValue e) {
            return Optional.empty();
        }
    }

    /** The blocks before the document's first section, and those under its title: where a byline or an opening note stands. */
    private static List<Block> opening(List<Block> preamble, List<Section> sections, List<Optional<SectionKind>> kinds) {
        List<Block> opening = new ArrayList<>(preamble);
        if (!sections.isEmpty() && sections.get(0).level() == 1 && kinds.get(0).isEmpty()) {
            opening.addAll(sections.get(0).blocks()); // the paragraphs under the title
        }
        return opening;
    }

    /** A terse note's parts: "2026-03-03 · minor · Ola Nowak", "(sev4, 2026-10-06), Curtis B.". */
    private static final Pattern NOTE_PARTS = Pattern.compile("\\s+[\u2014\u2013\u00b7|\u2022]\\s+|\\s+-\\s+|\\s*[(),;]\\s*");
    /** A severity written alone, as one part of such a note. */
    private static final Pattern SEVERITY_ALONE = Pattern.compile("(?i)sev(?:erity)?[- ]?[0-4]|p[0-4]|critical|major|minor|moderate");
    /**
     * A grade opening a sentence of the note as its label: "written 12 March. Sev 2: one auction paused for 25 min", alone:
     * "sev4. writing this up fast", or labelled: "Severity: Major."
     */
    private static final Pattern SEVERITY_SENTENCE = Pattern.compile(
            "(?i)(?:^|[.!?]\\s+)(sev(?:erity)?[- ]?[0-4])\\s*[:\u2014\u2013]|^\\s*(sev(?:erity)?[- ]?[0-4])\\.(?=\\s|$)"
                    // or a labelled sentence of the note: "Incident date: 12 November 2025. Severity: Major. Written by ..."
                    + "|(?:^|[.!?]\\s+)severity\\s*:\\s*(sev[- ]?[0-4]|p[0-4]|critical|major|minor|moderate)(?=\\s*[.;,]|\\s*$)");

    /**
     * The severity a byline or an opening note gives as one of its parts, beside the incident's
     * date ("_2026-03-03 · minor · Ola Nowak · times are UTC_", "**Scale sync down** (sev4, 2026-10-06), Curtis B."):
     * a grade written without its field's name; or a grade opening one of the note's sentences as its label
     * ("Sev 2: one auction paused for 25 min").
     */
    private static Optional<Severity> severityInByline(MarkdownDocument doc, List<Optional<SectionKind>> kinds) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : opening(doc.preamble(), doc.sections(), kinds)) {
            // a wiki's info box quoted under the title: "> Post-incident review · **Sev 2** · Date of incident: ..."
            blocks.addAll(b instanceof Block.Quote q ? q.blocks() : List.of(b));
        }
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                for (String line : p.lines()) {
                    Matcher sentence = SEVERITY_SENTENCE.matcher(line);
                    boolean found = sentence.find();
                    // a long line is prose, but a sentence labelled "Severity: Major." states the grade anywhere
                    if (line.length() > 200 && !(found && sentence.group(3) != null)) {
                        continue;
                    }
                    if (found) {
                        // or the grade alone as the note's first sentence: "sev4. writing this up fast before handover"
                        return Severity.parse(sentence.group(1) != null ? sentence.group(1)
                                : sentence.group(2) != null ? sentence.group(2) : sentence.group(3));
                    }
                    List<String> parts = java.util.Arrays.stream(NOTE_PARTS.split(line.replaceAll("[*_]", "").strip()))
                            .map(String::strip).filter(x -> !x.isEmpty()).toList();
                    boolean dated = parts.stream().anyMatch(MarkdownExtractor::isDatePart);
                    if (parts.size() >= 2 && dated) {
                        Optional<Severity> grade = parts.stream().filter(x -> SEVERITY_ALONE.matcher(x).matches()).findFirst().flatMap(Severity::parse);
                        if (grade.isPresent()) {
                            return grade;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A note's part that is a date alone ("2026-10-06") or the incident's date field ("Date of incident: Friday 3 July 2026"). */
    private static boolean isDatePart(String part) {
        int colon = part.indexOf(':');
        if (colon > 0 && Metadata.canonical(part.substring(0, colon).strip()).filter("date"::equals).isPresent()) {
            part = part.substring(colon + 1).strip();
        }
        return part.length() <= 30 && TimeExpressions.fullDateIn(part).isPresent();
    }

    /**
     * The incident date a document states only in prose, as public incident reports do: in its
     * title ("Delayed push notifications on 9 June 2026") or the opening of its summary ("Between
     * 14:05 and 16:30 UTC on 3 March 2026, ..."), or a blog post's opening paragraph before its
     * first section ("On the night of Saturday 14 November 2026 our checkout ..."), leaving out
     * the byline that gives the publication date ("*Published 11 June 2026 by ...*").
     */
    /** The incident's date as the prose states it, and the date of a byline or a tracker's note, for when nothing else dates it. */
    private record ProseDates(Optional<LocalDate> stated, Optional<LocalDate> filed) {
    }

    /**
     * Whether the front matter's own {@code date} is {@code value} written with a time of day
     * ("2026-06-23 08:30:00 -0700", "2026-03-06T11:00:00-08:00") in a blog engine's front matter
     * (Jekyll's and Hugo's own keys beside it): the post's publication stamp, not the day of the
     * incident the post tells of. A postmortem's "date: 2026-03-06 14:32 UTC" among its own fields
     * is the incident's.
     */
    private static boolean isPublicationStamp(MarkdownDocument doc, String value) {
        Object field = doc.frontMatter().get("date");
        return field != null && String.valueOf(field).strip().equals(value.strip()) && PUBLICATION_STAMP.matcher(value.strip()).matches()
                && doc.frontMatter().keySet().stream().anyMatch(k -> BLOG_ENGINE_KEYS.contains(k.toLowerCase(java.util.Locale.ROOT)));
    }

    /** How long after an incident a memo about it is sent, at most, for its date to be the sending day and not the incident's. */
    private static final int MEMO_REACH_DAYS = 60;

    /** "To:" and "From:" fields at the top: a memo or an e-mail, whose "Date:" is the day it was sent. */
    /** A memo's own heading: "# MEMO", "Memorandum", "Internal memo". */
    private static final Pattern MEMO_TITLE = Pattern.compile("(?i)(?:internal\\s+)?(?:memo|memorandum)");
    private static final Pattern MEMO_TO = Pattern.compile("(?i)(?:^|\\s)to\\s?:\\s");
    private static final Pattern MEMO_FROM = Pattern.compile("(?i)(?:^|\\s)from\\s?:\\s");

    private static boolean isMemo(MarkdownDocument doc) {
        String text = doc.plainText();
        String top = text.substring(0, Math.min(text.length(), 1000));
        return MEMO_TO.matcher(top).find() && MEMO_FROM.matcher(top).find();
    }

    /** Keys a blog engine's front matter has and a postmortem's own fields do not. */
    private static final Set<String> BLOG_ENGINE_KEYS = Set.of("layout", "draft", "slug", "permalink", "categories", "aliases",
            "excerpt", "comments", "published", "lastmod", "publishdate", "weight");

    private static final Pattern PUBLICATION_STAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{1,2}:\\d{2}(?::\\d{2})?.*");

    /** @param published when the report went out, if known: a day the prose names without its year falls before it */
    private static ProseDates proseDate(Optional<String> title, List<Block> preamble, List<Section> sections,
                                        List<Optional<SectionKind>> kinds, java.util.function.Supplier<Optional<Boolean>> dayOrder,
                                        Optional<LocalDate> published) {
        List<String> texts = new ArrayList<>();
        title.ifPresent(texts::add);
        // where a numeric date is the incident's: the title and the summary ("on 09/01/2026"), not a
        // print header's "Printed on 27/01/2026"
        java.util.Set<String> numericOk = new java.util.HashSet<>(texts);
        List<Block> opening = opening(preamble, sections, kinds);
        Optional<LocalDate> partsLine = Optional.empty();
        List<Block> openingParagraphs = new ArrayList<>();
        for (Block b : opening) {
            // "> **INC-7731** · Priority **P1** · 13 Jan 2026 · Written by ...": a note box under the title holds its byline
            openingParagraphs.addAll(b instanceof Block.Quote q ? q.blocks() : List.of(b));
        }
        for (Block b : openingParagraphs) {
            if (b instanceof Block.Paragraph p) {
                for (String line : p.lines()) { // as written: a byline is a line of its own under the blog's name
                    Optional<LocalDate> named = isByline(line) ? namedDatePart(line) : Optional.empty();
                    if (named.isPresent()) {
                        return new ProseDates(named, named); // "Incident date 2026-06-02 · Sev 3 · written up by ..."
                    }
                    // a field ("Report date: 19 January 2026") is not the incident date the prose states
                    if (FILED_ON.matcher(line).find()) {
                        published = published.or(() -> TimeExpressions.fullDateIn(line));
                        partsLine = partsLine.or(() -> TimeExpressions.fullDateIn(line));
                    } else if (BYLINE.matcher(line).find()) {
                        published = published.or(() -> TimeExpressions.fullDateIn(line));
                    } else if (isByline(line)) {
                        // "Flagpost Engineering · Tomás Ilić, CTO · October 9, 2026", or a terse note's
                        // "SEV4 · 2026-03-11 · times in UTC": its date only when the prose states no other
                        published = published.or(() -> TimeExpressions.fullDateIn(line));
                        partsLine = partsLine.or(() -> TimeExpressions.fullDateIn(line));
                    } else if (!FIELD_LINE.matcher(line).lookingAt()) {
                        texts.add(line.substring(0, Math.min(line.length(), SUMMARY_DATE_REACH)));
                    } else {
                        // a terse note's sentences after a field: "Sev: P3. Wed 22 Apr 2026. Notifications team."
                        for (String sentence : line.split("(?<=\\.)\\s+")) {
                            if (!FIELD_LINE.matcher(sentence).lookingAt()) {
                                texts.add(sentence.substring(0, Math.min(sentence.length(), SUMMARY_DATE_REACH)));
                            }
                        }
                    }
                }
            }
        }
        // a post names its day without a year in its title or its opening lines ("From launch on Friday, March 13 ...")
        List<String> headline = List.copyOf(texts);
        for (int i = 0; i < sections.size(); i++) {
            if (kinds.get(i).filter(k -> k == SectionKind.SUMMARY).isPresent()) {
                String text = sections.get(i).text();
                texts.add(text.substring(0, Math.min(text.length(), SUMMARY_DATE_REACH)));
                numericOk.add(texts.get(texts.size() - 1));
                break;
            }
        }
        for (int i = 0; i < sections.size(); i++) {
            if (kinds.get(i).filter(k -> k == SectionKind.TIMELINE).isPresent()) {
                texts.add(sections.get(i).heading()); // "## Timeline (UTC, 2026-10-14)"
            }
        }
        for (String t : texts) {
            // "18–19 November 2025": the night began on the first day
            Optional<LocalDate> d = TimeExpressions.fullDateIn(DAY_RANGE.matcher(t).replaceAll("$1$2"));
            Matcher numeric = NUMERIC_DATE_IN.matcher(t);
            if (d.isEmpty() && numericOk.contains(t) && numeric.find()) {
                // "Incidente del viernes 09/01/2026", "on 09/01/2026": read in the order the document writes its dates
                Optional<Boolean> order = numeric.group(1).equals(".") ? Optional.of(true) : dayOrder.get(); // "17.04.2026": dots are day first
                try {
                    d = order.isEmpty() ? Optional.empty() : TimeExpressions.stampAtStart(numeric.group(), order).flatMap(TimeExpressions.Stamp::date);
                } catch (TimeExpressions.ImpossibleValue e) {
                    d = Optional.empty();
                }
            }
            if (d.isPresent()) {
                return new ProseDates(d, partsLine);
            }
        }
        // elsewhere ("On Thursday 12 February the weekly sync ...") only with its weekday, which must fit the year
        Optional<LocalDate> yearless = published.flatMap(p -> texts.stream()
                .map(t -> yearlessDayBefore(t, p, !headline.contains(t))).flatMap(Optional::stream).findFirst());
        return new ProseDates(yearless, partsLine);
    }

    /**
     * A day the prose names without its year ("From launch on Friday, March 13 until ..."), in the
     * year that puts it on or before the report's publication date: a post tells of a past incident.
     * With {@code withWeekday}, only a day written with its weekday, which must be that day's.
     */
    private static Optional<LocalDate> yearlessDayBefore(String text, LocalDate published, boolean withWeekday) {
        Matcher m = TimelineReader.PROSE_DATE.matcher(text);
        while (m.find()) {
            boolean monthFirst = m.group("m1") != null;
            if (m.group(monthFirst ? "y1" : "y2") != null) {
                continue;
            }
            try {
                LocalDate d = LocalDate.of(published.getYear(), TimeExpressions.month(monthFirst ? m.group("m1") : m.group("m2")),
                        Integer.parseInt(monthFirst ? m.group("d1") : m.group("d2")));
                LocalDate day = d.isAfter(published) ? d.minusYears(1) : d;
                if (withWeekday) {
                    Matcher w = WEEKDAY_BEFORE_DAY.matcher(text.substring(Math.max(0, m.start() - 12), m.start()));
                    if (!w.find() || TimeExpressions.weekday(w.group(1)).filter(day.getDayOfWeek()::equals).isEmpty()) {
                        continue;
                    }
                }
                return Optional.of(day);
            } catch (java.time.DateTimeException e) {
                // "February 30": no day; look on
            }
        }
        return Optional.empty();
    }

    /**
     * A numeric date the numbers leave ambiguous ("12/03/2026"), read in the order a note in the
     * document states ("Format is `DD/MM HH:MM`"); empty when there is no such note, so that
     * {@link #readDate} refuses it with its warning.
     */
    private static Optional<LocalDate> dateInStatedOrder(String written, MarkdownDocument doc) {
        String date = TimeExpressions.withoutLeadingWeekday(written); // "torsdag 12/3/2026"
        if (!AMBIGUOUS_NUMERIC_DATE.matcher(date).lookingAt()) { // "02/12/2026 (UAE National Day)"
            return Optional.empty();
        }
        Optional<Boolean> order = statedDayOrder(doc);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        try {
            return TimeExpressions.stampAtStart(date.strip(), order).flatMap(TimeExpressions.Stamp::date);
        } catch (TimeExpressions.ImpossibleValue e) {
            return Optional.empty();
        }
    }

    /**
     * The order of numeric dates a section of the document states ("Dates are DD/MM/YYYY"; day first: true), or
     * else the order its own dates show: "# Date: 2026-07-03" beside "Date of Incident | 03/07/2026" is day first,
     * and "# Date: 11/1/2026" beside "Sunday, November 1" month first.
     */
    private static Optional<Boolean> statedDayOrder(MarkdownDocument doc) {
        for (Section s : doc.sections()) {
            Optional<Boolean> order = TimelineReader.statedDayOrder(s.text());
            if (order.isPresent()) {
                return order;
            }
        }
        return DayOrder.shownBy(doc.plainText()).or(() -> DayOrder.ofZones(doc.plainText()));
    }

    /** A numeric date with its year inside prose: "09/01/2026", "9-1-2026" (not a version's "1.2.2026"). */
    private static final Pattern NUMERIC_DATE_IN = Pattern.compile("(?<![\\d/.-])\\d{1,2}([/.-])\\d{1,2}\\1\\d{4}(?![\\d/-]|\\.\\d)");
    private static final Pattern AMBIGUOUS_NUMERIC_DATE = Pattern.compile("(0?[1-9]|1[0-2])[/.-](0?[1-9]|1[0-2])[/.-](?:\\d{4}|\\d{2}\\b)");

    private static Optional<LocalDate> readDate(Optional<String> text, String what, List<String> warnings) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<LocalDate> d = TimeExpressions.date(text.get());
            Matcher range = DAY_RANGE.matcher(text.get());
            if (d.isEmpty() && range.find()) {
                d = TimeExpressions.date(range.replaceAll("$1$2")); // "28–29 March 2026": the night began on the first day
            }
            if (d.isEmpty()) {
                warnings.add("cannot read the " + what + " '" + TimelineReader.abbreviate(text.get()) + "'; left empty");
            }
            return d;
        } catch (TimeExpressions.ImpossibleValue e) {
            warnings.add(what + ": " + e.getMessage() + "; left empty");
            return Optional.empty();
        }
    }

    /** The title without its "Postmortem:" prefix and without a severity tag ("[SEV3] ", " (P2)"), which is read as the severity. */
    static String cleanTitle(String raw) {
        String t = TITLE_PREFIX.matcher(raw.strip()).replaceFirst("").strip();
        t = TITLE_TAG.matcher(t).replaceFirst("").strip();
        String untagged = SEVERITY_TAG.matcher(t).replaceFirst("").replaceAll("\\s{2,}", " ").strip();
        t = untagged.isEmpty() ? t : untagged;
        return t.isEmpty() ? raw.strip() : t;
    }

    /**
     * A wiki's incident record kept as one two-column table ("| Field | Value |"): the rows
     * naming a section ("| Timeline (UTC) | 09:02 deployed<br>09:41 paged ... |", "| Contributing
     * factors | • ...<br>• ... |") are those sections, their cell's lines as a list (the writer's
     * {@code <br>}, bullets or "; " before a time parting them); the other rows stay a table of fields.
     */
    static MarkdownDocument withRecordTableSections(MarkdownDocument doc) {
        boolean any = java.util.stream.Stream.concat(doc.preamble().stream(), doc.sections().stream().flatMap(s -> s.blocks().stream()))
                .anyMatch(b -> b instanceof Block.Table t && isRecordTable(t));
        if (!any) {
            return doc;
        }
        List<Section> inner = new ArrayList<>();
        List<Block> preamble = splitRecordTables(doc.preamble(), 1, inner);
        List<Section> sections = new ArrayList<>();
        for (Section s : doc.sections()) {
            List<Section> own = new ArrayList<>();
            sections.add(new Section(s.heading(), s.level(), splitRecordTables(s.blocks(), s.level(), own)));
            sections.addAll(own);
        }
        sections.addAll(inner);
        return new MarkdownDocument(doc.frontMatter(), preamble, sections, doc.warnings());
    }

    /** A table of two columns with rows naming at least two known sections besides the fields. */
    private static boolean isRecordTable(Block.Table t) {
        if (t.header().size() != 2 || t.rows().size() < 3) {
            return false;
        }
        return t.rows().stream().filter(r -> recordSection(r.get(0)) != null).count() >= 2;
    }

    /** The section a record row names, other than the fields themselves; null when none. */
    private static String recordSection(String key) {
        String k = key.strip().replaceAll("^\\*+|\\*+$", "").strip();
        if (k.isEmpty() || k.length() > 60) {
            return null;
        }
        Optional<SectionKind> kind = SectionCatalog.kindOf(k);
        return kind.isPresent() && kind.get() != SectionKind.METADATA && Metadata.canonical(k).isEmpty() ? k : null;
    }

    private static List<Block> splitRecordTables(List<Block> blocks, int level, List<Section> out) {
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            if (!(b instanceof Block.Table t) || !isRecordTable(t)) {
                kept.add(b);
                continue;
            }
            List<List<String>> fields = new ArrayList<>();
            for (int r = 0; r < t.rows().size(); r++) {
                String name = recordSection(t.rows().get(r).get(0));
                if (name == null) {
                    fields.add(t.rows().get(r));
                    continue;
                }
                List<String> lines = recordLines(t.lines(r, 1));
                List<Block> content = new ArrayList<>();
                if (lines.size() > 1) {
                    content.add(new Block.ListBlock(false, lines.stream().map(l -> new Block.Item(List.of(l), Optional.empty(), List.of())).toList()));
                } else if (lines.size() == 1) {
                    content.add(new Block.Paragraph(lines, Optional.empty()));
                }
                out.add(new Section(name, Math.min(6, level + 1), content));
            }
            kept.add(new Block.Table(t.header(), fields));
        }
        return kept;
    }

    /** A cell's lines, its bullets ("• a • b") and its entries run on with "; " before a time ("09:02 a; 09:20 b") parted. */
    private static List<String> recordLines(List<String> cellLines) {
        List<String> out = new ArrayList<>();
        for (String line : cellLines) {
            for (String part : RECORD_PARTS.split(line)) {
                String p = part.strip().replaceFirst("^[\u2022\u00b7]\\s*", "").strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static final Pattern RECORD_PARTS = Pattern.compile("\\s*[\u2022]\\s+|;\\s+(?=\\d{1,2}[:.h]\\d{2}\\b)");

    /**
     * "**Action Items:**" alone on its line, then a table: a heading in all but markup. A
     * paragraph that is only a bold label naming a known section (SectionCatalog) starts that
     * section, one level below the heading it sits under; what follows it, up to the next such
     * label or heading, is that section's. Other bold lines (a date line over a timeline, "**All
     * times UTC**") stay text where they are.
     */
    static MarkdownDocument withBoldLabelSections(MarkdownDocument doc) {
        // Plain text (a mail, a text file renamed .md) has no headings below its title: there a
        // known section's name alone on its line ("Timeline", "Follow-ups") is a heading.
        boolean bare = doc.sections().size() <= 1;
        if (!hasSectionLabel(doc.preamble(), null, bare) && doc.sections().stream().noneMatch(s -> hasSectionLabel(s.blocks(), s.heading(), bare))) {
            return doc;
        }
        List<Section> sections = new ArrayList<>();
        List<Section> inner = new ArrayList<>();
        List<Block> preamble = splitAtLabels(doc.preamble(), null, 1, sections, inner, bare);
        for (Section s : doc.sections()) {
            splitAtLabels(s.blocks(), s.heading(), s.level(), sections, inner, bare);
        }
        // Listed last, so that none comes between a section and its own sub-headings.
        sections.addAll(inner);
        return new MarkdownDocument(doc.frontMatter(), preamble, sections, doc.warnings());
    }

    /**
     * Adds the section (when {@code heading} is set) and the label sections within its blocks;
     * returns the blocks before the first label. A label alone on its line ("**Action Items:**")
     * takes the blocks after it; a label with text after it ("**Root cause:** ...") and a list
     * item naming a section ("- Contributing factors:" with the factors nested) make a section of
     * that paragraph or item alone, added to {@code inner}, and what follows stays where it was.
     */
    private static List<Block> splitAtLabels(List<Block> blocks, String heading, int level, List<Section> out, List<Section> inner,
                                             boolean bare) {
        List<Block> current = new ArrayList<>();
        List<Block> first = current;
        String currentHeading = heading;
        int currentLevel = level;
        // Cut inner sections outside timelines and lists; a document written in bold labels is
        // flat, so under a label (currentHeading changed below) a label is its sibling and cuts.
        boolean cuts = mayHoldInnerSections(heading);
        for (int at = 0; at < blocks.size(); at++) {
            Block b = blocks.get(at);
            Labelled label = sectionLabel(b, bare);
            if (label == null) {
                label = plainLabel(blocks, at);
            }
            if (label == null && !isTimeline(currentHeading)) {
                label = timelineIntro(b);
            }
            if (cuts && b instanceof Block.ListBlock list && list.items().stream().anyMatch(i -> itemLabel(i) != null)) {
                List<Block.Item> stay = new ArrayList<>();
                for (Block.Item item : list.items()) {
                    String itemLabel = itemLabel(item);
                    if (itemLabel == null) {
                        stay.add(item);
                    } else {
                        inner.add(new Section(itemLabel, Math.min(6, currentLevel + 1), item.children()));
                    }
                }
                if (!stay.isEmpty()) {
                    current.add(new Block.ListBlock(list.ordered(), stay));
                }
            } else if (label != null && label.rest().isPresent() && !label.opens()) {
                if (cuts) {
                    inner.add(new Section(label.label(), Math.min(6, currentLevel + 1), List.of(label.rest().get())));
                } else {
                    current.add(b);
                }
            } else if (label != null) {
                if (currentHeading != null) {
                    out.add(new Section(currentHeading, currentLevel, current));
                }
                currentHeading = label.label();
                currentLevel = Math.min(6, level + 1);
                current = new ArrayList<>();
                label.rest().ifPresent(current::add);
                cuts = true;
            } else {
                current.add(b);
            }
        }
        if (currentHeading != null) {
            out.add(new Section(currentHeading, currentLevel, current));
        }
        return first;
    }

    /**
     * Whether labelled paragraphs and list items inside a section (under a heading) become
     * sections of their own: not in a timeline or a list section, where "- Detection:" or
     * "**Mitigation:**" groups the entries and is no section.
     */
    private static boolean mayHoldInnerSections(String heading) {
        return heading == null || SectionCatalog.kindOf(heading).filter(LIST_SECTIONS::contains).isEmpty();
    }

    /** Section names that, under Action Items, group the items by the part of the response they improve. */
    private static final java.util.Set<SectionKind> ACTION_GROUPS = java.util.EnumSet.of(SectionKind.DETECTION, SectionKind.RESPONSE,
            SectionKind.RECOVERY);

    /** Sections whose content is a list of entries (events, actions, factors, lessons). */
    private static final java.util.Set<SectionKind> LIST_SECTIONS = java.util.EnumSet.of(SectionKind.TIMELINE, SectionKind.ACTION_ITEMS,
            SectionKind.CONTRIBUTING_FACTORS, SectionKind.WHAT_WENT_WELL, SectionKind.WHAT_WENT_POORLY, SectionKind.WHERE_WE_GOT_LUCKY,
            SectionKind.LESSONS_LEARNED, SectionKind.FIVE_WHYS);

    private static boolean hasSectionLabel(List<Block> blocks, String heading, boolean bare) {
        for (int at = 0; at < blocks.size(); at++) {
            Block b = blocks.get(at);
            Labelled label = sectionLabel(b, bare);
            if (label == null && (plainLabel(blocks, at) != null || !isTimeline(heading) && timelineIntro(b) != null)) {
                return true;
            }
            if (label != null ? label.rest().isEmpty() || label.opens() || mayHoldInnerSections(heading)
                    : b instanceof Block.ListBlock list && mayHoldInnerSections(heading)
                            && list.items().stream().anyMatch(i -> itemLabel(i) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that opens a timeline outside any timeline section, as issue comments and notes do:
     * "Timeline (UTC), pieced together from #inc-311 and PagerDuty:", "**Timeline (BST)**, from the
     * shift log:", "Timeline. All UTC. Deploy times from Argo CD." The line is the section's
     * heading (its zone note stays with it); a line pointing elsewhere ("Timeline is in my
     * comment below") opens nothing.
     */
    private static Labelled timelineIntro(Block b) {
        if (!(b instanceof Block.Paragraph p) || p.lines().size() != 1) {
            return null;
        }
        String line = MARKUP.matcher(p.lines().get(0)).replaceAll("").strip();
        if (!TIMELINE_INTRO.matcher(line).matches()) {
            return null;
        }
        return new Labelled(line.substring(0, line.length() - 1).strip(), Optional.empty());
    }

    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__");
    private static final Pattern TIMELINE_INTRO = Pattern.compile(
            "(?i)timeline(?:\\s*\\([^)]{1,40}\\))?\\s*[,.:](?!.*\\b(?:below|above|comment|see|link|linked|attached|elsewhere|separate|doc|document)\\b).{0,140}[:.]");

    private static boolean isTimeline(String heading) {
        return heading != null && SectionCatalog.kindOf(heading).filter(k -> k == SectionKind.TIMELINE).isPresent();
    }

    /** Kinds a list item may name to hold its nested items as that section. */
    private static final java.util.Set<SectionKind> ITEM_SECTIONS = java.util.EnumSet.of(SectionKind.ROOT_CAUSE, SectionKind.TRIGGER,
            SectionKind.CONTRIBUTING_FACTORS, SectionKind.WHAT_WENT_WELL, SectionKind.WHAT_WENT_POORLY, SectionKind.WHERE_WE_GOT_LUCKY,
            SectionKind.ACTION_ITEMS, SectionKind.LESSONS_LEARNED);

    /** The label of a list item that is only a section's name and a colon (see {@link #ITEM_SECTIONS}), with the section's content nested under it; else null. */
    private static String itemLabel(Block.Item item) {
        if (item.children().isEmpty() || item.lines().size() != 1) {
            return null;
        }
        String text = item.lines().get(0).strip();
        if (!text.endsWith(":")) {
            return null;
        }
        String label = text.substring(0, text.length() - 1).strip();
        return label.isEmpty() || label.length() > 60 || label.contains(":")
                || SectionCatalog.kindOf(label).filter(ITEM_SECTIONS::contains).isEmpty() ? null : label;
    }

    /** Longest line read as a section's name alone on its line, with no colon, in a text without headings. */
    private static final int BARE_LABEL_CHARS = 40;

    /** Longest text after a metadata key's label that is read as its value rather than as a section. */
    private static final int METADATA_VALUE_CHARS = 80;

    /** A bold label naming a known section, and the text written after it on its paragraph, if any. */
    /**
     * A section's label and the text on its own line or lines; {@code opens} when the label, alone
     * on the first line of its paragraph, opens a section that also takes the blocks after it
     * ("Timeline:" over a caption line and the entries below).
     */
    private record Labelled(String label, Optional<Block> rest, boolean opens) {
        Labelled(String label, Optional<Block> rest) {
            this(label, rest, false);
        }
    }

    /** The sections a hurried note names in plain text after its timeline ("Root cause: ...", "Follow-ups" over a list). */
    private static final java.util.Set<SectionKind> PLAIN_LABELLED = java.util.EnumSet.of(SectionKind.ROOT_CAUSE, SectionKind.CONTRIBUTING_FACTORS,
            SectionKind.ACTION_ITEMS, SectionKind.LESSONS_LEARNED, SectionKind.IMPACT, SectionKind.WHAT_WENT_WELL, SectionKind.WHAT_WENT_POORLY);

    /**
     * A section a note names in plain text, without bold or a heading: its name alone on its line
     * right over a list or a table ("Follow-ups" over "* [done] pass the key ..."), or its name, a
     * colon and its first words ("Root cause: SDK 8's retry re-sent ..."), which open it. Only the
     * sections a note's closing lines name; a label that is a metadata field with a short value
     * ("Impact: none") stays a value.
     */
    private static Labelled plainLabel(List<Block> blocks, int i) {
        if (!(blocks.get(i) instanceof Block.Paragraph p) || p.lead().isPresent() || p.lines().isEmpty()) {
            return null;
        }
        String line = p.lines().get(0).strip();
        if (p.lines().size() == 1 && i + 1 < blocks.size() && (blocks.get(i + 1) instanceof Block.ListBlock || blocks.get(i + 1) instanceof Block.Table)
                && line.length() <= BARE_LABEL_CHARS && !line.isEmpty() && Character.isLetter(line.charAt(line.length() - 1))) {
            // a line over a list is a label as if it ended in its colon: a note's "contributing" over the factors
            String label = line + ":";
            return SectionCatalog.kindOf(label).filter(PLAIN_LABELLED::contains).isPresent() && namesSection(label) ? new Labelled(label, Optional.empty()) : null;
        }
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > BARE_LABEL_CHARS || colon + 1 >= line.length() || line.charAt(colon + 1) != ' ') {
            return null;
        }
        String label = line.substring(0, colon).strip();
        String rest = line.substring(colon + 1).strip();
        if (rest.isEmpty() || !namesSection(label + ":") || SectionCatalog.kindOf(label + ":").filter(PLAIN_LABELLED::contains).isEmpty()
                || Metadata.canonical(label).isPresent() && p.lines().size() == 1 && rest.length() <= METADATA_VALUE_CHARS) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add(rest);
        lines.addAll(p.lines().subList(1, p.lines().size()));
        // kept with its colon, which tells "contributing:" (the factors) from a README's "Contributing"
        return new Labelled(label + ":", Optional.of(new Block.Paragraph(lines, Optional.empty())), true);
    }

    /** Whether a label is a known section's name ("Root cause", "Follow-ups"), short and without a colon inside. */
    private static boolean namesSection(String label) {
        // a label may end in its colon ("Contributing:"), which tells it from a README's "Contributing"
        return !label.isEmpty() && label.length() <= 60 && label.indexOf(':') == (label.endsWith(":") ? label.length() - 1 : -1)
                && SectionCatalog.kindOf(label).isPresent();
    }

    /**
     * The label of a paragraph that opens with bold text naming a known section: alone
     * ("**Action Items:**") or followed by a colon and the section's first text ("**Root cause:**
     * The release upgraded ..."); else null. A label that is also a metadata key followed by a
     * short value on one line ("**Detection:** PagerDuty", "**Impact level:** SEV1") is metadata.
     */
    private static Labelled sectionLabel(Block b, boolean bare) {
        if (b instanceof Block.Paragraph p && p.lead().isEmpty() && p.lines().size() == 1) {
            // "Contributing factors:" alone on its line, in plain text, over a list; "Timeline" alone where a text has no headings
            String line = p.lines().get(0).strip();
            String label = line.endsWith(":") ? line
                    : bare && line.length() <= BARE_LABEL_CHARS && !line.isEmpty() && Character.isLetter(line.charAt(line.length() - 1)) ? line : "";
            if (label.isEmpty() && bare && line.length() <= BARE_LABEL_CHARS && line.endsWith(")") && line.indexOf('(') > 0) {
                // "TIMELINE (all times EST)": the name with its note in brackets, which the heading keeps
                String name = line.substring(0, line.indexOf('(')).strip();
                // "Timeline, 13 January 2026 (GMT)": or with its day
                return !name.isEmpty() && Character.isLetterOrDigit(name.charAt(name.length() - 1)) && namesSection(name)
                        ? new Labelled(line, Optional.empty()) : null;
            }
            return namesSection(label) ? new Labelled(label, Optional.empty()) : null;
        }
        if (b instanceof Block.Paragraph p && p.lead().isEmpty() && !p.lines().isEmpty() && p.lines().get(0).strip().endsWith(":")
                && namesSection(p.lines().get(0).strip())) {
            // "Follow-ups:" with the items on the lines right under it, in the same paragraph
            return new Labelled(p.lines().get(0).strip(), Optional.of(new Block.Paragraph(p.lines().subList(1, p.lines().size()), Optional.empty())),
                    true);
        }
        if (!(b instanceof Block.Paragraph p) || p.lead().isEmpty() || p.lines().isEmpty()) {
            return null;
        }
        String lead = p.lead().get().strip();
        String line = p.lines().get(0).strip();
        if (!line.startsWith(lead)) {
            return null;
        }
        String rest = line.substring(lead.length()).strip();
        boolean colon = lead.endsWith(":") || rest.startsWith(":");
        if (rest.startsWith(":")) {
            rest = rest.substring(1).strip();
        }
        // "**Timeline** (all times Pacific, PDT)": a label with a note in brackets is alone on its line too; so is
        // Slack's "*Summary*" with its text on the lines right under it, in the same paragraph
        boolean noted = rest.startsWith("(") && rest.endsWith(")");
        boolean ownLine = rest.isEmpty() || noted;
        boolean alone = ownLine && p.lines().size() == 1;
        if (!ownLine && !colon) {
            return null; // "**Impact** was small" is a sentence with bold words, not a label
        }
        String label = lead.endsWith(":") ? lead.substring(0, lead.length() - 1).strip() : lead;
        if (!namesSection(label)) {
            return null;
        }
        if (!alone && Metadata.canonical(label).isPresent() && p.lines().size() == 1 && rest.length() <= METADATA_VALUE_CHARS) {
            return null; // a value, not a section's text
        }
        if (noted) {
            // the note stays with the heading: "Timeline (all times PDT)"; the lines under it are the section's
            List<String> under = p.lines().subList(1, p.lines().size());
            return new Labelled(label + " " + rest, under.isEmpty() ? Optional.empty() : Optional.of(new Block.Paragraph(under, Optional.empty())));
        }
        List<String> lines = new ArrayList<>();
        if (!rest.isEmpty()) {
            lines.add(rest);
        }
        lines.addAll(p.lines().subList(1, p.lines().size()));
        return new Labelled(label, lines.isEmpty() ? Optional.empty() : Optional.of(new Block.Paragraph(lines, Optional.empty())));
    }

    /** Whether no block of a timeline is a table or a list of times: only prose or remarks. */
    private static boolean noTimedBlock(List<TimelineReader.TimelinePart> parts) {
        for (TimelineReader.TimelinePart p : parts) {
            if (p instanceof TimelineReader.TimelinePart.Content c && (c.block() instanceof Block.Table t && TimelineReader.hasTimedCell(t)
                    || c.block() instanceof Block.ListBlock l && TimelineReader.isTimedList(l))) {
                return false;
            }
        }
        return true;
    }

    /** Front-matter keys a timeline is kept under. */
    private static final List<String> FRONT_MATTER_TIMELINE = List.of("timeline", "events", "key_events", "key_timestamps", "milestones");

    /**
     * The timeline a document keeps in its front matter, as a list of lines: each record's time,
     * then its words ("2026-04-22T13:05:00Z — webhook-dispatcher 2.31.0 rolled out"), read with the
     * field names of JSON timelines; a line as it is ("09:12 — alert fires").
     */
    static Optional<Block.ListBlock> frontMatterTimeline(com.fasterxml.jackson.databind.JsonNode frontMatter) {
        for (String key : FRONT_MATTER_TIMELINE) {
            com.fasterxml.jackson.databind.JsonNode records = frontMatter.get(key);
            if (records == null || !records.isArray()) {
                continue;
            }
            List<Block.Item> items = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode r : records) {
                // as a JSON timeline's record: a date field and a time field, or one of them
                String stamp = r.isObject() ? (JsonExtractor.text(r, "date").orElse("") + " "
                        + JsonExtractor.text(r, JsonShapes.EVENT_TIME_FIELDS).orElse("")).strip() : "";
                Optional<String> line = r.isTextual() ? Optional.of(r.asText().strip()).filter(l -> !l.isEmpty())
                        : stamp.isEmpty() ? Optional.empty() : JsonExtractor.entryText(r).map(text -> stamp + " \u2014 " + text);
                line.ifPresent(l -> items.add(new Block.Item(List.of(l), Optional.empty(), List.of())));
            }
            if (!items.isEmpty()) {
                return Optional.of(new Block.ListBlock(false, items));
            }
        }
        return Optional.empty();
    }

    /** Blocks of a section that belong to it: its own and those of unrecognised sub-sections. */
    private static List<Block> ownBlocks(MarkdownDocument doc, List<Optional<SectionKind>> kinds, int index) {
        List<Section> sections = doc.sections();
        List<Block> out = new ArrayList<>(sections.get(index).blocks());
        int level = sections.get(index).level();
        for (int j = index + 1; j < sections.size() && sections.get(j).level() > level; j++) {
            if (kinds.get(j).isPresent()) {
                // a recognised sub-section and everything under it belongs elsewhere
                int skipLevel = sections.get(j).level();
                while (j + 1 < sections.size() && sections.get(j + 1).level() > skipLevel) {
                    j++;
                }
                continue;
            }
            out.addAll(sections.get(j).blocks());
        }
        return out;
    }

    private static List<Block> blocksOf(MarkdownDocument doc, List<Optional<SectionKind>> kinds, SectionKind kind) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).filter(k -> k == kind).isPresent()) {
                out.addAll(ownBlocks(doc, kinds, i));
            }
        }
        return out;
    }

    private static Optional<String> firstText(MarkdownDocument doc, List<Optional<SectionKind>> kinds, SectionKind kind) {
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).filter(k -> k == kind).isPresent()) {
                String text = joined(ownBlocks(doc, kinds, i));
                if (!text.isBlank() && !Placeholders.isPlaceholder(text)) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    private static String joined(List<Block> blocks) {
        List<String> parts = new ArrayList<>();
        for (Block b : blocks) {
            String t = b instanceof Block.ListBlock l
                    ? String.join("\n", l.items().stream().map(Block.Item::fullText).toList())
                    : b.text();
            if (!t.isBlank()) {
                parts.add(t.strip());
            }
        }
        return String.join("\n\n", parts);
    }

    /** The review parts of a postmortem written into a ticket's note or field. */
    record NoteReview(Optional<String> rootCause, List<String> factors, List<ActionItem> actions) {
        static final NoteReview NONE = new NoteReview(Optional.empty(), List.of(), List.of());

        int parts() {
            return (rootCause.isPresent() ? 1 : 0) + (factors.isEmpty() ? 0 : 1) + (actions.isEmpty() ? 0 : 1);
        }
    }

    /**
     * The root cause, contributing factors and action items of a short postmortem written as
     * one text where a ticket keeps its notes ("Cause: ... / Contributing: - ... / Follow-ups:
     * [x] ..."): the text read as a Markdown document without headings, whose section names
     * alone on their lines are its headings.
     */
    /** A reader per thread for notes ({@link MarkdownReader} is thread-confined and costly to build). */
    private static final ThreadLocal<MarkdownReader> NOTE_READER = ThreadLocal.withInitial(MarkdownReader::new);

    static NoteReview reviewIn(String text) {
        MarkdownDocument doc;
        try {
            doc = withBoldLabelSections(NOTE_READER.get().read(labelsOnTheirLines(text)));
        } catch (MarkdownReader.FrontMatterException e) {
            return NoteReview.NONE;
        }
        List<Optional<SectionKind>> kinds = doc.sections().stream().map(s -> SectionCatalog.kindOf(s.heading())).toList();
        if (kinds.stream().noneMatch(Optional::isPresent)) {
            return NoteReview.NONE;
        }
        return new NoteReview(rootCause(doc, kinds), entries(blocksOf(doc, kinds, SectionKind.CONTRIBUTING_FACTORS)),
                ActionItemReader.read(blocksOf(doc, kinds, SectionKind.ACTION_ITEMS)).items());
    }

    private static final Pattern NOTE_LABEL = Pattern.compile("^\\s*(?:\\*\\*)?(\\p{L}[\\p{L} '/&-]{1,40}?)\\s*(?:\\*\\*)?\\s*:\\s*(?:\\*\\*)?(.*)$");

    /**
     * A note's section labels as paragraphs of their own, as a note written line by line means
     * them: "Root cause: the schedule doubled the I/O" and "Contributing factors:" in the middle
     * of a run of lines, or a section's name alone on its line ("Root cause" over its text).
     */
    static String labelsOnTheirLines(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (String line : text.split("\n", -1)) {
            Matcher m = NOTE_LABEL.matcher(line);
            String bare = line.strip();
            if (m.matches() && SectionCatalog.kindOf(m.group(1) + ":").isPresent()) {
                out.append('\n').append(m.group(1)).append(":\n");
                if (!m.group(2).isBlank()) {
                    out.append(m.group(2).strip()).append('\n');
                }
            } else if (bare.length() <= BARE_LABEL_CHARS && !bare.isEmpty() && Character.isLetter(bare.charAt(bare.length() - 1))
                    && SectionCatalog.kindOf(bare).isPresent()) {
                out.append('\n').append(bare).append(":\n");
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** The root cause: a section headed "Root cause" is preferred to "Fault" or "Cause". */
    private static Optional<String> rootCause(MarkdownDocument doc, List<Optional<SectionKind>> kinds) {
        Optional<String> fallback = Optional.empty();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).filter(k -> k == SectionKind.ROOT_CAUSE).isPresent()) {
                String text = joined(ownBlocks(doc, kinds, i));
                if (text.isBlank() || Placeholders.isPlaceholder(text)) {
                    continue;
                }
                if (SectionCatalog.normalise(doc.sections().get(i).heading()).startsWith("root cause")) {
                    return Optional.of(text);
                }
                if (fallback.isEmpty()) {
                    fallback = Optional.of(text);
                }
            }
        }
        return fallback;
    }

    /** One entry per list item (with its nested text), or per paragraph when there is no list. */
    /** A label for the factors a root-cause section lists beside the cause: "Contributing:", "Contributing factors:". */
    private static final Pattern CONTRIBUTING_LABEL = Pattern.compile("(?i)\\W*contribut(?:ing|ory)(?:\\s+(?:factors?|causes?))?\\s*[:\u2014\u2013-]\\s*(.*)");

    /**
     * The contributing factors a Root Cause section lists beside the cause, when the document has
     * no section of its own for them: the items under a "**Contributing:**" label, or each item
     * so labelled ("* **Contributing:** the audit checked the template, not the rendered config").
     */
    private static List<String> factorsInRootCause(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            Matcher label = b instanceof Block.Paragraph p ? CONTRIBUTING_LABEL.matcher(p.text().replace("*", "")) : null;
            if (label != null && label.matches() && label.group(1).isBlank() && k + 1 < blocks.size() && blocks.get(k + 1) instanceof Block.ListBlock l) {
                l.items().forEach(it -> out.add(it.fullText()));
                k++;
            } else if (b instanceof Block.ListBlock l) {
                for (Block.Item it : l.items()) {
                    Matcher m = CONTRIBUTING_LABEL.matcher(it.fullText().replace("*", ""));
                    if (m.matches() && !m.group(1).isBlank()) {
                        out.add(m.group(1).strip());
                    }
                }
            }
        }
        return out;
    }

    static List<String> entries(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        List<List<String>> letteredLists = blocks.stream().map(b -> b instanceof Block.Paragraph p ? lettered(p) : null).toList();
        boolean anyList = letteredLists.stream().anyMatch(java.util.Objects::nonNull)
                || blocks.stream().anyMatch(b -> b instanceof Block.ListBlock || b instanceof Block.Table);
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            List<String> lettered = letteredLists.get(k);
            if (lettered != null) {
                out.addAll(lettered);
            } else if (b instanceof Block.ListBlock l) {
                for (Block.Item item : l.items()) {
                    String t = item.fullText().strip();
                    if (!Placeholders.isEmptyValue(t)) {
                        out.add(t);
                    }
                }
            } else if (b instanceof Block.Table t) {
                for (List<String> row : t.rows()) {
                    String joined = String.join(" — ", row.stream().filter(c -> !Placeholders.isEmptyValue(c)).toList())
                            .strip();
                    if (!joined.isEmpty()) {
                        out.add(joined);
                    }
                }
            } else if (!anyList && b instanceof Block.Paragraph p) {
                String t = p.text().strip();
                List<String> inline = InlineItems.split(p.lines());
                List<String> counted = inline.isEmpty() ? InlineItems.counted(t) : List.of();
                if (!inline.isEmpty()) {
                    out.addAll(inline); // "contributing: (1) no disk alerts on kafka nodes (2) retention change not checked"
                } else if (!counted.isEmpty()) {
                    out.addAll(counted); // "We see four. First, the sizing used an average ... Second, ..."
                } else if (!t.endsWith(":") && !Placeholders.isEmptyValue(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** A line opened by a letter as a list's label: "a) A test setting ...", "(b) The alert ...", "c. Broker volumes ...". */
    private static final Pattern LETTER_LABEL = Pattern.compile("^\\(?([a-z])[).]\\s+\\S");

    /**
     * The items of a paragraph written as a lettered list, which Markdown does not know ("a) ...",
     * "b) ..." on lines of their own, as minutes number their points): each line labelled with the
     * letters in order from "a"; null when the paragraph is not such a list.
     */
    private static List<String> lettered(Block.Paragraph p) {
        List<String> lines = p.lines();
        if (lines.size() < 2) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LETTER_LABEL.matcher(line.strip());
            if (m.find() && m.group(1).charAt(0) == 'a' + items.size()) {
                items.add(line.strip().substring(m.end() - 1));
            } else if (items.isEmpty()) {
                return null;
            } else {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip()); // an item's text wrapped onto the next line
            }
        }
        return items.size() >= 2 ? items : null;
    }

    private static OptionalLong statedTtd(MarkdownDocument doc, List<Optional<SectionKind>> kinds, Metadata md) {
        if (md.text("ttd").isPresent()) {
            OptionalLong v = TimeExpressions.durationMinutes(md.text("ttd").get());
            if (v.isPresent()) {
                return v;
            }
        }
        List<Block> detection = blocksOf(doc, kinds, SectionKind.DETECTION);
        Matcher m = TTD_TEXT.matcher(joined(detection));
        while (m.find()) {
            OptionalLong v = TimeExpressions.durationMinutes(m.group(1));
            if (v.isPresent()) {
                return v;
            }
        }
        return OptionalLong.empty();
    }

    private static Optional<DetectionMethod> detectionStatement(MarkdownDocument doc, List<Optional<SectionKind>> kinds, Metadata md,
                                                                boolean fromProse) {
        if (md.text("detection").isPresent()) {
            Optional<DetectionMethod> d = DetectionMethods.of(md.text("detection").get());
            if (d.isPresent()) {
                return d;
            }
        }
        List<Block> blocks = blocksOf(doc, kinds, SectionKind.DETECTION);
        List<String> prose = new ArrayList<>();
        for (String[] kv : ImpactReader.keyValues(blocks, prose)) {
            String key = kv[0].toLowerCase(Locale.ROOT);
            if ((key.contains("how") && key.contains("detect")) || key.contains("detection method") || key.contains("detected by")
                    || key.equals("method") || key.equals("source")) {
                Optional<DetectionMethod> d = DetectionMethods.of(kv[1]);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        if (fromProse && !prose.isEmpty()) {
            return DetectionMethods.of(String.join(" ", prose));
        }
        return Optional.empty();
    }

    /** "09:47 — 11:32 UTC (1h 45min)": the author's own figure when given in units, else the range. */
    static OptionalLong statedDuration(String text) {
        Matcher paren = PARENTHESISED.matcher(text);
        while (paren.find()) {
            OptionalLong v = TimeExpressions.durationMinutes(paren.group(1));
            if (v.isPresent()) {
                return v;
            }
        }
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            try {
                Optional<TimeExpressions.Stamp> a = TimeExpressions.stampAtStart(range.group(1));
                Optional<TimeExpressions.Stamp> b = TimeExpressions.stampAtStart(range.group(2));
                if (a.flatMap(TimeExpressions.Stamp::time).isPresent() && b.flatMap(TimeExpressions.Stamp::time).isPresent()) {
                    int from = a.get().time().get().toSecondOfDay();
                    int to = b.get().time().get().toSecondOfDay();
                    int diff = to >= from ? to - from : to + 86400 - from;
                    return OptionalLong.of(diff / 60);
                }
            } catch (TimeExpressions.ImpossibleValue e) {
                return OptionalLong.empty();
            }
        }
        return TimeExpressions.durationMinutes(text);
    }


}
