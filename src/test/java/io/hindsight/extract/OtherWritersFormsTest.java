package io.hindsight.extract;

import static io.hindsight.extract.PhaseAssertions.assertPhases;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.ActionItem;
import io.hindsight.model.ActionStatus;
import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import io.hindsight.model.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Layouts met in postmortems written by other people (a blind set), in general form. */
class OtherWritersFormsTest {
    private final FilePipeline pipeline = new FilePipeline();

    private Incident only(String path, String text) {
        return pipeline.only(path, text);
    }

    @Test
    void severalFieldsOnOneLineSeparatedByPipes() {
        Incident i = only("search-reindex.md", """
                # Postmortem: Search results empty after reindex

                Date: 2026-03-04 | Severity: Minor | Team: Discovery | Services: search-api, web

                ## Summary
                The nightly reindex swapped in an empty alias.
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 3, 4));
        assertThat(i.severity()).hasValue(Severity.SEV4);
        assertThat(i.services()).contains("search-api");
    }

    @Test
    void fieldsPrintedWithDotLeaders() {
        // a service desk's print as text: "Priority ................ Critical"
        Incident i = only("INC000000418872.md", """
                # Incident INC000000418872: policy lookups failing

                Priority ................ Critical
                Reported Date ........... 2026-10-13 06:22
                Assignee ................ Darnell Price

                ## Summary
                Policy lookups failed for the call centre after a firewall rule was removed.
                """);
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 10, 13));
        assertThat(i.summary()).hasValueSatisfying(t -> assertThat(t).contains("firewall rule"));
    }

    @Test
    void fieldsOnOneLineSeparatedByDotsOrSemicolonsButNotInsideAValue() {
        Incident i = only("cdn-purge.md", """
                # Postmortem: Stale prices after CDN purge failed

                **Date:** 2026-05-02 · **Incident ID:** INC-2026-071 · **Severity:** SEV-2

                Author: Ruth K.; Status: Final; Duration: 09:47 — 11:32 UTC (1h 45min)

                ## Summary
                A purge request was rate limited and prices stayed stale.
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 5, 2));
        assertThat(i.id()).isEqualTo("INC-2026-071");
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertThat(i.author()).hasValue("Ruth K.");
        assertThat(i.status()).hasValue("Final");
        // the dash inside the duration separates no pair: "11:32 UTC" has no metadata key
        assertThat(i.statedDurationMinutes()).hasValue(105);
    }

    @Test
    void aDateUnderTheIncidentKeyIsWhenItHappenedNotItsId() {
        Incident i = only("bookings-offline.md", """
                # Room bookings offline on Monday morning

                **Incident:** Monday, Mar 9, 2026 · **Written:** Mar 11 by Ola (volunteer admin)

                ## Timeline (EST)
                - **7:05 am** – the booking site starts returning 502s.
                - **7:40 am** – Sam at the front desk texts me that nobody can book.
                - **8:10 am** – restarted the app server. Bookings work again.
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 3, 9));
        assertThat(i.id()).isNotEqualTo("Monday, Mar 9, 2026");
        // "EST" written the day after the clocks went forward, by a writer who never writes EDT: the wall clock, UTC-4
        assertPhases(i, "STARTED", "2026-03-09T11:05:00Z");
    }

    @Test
    void anIncidentLogOfPlainStampedLinesIsTheTimeline() {
        Incident i = only("export-rejected.md", """
                # Export files rejected by the clearing house

                **Date:** 2026-01-14
                **Priority:** P3

                ## Incident log (CET)

                21:02:10 Release 4.2 deployed with the new XML writer
                22:15:00 Alert export-ack-missing pages the on-call (Lea)
                22:19:30 Lea acks
                22:41:00 Lea finds it: the writer drops the namespace on the header
                23:05:00 Rollback to 4.1 started
                23:20:00 Rollback done, re-run accepted by the clearing house
                23:45:00 Incident closed
                """);
        assertPhases(i, "STARTED", "2026-01-14T20:02:10Z", "DETECTED", "2026-01-14T21:15:00Z", "ACKNOWLEDGED", "2026-01-14T21:19:30Z",
                "ROLLBACK_STARTED", "2026-01-14T22:05:00Z", "CLOSED", "2026-01-14T22:45:00Z");
    }

    @Test
    void aGenericNorthAmericanZoneFollowsDaylightSavingTimeOnTheIncidentDate() {
        String doc = """
                # Postmortem: Uploads stuck

                **Date:** %s
                **Severity:** SEV3

                ## Timeline (PT)

                | Time | Event |
                |---|---|
                | 6:40 am | Worker image 7.0 deployed |
                | 7:35 am | Upload failure alert pages the media on-call |

                ## Root Cause
                An option was renamed in the encoder.
                """;
        Incident summer = only("summer.md", doc.formatted("2026-07-23"));
        Incident winter = only("winter.md", doc.formatted("2026-01-23"));
        assertThat(summer.timings().phases()).containsEntry(io.hindsight.model.Phase.STARTED, java.time.Instant.parse("2026-07-23T13:40:00Z"));
        assertThat(winter.timings().phases()).containsEntry(io.hindsight.model.Phase.STARTED, java.time.Instant.parse("2026-01-23T14:40:00Z"));
        Incident eastern = only("eastern.md", doc.formatted("2026-07-23").replace("Timeline (PT)", "Timeline (all times Eastern Time)"));
        assertThat(eastern.timings().phases()).containsEntry(io.hindsight.model.Phase.STARTED, java.time.Instant.parse("2026-07-23T10:40:00Z"));
        // the region alone in the heading's brackets: "Timeline (Eastern)"
        Incident bare = only("bare.md", doc.formatted("2026-01-23").replace("Timeline (PT)", "Timeline (Eastern)"));
        assertThat(bare.timings().phases()).containsEntry(io.hindsight.model.Phase.STARTED, java.time.Instant.parse("2026-01-23T11:40:00Z"));
    }

    @Test
    void timesAfterADatedRowBeforeTheIncidentDayAreThatDayWhenTheIncidentDayIsDatedLater() {
        String doc = """
                # Postmortem: DNS changes not propagating
                # Date: 2026-03-03

                ## Timeline (UTC)
                | Time | Event |
                |------|-------|
                | 2026-03-02 20:15 | zone-publisher 11.4.0 deployed |
                | 20:40 | Canary POPs apply deltas normally |
                %s
                | 03:10 | `propagation_lag > 30m` critical pages DNS on-call |
                """;
        // the writer dates the incident's day again: "20:40" is the evening before
        Incident dated = only("dated.md", doc.formatted("| 2026-03-03 02:10 | A 71 MiB delta frame is rejected by old agents |"));
        assertThat(dated.timeline().get(1).at()).contains(java.time.Instant.parse("2026-03-02T20:40:00Z"));
        // without that, the dated row is background and the times that follow are the incident's day
        Incident background = only("background.md", doc.formatted("| 02:10 | A 71 MiB delta frame is rejected by old agents |"));
        assertThat(background.timeline().get(1).at()).contains(java.time.Instant.parse("2026-03-03T20:40:00Z"));
    }

    @Test
    void anAcknowledgementBeforeTheDetectionIsNoResponderAcknowledgingIt() {
        Incident i = only("ach.md", """
                # Postmortem: Payroll file paid twice
                # Date: 2026-06-30

                ## Timeline (UTC)
                | Time | Event |
                |------|-------|
                | 2026-06-28 23:50 | transmission-service 3.14.0 released |
                | 2026-06-29 00:20 | Post-release check: test file uploaded once and acknowledged |
                | 2026-06-30 12:24 | Client Success pages Payments on-call |
                | 12:27 | Nadia acknowledges |
                """);
        assertPhases(i, "ACKNOWLEDGED", "2026-06-30T12:27:00Z");
    }

    @Test
    void aBankReviewWithUkNumericDatesARagColumnAndACaptionAfterAClockChange() {
        Incident i = only("fraud.md", """
                # Postmortem: Online card purchases wrongly declined
                # Date: 2026-07-03

                | Field | Detail |
                |---|---|
                | Priority | P2 |
                | Date of Incident | 03/07/2026 |

                ## Timeline (BST)

                | Date | Time | Event | Actor |
                |---|---|---|---|
                | 03/07/2026 | 16:10 | Ruleset v2026.27 published | Fraud Strategy |
                | 03/07/2026 | 16:41 | Contact centre reports a spike in declined-card calls | Contact Centre |

                ## Action Items

                | ID | Action | Owner | Due Date | Priority | RAG |
                |----|--------|-------|----------|----------|-----|
                | FR-1 | Shadow mode for new rules | J. Kerr | 2026-07-17 | P1 | Complete |
                | FR-2 | Record ruleset publications as changes | P. Lawson | 2026-08-28 | P1 | Amber |
                """);
        // the ISO date says how the numeric ones read: 03/07/2026 is the 3rd of July
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 7, 3));
        assertPhases(i, "STARTED", "2026-07-03T15:10:00Z");
        assertThat(i.actionItems()).extracting(io.hindsight.model.ActionItem::isDone).containsExactly(true, false);

        Incident clocks = only("standing-orders.md", """
                # Postmortem: Duplicate standing orders at the end of summer time
                # Date: 2026-10-25

                ## Timeline (GMT)
                Clocks went back at 02:00 BST (01:00 GMT). All times below are GMT.

                | Date | Time | Event | Actor |
                |---|---|---|---|
                | 25/10/2026 | 01:30 | Control-M starts a second run of SOPAY01 | Control-M |
                | 25/10/2026 | 06:45 | Contact centre reports customers debited twice | Contact Centre |
                """);
        assertPhases(clocks, "STARTED", "2026-10-25T01:30:00Z");
    }

    @Test
    void theDocumentsOtherNumericDatesOrItsWeekdaysSayHowAnAmbiguousDateReads() {
        Incident dueDates = only("pos.md", """
                # Incident Report: Agent POS terminals unable to transact

                | | |
                |---|---|
                | **Date** | 06/08/2026 |
                | **Severity** | SEV2 |

                ## Timeline (WAT)
                | Time | Event |
                |---|---|
                | 10:00 | TMS profile v88 published to all terminals |
                | 10:34 | Alert "Terminal txn success rate < 80%" fires |

                ## Action items
                | # | Action | Owner | Due | Status |
                |---|---|---|---|---|
                | 1 | TLS chain check in the certificate pipeline | Ibrahim | 14/08/2026 | Done |
                """);
        // "14/08/2026" can only be day first: so is the writer's "06/08/2026"
        assertThat(dueDates.date()).hasValue(java.time.LocalDate.of(2026, 8, 6));
        assertPhases(dueDates, "DETECTED", "2026-08-06T09:34:00Z");

        Incident weekday = only("ussd.md", """
                # Postmortem: USSD menu broken for one operator's subscribers

                **Date:** 03-09-2026
                **Priority:** P3

                ## Timeline

                Nairobi time (EAT), Thursday 03-09-2026.

                - **14:05** — ussd-menu v5.4.0 rolled out
                - **14:48** — contact centre escalates: subscribers get "invalid MMI code"
                """);
        // 3 September 2026 is a Thursday, 9 March a Monday
        assertThat(weekday.date()).hasValue(java.time.LocalDate.of(2026, 9, 3));
        assertPhases(weekday, "STARTED", "2026-09-03T11:05:00Z");

        Incident disagree = only("mixed.md", """
                # Postmortem: Export job late

                **Date:** 06/08/2026 | **Severity:** SEV3

                ## Timeline (UTC)
                - 04:10 — nightly export misses its deadline
                - 04:25 — `export_age > 30m` pages data on-call

                ## Action items
                | # | Action | Owner | Due | Status |
                |---|---|---|---|---|
                | 1 | Alert on the export's age | Ana | 14/08/2026 | Done |
                | 2 | Runbook for re-runs | Ben | 08/28/2026 | Open |
                """);
        // dates written both ways settle nothing: the ambiguous one stays unread
        assertThat(disagree.date()).isEmpty();
        assertThat(disagree.warnings()).anyMatch(w -> w.contains("ambiguous date '06/08/2026'"));
    }

    @Test
    void aTableHeadedByItsClocksWithTheWritersStageColumnNewestFirst() {
        Incident i = only("rigs.md", """
                # Postmortem: Long queues for cloud gaming rigs in eu-west-2

                **Date:** 2026-05-22 | **Severity:** P2

                ## Timeline
                Exported from the incident bot, newest first. Date and UTC are the reference; CEST for readability.

                | Date | UTC | CEST | Status | What happened | Who |
                |---|---|---|---|---|---|
                | 2026-05-22 | 20:25 | 22:25 | Closed | Queue times stayed normal through the rest of peak. Tobias closes GS-2291 | Tobias |
                | 2026-05-22 | 19:35 | 21:35 | Recovered | Last batch back on the old image. Queue p50 18 s, zero placement failures | Fleet automation |
                | 2026-05-22 | 18:47 | 20:47 | Mitigation | Closing of new sessions paused on upgraded hosts; queue p50 down from 11 min to 45 s | Kasia |
                | 2026-05-22 | 18:20 | 20:20 | Mitigation | Rollback of eu-west-2 to the old image kicked off | Kasia |
                | 2026-05-22 | 18:12 | 20:12 | Identified | Revert of the allocator filter change started | Kasia |
                | 2026-05-22 | 17:26 | 19:26 | Detection | `queue-time-slo-burn` pages streaming on-call | PagerDuty |
                | 2026-05-22 | 14:10 | 16:10 | Impact | Fleet pipeline starts rolling the new image in 10% batches | Fleet automation |
                """);
        // the "UTC" column is the clock; the writer's stages settle what the words misread ("closes GS-2291" is the
        // close, "Closing of new sessions paused" a mitigation), while words naming a step keep it: the revert started
        // in the "Identified" stage, the rollback kicked off in the "Mitigation" stage
        assertPhases(i, "STARTED", "2026-05-22T14:10:00Z", "DETECTED", "2026-05-22T17:26:00Z",
                "ROLLBACK_STARTED", "2026-05-22T18:12:00Z", "MITIGATED", "2026-05-22T18:47:00Z",
                "RESOLVED", "2026-05-22T19:35:00Z", "CLOSED", "2026-05-22T20:25:00Z");
    }

    @Test
    void aSoloFoundersWriteUpWithWeekdayLinesAndFirstPersonHeadings() {
        Incident i = only("reminders.md", """
                # Tuesday's missing appointment reminders

                **Date:** 2026-04-07
                **Severity:** SEV2

                ## Timeline

                All times Central (CDT), which is where we both live.

                - **Mon 4:10 pm** – Deployed v412 (treatment plan attachments).
                - **Tue 5:02 am** – Redis hits 100 MB. Enqueues start failing.
                - **8:47 am** – Office manager at a practice emails the support inbox: patients got no reminder text.
                - **9:31 am** – Started the revert of v412.
                - **10:20 am** – Resend finished; Twilio queue empty.

                ## What I'm changing

                - [x] Pass S3 keys in job arguments, never file contents
                - [ ] Alert on Redis memory above 70%
                """);
        // "Mon" beside a Tuesday incident is the day before; the writer's "What I'm changing" holds the action items
        assertPhases(i, "STARTED", "2026-04-06T21:10:00Z", "DETECTED", "2026-04-07T13:47:00Z",
                "ROLLBACK_STARTED", "2026-04-07T14:31:00Z");
        assertThat(i.actionItems()).extracting(io.hindsight.model.ActionItem::isDone).containsExactly(true, false);

        Incident atlantic = only("order-day.md", """
                # Order day: the shop went down

                **Date:** 2026-10-03

                ## Timeline (ADT)
                - 8:00 am — order window opens
                - 8:06 am — UptimeRobot: "order page is DOWN (500)". SMS to me.
                - 8:40 am — Jess pings me on Discord: members can't check out

                ## What I've changed / will change
                - [x] Disk space alert at 80%
                """);
        assertPhases(atlantic, "STARTED", "2026-10-03T11:00:00Z", "DETECTED", "2026-10-03T11:06:00Z");
        assertThat(atlantic.actionItems()).hasSize(1);
    }

    @Test
    void aTimelineGroupedByWorkstreamStartsEachGroupOnTheFirstDayAgain() {
        Incident i = only("custody.md", """
                # Postmortem: Withdrawals stuck after the signing quorum was lost

                **Date:** 2026-11-03 | **Severity:** SEV1

                ## Timeline (UTC)

                Grouped by workstream, so read across the groups by time. Times after midnight are marked *(4 Nov)*.

                - **Detection**
                  - **21:13** — First signing requests time out
                  - **22:16** — `withdrawal_oldest_pending > 60m` fires and pages custody on-call
                - **Signing infrastructure**
                  - **20:30** — Signer-B leaves the quorum for its patch window, as planned
                  - **23:58** — Signer-B rejoins the quorum. First signatures succeed
                  - **00:40** *(4 Nov)* — All 214 queued withdrawals signed and broadcast
                - **Incident management**
                  - **23:05** — SEV1 declared, Oluwaseun takes IC
                  - **01:50** *(4 Nov)* — Incident closed
                """);
        // each workstream tells its own clock from the evening of the 3rd; "(4 Nov)" dates its line
        assertPhases(i, "STARTED", "2026-11-03T20:30:00Z", "DETECTED", "2026-11-03T22:16:00Z",
                "DECLARED", "2026-11-03T23:05:00Z", "CLOSED", "2026-11-04T01:50:00Z");
        assertThat(i.timeline()).extracting(e -> e.text()).contains("All 214 queued withdrawals signed and broadcast");
    }

    @Test
    void aHeadingWhoseBracketNamesTheSectionIsThatSection() {
        Incident i = only("transfers.md", """
                # Incident report: Airport transfers not bookable

                **Date:** 2026-06-25 | **Severity:** SEV3

                ## Timeline (UTC)
                - 09:05 — B2B desk writes in #transfers-support: agencies cannot confirm transfers
                - 09:34 — Cache warmer paused. Booking success goes to 88%

                ## Why it happened (contributing factors)
                - The supplier's new rate limit was announced only to a mailbox nobody reads
                - The cache warmer shares the booking API key
                - Transfers are not in the paging alerts
                """);
        assertThat(i.contributingFactors()).hasSize(3);
    }

    @Test
    void latinAmericanWritersDatesKeysAndCaptions() {
        Incident spanish = only("otp.md", """
                # Postmortem: Riders not receiving the login code

                **Fecha / Date:** 3 de septiembre de 2026
                **Severity:** SEV2

                ## Timeline
                Hora del centro (UTC−6), 03-09-2026

                | Time | Event |
                |---|---|
                | 06:35 | Support lead escalates: 40 riders say the SMS code never arrives |
                | 06:50 | Identity on-call acknowledges |
                """);
        // the bilingual key is the date, the date is in Spanish, and the caption's zone is the rows'
        assertThat(spanish.date()).hasValue(java.time.LocalDate.of(2026, 9, 3));
        assertPhases(spanish, "DETECTED", "2026-09-03T12:35:00Z", "ACKNOWLEDGED", "2026-09-03T12:50:00Z");
    }

    @Test
    void timestampsAsToolsAndPeopleCopyThem() {
        Incident weekday = only("matchmaking.md", """
                # Matchmaking down at the spring launch

                **Date:** 2026-04-24
                **Severity:** Major

                ## Timeline

                All times UTC.

                | Time | Event |
                |---|---|
                | Fri 24 Apr 17:56 | Allocators start crash-looping |
                | Fri 24 Apr 18:07 | `MatchmakingMatchesPerMinuteLow` pages Online Services on-call |
                """);
        assertPhases(weekday, "STARTED", "2026-04-24T17:56:00Z", "DETECTED", "2026-04-24T18:07:00Z");

        Incident epoch = only("kafka.md", """
                # Postmortem: bid events lost after a retention change

                **Date:** 2026-06-03 | **Severity:** SEV2

                ## Timeline (UTC)
                Timestamps are unix epoch seconds as copied out of the tools.

                | Time | Event |
                |---|---|
                | 1780452845.233 | Terraform apply sets `retention.ms=-1` on the wrong topic |
                | 1780455060 | `KafkaBrokerDiskFull` pages the data on-call |
                """);
        assertPhases(epoch, "STARTED", "2026-06-03T02:14:05Z", "DETECTED", "2026-06-03T02:51:00Z");

        Incident kibana = only("dns.md", """
                # Postmortem: API unreachable after a weighted DNS record change

                **Date:** 2026-10-21 | **Severity:** SEV2

                ## Timeline
                All times UTC, copied from Kibana.

                | @timestamp | event |
                |---|---|
                | Oct 21, 2026 @ 14:04:12.004 | First 503s logged by clients resolving to the legacy ALB |
                | Oct 21, 2026 @ 14:09:15.902 | Checkly `api-health-eu` fails twice in a row, pages on-call |
                """);
        assertPhases(kibana, "STARTED", "2026-10-21T14:04:12Z", "DETECTED", "2026-10-21T14:09:15Z");
    }

    @Test
    void paragraphsOpeningWithATimeRangeTellTheirEventsAtTheirOwnTimes() {
        Incident i = only("checkout.md", """
                # Postmortem: Checkout totals timing out

                **Date:** 2026-03-11 | **Severity:** SEV2

                ## Timeline (UTC)

                **14:02–14:19 — Trigger and early symptoms.** tax-service v2.18.0 finished rolling out at 14:02. From 14:09 the p95 of `/checkout/totals` crept up; that panel has no alert.

                **14:19–14:31 — Detection and triage.** At 14:19 the `checkout-totals-error-rate > 2%` alert fired and paged the Checkout on-call. Dana acknowledged at 14:23. At 14:31 Dana declared a SEV2.

                **14:31–14:53 — The rollback.** At 14:44 Tom asked for a rollback to v2.17.3 and Lucía started it. The rollback finished at 14:53, and within two minutes the error rate was back at its usual 0.4%.
                """);
        assertPhases(i, "STARTED", "2026-03-11T14:02:00Z", "DETECTED", "2026-03-11T14:19:00Z",
                "ACKNOWLEDGED", "2026-03-11T14:23:00Z", "DECLARED", "2026-03-11T14:31:00Z", "MITIGATED", "2026-03-11T14:53:00Z");
    }

    @Test
    void chatLinesPastedWithoutBlankLinesAreOneEventEachAtTheirOwnTime() {
        Incident i = only("wiki-login.md", """
                # Postmortem: Wiki logins failing after the LDAP bind password change
                **Date:** 2026-03-10 | **Severity:** SEV3

                ## Timeline (UTC)
                Copied from #help-it.

                Nadia Rahim [9:00 AM]: changed the wiki's LDAP bind password (CHG-88). old one expires on April 2
                Tom Berg [9:20 AM]: wiki says "invalid credentials" for everyone?
                Nadia Rahim [9:24 AM]: on-call here, looking. the service account
                was probably not updated in the wiki config
                Nadia Rahim [9:31 AM]: wiki config updated with the new password, will check at 9:45
                Tom Berg [9:40 AM]: logins work again
                """);
        assertThat(i.timeline()).extracting(e -> e.at().orElseThrow()).containsExactly(
                java.time.Instant.parse("2026-03-10T09:00:00Z"), java.time.Instant.parse("2026-03-10T09:20:00Z"),
                java.time.Instant.parse("2026-03-10T09:24:00Z"), java.time.Instant.parse("2026-03-10T09:31:00Z"),
                java.time.Instant.parse("2026-03-10T09:40:00Z"));
        // the continuation line stays with its message; the date and the time a message mentions start no event
        assertThat(i.timeline().get(2).text()).isEqualTo("Nadia Rahim: on-call here, looking. the service account was probably not updated in the wiki config");
    }

    @Test
    void aWholeDateCellBesideACompactTimeInHours() {
        Incident i = only("ocs.md", """
                # Major Incident Report: Top-up failures after the charging patch
                **Priority:** P1

                ## Timeline
                All times AEST (UTC+10).

                | Date | Time | Update |
                |---|---|---|
                | 21/04/2026 | 0215 hrs | Charging patch 8.1 applied on both nodes |
                | 21/04/2026 | 0702 hrs | Alert OCS_TOPUP_LOW pages the NOC on-call |
                | 22/04/2026 | 0930 hrs | PIR held. INC closed |
                """);
        assertPhases(i, "STARTED", "2026-04-20T16:15:00Z", "DETECTED", "2026-04-20T21:02:00Z");
        assertThat(i.timeline()).last().extracting(e -> e.at().orElseThrow()).isEqualTo(java.time.Instant.parse("2026-04-21T23:30:00Z"));
    }

    @Test
    void zonesNamedOnAWeekdayDateLineInABracketOnItsOwnOrAsAUsRegion() {
        String list = """
                # Postmortem: Search timeouts
                **Date:** 2026-05-07 | **Severity:** SEV2

                ## Timeline

                %s
                - 19:58 — Synthetic check fails 3x, Opsgenie pages the search on-call.
                """;
        // "Thursday, 07/05/2026 (BRT, UTC-3)": the weekday before a numeric date keeps the line a date line
        assertPhases(only("weekday.md", list.formatted("**Thursday, 07/05/2026** (BRT, UTC-3)")), "DETECTED", "2026-05-07T22:58:00Z");
        // "(hora Colombia, COT = UTC-5)": a line that is all a bracket naming the zone
        assertPhases(only("bracket.md", list.formatted("(hora Colombia, COT = UTC-5)")), "DETECTED", "2026-05-08T00:58:00Z");
        // "All times are US Central." above a story told in paragraphs; an editor's wrapped line is no new event
        Incident story = only("story.md", """
                # Postmortem: Morning pickups an hour late
                **Date:** 2026-03-09 | **Severity:** SEV1

                ## What happened

                All times are US Central. The incident ran past midnight; anything from 00:00 onwards is on 10 March.

                At 06:41 a parent called support: her daughter's pickup, normally at 06:50, was showing
                07:50 in the parent app and nobody had come. At 06:48 support paged the routing on-call.
                """);
        assertPhases(story, "STARTED", "2026-03-09T11:41:00Z", "DETECTED", "2026-03-09T11:48:00Z");
        assertThat(story.timeline()).extracting(e -> e.at().orElseThrow()).containsExactly(
                java.time.Instant.parse("2026-03-09T11:41:00Z"), java.time.Instant.parse("2026-03-09T11:48:00Z"));
    }

    @Test
    void nordicKlTimesACityTimeCaptionWithACommaAndANoteThatConvertsUnderAZonedHeading() {
        Incident kl = only("kl.md", """
                # Postmortem: Card declines after the feature backfill
                **Date:** 2026-12-08 | **Severity:** SEV3

                ## Timeline (norsk tid, CET)

                - kl. 09.58 — alert `ecom_decline_rate > 4%` pages Fraud on-call
                - kl. 10.03 — Sindre (on-call) acknowledges
                """);
        assertPhases(kl, "DETECTED", "2026-12-08T08:58:00Z", "ACKNOWLEDGED", "2026-12-08T09:03:00Z");
        Incident helsinki = only("hki.md", """
                # Postmortem: Open-banking calls failing
                **Date:** 2026-12-02 | **Severity:** SEV2

                ## Timeline

                Helsinki time (EET, UTC+2), Wednesday 2.12.2026.

                | Time | Event |
                |------|-------|
                | 10:22 | Alert `tpp_tls_failures > 5%` pages the Open Banking on-call |
                """);
        assertPhases(helsinki, "DETECTED", "2026-12-02T08:22:00Z");
        Incident converted = only("utc.md", """
                # Postmortem: Seat holds never expired
                **Date:** 2026-06-18 | **Severity:** SEV1

                ## Timeline (UTC)
                On-sale opened at 10:00 BST, which is 09:00 UTC. All rows are 18 June unless dated.

                | Time | Event |
                |------|-------|
                | 09:00 | On-sale opens |
                | 09:19 | "Checkout conversion < 20%" alert pages the on-call |
                """);
        assertPhases(converted, "STARTED", "2026-06-18T09:00:00Z", "DETECTED", "2026-06-18T09:19:00Z");
    }

    @Test
    void aPropertiesTableUnderTheTitleIsNoTimelineAndThreeInARowIsNoNoteAboutRows() {
        Incident i = only("props.md", """
                # Incident postmortem: video visits dropping patients

                | Property | Value |
                |---|---|
                | Date of incident | 2026-04-21 |
                | Severity | SEV-2 |

                ## Response

                All times in this section are US Eastern (EDT).

                At 10:02 AM a clinician posted that three patients in a row had vanished from her queue. At 10:09 AM the
                abandon-rate alert paged Marcus, who acknowledged at 10:11 AM.
                """);
        assertPhases(i, "STARTED", "2026-04-21T14:02:00Z", "DETECTED", "2026-04-21T14:02:00Z", "ACKNOWLEDGED", "2026-04-21T14:11:00Z");
        assertThat(i.timeline()).allMatch(e -> e.at().isPresent());
    }

    @Test
    void aNoteAboveTheTableIsNoEventAndLeavesAZonedHeadingAlone() {
        String doc = """
                # Postmortem: Rewards members logged out
                # Date: 2026-10-21

                ## Timeline%s
                %s

                | Time | Event |
                |------|-------|
                | 06:30 | Quarterly signing-key rotation runs on the identity tenant |
                | 07:05 | Synthetic login journey fails 3 times, pages Loyalty on-call |
                """;
        // the note's "5:30 pm" is an example, not an event: the rows stay on the 21st, in the heading's zone
        Incident utc = only("utc.md", doc.formatted(" (UTC)", "Local time was AEDT (UTC+11): 06:30 UTC is 5:30 pm in Sydney."));
        assertPhases(utc, "STARTED", "2026-10-21T06:30:00Z", "DETECTED", "2026-10-21T07:05:00Z");
        assertThat(utc.timeline()).hasSize(2);
        // with no zone in the heading, the note's first zone is the rows'
        Incident local = only("local.md", doc.formatted("", "All times AEDT (UTC+11); 5:30 pm is the start of the shopping peak."));
        assertPhases(local, "STARTED", "2026-10-20T19:30:00Z");
    }

    @Test
    void istanbulTimeAndAStoryWhoseTimesAreAListUnderAZonedHeading() {
        Incident istanbul = only("ist.md", """
                # Postmortem: Instant top-ups credited twice
                **Date:** 2026-04-23 | **Severity:** SEV2

                ## Timeline (Istanbul time)
                - 12:05 — Customer writes in the app chat that her top-up shows twice; the agent escalates to the wallet on-call
                - 12:14 — Wallet on-call acknowledges
                """);
        assertPhases(istanbul, "ACKNOWLEDGED", "2026-04-23T09:14:00Z");
        Incident story = only("athens.md", """
                # Postmortem: Vouchers printed without Greek letters
                **Date:** 2026-04-29 | **Severity:** SEV3

                ## Impact
                - Some hotels asked guests for a second document

                ### What happened (Athens time)

                - 11:20 Base image bump for `voucher-renderer` merged and auto-deployed
                - 16:30 Hotel in Chania e-mails partner support with a photo of the broken voucher
                - 17:05 Partner support forwards it to #fulfilment, Maria starts looking
                """);
        assertPhases(story, "STARTED", "2026-04-29T08:20:00Z");
        assertThat(story.timeline()).hasSize(3);
    }

    @Test
    void cstNamedAsChinaStandardTimeWithItsOffsetIsUtcPlusEight() {
        Incident i = only("cst.md", """
                # Postmortem: Presale oversold
                **Date:** 2026-08-17 | **Severity:** SEV2

                ## Timeline (CST, China Standard Time UTC+8)
                | Time | Event |
                |------|-------|
                | 20:19 | Alert `oversell_orders > 0` pages the inventory on-call |
                """);
        assertPhases(i, "DETECTED", "2026-08-17T12:19:00Z");
    }

    @Test
    void aDottedDayAndMonthBeforeTheTimeInATableCell() {
        Incident i = only("fx.md", """
                # Postmortem: Card FX rates stale overnight
                **Date:** 09.12.2026 | **Severity:** SEV2

                ## Timeline (Vilnius time, EET)
                | Time | Event |
                |------|-------|
                | 08.12 20:05 | Maintenance starts; the FX poller CronJob is suspended |
                | 09.12 08:55 | Treasury analyst reports our UAH rate is 0.9% off and writes to the card team |
                """);
        assertPhases(i, "STARTED", "2026-12-08T18:05:00Z", "DETECTED", "2026-12-09T06:55:00Z");
    }

    @Test
    void aUsNumericDateIsReadInTheOrderTheDocumentsDatesInWordsShow() {
        String doc = """
                # Postmortem: Refill reminders sent twice
                # Date: 3/4/2026
                **Severity:** SEV3

                ## Summary
                On %s the reminder job ran twice after a scheduler restart.

                ## Timeline (UTC)
                | Time | Event |
                |------|-------|
                | 13:05 | Scheduler restarted by the platform upgrade |
                | 14:40 | Pharmacy support reports members getting two reminders |
                """;
        // "March 4" and "3 April" settle which of the numbers is the month
        assertThat(only("us.md", doc.formatted("Wednesday, March 4th")).date()).hasValue(java.time.LocalDate.of(2026, 3, 4));
        assertThat(only("eu.md", doc.formatted("3 April")).date()).hasValue(java.time.LocalDate.of(2026, 4, 3));
        // words that name neither reading leave the date ambiguous, and refused
        assertThat(only("none.md", doc.formatted("March 9")).date()).isEmpty();
    }

    @Test
    void captionsThatSayTimeIsAndCitiesTheZoneDatabaseFilesUnderAnotherName() {
        String doc = """
                # Postmortem: Stale prices in search
                # Date: 2026-07-09

                ## Timeline

                %s

                - 2026-07-09 15:52 — Seller bulk upload processed; 3 rows have empty currency
                - 2026-07-09 16:40 — Seller Care reports prices in search differ from the product page
                """;
        Incident beijing = only("beijing.md", doc.formatted("Time is Beijing time."));
        assertPhases(beijing, "STARTED", "2026-07-09T07:52:00Z");
        Incident ict = only("ict.md", doc.formatted("All time is ICT (UTC+7), 9 Jul 2026."));
        assertPhases(ict, "STARTED", "2026-07-09T08:52:00Z");
    }

    @Test
    void frenchCanadianTimesAnHeureColumnAndAZoneCaptionInFrench() {
        String doc = """
                # Postmortem: Laval labels printed at the wrong scale
                # Date: 2026-11-05

                ## Timeline
                %s

                | Date | Heure | What happened |
                |---|---|---|
                | 2026-11-05 | 7 h 40 | Desktop team pushes the new label driver to the print server |
                | 2026-11-05 | 8 h 25 | Dock supervisor calls the service desk: labels scaled wrong on every printer |
                """;
        Incident est = only("laval.md", doc.formatted("Heure de l'Est (EST)."));
        assertPhases(est, "STARTED", "2026-11-05T12:40:00Z", "DETECTED", "2026-11-05T13:25:00Z");
        Incident all = only("laval2.md", doc.formatted("All the times are in heure de l'Est (EST, UTC−5)."));
        assertPhases(all, "STARTED", "2026-11-05T12:40:00Z");
    }

    @Test
    void germanZoneNamesDottedDatesAndTheirUhr() {
        Incident i = only("plc.md", """
                # Post-incident review: Welding line W2 not starting after a PLC firmware update

                **Date:** 10.11.2026
                **Severity:** Major
                **Times:** all MEZ

                ## Timeline
                | Time | Event |
                |------|-------|
                | 05:10 Uhr | Start firmware update of the fail-safe CPU |
                | 05:40 Uhr | Stefan calls OT on-call |
                """);
        // dots are the day-first convention: 10.11.2026 is the 10th of November
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 11, 10));
        assertPhases(i, "STARTED", "2026-11-10T04:10:00Z");
        Incident cell = only("vpn.md", """
                # Postmortem: VPN to the Linz plant down
                # Date: 2026-10-07

                ## Timeline (MESZ)
                | Time | Event |
                |------|-------|
                | 05:30 | Firewall upgrade starts |
                | 06:15 | Plant calls the service desk: no connection to SAP |
                """);
        assertPhases(cell, "STARTED", "2026-10-07T03:30:00Z");
        // a dotted day and month without a year reads day first as well, with nothing else to tell the order
        Incident yearless = only("edi.md", """
                # Postmortem: EDI call-offs to suppliers failing
                # Date: 2026-11-03

                ## Timeline (MEZ)
                - 03.11. 12:40 — Mapping package deployed to EDI production
                - 03.11. 13:21 — Alert by SMS to the EDI on-call
                """);
        assertPhases(yearless, "STARTED", "2026-11-03T11:40:00Z");
    }

    @Test
    void anExportedTableWithAnEmptyHeaderRowADatedEventBeforeTheIncidentAndACaptionWithANote() {
        Incident i = only("push.md", """
                # Postmortem: iOS push notifications not delivered
                **Date:** 2026-01-22

                ## Timeline

                Warsaw time (CET, we were still on winter time that week).

                | Time | What happened |
                |---|---|
                | 2025-12-23 | Apple sends the 30-day expiry reminder to the developer-account mailbox |
                | 07:14 | APNs certificate expires; herald gets TLS handshake failures |
                | 09:40 | Support escalates: iOS users get no notifications |

                ## Action items

                | | | | |
                |---|---|---|---|
                | **Action** | **Owner** | **Due date** | **Status** |
                | Move herald to token-based APNs auth | Jonas | 2026-02-06 | Done |
                | Calendar alert 45 days before any certificate expiry | Marta | 2026-02-27 | Open |
                """);
        // the reminder keeps its own day; the times after it are the incident's, in the caption's zone
        assertPhases(i, "STARTED", "2026-01-22T06:14:00Z", "DETECTED", "2026-01-22T08:40:00Z");
        assertThat(i.actionItems()).extracting(io.hindsight.model.ActionItem::isDone).containsExactly(true, false);
    }

    @Test
    void aRollbackToldOnlyByItsEndStartsThereAndHasNoLength() {
        Incident i = only("recs.md", """
                # Postmortem: Home rail recommendations empty
                # Date: 2026-07-08

                ## Timeline (UTC)
                - 11:30 — ranker v57 promoted
                - 11:50 — Growth PM reports empty home rails in #recs
                - 12:05 — Rolled back to v56 in the model registry
                - 13:00 — Incident closed
                """);
        assertPhases(i, "ROLLBACK_STARTED", "2026-07-08T12:05:00Z", "MITIGATED", "2026-07-08T12:05:00Z");
        assertThat(i.timings().minutes()).doesNotContainKey(io.hindsight.model.TimingMetric.ROLLBACK_DURATION);
    }

    @Test
    void hyphenatedDayFirstDatesAreReadAndAnAmbiguousOneIsStillRefused() {
        String doc = """
                # Incident review: Self check-in kiosks could not read documents

                | | |
                |---|---|
                | **Incident date** | %s |
                | **Severity** | Moderate |

                ## Timeline
                Times in Lisbon time (WEST).

                - **07:40** — First kiosk rejects a passport scan at the Porto hotel
                - **08:02** — Front desk calls the Hotels Digital on-call
                """;
        Incident clear = only("kiosk.md", doc.formatted("21-07-2026"));
        assertThat(clear.date()).hasValue(java.time.LocalDate.of(2026, 7, 21));
        assertPhases(clear, "STARTED", "2026-07-21T06:40:00Z");
        // Lisbon's clock says where it was written: the day first
        assertThat(only("kiosk2.md", doc.formatted("02-09-2026")).date()).hasValue(java.time.LocalDate.of(2026, 9, 2));
        // with nothing to settle it, an ambiguous date is refused, not guessed
        Incident ambiguous = only("kiosk3.md", doc.formatted("02-09-2026").replace("Times in Lisbon time (WEST).", "Times in UTC.")
                + "\n## Impact\n- 1,200 guests checked in at the desk\n");
        assertThat(ambiguous.date()).isEmpty();
        assertThat(ambiguous.warnings()).anyMatch(w -> w.contains("ambiguous date '02-09-2026'"));
    }

    @Test
    void aStatusFollowedByALongNoteInBrackets() {
        Incident i = only("billing.md", """
                # Postmortem: Bills sent with the wrong tariff
                # Date: 2026-03-17

                ## Root Cause
                The tariff lookup used the due date for the energy charge.

                ## Corrective actions

                - BILL-880 Make the variance check blocking — **Done**
                - BILL-881 Split the tariff lookup in two, with tests — **Done** (the 7.14.2 hotfix, plus cleanup in 7.15.0)
                - BILL-882 Add fixtures with a tariff change inside every cycle window — In progress
                """);
        assertThat(i.actionItems()).extracting(io.hindsight.model.ActionItem::isDone).containsExactly(true, true, false);
    }

    @Test
    void aNoteAboveTheTableThatNamesATimeIsNoEvent() {
        Incident i = only("slots.md", """
                # Postmortem: Grocery slots released an hour late

                **Date:** 2026-03-08

                ## Timeline (CDT)
                DST started at 2:00 am, so every time below is already CDT.

                | Time | What happened |
                |---|---|
                | 5:30 am | First release of the day due. Nothing released |
                | 6:48 am | Store lead in #grocery-ops: pickers had no orders until 6:30 |
                """);
        assertThat(i.timeline()).hasSize(2);
        assertThat(i.timings().phases()).containsEntry(io.hindsight.model.Phase.STARTED, java.time.Instant.parse("2026-03-08T10:30:00Z"));
    }

    @Test
    void whenRecoveryCameInStepsTheFirstStepIsTheMitigationUnlessAnEarlierEventNamesOne() {
        Incident i = only("push.md", """
                # Postmortem: iOS pushes not delivered

                **Date:** 2026-04-22
                **Severity:** SEV3

                ## Timeline

                | Time | Event |
                |---|---|
                | 06:55 | Admin revokes the live APNs key |
                | 07:41 | Support lead reports missing pushes in #incidents |
                | 08:15 | New key loaded into the gateway; iOS sends succeed again |
                | 08:31 | Success rate at 99.6%, retry queue empty, full recovery confirmed |
                | 08:40 | Incident closed |

                ## Root Cause
                The only APNs key was revoked by hand.
                """);
        assertPhases(i, "MITIGATED", "2026-04-22T08:15:00Z", "RESOLVED", "2026-04-22T08:31:00Z");
    }

    @Test
    void aRollbackTheNextEventSaysChangedNothingIsWhereTheRollbackStartedNotTheMitigation() {
        Incident i = only("pricing-flag.md", """
                # Postmortem: Sale prices lost after a sync rollout

                **Date:** 2026-02-17
                **Severity:** SEV2

                ## Timeline (UTC)

                | Time | Event |
                |---|---|
                | 09:30 | Sync v2 flag rolled out to half of the merchants |
                | 10:51 | Merchant ticket: sale prices vanished |
                | 11:09 | Flag rolled back to 0% |
                | 11:11 | Rows already deleted, storefront still on list prices. No change |
                | 11:40 | Prices restored from the backup snapshot; wrong prices stop |
                | 13:41 | All overrides back, fully recovered |
                | 13:55 | Incident closed |

                ## Root Cause
                The new sync read a missing block as a deletion.
                """);
        assertPhases(i, "ROLLBACK_STARTED", "2026-02-17T11:09:00Z", "MITIGATED", "2026-02-17T11:40:00Z",
                "RESOLVED", "2026-02-17T13:41:00Z");
        // an action that worked keeps its place even when a later event says something is unchanged
        Incident worked = only("worked.md", """
                # Postmortem: Checkout errors after deploy

                **Date:** 2026-03-02
                **Severity:** SEV2

                ## Timeline (UTC)

                | Time | Event |
                |---|---|
                | 10:00 | Release 4.2 deployed |
                | 10:05 | Error-rate alert pages on-call |
                | 10:20 | Release rolled back; errors drop to 0.1% |
                | 12:30 | Dashboards unchanged since the rollback, all green; resolved |
                | 12:40 | Incident closed |

                ## Root Cause
                A null check was removed.
                """);
        assertPhases(worked, "MITIGATED", "2026-03-02T10:20:00Z");
    }

    @Test
    void aWordThatHoldsBackAPhaseSpeaksOnlyForItsOwnClauseAndADecisionIsNoAction() {
        Incident i = only("bucket.md", """
                # Postmortem: Exports 404 after a lifecycle rule

                **Date:** 2026-02-14
                **Severity:** SEV2

                ## Timeline (UTC)

                | Time | Event |
                |---|---|
                | 06:10 | Lifecycle rule applied to the exports bucket |
                | 07:50 | 404 alert pages the storage on-call |
                | 09:10 | Decision: restore the expired objects from the backup snapshot |
                | 10:35 | Delete markers removed where a previous version still existed; 404 rate falls from 31% to 4% |
                | 16:10 | Remaining objects back, all exports available |
                | 16:30 | Incident closed |

                ## Root Cause
                The rule had no prefix filter.
                """);
        assertPhases(i, "MITIGATED", "2026-02-14T10:35:00Z");
    }

    @Test
    void dottedDatesAndTimesOrdinalDatesAndAZoneGivenOnceInTheSummary() {
        Incident dotted = only("wms.md", """
                # Postmortem: Picks not synchronised

                **Date:** 2026.02.17
                **Severity:** Sev-2

                ## Summary
                The broker disk was full. All times in this document are
                CET.

                ## Timeline

                | Time | Event |
                |------|-------|
                | 8.55 | Log level set to DEBUG on the gateway; disk 1.25 GB free |
                | 10.18 | Shift leader calls IT hotline: orders do not go to picked |
                | 12.45 | Incident closed |

                ## Root Cause
                Logs and queue files on one small disk.
                """);
        assertThat(dotted.date()).hasValue(java.time.LocalDate.of(2026, 2, 17));
        assertPhases(dotted, "STARTED", "2026-02-17T07:55:00Z", "DETECTED", "2026-02-17T09:18:00Z", "CLOSED", "2026-02-17T11:45:00Z");
        Incident ordinal = only("telehealth.md", """
                # Postmortem: Video visits not connecting

                **Date:** 3rd of March 2026

                ## Timeline
                - 8:05am EST: TURN realm changed
                - 8:47am EST: clinic phones the helpdesk: no video on mobile

                ## Root Cause
                A realm mismatch.
                """);
        assertThat(ordinal.date()).hasValue(java.time.LocalDate.of(2026, 3, 3));
        assertPhases(ordinal, "STARTED", "2026-03-03T13:05:00Z");
        Incident abbreviated = only("soil.md", """
                # Postmortem: Soil readings zero

                **Date:** 19-Aug-2026
                **Severity:** Minor

                ## Timeline (IST)
                - 09:05 — Network server upgraded to v4.6
                - 11:40 — Agronomist mails support: all plots dry since morning

                ## Root Cause
                The decoder got base64.
                """);
        assertThat(abbreviated.date()).hasValue(java.time.LocalDate.of(2026, 8, 19));
        assertPhases(abbreviated, "STARTED", "2026-08-19T03:35:00Z", "DETECTED", "2026-08-19T06:10:00Z");
    }

    @Test
    void serviceBackBeforeTheNamedFixIsWhenTheImpactWasMitigated() {
        Incident i = only("docs.md", """
                # Postmortem: Download links expired at once

                **Date:** 2026-06-18
                **Severity:** SEV2

                ## Timeline (UTC)

                | Time | Event |
                |---|---|
                | 2026-06-18 22:40 | Docs API starts returning expired presigned URLs |
                | 2026-06-18 23:05 | Download-error alert pages the docs on-call |
                | 2026-06-19 00:12 | Rolling restart of docs-api; downloads succeed again |
                | 2026-06-19 02:35 | Hotfix 3.2.1 (clock read per request) deployed |
                | 2026-06-19 03:10 | Error rate at baseline for 30 minutes; full recovery confirmed |

                ## Root Cause
                The clock was read once at start-up.
                """);
        assertPhases(i, "MITIGATED", "2026-06-19T00:12:00Z", "RESOLVED", "2026-06-19T03:10:00Z");
    }

    @Test
    void aNoteOnTheClockChangeIsNoEvent() {
        Incident i = only("transit.md", """
                # Postmortem: Journey planner an hour off after the clock change

                **Date:** 2026-03-08

                ## Timeline
                Chicago local time. Clocks went forward at 2:00 AM, so every line gives its own zone.

                - 1:30 AM CST — Nightly GTFS import starts with a fixed UTC offset
                - 6:45 AM CDT — Rider complaints reach support: buses shown an hour late

                ## Root Cause
                The importer read the offset once per service day.
                """);
        assertPhases(i, "STARTED", "2026-03-08T07:30:00Z", "DETECTED", "2026-03-08T11:45:00Z");
    }

    @Test
    void aZoneNamedByItsCityAndDayLinesWithTheirWeekday() {
        Incident chicago = only("signals.md", """
                # Postmortem: Signals flashing red on Western Avenue

                **Date:** 2026-03-09
                **Severity:** Major

                ## Timeline (Chicago time)

                - 6:02 am — Controllers on Western Avenue drop to flashing red
                - 6:09 am — A bus driver radios the traffic management duty supervisor

                ## Root Cause
                A timing plan was loaded with the old clock.
                """);
        // the day after the US clock change: Chicago is on CDT, UTC-5
        assertPhases(chicago, "STARTED", "2026-03-09T11:02:00Z", "DETECTED", "2026-03-09T11:09:00Z");
        Incident vancouver = only("cranes.md", """
                # Crane work queues empty at Berth 3 — Postmortem

                **Date:** 2026-11-04
                **Severity:** Moderate

                ## Timeline

                All times are Vancouver time.

                **Friday 2026-10-30**

                4:15 pm Vessel planning loads the winter crane-rate table (change CR-0917).

                **Wednesday 2026-11-04**

                5:52 am The overnight re-plan finishes with no moves for Q4-Q6.

                6:31 am The Q5 operator finds "No work assigned" and radios the vessel supervisor.

                6:38 am Vessel supervisor Marcus Leung goes to the planning office and takes it on.

                ## Root Cause
                Blank speeds in the winter table read as zero.
                """);
        assertPhases(vancouver, "STARTED", "2026-11-04T13:52:00Z", "DETECTED", "2026-11-04T14:31:00Z", "ACKNOWLEDGED", "2026-11-04T14:38:00Z");
    }

    @Test
    void subHeadingsInsideTheTimelineGroupItsEntriesAndAreNoEvents() {
        Incident i = only("slots.md", """
                # Postmortem: Delivery slots released mid-checkout

                **Date:** 2026-06-20
                **Severity:** P2

                ## Timeline (UTC)

                ### 08:00–09:00

                | Time | Event |
                |---|---|
                | 08:02:15 | slot-capacity v3.8 deploy finishes |
                | 08:31:05 | checkout-conversion-drop alert pages the checkout on-call |

                ### Detection and response

                | Time | Event |
                |---|---|
                | 09:12:45 | Root cause identified: hold_ttl read as seconds |

                ### Recovery

                | Time | Event |
                |---|---|
                | 09:20:00 | hold_ttl set to 600; slot errors fall to 0.4% |
                | 10:40:00 | Service fully restored |

                ## Root Cause
                The hold timeout was read as seconds.
                """);
        assertPhases(i,
                "STARTED", "2026-06-20T08:02:15Z",
                "IDENTIFIED", "2026-06-20T09:12:45Z",
                "MITIGATED", "2026-06-20T09:20:00Z",
                "RESOLVED", "2026-06-20T10:40:00Z");
        // the heading "Recovery" is not glued to the entry before it
        assertThat(i.timeline()).extracting(io.hindsight.model.TimelineEvent::text).noneMatch(t -> t.endsWith("Recovery"));
    }

    @Test
    void anEntryDatedDaysBeforeTheIncidentLeavesTheTimesAfterItOnTheIncidentDate() {
        Incident i = only("historian.md", """
                # Postmortem: Reservoir dashboard blind after compaction
                # Date: 2026-03-08

                ## Timeline (UTC)

                - 2026-03-03 15:40 — retention change applied to the historian
                - 02:03 — weekly compaction job starts
                - 02:17 — stale-data alarm pages the SCADA on-call
                - 06:20 — incident closed

                ## Root Cause
                The retention unit was hours, not days.
                """);
        assertPhases(i, "STARTED", "2026-03-08T02:03:00Z", "DETECTED", "2026-03-08T02:17:00Z");
        assertThat(i.timeline().get(0).at()).hasValue(java.time.Instant.parse("2026-03-03T15:40:00Z"));
    }

    @Test
    void timesWrittenWithAnHAndMetadataKeysWithEmoji() {
        Incident i = only("podcast.md", """
                # 🎧 Postmortem: Episode downloads blocked

                **📅 Date:** 2026-09-15
                **🚨 Severity:** Major

                ## TIMELINE

                | Heure | Event |
                |---|---|
                | 13h20 | Edge rule enabled on all PoPs |
                | 13h31 | Alert edge-403-ratio pages the edge on-call |

                ## ROOT CAUSE
                Two apps drop the query string on redirect.

                ## IMPACT
                - 2,870 customer service contacts
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 9, 15));
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertPhases(i, "STARTED", "2026-09-15T13:20:00Z", "DETECTED", "2026-09-15T13:31:00Z");
        assertThat(i.impact().supportTickets()).hasValue(2870);
        assertThat(i.impact().usersAffected()).isEmpty();
    }

    @Test
    void unixTimesInAJsonTimelineInSecondsOrMilliseconds() {
        Incident i = only("irrigation.json", """
                {"title": "Irrigation ran an hour late", "date": "2026-03-08", "severity": "SEV2",
                 "timeline": [
                   {"time": 1772974800, "event": "First irrigation sets open their valves an hour late"},
                   {"time": 1772978520000, "event": "Grower phones support: valves opened an hour late"},
                   {"time": "1772985600", "event": "Incident closed"}]}
                """);
        assertPhases(i, "STARTED", "2026-03-08T13:00:00Z", "DETECTED", "2026-03-08T14:02:00Z", "CLOSED", "2026-03-08T16:00:00Z");
        assertThat(i.warnings()).noneMatch(w -> w.contains("cannot read the time"));
    }

    @Test
    void aJsonTimelineGivenAsAnObjectHoldingItsEvents() {
        Incident i = only("historian.json", """
                {"incident": {"title": "Historian stopped archiving", "date": "2026-08-21", "severity": {"label": "Moderate"},
                  "timeline": {"timezone": "Europe/Oslo", "events": [
                    {"timestamp": "2026-08-22 07:55", "message": "Compliance analyst e-mails the OT desk: no Plant 2 values since last night"},
                    {"timestamp": "2026-08-22 09:20", "message": "Collector restarted in compatibility mode; tags archiving again"}]}}}
                """);
        assertPhases(i, "DETECTED", "2026-08-22T05:55:00Z", "MITIGATED", "2026-08-22T07:20:00Z");
    }

    @Test
    void aToolExportWrappedInDataWithCamelCaseKeysAndPhasesInALifecycleObjectOfUnixTimes() {
        Incident i = only("ops-dump.json", """
                {"requestId": "r-1", "data": {"incident": {
                  "message": "Settlement export truncated after its volume hit its quota",
                  "sev": 2, "ownerTeam": "payments-data",
                  "lifecycle": {"impactStart": 1773712032, "firstSymptom": 1773712320, "detected": 1773713140,
                                "acked": 1773713463, "causeKnown": 1773716550, "rollbackStart": null,
                                "mitigated": 1773717600, "recovered": 1773727100, "closed": 1773728100},
                  "factors": ["No alert on the exports volume", "The job does not stop on write errors"],
                  "actions": [{"task": "Fail the export on the first write error", "status": "resolved"},
                              {"task": "Alert at 80% usage", "completed": false},
                              {"task": "Move exports to object storage", "status": "Closed", "resolution": "Won't Do"}]}}}
                """);
        assertThat(i.title()).hasValue("Settlement export truncated after its volume hit its quota");
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertPhases(i, "STARTED", "2026-03-17T01:47:12Z", "DETECTED", "2026-03-17T02:05:40Z", "ACKNOWLEDGED", "2026-03-17T02:11:03Z",
                "IDENTIFIED", "2026-03-17T03:02:30Z", "MITIGATED", "2026-03-17T03:20:00Z", "RESOLVED", "2026-03-17T05:58:20Z",
                "CLOSED", "2026-03-17T06:15:00Z");
        assertThat(i.contributingFactors()).hasSize(2);
        assertThat(i.actionItems()).extracting(ActionItem::status)
                .containsExactly(Optional.of(ActionStatus.DONE), Optional.of(ActionStatus.OPEN), Optional.of(ActionStatus.WONT_DO));
    }

    @Test
    void aRecordSplitOverTheToolsIncidentAndItsPostmortemWithALogOfKindedEntries() {
        Incident i = only("pd-merge.json", """
                {"source": "merge script",
                 "pd_incident": {"id": "Q2K7", "title": "order-projector consumer lag", "status": "resolved", "urgency": "high",
                   "log_entries": [
                     {"type": "trigger_log_entry", "created_at": "2026-10-13T14:41:18Z", "summary": "Triggered through the API: lag monitor in ALERT"},
                     {"type": "notify_log_entry", "created_at": "2026-10-13T14:41:20Z", "summary": "Notified Hamid by push"},
                     {"type": "acknowledge_log_entry", "created_at": "2026-10-13T14:58:02Z", "summary": "Acknowledged by Hamid"},
                     {"type": "resolve_log_entry", "created_at": "2026-10-13T18:30:41Z", "summary": "Resolved by Hamid"}]},
                 "postmortem": {"incident_date": "2026-10-13", "root_cause": "Dynamic membership rebalanced on every broker restart.",
                   "contributing_factors": "* Restarts do not wait for stable groups\\n* The lag warning goes to a dashboard only",
                   "timeline_additions": [{"ts": 1791900000, "what": "CHG-5120 started: rolling restart of the order brokers"}]}}
                """);
        assertThat(i.title()).hasValue("order-projector consumer lag");
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 10, 13));
        assertPhases(i, "STARTED", "2026-10-13T14:00:00Z", "DETECTED", "2026-10-13T14:41:18Z", "ACKNOWLEDGED", "2026-10-13T14:58:02Z",
                "RESOLVED", "2026-10-13T18:30:41Z");
        assertThat(i.contributingFactors()).containsExactly("Restarts do not wait for stable groups",
                "The lag warning goes to a dashboard only");
    }

    @Test
    void jsonApiWithItsRecordsInIncludedAndTheSeverityAsARelation() {
        Incident i = only("jsonapi.json", """
                {"data": {"id": "b7d0", "type": "incidents", "attributes": {
                   "title": "Partner API flooded with 429s", "severity": {"data": {"attributes": {"name": "SEV1"}}},
                   "startedAt": "2026-06-09T11:02:00-07:00"}},
                 "included": [
                   {"type": "incident_events", "attributes": {"occurred_at": "2026-06-09T11:02:00-07:00", "event": "Policy r241 rolled out"}},
                   {"type": "incident_events", "attributes": {"occurred_at": "2026-06-09T11:09:30-07:00",
                      "event": "Alert fired: availability SLO fast burn. Paged api-platform primary."}},
                   {"type": "incident_action_items", "attributes": {"summary": "Invalidate the policy cache on rollout", "status": "done"}},
                   {"type": "incident_action_items", "attributes": {"summary": "Canary policy changes", "status": "open"}}]}
                """);
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertPhases(i, "STARTED", "2026-06-09T18:02:00Z", "DETECTED", "2026-06-09T18:09:30Z");
        assertThat(i.actionItems()).hasSize(2);
    }

    @Test
    void anEventKindThatNamesAPhaseIsThatPhaseAndAnotherStandsBeforeTheTextAsALabel() {
        Incident i = only("bot.jsonl", """
                {"title": "Gate scanners reject valid tickets", "impact_level": "critical", "events": [{"kind": "deploy", "at": "2026-07-18T18:30:00+02:00", "text": "gate-validator 3.9.0 rolled out"}, {"kind": "page", "at": "2026-07-18T19:04:00+02:00", "text": "duty manager calls the hotline: gates rejecting valid tickets; on-call paged"}, {"kind": "ack", "at": "2026-07-18T19:07:00+02:00", "text": "on it"}, {"kind": "rca", "at": "2026-07-18T19:48:00+02:00", "text": "cause: the 3.9.0 key bundle lacks the season key"}, {"kind": "close", "at": "2026-07-18T21:00:00+02:00", "text": "closing, postmortem owner Sofia"}], "contributing": ["no canary venue"], "todos": [{"title": "Canary one venue", "status": "DONE"}]}
                """);
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertPhases(i, "ACKNOWLEDGED", "2026-07-18T17:07:00Z", "IDENTIFIED", "2026-07-18T17:48:00Z", "CLOSED", "2026-07-18T19:00:00Z");
        assertThat(i.contributingFactors()).hasSize(1);
        assertThat(i.actionItems()).hasSize(1);
    }

    @Test
    void aPublicIncidentReportWithItsDateInTheTitleAndItsTimelineInAResponseSection() {
        Incident i = only("push-report.md", """
                # Incident report: delayed push notifications on 9 June 2026

                ## Summary

                Push notifications were delayed for about three hours. All times in this report are UTC.

                ## Who was affected

                Customers sending push notifications from our EU clusters; about 2.4 million notifications were dropped.

                ## How we responded

                At 05:40 we rolled out a new resolver configuration. At 06:24 a customer reported delayed login codes to support,
                and the support lead paged the on-call engineer. At 06:27 the on-call engineer acknowledged the page.
                At 08:50 we confirmed that delivery was back to normal in every cluster.

                ## What went wrong and why?

                Negative caching kept a short failure for an hour.
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 6, 9));
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("Negative caching"));
        assertPhases(i, "STARTED", "2026-06-09T05:40:00Z", "DETECTED", "2026-06-09T06:24:00Z", "ACKNOWLEDGED", "2026-06-09T06:27:00Z");
    }

    @Test
    void numberedDayHeadingsRowsCountedInDaysAndAnInfoBoxInABlockquote() {
        Incident i = only("flapping.md", """
                # Checkout 502 bursts (two days)

                > Team wiki › Incidents › 2026
                > **Severity:** P2 · **Status:** Closed · **Date:** 2026-04-21 · **Owner:** Bruno

                ## Timeline

                #### Day 1 — Tue 2026-04-21

                | Time | What happened |
                |---|---|
                | 09:12 | New load-balancer image rolled out |
                | 10:07 | `checkout-5xx-rate` alert pages on-call |

                #### Day 2

                | Time | What happened |
                |---|---|
                | 13:15 | Root cause identified: the new kernel's conntrack table is four times smaller |

                #### Day 3

                - 09:40 — Clean morning peak; full health confirmed
                - +2d 10:00 — Incident closed
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 4, 21));
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertPhases(i, "STARTED", "2026-04-21T09:12:00Z", "DETECTED", "2026-04-21T10:07:00Z", "IDENTIFIED", "2026-04-22T13:15:00Z",
                "RESOLVED", "2026-04-23T09:40:00Z", "CLOSED", "2026-04-23T10:00:00Z");
    }

    @Test
    void aNameAfterATimeIsNoAmOrPm() {
        Incident i = only("amara.md", """
                # Postmortem: Checkout degraded

                **Date:** 2026-11-14

                ## Timeline
                - At 23:12 we flipped the flag.
                - At 23:47 Amara saw three customers tweet that payments spun forever and paged the on-call.
                """);
        assertPhases(i, "DETECTED", "2026-11-14T23:47:00Z");
        assertThat(i.warnings()).noneMatch(w -> w.contains("impossible time"));
    }

    @Test
    void aCaseExportListedNewestFirstWithItsAnalysisAndImprovementsInSubRecords() {
        Incident i = only("soar.json", """
                {"export": {"product": "a SOAR tool"},
                 "case": {"case_id": "CF-4471", "name": "Credential phishing against contact-centre staff",
                   "priority": {"code": "P2", "label": "High"},
                   "events": [
                     {"ts": "2026-11-10T16:00:12Z", "kind": "note", "detail": "Case closed"},
                     {"ts": "2026-11-10T08:58:33Z", "kind": "note", "detail": "On-call analyst acknowledges the alert"},
                     {"ts": "2026-11-10T08:47:10Z", "kind": "alert", "detail": "Mail gateway alert pages the SOC: users entered credentials"},
                     {"ts": "2026-11-10T08:12:40Z", "kind": "note", "detail": "Phishing e-mail delivered to 212 mailboxes"}],
                   "rca": {"root_cause": "Push MFA can be relayed.", "contributing_factors": [{"text": "No FIDO2"}, {"text": "No lookalike-domain block"}]},
                   "post_incident": {"review_date": "2026-11-12", "author": {"name": "Marcus"}, "lessons": [],
                     "improvement_actions": [{"description": "Block new domains", "state": "Completed"}, {"description": "Roll out FIDO2", "state": "Open"}]}}}
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 11, 10));
        assertPhases(i, "STARTED", "2026-11-10T08:12:40Z", "DETECTED", "2026-11-10T08:47:10Z", "ACKNOWLEDGED", "2026-11-10T08:58:33Z",
                "CLOSED", "2026-11-10T16:00:12Z");
        assertThat(i.rootCause()).hasValue("Push MFA can be relayed.");
        assertThat(i.contributingFactors()).hasSize(2);
        assertThat(i.actionItems()).extracting(ActionItem::status).containsExactly(Optional.of(ActionStatus.DONE), Optional.of(ActionStatus.OPEN));
    }

    @Test
    void actionItemsWrittenAsCommitmentsOrAsParagraphsLedByABoldPhrase() {
        Incident i = only("blog.md", """
                # The night our checkout queue ate itself

                On the night of Saturday 14 November 2026 our checkout was degraded. All times below are UTC.

                ## What happened

                At 23:12 we flipped the flag. At 23:51 the latency page fired; Tomasz acknowledged it at 23:53 and joined the channel.

                ## What we're changing

                We will add a CI check that compares indexes with staging. We will ramp migrations in steps.

                We have already made the reaper run every five minutes. We are sorry for the disruption.
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 11, 14));
        assertPhases(i, "STARTED", "2026-11-14T23:12:00Z", "DETECTED", "2026-11-14T23:51:00Z", "ACKNOWLEDGED", "2026-11-14T23:53:00Z");
        assertThat(i.actionItems()).extracting(ActionItem::status)
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of(ActionStatus.DONE));

        Incident j = only("sso.md", """
                # Postmortem: SSO login loop

                **Date:** 2026-05-06

                ## Root cause
                The identity provider rotated its signing certificate before the gateway trusted the new one.

                ## Action items

                **Publish the next certificate ahead of time.** The identity provider will publish it 14 days early. Oskar owns this. Status: done.

                **Refresh metadata automatically.** The gateway will reload the metadata every hour. Maria owns this. Status: in progress.
                """);
        assertThat(j.actionItems()).extracting(ActionItem::status)
                .containsExactly(Optional.of(ActionStatus.DONE), Optional.of(ActionStatus.IN_PROGRESS));
    }

    @Test
    void aMiniPostmortemWithItsTableRightUnderTheTitleAndRowsAtNoStatedTime() {
        Incident i = only("mini.md", """
                # Mini postmortem: blurry profile thumbnails

                SEV4 · 2026-03-11 · times in UTC · written up by Dmitri K.

                | Time | What happened |
                |------|---------------|
                | 13:20 | Image-resizer config change merged |
                | 14:02 | Design team posts in #web that new avatars look smeared |
                | 14:36 | Fix deployed: thumbnails get their own quality key; new uploads look right again |
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 3, 11));
        assertPhases(i, "STARTED", "2026-03-11T13:20:00Z", "DETECTED", "2026-03-11T14:02:00Z", "MITIGATED", "2026-03-11T14:36:00Z");

        Incident j = only("invoices.md", """
                # Postmortem: invoice e-mails with a zero amount

                **Date:** 2026-09-29

                ## Timeline
                - 18:38 — support pages billing on-call; Kim acknowledges
                - 19:10 — batch paused; no more wrong e-mails go out
                - later — Kim and Ravi find the cause: the template reads a field the payload no longer sends
                - next morning, 08:20 — all correction e-mails delivered; full health confirmed
                - next morning — incident closed at the billing stand-up
                """);
        assertPhases(j, "MITIGATED", "2026-09-29T19:10:00Z", "RESOLVED", "2026-09-30T08:20:00Z");
        assertThat(j.timings().phases()).doesNotContainKeys(io.hindsight.model.Phase.CLOSED, io.hindsight.model.Phase.IDENTIFIED);
    }

    @Test
    void scriptDumpsWithPhasesAsTimedRecordsTitleCaseKeysAndChatTimestampsWithDecimals() {
        Incident i = only("net.dump.json", """
                {"__type__": "IncidentRecord", "title": "Staff cannot reach the VPN", "date": "2026-05-06", "timezone": "Europe/Berlin",
                 "phases": {"started": {"at": "2026-05-06 07:02:10", "by": "change"}, "detected": {"at": "2026-05-06 07:31:44", "by": "helpdesk"},
                            "declared": null, "acknowledged": {"at": "2026-05-06 07:38:02", "by": "lena"},
                            "closed": {"at": "2026-05-06 09:30:00", "by": "lena"}}}
                """);
        assertPhases(i, "STARTED", "2026-05-06T05:02:10Z", "DETECTED", "2026-05-06T05:31:44Z", "ACKNOWLEDGED", "2026-05-06T05:38:02Z",
                "CLOSED", "2026-05-06T07:30:00Z");

        Incident j = only("wms.json", """
                {"Incident Title": "Handheld scanners unable to sync", "Date": "2026-08-19", "Severity": "Moderate", "Time Zone": "CDT (UTC-5)",
                 "Timeline": [{"Time": "22:30", "Event": "Index maintenance job starts an offline rebuild"},
                              {"Time": "23:05", "Event": "Shift lead calls the IT service desk: scanners show 'Sync failed'"}],
                 "Action Items": [{"what": "Move index maintenance out of the picking wave", "who": "Dana", "when": "2026-09-01", "status": "done"}]}
                """);
        assertThat(j.severity()).hasValue(Severity.SEV3);
        assertPhases(j, "STARTED", "2026-08-20T03:30:00Z", "DETECTED", "2026-08-20T04:05:00Z");
        assertThat(j.actionItems()).extracting(ActionItem::owner).containsExactly(Optional.of("Dana"));

        Incident k = only("chatops.json", """
                {"incident": {"title": "Checkout errors after config push", "channel": "#inc-2291"},
                 "messages": [{"user": "deploybot", "ts": "1781078444.000200", "text": "config push 4411 rolled out to checkout"},
                              {"user": "pagerbot", "ts": "1781082760.001100", "text": "Alert fired: checkout 5xx > 2%, paging primary on-call"}]}
                """);
        assertPhases(k, "STARTED", "2026-06-10T08:00:44Z", "DETECTED", "2026-06-10T09:12:40Z");
    }

    @Test
    void anExportOfRecordsWithTheirZoneStatedOnceAndATicketWithCustomFields() {
        FilePipeline.Result r = pipeline.run("pm-export.json", """
                {"meta": {"generator": "pm-export.py", "timezone": "Europe/London"},
                 "records": [{"ref": "PM-1", "title": "Newsletter sent through the transactional account", "date": "2026-07-14", "sev": 2,
                              "log": [{"at": "2026-07-14 09:40", "text": "Newsletter sent through the transactional mail account by mistake"},
                                      {"at": "2026-07-14 10:20", "text": "Login codes delayed; support reports customers cannot sign in"}]}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rejected()).isEmpty();
        Incident i = r.parsed().get(0).incident();
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertPhases(i, "STARTED", "2026-07-14T08:40:00Z", "DETECTED", "2026-07-14T09:20:00Z");

        Incident t = only("ticket.json", """
                {"export": {"tool": "a tracker"},
                 "ticket": {"key": "OPS-4821", "summary": "Partner settlement files not delivered", "status": "Closed", "priority": "High",
                   "custom_fields": [{"name": "Severity", "value": "Sev 3 - Moderate"}, {"name": "Impact Start (UTC)", "value": "2026-04-02T05:30:00Z"}],
                   "comments": [{"created": "2026-04-02T08:41:09.000+0200", "body": "Partner bank called: the settlement file did not arrive"}]}}
                """);
        assertThat(t.title()).hasValue("Partner settlement files not delivered");
        assertThat(t.severity()).hasValue(Severity.SEV3);
        assertPhases(t, "DETECTED", "2026-04-02T06:41:09Z");
    }

    @Test
    void aNoteOnTheTimelineTablesRowsIsNoEvent() {
        Incident i = only("fx.md", """
                # Postmortem: FX payouts held on stale rates

                **Date:** 2026-02-17

                ## Timeline
                UTC passes midnight between the 23:50 and 00:40 rows: rows up to 23:50 are Tuesday
                17 Feb, and rows from 00:40 on are Wednesday 18 Feb.

                | Time (UTC) | Event |
                |---|---|
                | 21:30 | Daily FX snapshot job pulls frozen rates |
                | 23:50 | Alert fires on the held batch and pages payments on-call |
                | 00:40 | Rate adapter re-pointed to the new endpoint; batch released |
                """);
        assertPhases(i, "STARTED", "2026-02-17T21:30:00Z", "DETECTED", "2026-02-17T23:50:00Z", "MITIGATED", "2026-02-18T00:40:00Z");
        assertThat(i.timeline()).hasSize(3);
    }

    @Test
    void aPageKeptInJiraWikiMarkup() {
        Incident i = only("jira.md", """
                h1. Incident review: duplicate ledger postings

                ||Field||Value||
                |Priority|Major|
                |Incident date|17/Sep/26|

                h2. Timeline (Europe/Berlin, CEST)

                ||Time||Event||Source||
                |15:30|recon-service 3.4 deployed|Deploy log|
                |23:20|Balance-assertion check fails and pages the payments on-call (alert {{ledger-balance-assertion}})|Opsgenie|
                |23:26|[~k.brandt] acknowledges the page|Opsgenie|

                h2. Contributing factors

                # Retries carry no idempotency key
                # No alert on the retry count
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 9, 17));
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertPhases(i, "STARTED", "2026-09-17T13:30:00Z", "DETECTED", "2026-09-17T21:20:00Z", "ACKNOWLEDGED", "2026-09-17T21:26:00Z");
        assertThat(i.contributingFactors()).hasSize(2);
    }

    @Test
    void wordProcessorExportsNoBreakSpacesLineBreaksInCellsDaysWithoutAYearAndCallouts() {
        Incident i = only("gdocs.md", """
                # Postmortem: Promo codes rejected

                **Date:** 2026-07-02

                ## Timeline (ET)

                | Time | Event |
                | --- | --- |
                | Jul 2, 3:10\u00a0PM | Promo service deploy; first rejections<br>Only visible on the dashboard |
                | Jul 2, 3:31\u202fPM | Alert fires and pages the checkout on-call |
                """);
        assertPhases(i, "STARTED", "2026-07-02T19:10:00Z", "DETECTED", "2026-07-02T19:31:00Z");
        assertThat(i.timeline().get(0).text()).contains("rejections Only visible");

        Incident j = only("obsidian.md", """
                # Postmortem: Ingress pods evicted

                **Date:** 2026-05-14

                ## Timeline
                > [!info] Times are local
                > Everything below is Europe/London, which is BST (UTC+1) in May. Screenshots are in UTC.

                - **09:00** — Node pool auto-upgrade begins
                - **09:18** — Ingress 5xx alert fires and pages Dev
                """);
        assertPhases(j, "STARTED", "2026-05-14T08:00:00Z", "DETECTED", "2026-05-14T08:18:00Z");
    }

    @Test
    void aStoryUnderItsTitleAloneWithPlainLabelsOverItsLists() {
        Incident i = only("kyc.md", """
                # Incident note: KYC document uploads failing (3 November 2026)

                Severity: Minor. Written by Rohit for the onboarding team. All times are UTC.

                At 08:35 infra applied a Terraform change that tightened the bucket policy. The synthetic upload check paged me at 08:48 and I acknowledged at 08:51.

                At 09:14 the old policy was back and uploads were succeeding again.

                Contributing factors:
                - The policy change was tested only against the services infra knew about.

                Follow-ups:
                - Move the uploads onto the VPC endpoint (Rohit, due 17 Nov) — open
                - Keep a list of writers for every bucket (Priyanka, due 30 Nov) — done
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 11, 3));
        assertPhases(i, "STARTED", "2026-11-03T08:35:00Z", "DETECTED", "2026-11-03T08:48:00Z", "ACKNOWLEDGED", "2026-11-03T08:51:00Z");
        assertThat(i.contributingFactors()).hasSize(1);
        assertThat(i.actionItems()).hasSize(2);
    }

    @Test
    void keyTimesEmojiMarkersAndTimesAtTheEndOfALine() {
        Incident i = only("onsale.md", """
                # Postmortem: On-sale checkout overload

                **Date:** 2026-08-27

                ## Timeline
                🟣 09:45 waiting-room config v12 pushed

                🟠 10:03 `CheckoutErrorRateHigh` fires and pages commerce on-call

                1. Dana acknowledges the page and starts looking — 10:14
                2. Root cause identified: the config renamed the rate field — 10:31
                """);
        assertPhases(i, "STARTED", "2026-08-27T09:45:00Z", "DETECTED", "2026-08-27T10:03:00Z", "ACKNOWLEDGED", "2026-08-27T10:14:00Z",
                "IDENTIFIED", "2026-08-27T10:31:00Z");

        Incident k = only("onsale-pdt.md", """
                # Postmortem: On-sale checkout overload

                **Date:** 2026-08-27

                ## Timeline
                Pacific time (PDT, UTC−7). Copied from the incident channel, which uses emoji markers.

                🟣 09:45 waiting-room config v12 pushed

                🟠 10:03 `CheckoutErrorRateHigh` fires and pages commerce on-call
                """);
        assertPhases(k, "STARTED", "2026-08-27T16:45:00Z", "DETECTED", "2026-08-27T17:03:00Z");

        Incident j = only("ledger.md", """
                # Postmortem: Nightly export stalled

                **Date:** 2026-06-16

                ## Key times (UTC)

                | Phase | Time | Notes |
                |---|---|---|
                | Started | 19:10 | Migration 0147 applied by the release pipeline |
                | Detected | 20:47 | `ExportLagCritical` paged the platform on-call |
                """);
        assertPhases(j, "STARTED", "2026-06-16T19:10:00Z", "DETECTED", "2026-06-16T20:47:00Z");
    }

    @Test
    void aRestartTheNextEventSaysFailedTheSameWayAgainMitigatedNothing() {
        Incident i = only("routeopt.md", """
                # Nightly route optimisation overran

                **Date:** 2026-11-03

                ## Timeline (UTC)

                - 22:30 Nightly RouteOpt batch starts, 14 depots
                - 01:00 Batch SLA check fails → PagerDuty page to the on-call
                - 01:25 Workers at 100% CPU on depot 3. Killed run and restarted it for the 12 depots not done.
                - 01:50 Restarted run hangs on depot 3 again.
                - 02:40 Started rollback of the road network to release 2026.44.
                - 03:05 Rollback done, graph reloaded. Batch restarted; progressing normally.
                - 05:30 Incident closed.
                """);
        assertPhases(i, "DETECTED", "2026-11-04T01:00:00Z", "ROLLBACK_STARTED", "2026-11-04T02:40:00Z", "MITIGATED", "2026-11-04T03:05:00Z");
    }

    @Test
    void aScaleUpTheNextEventSaysMadeErrorsWorseMitigatedNothing() {
        Incident i = only("flash-sale.md", """
                # Search saturated during the flash sale

                **Date:** 2026-07-22

                ## Timeline (UTC)

                | Time | Event |
                |---|---|
                | 16:00 | Summer Flash Sale goes live |
                | 16:09 | `SearchErrorRateHigh` pages Search on-call |
                | 16:20 | search-api scaled from 12 to 30 pods |
                | 16:26 | Error rate goes up, 18% → 27%: more API pods means more queries into the same data nodes |
                | 16:38 | Edge cache for the top 500 queries switched on; error rate falls from 27% to 8% |
                | 18:15 | Incident closed |
                """);
        assertPhases(i, "DETECTED", "2026-07-22T16:09:00Z", "MITIGATED", "2026-07-22T16:38:00Z");
    }

    @Test
    void theIncidentDoesNotCloseAtItsStartAndCountermeasuresAreActionItems() {
        Incident i = only("maintenance.md", """
                # Postmortem: Scheduled maintenance extended by 3h20m

                **Date:** 2026-07-08

                ## Timeline (JST)

                | Time | Event |
                |---|---|
                | 13:00 | Scheduled maintenance starts. Game servers closed, notice says "until 15:00" |
                | 14:05 | Shard 7 upgrade has not progressed for 20 minutes. Mori notices it and reports in #maint-0708 |
                | 18:30 | Incident closed |

                ## Countermeasures

                | # | Action | Owner | Status |
                |---|---|---|---|
                | 1 | Check DATETIME formats before in-place upgrades | Kato | Done |
                | 2 | Rehearse the upgrade on a production-sized copy | Mori | Open |
                """);
        assertPhases(i, "STARTED", "2026-07-08T04:00:00Z", "DETECTED", "2026-07-08T05:05:00Z", "CLOSED", "2026-07-08T09:30:00Z");
        assertThat(i.actionItems()).hasSize(2);
    }

    @Test
    void aWritersOwnOffsetBeatsAnAbbreviationReadAnotherWayAndBackgroundNotesAreNoEvents() {
        Incident israel = only("ranker.md", """
                # Hotel ranker regression

                **Date:** 2026-11-18

                ## Timeline (Israel time — IST, UTC+2)

                - 09:25 Revenue analyst reports conversion down in #search
                - 10:20 Rollback of ranker v31 started
                """);
        assertPhases(israel, "DETECTED", "2026-11-18T07:25:00Z", "ROLLBACK_STARTED", "2026-11-18T08:20:00Z");

        Incident perth = only("wa-prices.md", """
                # WA stores showing last week's promo prices

                **Date:** 2026-06-10

                ## Timeline (AWST)

                - 04:30 Weekly price file job runs for the WA stores
                - 08:05 Store manager in Joondalup calls the support desk: shelf prices don't match the till
                """);
        assertPhases(perth, "STARTED", "2026-06-09T20:30:00Z", "DETECTED", "2026-06-10T00:05:00Z");

        Incident kyiv = only("autocomplete.md", """
                # Destination autocomplete empty

                **Date:** 2026-10-29

                ## Timeline

                Kyiv time (EET, UTC+2) — we are already on winter time since Sunday.

                - 10:02 Elasticsearch upgrade to 8.15 started on the search cluster
                - 10:51 `AutocompleteEmpty` alert pages the search on-call
                """);
        assertPhases(kyiv, "STARTED", "2026-10-29T08:02:00Z", "DETECTED", "2026-10-29T08:51:00Z");

        Incident background = only("reminders.md", """
                # Trip reminders sent twice on the night the clocks went back

                **Date:** 2026-10-25

                ## Timeline

                Background (not part of the incident): the first run started at 03:30 EEST (00:30 UTC) as usual.

                | Time | Event |
                |---|---|
                | 03:30 EET | `trip-reminder` fires a second time; ~1.2M more messages enqueued |
                | 05:20 EET | Customer Care night shift escalates: many chats about missing confirmations |
                """);
        assertPhases(background, "STARTED", "2026-10-25T01:30:00Z", "DETECTED", "2026-10-25T03:20:00Z");
    }

    @Test
    void yearlessDatesInATablesDateColumnTakeTheOrderTheTimelinesOwnDatesShow() {
        Incident i = only("INC0041872.md", """
                # Incident Report – INC0041872

                | | |
                |---|---|
                | **Priority** | P2 |
                | **Date** | 14-Jan-2026 |

                ## 3. Timeline of Events

                All times GMT.

                | Date | Time | Event | Ticket status |
                |---|---|---|---|
                | 11/01 | 23:15 hrs | CHG0012210 – firewall upgrade completed in the maintenance window. | – |
                | 14/01 | 06:41 hrs | Tunnel HW-LDS-AZ goes down. No alert – the tunnel sensor was still paused. | – |
                | 14/01 | 06:58 hrs | Depot night supervisor calls Service Desk: all scanners showing "server unavailable". | – |
                | 14/01 | 07:24 hrs | D. Whitfield picks up the ticket, confirms tunnel down from FW01 CLI. | In Progress |
                """);
        // "14/01" can only be day first, so "11/01" is the 11th of January too, and a background change
        assertPhases(i, "STARTED", "2026-01-14T06:41:00Z", "DETECTED", "2026-01-14T06:58:00Z", "ACKNOWLEDGED", "2026-01-14T07:24:00Z");
    }

    @Test
    void dateAndTimeColumnsThatReadOnlyApartAreReadApart() {
        Incident weekday = only("INC0044508.md", """
                # Incident Report – INC0044508

                **Date:** 3rd February 2026

                ## Timeline of Events (GMT)

                | Date | Time | Event |
                |---|---|---|
                | Mon 02 Feb | 1430 | Contractor removes "unused" access keys in the storage console |
                | Tue 03 Feb | 0745 | Backup report e-mail shows all jobs failed; NOC engineer raises a ticket and pages the on-call |
                """);
        assertPhases(weekday, "STARTED", "2026-02-02T14:30:00Z", "DETECTED", "2026-02-03T07:45:00Z");

        Incident dotted = only("INC0050126.md", """
                # Incident Report – INC0050126

                **Date:** 23.06.2026

                ## Timeline (CEST)

                | Date | Time | Event |
                |---|---|---|
                | 23.06. | 1312 | Log drive on VMN-SQL01 reaches 100 %. ERPPROD log cannot grow |
                | 23.06. | 1318 | SCOM alert "Database log full" pages the DBA on-call |
                """);
        assertPhases(dotted, "STARTED", "2026-06-23T11:12:00Z", "DETECTED", "2026-06-23T11:18:00Z");
    }

    @Test
    void headingsInTwoLanguagesAndContributoryFactors() {
        Incident i = only("INC0043310.md", """
                # Incident Report – INC0043310

                **Date:** 16.02.2026

                ## Chronologie / Timeline (CET)

                | Time | Event |
                |---|---|
                | 08:07 | Branch office calls the Service Desk: no printing since this morning |
                | 08:51 | Print spooler restarted with the old driver; printing works again |

                ## Contributory Factors

                - No monitoring on the spooler queue
                - Driver updates pushed without a pilot group

                ## Actions préventives / Preventive Actions

                | # | Action | Owner | Status |
                |---|---|---|---|
                | 1 | Add spooler queue monitoring | Network team | Done |
                | 2 | Pilot group for driver updates | Desktop team | Planned |
                """);
        assertThat(i.contributingFactors()).hasSize(2);
        assertThat(i.actionItems()).hasSize(2);

        // a Google-style Bug cell with a '#' or 'b/' ID and its state
        Incident bugs = only("sentinel.md", """
                # Postmortem: Session store failover

                **Date:** 2026-09-23

                ## Root Cause
                Two Sentinels and the primary shared one host, which the provider took down for maintenance.

                ## Action Items

                | Action Item | Type | Owner | Bug |
                |---|---|---|---|
                | Add anti-affinity for Sentinels | prevent | ohaddad | #4471 closed |
                | Route maintenance notices to on-call | process | gwhitfield | #4473 open |
                | Alert when Sentinels disagree | detect | gwhitfield | b/28841 fixed |
                """);
        assertThat(bugs.actionItems()).extracting(a -> a.status().orElseThrow())
                .containsExactly(ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.DONE);
    }

    @Test
    void theTemplatesFieldsAsBoldBulletsUnderTheSummary() {
        Incident i = only("autopay.md", """
                # Postmortem: UPI AutoPay mandate executions not sent

                ## Summary
                On 5th March the execution batch failed to send any execution requests to the sponsor bank.

                - **Date:** 2026-03-05
                - **Severity:** P2
                - **Prepared by:** Shreya Venkatesh

                ## Timeline (IST)

                | Time | Event |
                |---|---|
                | 03:00 | Monthly password rotation for the executor's database user |
                | 07:40 | Ops team lead escalates to the on-call: no executions reached the bank |
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.parse("2026-03-05"));
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertPhases(i, "STARTED", "2026-03-04T21:30:00Z");
    }

    @Test
    void latinAmericanZonesInCaptionsHeadersAndBracketedLines() {
        Incident art = only("debito.md", """
                # Direct-debit file rejected by the clearing house

                **Date:** 2026-06-01

                ## Timeline
                Hora Argentina (ART, UTC-3).

                08:40 - Deploy of generador-debitos 2.9.0
                11:15 - Sofía sees the rejection and calls the on-call
                """);
        assertPhases(art, "STARTED", "2026-06-01T11:40:00Z", "DETECTED", "2026-06-01T14:15:00Z");

        Incident column = only("cotizador.md", """
                # FX quote frozen

                **Date:** 2026-05-26

                ## Timeline

                | Time (ART) | Event |
                |---|---|
                | 09:12 | Vendor closes the websocket on the old endpoint |
                | 10:35 | Martina posts in #tesoreria that our quote is 1.4% below market |
                """);
        assertPhases(column, "STARTED", "2026-05-26T12:12:00Z", "DETECTED", "2026-05-26T13:35:00Z");

        Incident cdmx = only("spei.md", """
                # Duplicated SPEI credits

                **Date:** 2026-04-16

                ## Timeline — CDMX time

                - **09:35** Release 5.2 of the SPEI consumer deployed
                - **10:20** `SpeiDuplicateCredits` alert fires and pages the payments on-call
                """);
        assertPhases(cdmx, "STARTED", "2026-04-16T15:35:00Z", "DETECTED", "2026-04-16T16:20:00Z");

        Incident brasilia = only("pix.md", """
                # PIX transfers delayed

                **Date:** 2026-04-07

                ## Timeline

                All times in Brasília time.

                - 10:02 Config change to the PIX outbound queue deployed
                - 10:19 `PixOutboundLag` alert pages the on-call
                """);
        assertPhases(brasilia, "STARTED", "2026-04-07T13:02:00Z", "DETECTED", "2026-04-07T13:19:00Z");
    }

    @Test
    void spreadsheetRowsGraphQlConnectionsAndLogsWrittenAsTuples() {
        FilePipeline.Result r = pipeline.run("sheet.json", """
                [{"Incident #": 31, "Date": "2026-01-13", "Title": "Wi-Fi logins fail after RADIUS certificate renewal", "Sev": "Sev 2",
                  "Start (UTC)": "2026-01-13 06:55", "Detected (UTC)": "2026-01-13 07:42", "Ack (UTC)": "2026-01-13 07:50",
                  "Mitigated (UTC)": "2026-01-13 08:58", "Closed (UTC)": "2026-01-13 10:45"}]
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rejected()).isEmpty();
        assertPhases(r.parsed().get(0).incident(), "STARTED", "2026-01-13T06:55:00Z", "DETECTED", "2026-01-13T07:42:00Z",
                "ACKNOWLEDGED", "2026-01-13T07:50:00Z", "MITIGATED", "2026-01-13T08:58:00Z", "CLOSED", "2026-01-13T10:45:00Z");

        Incident g = only("graphql.json", """
                {"data": {"incident": {"title": "Kitchen displays stop showing orders", "incidentDate": "2026-06-19", "severity": "MAJOR",
                  "timeline": {"totalCount": 2, "edges": [
                    {"cursor": "a", "node": {"occurredAt": "2026-06-19T16:30:00-07:00", "category": "CHANGE", "message": "Flag enabled for West stores"}},
                    {"cursor": "b", "node": {"occurredAt": "2026-06-19T16:52:00-07:00", "category": "ALERT", "message": "KDS crash-rate alert pages the store-tech on-call"}}]}}}}
                """);
        assertPhases(g, "STARTED", "2026-06-19T23:30:00Z", "DETECTED", "2026-06-19T23:52:00Z");

        Incident t = only("summary.jsonl", """
                {"key": "OTA-114", "headline": "Thermostats boot-loop after firmware 7.4.0", "sev": "Moderate", "tl": [["2026-07-08T09:02:11Z", "change", "OTA campaign FW-7.4.0 started for the fleet"], ["2026-07-08T09:41:00Z", "page", "Support escalates boot-loop reports and pages the firmware on-call"]]}
                """);
        assertThat(t.severity()).hasValue(Severity.SEV3);
        assertPhases(t, "STARTED", "2026-07-08T09:02:11Z", "DETECTED", "2026-07-08T09:41:00Z");
    }

    @Test
    void dotNetDatesTimesUnderAToolsOwnNameAndARetroRecord() {
        Incident i = only("ps.json", """
                {"ShortDescription": "SSO sign-in failures after a certificate rollover", "IncidentDate": "2026-03-17", "Priority": "P2",
                 "Timeline": [{"When": "/Date(1773728100000)/", "What": "AD FS promotes the new token-signing certificate"},
                              {"When": "/Date(1773724320000+0100)/", "What": "Service desk reports employees cannot sign in to the HR portal"}]}
                """);
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertThat(i.timeline()).extracting(e -> e.at().orElseThrow().toString())
                .containsExactlyInAnyOrder("2026-03-17T06:15:00Z", "2026-03-17T05:12:00Z");

        Incident c = only("chat.json", """
                {"incident": {"title": "Tournament matchmaking stalls", "date": "2026-08-29", "sev": "sev1"},
                 "messages": [{"sent_at_epoch": "1788022802.000200", "from": "B01", "text": "Tournament queues are live; matchmaker 2026.08.3 deployed"},
                              {"sent_at_epoch": "1788023520.000300", "from": "B02", "text": "Alert fired: queue wait p95 > 120 s, paging live-ops on-call"}],
                 "retro": {"root_cause": "One sorted-set key held every ticket.", "contributing_factors": ["Load test used the casual queue"]}}
                """);
        assertPhases(c, "STARTED", "2026-08-29T17:00:02Z", "DETECTED", "2026-08-29T17:12:00Z");
        assertThat(c.rootCause()).hasValue("One sorted-set key held every ticket.");
        assertThat(c.contributingFactors()).hasSize(1);
    }

    @Test
    void yearlessDayFirstRowsAndAnAmbiguousDateResolvedByTheDocumentsFormatNote() {
        Incident i = only("dd.md", """
                # Postmortem: Direct debits rejected

                **Date:** 12/03/2026

                ## Timeline

                Format is `DD/MM HH:MM`, all times UTC.

                - 09/03 15:20 — CR-8812 applied: sort-code table updated
                - 12/03 22:00 — Overnight collection file generation starts
                - 12/03 23:40 — Bureau rejects the file and the submission monitor pages the payments on-call
                - 13/03 00:05 — Incident declared, Amira is IC
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 3, 12));
        assertPhases(i, "STARTED", "2026-03-12T22:00:00Z", "DETECTED", "2026-03-12T23:40:00Z", "DECLARED", "2026-03-13T00:05:00Z");

        FilePipeline.Result r = pipeline.run("ambiguous.md", """
                # Postmortem: Direct debits rejected

                **Date:** 12/03/2026

                ## Timeline
                - 22:00 — Overnight collection file generation starts
                - 23:40 — Bureau rejects the file and the monitor pages the payments on-call
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(r.parsed()).allSatisfy(p -> assertThat(p.incident().date()).isEmpty());
    }

    @Test
    void plainEnglishSectionNamesOfAStoryToldWithoutATimeline() {
        Incident i = only("story.md", """
                # Checkout tax totals off by a cent — 22 April 2026

                ## How we found out

                At 13:40 UTC a merchant's finance team e-mailed support about one-cent mismatches, and support paged the payments on-call.

                ## Getting things back

                At 15:10 UTC the fixed rounding rule was live and new orders reconciled again.

                ## What made it worse

                - The reconciliation job only runs nightly.

                ## What we're doing next

                - Add a rounding property test (Ana, open)
                """);
        assertPhases(i, "DETECTED", "2026-04-22T13:40:00Z", "MITIGATED", "2026-04-22T15:10:00Z");
        assertThat(i.contributingFactors()).hasSize(1);
        assertThat(i.actionItems()).hasSize(1);
    }

    @Test
    void aTableWhoseTimeColumnIsNotFirstAndNamedOnlyByItsZone() {
        Incident i = only("radar.md", """
                # Postmortem: Radar mosaic frozen

                **Date:** 2026-07-14
                **Severity:** SEV2

                ## Timeline

                | Step | Event | UTC | Owner |
                |------|-------|-----|-------|
                | 1 | Decoder release 2.4.0 rolled out | 21:15:00Z | @kwame |
                | 2 | MosaicStale fires and pages the pipeline on-call | 23:52:30Z | PagerDuty |
                | 3 | KTLX removed from the input list; mosaic updating again | 00:31:12Z | @nadia |

                ## Root Cause
                The decoder trusted the header's radial count.
                """);
        assertPhases(i, "STARTED", "2026-07-14T21:15:00Z", "DETECTED", "2026-07-14T23:52:30Z", "MITIGATED", "2026-07-15T00:31:12Z");
    }

    @Test
    void factorsUnderOtherNamesStatusesAsSymbolsAndTemplateRowsLeftInPlace() {
        Incident i = only("exam.md", """
                # Postmortem: Autosave failures during exams

                **Date:** 2026-05-14
                **Severity:** Sev 3

                ## Why it got worse
                - A failed autosave only turns a small label grey
                - The on-call had no role on the gateway console

                ## Action Items
                | Action | Owner | Due | Status |
                |--------|-------|-----|--------|
                | Alert on autosave 429s during exams | @fiona | 2026-06-01 | ✅ |
                | Require a reviewer for limit changes | @it | 2026-06-15 | ⏳ |
                | Move exams to their own tenant | @arjun | 2026-07-01 | ❌ |
                | _add more as needed_ | | | |

                ## Root Cause
                A shared rate limit was lowered for every tenant.
                """);
        assertThat(i.contributingFactors()).hasSize(2);
        assertThat(i.actionItems()).extracting(a -> a.status().orElse(null))
                .containsExactly(ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.WONT_DO);
        Incident aggravating = only("bedboard.md", """
                # Incident review: Bed board out of date

                **Date:** 2026-02-23
                **Severity:** P2

                ## Root cause
                The interface channel was paused during maintenance and never resumed.

                ## Aggravating factors
                - The paused channel raised no alarm
                """);
        assertThat(aggravating.contributingFactors()).containsExactly("The paused channel raised no alarm");
    }

    @Test
    void weekdayTimesAcrossMidnightAndANarrativeWithUtcInBracketsAndRelativeTimes() {
        Incident weekdays = only("cms.md", """
                # Postmortem: Homepage stuck on election night

                **Date:** 2026-11-03

                ## Timeline (Eastern Standard Time, UTC-5)
                - **Tue 22:50** — Desk switches the results widget to fast mode
                - **Tue 23:09** — Night editor calls the newsroom technical hotline, which pages the platform on-call
                - **Wed 00:31** — Static fallback live; the homepage updates again

                ## Root Cause
                Overlapping republishes held the row lock.
                """);
        assertPhases(weekdays, "STARTED", "2026-11-04T03:50:00Z", "DETECTED", "2026-11-04T04:09:00Z", "MITIGATED", "2026-11-04T05:31:00Z");
        Incident narrative = only("routes.md", """
                # Monday route plans late at 38 depots

                **Date:** 2026-01-19

                ## How the night unfolded

                At 01:30 (00:30 UTC) the closure feed was imported as usual. At 04:30 (03:30 UTC) our
                plan-completeness check paged Pieter. Pieter acknowledged at 04:38 (03:38 UTC). Twenty
                minutes after Pieter's acknowledgement, Fatima declared an incident and opened the bridge.
                Once we understood the scale, we classified this as a Severity 2.

                ## Root cause
                A closure feed sixty times its usual size.
                """);
        assertThat(narrative.severity()).hasValue(Severity.SEV2);
        assertPhases(narrative, "STARTED", "2026-01-19T00:30:00Z", "DETECTED", "2026-01-19T03:30:00Z",
                "ACKNOWLEDGED", "2026-01-19T03:38:00Z", "DECLARED", "2026-01-19T03:58:00Z");
    }

    @Test
    void momentsTheResponseProseGivesWithTheirZoneFillATimelineOfAnchorPoints() {
        Incident i = only("sso.md", """
                # Postmortem: SSO sign-ins failing after certificate rotation

                **Date:** 2026-06-16
                **Severity:** SEV2

                ## Timeline (UTC)

                | Time | Event |
                |------|-------|
                | 15:30 | Rotation job switches signing to the new certificate |
                | 15:38 | SAMLAuthFailureRate alert pages the identity on-call |
                | 16:34 | Signing reverted; failure rate falls from 38% to 4% |
                | 18:10 | Incident closed |

                ### Narrative

                The job normally runs at 6:00 am PT. She acknowledged at 8:40 am PT (15:40 UTC). Ben
                declared the incident at 8:55 am PT. At 9:12 am PT (16:12 UTC) Ravi identified the cause:
                the job switched keys with no overlap. The last tenant confirmed a working sign-in at
                10:55 am PT (17:55 UTC).

                ## Root Cause
                Publishing and using a certificate were one step.
                """);
        assertPhases(i, "STARTED", "2026-06-16T15:30:00Z", "ACKNOWLEDGED", "2026-06-16T15:40:00Z", "DECLARED", "2026-06-16T15:55:00Z",
                "IDENTIFIED", "2026-06-16T16:12:00Z", "MITIGATED", "2026-06-16T16:34:00Z", "RESOLVED", "2026-06-16T17:55:00Z");
        // a time in prose before the timeline's first entry ("normally runs at 6:00 am PT") is no event
        assertThat(i.timeline()).noneMatch(e -> e.text().contains("normally runs"));
        Incident uk = only("portal.md", """
                # Incident review: Identity checks failing

                **Date:** 2026-05-11

                ## Response
                Kwame acknowledged the page at 07:24 UK time (06:24 UTC) and started with the logs.

                ## Timeline

                | Time (UTC) | Event |
                |---|---|
                | 2026-05-11 06:04 | First identity-check failures in gateway logs |
                | 2026-05-11 06:19 | IdentityCheckFailureRate alert pages the platform on-call |
                | 2026-05-11 09:15 | Incident closed |

                ## Root cause
                An intermediate certificate was missing from the new bundle.
                """);
        assertPhases(uk, "ACKNOWLEDGED", "2026-05-11T06:24:00Z");
    }

    @Test
    void relativeMarkersCountedFromTheStatedTZeroAndTimesWithoutAColon() {
        Incident relative = only("rail.md", """
                # Postmortem: Trains vanishing from the live map

                **Date:** 2026-03-17
                **Severity:** P2

                ## Timeline

                All entries are relative. **T+0 = 04:12 UTC on 2026-03-17**, the first gap in the archive.

                | T | What |
                |---|---|
                | T−25m | Platform team applies CHG-5512: partitions 12 → 24 |
                | T+12m | Control office rings the service desk: trains vanishing from the live map |
                | T+1h05 | Consumer group restarted; all partitions consumed; maps update again |

                ## Root cause
                The consumer group did not rebalance onto the new partitions.
                """);
        assertPhases(relative, "STARTED", "2026-03-17T03:47:00Z", "DETECTED", "2026-03-17T04:24:00Z", "MITIGATED", "2026-03-17T05:17:00Z");
        Incident military = only("retro.md", """
                # Retro: Empty stacks on Valentine's evening

                **Date:** 2026-02-14
                **Severity:** SEV2

                ## Timeline
                - 1730 — growth sends the push to 4.1M users
                - 1809 — PagerDuty pages feed on-call: empty-stack ratio above 5%
                - 2025 — every region at baseline for 15 min; feed declared healthy
                - 2026-02-15 0900 — CX sends a free boost to everyone affected

                ## Root cause
                Evictions removed the precomputed stacks.
                """);
        assertPhases(military, "STARTED", "2026-02-14T17:30:00Z", "DETECTED", "2026-02-14T18:09:00Z", "RESOLVED", "2026-02-14T20:25:00Z");
        assertThat(military.timings().phases()).doesNotContainKey(io.hindsight.model.Phase.DECLARED);
    }

    @Test
    void ofALocalAndAUtcTimeColumnTheUtcOneIsRead() {
        Incident i = only("kiosk.md", """
                # Postmortem: Kiosks declining cards

                **Date:** 2026-07-18

                ## Timeline

                | Local (CET) | UTC | Event |
                |---|---|---|
                | 08:50 | 06:50 | Pin pad firmware 4.7.2 pushed to all kiosks |
                | 09:52 | 07:52 | Card-decline alert pages the retail on-call |

                ## Root cause
                A faulty contactless configuration.
                """);
        assertPhases(i, "STARTED", "2026-07-18T06:50:00Z", "DETECTED", "2026-07-18T07:52:00Z");
    }

    @Test
    void aServiceDeskRecordWithDayFirstDatesAndProblemTasks() {
        Incident i = only("INC0048213.md", """
                # INC0048213 — Claim submissions failing at photo upload

                ## Incident record

                | Field | Value |
                |---|---|
                | Incident number | INC0048213 |
                | Priority | 2 - High |
                | Opened | 2026-05-12 09:41:07 |

                ## Timeline (UTC)

                The stamps are copied from the ops log, which writes dates day first (DD/MM/YYYY).

                | Time | Entry |
                |---|---|
                | 12/05/2026 09:02 | First upload rejected with HTTP 507. The claimant sees "Your upload could not be completed". |
                | 12/05/2026 09:41 | Incident created from monitoring event; SRE on-call paged through the assignment group |

                ## Root cause
                The refreshed scanner image mounts a smaller volume.

                ### Problem tasks

                | Task | Action | Due | State |
                |---|---|---|---|
                | PTASK1 | Alert at 80% volume usage | 2026-05-19 | Closed Complete |
                | PTASK2 | Resumable uploads | 2026-07-31 | Closed Skipped |
                """);
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertPhases(i, "STARTED", "2026-05-12T09:02:00Z", "DETECTED", "2026-05-12T09:41:00Z");
        assertThat(i.actionItems()).extracting(a -> a.status().orElse(null)).containsExactly(ActionStatus.DONE, ActionStatus.WONT_DO);
    }

    @Test
    void anExportsFollowUpsAreItsActionItemsNotTheResponseTasks() {
        FilePipeline.Result r = pipeline.run("label-api.json", """
                {"name": "Label API timeouts", "severity": "SEV2",
                 "milestones": [{"type": "started", "occurred_at": "2026-07-14T09:00:00Z"},
                                {"type": "resolved", "occurred_at": "2026-07-14T11:00:00Z"}],
                 "tasks": [{"title": "Page the carrier", "status": "done"}],
                 "follow_ups": [{"title": "Cut the validation timeout", "status": "Done"},
                                {"title": "Separate worker pools", "status": "Open"}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(r.parsed()).singleElement().satisfies(p -> assertThat(p.incident().actionItems())
                .extracting(ActionItem::action).containsExactly("Cut the validation timeout", "Separate worker pools"));
    }

    @Test
    void anExportWrappingItsIncidentsBesideItsOwnFieldsIsReadAsThoseIncidents() {
        FilePipeline.Result r = pipeline.run("export.json", """
                {"export_generated_at": "2026-10-01T08:00:00Z", "page": 1,
                 "incidents": [
                   {"name": "Surge prices stuck", "severity": "SEV2",
                    "incident_timestamps": [{"name": "Started at", "value": "2026-09-12T17:05:00Z"},
                                            {"name": "Resolved at", "value": "2026-09-12T18:55:00Z"}]},
                   {"name": "Driver app map tiles missing", "severity": "SEV4",
                    "incident_timestamps": [{"name": "Started at", "value": "2026-09-27T21:40:00Z"}]}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.parsed()).extracting(FilePipeline.Parsed::location).containsExactly("export.json#0", "export.json#1");
        assertThat(r.parsed().get(1).incident().severity()).hasValue(Severity.SEV4);
    }

    @Test
    void aSeverityTagInTheTitleIsTheSeverityWhenNothingElseStatesIt() {
        Incident i = only("cms.md", """
                # Postmortem: [SEV3] Newsroom CMS publishes stuck behind a schema lock
                **Date:** 2026-05-07 · **Author:** Ines Carvalho

                ## Timeline (UTC)
                | Time | Event |
                |---|---|
                | 21:02 | Search index schema v12 pushed |
                | 21:26 | Night editor reports in #desk that stories are not going live |
                """);
        assertThat(i.severity()).hasValue(Severity.SEV3);
        assertThat(i.title()).hasValue("Newsroom CMS publishes stuck behind a schema lock");
        assertThat(i.timings().phases()).containsEntry(io.hindsight.model.Phase.DETECTED, java.time.Instant.parse("2026-05-07T21:26:00Z"));
    }

    @Test
    void numericDatesDayOrMonthFirstAreReadFromTheNumbersAndAnAmbiguousOneIsNotGuessed() {
        String leave = """
                # Postmortem: Leave balances frozen

                | Property | Value |
                |---|---|
                | Severity | P2 |
                | Date | 2026-03-17 |

                ## Timeline

                | Date/Time (UTC) | Event |
                |---|---|
                | %s 06:40 | Accrual job deploys the new rounding rule |
                | %s 07:52 | HR advisor reports balances not updating |
                | 03/04/2026 09:00 | Follow-up review |

                ## Root Cause
                The rounding rule truncated every accrual.
                """;
        Incident i = only("leave.md", leave.formatted("17/03/2026", "17/03/2026"));
        assertPhases(i, "STARTED", "2026-03-17T06:40:00Z", "DETECTED", "2026-03-17T07:52:00Z");
        // the writer's "17/03/2026" is day first: so is their "03/04/2026"
        assertThat(i.timeline().get(2).at()).hasValue(java.time.Instant.parse("2026-04-03T09:00:00Z"));

        Incident unsettled = only("leave-2.md", leave.formatted("2026-03-17", "2026-03-17"));
        // nothing in the document says which order it writes: not guessed
        assertThat(unsettled.warnings()).anyMatch(w -> w.contains("ambiguous date '03/04/2026 09:00'"));
    }

    @Test
    void dayLinesWithoutAYearTakeTheIncidentsYear() {
        Incident i = only("status.md", """
                # Incident report: Elevated write errors

                **Date:** 2026-03-03

                ## Timeline

                - **Feb 27, 16:00 UTC** — Scheduled — maintenance announced for March 3
                - **Mar 3, 06:00 UTC** — In progress — schema change applied
                - **Mar 3, 06:41 UTC** — Investigating — We are investigating elevated error rates for PUT requests.

                Wednesday 4 March

                - 00:35 — Replay of the remaining writes complete; full health confirmed

                ## Root cause
                A metadata schema change rejected writes.
                """);
        assertThat(i.timeline().get(0).at()).hasValue(java.time.Instant.parse("2026-02-27T16:00:00Z"));
        assertPhases(i,
                "STARTED", "2026-03-03T06:00:00Z",
                "DETECTED", "2026-03-03T06:41:00Z",
                "RESOLVED", "2026-03-04T00:35:00Z");
        assertThat(i.timeline()).extracting(io.hindsight.model.TimelineEvent::text).noneMatch(t -> t.contains("Wednesday"));
    }

    @Test
    void aSeverityDeclaredInTheTimelineAndActionItemsLabelledDoneInAChangesSection() {
        Incident i = only("geo.md", """
                # How a library upgrade broke geocoding

                ## Timeline

                | Time (UTC) | Event |
                |---|---|
                | 2026-08-18 02:00:41 | Weekly index rebuild starts |
                | 2026-08-18 04:47:09 | A customer reports through priority support that addresses return nothing |
                | 2026-08-18 05:15:02 | We declare a P1 incident and assign an incident commander |

                ## What we're changing

                - **Done:** The query service and the builder share one normalisation library.
                - We will keep last week's index for 14 days.
                """);
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertThat(i.actionItems()).extracting(ActionItem::status)
                .containsExactly(java.util.Optional.of(ActionStatus.DONE), java.util.Optional.empty());
        assertThat(i.actionItems().get(0).action()).startsWith("The query service");
    }

    @Test
    void aZoneColumnKeyMomentsAndAStartInFrontMatterAndNothingStatedIsNoEntry() {
        Incident i = only("efile.md", """
                ---
                title: E-file submissions throttled on deadline day
                started_at: 2026-04-15T22:40:00Z
                ---
                # E-file submissions throttled

                ## Key Moments

                | Date | Time | Zone | Event |
                |---|---|---|---|
                | 2026-04-15 | 15:40 | PDT | Deadline-day peak begins; WAF starts returning 429 |
                | 2026-04-15 | 16:18 | PDT | Support reports preparer offices failing to submit |
                | 2026-04-16 | 00:05 | UTC | Rate limit raised; submissions succeed again |

                ## Contributing Factors

                _No response_

                ## What Went Well

                - N/A
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 4, 15));
        assertPhases(i,
                "STARTED", "2026-04-15T22:40:00Z",
                "DETECTED", "2026-04-15T23:18:00Z",
                "MITIGATED", "2026-04-16T00:05:00Z");
        assertThat(i.contributingFactors()).isEmpty();
        assertThat(i.whatWentWell()).isEmpty();
    }

    @Test
    void aTrackerStateBesideTheTicketIsTheStatus() {
        Incident i = only("sso-outage.md", """
                # SSO logins failing

                **Date:** 2026-06-11

                ## Summary
                The identity provider rejected our signing key after rotation.

                ## Root Cause
                The rotation job published the new key to us but not to the identity provider.

                ## Action Items

                | Action Item | Type | Owner | Bug |
                |---|---|---|---|
                | Alert on IdP assertion failures | detect | ana | AUTH-101 **DONE** |
                | Stage key rotations in a canary tenant | prevent | raj | AUTH-102 TODO |
                | Document the manual key rollback | mitigate | ana | AUTH-103 WONTFIX (superseded by AUTH-102) |
                | Review IdP contract terms | other | lee | AUTH-104 |
                | Page on expiring signing keys | detect | lee | AUTH-105 (won't fix) |
                """);
        assertThat(i.actionItems()).extracting(ActionItem::status).containsExactly(
                Optional.of(ActionStatus.DONE), Optional.of(ActionStatus.OPEN), Optional.of(ActionStatus.WONT_DO), Optional.empty(),
                Optional.of(ActionStatus.WONT_DO));
    }

    @Test
    void emojiMarksOpeningAnItemAreItsStatus() {
        Incident i = only("wiki-export.md", """
                # Postmortem: Wiki exports truncated

                **Date:** 2026-02-09

                ## Root Cause
                The export worker stopped at the first page over 10 MB.

                ## Follow-ups
                - ✅ Stream pages instead of buffering them — @lina
                - ⬜ Alert on exports smaller than the day before — @omar
                - 🚧 Fuzz the exporter with oversized pages — @lina
                - ❌ Raise the buffer to 50 MB (not a fix)
                """);
        assertThat(i.actionItems()).extracting(ActionItem::status).containsExactly(Optional.of(ActionStatus.DONE),
                Optional.of(ActionStatus.OPEN), Optional.of(ActionStatus.IN_PROGRESS), Optional.of(ActionStatus.WONT_DO));
        assertThat(i.actionItems().get(0).action()).startsWith("Stream pages");
    }

    @Test
    void aBoldLabelAloneOnItsLineStartsTheSectionItNames() {
        Incident i = only("exports.md", """
                # Exports failing with expired links (incident #EXP-7)

                **Date:** 2026-06-18

                ## Root Causes
                The signing helper read the clock once at start-up.

                **Action Items:**

                | Action Item | Type | Owner | Bug |
                |---|---|---|---|
                | Read the clock per request | prevent | kai | EXP-71 **DONE** |
                | Alert on expired-link errors | detect | mo | EXP-72 **TODO** |
                | Retry signing once on 403 | mitigate | kai | EXP-73 (fixed, released 2026-06-19) |

                ## Timeline

                **2026-06-18**

                09:02 Exports start failing
                09:10 Support pages the on-call
                """);
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("clock once"));
        assertThat(i.actionItems()).extracting(ActionItem::action).containsExactly("Read the clock per request", "Alert on expired-link errors",
                "Retry signing once on 403");
        // the tracker's state in the Bug cell, with a note after it in the brackets
        assertThat(i.actionItems()).extracting(ActionItem::isDone).containsExactly(true, false, true);
        assertThat(i.timeline()).hasSize(2);
    }

    @Test
    void aToolsFollowUpsCarryTheirState() {
        Incident i = only("export-77.json", """
                {"name": "Queue consumers wedged", "severity": "SEV3",
                 "milestones": [{"type": "started", "occurred_at": "2026-05-02T10:00:00Z"},
                                {"type": "detected", "occurred_at": "2026-05-02T10:06:00Z"},
                                {"type": "resolved", "occurred_at": "2026-05-02T10:50:00Z"}],
                 "follow_ups": [{"title": "Add a consumer liveness probe", "assignee": "kim", "state": "done"},
                                {"title": "Alert on consumer lag", "assignee": "sol", "state": "in_progress"}]}
                """);
        List<ActionItem> items = i.actionItems();
        assertThat(items).extracting(ActionItem::status).containsExactly(Optional.of(ActionStatus.DONE), Optional.of(ActionStatus.IN_PROGRESS));
    }

    @Test
    void aTimelineToldInProseGivesOneEventPerTimeItNames() {
        Incident i = only("mq-broker-disk.md", """
                # Postmortem: order events delayed by a full broker disk

                **Date:** 2026-03-17
                **Severity:** SEV2

                ## Timeline (EST)

                All times are Eastern Standard Time.

                At 9:05 am a retention change for the audit topic was merged and deployed. The brokers
                kept every segment from then on. By 11:40 am the disk alert paged Tomasz, who
                acknowledged it at 11:44 am. He opened an incident at 11:52 am and asked the messaging team
                to join.

                The team found the cause at 12:20 pm: the retention setting had been read as hours, not
                days. Ines started rolling the retention change back at 12:31 pm, and the brokers were
                accepting writes again at 12:48 pm. Consumers caught up with the backlog and the incident
                was resolved at 1:30 pm on March 17. A follow-up review on March 19 at 10:00 am closed it.
                """);
        java.util.Map<io.hindsight.model.Phase, java.time.Instant> p = i.timings().phases();
        assertThat(p.get(io.hindsight.model.Phase.STARTED)).isEqualTo("2026-03-17T14:05:00Z");
        assertThat(p.get(io.hindsight.model.Phase.DETECTED)).isEqualTo("2026-03-17T16:40:00Z");
        assertThat(p.get(io.hindsight.model.Phase.ACKNOWLEDGED)).isEqualTo("2026-03-17T16:44:00Z");
        assertThat(p.get(io.hindsight.model.Phase.ROLLBACK_STARTED)).isEqualTo("2026-03-17T17:31:00Z");
        assertThat(p.get(io.hindsight.model.Phase.RESOLVED)).isEqualTo("2026-03-17T18:30:00Z");
        // "March 19" takes the incident's year; the review two days later is no recovery event
        assertThat(i.timeline()).anySatisfy(e -> assertThat(e.at()).hasValue(java.time.Instant.parse("2026-03-19T15:00:00Z")));
    }

    @Test
    void withoutATimelineSectionTheNarrativeWithTimesIsTheTimeline() {
        Incident i = only("billing-export.md", """
                # Billing export stalled

                Date: 2026-05-06

                ## What happened

                At 02:10 UTC the nightly billing export started and stalled on a locked table. The
                on-call engineer was paged at 02:40 and acknowledged the page at 02:43, then killed
                the blocking session at 03:05. The export finished at 03:50 and the incident was resolved.

                ## Root cause
                A long-running analytics query held a lock on the invoices table.
                """);
        java.util.Map<io.hindsight.model.Phase, java.time.Instant> p = i.timings().phases();
        assertThat(p.get(io.hindsight.model.Phase.STARTED)).isEqualTo("2026-05-06T02:10:00Z");
        assertThat(p.get(io.hindsight.model.Phase.ACKNOWLEDGED)).isEqualTo("2026-05-06T02:43:00Z");
        assertThat(p.get(io.hindsight.model.Phase.RESOLVED)).isEqualTo("2026-05-06T03:50:00Z");
    }

    @Test
    void timelineLinesWithATimeInsideStayOneEventEach() {
        Incident i = only("cache-flush.md", """
                # Cache flush

                Date: 2026-01-08

                ## Timeline
                14:02 Deploy of cache-proxy 3.1 (rolled back at 14:30)
                14:09 Alert: hit ratio under 40%
                14:30 Rollback complete, hit ratio recovering
                """);
        assertThat(i.timeline()).hasSize(3);
    }

    @Test
    void actionItemStatusesInBracketsFirstOrAsTheLastSentence() {
        Incident i = only("dns-ttl.md", """
                # Postmortem: stale DNS after the load balancer move

                Date: 2026-02-02

                **Root cause:** The old records kept a one-day TTL through the move.

                **What we will do:**
                - [done] Lower the TTL of every public record to five minutes (Aiko, due 2026-02-05)
                - [in progress] Add a pre-move checklist item for TTLs (Bram)
                - [won't do] Move DNS to a second provider
                - Check resolver caches during moves. Owner: Chen Wei. Done (2026-02-04).
                - Document the rollback of a load balancer move. Owner: Dana. Open.
                """);
        assertThat(i.actionItems()).extracting(ActionItem::status).containsExactly(
                Optional.of(ActionStatus.DONE), Optional.of(ActionStatus.IN_PROGRESS), Optional.of(ActionStatus.WONT_DO),
                Optional.of(ActionStatus.DONE), Optional.of(ActionStatus.OPEN));
        assertThat(i.actionItems().get(3).owner()).hasValue("Chen Wei");
        assertThat(i.actionItems().get(0).action()).startsWith("Lower the TTL");
    }

    @Test
    void aListItemNamingASectionHoldsThatSectionNestedUnderIt() {
        Incident i = only("queue-backlog.md", """
                # Postmortem: notification backlog

                Date: 2026-04-02

                ## Root cause
                The consumer group lost its partition assignment after the broker upgrade.

                - Contributing factors:
                  - The upgrade runbook skipped the consumer restart step.
                  - Lag alerts were routed to a channel nobody watches.
                - Owner of the write-up: Lea
                """);
        assertThat(i.contributingFactors()).containsExactly("The upgrade runbook skipped the consumer restart step.",
                "Lag alerts were routed to a channel nobody watches.");
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).startsWith("The consumer group lost"));
    }

    @Test
    void listsGroupedByPhaseInsideTimelineAndActionItemsStayThere() {
        Incident i = only("grouped.md", """
                # Postmortem: replica lag

                Date: 2026-06-03

                ## Timeline
                - Detection:
                  - 14:02 Replica lag alert fires
                - Response:
                  - 14:10 On-call engineer acknowledges the page

                ## Root Cause
                A long vacuum blocked replication.

                ## Action Items
                - Detection:
                  - Alert on replica lag per replica
                - Mitigation:
                  - Runbook for promoting a replica
                """);
        assertThat(i.timeline()).hasSize(2);
        assertThat(i.timings().phases()).containsEntry(io.hindsight.model.Phase.DETECTED, java.time.Instant.parse("2026-06-03T14:02:00Z"));
        assertThat(i.actionItems()).extracting(ActionItem::action)
                .satisfiesExactly(a -> assertThat(a).contains("Alert on replica lag per replica"), a -> assertThat(a).contains("Runbook for promoting a replica"));
    }

    @Test
    void aMetadataLabelWithItsValueStaysMetadataAndAnInlineLabelTakesOnlyItsParagraph() {
        Incident i = only("labels.md", """
                # Postmortem: cart service errors

                **Detection time:** 12 min

                **Severity:** SEV2

                **Date:** 2026-02-11

                ## Summary
                Carts failed to load for a fifth of shoppers.

                **Impact:** 21% of cart loads failed for 40 minutes.

                The team rolled back the cache client upgrade.

                ## Root Cause
                The new cache client dropped keys with a colon.
                """);
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 2, 11));
        assertThat(i.summary()).hasValueSatisfying(t -> assertThat(t).contains("fifth of shoppers").contains("rolled back"));
        assertThat(i.sections()).contains(io.hindsight.model.SectionKind.IMPACT);
    }

    @Test
    void plainTimelineLinesStayLinesWhenOneWrapsOrHoldsASecondTime() {
        Incident i = only("lines.md", """
                # Postmortem: image pipeline stalled

                Date: 2026-07-09

                ## Timeline
                2026-07-09 (all times PST)
                09:02 Deploy of resizer 4.1 (rolled back at 09:40)
                09:15 Queue depth alert pages the on-call engineer, who
                starts looking at the resizer logs
                09:40 Rollback complete; queue draining
                """);
        assertThat(i.timeline()).hasSize(3);
        // "PST" over a July timeline, and no PDT anywhere: the Pacific wall clock, UTC-7
        assertThat(i.timings().phases()).containsEntry(io.hindsight.model.Phase.DETECTED, java.time.Instant.parse("2026-07-09T16:15:00Z"));
    }

    @Test
    void proseTimesThatAreDurationsOffsetsOrAnotherDayAreNoEventsOfThisOne() {
        Incident i = only("prose-traps.md", """
                # Postmortem: search indexing delayed

                Date: 2026-09-14

                ## Timeline (IST)
                Times are IST (UTC+05:30). Since the September 2 release the indexer had been slower.
                At 10:05 the indexing lag alert paged Ravi, and recovery took 1:30 in total. He
                acknowledged at 10:09.
                """);
        assertThat(i.timeline()).extracting(e -> e.at().orElseThrow())
                .containsExactly(java.time.Instant.parse("2026-09-14T04:35:00Z"), java.time.Instant.parse("2026-09-14T04:39:00Z"));
    }

    @Test
    void proseTimesThatListAScheduleOrNameAThingAreNoEvents() {
        Incident i = only("gates.md", """
                # Postmortem: app tickets rejected at the gates

                **Date:** 2026-08-17

                ## What happened

                All times below are UTC.

                The rotation job ran at 04:30. The gate validators pull the trusted key list on a fixed
                schedule, at 02:00, 08:00, 14:00 and 20:00. At 06:03 the Leeds station team raised a ticket
                with the helpdesk: "app tickets failing at gates". At 06:52 Femi confirmed the gates were
                still on the 02:00 list. We couldn't wait for the 08:00 pull, so at 07:10 Femi pushed a forced
                refresh, which a 07:02 train's riders still missed.
                """);
        assertThat(i.timeline()).extracting(e -> e.at().orElseThrow()).containsExactly(
                java.time.Instant.parse("2026-08-17T04:30:00Z"), java.time.Instant.parse("2026-08-17T06:03:00Z"),
                java.time.Instant.parse("2026-08-17T06:52:00Z"), java.time.Instant.parse("2026-08-17T07:10:00Z"));
    }

    @Test
    void proseMomentsOnTheTimelinesClockFillTheMomentsItLeavesOut() {
        Incident i = only("video.md", """
                # Patients unable to join video visits

                **Incident date:** 2026-09-29

                ## Key times (UTC)

                - 12:40 first TURN allocation failures in relay logs
                - 13:09 join-success SLO alert pages on-call
                - 13:18 SEV2 declared
                - 14:35 join success back to baseline
                - 14:50 incident closed

                ## What happened

                The join-success SLO alert paged Ben at 13:09. He acknowledged it at 13:11, and at 13:18 Ben
                declared a SEV2. At 13:50 Sina started the revert of Friday's Terraform change.
                """);
        assertPhases(i, "DETECTED", "2026-09-29T13:09:00Z", "ACKNOWLEDGED", "2026-09-29T13:11:00Z", "ROLLBACK_STARTED", "2026-09-29T13:50:00Z");
        // prose whose times the timeline does not show may be on another clock: left out
        Incident other = only("other-clock.md", """
                # Postmortem: relay capacity, video visits failing to join

                **Severity:** SEV2

                ## Timeline

                | Time (UTC) | Event |
                |---|---|
                | 2026-09-29 12:40 | First TURN allocation failures in relay logs |
                | 2026-09-29 13:09 | Join-success SLO alert pages on-call |
                | 2026-09-29 14:50 | Incident closed |

                ## What happened

                Ben acknowledged it at 09:11 and at 09:50 Sina started the revert of Friday's change.
                """);
        assertThat(other.timings().phases()).doesNotContainKeys(io.hindsight.model.Phase.ACKNOWLEDGED, io.hindsight.model.Phase.ROLLBACK_STARTED);
    }

    @Test
    void aSummarysRecapDoesNotSetTheClockOfTheStoryToldBelowIt() {
        Incident i = only("planner.md", """
                # Journey planner showed the old timetable

                **Date:** 2026-11-03

                ## Summary

                The nightly import failed. We reimported with more memory and the planner was correct from about 10:20 UTC.

                ## What happened

                All times UTC.

                At 01:30 the import started, and it was OOM-killed about twelve minutes later. The first customer
                complaints reached support at 07:15. Mihai was the first engineer on it, at 08:05. The planner was
                serving the winter timetable from 10:20.
                """);
        assertPhases(i, "STARTED", "2026-11-03T01:30:00Z", "DETECTED", "2026-11-03T07:15:00Z");
    }

    @Test
    void aCaptionNamingTheZoneAppliesToTheLinesAfterIt() {
        Incident i = only("caption-zone.md", """
                # Postmortem: payroll export late

                Date: 2026-03-02

                ## Timeline
                All times are CET.

                - 07:10 Payroll export job starts and hangs on the bank's SFTP host
                - 07:45 Export age alert pages the on-call engineer
                - 08:20 Export completed after the SFTP host was restarted
                """);
        assertPhases(i, "STARTED", "2026-03-02T06:10:00Z", "DETECTED", "2026-03-02T06:45:00Z");
    }
    @Test
    void aReplyWithThePostmortemQuotedBelowIsReadFromTheQuoteAndNotFromTheMailHeaders() {
        Incident i = only("thread.md", """
                From: Bruno Keller <bruno@example.com>
                To: Ana Ferreira <ana@example.com>
                Subject: Re: [Postmortem] Card checkout timeouts (P1)
                Date: Tue, 03 Mar 2026 16:47:05 +0100

                Hi Ana, thanks for the write-up. Everything matches my notes.

                Bruno

                > On Tue, 3 Mar 2026 at 15:10, Ana Ferreira <ana@example.com> wrote:
                >
                > # Postmortem: Card checkout timeouts
                >
                > **Incident date:** Monday 2 March 2026
                > **Severity:** P1
                >
                > ## Timeline (UTC)
                >
                > | Time | Event |
                > |------|-------|
                > | 09:09 | PagerDuty pages the payments on-call: 3DS failure rate above 20% |
                > | 09:12 | Bruno acknowledges the page |
                > | 10:01 | Rollback complete; 3DS success rate back up to 93% |
                > | 11:05 | Incident closed |
                >
                > ## Action Items
                >
                > - [x] Pin the SDK version (Bruno)
                > - [ ] Load-test 3DS challenges before release (Ana)
                """);
        assertThat(i.title()).hasValue("Card checkout timeouts");
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 3, 2));
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertPhases(i, "DETECTED", "2026-03-02T09:09:00Z", "ACKNOWLEDGED", "2026-03-02T09:12:00Z", "MITIGATED", "2026-03-02T10:01:00Z",
                "CLOSED", "2026-03-02T11:05:00Z");
        assertThat(i.actionItems()).hasSize(2);
    }

    @Test
    void aForwardedPlainTextMailHasItsSectionsOnLinesOfTheirOwnAndItsSubjectAsTitle() {
        Incident i = only("forward.md", """
                From: Chloe T <chloe@example.com>
                Subject: Fwd: [Postmortem] Arrival times frozen on stop displays
                Date: Mon, 19 Oct 2026 17:03:44 -0400

                Forwarding for the archive.

                ---------- Forwarded message ---------
                From: Femi A <femi@example.com>
                Date: Thu, Oct 15, 2026 at 4:18 PM
                Subject: [Postmortem] Arrival times frozen on stop displays

                Postmortem for Wednesday, October 14, 2026. Times below are UTC.

                Timeline

                05:30  Cert automation renews the feed gateway's certificate
                06:48  Customer service forwards rider complaints to the ops desk
                06:55  I acknowledge and start looking
                09:45  Incident closed

                Follow-ups

                AI-1  Feed monitor alerts when no messages arrive for 2 minutes (owner: Femi) - done
                AI-2  Displays show "live times unavailable" for old predictions (owner: Priya) - open
                AI-3  Cert automation installs the full chain (owner: Marc) - open
                """);
        assertThat(i.title()).hasValue("Arrival times frozen on stop displays");
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 10, 14));
        assertPhases(i, "DETECTED", "2026-10-14T06:48:00Z", "ACKNOWLEDGED", "2026-10-14T06:55:00Z", "CLOSED", "2026-10-14T09:45:00Z");
        assertThat(i.actionItems()).hasSize(3);
        assertThat(i.actionItems().stream().filter(a -> a.status().filter(ActionStatus.DONE::equals).isPresent())).hasSize(1);
        assertThat(i.actionItems()).extracting(ActionItem::id).containsExactly("AI-1", "AI-2", "AI-3");
    }

    @Test
    void theIncidentDateBeatsTheDateOfTheMemoThatReportsIt() {
        Incident i = only("memo.md", """
                # MEMORANDUM

                **TO:** Executive Leadership Team
                **DATE:** February 11, 2026
                **RE:** Ledger outage, postmortem summary

                ## Key facts

                - **Incident date:** February 9, 2026
                - **Severity:** Critical

                ## What happened — timeline

                All times are UTC.

                1. **21:05** — Storage vendor begins a planned firmware update
                2. **21:52** — Monitoring pages the database on-call: ledger-api error rate above 10%
                3. **23:45** — Ledger switched to read-only mode: customers can see balances again
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 2, 9));
        assertPhases(i, "DETECTED", "2026-02-09T21:52:00Z");
    }

    @Test
    void aDayOrderStatedUnderTheSummaryAppliesToTheTimelinesDates() {
        Incident i = only("mir.md", """
                # Major Incident Report: inbound mail delayed

                | Item | Detail |
                |---|---|
                | Incident Date | 04/03/2026 |
                | Priority | P2 |

                Dates in this report are written DD/MM/YYYY. Times are UTC.

                ## Timeline

                | Date/Time (UTC) | Event |
                |---|---|
                | 04/03/2026 08:37 | Finance users report to the Service Desk that external e-mails are not arriving |
                | 04/03/2026 19:30 | Bridge closed; incident closed |
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 3, 4));
        assertPhases(i, "DETECTED", "2026-03-04T08:37:00Z", "CLOSED", "2026-03-04T19:30:00Z");
    }

    @Test
    void aNoteOnTheRowsNamesTheirZoneFirstAndAnEarlierZoneOnlyAsAnAside() {
        Incident i = only("sepa.md", """
                # Postmortem: Morning batch missed the bank cut-off

                **Date:** 2026-03-30

                ## Timeline (CEST)
                All times are Berlin local time, CEST (UTC+2): the clocks went forward on 29 March.
                The first row is from before the clock change and is marked CET.

                | Time | Event |
                |------|-------|
                | 2026-02-10 15:20 CET | Batch moved to a Kubernetes CronJob |
                | 2026-03-30 09:30 | Treasury analyst notices the batch has not debited the account and asks in #payments-ops |
                | 09:38 | Payments on-call picks it up and starts looking |
                """);
        assertPhases(i, "DETECTED", "2026-03-30T07:30:00Z", "ACKNOWLEDGED", "2026-03-30T07:38:00Z");
    }

    @Test
    void anInterviewersQuestionIsNotPartOfTheAnswerBeforeIt() {
        Incident i = only("interview.md", """
                # Incident interview: SMS passcodes delayed

                **Incident date:** 2025-09-23
                **Severity:** major

                All times are UTC.

                A (Tomas): The first alert fired at 14:18 and it paged me.

                **Q: How quickly were you on it?**

                A (Tomas): I acknowledged at 14:21 from my kitchen.
                """);
        assertThat(i.timeline()).noneMatch(e -> e.text().contains("How quickly"));
        assertPhases(i, "DETECTED", "2025-09-23T14:18:00Z", "ACKNOWLEDGED", "2025-09-23T14:21:00Z");
    }

    @Test
    void aSeverityRatedInProseWithoutAsAndADocumentTagInTheTitle() {
        Incident i = only("rated.md", """
                # [Postmortem] Arrival times frozen on stop displays

                Postmortem for Wednesday, October 14, 2026. We rated it **moderate**: no safety impact.

                ## Timeline (UTC)

                - 06:48 Customer service forwards rider complaints to the ops desk
                - 09:30 All buses reporting; displays confirmed live
                """);
        assertThat(i.title()).hasValue("Arrival times frozen on stop displays");
        assertThat(i.severity()).hasValue(Severity.SEV3);
    }
    @Test
    void aPropertyTablesTimeZoneRowWithWordsAroundTheZoneAndABugCellHoldingTheTrackerState() {
        Incident i = only("sso.md", """
                # Postmortem: SSO fails for tenants that pinned the old certificate

                | Property | Value |
                |---|---|
                | Incident date | 2026-02-03 |
                | Time zone used on this page | IST (UTC+05:30), all times below |

                ## Timeline

                | Time | Event |
                |------|-------|
                | 11:40 | Northwind Legal e-mails support: SSO fails with "signature validation failed" |
                | 11:52 | Support escalates to Identity; Rohan picks up the ticket |

                ## Action Items

                | Action Item | Type | Owner | Bug |
                |---|---|---|---|
                | Alert when a tenant's IdP rejects our signature | prevent | rohan | IDN-301 done |
                | Announce certificate rotations two weeks ahead | process | mia | IDN-302 in progress |
                """);
        assertPhases(i, "DETECTED", "2026-02-03T06:10:00Z", "ACKNOWLEDGED", "2026-02-03T06:22:00Z");
        assertThat(i.actionItems()).extracting(a -> a.status().orElse(null)).containsExactly(ActionStatus.DONE, ActionStatus.IN_PROGRESS);
    }
    @Test
    void dayLinesEndingInAColonAndTimesGivenAsPacificWithoutTheWordTime() {
        Incident i = only("transit.md", """
                # Postmortem: Realtime feed stale after schema change

                **Incident date:** 2026-03-02

                ## Timeline

                All times Pacific.

                Monday 2 March:
                23:40: Feed vendor switches the endpoint to schema v2

                Tuesday 3 March:
                06:02: Feed-freshness alert pages the integrations on-call
                06:10: Bec acknowledges and starts checking ingest logs
                """);
        assertPhases(i, "STARTED", "2026-03-03T07:40:00Z", "DETECTED", "2026-03-03T14:02:00Z", "ACKNOWLEDGED", "2026-03-03T14:10:00Z");
    }
    @Test
    void aNewestFirstTimelineUnderDayLinesAndARangeInATimeCell() {
        Incident i = only("push.md", """
                # Postmortem: Push notifications delayed

                **Date:** 2026-07-22

                ## Timeline
                Newest first. Pacific time (PDT, UTC-7).

                **Thursday 23 July**
                - 01:25 - Incident closed
                - 00:05 - Batch size lowered via config; delivery success climbs from 71% to 97%

                **Wednesday 22 July**
                - 22:35 - "push delivery success < 90%" alert pages Kenji
                - 21:40 - fan-out 5.0 deployed
                """);
        assertPhases(i, "STARTED", "2026-07-23T04:40:00Z", "DETECTED", "2026-07-23T05:35:00Z", "MITIGATED", "2026-07-23T07:05:00Z",
                "CLOSED", "2026-07-23T08:25:00Z");
        Incident r = only("range.md", """
                # Postmortem: Card auth failures after cipher change

                **Date:** 2026-05-06

                ## Timeline (UTC)

                | Time | Event |
                |------|-------|
                | 13:50 | Gateway config 9.4 rolled out |
                | 14:05-14:20 | Card auth error rate climbs from 0.4% to 12%; nothing fires |
                | 14:21 | Three pages fire: auth error rate > 15% |
                """);
        assertPhases(r, "DETECTED", "2026-05-06T14:21:00Z");
    }

    @Test
    void actionItemsGroupedUnderResponseNamedSubHeadings() {
        Incident i = only("groups.md", """
                # Postmortem: Access denied after migration

                **Date:** 2026-02-17

                ## Timeline (UTC)

                - 06:02 Alert pages the docs on-call
                - 09:30 Incident closed

                ## Action Items

                ### Database change safety

                | Action | Owner | Due Date | Status |
                |---|---|---|---|
                | Dry-run data migrations against a production snapshot | Ravi | 2026-03-01 | Done |

                ### Detection

                | Action | Owner | Due Date | Status |
                |---|---|---|---|
                | Alert on 403 rate per tenant | Mia | 2026-03-05 | Open |

                ## Repair items

                | Item | Owner | Due | Status |
                |------|-------|-----|--------|
                | Record the tolerance in the runbook | Tomas | 2026-03-06 | Open |
                """);
        assertThat(i.actionItems()).hasSize(3);
    }
    @Test
    void aScriptsTimelineOfEpochSecondsAndMessages() {
        Incident i = only("edge.json", """
                {"title": "TLS handshake failures at fra1", "date": "2026-05-06", "severity": 2,
                 "timeline": [
                   {"ts": 1778037600, "msg": "cert-rotator ran on PoP fra1"},
                   {"ts": 1778040130, "msg": "streaming tenant opens P1 ticket: handshake failures from Frankfurt viewers"},
                   {"ts": 1778040540, "msg": "on-call ack (kaito)"}
                 ]}
                """);
        assertPhases(i, "STARTED", "2026-05-06T03:20:00Z", "ACKNOWLEDGED", "2026-05-06T04:09:00Z");
        assertThat(i.timeline()).allMatch(e -> !e.text().isBlank());
    }

    @Test
    void weekdaysSettleDayFirstDatesAndADateColumnGoesWithTheLocalClockBesideUtc() {
        // 5 April 2026 was a Sunday (4 May a Monday); the date column is the day on the Perth clock,
        // so "Sun 5/4 | 01:10" is 17:10 UTC on the 4th, not on the 5th
        Incident i = only("dispatch-perth.md", """
                # Postmortem: Courier dispatch stalled overnight

                **Date:** Saturday 4/4/2026 (ran into Sun 5/4)
                **Severity:** SEV2

                ## Timeline

                | Date | Perth | UTC | What happened |
                |------|-------|-----|---------------|
                | Sat 4/4 | 22:05 | 14:05 | Dispatch queue stops draining after the 22:00 batch |
                | Sat 4/4 | 22:31 | 14:31 | Courier lead phones support: no jobs offered for half an hour |
                | Sat 4/4 | 22:36 | 14:36 | On-call acknowledges the page |
                | Sat 4/4 | 23:20 | 15:20 | Root cause identified: the batch lock was never released |
                | Sun 5/4 | 00:12 | 16:12 | Lock cleared by hand; jobs are offered again and the queue drains |
                | Sun 5/4 | 01:10 | 17:10 | Queue empty, dispatch back to normal |
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 4, 4));
        assertPhases(i, "STARTED", "2026-04-04T14:05:00Z", "DETECTED", "2026-04-04T14:31:00Z",
                "MITIGATED", "2026-04-04T16:12:00Z", "RESOLVED", "2026-04-04T17:10:00Z");
        assertThat(i.warnings()).noneMatch(w -> w.contains("cannot read"));
    }

    @Test
    void aWeekdayBeforeAYearlessDateLineTellsItsOrder() {
        Incident i = only("lines.md", """
                # Postmortem: Tram arrivals frozen

                Date: 2026-04-04

                ## Timeline (UTC)
                - Sat 4/4 21:40 — arrival boards freeze on line 96
                - Sat 4/4 21:52 — depot supervisor rings the control room
                - Sun 5/4 00:15 — feed service restarted, boards update again
                - Sun 5/4 00:40 — all boards current, incident closed
                """);
        assertPhases(i, "DETECTED", "2026-04-04T21:52:00Z", "CLOSED", "2026-04-05T00:40:00Z");
    }

    @Test
    void anAbbreviationTheDocumentDefinesOnceIsReadThatWayInItsTimeline() {
        Incident i = only("dhaka-callbacks.md", """
                # Postmortem: Payout callbacks delayed

                **Date:** 2026-02-09

                Note: all times in this document are BST, i.e. Bangladesh Standard Time (UTC+6), not British time.

                ## Timeline

                09/02/2026 (BST)

                - 10:58 dispatcher group starts rebalancing; lag grows
                - 11:20 Consumer lag alert pages Payouts on-call
                - 11:24 Nusrat acknowledges
                """);
        assertPhases(i, "DETECTED", "2026-02-09T05:20:00Z", "ACKNOWLEDGED", "2026-02-09T05:24:00Z");
    }

    /** A TLS incident whose timeline links the failures to a change, with the cause stated afterwards or not. */
    private Incident chainRotation(String causeStated) {
        return only("cdn-chain.md", """
                # Postmortem: TLS failures after the chain rotation

                Date: 2026-05-12

                ## Timeline (UTC)
                - 19:20 Synthetic TLS checks fail from 3 of 5 regions and page edge on-call
                - 19:24 Ben acknowledges
                - 19:40 Lucia links the failures to the rotation; incident declared, Ben IC
                %s- 20:40 Old chain restored on all POPs; handshakes succeed again
                - 21:10 Incident closed
                """.formatted(causeStated));
    }

    @Test
    void aLeadLinkingTheFailuresToAChangeIsNotTheCauseStatedSoonAfter() {
        Incident i = chainRotation("- 20:26 Root cause identified: the new chain file lacks the cross-signed intermediate\n");
        assertPhases(i, "IDENTIFIED", "2026-05-12T20:26:00Z");
    }

    @Test
    void aLeadWithNoCauseStatedLaterStaysTheIdentification() {
        assertPhases(chainRotation(""), "IDENTIFIED", "2026-05-12T19:40:00Z");
    }

    @Test
    void aPlainEnglishReportsContributorsAndItsDoneNotes() {
        Incident i = only("offer-day.md", """
                # Incident report: offer day portal slow

                Date: 2 March 2026

                ## What happened
                The admissions portal was slow for two hours on offer day.

                ## Things that contributed

                - Offers were all published at 7am.
                - The load test did not include logging in.

                ## What we're doing next

                - Send every family their offer by email as well (done, 9 February)
                - Load test logins before each offer day – Gill, by 31 March
                """);
        assertThat(i.contributingFactors()).hasSize(2);
        assertThat(i.actionItems()).hasSize(2);
        assertThat(i.actionItems().get(0).status()).hasValue(ActionStatus.DONE);
        assertThat(i.actionItems().get(1).status().filter(ActionStatus.DONE::equals)).isEmpty();
    }

    @Test
    void aNumberedTimelineWithEachTimeInBracketsAtTheEnd() {
        Incident i = only("seatres.md", """
                # Postmortem: Seat reservations lost after failover

                **Date:** 2026-09-29

                ## Timeline

                All times UTC.

                1. Orchestrator marks db-01 dead and promotes db-03 [05:51:40]
                2. `SeatresReplicationLag` alert pages the database on-call [05:52:10]
                3. Ravi acknowledges (05:55)
                4. Incident closed [10:55]
                """);
        assertPhases(i, "DETECTED", "2026-09-29T05:52:10Z", "ACKNOWLEDGED", "2026-09-29T05:55:00Z", "CLOSED", "2026-09-29T10:55:00Z");
    }

    @Test
    void aShortNoteDatedOnlyByItsFileNameWithRoughTimes() {
        Incident i = only("notes/2026-05-03-redis-maxmemory.md", """
                # home timelines froze on the instance

                ## timeline

                07:50 redis hits maxmemory (only saw this in the logs afterwards)
                08:30ish someone in our matrix room: "is it just me or is home frozen?"
                09:12 I see the matrix message, ssh in
                09:41 bumped maxmemory to 3gb, jobs start moving
                10:50 queue drained, home timelines caught up

                ## follow-ups
                - [x] maxmemory 3gb, persisted in redis.conf
                - [ ] redis memory alert
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 5, 3));
        assertPhases(i, "DETECTED", "2026-05-03T08:30:00Z", "ACKNOWLEDGED", "2026-05-03T09:12:00Z");
    }

    @Test
    void aFileNamesDateGivesWayToTheTimelinesOwn() {
        Incident i = only("2026-09-24-inbox.md", """
                # Postmortem: inbox messages not sent

                ## Timeline
                - 2026-09-22 14:05 — queue consumer stops after the deploy
                - 2026-09-22 14:20 — support reports unsent messages
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 9, 22));
    }

    @Test
    void aReportHeaderTypedInAFixedWidthBlock() {
        Incident i = only("oir-26-118.md", """
                # Straits Pacific Airways — Operational IT Incident Report

                ```
                Report No.      : OIR-26-118
                Date of event   : 19 Aug 2026
                Severity        : Major
                Author          : Lim Wei Tan
                ```

                ## Chronology

                | Time | Event |
                |---|---|
                | 05:10 | Check-in agents report unreadable bag tags |
                """);
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 8, 19));
    }

    @Test
    void aLogInACodeBlockIsNoHeader() {
        Incident i = only("log.md", """
                # Postmortem: queue stall

                Date: 2026-03-02

                ```
                severity: debug
                ts=2026-03-02T10:00Z msg="consumer stopped"
                ```

                ## Timeline (UTC)
                - 10:00 consumer stops; the queue grows
                - 10:12 queue-depth alert pages the on-call
                - 10:30 consumer restarted, queue drains
                """);
        assertThat(i.severity()).isEmpty();
    }

    @Test
    void nativeJsonWithItsSeverityInAMetadataObject() {
        Incident i = only("edge-dns.json", """
                {"title": "Edge DNS resolvers out of memory", "date": "2026-07-02",
                 "metadata": {"severity": "SEV1", "author": "Hannah", "status": "Final"},
                 "rootCause": "The RPZ feed doubled in size and the resolvers ran out of memory.",
                 "timeline": [{"ts": "2026-07-02T08:49:00Z", "description": "Resolver pods OOMKilled in two regions"},
                              {"ts": "2026-07-02T08:52:00Z", "description": "DNS SERVFAIL alert pages edge on-call"}]}
                """);
        assertThat(i.severity()).hasValue(Severity.SEV1);
    }

    @Test
    void aCustomerRcaTitledByItsKindAndSubject() {
        Incident i = only("stackform-rca.md", """
                # Root Cause Analysis — File Upload Failures on Published Forms

                Stackform Inc. · Customer Incident Report

                **Incident date:** August 18, 2026
                **Severity:** Sev 2

                ## Timeline of Events (all times PDT)
                - 5:38 PM Upload requests begin to fail
                - 5:51 PM Upload error alert pages the on-call engineer
                """);
        assertThat(i.title()).hasValue("File Upload Failures on Published Forms");
        assertThat(i.severity()).hasValue(Severity.SEV2);
    }

    @Test
    void dayHeadingsHandedOverBetweenTeamsEachNameTheirClock() {
        Incident i = only("settlement-hostkey.md", """
                # Postmortem: settlement files not delivered

                **Date:** 2026-08-03

                ## Timeline

                ### Day 1 — Mon 3 Aug (London, BST = UTC+1)
                - 07:00 settle-out morning run fails to connect; file parked
                - 09:30 Bank ops phones our support desk: no settlement file received
                - 09:42 Ravi acknowledges and starts looking

                ### Wed 5 Aug — Singapore (SGT, UTC+8)
                - 09:10 Incident closed after the last file is confirmed
                """);
        assertPhases(i, "STARTED", "2026-08-03T06:00:00Z", "DETECTED", "2026-08-03T08:30:00Z", "CLOSED", "2026-08-05T01:10:00Z");
    }

    @Test
    void aSeverityAmongAnIssuesLabels() {
        Incident i = only("platform-912.md", """
                # internal-gw mTLS failures: expired intermediate CA #912

                Labels: `incident` `postmortem` `sev3` `area/networking`

                **Date:** 2026-08-15

                ## Timeline (UTC)
                - 00:00 Intermediate CA expires; mTLS handshakes to internal-gw fail
                - 00:12 Handshake error alert pages the platform on-call
                """);
        assertThat(i.severity()).hasValue(Severity.SEV3);
    }

    @Test
    void chatMessagesAsBulletsWithTheWriterBeforeTheTimeAndEditorsNotesLeftOut() {
        Incident i = only("stale-balances.md", """
                # Stale balances in the app
                Date: 2026-02-11 | Severity: P2

                ## Timeline
                Times are CET. Copied from #inc-ledger, trimmed. My comments are in [ed: ...].

                - cronbot (09:12): job `backfill_txn_category` started on ledger-db-primary
                - [ed: replica lag passes 60s at about 09:25. The warning landed in #db-alerts at 09:38, nobody watching.]
                - sandra (09:51): escalation from CS: 14 customers say their balance didn't change
                - jonas (10:02): acking, on it
                - jonas (10:06): opening an incident, P2
                - jonas (10:31): found it: the backfill writes 9 GB of WAL and the replicas can't keep up
                - jonas (10:41): flag ledger.read_from_primary = true. app shows fresh balances now
                - jonas (11:48): replicas caught up, everything normal
                - lena (12:10): closing the incident
                """);
        assertThat(i.timeline()).hasSize(8).noneMatch(e -> e.text().contains("09:38"));
        assertPhases(i, "STARTED", "2026-02-11T08:12:00Z", "DETECTED", "2026-02-11T08:51:00Z",
                "ACKNOWLEDGED", "2026-02-11T09:02:00Z", "IDENTIFIED", "2026-02-11T09:31:00Z", "CLOSED", "2026-02-11T11:10:00Z");
    }

    @Test
    void aChatClientsCopyWithTheWriterAndTimeOnALineOfTheirOwn() {
        String log = """
                Deploy Bot  1:05 PM
                listing-service 5.31.0 deployed to production

                [ed: indexer pods start getting OOMKilled at about 1:11 PM. The lag alert
                 fired at 1:26 PM but went to an email list nobody reads]

                Hannah Cole  2:02 PM
                seller escalation: 3 sellers say new listings aren't showing up in search

                Priya Raman  2:09 PM
                looking :eyes:

                Carlos Medina  2:35 PM
                rolling back to 5.30.4
                """;
        for (String body : java.util.List.of("```\n" + log + "```\n", log)) {
            Incident i = only("search-listings.md", "# New listings missing from search\nDate: 2026-04-07\n\n## Timeline (PDT)\n\n" + body);
            assertThat(i.timeline()).as(body).hasSize(4);
            assertThat(i.timeline().get(1).text()).startsWith("Hannah Cole: seller escalation");
            assertPhases(i, "STARTED", "2026-04-07T20:05:00Z", "DETECTED", "2026-04-07T21:02:00Z", "ROLLBACK_STARTED", "2026-04-07T21:35:00Z");
        }
    }

    @Test
    void aYearlessDayWithAHyphenBeforeTheTime() {
        Incident i = only("otp.md", """
                # Agents cannot log in
                Date: 30/07/2026

                ## Timeline (La Paz time, UTC-4)
                - **30-07 22:00** — `rotate-sms-keys` job runs, old key revoked
                - **22:40** — supervisor calls the on-call phone: 20+ agents can't log in
                - **00:55** — Incident closed.
                """);
        assertPhases(i, "STARTED", "2026-07-31T02:00:00Z", "CLOSED", "2026-07-31T04:55:00Z");
    }

    @Test
    void aRowDatedTheDayBeforeInUtcIsTheIncidentsDayOnTheSectionsClockAndAWeekdayRowIsThatDay() {
        Incident i = only("sepa.md", """
                # SEPA payouts stopped
                Date: 14.08.2026

                ## Timeline (RET, UTC+4 — UTC in the second column)

                | RET | UTC | What happened |
                |---|---|---|
                | 14.08 00:00 | 13.08 20:00 | Client certificate expires; every call fails the handshake |
                | 00:20 | 20:20 | Rule goes to firing. Receiver is `null`, nobody notified |
                | 06:52 | 02:52 | Support sees 40+ chats from customers, phones the on-call |
                | 07:02 | 03:02 | Mathieu (on-call) on it |
                | 10:05 | 06:05 | Incident closed |
                | Mon 09:30 | Mon 05:30 | Call with the bank about their certificate notices |
                """);
        assertPhases(i, "STARTED", "2026-08-13T20:00:00Z", "DETECTED", "2026-08-14T02:52:00Z", "CLOSED", "2026-08-14T06:05:00Z");
        assertThat(i.timeline().get(5).at()).contains(java.time.Instant.parse("2026-08-17T05:30:00Z"));
    }

    @Test
    void aBlockOfKeyTimestampsAboveTheTimelineStartsOnTheSameDay() {
        Incident i = only("sso.md", """
                # SSO sign-in failures after certificate rotation
                **Date:** 2026-04-22 · **Severity:** Critical

                ## Key timestamps (US Eastern, EDT)

                | What | When (ET) |
                |---|---|
                | Impact start | 02:00 (scheduled cert rotation) |
                | First report | 07:12 |
                | Closed | 09:30 |

                ## Timeline (ET)

                | Time (ET) | What happened |
                |---|---|
                | 02:00 | cert-rotator rotates the signing cert on schedule |
                | 07:12 | A customer opens a P1 ticket: none of their staff can sign in |
                | 07:58 | Root cause: rotation dropped the old cert from metadata |
                | 09:10 | SSO success rate at baseline for all tenants for 20 min |
                | 09:30 | Incident closed |
                """);
        assertThat(i.timeline()).allMatch(e -> e.at().isPresent()
                && e.at().get().atZone(java.time.ZoneId.of("America/New_York")).toLocalDate().equals(java.time.LocalDate.of(2026, 4, 22)));
        assertPhases(i, "IDENTIFIED", "2026-04-22T11:58:00Z", "RESOLVED", "2026-04-22T13:10:00Z");
    }

    @Test
    void aWeekdayBeforeAMonthAndDayKeepsThatDay() {
        Incident i = only("pg.md", """
                # pg-main-1 ran out of disk
                **Date:** Tuesday, April 7, 2026

                ## Timeline

                Times below are Eastern (EDT, UTC-4).

                    Thu Apr 2, 4:10pm  analytics switches off the connector; its slot stays behind
                    11:50am  pg-main-1 data volume passes 80%, warning to a muted channel
                    1:39pm   I get paged, PostgresPrimaryDown
                    1:40pm   ack
                """);
        assertThat(i.timeline().get(0).at()).contains(java.time.Instant.parse("2026-04-02T20:10:00Z"));
        assertPhases(i, "DETECTED", "2026-04-07T17:39:00Z", "ACKNOWLEDGED", "2026-04-07T17:40:00Z");
    }

    @Test
    void theWritersOwnNumbersUnderTheTimelineAreNoEvents() {
        Incident i = only("checkout.md", """
                # Checkout failures during processor slowdown
                Date: 2026-03-19

                ## Key moments (Pacific time, PDT)
                - 11:02 AM — Checkout error rate passes 5% and pages the payments on-call.
                - 12:10 PM — Card traffic switched over to Paylane. Failures drop from 29% to about 2%.
                - 12:54 PM — Checkout success rate back to normal across all payment methods.
                - 1:20 PM — Incident closed.

                **Numbers:** TTD 14 min · TTR 1 h 52 min (11:02 AM to 12:54 PM) · 18,400 failed checkouts
                """);
        assertThat(i.timeline()).hasSize(4);
        assertPhases(i, "DETECTED", "2026-03-19T18:02:00Z", "RESOLVED", "2026-03-19T19:54:00Z");
    }

    @Test
    void aUtcColumnBesideTheLocalClockStartsOnTheUtcDayOfTheLocalDate() {
        Incident i = only("card-auth.md", """
                # Card payments failing after acquirer certificate rotation
                # Date: 2026-09-05

                ## Timeline

                | Santiago | UTC | Event |
                |----------|-----|-------|
                | Sat 23:30 (UTC−4) | 03:30 | Acquirer rotates the TLS certificate on its endpoint |
                | 23:38 (UTC−4) | 03:38 | `pagos-aprobacion-baja` (approval < 80% for 5 min) pages on-call |
                | Sun 01:05 (UTC−3) | 04:05 | Incident closed |
                """);
        assertPhases(i, "STARTED", "2026-09-06T03:30:00Z", "DETECTED", "2026-09-06T03:38:00Z", "CLOSED", "2026-09-06T04:05:00Z");
    }

    @Test
    void headersAndDaysWrittenInSpanishWithHyphens() {
        Incident i = only("bqu.md", """
                # Incident review: BQU cash-pickup payouts rejected after egress NAT change

                **Fecha:** 14-ago-2026 · **Severidad:** Major · **Team:** Payouts

                ## Timeline
                Todas las horas en hora de Guatemala (UTC-6).

                - **12-ago 5:30 p.m.** — step 1: new NAT gateway added to the egress pool
                - **14-ago 8:55 a.m.** — step 2: old gateway drained. All egress now from the new IPs
                - **9:20 a.m.** — BQU agent calls support: customer cannot collect a remittance
                - **9:34 a.m.** — Support pages Payouts on-call
                """);
        assertThat(i.date()).contains(java.time.LocalDate.of(2026, 8, 14));
        assertThat(i.severity()).contains(Severity.SEV2);
        assertThat(i.timeline().get(0).at()).contains(java.time.Instant.parse("2026-08-12T23:30:00Z"));
        assertPhases(i, "STARTED", "2026-08-14T14:55:00Z", "DETECTED", "2026-08-14T15:20:00Z");
    }

    @Test
    void spokenTimesInATimeline() {
        Incident i = only("slots.md", """
                # Christmas delivery slots overbooked
                Date: 2026-12-19 · Severity: P2

                ## Timeline (London time)

                - half past eight in the morning - Christmas week delivery slots opened for booking
                - 9:15 - Reading store manager rang Customer Care: 120 orders in a window that can take 12
                - just after 9.30 - Mo (planning lead) picked it up
                - about 4 in the afternoon - All 214 customers rebooked or refunded
                - half four - Incident closed
                """);
        assertPhases(i, "STARTED", "2026-12-19T08:30:00Z", "DETECTED", "2026-12-19T09:15:00Z", "CLOSED", "2026-12-19T16:30:00Z");
    }

    @Test
    void aScribesTableWhoseEventColumnHasNoHeading() {
        Incident i = only("redis.md", """
                # Postmortem: session Redis evictions logged customers out
                Date: 2026-04-28 · Severity: SEV2

                ## Timeline
                All times UTC. Scribe log from the bridge.

                | When | Who | |
                |---|---|---|
                | 11:20 | — | sessions-redis hits maxmemory, `evicted_keys` starts climbing. There's no alarm on evictions |
                | 11:52 | LIAISON | Support escalates to web on-call: 30+ logout complaints in 20 min |
                | 11:58 | OPS | Femi acked the escalation |
                | 13:20 | IC | Closing the incident |
                """);
        assertThat(i.timeline().get(1).text()).startsWith("Support escalates");
        assertPhases(i, "DETECTED", "2026-04-28T11:52:00Z", "ACKNOWLEDGED", "2026-04-28T11:58:00Z", "CLOSED", "2026-04-28T13:20:00Z");
    }

    @Test
    void anExportWithEventsAndMilestonesReadsBothAndItsPostmortemSections() {
        Incident i = only("fh-1187.json", """
                {"name": "CoreDNS SERVFAIL for cluster names", "severity": "SEV2", "started_at": "2026-09-09T14:02:00Z",
                 "events": [
                   {"type": "note", "occurred_at": "2026-09-09T14:02:00.000Z", "data": {"text": "(backdated) First SERVFAIL spikes in coredns metrics"}},
                   {"type": "alert", "occurred_at": "2026-09-09T14:09:31.000Z", "data": {"text": "PagerDuty: api-gateway SLO fast burn - triggered"}},
                   {"type": "note", "occurred_at": "2026-09-14T10:55:00.000Z", "data": {"text": "Retrospective published"}}],
                 "milestones": [
                   {"type": "started", "occurred_at": "2026-09-09T14:02:00.000Z"},
                   {"type": "detected", "occurred_at": "2026-09-09T14:09:31.000Z"},
                   {"type": "mitigated", "occurred_at": "2026-09-09T15:06:00.000Z"},
                   {"type": "resolved", "occurred_at": "2026-09-09T15:40:00.000Z"},
                   {"type": "closed", "occurred_at": "2026-09-14T11:02:00.000Z"}],
                 "postmortem": {"sections": {"contributingFactors": ["No canary for the Corefile", "Alert on gateway errors only"]}}}
                """);
        assertPhases(i, "STARTED", "2026-09-09T14:02:00Z", "DETECTED", "2026-09-09T14:09:31Z", "MITIGATED", "2026-09-09T15:06:00Z",
                "RESOLVED", "2026-09-09T15:40:00Z");
        assertThat(i.contributingFactors()).hasSize(2);
    }

    @Test
    void aStatusPageExportWhosePostmortemIsMarkdownInsideIt() {
        Incident i = only("statuspage.json", """
                {"id": "x9k2f7w1q3lz", "name": "Login failures and API errors", "impact": "critical", "status": "postmortem",
                 "created_at": "2026-11-20T15:56:10.000-08:00", "started_at": "2026-11-20T15:45:00.000-08:00",
                 "components": [{"id": "c1", "name": "Web App", "created_at": "2021-03-01T09:12:44.000-08:00", "start_date": "2021-03-01",
                                 "description": "The web application"}],
                 "incident_updates": [
                   {"status": "resolved", "body": "This incident has been resolved.", "created_at": "2026-11-20T17:05:48.220-08:00"},
                   {"status": "investigating", "body": "We are investigating login failures.", "created_at": "2026-11-20T15:56:10.000-08:00"}],
                 "postmortem_body": "**Summary**\\n\\nOn Friday, November 20, most users could not log in.\\n\\n**Timeline (all times PST)**\\n\\n- 3:45 PM - An update to our WAF rules is deployed.\\n- 3:51 PM - Our login success rate alert pages the on-call engineer.\\n- 3:53 PM - The on-call engineer acknowledges the page and starts investigating.\\n- 4:26 PM - The new WAF rule is identified as the cause.\\n- 4:31 PM - The WAF rule is disabled. Login success rate recovers to 92%.\\n- 5:05 PM - Login success and API error rates are back to normal in all regions. Incident resolved.\\n\\n**Root cause**\\n\\nThe WAF rule matched a header our login flow sends.\\n\\n**Action items**\\n\\n- Test WAF rules against recorded login traffic (done)\\n- Alert on 403 rate per route\\n"}
                """);
        assertThat(i.date()).contains(java.time.LocalDate.of(2026, 11, 20));
        assertThat(i.severity()).contains(Severity.SEV1);
        assertPhases(i, "STARTED", "2026-11-20T23:45:00Z", "DETECTED", "2026-11-20T23:51:00Z", "ACKNOWLEDGED", "2026-11-20T23:53:00Z",
                "IDENTIFIED", "2026-11-21T00:26:00Z", "MITIGATED", "2026-11-21T00:31:00Z", "RESOLVED", "2026-11-21T01:05:00Z");
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("WAF rule"));
        assertThat(i.actionItems()).hasSize(2);
    }

    @Test
    void aWordProcessorsExportWithABoldTimelineLabelAndTheHeaderRowInTheTable() {
        Incident i = only("transcode.md", """
                **VIDEO PLATFORM — POST-INCIDENT REVIEW**

                **Date:** 2026-06-16
                **Priority:** P3

                **Summary**

                A wave of spot reclaims took out most of the transcode fleet.

                **Timeline** (all times Pacific, PDT)

                | | |
                |---|---|
                | **Time** | **What happened** |
                | June 16, 7:30 a.m. | AWS starts reclaiming c6i spot instances in us-west-2 |
                | 8:40 a.m. | Creator Support posts in #media-infra: creators say videos stuck on Processing |
                | 8:49 a.m. | Luis (on-call) acknowledges |

                **Root cause**

                A cost change capped the group at 40 instances.
                """);
        assertPhases(i, "STARTED", "2026-06-16T14:30:00Z", "DETECTED", "2026-06-16T15:40:00Z", "ACKNOWLEDGED", "2026-06-16T15:49:00Z");
    }

    @Test
    void aDateWrittenTheEastAsianWayAndACellWithTheOtherClockInBrackets() {
        Incident i = only("receipts.md", """
                # Postmortem: iOS purchases stuck in PENDING_VERIFY
                **Date:** 2026年7月8日 · **Severity:** SEV2

                ## Timeline (KST)
                | Time | Event |
                |------|-------|
                | 13:30 | billing-verifier v2.14.0 rolled out to prod |
                | 14:05 (05:05 UTC) | Player Support forwards 11 "paid but no gems" tickets to #billing-oncall |
                | 14:09 | Kim (billing on-call) picks it up and starts looking |
                """);
        assertThat(i.date()).contains(java.time.LocalDate.of(2026, 7, 8));
        assertPhases(i, "STARTED", "2026-07-08T04:30:00Z", "DETECTED", "2026-07-08T05:05:00Z", "ACKNOWLEDGED", "2026-07-08T05:09:00Z");
    }

    @Test
    void aPagerDutyNotesWordsAreInItsChannelNotItsSummary() {
        Incident i = only("pd.json", """
                {"incident": {"id": "Q1R7XK2", "title": "Checkout carts lost", "urgency": "high", "created_at": "2026-03-19T14:07:00Z"},
                 "log_entries": [
                   {"type": "trigger_log_entry", "summary": "Triggered through the API.", "created_at": "2026-03-19T14:07:00Z"},
                   {"type": "acknowledge_log_entry", "summary": "Acknowledged by Amara Okafor.", "created_at": "2026-03-19T14:13:00Z"},
                   {"type": "annotate_log_entry", "summary": "Note added", "created_at": "2026-03-19T14:41:00Z",
                    "channel": {"type": "note", "summary": "Root cause found: the smaller Redis node evicts live sessions"}},
                   {"type": "resolve_log_entry", "summary": "Resolved by Ruth Adeyemi.", "created_at": "2026-03-19T15:33:00Z"}]}
                """);
        assertThat(i.timeline()).anyMatch(e -> e.text().contains("evicts live sessions"));
        assertPhases(i, "DETECTED", "2026-03-19T14:07:00Z", "ACKNOWLEDGED", "2026-03-19T14:13:00Z", "IDENTIFIED", "2026-03-19T14:41:00Z");
    }

    @Test
    void aTimelineAndActionItemsKeptInTheFrontMatter() {
        Incident i = only("pay-014.md", """
                ---
                id: PAY-2026-014
                title: Webhook retry storm saturates payments-gateway workers
                date: 2026-04-22
                severity: SEV2
                timeline:
                  - time: "2026-04-22T13:05:00Z"
                    event: webhook-dispatcher 2.31.0 rolled out to prod
                  - time: "2026-04-22T13:34:00Z"
                    event: PagerDuty "payments-gateway worker saturation > 90% for 5m" pages payments primary
                  - time: "2026-04-22T13:37:00Z"
                    event: Tomás acks, starts looking at gateway pods
                  - "14:55 — Incident closed"
                actions:
                  - action: Validate duration strings in the config loader
                    owner: tomas
                    due: 2026-05-06
                    status: done
                  - action: Alert on webhook retry rate
                    owner: nadia
                    status: open
                ---
                # Webhook retry storm

                The dispatcher read a `30s` backoff as 0 ms and retried failed webhooks in a tight loop.
                """);
        assertPhases(i, "STARTED", "2026-04-22T13:05:00Z", "DETECTED", "2026-04-22T13:34:00Z", "ACKNOWLEDGED", "2026-04-22T13:37:00Z",
                "CLOSED", "2026-04-22T14:55:00Z");
        assertThat(i.actionItems()).hasSize(2);
        assertThat(i.actionItems().get(0).dueDate()).contains(java.time.LocalDate.of(2026, 5, 6));
        assertThat(i.actionItems().get(0).isDone()).isTrue();
    }

    @Test
    void aSlackPostSavedAsMarkdown() {
        Incident i = only("recap.md", """
                :rotating_light: *INCIDENT RECAP: 3DS challenge timeouts* :rotating_light:

                *Date:* Thu Mar 5, 2026
                *Severity:* SEV2

                *Summary*
                A config change cut the 3DS2 challenge timeout from 30s to 5s.

                *Timeline* (all times ET)
                • 1:52p: @priya.n changes `threeds.challenge_timeout` from 30 to 5 in config service
                • 2:19p: PD `checkout-card-decline-rate > 8% for 10m` pages @dana.k
                • 2:21p: Dana acks, starts digging
                • 3:55p: incident closed

                *Root cause*
                The 5s is the shopper-facing challenge window, not the network timeout.
                """);
        assertPhases(i, "STARTED", "2026-03-05T18:52:00Z", "DETECTED", "2026-03-05T19:19:00Z", "ACKNOWLEDGED", "2026-03-05T19:21:00Z",
                "CLOSED", "2026-03-05T20:55:00Z");
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("challenge window"));
    }

    @Test
    void aTimelineWithOneColumnPerTeamReadsEachTeamsCell() {
        Incident i = only("billing.md", """
                # Postmortem: customers charged twice in the invoice run
                Date: 2026-09-01 · Severity: P2

                ## Timeline (UTC)

                | Time | Billing | Finance Ops | Support |
                |---|---|---|---|
                | 06:00 | Monthly invoice run starts on the new scheduler |  |  |
                | 07:12 |  |  | First customer ticket: charged twice for September |
                | 07:20 | On-call engineer acknowledges and starts looking |  |  |
                | 07:41 | Invoice run paused; no new duplicate charges | Finance Ops starts listing duplicate charges |  |
                | 10:30 |  | Refunds for all 1,412 duplicates confirmed by the processor | Macro reply sent to every affected customer |
                | 10:45 | Incident closed |  |  |
                """);
        assertThat(i.timeline()).hasSizeGreaterThanOrEqualTo(8);
        assertPhases(i, "STARTED", "2026-09-01T06:00:00Z", "DETECTED", "2026-09-01T07:12:00Z", "ACKNOWLEDGED", "2026-09-01T07:20:00Z",
                "MITIGATED", "2026-09-01T07:41:00Z", "CLOSED", "2026-09-01T10:45:00Z");
    }

    @Test
    void aTimelineWrittenInFrenchWithItsActionTableHeadedInFrench() {
        Incident i = only("bornes.md", """
                # Postmortem : étiquettes vides aux bornes

                **Date :** 03/12/2026
                **Gravité / Severity :** SEV2

                ## Résumé

                Le jeudi 3 décembre 2026, tôt le matin, un nouveau profil d'imprimante a fait imprimer des étiquettes vides.

                ## Chronologie (heure de l'Est, HNE = UTC−5)

                | Heure | Événement |
                |---|---|
                | 04:50 | Déploiement du profil d'imprimante v7 sur les 38 bornes |
                | 05:32 | Chef d'équipe comptoir appelle le centre de soutien : « les bornes impriment des étiquettes blanches » |
                | 05:40 | Technicien de garde (Luc) prend l'appel et commence le diagnostic |
                | 05:55 | Incident déclaré SEV2, Mathieu commandant d'incident |
                | 06:10 | Redémarrage de 3 bornes à l'essai — aucun effet, toujours vides |
                | 06:25 | Cause trouvée : le profil v7 règle l'imprimante pour du papier thermique direct |
                | 06:30 | Retour arrière vers le profil v6 lancé, borne par borne |
                | 07:50 | Incident clos |

                ## Actions correctives

                | Action | Responsable | Échéance | Statut |
                |---|---|---|---|
                | Inventaire du type de papier par aéroport | Luc Tremblay | 2026-12-18 | Terminé |
                | Déploiement par vagues avec une borne pilote | Mathieu Bélanger | 2027-01-15 | En cours |
                | Test d'impression automatique après tout changement | Sophie Nguyen | 2027-01-29 | À faire |
                """);
        assertPhases(i, "DETECTED", "2026-12-03T10:32:00Z", "ACKNOWLEDGED", "2026-12-03T10:40:00Z", "DECLARED", "2026-12-03T10:55:00Z",
                "IDENTIFIED", "2026-12-03T11:25:00Z", "ROLLBACK_STARTED", "2026-12-03T11:30:00Z", "CLOSED", "2026-12-03T12:50:00Z");
        assertThat(i.actionItems()).extracting(a -> a.status().map(io.hindsight.model.ActionStatus::label).orElse(""))
                .containsExactly("done", "in_progress", "open");
        assertThat(i.actionItems().get(0).owner()).hasValue("Luc Tremblay");
    }

    @Test
    void anItalianDateHeaderDatesATimelineOfDayAndMonthRows() {
        Incident i = only("sdi.md", """
                # Postmortem: Fatture bloccate verso SDI

                **Data:** 24/11/2026
                **Severity:** P2

                ## Timeline (CET)

                | Ora (CET) | Evento |
                |---|---|
                | 20/11 16:30 | Log level set to DEBUG to investigate one customer's problem. Not reverted after |
                | 24/11 09:12 | Disk of rabbitmq-02 full, RabbitMQ blocks all publishers |
                | 09:40 | First ticket from a customer: 40 invoices not sent to SDI since the morning |
                | 12:00 | Incidente chiuso, banner removed |
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 11, 24));
        assertPhases(i, "STARTED", "2026-11-24T08:12:00Z", "DETECTED", "2026-11-24T08:40:00Z", "CLOSED", "2026-11-24T11:00:00Z");
    }

    @Test
    void aLocalColumnCarryingTheDatesBesideAUtcColumnWithout() {
        Incident i = only("crew.md", """
                # Postmortem: Crew pairing feed stalled
                # Date: 2026-10-07

                ## Timeline (NDT)

                | Time (NDT) | UTC | Event |
                |---|---|---|
                | Oct 2, 16:04 | 18:34 | Vendor change notice lands in the shared mailbox; not picked up |
                | 09:15 | 11:45 | Vendor rotates the certificate on the SFTP endpoint |
                | 10:52 | 13:22 | Scheduler notices missing swaps and calls the Ops Systems line |
                | 11:05 | 13:35 | On-call picks up the ticket and starts looking |
                | 13:40 | 16:10 | Incident closed |
                """);
        assertPhases(i, "STARTED", "2026-10-07T11:45:00Z", "DETECTED", "2026-10-07T13:22:00Z", "ACKNOWLEDGED", "2026-10-07T13:35:00Z",
                "CLOSED", "2026-10-07T16:10:00Z");
    }

    @Test
    void aSpreadsheetExportedAsJsonWithASummarySheetOfFieldsAndATimelineSheet() {
        Incident i = only("workbook.json", """
                {
                  "Summary": [
                    {"Field": "Incident", "Value": "LS-2611 Renditions missing during the live match"},
                    {"Field": "Date", "Value": "2026-11-21"},
                    {"Field": "Severity", "Value": "Sev 2"}
                  ],
                  "Timeline": [
                    {"Time (UTC)": "23:18", "What happened": "Spot interruption notices on 14 of 40 transcoder instances", "Who / source": "EventBridge"},
                    {"Time (UTC)": "23:46", "What happened": "Alert: rendition staleness > 45s. PagerDuty page to MediaOps on-call", "Who / source": "PagerDuty"},
                    {"Time (UTC)": "23:49", "What happened": "Sam acks, joins #live-ops", "Who / source": "PagerDuty"},
                    {"Time (UTC)": "00:09", "What happened": "1080p dropped. Segments fresh again, rebuffering 9% -> 2.5%", "Who / source": "Mux"},
                    {"Time (UTC)": "01:15", "What happened": "Incident closed by Liv", "Who / source": "Slack"}
                  ],
                  "Contributing factors": [
                    {"#": 1, "Contributing factor": "The transcode group was all spot capacity of one instance family"},
                    {"#": 2, "Contributing factor": "No capacity check before kick-off"}
                  ]
                }
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 11, 21));
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertThat(i.contributingFactors()).hasSize(2);
        assertPhases(i, "STARTED", "2026-11-21T23:18:00Z", "DETECTED", "2026-11-21T23:46:00Z", "ACKNOWLEDGED", "2026-11-21T23:49:00Z",
                "MITIGATED", "2026-11-22T00:09:00Z", "CLOSED", "2026-11-22T01:15:00Z");
    }

    @Test
    void anAuditLogKeepsEachEntrysWordsInAnObjectNamedForItsKind() {
        Incident i = only("event-log.json", """
                {
                  "title": "EDI outbound queue stuck",
                  "severity": "SEV3",
                  "auditLog": {"data": [
                    {"type": "EVENT_CREATED", "at": "2026-07-08T02:31:07.412+0000", "event": {"comment": "Zabbix problem raised the event, primary on-call notified"}},
                    {"type": "RESPONSE_RECEIVED", "at": "2026-07-08T02:49:51.337+0000", "response": {"text": "Acknowledge", "device": "Voice Phone"}},
                    {"type": "EVENT_ANNOTATED", "at": "2026-07-08T03:02:18.905+0000", "annotation": {"comment": "Root cause found: the purge cron is not on the rebuilt server"}},
                    {"type": "EVENT_TERMINATED", "at": "2026-07-08T04:30:55.102+0000", "annotation": {"comment": "Incident closed"}}
                  ]}
                }
                """);
        assertPhases(i, "DETECTED", "2026-07-08T02:31:07Z", "ACKNOWLEDGED", "2026-07-08T02:49:51Z", "IDENTIFIED", "2026-07-08T03:02:18Z",
                "CLOSED", "2026-07-08T04:30:55Z");
    }

    @Test
    void aToolsCustomPrefixedFieldsAndNotesTimedByTheirCreationDate() {
        Incident i = only("snow.json", """
                {"result": {
                  "number": "INC0048213",
                  "short_description": "Remote users unable to connect to the VPN gateway",
                  "priority": "1 - Critical",
                  "u_root_cause": "A defect in the gateway release does not age out roaming tunnels' sessions.",
                  "u_contributing_factors": "1. Both gateways upgraded in one window.\\n2. A weekend window hid the leak.\\n3. No alert on the session table.",
                  "u_problem_tasks": [
                    {"number": "PTASK0012001", "short_description": "Session-table utilisation alert", "state": "Closed Complete"},
                    {"number": "PTASK0012002", "short_description": "Stagger gateway upgrades", "state": "Open"}
                  ],
                  "incident_notes": [
                    {"note": "Users report the gateway is not responding; support escalates to network on-call", "creation_date": "2026-01-19T07:22:00Z"},
                    {"note": "Network on-call acknowledges and starts looking", "creation_date": "2026-01-19T07:34:00Z"},
                    {"note": "Incident closed", "creation_date": "2026-01-19T11:06:00Z"}
                  ]
                }}
                """);
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("roaming"));
        assertThat(i.contributingFactors()).hasSize(3);
        assertThat(i.actionItems()).hasSize(2);
        assertThat(i.actionItems().get(0).isDone()).isTrue();
        assertPhases(i, "ACKNOWLEDGED", "2026-01-19T07:34:00Z", "CLOSED", "2026-01-19T11:06:00Z");
    }

    @Test
    void anIssueExportWithItsTimelineInAComment() {
        Incident i = only("issue-311.md", """
                # Incident 311: internal DNS failures after a CoreDNS forwarder change

                Incident #311 · **Closed** · created 2026-03-17 by Tomás Rivera
                Severity: **Critical - S1**

                ## Summary

                A Corefile change pointed CoreDNS at resolver endpoints prod-eu could not reach.

                Timeline is in the comment below.

                ## Action items

                - [x] Add prod-eu CIDRs to the resolver security group @akim
                - [ ] Canary CoreDNS changes @trivera

                ### Comment by trivera — 2026-03-17 16:45

                Timeline (UTC), pieced together from #inc-311 and PagerDuty:

                | time | what |
                |---|---|
                | 13:52 | MR !4821 merged, ArgoCD auto-sync picks it up |
                | 14:14 | `KubeDNSErrorsHigh` fires, pages platform on-call |
                | 14:16 | I ack the page |
                | 14:47 | revert MR !4830 merged, ArgoCD sync |
                | 15:50 | incident closed by @hbeck |

                ### Comment by hbeck — 2026-03-18 09:05

                Thanks. **Timeline (BST)**, kept for the record: see above.
                """);
        assertPhases(i, "STARTED", "2026-03-17T13:52:00Z", "DETECTED", "2026-03-17T14:14:00Z", "ACKNOWLEDGED", "2026-03-17T14:16:00Z",
                "CLOSED", "2026-03-17T15:50:00Z");
        assertThat(i.actionItems()).hasSize(2);
    }

    @Test
    void aTimelinePastedFromASpreadsheetIntoACodeBlock() {
        Incident i = only("invoice-run.md", """
                # Postmortem: Monthly invoice run read from a lagging replica

                **Date:** 2026-08-30
                **Severity:** SEV3

                ## Timeline (UTC)

                Exported from the incident sheet. The run crosses midnight: everything from 00:04 on is 31 Aug.

                ```
                time\tsource\tevent
                22:40:05\tpg_stat_activity\tfinance quarter-end export starts on billing-replica-2
                23:52:10\tpagerduty\tInvoiceTotalsMismatch: 37 invoices failed the totals check, paged billing on-call
                23:55:45\tpagerduty\tacked by Marta
                00:04:00\tmarta\tpaused invoice-run. no more invoices going out
                03:20:00\tmarta\tincident closed
                ```
                """);
        assertPhases(i, "STARTED", "2026-08-30T22:40:05Z", "DETECTED", "2026-08-30T23:52:10Z", "ACKNOWLEDGED", "2026-08-30T23:55:45Z",
                "MITIGATED", "2026-08-31T00:04:00Z", "CLOSED", "2026-08-31T03:20:00Z");
        assertThat(i.timeline().get(0).source()).hasValue("pg_stat_activity");
    }

    @Test
    void aTaskListKeptInAnObjectWithItsCounts() {
        Incident i = only("grafana.json", """
                {"incident": {
                  "title": "Metrics ingestion rejected for prod",
                  "severity": "major",
                  "createdTime": "2026-05-19T08:52:00Z",
                  "taskList": {"tasks": [
                    {"text": "Per-service active-series alert", "status": "done"},
                    {"text": "Relabel rules reviewed for high-cardinality labels", "status": "todo"},
                    {"text": "Runbook for raising series limits", "status": "todo"}
                  ], "todoCount": 2, "doneCount": 1}
                }}
                """);
        assertThat(i.actionItems()).hasSize(3);
        assertThat(i.actionItems().stream().filter(a -> a.isDone()).count()).isEqualTo(1);
    }

    @Test
    void dayRowsInATableAndDayLinesBetweenListsDateTheRowsUnderThem() {
        Incident table = only("session.md", """
                # Postmortem: session leak
                **Date:** 2026-09-21
                **Severity:** SEV2

                ## Timeline (UTC)

                | Time | Event | Source |
                |------|-------|--------|
                | **Mon 21 Sep** | | |
                | 08:30 | v3.4.0 rollout complete | ArgoCD |
                | 17:45 | `SessionSvcErrorRate` > 2% for 5 min, pages identity on-call | PagerDuty |
                | **Wed 23 Sep** | | |
                | 14:00 | v3.4.1 canary at 10%; memory flat | ArgoCD |
                | **Fri 25 Sep** | | |
                | 15:00 | Incident closed | bot |
                """);
        assertPhases(table, "STARTED", "2026-09-21T08:30:00Z", "DETECTED", "2026-09-21T17:45:00Z", "CLOSED", "2026-09-25T15:00:00Z");
        Incident lists = only("mail.md", """
                # Postmortem: OTP mail deferred by Outlook
                **Date:** 2026-01-12
                **Severity:** P2

                ## Timeline (UTC)

                Day 0 (Sun 11 Jan)
                - 12:30 Campaign starts from mta-pool-b to 1.9M old recipients
                - 18:00 Pool-b send finishes

                Day 1 (Mon 12 Jan)
                - 04:10 Support escalates a spike in "OTP not received" tickets
                - 04:25 Karthik (messaging on-call) picks up the escalation

                Day 3 (Wed 14 Jan)
                - 09:00 Incident closed
                """);
        assertPhases(lists, "STARTED", "2026-01-11T12:30:00Z", "DETECTED", "2026-01-12T04:10:00Z", "ACKNOWLEDGED", "2026-01-12T04:25:00Z",
                "CLOSED", "2026-01-14T09:00:00Z");
    }

    @Test
    void aRegulatorsReportWithItsPropertiesTableUnderItsTitleBlock() {
        Incident i = only("ib.md", """
                # Root Cause and Impact Analysis Report

                ## Internet Banking Login Failures — 3 July 2026

                | Field | Details |
                |---|---|
                | Incident ID | TRO-IR-2026-0072 |
                | Incident date | 3 July 2026 |
                | Severity | Severity 1 |

                ## 1. Background

                1.1 This report is submitted as the root cause and impact analysis for the incident notified on 3 July 2026.

                ## 2. Chronology of Events (SGT)

                | Date/Time | Description | Actor |
                |---|---|---|
                | 3 July 2026 09:12 | Firewall rule update applied | Network |
                | 3 July 2026 09:20 | Monitoring alert pages the on-call engineer | NOC |
                | 3 July 2026 11:40 | Incident closed | Incident Manager |
                """);
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 7, 3));
        assertPhases(i, "STARTED", "2026-07-03T01:12:00Z", "DETECTED", "2026-07-03T01:20:00Z");
    }

    @Test
    void aBotsArchiveLineWithItsOwnNamesForPhasesACompactLogAndATodoList() {
        FilePipeline.Result r = pipeline.run("queuebot.jsonl", """
                {"id": "q-11", "date": "2026-03-10", "title": "RabbitMQ split-brain", "sev": 2, "went_bad_at": 1773108845, "first_page": 1773112032, "acked_at": 1773112240, "all_clear": 1773118920, "closed_at": 1773119700, "log": [{"t": 1773108845, "msg": "rmq-2 loses link to rmq-1/rmq-3 during the switch firmware upgrade"}, {"t": 1773112032, "msg": "PAGE RabbitMQQueueMessagesUnacked > 50k -> platform-oncall"}, {"t": 1773119700, "msg": "closed"}], "root_cause": "A link loss split the cluster.", "todo": [{"what": "switch to pause_minority", "who": "j.l", "done": true}, {"what": "alert on partitions", "who": "s.b", "done": false}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rejected()).isEmpty();
        Incident i = r.parsed().get(0).incident();
        assertPhases(i, "STARTED", "2026-03-10T02:14:05Z", "DETECTED", "2026-03-10T03:07:12Z", "RESOLVED", "2026-03-10T05:02:00Z");
        assertThat(i.actionItems()).hasSize(2);
        assertThat(i.actionItems().get(0).isDone()).isTrue();
    }

    @Test
    void exportsWithTuplesEpochMillisecondsAReviewObjectAndATimelineKeyedByTime() {
        Incident tuples = only("dns.json", """
                {"incidentId": "NET-2291", "title": "Internal DNS SERVFAIL", "sev": "P1",
                 "timeline": [["2026-02-03T13:58:00-05:00", "terraform apply edge-dns: forwarders updated"],
                              ["2026-02-03T14:11:00-05:00", "ResolverServfailHigh fires, pages the network on-call"],
                              ["2026-02-03T16:10:00-05:00", "incident closed"]],
                 "postmortem": {"rootCause": "Forwarders pointed at retired resolvers."}}
                """);
        assertPhases(tuples, "STARTED", "2026-02-03T18:58:00Z", "DETECTED", "2026-02-03T19:11:00Z", "CLOSED", "2026-02-03T21:10:00Z");
        Incident millis = only("mobile.json", """
                {"key": "MAPI-118", "name": "Push registration 429s", "priority": "P2", "dateOfIncident": "2026-04-22",
                 "events": [{"tsMs": 1776866400000, "type": "change", "body": "rate-limit plugin switched to per-IP"},
                            {"tsMs": 1776868260087, "type": "alert", "body": "PushRegistrationErrorRate > 5%, paged mobile-api on-call"}],
                 "review": {"rootCause": "The limiter key changed to client IP.", "contributingFactors": ["no load test", "no canary"]}}
                """);
        assertThat(millis.date()).hasValue(java.time.LocalDate.of(2026, 4, 22));
        assertThat(millis.contributingFactors()).hasSize(2);
        assertPhases(millis, "STARTED", "2026-04-22T14:00:00Z");
        Incident keyed = only("billing.json", """
                {"postmortem": {"title": "Duplicate card charges", "priority": "P2", "incident_date": "2026-09-21",
                  "chronology": {"2026-09-21T04:00:00Z": "monthly invoice run starts",
                                 "2026-09-21T07:42:00Z": "first customer tickets: charged twice",
                                 "2026-09-21T14:30:00Z": "incident closed"},
                  "root_cause": "The resume path regenerates the idempotency key."}}
                """);
        assertPhases(keyed, "STARTED", "2026-09-21T04:00:00Z", "DETECTED", "2026-09-21T07:42:00Z", "CLOSED", "2026-09-21T14:30:00Z");
    }

    @Test
    void aBugCellWithATickMarkBetweenTheTicketAndItsState() {
        Incident i = only("loki.md", """
                # Postmortem: Loki ingesters OOM after a chart bump
                **Date:** 2026-02-10
                **Severity:** P2

                ## Root Causes

                A chart bump changed the ingesters' chunk defaults and doubled their memory.

                ## Action Items

                | Action Item | Type | Owner | Bug |
                |-------------|------|-------|-----|
                | Pin memory-relevant defaults in our values | prevent | priya | OBS-812 ✅ done |
                | Turn off auto-sync for the logging stack | prevent | kenji | OBS-813 ✅ done |
                | Alert on ingester working-set memory | detect | priya | OBS-814 in progress |
                """);
        assertThat(i.actionItems()).hasSize(3);
        assertThat(i.actionItems().stream().filter(a -> a.isDone()).count()).isEqualTo(2);
    }

    @Test
    void aWikiIncidentRecordKeptAsOneTwoColumnTable() {
        Incident i = only("record.md", """
                # INC-2026-031 — Merchant webhooks delayed

                | Field | Value |
                |---|---|
                | Incident ID | INC-2026-031 |
                | Date | 2026-03-18 |
                | Severity | SEV2 |
                | Timeline (UTC) | 09:02 dispatcher v2.14.0 deployed<br>09:41 WebhookDeliveryLatencyHigh pages payments on-call<br>09:44 Ana acks and opens the dashboards<br>11:40 incident closed |
                | Root cause | The change treated max.poll.records as a throughput knob. |
                | Contributing factors | • Reviewed as tuning, never load-tested<br>• The lag alert threshold was set for a third of today's traffic |
                """);
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertThat(i.contributingFactors()).hasSize(2);
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("throughput knob"));
        assertPhases(i, "STARTED", "2026-03-18T09:02:00Z", "DETECTED", "2026-03-18T09:41:00Z", "ACKNOWLEDGED", "2026-03-18T09:44:00Z",
                "CLOSED", "2026-03-18T11:40:00Z");
        Incident semis = only("record2.md", """
                # Incident record: carts emptied

                | Property | Details |
                |---|---|
                | Date | 2026-11-27 |
                | Severity | Sev 1 |
                | Timeline (UTC) | 13:45 CDN rule deployed; 14:03 checkout alert pages the on-call; 15:35 incident closed |
                | Root cause | The new rule stripped the cart cookie. |
                """);
        assertPhases(semis, "STARTED", "2026-11-27T13:45:00Z", "DETECTED", "2026-11-27T14:03:00Z", "CLOSED", "2026-11-27T15:35:00Z");
    }

    @Test
    void aSpanishReportWithItsZoneInANoteBoxAndWeekdayDateLines() {
        Incident i = only("rapanui.md", """
                # Vouchers no sincronizados en las tablets de Rapa Nui

                **Fecha:** 21/07/2026
                **Severidad:** SEV3

                > Todas las horas en hora de Isla de Pascua (EAST, UTC-6 en julio).

                ## Causa raíz

                El logrotate no corría desde el upgrade del domingo.

                ## Cronología

                **Martes 21 de julio de 2026**

                - 19:12 `/var` al 100% en `rnui-sync-01`. El job `voucher-sync` empieza a fallar.
                - 19:58 Se declara incidente SEV3; IC Hotu.
                - 21:10 Incidente cerrado.
                """);
        assertPhases(i, "STARTED", "2026-07-22T01:12:00Z", "DECLARED", "2026-07-22T01:58:00Z", "CLOSED", "2026-07-22T03:10:00Z");
    }

    @Test
    void aServiceDesksRestExportWithEntriesOfValuesAndNotesKeptAsHtml() {
        Incident i = only("helix.json", """
                {"HPD:Help Desk": {"entries": [{"values": {"Incident Number": "INC000000481207",
                    "Description": "Citrix - users stuck at logon", "Priority": "Critical",
                    "Reported Date": "2026-04-20T12:02:30.000+0000", "Responded Date": "2026-04-20T12:21:14.000+0000",
                    "Closed Date": "2026-04-23T15:11:02.000+0000"}}]},
                 "HPD:WorkLog": {"entries": [
                    {"values": {"Description": "More callers", "Detailed Description": "&lt;p&gt;14 further calls since 08:00, all Citrix logon hangs&lt;/p&gt;", "Work Log Submit Date": "2026-04-20T12:15:40.000+0000"}},
                    {"values": {"Description": "Declared", "Detailed Description": "<div>Major Incident declared. MIM: Karen Whitlock.</div>", "Work Log Submit Date": "2026-04-20T12:38:00.000+0000"}}]}}
                """);
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertPhases(i, "DETECTED", "2026-04-20T12:02:30Z", "ACKNOWLEDGED", "2026-04-20T12:21:14Z", "DECLARED", "2026-04-20T12:38:00Z",
                "CLOSED", "2026-04-23T15:11:02Z");
        assertThat(i.timeline()).anySatisfy(e -> assertThat(e.text()).isEqualTo("14 further calls since 08:00, all Citrix logon hangs"));
    }

    @Test
    void aTwelveHourClockWithoutPmPastNoonStaysOnItsDay() {
        Incident i = only("checkout.md", """
                # Postmortem: checkout confirm timeouts
                **Date:** 2026-03-19
                **Severity:** SEV2

                ## Timeline

                All times ET (Eastern).

                | Time | Event |
                |------|-------|
                | 11:20am | checkout-api release starts rolling out |
                | 11:58 | Datadog monitor pages checkout on-call (Dana) |
                | 12:02 | Dana acks, starts digging |
                | 12:50 | Status page: some customers may see slow checkouts |
                | 1:20 | Keisha spots it: the retry policy key was changed by the deploy. That's the cause |
                | 2:30 | Watched it for 20 min, incident closed |
                """);
        assertPhases(i, "STARTED", "2026-03-19T15:20:00Z", "DETECTED", "2026-03-19T15:58:00Z", "IDENTIFIED", "2026-03-19T17:20:00Z",
                "CLOSED", "2026-03-19T18:30:00Z");
    }

    @Test
    void aGermanReportsDateAndPriorityFields() {
        Incident i = only("vpn.md", """
                # Störungsbericht: VPN-Anmeldung mit MFA nicht möglich

                **Datum der Störung:** 02.03.2026
                **Priorität:** P2 – hoch

                ## Ursache

                Das Zertifikat des NPS-Servers war abgelaufen.
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 3, 2));
        assertThat(i.severity()).hasValue(Severity.SEV2);
    }

    @Test
    void aServiceDeskRecordExportedWithStoredAndDisplayedValues() {
        // ServiceNow's sysparm_display_value=all: the stored time is UTC, the displayed one the viewer's zone
        Incident i = only("prb.json", """
                {"problem": {
                   "number": {"display_value": "PRB0041187", "value": "PRB0041187"},
                   "short_description": {"display_value": "Mobile logins rate limited", "value": "Mobile logins rate limited"},
                   "opened_at": {"display_value": "14/08/2026 10:12:40", "value": "2026-08-14 09:12:40"},
                   "resolved_at": {"display_value": "28/08/2026 16:02:11", "value": "2026-08-28 15:02:11"},
                   "cause_notes": {"display_value": "Gateway config v812 limited by consumer instead of IP.", "value": "x"},
                   "problem_task": [
                     {"short_description": {"display_value": "Flag plugin scope changes in review", "value": "x"},
                      "state": {"display_value": "Closed", "value": "3"}},
                     {"short_description": {"display_value": "Per-IP limit test in CI", "value": "x"},
                      "state": {"display_value": "Open", "value": "1"}}
                   ]},
                 "incident": {
                   "number": {"display_value": "INC0098765", "value": "INC0098765"},
                   "priority": {"display_value": "1 - Critical", "value": "1"},
                   "opened_at": {"display_value": "14/08/2026 07:15:32", "value": "2026-08-14 06:15:32"},
                   "resolved_at": {"display_value": "14/08/2026 08:50:31", "value": "2026-08-14 07:50:31"},
                   "closed_at": {"display_value": "17/08/2026 09:00:07", "value": "2026-08-17 08:00:07"}
                 }}
                """);
        // the incident's own times, not the problem record's weeks later
        assertPhases(i, "RESOLVED", "2026-08-14T07:50:31Z", "CLOSED", "2026-08-17T08:00:07Z");
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertThat(i.actionItems()).extracting(ActionItem::action).containsExactly("Flag plugin scope changes in review", "Per-IP limit test in CI");
        assertThat(i.actionItems()).extracting(ActionItem::isDone).containsExactly(true, false);
    }

    @Test
    void aTicketPrintedFromAServiceDeskHasItsActivityStreamAsTheTimeline() {
        // ServiceNow's print view saved as Markdown: the fields, then the activity stream, newest first
        Incident i = only("INC0051002.md", """
                # INC0051002 - Card payments declined at the tills

                | Field | Value |
                |---|---|
                | Priority | 2 - High |
                | State | Closed |
                | Opened | 2026-05-12 08:10:44 |

                ## Activity

                2026-05-12 10:02:11 - Priya Nair (Work notes)
                Declines back to the usual 0.4% for half an hour. Resolving.

                2026-05-12 09:20:37 - Tom Reyes (Work notes)
                Rolled back the terminal config push, declines dropping.

                2026-05-12 08:31:05 - Priya Nair (Work notes)
                Paged the payments on-call, who acknowledged and joined the bridge.

                ## Notes

                Reviewed with the store operations team on 2026-05-14.
                """);
        assertPhases(i, "ACKNOWLEDGED", "2026-05-12T08:31:05Z", "RESOLVED", "2026-05-12T10:02:11Z");
    }

    @Test
    void aTrackerIssuePrintedWithItsCommentsAndItsHistory() {
        // Jira's printable view: "Comment by NAME [ 19/Mar/26 4:16 PM ]" over each comment; the stamps are UTC, a
        // clock a comment names is its writer's; the status history table repeats the same moments
        Incident i = only("ITSM-3104.md", """
                # [ITSM-3104] Checkout API returning 502

                > Saved from the printable view. Our Jira profiles are set to UTC, so every stamp below is UTC.

                | | |
                |---|---|
                | Status | Closed |
                | Severity | Sev-2 |

                ## Comments

                **Comment by PagerDuty [ 19/Mar/26 4:12 PM ]**
                Incident #PD-90112 triggered for the checkout 5xx alert.

                **Comment by Dana Whitfield [ 19/Mar/26 4:16 PM ] (Internal)**
                acked in PD at 9:14 (I'm in PT). Looking at the ingress logs.

                **Comment by Kenji Arai [ 19/Mar/26 5:02 PM ] (Internal)**
                Rolled back the ingress chart, 502s down to 0.2%.

                ## History

                | Date | User | Field | Original Value | New Value |
                |---|---|---|---|---|
                | 19/Mar/26 4:12 PM | PagerDuty | Status | | Open |
                | 19/Mar/26 4:16 PM | Dana Whitfield | Status | Open | Work in progress |
                | 19/Mar/26 6:31 PM | Dana Whitfield | Status | Work in progress | Resolved |
                | 19/Mar/26 6:52 PM | Dana Whitfield | Status | Resolved | Closed |
                """);
        // the acknowledgement at the moment Dana's comment tells, on the clock she names
        assertPhases(i, "DETECTED", "2026-03-19T16:12:00Z", "ACKNOWLEDGED", "2026-03-19T16:14:00Z", "MITIGATED", "2026-03-19T17:02:00Z");
    }

    @Test
    void aServiceDeskPrintsNotesUnderTheirStampAndWriterWithDatesEitherWayRound() {
        // SysAid's print: "04/11/2026 11:58 AM – Jack Morley" over each note, the tool's clock named in the intro
        Incident i = only("sr-77120.md", """
                # SR #77120 – Can't connect to VPN

                _Printed from SysAid. SysAid shows times in Sydney time (AEDT, UTC+11 in November)._

                **Incident Severity:** P3
                **Request time:** 04/11/2026 11:41 AM

                ### Notes

                **04/11/2026 11:58 AM – Jack Morley**
                Taking this, status In Progress.

                **04/11/2026 12:44 PM – Sophie Tran**
                Reverting CA014 to the previous scope.

                **04/11/2026 01:40 PM – Jack Morley**
                All 14 linked SRs confirmed connecting.
                """);
        assertPhases(i, "ROLLBACK_STARTED", "2026-11-04T01:44:00Z");
        assertThat(i.date()).hasValue(java.time.LocalDate.parse("2026-11-04"));
    }

    @Test
    void aHelpdesksPrintedConversationOnTheClockItsAccountRunsOn() {
        // Freshservice's print: "**NAME added a private note** · Tue, 27 Jan 2026 at 10:14 AM" over each note; the account's
        // clock named in the intro; a time a note tells ("since 22:15 last night") is a moment of its own, the evening before
        Incident i = only("INC-7731.md", """
                # INC-7731 Orders not reaching the warehouse

                Printed from Freshservice. Our helpdesk account runs on Eastern Time (US & Canada).

                **Priority:** Urgent
                **Business severity:** Major

                ### Conversation

                **Maya Torres added a private note** · Tue, 27 Jan 2026 at 9:50 AM
                Picked this up. Checking the export job on int-batch-01.

                **Maya Torres added a private note** · Tue, 27 Jan 2026 at 10:14 AM
                Export job has been failing every run since 22:15 last night: host key verification failed.

                **Maya Torres added a private note** · Tue, 27 Jan 2026 at 12:12 PM
                Scheduled runs at 11:30, 11:45 and 12:00 all clean. Resolving.

                ### Resolution notes

                Root cause: the warehouse moved its SFTP server and our job did not trust the new host key.
                """);
        assertPhases(i, "ACKNOWLEDGED", "2026-01-27T14:50:00Z", "STARTED", "2026-01-27T03:15:00Z", "RESOLVED", "2026-01-27T17:12:00Z");
        // the note's own stamp, not a second event at 22:15 the next evening
        assertThat(i.timeline()).noneSatisfy(e -> assertThat(e.at()).hasValue(java.time.Instant.parse("2026-01-28T03:15:00Z")));
    }

    @Test
    void aPrintedLogWhoseLinesEachOpenWithTheirStampIsNoOneJournalEntry() {
        // ServiceDesk Plus' history printed as text: "22/01/2026 02:06 PM | ASSIGN | Jacqui Moore | ...", one line per entry
        Incident i = only("SDP-58213.md", """
                # Request 58213 - MES not saving bookings

                **Priority:** P2 - High
                **Time zone:** Australia/Sydney

                History
                -------

                 22/01/2026 01:59 PM | CREATE     | Jacqui Moore   | Request created via Phone.
                 22/01/2026 02:09 PM | NOTE ADDED | Linh Nguyen    | On it. Reproduced on the test station.
                 22/01/2026 02:38 PM | NOTE ADDED | Farid Haddad   | Added a second log file. Writes succeeding again.
                 22/01/2026 04:50 PM | STATUS     | Craig Whitfield| Status changed from Resolved to Closed. MI closed.
                """);
        assertThat(i.timeline()).hasSizeGreaterThanOrEqualTo(4);
        assertPhases(i, "ACKNOWLEDGED", "2026-01-22T03:09:00Z", "CLOSED", "2026-01-22T05:50:00Z");
    }

    @Test
    void aTrackersPrintedActivityWithItsCreationLineAndItsClockInThePreamble() {
        // Jira's printable view: "**Luis Ortega** created the issue — 14/Apr/26 7:24 AM", the comments' heads alike, and
        // the zone named in the note above ("Jira renders times in the exporter's profile zone (Dana, America/Denver)")
        Incident i = only("OPS-4471.md", """
                # [OPS-4471] Pick lists empty at the Reno DC

                _Jira Service Management, printable view. Jira renders times in the exporter's profile zone (Dana, America/Denver, so MDT)._

                - **Severity:** Sev-2

                ## Activity (oldest first)

                **Luis Ortega** created the issue — 14/Apr/26 7:24 AM _(via email channel)_

                **Dana Whitfield** — 14/Apr/26 7:36 AM _(internal note)_
                Ack'd the Opsgenie alert, on it.

                **Dana Whitfield** — 14/Apr/26 7:50 AM _(internal note)_
                Declaring an incident, I'm IC.
                """);
        assertPhases(i, "ACKNOWLEDGED", "2026-04-14T13:36:00Z", "DECLARED", "2026-04-14T13:50:00Z");
        assertThat(i.timeline()).anySatisfy(e -> assertThat(e.at()).hasValue(java.time.Instant.parse("2026-04-14T13:24:00Z")));
    }

    @Test
    void aHelpdesksConversationIsReadBesideItsShortEventLogOnTheClockNamedUnderTheTitle() {
        // Zendesk pasted from the agent workspace: the conversation a journal of stamped notes, a short "Events" log after it,
        // the account's zone in the note under the title
        Incident i = only("48213.md", """
                # #48213 Gift cards can't be applied at checkout

                _Zendesk problem ticket. Our Zendesk account time zone is Eastern Time (US & Canada)._

                **Priority:** Urgent · **Severity:** Sev 2

                ## Conversation (oldest first)

                **Jasmine Ortiz** · Mar 21, 2026 10:06 AM · _Internal note_
                Escalated to Payments on-call via PagerDuty.

                **Sam Okafor** · Mar 21, 2026 10:13 AM · _Internal note_
                Ack'd the page. Looking.

                **Sam Okafor** · Mar 21, 2026 10:44 AM · _Internal note_
                Rolling back promo-service to v2.30.4.

                ## Events

                - Mar 25, 2026 12:00 PM — **Zendesk** — Status: Solved → Closed (automation)
                """);
        assertPhases(i, "ACKNOWLEDGED", "2026-03-21T14:13:00Z", "ROLLBACK_STARTED", "2026-03-21T14:44:00Z");
    }

    @Test
    void aServiceDesksLogOfActionsIsItsTimelineNotItsActionItems() {
        // HaloITSM: the ticket's "Actions" are its log, each row at its moment; the review's list holds the work to do
        Incident i = only("halo-41877.md", """
                # Ticket #0041877 — AVD logons getting temporary profiles

                **Priority:** P1 · **Time zone:** GMT

                ## Actions (newest first)

                | Date | Who | Outcome | Note |
                |---|---|---|---|
                | 03/02/2026 10:40 | Laura Pike | Phone Call | All practice managers confirm normal profiles. Service restored. |
                | 03/02/2026 09:34 | Kieran Doyle | Note | Raised quota on the profiles share. New logons OK. |
                | 03/02/2026 09:20 | Kieran Doyle | Note | Cause: the FSLogix profiles share is at its quota. |
                | 03/02/2026 08:12 | Kieran Doyle | Note | Picked this up, checking the session hosts. |

                ## Follow-ups

                | Action | Owner | Due | Status |
                |---|---|---|---|
                | Alert on profile share usage above 85% | Kieran | 13/02/2026 | Done |
                """);
        assertPhases(i, "ACKNOWLEDGED", "2026-02-03T08:12:00Z", "IDENTIFIED", "2026-02-03T09:20:00Z");
        assertThat(i.actionItems()).extracting(ActionItem::action).containsExactly("Alert on profile share usage above 85%");
    }

    @Test
    void aPrintsClockNamedAsTheWritersProfile() {
        Incident i = only("INC0048213.md", """
                # INC0048213 - Mobile app login failing

                _Exported from ServiceNow (Print view). Stamps are as ServiceNow printed them for my profile, which is Europe/London (BST at the time)._

                | Field | Value |
                |---|---|
                | Priority | 1 - Critical |

                ## Activity

                2026-06-10 08:47:12 - Kieran Doyle (Work notes)
                Contact centre reports 30+ calls from customers who can't log in.

                2026-06-10 09:06:40 - Joanne Price (Work notes)
                MI accepted, I'm MIM. Bridge open.
                """);
        assertPhases(i, "DETECTED", "2026-06-10T07:47:12Z", "DECLARED", "2026-06-10T08:06:40Z");
    }

    @Test
    void aNotesSectionBesideATimelineIsNoSecondTimeline() {
        Incident i = only("pm.md", """
                # Postmortem: Search results empty

                **Date:** 2026-05-12 · **Severity:** SEV2

                ## Timeline (UTC)

                - 09:00 Index alias switched to the new index
                - 09:12 Alert fires: zero-result rate 40%
                - 09:40 Alias switched back; results return

                ## Notes

                At 11:30 we ran the reindex again with the fixed mapping.
                """);
        assertThat(i.timeline()).hasSize(3);
    }

    @Test
    void aTicketWhoseReviewIsAShortPostmortemInItsLastNote() {
        Incident i = only("zammad.json", """
                {"title": "PROBLEM - rec1 DNS resolution is CRITICAL", "severity": "SEV2",
                 "created_at": "2026-02-03T05:09:30Z", "close_at": "2026-02-04T10:20:41Z",
                 "articles": [
                   {"type": "note", "created_at": "2026-02-03T05:21:37Z", "body": "ack, unbound crash-looping on rec1 and rec2"},
                   {"type": "note", "created_at": "2026-02-04T10:15:33Z",
                    "body": "Short postmortem\\n\\nWhat happened: unattended-upgrades pulled a new unbound.\\n\\nContributing:\\n- upgrades not limited to security updates\\n- both resolvers share one apt timer\\n\\nFollow-ups:\\n[x] hold unbound on the resolvers\\n[ ] CI job: unbound-checkconf against the candidate package"}
                 ]}
                """);
        assertThat(i.contributingFactors()).containsExactly("upgrades not limited to security updates", "both resolvers share one apt timer");
        assertThat(i.actionItems()).extracting(ActionItem::isDone).containsExactly(true, false);
        assertPhases(i, "CLOSED", "2026-02-04T10:20:41Z");
    }

    @Test
    void aReviewNoteWrittenLineByLineWithItsLabelsInTheMiddleOfTheLines() {
        // one HTML note, encoded once more by the tool, its sections as lines after line breaks
        Incident i = only("topdesk.json", """
                {"briefDescription": "OpenRevenues unavailable", "priority": "P1", "impact": "Whole department", "callDate": "2026-06-16T05:10:00Z",
                 "progresstrail": [
                   {"entryDate": "2026-06-16T05:40:00Z", "memoText": "Database hung, DBA paged"},
                   {"entryDate": "2026-06-18T10:00:00Z",
                    "memoText": "&lt;p&gt;MAJOR INCIDENT REVIEW 18/06&lt;br/&gt;Impact: revenues system down for 3 hours.&lt;br/&gt;Root cause: the archive area filled up and the archiver stopped.&lt;br/&gt;Contributing factors:&lt;br/&gt;- the backup job could not log in after a migration&lt;br/&gt;- the usage alert was disabled and never re-enabled&lt;br/&gt;Actions:&lt;br/&gt;A1 Re-enable the usage alert - DBA - done&lt;br/&gt;A2 Daily check of the last archive backup - DBA - open&lt;/p&gt;"}
                 ]}
                """);
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("archiver stopped"));
        assertThat(i.contributingFactors()).hasSize(2);
        assertThat(i.actionItems()).extracting(ActionItem::isDone).containsExactly(true, false);
    }

    @Test
    void tasksUnderTheToolsOwnNameInAnODataCollectionDoneByTheirCompletionTime() {
        Incident i = only("ivanti.json", """
                {"Subject": "Exam platform logins failing", "Priority": "1", "CreatedDateTime": "2026-11-10T07:58:00Z",
                 "RootCause": "Sessions evicted from a shared cache",
                 "IncidentAssociatedTask": {"@odata.context": "https://example.test/$metadata#task", "value": [
                   {"Subject": "Separate cache instance for sessions", "Status": "7", "ResolvedDateTime": "2026-11-18T04:45:30Z"},
                   {"Subject": "Alert on evicted keys", "Status": "2", "ResolvedDateTime": null}
                 ]}}
                """);
        assertThat(i.actionItems()).extracting(ActionItem::action).containsExactly("Separate cache instance for sessions", "Alert on evicted keys");
        assertThat(i.actionItems()).extracting(ActionItem::isDone).containsExactly(true, false);
    }

    @Test
    void followUpsKeptAsLinkedTrackerIssues() {
        Incident i = only("jsm.json", """
                {"key": "ITSM-4471", "fields": {
                   "summary": "Card payments declined after a key rotation", "priority": {"name": "Highest"},
                   "created": "2026-03-02T07:40:00.000+0100",
                   "comment": {"comments": [{"created": "2026-03-02T07:52:00.000+0100", "body": "Payments on-call here, looking"}]},
                   "issuelinks": [
                     {"type": {"name": "Relates", "inward": "relates to", "outward": "relates to"},
                      "outwardIssue": {"key": "PAY-1001", "fields": {"summary": "An older unrelated issue", "status": {"name": "Done"}}}},
                     {"type": {"name": "Follow-up", "inward": "is follow-up of", "outward": "has follow-up"},
                      "outwardIssue": {"key": "PAY-1290", "fields": {"summary": "Accept both keys during rotation", "status": {"name": "Done"}}}},
                     {"type": {"name": "Follow-up", "inward": "is follow-up of", "outward": "has follow-up"},
                      "outwardIssue": {"key": "PLAT-877", "fields": {"summary": "Alert on webhook signature failures",
                        "status": {"name": "Selected for Development", "statusCategory": {"key": "new"}}}}}
                   ]}}
                """);
        assertThat(i.actionItems()).extracting(ActionItem::id).containsExactly("PAY-1290", "PLAT-877");
        assertThat(i.actionItems()).extracting(ActionItem::isDone).containsExactly(true, false);
    }

    @Test
    void aChangeDaysBeforeADetectionToldWithTheFirstLookIsBackground() {
        // the first report is read as a finding that tells of the detection too: it anchors the background rule all the same
        Incident i = only("lockers.json", """
                {"title": "Locker app showed hours-old free slots", "date": "2026-04-20", "severity": "SEV3",
                 "timeline": [
                   {"time": "2026-04-14T09:00:00Z", "event": "Config deployed: locker-status cache TTL changed from 60 s to 'until invalidated' to cut database load"},
                   {"time": "2026-04-20T05:10:00Z", "event": "Broker restarted by maintenance; the status consumer does not re-subscribe"},
                   {"time": "2026-04-20T06:30:00Z", "event": "Courier at the Harbour hub finds the lockers full while the app shows 12 free, and says so in the couriers' group chat."},
                   {"time": "2026-04-20T07:40:00Z", "event": "Consumer restarted, status events flowing again"},
                   {"time": "2026-04-20T09:00:00Z", "event": "Incident closed"}]}
                """);
        assertPhases(i, "STARTED", "2026-04-20T05:10:00Z", "DETECTED", "2026-04-20T06:30:00Z");
    }

    @Test
    void aReviewKeptAsLabelledFieldsInAListOfRetrospectives() {
        // FireHydrant's shape: the review's parts as labelled Markdown fields of the one retrospective
        Incident i = only("fh-2207.json", """
                {"id": "a1b2", "number": 2207, "name": "Bookings page empty for the north region",
                 "started_at": "2026-05-09T06:40:00Z", "severity": "SEV2",
                 "milestones": [{"type": "started", "occurred_at": "2026-05-09T06:40:00Z"},
                                {"type": "detected", "occurred_at": "2026-05-09T07:02:00Z"},
                                {"type": "resolved", "occurred_at": "2026-05-09T08:15:00Z"}],
                 "retrospectives": [{"name": "Incident review", "fields": [
                   {"label": "Root cause", "type": "markdown", "value": "The region filter kept only rows whose cache key existed."},
                   {"label": "Contributing factors", "type": "markdown",
                    "value": "- The cache was resized without a weekend sample\\n- The page fails closed on a missing key\\n- No alert on empty results"}]}]}
                """);
        assertThat(i.rootCause()).hasValueSatisfying(t -> assertThat(t).contains("region filter"));
        assertThat(i.contributingFactors()).hasSize(3);
    }

    @Test
    void customFieldSelectionsInIncludedAndResponseTasksBesideFollowUps() {
        // Rootly's JSON:API shape: custom field selections and action items among the included records; a "task" kind is
        // a step of the response, a "follow_up" the review's work
        Incident i = only("rootly-88.json", """
                {"data": {"id": "88", "type": "incidents", "attributes": {"title": "Top-ups not reaching meters",
                   "started_at": "2026-07-14T04:10:00Z", "detected_at": "2026-07-14T04:32:00Z", "resolved_at": "2026-07-14T06:30:00Z"}},
                 "included": [
                   {"id": "f1", "type": "incident_custom_field_selections", "attributes": {"custom_field": {"label": "Root Cause", "kind": "textarea"},
                      "value": "The gateway dropped the new token field.", "selected_options": []}},
                   {"id": "f2", "type": "incident_custom_field_selections", "attributes": {"custom_field": {"label": "Contributing Factors", "kind": "multi_select"},
                      "value": null, "selected_options": [{"value": "Contract test missing"}, {"value": "Release on a Friday"}]}},
                   {"id": "a1", "type": "incident_action_items", "attributes": {"summary": "Add a contract test for the token field", "kind": "follow_up", "status": "done"}},
                   {"id": "a2", "type": "incident_action_items", "attributes": {"summary": "Post on the status page", "kind": "task", "status": "done"}},
                   {"id": "a3", "type": "incident_action_items", "attributes": {"summary": "Alert on top-up failure rate", "kind": "follow_up", "status": "open"}}]}
                """);
        assertThat(i.rootCause()).hasValueSatisfying(t -> assertThat(t).contains("token field"));
        assertThat(i.contributingFactors()).containsExactly("Contract test missing", "Release on a Friday");
        assertThat(i.actionItems()).extracting(ActionItem::action).containsExactly("Add a contract test for the token field", "Alert on top-up failure rate");
    }

    @Test
    void yearlessDayAndMonthBeforeATwelveHourTime() {
        Incident i = only("rate-chart.md", """
                # Postmortem: wrong rate chart at the collection centres

                **Date:** 21/06/2026

                ## Timeline (IST)

                - 20/06, 7:30 pm — New rate chart uploaded through the spreadsheet import
                - 21/06, 5:30 am — Morning collection starts; centres print slips with the wrong rates
                - 6:40 am — Helpline gets a call from a centre secretary: rates are lower than last week
                - 6:52 am — Helpline escalates by phone to the IT on-call, who picks up and starts checking
                """);
        assertPhases(i, "STARTED", "2026-06-20T14:00:00Z", "DETECTED", "2026-06-21T01:10:00Z");
    }

    @Test
    void theZoneGivenOnlyInThePropertiesTable() {
        Incident i = only("plots.md", """
                # Postmortem: reserved plots shown as free

                | Property | Value |
                |---|---|
                | Date | 2026-03-03 |
                | Zone for all times | NZDT (UTC+13) |

                ## Timeline

                - 15:10 (2 March) — Sync job deployed with the new flag mapping
                - 09:20 — Funeral director rings the office: a reserved plot is listed as free
                - 09:31 — Office manager answers and starts checking the register
                """);
        assertPhases(i, "STARTED", "2026-03-02T02:10:00Z", "DETECTED", "2026-03-02T20:20:00Z");
    }

    @Test
    void aDayLineWithARemarkAfterTheDate() {
        Incident i = only("efiling.md", """
                # Postmortem: taxpayers logged out on deadline day

                **Date:** 2026-04-30

                ## Timeline

                **16 April 2026** (CEST)

                14:20 Change deployed: idle session timeout raised from 30 to 240 minutes

                **30 April 2026**, filing deadline day. All times CEST (UTC+2).

                08:52 Session store reaches maxmemory and begins evicting live sessions

                09:14 Alert fires and pages the on-call

                09:20 On-call acknowledges
                """);
        assertPhases(i, "STARTED", "2026-04-30T06:52:00Z", "DETECTED", "2026-04-30T07:14:00Z");
    }

    @Test
    void aReviewsLinkedIssuesAreItsActionItemsButALinkedIncidentIsNot() {
        Incident i = only("og-77.json", """
                {"incident": {"id": "9b1e", "tinyId": "77", "message": "Meter readings stuck for the north depots",
                   "priority": "P2", "createdAt": "2026-06-03T08:12:00.000Z",
                   "impactStartDate": "2026-06-03T07:40:00.000Z", "impactEndDate": "2026-06-03T10:05:00.000Z"},
                 "timeline": {"entries": [
                   {"type": "AddNote", "eventTime": "2026-06-03T07:40:00.000Z", "description": {"content": "Reading import job starts failing"}},
                   {"type": "AddNote", "eventTime": "2026-06-03T08:12:00.000Z", "description": {"content": "Alert fires, pages the data on-call"}}]},
                 "postmortem": {"title": "Postmortem: stuck meter readings", "status": "Published",
                   "linkedIssues": [
                     {"key": "MTR-41", "summary": "Retry the import with backoff", "status": "Done", "assignee": "Lena"},
                     {"key": "MTR-42", "summary": "Alert when no readings arrive for 30 minutes", "status": "To Do"},
                     {"key": "OPS-910", "summary": "Same symptoms in May", "status": "Closed", "type": "Incident"}]}}
                """);
        assertThat(i.actionItems()).extracting(ActionItem::id).containsExactly("MTR-41", "MTR-42");
        assertThat(i.actionItems()).extracting(ActionItem::isDone).containsExactly(true, false);
    }

    @Test
    void followUpsKeptAsRelatedTasksBesideAnEmptySubtaskList() {
        // the review's work linked only as "relates to" tasks; the problem record and a related incident are not follow-ups
        Incident i = only("OPS-2291.json", """
                {"key": "OPS-2291", "fields": {
                   "summary": "Parcel lockers offline after a gateway release", "priority": {"name": "High"},
                   "created": "2026-05-19T07:14:00.000+0200", "subtasks": [],
                   "comment": {"comments": [{"created": "2026-05-19T07:26:00.000+0200", "body": "On-call here, acknowledged, looking"}]},
                   "issuelinks": [
                     {"type": {"name": "Problem/Incident", "inward": "is caused by", "outward": "causes"},
                      "inwardIssue": {"key": "PRB-118", "fields": {"summary": "Modem variants not covered by testing",
                        "status": {"name": "Under investigation"}, "issuetype": {"name": "Problem"}}}},
                     {"type": {"name": "Relates", "inward": "relates to", "outward": "relates to"},
                      "outwardIssue": {"key": "OPS-2250", "fields": {"summary": "Lockers offline in Gdynia",
                        "status": {"name": "Closed"}, "issuetype": {"name": "Incident"}}}},
                     {"type": {"name": "Relates", "inward": "relates to", "outward": "relates to"},
                      "outwardIssue": {"key": "LOCK-1893", "fields": {"summary": "Keepalive per modem profile",
                        "status": {"name": "Done"}, "issuetype": {"name": "Task"}}}},
                     {"type": {"name": "Relates", "inward": "relates to", "outward": "relates to"},
                      "outwardIssue": {"key": "OBS-412", "fields": {"summary": "Alert when connected lockers drop",
                        "status": {"name": "To Do"}, "issuetype": {"name": "Task"}}}}
                   ]}}
                """);
        assertThat(i.actionItems()).extracting(ActionItem::id).containsExactly("LOCK-1893", "OBS-412");
        assertThat(i.actionItems()).extracting(ActionItem::isDone).containsExactly(true, false);
    }

    @Test
    void aJsonApiExportWithItsTimelineAndTodosAsCollectionsAndTypedFields() {
        // Datadog's shape: the incident's fields typed, the timeline and to-dos as JSON:API collections
        Incident i = only("dd.json", """
                {"incident": {"data": {"type": "incidents", "id": "4e7c", "attributes": {
                   "title": "ledger-api write failures after a database failover", "severity": "SEV-1",
                   "created": "2026-10-20T02:31:12+00:00", "detected": "2026-10-20T02:21:05+00:00", "resolved": "2026-10-20T03:52:30+00:00",
                   "fields": {
                     "root_cause": {"type": "textbox", "value": "The JVM cached the old writer's address forever."},
                     "contributing_factors": {"type": "textarray", "value": ["DNS cache TTL pinned in the base image", "Readiness probe only reads"]}
                   }}}},
                 "timeline": {"data": [
                   {"type": "incident_timeline_cells", "id": "c-01", "attributes": {"display_time": "2026-10-20T02:13:40+00:00",
                     "created": "2026-10-20T03:15:02+00:00", "content": {"content": "RDS event: started cross AZ failover"}}},
                   {"type": "incident_timeline_cells", "id": "c-02", "attributes": {"display_time": "2026-10-20T02:26:00+00:00",
                     "created": "2026-10-20T03:16:00+00:00", "content": {"content": "On-call acknowledged the page"}}}
                 ]},
                 "todos": {"data": [
                   {"type": "incident_todos", "id": "td-1", "attributes": {"content": "Set the DNS cache TTL to 30 s", "completed": "2026-10-23T11:40:00+00:00"}},
                   {"type": "incident_todos", "id": "td-2", "attributes": {"content": "Write-checking readiness probe", "completed": null}}
                 ]}}
                """);
        // the cell's display time is the event's, not the time it was written up
        assertThat(i.timeline()).extracting(e -> e.at().orElseThrow().toString()).contains("2026-10-20T02:13:40Z");
        assertPhases(i, "ACKNOWLEDGED", "2026-10-20T02:26:00Z");
        assertThat(i.contributingFactors()).hasSize(2);
        assertThat(i.actionItems()).extracting(ActionItem::isDone).containsExactly(true, false);
    }

    @Test
    void storedTimesWithoutAZoneBesideDisplayedOnesAreUtc() {
        Incident i = only("inc.json", """
                {"result": {
                   "number": {"display_value": "INC0051736", "value": "INC0051736"},
                   "short_description": {"display_value": "Claims portal down", "value": "Claims portal down"},
                   "priority": {"display_value": "2 - High", "value": "2"},
                   "timezone": "America/New_York",
                   "opened_at": {"display_value": "2026-01-27 07:02:10 EST", "value": "2026-01-27 12:02:10"},
                   "resolved_at": {"display_value": "2026-01-27 09:52:00 EST", "value": "2026-01-27 14:52:00"}
                }}
                """);
        assertPhases(i, "RESOLVED", "2026-01-27T14:52:00Z");
    }

    @Test
    void customFieldEntriesNamingTheirFieldWithAListOfValues() {
        Incident i = only("iio.json", """
                {"incident": {"name": "Payout batch rejected by the bank", "severity": {"name": "Major"},
                  "created_at": "2026-03-16T08:05:00Z",
                  "custom_field_entries": [
                    {"custom_field": {"name": "Root cause", "field_type": "text"}, "values": [{"value_text": "The formatter put the BIC in the wrong element."}]},
                    {"custom_field": {"name": "Contributing factors", "field_type": "multi_select"},
                     "values": [{"value_option": {"value": "No alerting on rejection files"}}, {"value_option": {"value": "Fixtures lacked cross-border payouts"}}]}
                  ]}}
                """);
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("wrong element"));
        assertThat(i.contributingFactors()).containsExactly("No alerting on rejection files", "Fixtures lacked cross-border payouts");
    }

    @Test
    void aPostmortemKeptAsTitledSectionsAndFollowUpsUnderTheToolsName() {
        Incident i = only("pd.json", """
                {"title": "OTP SMS not delivered", "severity": "SEV2", "impact_start": "2026-08-31T23:31:00Z",
                 "sections": [
                   {"title": "Overview", "body": "For 96 minutes login codes were not delivered."},
                   {"title": "Contributing Factors", "body": "- One provider sub-account for all SMS\\n- No alert on the spend cap\\n- A ten-minute monitor window"}
                 ],
                 "follow_up_actions": [
                   {"id": "FUA-1", "summary": "Separate sub-account for marketing SMS", "status": "Done"},
                   {"id": "FUA-2", "summary": "Alert at 75% of the spend cap", "status": "To Do"}
                 ]}
                """);
        assertThat(i.contributingFactors()).hasSize(3);
        assertThat(i.actionItems()).extracting(ActionItem::id).containsExactly("FUA-1", "FUA-2");
    }

    /** A paragraph of ADF text, for the Atlassian exports below. */
    private static String para(String text) {
        return "{\"type\": \"paragraph\", \"content\": [{\"type\": \"text\", \"text\": \"" + text + "\"}]}";
    }

    private static String row(String time, String event) {
        return "{\"type\": \"tableRow\", \"content\": [{\"type\": \"tableCell\", \"content\": [" + para(time) + "]}, "
                + "{\"type\": \"tableCell\", \"content\": [" + para(event) + "]}]}";
    }

    @Test
    void aJiraSearchWithAnIncidentAndTheReviewLinkedToItIsOneIncident() {
        String timeline = "{\"type\": \"doc\", \"content\": [" + para("Tuesday 27 October 2026") + ", " + para("All times UTC.") + ", {\"type\": \"table\", \"content\": ["
                + row("Time", "Event") + ", " + row("09:00", "Webhook signing secret rotated in Stripe") + ", "
                + row("10:26", "Support raises the incident from customer tickets") + ", "
                + row("10:31", "Billing on-call acknowledges and starts looking") + ", "
                + row("11:04", "Restart complete, no new lockouts") + ", "
                + row("12:50", "Incident closed") + "]}]}";
        Incident i = only("jsm.json", """
                {"issues": [
                  {"key": "HELP-1", "fields": {"summary": "Paid renewals not applied", "issuetype": {"name": "[System] Incident"},
                     "created": "2026-10-27T10:26:00.000+0000", "customfield_1": {"value": "SEV-1"},
                     "issuelinks": [{"type": {"name": "Post-Incident Reviews", "inward": "is reviewed by", "outward": "reviews"},
                                     "inwardIssue": {"key": "HELP-2"}}]}},
                  {"key": "HELP-2", "fields": {"summary": "PIR - webhook secret rotation", "issuetype": {"name": "[System] Post-incident review"},
                     "issuelinks": [{"type": {"name": "Post-Incident Reviews", "inward": "is reviewed by", "outward": "reviews"},
                                     "outwardIssue": {"key": "HELP-1"}}],
                     "customfield_2": %s,
                     "customfield_3": {"type": "doc", "content": [%s]}}}
                 ],
                 "names": {"customfield_1": "Severity", "customfield_2": "Incident timeline", "customfield_3": "Root cause"}}
                """.formatted(timeline, para("The secret was rotated without restarting the webhook service.")));
        assertThat(i.title()).hasValue("Paid renewals not applied");
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertPhases(i, "STARTED", "2026-10-27T09:00:00Z", "DETECTED", "2026-10-27T10:26:00Z", "ACKNOWLEDGED", "2026-10-27T10:31:00Z",
                "CLOSED", "2026-10-27T12:50:00Z");
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("without restarting"));
    }

    @Test
    void aConfluencePageIsThePostmortemItsBodyHolds() {
        String adf = """
                {"type":"doc","content":[
                {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Timeline"}]},
                {"type":"bulletList","content":[
                  {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"2026-06-24 08:00 UTC flag switched on for everyone"}]}]},
                  {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"2026-06-24 08:40 UTC incident declared, Owen IC"}]}]},
                  {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"2026-06-24 11:00 UTC incident closed"}]}]}]},
                {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Root cause"}]},
                {"type":"paragraph","content":[{"type":"text","text":"The app force-unwrapped a field the new payload leaves empty, and crashed on every launch."}]}]}
                """;
        // Confluence keeps the document as a JSON string
        String body = adf.replace("\n", "").replace("\"", "\\\"");
        Incident i = only("page.json", """
                {"id": "3014721537", "type": "page", "title": "PIR 2026-06-24: iOS crash on launch",
                 "body": {"atlas_doc_format": {"value": "%s", "representation": "atlas_doc_format"}, "_expandable": {"view": ""}}}
                """.formatted(body));
        assertThat(i.format()).isEqualTo(io.hindsight.model.SourceFormat.JSON);
        assertPhases(i, "DECLARED", "2026-06-24T08:40:00Z", "CLOSED", "2026-06-24T11:00:00Z");
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("force-unwrapped"));
    }

    @Test
    void aRecordKeptAsCaptionedFieldRows() {
        // SysAid: every field a row with its stored value and the caption the tool shows
        Incident i = only("sr.json", """
                {"id": "48211", "info": [
                  {"key": "title", "value": "SQL02 transaction log full", "valueCaption": "SQL02 transaction log full", "keyCaption": "Title"},
                  {"key": "priority", "value": 2, "valueCaption": "Very High", "keyCaption": "Priority"},
                  {"key": "cust_list1", "value": 3, "valueCaption": "SEV3", "keyCaption": "Incident severity"},
                  {"key": "insert_time", "value": 1787259734000, "valueCaption": "08/20/2026 11:02:14 PM", "keyCaption": "Request time"},
                  {"key": "close_time", "value": 1787268100000, "valueCaption": "08/21/2026 01:21:40 AM", "keyCaption": "Closure time"},
                  {"key": "cust_notes", "value": "Root cause: log backups failed after a password rotation.", "valueCaption": "", "keyCaption": "Root cause"},
                  {"key": "notes", "value": [{"userName": "marek", "createDate": 1787260360000, "text": "Night supervisor rang: postings fail with 'Transaction log full'"},
                                             {"userName": "marek", "createDate": 1787261225000, "text": "Found why the log grew: the log backup job has failed since Monday"}],
                   "valueCaption": "2 notes", "keyCaption": "Notes"}
                ]}
                """);
        assertThat(i.title()).hasValue("SQL02 transaction log full");
        assertThat(i.severity()).hasValue(Severity.SEV3);
        // the stored epoch milliseconds, not the caption in the viewer's zone
        assertPhases(i, "CLOSED", "2026-08-20T23:21:40Z");
    }

    @Test
    void fieldRowsWithTheFormsOwnAttributesAndFollowUpsAsLinkedChildRecords() {
        // SysAid's REST rows carry "mandatory", "editable", "defaultValue" ... beside each value; its follow-up
        // tasks are child records among the links, the problem record beside them is not one
        String row = "\"mandatory\": false, \"editable\": true, \"type\": \"text\", \"defaultValue\": null, \"comboValues\": null";
        Incident i = only("sr.json", """
                {"id": "77120", "canUpdate": true, "info": [
                  {"key": "title", "keyCaption": "Title", "value": "Badge readers offline in Building C", "valueCaption": "Badge readers offline in Building C", %1$s},
                  {"key": "priority", "keyCaption": "Priority", "value": 2, "valueCaption": "P2 - High", %1$s},
                  {"key": "status", "keyCaption": "Status", "value": 3, "valueCaption": "Closed", %1$s},
                  {"key": "insert_time", "keyCaption": "Request time", "value": 1790160730000, "valueCaption": "09/23/2026 06:52:10 AM", %1$s},
                  {"key": "solution", "keyCaption": "Solution", "value": "Root cause: controller firmware 4.2 dropped the legacy polling port.", "valueCaption": "", %1$s},
                  {"key": "notes", "keyCaption": "Notes", "value": [
                     {"userName": "Dana Roe", "createDate": 1790160730000, "text": "Front desk: badge readers in Building C show offline."},
                     {"userName": "Sam Ito", "createDate": 1790164800000, "text": "Readers polling again after the port change. Resolved."}], "valueCaption": "2 notes", %1$s}],
                 "links": [
                  {"relation": "Problem", "id": 77130, "type": "Problem", "title": "Controller firmware pushed without notice", "status": "Open"},
                  {"relation": "Child", "id": 77131, "type": "Incident follow-up task", "title": "Alert when a door controller stops polling", "status": "Closed"},
                  {"relation": "Child", "id": 77132, "type": "Incident follow-up task", "title": "Stage controller firmware on one floor first", "status": "Open"}]}
                """.formatted(row));
        assertThat(i.title()).hasValue("Badge readers offline in Building C");
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertThat(i.actionItems()).extracting(io.hindsight.model.ActionItem::isDone).containsExactly(true, false);
        assertPhases(i, "RESOLVED", "2026-09-23T12:00:00Z");
    }

    @Test
    void aJournalsStampsAreOnTheClockTheToolDisplaysItsTimesOn() {
        // ServiceNow with sysparm_display_value=all: each time stored in UTC and displayed in the viewer's zone; the
        // journal text carries the displayed stamps, five hours behind here
        Incident i = only("INC0041877.json", """
                {"incident": {"number": "INC0041877", "short_description": "Members not receiving SMS login codes",
                  "priority": {"display_value": "1 - Critical", "value": "1"},
                  "opened_at": {"display_value": "2026-02-24 09:18:07", "value": "2026-02-24 14:18:07"},
                  "resolved_at": {"display_value": "2026-02-24 12:33:40", "value": "2026-02-24 17:33:40"},
                  "work_notes": {"display_value": "2026-02-24 12:33:12 - Nadia Bouchard (Work notes)\\nStable for 30 min. Resolving.\\n\\n2026-02-24 09:27:00 - Luc Tremblay (Work notes)\\nAck'd the page. otp-sender failure rate ~40%.", "value": ""}}}
                """);
        assertPhases(i, "ACKNOWLEDGED", "2026-02-24T14:27:00Z", "RESOLVED", "2026-02-24T17:33:40Z");
    }

    @Test
    void aTicketsStatisticsGiveItsPhaseTimesBesideTheirCounts() {
        // Freshservice's "stats": times and counts together; the times named as phases are read, the rest are not events
        Incident i = only("fs.json", """
                {"ticket": {"id": 8841, "subject": "M-Pesa payouts stuck", "priority": 4, "created_at": "2026-07-08T07:46:19Z",
                  "custom_fields": {"severity": "Sev 1"},
                  "stats": {"ticket_id": 8841, "created_at": "2026-07-08T07:46:19Z", "updated_at": "2026-07-13T06:20:31Z",
                            "first_responded_at": "2026-07-08T07:58:40Z", "first_resp_time_in_secs": 741,
                            "resolved_at": "2026-07-08T10:33:41Z", "closed_at": "2026-07-13T06:20:31Z", "inbound_count": 3,
                            "group_escalated": false}},
                 "conversations": [
                   {"created_at": "2026-07-08T07:51:02Z", "body_text": "Payouts to M-Pesa failing since this morning, customers calling."},
                   {"created_at": "2026-07-08T10:33:00Z", "body_text": "All payouts flowing again, backlog cleared. Resolving."}]}
                """);
        assertPhases(i, "ACKNOWLEDGED", "2026-07-08T07:58:40Z", "CLOSED", "2026-07-13T06:20:31Z");
    }

    @Test
    void businessObjectsWithFieldRowsAndAPageOfRelatedRecords() {
        // Cherwell: the incident's fields as rows, its journals a page of records that are field rows themselves
        Incident i = only("cherwell.json", """
                {"incident": {"busObPublicId": "204318", "fields": [
                   {"dirty": false, "displayName": "Short Description", "fieldId": "FI:1", "html": null, "name": "ShortDescription", "value": "eduroam - unable to connect"},
                   {"dirty": false, "displayName": "Priority", "fieldId": "FI:2", "html": null, "name": "Priority", "value": "1"},
                   {"dirty": false, "displayName": "PIR Contributing Factors", "fieldId": "FI:3", "html": null, "name": "PIRContributingFactors",
                    "value": "1. The renewal reminder lived in a former owner's calendar\\n2. No expiry monitoring on the RADIUS certificate"}]},
                 "journals": {"totalRecords": 2, "hasError": false, "relationshipId": "3f4f", "relatedBusinessObjects": [
                   {"busObPublicId": "j1", "fields": [
                     {"name": "CreatedDateTime", "displayName": "Created Date Time", "value": "2026-02-09T13:52:05Z"},
                     {"name": "Details", "displayName": "Details", "value": "Network on-call acknowledges the page and starts looking"}]},
                   {"busObPublicId": "j2", "fields": [
                     {"name": "CreatedDateTime", "displayName": "Created Date Time", "value": "2026-02-09T17:15:00Z"},
                     {"name": "Details", "displayName": "Details", "value": "Incident closed"}]}]}}
                """);
        assertThat(i.title()).hasValue("eduroam - unable to connect");
        assertThat(i.contributingFactors()).hasSize(2);
        assertPhases(i, "ACKNOWLEDGED", "2026-02-09T13:52:05Z", "CLOSED", "2026-02-09T17:15:00Z");
    }

    @Test
    void aSalesforceCustomFieldAndAReviewsPrefixedFieldsNameTheirPlainOnes() {
        Incident i = only("case.json", """
                {"Case": {"Subject": "Direct deposits not received", "Priority": "High", "Severity__c": "Sev 1",
                  "CreatedDate": "2026-11-04T12:41:33.000+0000",
                  "PIR_Root_Cause__c": "Parallel file builds reused the file ID modifier.",
                  "PIR_Date__c": "2026-11-05",
                  "CaseComments": {"totalSize": 1, "done": true, "records": [
                    {"CommentBody": "Payments on-call acknowledges and opens a bridge", "CreatedDate": "2026-11-04T12:58:00.000+0000"}]}}}
                """);
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("file ID modifier"));
        // the review's date is not the incident's
        assertThat(i.date()).isNotEqualTo(Optional.of(java.time.LocalDate.parse("2026-11-05")));
        assertPhases(i, "ACKNOWLEDGED", "2026-11-04T12:58:00Z");
    }

    @Test
    void bareTimesAfterAnAfternoonOnesWrittenOnATwelveHourClock() {
        Incident i = only("sso.md", """
                # Postmortem: SSO logins rejected after a signing key rollover

                **Date:** 2026-01-27
                **Severity:** Sev2

                ## Timeline

                **2026-01-27** (all times Pacific)

                2:40pm Scheduled rollover job makes the new key active.

                2:55 First message in #it-help: "can't log in to Grafana, SAML error?"

                3:20 Three more reports. Carla pages Identity on-call.

                3:24 Mei acks the page.

                5:30pm Incident closed.
                """);
        // "2:55" after "2:40pm" is the same afternoon, not the next night
        assertPhases(i, "STARTED", "2026-01-27T22:40:00Z", "ACKNOWLEDGED", "2026-01-27T23:24:00Z", "CLOSED", "2026-01-28T01:30:00Z");
    }

    @Test
    void aTwelveHourClockPastMidnightInATableAndInJson() {
        Incident md = only("load.md", """
                # Postmortem: Nightly finance load missed

                **Date:** 2026-10-13
                **Severity:** SEV3

                ## Timeline (UTC)

                | Time | Event |
                |------|-------|
                | 9:30 PM | Backfill starts |
                | 11:20 | Load blocked on the table lock |
                | 12:40 | Load retry #3 starts, still blocked |
                | 6:50 AM | Finance asks in #data-help why the dashboard is stale |
                | 7:05 | Jorge picks it up |
                """);
        assertPhases(md, "STARTED", "2026-10-13T21:30:00Z", "ACKNOWLEDGED", "2026-10-14T07:05:00Z");
        assertThat(md.timeline()).extracting(e -> e.at().map(Object::toString).orElse("")).contains("2026-10-14T00:40:00Z");
        Incident json = only("p.json", """
                {"title": "Refunds stuck", "date": "2026-06-02", "severity": "SEV2", "timeline": [
                  {"time": "9:40 PM", "event": "Refund worker deploy"},
                  {"time": "9:50", "event": "Support reports refunds stuck, pages payments on-call"},
                  {"time": "10:05", "event": "On-call acknowledges"}]}
                """);
        assertPhases(json, "DETECTED", "2026-06-02T21:50:00Z", "ACKNOWLEDGED", "2026-06-02T22:05:00Z");
    }

    @Test
    void twelveHourClockTimesAreToldFromOtherLetters() {
        assertThat(TimelineClock.writesTwelveHourClock("2:40pm rollover")).isTrue();
        assertThat(TimelineClock.writesTwelveHourClock("at 7:45 a.m. the page")).isTrue();
        assertThat(TimelineClock.writesTwelveHourClock("3p Helpdesk has the user retry")).isTrue();
        assertThat(TimelineClock.writesTwelveHourClock("14:40 restarted 3 a new pod; v2 api; 5pmx")).isFalse();
    }

    @Test
    void anIssuesSeverityInItsLabels() {
        Incident github = only("gh.json", """
                {"title": "Checkout API 502s", "date": "2026-04-22", "created_at": "2026-04-22T14:19:00Z", "root_cause": "Pool exhausted",
                 "labels": [{"name": "incident"}, {"name": "sev2"}, {"name": "team:checkout"}]}
                """);
        assertThat(github.severity()).hasValue(Severity.SEV2);
        Incident gitlab = only("gl.json", """
                {"title": "Bookings migration locked the table", "date": "2026-08-14", "severity": "UNKNOWN", "created_at": "2026-08-14T08:47:00Z",
                 "root_cause": "A migration ran in CI against production", "labels": ["Incident::Resolved", "Sev::1", "service::bookings"]}
                """);
        assertThat(gitlab.severity()).hasValue(Severity.SEV1);
        Incident tiered = only("tier.json", """
                {"title": "Push tokens expired", "date": "2026-07-01", "created_at": "2026-07-01T10:00:00Z", "root_cause": "Key rotated", "tags": ["tier:1"]}
                """);
        assertThat(tiered.severity()).isEmpty();
    }

    @Test
    void anIssueWhosePostmortemIsOneOfItsComments() {
        Incident i = only("issue.json", """
                {"issue": {"title": "Checkout API 502s after a pool change", "created_at": "2026-04-22T14:31:00Z", "labels": ["incident", "sev2"]},
                 "comments": [
                   {"created_at": "2026-04-22T14:35:00Z", "body": "looking"},
                   {"created_at": "2026-04-24T17:02:00Z",
                    "body": "## Postmortem\\n\\n**Date:** 2026-04-22\\n\\n## Timeline (UTC)\\n\\n- 13:52 pool size change deployed\\n- 14:19 `CheckoutErrorRate` pages the checkout on-call\\n- 14:23 Dana acknowledges\\n- 15:56 incident closed\\n\\n## Root cause\\n\\nThe pool size was read from the wrong key and fell back to 2."}
                 ]}
                """);
        // the comment's timeline, not the times the comments were posted
        assertPhases(i, "DETECTED", "2026-04-22T14:19:00Z", "ACKNOWLEDGED", "2026-04-22T14:23:00Z", "CLOSED", "2026-04-22T15:56:00Z");
    }

    @Test
    void aTicketWithItsAuditsAndSideloadedIncidentsIsOneRecord() {
        // Zendesk: the problem ticket, its audits (each a list of events) and the linked incidents sideloaded beside it
        Incident i = only("zd.json", """
                {"ticket": {"id": 51877, "type": "problem", "subject": "[SEV2] Patients not receiving SMS codes", "priority": "urgent",
                            "created_at": "2026-07-08T15:02:44Z"},
                 "audits": [
                   {"created_at": "2026-07-08T15:06:31Z", "events": [{"type": "Comment", "body": "Ack'd the page. Looking at otp-sender."}]},
                   {"created_at": "2026-07-12T17:00:09Z", "events": [{"type": "Change", "field_name": "status", "value": "closed"},
                                                                    {"type": "Comment", "body": "Incident closed"}]}],
                 "incidents": [{"id": 51870, "subject": "Patient can't log in", "created_at": "2026-07-08T14:38:00Z", "type": "incident"},
                               {"id": 51871, "subject": "No SMS code", "created_at": "2026-07-08T14:41:00Z", "type": "incident"}]}
                """);
        assertThat(i.title()).hasValueSatisfying(t -> assertThat(t).contains("SMS codes"));
        assertPhases(i, "ACKNOWLEDGED", "2026-07-08T15:06:31Z", "CLOSED", "2026-07-12T17:00:09Z");
    }

    @Test
    void aPlainTextPostmortemWithSetextHeadingsIndentedListsAndADrawnTable() {
        Incident i = only("carousel.md", """
                Android crash loop after a carousel flag ramp
                =============================================

                  Date:        2026-06-03
                  Severity:    SEV-2


                Contributing factors
                --------------------

                    o  Rollout stages not checked for the app-version mix; the 10% cohort
                       was mostly on newer versions
                    o  No crash-rate guard on remote-config ramps


                Timeline:
                    times UTC, from the config console audit log and PagerDuty

                    15:30:00Z  flag ramped 10% -> 50% (Android)
                    15:41:12Z  Crashlytics velocity alert pages mobile on-call
                    15:44:50Z  Priya acks
                    16:50:00Z  Incident closed


                Action items
                ------------

                +----+--------------------------------------------+---------+-------------+
                | #  | Action                                     | Owner   | Status      |
                +----+--------------------------------------------+---------+-------------+
                | 1  | Never send a null subtitle                 | kenji   | Done        |
                | 2  | Crash-rate guard on ramps, paging mobile   | priya   | Open        |
                |    | on-call above 1% of sessions               |         |             |
                +----+--------------------------------------------+---------+-------------+
                """);
        assertThat(i.contributingFactors()).hasSize(2);
        assertPhases(i, "DETECTED", "2026-06-03T15:41:12Z", "ACKNOWLEDGED", "2026-06-03T15:44:50Z", "CLOSED", "2026-06-03T16:50:00Z");
        assertThat(i.actionItems()).extracting(ActionItem::action)
                .containsExactly("Never send a null subtitle", "Crash-rate guard on ramps, paging mobile on-call above 1% of sessions");
        assertThat(i.actionItems()).extracting(ActionItem::isDone).containsExactly(true, false);
    }

    @Test
    void aTicketsUpdatesUnderAnActionLikeNameAreItsTimeline() {
        // HaloITSM keeps a ticket's updates as "actions": each with a time, a note, who and an outcome
        Incident i = only("halo.json", """
                {"ticket": {"id": 48812, "summary": "ADL-SQL01 paused", "priority": {"name": "P1 - Critical"}, "dateoccurred": "2026-05-19T05:52:30Z"},
                 "actions": {"record_count": 2, "actions": [
                   {"datetime": "2026-05-19T08:03:12Z", "note": "Tom (on-call) acknowledges and starts looking", "who": "Tom Ridley", "outcome": "Update"},
                   {"datetime": "2026-05-22T11:10:07Z", "note": "Incident closed", "who": "Tom Ridley", "outcome": "Closed"}]}}
                """);
        assertPhases(i, "ACKNOWLEDGED", "2026-05-19T08:03:12Z", "CLOSED", "2026-05-22T11:10:07Z");
        assertThat(i.actionItems()).isEmpty();
    }

    @Test
    void theHourAClockChangeRepeatsReadAtTheOffsetTheCaptionStates() {
        Incident i = only("havana.md", """
                # Postmortem: card payout batch ran twice on the clock change

                **Date:** 2026-11-01
                **Severity:** SEV1

                ## Timeline

                Havana time. Every time below is after the 01:00 -> 00:00 change, so UTC-5.

                - **00:30** payout batch runs for the second time tonight
                - **06:10** reconciliation job finds 1,204 transfers paid twice; `PayoutReconMismatch` pages payouts on-call
                - **06:18** Yoandry acks the page
                """);
        // 00:30 comes twice that night; the writer says which: UTC-5, so 05:30Z
        assertPhases(i, "STARTED", "2026-11-01T05:30:00Z", "ACKNOWLEDGED", "2026-11-01T11:18:00Z");
        assertThat(Zones.oneStatedOffset("Times are UTC+2, not UTC+3")).isEmpty();
    }

    @Test
    void anIncidentToolsKeyTimestampsDateItsTimeline() {
        Incident i = only("inc-2291.md", """
                # INC-2291: Amex authorisations declined

                **Severity:** SEV2 · **Status:** Closed

                ## Key information

                | Field | Value |
                |---|---|
                | Impact started | Mar 4, 2026 13:31 UTC |
                | Reported at | Mar 4, 2026 14:01 UTC |

                ## Timeline

                Times are UTC.

                | Time | Type | Event |
                |---|---|---|
                | 13:31 | Custom event | Acquirer rotates its TLS certificate |
                | 13:55 | Role assigned | Priya acknowledges the page and takes incident lead |
                | 15:40 | Status change | Incident closed |
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.parse("2026-03-04"));
        assertPhases(i, "ACKNOWLEDGED", "2026-03-04T13:55:00Z", "CLOSED", "2026-03-04T15:40:00Z");
    }

    @Test
    void aToolsLogEntryColumnWithTheTeamsNotesBesideIt() {
        Incident i = only("pd.md", """
                # Postmortem: push notifications redelivered in a loop

                **Date:** 2026-05-08
                **Severity:** SEV2

                ## Timeline

                | Time | Log entry | Notes |
                |---|---|---|
                | 2026-05-08 01:30:00 EDT | — | Campaign fan-out starts (added by team) |
                | 2026-05-08 02:14:37 EDT | Triggered | Triggered through the Datadog integration: push-delivery p95 latency > 120s, pages mobile on-call |
                | 2026-05-08 02:21:10 EDT | Acknowledged | Acknowledged by Dana |
                | 2026-05-08 04:05:00 EDT | Resolved | Incident closed |
                """);
        assertPhases(i, "STARTED", "2026-05-08T05:30:00Z", "DETECTED", "2026-05-08T06:14:37Z", "ACKNOWLEDGED", "2026-05-08T06:21:10Z");
        assertThat(i.timeline().get(1).text()).startsWith("Triggered — Triggered through the Datadog integration");
    }

    @Test
    void aTicketsNotesTellEarlierMomentsWithTheirOwnClockTimes() {
        // TOPdesk: the progress trail's words are in memoText/plainText, stamped when typed; the
        // 08:50 note tells the trigger at 06:45, and the 08:34 one a warning nobody saw at 07:20
        Incident i = only("topdesk.json", """
                {"incident": {"number": "I 2605 0412", "briefDescription": "CivicCase extremely slow", "priority": {"name": "P2 - High"},
                   "callDate": "2026-05-12T07:58:00.000+0100", "responseDate": "2026-05-12T08:10:22.000+0100",
                   "closedDate": "2026-05-12T10:15:02.000+0100",
                   "progressTrail": [
                     {"entryDate": "2026-05-12T07:58:41.000+0100", "plainText": "Call logged. Caller says CivicCase screens take minutes to open."},
                     {"entryDate": "2026-05-12T08:34:02.000+0100", "memoText": "<p>FYI the SQL sensor went to Warning at 07:20. It only e-mails a mailbox.</p>"},
                     {"entryDate": "2026-05-12T08:50:07.000+0100",
                      "plainText": "Defender is scanning the SQL data files. The new AV policy went live on all servers at 06:45 this morning (our change C 2605 031)."},
                     {"entryDate": "2026-05-12T09:40:12.000+0100", "plainText": "Update to callers: performance is improving. Next update 10:30."},
                     {"entryDate": "2026-05-12T10:10:40.000+0100", "plainText": "All callers confirm CivicCase back to normal speed."}]}}
                """);
        assertPhases(i, "STARTED", "2026-05-12T05:45:00Z", "DETECTED", "2026-05-12T06:58:00Z", "ACKNOWLEDGED", "2026-05-12T07:10:22Z",
                "CLOSED", "2026-05-12T09:15:02Z");
        assertThat(i.timeline()).anySatisfy(e -> assertThat(e.text()).startsWith("The new AV policy went live"));
        // a plan is no moment: nothing stands at 10:30
        assertThat(i.timeline()).noneSatisfy(e -> assertThat(e.at()).hasValue(java.time.Instant.parse("2026-05-12T09:30:00Z")));
    }

    @Test
    void momentsToldInNotesStampedInUtcAreOnTheClockTheNotesName() {
        // BMC Helix work logs stamped in UTC; people type Eastern time, named once ("~07:40 ET")
        Incident i = only("helix.json", """
                {"title": "Citrix logons hang", "priority": "High",
                 "work_log": [
                   {"submit_date": "2026-04-20T12:02:11Z", "detailed_description": "Caller reports Citrix logon hanging for the whole Claims floor."},
                   {"submit_date": "2026-04-20T12:50:33Z", "detailed_description": "Director: logon duration started climbing around 07:40 ET, now 4-6 min."},
                   {"submit_date": "2026-04-20T13:20:00Z", "detailed_description": "Profile share throttled; the hourly snapshot ran at 07:00 and 08:00 this morning."},
                   {"submit_date": "2026-04-20T15:10:00Z", "detailed_description": "Snapshots moved off the share, logons back to 35s. Resolved."}]}
                """);
        assertPhases(i, "STARTED", "2026-04-20T11:40:00Z");
    }

    @Test
    void aReviewNoteWrittenDaysLaterTellsNoMomentsOfItsOwnDay() {
        Incident i = only("gitlab.json", """
                {"title": "Bookings API errors during onsale", "labels": ["Sev::1"],
                 "notes": [
                   {"created_at": "2026-08-14T08:58:12Z", "body": "POST /bookings timing out, error rate 38%. Looking at the DB."},
                   {"created_at": "2026-08-14T09:19:20Z", "body": "Migration cancelled. Lock gone, inserts flowing."},
                   {"created_at": "2026-08-18T15:21:49Z", "body": "Post-incident review: the migration started at 08:41 and took a SHARE lock."}]}
                """);
        assertThat(i.timeline()).noneSatisfy(e -> assertThat(e.at()).hasValue(java.time.Instant.parse("2026-08-18T08:41:00Z")));
    }

    private static List<TimelineReader.Entry> moments(String note) {
        return TimelineReader.toldIn(note).stream().map(TimelineReader.Told::entry).toList();
    }

    @Test
    void theMomentsANotesWordsTell() {
        assertThat(moments("The policy went live at 06:45. DBA called 23:05, joined 23:12."))
                .extracting(e -> e.time().get().toString(), TimelineReader.Entry::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("06:45", "The policy went live at 06:45."),
                        org.assertj.core.groups.Tuple.tuple("23:05", "DBA called 23:05"),
                        org.assertj.core.groups.Tuple.tuple("23:12", "joined 23:12."));
        // an aside in brackets, a schedule's times, a state last true, a plan
        assertThat(moments("Rolling back 2026.03.17-1 (shipped 11:20 this morning) as a precaution.")).isEmpty();
        assertThat(moments("The hourly snapshot ran at 07:00 and 08:00 this morning.")).isEmpty();
        assertThat(moments("The app has the old secret: it last synced at 10:12.")).isEmpty();
        assertThat(moments("Next update 09:00.")).isEmpty();
        // a note that starts with its moment, as a log line does: the moment tells the words after the stamp
        assertThat(moments("7:40 - cause: the vendor's patch changed the sending facility code. Confirmed with them."))
                .extracting(e -> e.time().get().toString(), TimelineReader.Entry::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("07:40", "cause: the vendor's patch changed the sending facility code."));
        assertThat(moments("7:40 the vendor called back")).isEmpty();
        // the moment a state began: "country=US for EU IPs from 10:06 onwards"
        assertThat(moments("store-api logs: country=US for EU IPs from 10:06 onwards.")).extracting(e -> e.time().get().toString())
                .containsExactly("10:06");
        // the writer's own clock, named anywhere in the note, for that note's times
        assertThat(TimelineReader.toldIn("acked in PD at 9:14 (I'm in PT). Looking at the logs."))
                .extracting(t -> t.entry().zone().map(Object::toString).orElse(""), TimelineReader.Told::writersOwnClock)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("America/Los_Angeles", true));
        // a log's stamp is a moment wherever it stands, with its zone; a later zoneless time takes that zone
        assertThat(moments("job log: 2026-05-14 02:00:41 CDT ERROR upload failed. Retried at 02:30, same error."))
                .extracting(e -> e.time().get().toString(), e -> e.zone().isPresent())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("02:00:41", true), org.assertj.core.groups.Tuple.tuple("02:30", true));
    }

    @Test
    void aServiceNowRecordUnderResultWithItsJournalAsOneTextAndItsProblemTasksBeside() {
        // the Table API's {"result": [record]} with "related" records; work notes as one journal text, newest first
        Incident i = only("snow.json", """
                {"result": [{"number": "INC0048213", "short_description": "Card authorisation success rate below 97%",
                   "opened_at": "2026-03-10 22:44:09", "priority": "1 - Critical", "promoted_on": "2026-03-10 23:00:31",
                   "closed_at": "2026-03-11 09:40:02",
                   "work_notes": "2026-03-11 00:27:15 - Remi Okafor (Work notes)\\nAuth success back at baseline since 00:10. Resolving.\\n\\n2026-03-10 23:24:10 - Marta Lis (Work notes)\\nDBA called at 23:05, joined 23:12. The BBU learn cycle failed 21:58 and the controller cache went to write-through.\\n\\n2026-03-10 22:58:40 - Remi Okafor (Work notes)\\nAck'd page 22:51. Commit latency on pg-auth-01 very high."}],
                 "related": {"problem_task": [
                   {"number": "PTASK0003101", "short_description": "Route BBU alerts to the on-call service", "state": "Closed Complete"},
                   {"number": "PTASK0003102", "short_description": "Page on commit latency p99", "state": "Work in Progress"}]}}
                """);
        assertThat(i.title()).hasValue("Card authorisation success rate below 97%");
        assertPhases(i, "STARTED", "2026-03-10T21:58:00Z", "DETECTED", "2026-03-10T22:44:09Z", "ACKNOWLEDGED", "2026-03-10T22:51:00Z",
                "DECLARED", "2026-03-10T23:00:31Z", "CLOSED", "2026-03-11T09:40:02Z");
        assertThat(i.actionItems()).extracting(ActionItem::status).containsExactly(Optional.of(ActionStatus.DONE), Optional.of(ActionStatus.IN_PROGRESS));
    }

    @Test
    void aReviewTimelinePostedAsAJournalEntryIsTheTimelineAndTheTicketKeepsItsClosure() {
        Incident i = only("snow-pir.json", """
                {"result": [{"short_description": "Promo codes not applying at checkout", "opened_at": "2026-11-27 20:19:33",
                   "closed_at": "2026-11-30 15:02:10",
                   "work_notes": "2026-11-28 16:10:02 - Keisha Brown (Work notes)\\nTimeline for the PIR (all times CT):\\n1:50pm promo set loaded via promo admin (CHG0034410)\\n2:16pm first customer chat about promo codes spinning\\n2:27pm on-call acks\\n3:12pm cause found: whole-set hash evicted\\n3:20pm Marketing Ops disables the promo set (backing out CHG0034410)\\n5:30pm redemptions and conversion at forecast, resolved\\n\\n2026-11-27 20:31:00 - Dev Patel (Work notes)\\nLooking at apply-promo now."}]}
                """);
        assertPhases(i, "STARTED", "2026-11-27T19:50:00Z", "DETECTED", "2026-11-27T20:16:00Z", "ACKNOWLEDGED", "2026-11-27T20:27:00Z",
                "IDENTIFIED", "2026-11-27T21:12:00Z", "RESOLVED", "2026-11-27T23:30:00Z", "CLOSED", "2026-11-30T15:02:10Z");
        assertThat(i.timings().minutes()).containsEntry(io.hindsight.model.TimingMetric.DURATION, 4032L);
    }

    @Test
    void iTopsObjectsKeyedByClassAndIdWithTheirLogsOfEntries() {
        Incident i = only("itop.json", """
                {"code": 0, "message": "Found: 1", "objects": {"Incident::587": {"code": 0, "class": "Incident", "key": "587", "fields": {
                   "ref": "I-000587", "title": "Carrier portal: SSO logins failing", "start_date": "2026-04-22 10:04:51",
                   "close_date": "2026-04-24 16:02:18", "priority": "2",
                   "public_log": {"entries": [
                     {"date": "2026-04-22 12:10:12", "user_login": "cdumas", "message": "Resolved. The carrier portal is working normally again."},
                     {"date": "2026-04-22 10:15:40", "user_login": "jroux", "message": "Julien here, taking this one. Looking at the Keycloak nodes."}]}}}}}
                """);
        assertThat(i.title()).hasValue("Carrier portal: SSO logins failing");
        assertPhases(i, "ACKNOWLEDGED", "2026-04-22T10:15:40Z", "RESOLVED", "2026-04-22T12:10:12Z", "CLOSED", "2026-04-24T16:02:18Z");
    }

    @Test
    void aZnunyTicketInItsListOfOneWithDynamicFieldsAndArticles() {
        Incident i = only("znuny.json", """
                {"Ticket": [{"TicketNumber": "2026051410000031", "Title": "Emails to GMX bouncing", "Created": "2026-05-14 06:12:40",
                   "DynamicField": [{"Name": "IncidentSeverity", "Value": "SEV3"}],
                   "Article": [
                     {"CreateTime": "2026-05-14 06:12:40", "Subject": "bouncing", "Body": "Since this morning every mail we send to GMX bounces."},
                     {"CreateTime": "2026-05-14 06:40:02", "Subject": "re", "Body": "Our outbound IP is on a blocklist. Root cause found: a compromised mailbox sent spam overnight."}]}]}
                """);
        assertThat(i.title()).hasValue("Emails to GMX bouncing");
        assertThat(i.severity()).hasValue(Severity.SEV3);
        assertThat(i.timeline()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aNoteStampedInUtcIsOnTheClockItsToolShowedAndSoAreTheTimesItTells() {
        // Web Help Desk: "date" in UTC beside "prettyUpdatedString" in the school's local time (UTC-7)
        Incident i = only("whd.json", """
                {"id": 20931, "subject": "Chromebooks say connected but no internet", "reportDateUtc": "2026-10-13T14:41:26Z",
                 "notes": [
                   {"date": "2026-10-13T15:22:30Z", "prettyUpdatedString": "<strong>Oct 13, 2026 8:22 am</strong> <span>Dana</span> says:",
                    "noteText": "Found it. The student DHCP scope is 100% full; DHCP01 has logged event 1063 since 7:29."},
                   {"date": "2026-10-13T16:35:02Z", "prettyUpdatedString": "<strong>Oct 13, 2026 9:35 am</strong> <span>Dana</span> says:",
                    "noteText": "All testing rooms confirmed online. Resolving."}]}
                """);
        assertPhases(i, "STARTED", "2026-10-13T14:29:00Z", "DETECTED", "2026-10-13T14:41:26Z", "RESOLVED", "2026-10-13T16:35:02Z");
    }

    @Test
    void timesTypedOnAnUnnamedLocalClockAreReadOnTheClockTheirLagBehindTheUtcStampsShows() {
        // Zendesk comments stamped in UTC; the agents type Pacific time (UTC-7 in May) and never say so
        Incident i = only("zendesk.json", """
                {"ticket": {"id": 88412, "type": "problem", "status": "solved", "subject": "iOS: Sign in with Apple loops back to login", "created_at": "2026-05-18T15:12:40Z"},
                 "comments": [
                   {"created_at": "2026-05-18T15:21:02Z", "body": "Escalated to mobile on-call via PagerDuty 8:20am."},
                   {"created_at": "2026-05-18T15:31:10Z", "body": "ack'd 8:24, looking. 401s from /oauth/token on iOS only."},
                   {"created_at": "2026-05-18T15:38:44Z", "body": "Declared Sev 2 in #incidents at 8:35, IC is Maya."},
                   {"created_at": "2026-05-18T15:56:20Z", "body": "Cause found 8:51: a remote config flag was pushed at 7:30 this morning to all iOS users."}]}
                """);
        assertPhases(i, "STARTED", "2026-05-18T14:30:00Z", "ACKNOWLEDGED", "2026-05-18T15:24:00Z", "DECLARED", "2026-05-18T15:35:00Z");
    }

    @Test
    void aHomeGrownExportsLocalStampsDayFirstByItsZone() {
        Incident i = only("helpdesk.jsonl", """
                {"ref": "HD-0817", "title": "Customers can't send invoices", "prio": "P2", "tz": "Europe/London", "opened": "12/08/2026 14:03", "closed": "12/08/2026 17:40", "log": [{"when": "12/08/2026 14:03", "who": "Hannah", "note": "Logging this: 3 customers say Send invoice fails."}, {"when": "12/08/2026 14:31", "who": "Sam", "note": "Deleted the stale keys, sends working again."}]}
                """);
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertPhases(i, "DETECTED", "2026-08-12T13:03:00Z", "CLOSED", "2026-08-12T16:40:00Z");
    }

    @Test
    void notesStampedWithoutAZoneAreOnTheClockTheirOwnWordsNameAndAnEntryKeptTwiceIsOneEvent() {
        // ServiceNow display values (local, no zone); a note says "14:02 AEDT" four minutes before it was typed
        Incident i = only("snow-aedt.json", """
                {"result": {"number": "INC0048213", "short_description": "Interval reads not loading into MDM", "priority": "1 - Critical",
                   "work_notes": "18/02/2026 14:06:10 - Priya (Work notes)\\nBackout complete 14:02 AEDT. Loader publishing again, error rate 0.\\n\\n18/02/2026 12:41:30 - Sam (Work notes)\\nack'd the page, looking at the loader.",
                   "comments_and_work_notes": "18/02/2026 14:06:10 - Priya (Work notes)\\nBackout complete 14:02 AEDT. Loader publishing again, error rate 0."}}
                """);
        assertPhases(i, "ACKNOWLEDGED", "2026-02-18T01:41:30Z");
        assertThat(i.timeline()).filteredOn(e -> e.text().startsWith("Backout complete")).hasSize(1);
    }

    @Test
    void anAzureDevOpsWorkItemsNamespacedFieldsAreReadUnderTheirOwnNames() {
        Incident i = only("azdo.json", """
                {"workItem": {"id": 48213, "rev": 14, "url": "https://dev.azure.com/x/_apis/wit/workItems/48213",
                   "fields": {"System.Title": "Claims portal failing after identity switch", "Microsoft.VSTS.Common.Severity": "1 - Critical",
                     "Custom.RootCause": "The new managed identity had no Key Vault access policy.",
                     "Custom.ContributingFactors": "<ul><li>Health check does not touch Key Vault</li><li>No staging identity</li></ul>"}},
                 "comments": [
                   {"createdDate": "2026-03-09T14:01:40Z", "text": "On it, swapping the slot back now."},
                   {"createdDate": "2026-03-09T14:51:12Z", "text": "Error rate back to normal after the swap back."}]}
                """);
        assertThat(i.title()).hasValue("Claims portal failing after identity switch");
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertThat(i.rootCause()).hasValueSatisfying(c -> assertThat(c).contains("Key Vault access policy"));
    }

    @Test
    void aNotionPageWithItsBlocksIsAPostmortemAndItsPropertiesItsFields() {
        Incident i = only("notion.json", """
                {"page": {"object": "page", "properties": {
                    "Name": {"type": "title", "title": [{"plain_text": "Password reset emails delayed"}]},
                    "Severity": {"type": "select", "select": {"name": "Sev 3"}},
                    "Date": {"type": "date", "date": {"start": "2026-04-23"}}}},
                 "blocks": {"object": "list", "results": [
                    {"type": "heading_2", "heading_2": {"rich_text": [{"plain_text": "Timeline (UTC)"}]}},
                    {"type": "table", "table": {"table_width": 2}, "children": [
                       {"type": "table_row", "table_row": {"cells": [[{"plain_text": "Time"}], [{"plain_text": "Event"}]]}},
                       {"type": "table_row", "table_row": {"cells": [[{"plain_text": "07:00"}], [{"plain_text": "Marketing campaign send starts on the shared pool"}]]}},
                       {"type": "table_row", "table_row": {"cells": [[{"plain_text": "07:48"}], [{"plain_text": "Support reports customers not getting reset emails"}]]}},
                       {"type": "table_row", "table_row": {"cells": [[{"plain_text": "08:05"}], [{"plain_text": "On-call acknowledges and starts looking"}]]}}]},
                    {"type": "heading_2", "heading_2": {"rich_text": [{"plain_text": "Action items"}]}},
                    {"type": "to_do", "to_do": {"checked": true, "rich_text": [{"plain_text": "Separate IP pool for transactional mail"}]}},
                    {"type": "to_do", "to_do": {"checked": false, "rich_text": [{"plain_text": "Alert on reset-mail latency"}]}}]}}
                """);
        assertThat(i.title()).hasValue("Password reset emails delayed");
        assertThat(i.severity()).hasValue(Severity.SEV3);
        assertPhases(i, "STARTED", "2026-04-23T07:00:00Z", "DETECTED", "2026-04-23T07:48:00Z", "ACKNOWLEDGED", "2026-04-23T08:05:00Z");
        assertThat(i.actionItems()).extracting(ActionItem::status).containsExactly(Optional.of(ActionStatus.DONE), Optional.of(ActionStatus.OPEN));
    }

    @Test
    void aTrelloCardsDescriptionHoldingThePostmortemIsRead() {
        Incident i = only("trello.json", """
                {"id": "6a1e16fac3", "name": "SEV3 - Double bookings after 4.6.0", "closed": true, "idBoard": "5f1a9c3e",
                 "desc": "**Date:** 2 June 2026 \\u00b7 **Severity:** SEV3\\n\\n## Timeline (UTC)\\n\\n| Time | Event |\\n|---|---|\\n| 08:47 | First double booking after release 4.6.0 |\\n| 09:30 | Clinic manager reports two patients in one slot |\\n| 10:12 | Online booking turned off |\\n\\n## Root cause\\n\\nThe migration dropped the unique index on slots, so concurrent bookings were not rejected by the database.\\n"}
                """);
        assertPhases(i, "STARTED", "2026-06-02T08:47:00Z", "DETECTED", "2026-06-02T09:30:00Z");
        assertThat(i.rootCause()).hasValueSatisfying(c -> assertThat(c).contains("unique index"));
    }

    @Test
    void anA3ReportsTableOfTimesUnderItsCurrentConditionIsTheTimeline() {
        Incident i = only("a3.md", """
                # A3 - Waves stuck in Releasing, Daventry DC

                | Field | Value |
                |---|---|
                | Date of occurrence | 17/jun/2026 |
                | Severity | P2 |

                ## 1. Background

                The warehouse releases pick waves every 20 minutes through the WMS.

                ## 2. Current condition - what happened

                | Time (BST) | What happened | Who |
                |---|---|---|
                | 13:10 | Vendor applies CHG-2291, a new version of the allocation procedure | Vendor |
                | 13:45 | Wave 14 released by planning, status stays Releasing | Planning |
                | 14:20 | Team leader rings the IT Service Desk: no tasks on the RF guns, 40 pickers idle | Ops |
                | 14:31 | Priya picks up the ticket and rings the team leader back | IT |
                | 15:22 | Vendor starts the back-out of CHG-2291 | Vendor |

                ## 5. Countermeasures

                | # | Countermeasure | Owner | Due | Status |
                |---|---|---|---|---|
                | 1 | Vendor changes only in the Sunday window | Owen | 30/06/2026 | Complete |
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 6, 17));
        assertPhases(i, "STARTED", "2026-06-17T12:10:00Z", "DETECTED", "2026-06-17T13:20:00Z", "ROLLBACK_STARTED", "2026-06-17T14:22:00Z");
    }

    @Test
    void repliesQuotedUnderAChatMessageBelongToItAndTheTimesTheyMentionAreNoEvents() {
        Incident i = only("slack.md", """
                # Postmortem: Checkout 502s after an ingress change

                **Date:** 2026-03-10

                ## Timeline (EDT)

                tomas.b  2:31 PM
                nginx error log is full of upstream prematurely closed connection. did someone change keepalive on the ingress today?
                3 replies
                > **Priya Nair**: yes, PLAT-2291 went out at 1:48
                > **tomas.b**: ok that lines up with the LB graph

                tomas.b  2:38 PM
                confirmed, that's our cause

                deploy-bot  APP  2:41 PM
                Rollback started: ingress-nginx-prod to revision 41
                """);
        assertThat(i.timeline()).noneSatisfy(e -> assertThat(e.at()).hasValueSatisfying(at -> assertThat(at).isAfter(java.time.Instant.parse("2026-03-10T19:00:00Z"))));
        assertThat(i.timeline()).anySatisfy(e -> assertThat(e.text()).contains("went out at 1:48"));
    }

    @Test
    void aWorkItemsHtmlDescriptionHoldingThePostmortemIsRead() {
        Incident i = only("azdo-html.json", """
                {"workItem": {"id": 30917, "rev": 9, "url": "https://dev.azure.com/x/_apis/wit/workItems/30917",
                   "fields": {"System.Title": "Claims portal could not save claims", "Microsoft.VSTS.Common.Severity": "1 - Critical", "Custom.RootCause": "The portal connected to SQL01 by hostname, not through the AG listener.",
                     "System.Description": "<div><b>Summary</b></div><div>The AG failed over during patching and the portal kept writing to the old primary, now read-only.</div><br><div><b>Timeline (UTC)</b></div><table><tbody><tr><td><b>Time</b></td><td><b>Event</b></td></tr><tr><td>9 Sep 2026 22:38</td><td>SQL01 installs the September updates and reboots; the AG fails over to SQL02</td></tr><tr><td>23:35</td><td>Night-shift claims handler calls the Service Desk: claims will not save</td></tr><tr><td>00:03</td><td>DBA on call acknowledges the page and joins the bridge</td></tr></tbody></table>"}}}
                """);
        assertPhases(i, "STARTED", "2026-09-09T22:38:00Z", "DETECTED", "2026-09-09T23:35:00Z", "ACKNOWLEDGED", "2026-09-10T00:03:00Z");
    }

    @Test
    void aBlogPostsIncidentDateIsTheOneItsProseStatesNotItsBylines() {
        Incident i = only("flag-defaults.md", """
                # October 6 incident: SDKs received default flag values

                Northwind Flags Engineering · Ana Ruiz, CTO · October 9, 2026

                On Tuesday, October 6, 2026, for about 45 minutes, our streaming service sent some SDKs default values.
                We rated this incident P2 internally.

                ## Timeline (UTC)
                - 14:02 Config push to the streaming tier
                - 14:26 Customer reports arrive in the support queue
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 10, 6));
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertPhases(i, "STARTED", "2026-10-06T14:02:00Z", "DETECTED", "2026-10-06T14:26:00Z");
    }

    @Test
    void aDayTheProseNamesWithoutItsYearTakesTheYearOfThePostThatTellsIt() {
        Incident i = only("season-launch.md", """
                # Season launch: what went wrong with logins

                *Posted by the Live Ops team — March 20, 2026*

                From launch on Friday, March 13 until Saturday afternoon, many of you could not log in.

                ## Timeline

                | Date | Time (UTC) | What happened |
                |------|------------|---------------|
                | Fri Mar 13 | 21:00 | Season goes live |
                | Fri Mar 13 | 21:14 | Login failure alert pages the on-call |
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 3, 13));
        assertPhases(i, "STARTED", "2026-03-13T21:00:00Z", "DETECTED", "2026-03-13T21:14:00Z");
    }

    @Test
    void aTerseNotesDotSeparatedLineStillGivesItsDateWhenNothingElseDoes() {
        Incident i = only("thumbs.md", """
                # Mini postmortem: blurry thumbnails

                SEV4 · 2026-03-11 · times in UTC · written up by Dmitri

                | Time | What happened |
                |------|---------------|
                | 13:20 | Resizer quality setting changed |
                | 14:02 | Design team reports smeared avatars |
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 3, 11));
    }

    @Test
    void aQuestionHeadingHoldsTheFactorsOnlyWhenNoSectionNamesThem() {
        String timeline = """

                ## Timeline (UTC)
                - 10:00 Certificate expires
                - 10:20 Error alert pages the on-call
                """;
        Incident alone = only("alone.md", """
                # Postmortem: expired certificate
                **Date:** 2026-05-02

                ## Why it took an hour to recover
                - The renewal job had failed silently for a month
                - The runbook pointed at a retired dashboard
                """ + timeline);
        assertThat(alone.contributingFactors()).hasSize(2);
        Incident beside = only("beside.md", """
                # Postmortem: expired certificate
                **Date:** 2026-05-02

                ## Why it wasn't caught
                - Expiry checks looked at the leaf only
                - Nobody owned the certificate inventory

                ## Contributing factors
                - The renewal job had failed silently for a month
                """ + timeline);
        assertThat(beside.contributingFactors()).containsExactly("The renewal job had failed silently for a month");
    }

    @Test
    void aTrackersFilingDateDatesTheIncidentOnlyWhenNothingElseDoes() {
        Incident filed = only("web-5531.md", """
                # Blank pages on www after a release: CDN cached 404 for the new bundle #5531

                **dchu** opened this issue on Sep 3, 2026 · Closed · 7 comments

                ## Summary
                The new JS bundle was requested before it reached the origin and the CDN cached the 404.

                ## Timeline (UTC)
                - 14:02 Release deployed
                - 14:17 Error-rate alert pages the web on-call
                """);
        assertThat(filed.date()).hasValue(java.time.LocalDate.of(2026, 9, 3));
        Incident stated = only("sso-305.md", """
                # Enterprise SSO failing after a signing certificate rotation #305

                @rhea-v opened this issue on Dec 3, 2026 · 3 comments · Closed

                ## Root cause
                The new certificate was published to the federation metadata two days after it went live.

                ## Timeline (UTC)
                - 2026-12-01 09:10 Signing certificate rotated
                - 2026-12-01 09:40 Tenants report SSO failures to support
                """);
        assertThat(stated.date()).hasValue(java.time.LocalDate.of(2026, 12, 1));
    }

    @Test
    void aDayWithItsWeekdayInTheSummaryTakesThePostsYearWhenTheWeekdayFits() {
        Incident i = only("prices.md", """
                # Search showed last week's prices after the Thursday price sync

                *Search guild investigation · Lead: Marta K. · Published 2026-02-17*

                ## Summary
                On Thursday 12 February the weekly price sync published 1.8 million updates and the indexer stalled.

                ## Timeline (all times CET)
                - **06:00** Weekly price sync starts
                - **07:58** Customer service reports price mismatches in #cs-escalations
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 2, 12));
        Incident background = only("labels.md", """
                # Shipping labels not printing (print server disk full)

                Created by Gareth Price · 2026-07-02

                ## What happened
                Since the OS patching on 23 June the print server kept every completed job, and the disk filled.

                ## Timeline (UTC)
                - 06:40 Print server disk reaches 100%
                - 06:58 Packing line lead calls the service desk: no labels
                """);
        assertThat(background.date()).hasValue(java.time.LocalDate.of(2026, 7, 2));
    }

    @Test
    void aStoryNamesItsClockWithItsFirstTime() {
        Incident i = only("borrowing.md", """
                # Why you could not borrow many titles on Tuesday 16 June 2026

                ## How the morning unfolded

                The nightly import ran at 2:10 am AEST and finished without errors.

                The first report reached us at 8:47 am, when a librarian phoned our support line. At 9:05 am support
                escalated to the on-call engineer, who picked it up at 9:12 am and started investigating.

                ## Root cause
                A shifted column in the aggregator's file.
                """);
        assertPhases(i, "STARTED", "2026-06-15T16:10:00Z", "DETECTED", "2026-06-15T22:47:00Z");
    }

    @Test
    void aDetectionToldOnlyBesideTheCloseAfterTheResponseIsNone() {
        Incident i = only("lims.md", """
                # Postmortem: lab results not imported after a file server policy change
                **Date:** 2026-04-21

                ## Timeline (UTC)
                - 06:52 Gareth (Lab Systems) picks up and starts investigating
                - 07:48 Import log shows ACCESS_DENIED since last night. Cause identified
                - 09:20 Signing setting fixed on the import host; backlog import starts
                - 10:30 Gareth posts all-clear in the Lab Systems Teams channel and closes INC0049921
                """);
        assertThat(i.timings().phases()).doesNotContainKey(Phase.DETECTED)
                .containsEntry(Phase.ACKNOWLEDGED, java.time.Instant.parse("2026-04-21T06:52:00Z"))
                .containsEntry(Phase.CLOSED, java.time.Instant.parse("2026-04-21T10:30:00Z"));
    }

    @Test
    void aNoteWithNoHeadingsKeepsItsListOfTimes() {
        Incident i = only("scale-sync.md", """
                **Scale ticket sync down at the elevator** (sev4, 2026-10-06), Curtis B.

                Quick one as promised. Times UTC.

                - 13:02 first truck of the day weighed in; its ticket never reached the grain system
                - 13:25 scale house calls me: six trucks lined up
                - 13:34 started the sync service, new tickets flowing again
                - 14:15 closing this out

                Impact: 38 loads had no electronic ticket for up to 70 min.
                """);
        assertPhases(i, "STARTED", "2026-10-06T13:02:00Z", "CLOSED", "2026-10-06T14:15:00Z");
    }

    @Test
    void aGradeWrittenAloneBesideTheDateInABylineIsTheSeverity() {
        Incident dotted = only("search-gap.md", """
                # New listings missing from search

                _2026-03-03 · minor · Ola N. · times are UTC_

                ## Timeline
                * 09:02 – weekly reindex starts, live indexer paused
                * 10:15 – a seller emails support: new listings not searchable
                * 11:20 – closing this
                """);
        assertThat(dotted.severity()).hasValue(Severity.SEV4);
        Incident bracketed = only("scale-sync.md", """
                **Scale ticket sync down** (sev3, 2026-10-06), Curtis B.

                - 13:02 first ticket never reached the grain system
                - 14:15 closing this out
                """);
        assertThat(bracketed.severity()).hasValue(Severity.SEV3);
        // a grade-like word in a line that gives no date is no byline
        Incident undated = only("minor-release.md", """
                # Postmortem: stale banner after the minor release

                Platform team · minor · web

                ## Timeline (UTC)
                - 2026-05-02 10:00 release 4.1 shipped
                - 2026-05-02 10:40 support reports the old banner
                """);
        assertThat(undated.severity()).isEmpty();
        Incident labelled = only("auction-clock.md", """
                # Auction clock froze during the morning sale — 11 March 2026

                K. Jonsdottir, written 12 March. Sev 2: one auction paused for 25 min, no bids lost.

                7:11 buyer screens: clock stops on lot 31
                7:14 a buyer phones the support line
                8:48 sale finished normally, closing this incident
                """);
        assertThat(labelled.severity()).hasValue(Severity.SEV2);
    }

    @Test
    void aFieldAfterAnUnnamedDateOnAByline() {
        Incident i = only("claims-login.md", """
                # Claims portal logins failing

                2026-10-06 · Severity: Critical · Claims portal · Incident owner: A. Munro

                ## Timeline (UTC)
                | Time | Event |
                |---|---|
                | 18:38 | Session store fails over to a replica |
                | 18:52 | Login error alert pages the on-call |
                """);
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 10, 6));
    }

    @Test
    void aBylinesIncidentDateWrittenWithoutAColonIsTheDateBeforeADormantChangesDay() {
        Incident i = only("ingest-lag.md", """
                # Telematics ingest fell behind overnight

                Incident date 2026-06-02 · Sev 3 · written up by G. Pryce · status: reviewed 2026-06-04

                ## What happened
                - 2026-05-29 10:00 change board approves the broker disk replacement
                - 2026-06-02 21:40 partition reassignment kicked off
                - 2026-06-03 05:52 PagerDuty fired: ingest lag > 2M for 15m
                - 2026-06-03 09:30 closing the incident
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 6, 2));
        assertThat(i.severity()).hasValue(Severity.SEV3);
    }

    @Test
    void aBareContributingHeadingBesideARootCauseHoldsTheFactors() {
        Incident i = only("reindex.md", """
                # New listings missing from search

                Date: 2026-03-03

                ## Timeline (UTC)
                - 09:02 weekly reindex starts, live indexer paused
                - 11:20 closing this

                ## Why
                The unpause step runs only when the reindex succeeds.

                ## Contributing
                - No alert on a failed reindex.
                - Heap size never revisited as the catalogue grew.
                """);
        assertThat(i.contributingFactors()).hasSize(2);
    }

    @Test
    void anExportsLogBesideItsPhaseStampsTellsOnlyThePhasesTheStampsLeaveOut() {
        Incident i = only("comics-INC-88.json", """
                {"name": "Episode unlocks failing", "severity": {"name": "Critical"},
                 "incident_timestamps": [
                   {"name": "Impact started", "value": "2026-07-04T14:00:00Z"},
                   {"name": "Reported at", "value": "2026-07-04T14:03:00Z"},
                   {"name": "Mitigated at", "value": "2026-07-04T14:31:00Z"},
                   {"name": "Resolved at", "value": "2026-07-04T16:10:00Z"},
                   {"name": "Closed at", "value": "2026-07-08T01:35:00Z"}],
                 "updates": [
                   {"created_at": "2026-07-04T14:05:00Z", "message": "Acked the page. Looking at unlock-api now."},
                   {"created_at": "2026-07-04T14:20:00Z", "message": "Scaled unlock-api to 40 pods; errors back to normal."},
                   {"created_at": "2026-07-04T14:31:00Z", "message": "Raised the HPA max to 80. Unlocks working."}]}
                """);
        // the tool's own stamp says when it was mitigated; the log adds the acknowledgement it has no stamp for
        assertPhases(i, "STARTED", "2026-07-04T14:00:00Z", "DETECTED", "2026-07-04T14:03:00Z", "ACKNOWLEDGED", "2026-07-04T14:05:00Z",
                "MITIGATED", "2026-07-04T14:31:00Z", "RESOLVED", "2026-07-04T16:10:00Z");
    }

    @Test
    void anActionStruckThroughOrEndingInItsStatusIsDoneWhenTheTableHasNoStatusColumn() {
        Incident i = only("fare-zones.md", """
                # Postmortem: fare zones missing after the master import

                Date: 2026-11-06 | Severity: SEV2

                ## Root Causes
                The importer read a blank zone cell as "no zone" instead of refusing the row.

                ## Action Items

                | Action Item | Type | Owner | Bug |
                |---|---|---|---|
                | ~~Importer: treat a blank zone as a hard error~~ | prevent | Sato | FS-1402 |
                | Expiry probe for every relay certificate (done) | prevent | Priya | MB-4410 |
                | Validation warnings block publication | prevent | Mori | FS-1403 |
                """);
        assertThat(i.actionItems()).extracting(ActionItem::status).containsExactly(Optional.of(ActionStatus.DONE),
                Optional.of(ActionStatus.DONE), Optional.empty());
        assertThat(i.actionItems().get(0).action()).isEqualTo("Importer: treat a blank zone as a hard error");
    }

    @Test
    void aHurriedNotesListOfTimesUnderItsTitleIsItsTimelineAndItsPlainLabelsItsSections() {
        Incident i = only("barrier-cert.md", """
                # Barriers not opening for app entries (broker cert expired)

                Date: 2026-10-27 · Author: J. Dvorak · Severity: minor · all times UTC

                - 04:00 TLS cert on the broker expires
                - 06:25 garage desk phones our support line, Petra calls me
                - 06:31 on it, controllers logging "TLS handshake failed"
                - 07:19 rebuilt the chain and restarted the broker, 19 of 23 controllers reconnected
                - 07:52 last 4 reconnected after a power-cycle, all barriers online

                Root cause: the renewal cron had been failing silently for five weeks.

                Follow-ups
                - cert expiry alert at 21 days — DONE
                - fix the DNS hook in the renewal cron — DONE
                - firmware 3.x for the last 4 controllers — planned
                """);
        assertPhases(i, "STARTED", "2026-10-27T04:00:00Z", "DETECTED", "2026-10-27T06:25:00Z", "RESOLVED", "2026-10-27T07:52:00Z");
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).startsWith("the renewal cron"));
        assertThat(i.actionItems()).hasSize(3);
        assertThat(i.actionItems().stream().filter(a -> a.status().filter(ActionStatus.DONE::equals).isPresent())).hasSize(2);
        // the root cause and the follow-ups are no part of the last event
        assertThat(i.timeline().get(i.timeline().size() - 1).text()).doesNotContain("Root cause").doesNotContain("firmware");
    }

    @Test
    void aQuotedInfoBoxUnderTheTitleGivesTheGradeAndTheIncidentDateAmongItsParts() {
        Incident i = only("ferry-booking-cert.md", """
                # Ferry bookings: "Can't connect" after API certificate renewal

                > Post-incident review · Sailings Platform · **Sev 2** · Date of incident: **Tuesday 9 June 2026**
                > Incident manager: Ines Moreau · Author: Tom Kerr

                ## Timeline

                All times BST (UTC+1).

                | When | What happened |
                |---|---|
                | 6:10 am | Renewal job installs the new certificate. |
                | 7:02 am | First customer calls; the service desk pages mobile on-call. |
                | 9:15 am | One hour at normal booking volumes. Resolved. |
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 6, 9));
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertPhases(i, "STARTED", "2026-06-09T05:10:00Z", "DETECTED", "2026-06-09T06:02:00Z", "RESOLVED", "2026-06-09T08:15:00Z");
    }

    @Test
    void aHomeGrownTrackersFieldsNamedAsAWriterHeadsSectionsAreThoseSections() {
        Incident i = only("opsdesk-INC-0311.json", """
                {"tkt": "OPS-INC-0311", "heading": "Invoices emailed twice after mailer retry change", "impact_grade": "P3",
                 "phase_times": {"fault_began": "2026-04-02T09:00:00Z", "first_alarm": "2026-04-02T09:20:00Z",
                                 "all_green": "2026-04-02T10:30:00Z", "ticket_shut": "2026-04-02T11:00:00Z"},
                 "log": [{"at": "2026-04-02T09:00:00Z", "what": "mailer 2.3 deployed with retries on timeouts"},
                         {"at": "2026-04-02T09:20:00Z", "what": "Finance calls the help desk: customers got each invoice twice"}],
                 "why": "The retry did not check whether the first send had gone out.",
                 "made_worse_by": ["No idempotency key on sends", "Retries were not in the change review"],
                 "fixes": [{"what": "Idempotency key per invoice", "who": "Ana", "state": "DONE"},
                           {"what": "Review retries like logic", "who": "Ben", "state": "OPEN"}],
                 "learnt": ["A retry is a behaviour change"]}
                """);
        assertThat(i.title()).hasValue("Invoices emailed twice after mailer retry change");
        assertThat(i.severity()).hasValue(Severity.SEV3);
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).startsWith("The retry did not check"));
        assertThat(i.contributingFactors()).hasSize(2);
        assertThat(i.actionItems()).hasSize(2);
        assertThat(i.actionItems().get(0).status()).hasValue(ActionStatus.DONE);
        assertThat(i.lessonsLearned()).containsExactly("A retry is a behaviour change");
        assertPhases(i, "STARTED", "2026-04-02T09:00:00Z", "DETECTED", "2026-04-02T09:20:00Z", "RESOLVED", "2026-04-02T10:30:00Z",
                "CLOSED", "2026-04-02T11:00:00Z");
    }

    @Test
    void aSmallTeamsNoteGivesItsGradeAloneAndItsActionsStatusesAfterADashWithANote() {
        Incident i = only("label-gw-cert.md", """
                # label-gw cert expired 2026-03-11

                sev4. writing this up fast before handover. - declan

                ## timeline (utc)
                - 07:00 cert expires, label-gw refuses tls from the packing stations
                - 07:09 packing lead rings the helpdesk, labels not printing on any station
                - 07:41 new cert installed, label-gw restarted, stations printing again

                ## follow-ups
                - expiry alert for every internal cert (declan) — done 12 Mar
                - move label-gw to the managed issuer (ops) — todo, needs a change window
                - document the manual label fallback (Sneha). **Done**, shipped 14 Mar.
                """);
        assertThat(i.severity()).hasValue(Severity.SEV4);
        assertThat(i.actionItems()).extracting(a -> a.status().orElse(null))
                .containsExactly(ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.DONE);
    }

    @Test
    void aBugCellsTicketAndItsStateAfterAColonAreTheActionsStatus() {
        Incident i = only("kiosk-print-jobs.md", """
                # Photo kiosks: print jobs stuck after the uploader update

                Date: 2026-08-03 · Severity: SEV3

                ## Root Causes
                The image library update rejected HEIC uploads, and the uploader retried them forever.

                ## Action Items

                | Action Item | Type | Owner | Bug |
                |---|---|---|---|
                | Alert on uploader restarts | detect | Mori | PRT-882: done |
                | HEIC fixtures in the load test | prevent | Hayashi | PRT-883: in progress |
                | Backward compatible job tokens | prevent | Hayashi | PRT-885: open |
                """);
        assertThat(i.actionItems()).extracting(a -> a.status().orElse(null))
                .containsExactly(ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.OPEN);
    }

    @Test
    void aBugCellsStateInBracketsMayBeShippedOrInReview() {
        Incident i = only("email-sync.md", """
                # Email sync stalled behind a table rewrite

                Date: 2026-04-21 · Severity: SEV3

                ## Root Causes
                A migration rewrote the activity table under an exclusive lock.

                ## Action Items

                | Action Item | Type | Owner | Bug |
                |---|---|---|---|
                | Lint large-table column type changes | prevent | data platform | PW-3391 (shipped) |
                | Page on sync queue depth | detect | sync team | PW-3394 (in review) |
                | Per-shard worker pools | mitigate | sync team | PW-3393 (merged) |
                | Production-scale staging shard | prevent | data platform | PW-3395 (open) |
                """);
        assertThat(i.actionItems()).extracting(a -> a.status().orElse(null))
                .containsExactly(ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.OPEN);
    }

    @Test
    void aNoteUnderTheTitleGivesTheGradeAsALabelledSentenceAndTheZoneOfTheTimesBelow() {
        Incident i = only("gate-kiosks.md", """
                # Gate appointment validation outage

                _Harbour logistics, integration platform team. Incident date: 12 November 2025.
                Severity: Major. Written by the integration on-call who handled the incident; reviewed with
                terminal operations on 14 November 2025._

                Everything below is in Mountain time (Denver office), since that's what our chat shows.

                ## Timeline

                - 2:05pm broker disk alarm fires, pages the integration on-call
                - 2:10pm on-call acknowledges
                - 3:40pm debug logs moved off the volume, publishers unblocked, kiosks validating again
                """);
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertThat(i.timings().phases().get(Phase.DETECTED)).isEqualTo(java.time.Instant.parse("2025-11-12T21:05:00Z"));
    }

    @Test
    void measuresAsTheActionsHeadingAYearFirstDottedDateAndABracketedStatusWithItsDate() {
        Incident i = only("login-storm.md", """
                # Postmortem: Login failures at the season open

                ## Overview

                | Item | Content |
                |------|---------|
                | Date | 2026.05.14 |
                | Severity | SEV1 |

                ## Chronology (all times KST)

                | Time | Event |
                |------|-------|
                | 23:40 | Season update opened |
                | 00:03 | Login error alert fires, server on-call paged |

                ## Reason
                The new client retries login every second without jitter.

                ## Measures

                | No. | Measure | Responsible | Until | Status |
                |-----|---------|-------------|-------|--------|
                | 1 | Add jitter to client login retries | Client team | 20.05.2026 | finished |
                | 2 | Raise the auth DB connection limit | DBA | 30.05.2026 | in work |

                ## Follow-up

                1. [Done 2026-05-16] Login queue shows the waiting position.
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 5, 14));
        assertThat(i.actionItems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(i.actionItems().get(0).status()).hasValue(ActionStatus.DONE);
        assertThat(i.actionItems().get(1).status()).hasValue(ActionStatus.IN_PROGRESS);
    }

    @Test
    void aTerseNotesDateAsASentenceAfterItsGradeAndABracketedStatusWithItsDate() {
        Incident i = only("confirmations.md", """
                # booking confirmation emails delayed

                quick writeup, not a full PM.
                Sev: P3. Wed 22 Apr 2026. Notifications team, Bengaluru.

                ## timeline (IST)
                - 14:10 consumer 3.8 deployed
                - 15:32 customer care lead pings #notif-oncall: spike in "no confirmation email" chats
                - 16:09 3.7.2 live on all consumers, lag going down

                ## what we are doing
                1. [Done 2026-04-23] Lag alert on every topic of the consumer group.
                2. [Planned] Render emails outside the poll loop.
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 4, 22));
        assertThat(i.severity()).hasValue(Severity.SEV3);
        assertThat(i.actionItems()).extracting(a -> a.status().orElse(null)).containsExactly(ActionStatus.DONE, ActionStatus.OPEN);
    }

    @Test
    void offsetsRelativeToAStartThatNamesItsZoneTakeThatZoneForTheirWallClockTimes() {
        Incident i = only("duplicate-push.md", """
                # Duplicate push notifications to riders

                **Date:** 2025-05-23 · **Severity:** SEV3

                ## Timeline

                Relative to the start, **18:02 AEST** (worker v2.14 rollout complete). Wall-clock time in brackets.

                - **+0h00** (18:02) `notif-worker` v2.14 rollout complete.
                - **+0h19** (18:21) Support team lead posts in #eng-help: dozens of chats about spam notifications.
                - **+0h24** (18:26) Notifications on-call picks it up and starts looking.
                """);
        assertThat(i.timings().phases().get(Phase.STARTED)).isEqualTo(java.time.Instant.parse("2025-05-23T08:02:00Z"));
        assertThat(i.timings().phases().get(Phase.DETECTED)).isEqualTo(java.time.Instant.parse("2025-05-23T08:21:00Z"));
    }

    @Test
    void aToolsPostmortemSectionsKeepTheActionItemsAsMarkdown() {
        Incident i = only("results-delay.json", """
                {"title": "Lab results delayed overnight", "severity": {"name": "Sev 3"},
                 "incident_timestamps": [{"name": "Impact start", "value": "2026-06-16T01:30:00-05:00"},
                                         {"name": "Reported", "value": "2026-06-16T06:40:00-05:00"}],
                 "postmortem": {"sections": [
                   {"title": "Root cause", "body": "The snapshot froze the interface engine's filesystem and never thawed it."},
                   {"title": "Follow-up actions", "body": "- [x] Page on inbound queue depth (owner: integration lead)\\n- [ ] Thaw timeout on snapshots (owner: infrastructure)"}]}}
                """);
        assertThat(i.actionItems()).extracting(a -> a.status().orElse(null)).containsExactly(ActionStatus.DONE, ActionStatus.OPEN);
    }

    @Test
    void aStoryTimelinesRoughTimeWithTheExactMinuteInBracketsIsOneMomentAtThatMinute() {
        Incident i = only("manifests.md", """
                # Postmortem: Empty manifests after the geofence sync

                *By the Payments SRE team, Santiago, 10 de marzo de 2026*

                ## Summary

                On the morning of Tuesday 10 March the route planner produced empty manifests for 14 depots.

                ## Timeline (UTC)

                At 04:12, the nightly sync job pushed a new geofence file to the route planner.

                By 05:05 UTC, the shift supervisor at the hub had phoned the operations desk: handhelds showed no stops.

                Shortly after 05:15 (05:17), with a third depot calling in, the duty manager declared a SEV2 and took command.

                At 07:10, the IC closed the incident.
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 3, 10));
        assertThat(i.timings().phases().get(Phase.DECLARED)).isEqualTo(java.time.Instant.parse("2026-03-10T05:17:00Z"));
        assertThat(i.timeline()).noneMatch(e -> e.at().filter(java.time.Instant.parse("2026-03-10T05:15:00Z")::equals).isPresent());
    }

    @Test
    void anExportsLogEntryBeforeEveryStampIsTheStartWhenNoStampNamesIt() {
        Incident i = only("voice.json", """
                {"title": "Outbound calls to Austria failing on carrier route AT-2", "date": "2026-04-22", "severity": "Minor",
                 "root_cause": "Unannounced maintenance on the carrier's SBC cluster.",
                 "milestones": [{"type": "reported", "occurred_at": "2026-04-22T10:18:00+02:00"},
                                {"type": "mitigated", "occurred_at": "2026-04-22T11:04:00+02:00"},
                                {"type": "resolved", "occurred_at": "2026-04-22T11:30:00+02:00"}],
                 "updates": [{"created_at": "2026-04-22T09:55:00+02:00", "message": "From CDRs: first failed outbound calls via AT-2, SIP 503."},
                             {"created_at": "2026-04-22T10:40:00+02:00", "message": "Failures only on the AT-2 trunk; opened a ticket with the carrier."}]}
                """);
        assertThat(i.timings().phases().get(Phase.STARTED)).isEqualTo(java.time.Instant.parse("2026-04-22T07:55:00Z"));
        assertThat(i.timings().phases().get(Phase.DETECTED)).isEqualTo(java.time.Instant.parse("2026-04-22T08:18:00Z"));
    }

    @Test
    void anInterviewsQuestionsAreItsSectionsAndItsAnswersTellTheTimes() {
        Incident i = only("label-printers-interview.md", """
                # Interview: label printers offline at the Venlo hub

                **Incident date:** Tuesday 3 March 2026
                **Priority:** P2
                **Times:** CET throughout

                ### What happened?

                **Rutger:** The print spooler stopped sending jobs to the label printers on the outbound lines.

                ### When did it actually start?

                **Rutger:** The first failed print job in the spooler log is at 06:12.

                ### When did you find out?

                **Rutger:** The line lead phoned the service desk at 06:31 because no labels came out. I acknowledged the ticket at 06:38.

                ### How did you get it back?

                **Anouk:** We rolled back the spooler to the previous version at 07:05 and labels printed again at 07:14. I closed the incident at 08:00.

                ### Actions

                - [x] Alert on spooler queue age (Rutger, done)
                - [ ] Canary the spooler on one line first (Anouk, due 20 March)
                """);
        assertPhases(i, "STARTED", "2026-03-03T05:12:00Z", "DETECTED", "2026-03-03T05:31:00Z", "ACKNOWLEDGED", "2026-03-03T05:38:00Z",
                "CLOSED", "2026-03-03T07:00:00Z");
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertThat(i.actionItems()).hasSize(2);
    }

    @Test
    void minutesLetteredFactorsADateOnTheReferenceLineAndAClassificationAsTheGrade() {
        Incident i = only("tram-signals-minutes.md", """
                # Minutes of the post-incident review

                **Incident:** TS-2026-014, Friday 6 February 2026
                **Classification:** Major
                **Meeting:** Monday 9 February 2026, 14:00

                ### 2. Account of the incident

                The signal controller lost its uplink at 07:40. The tram control room saw stale aspects and called the on-call engineer at 07:52.

                ### 4. Contributing factors

                The meeting agreed on these factors:

                a) The uplink had no second path.
                b) The stale-aspect warning does not page anyone,
                and it is only shown on one screen.
                c) The firmware update window overlapped the morning peak.

                ### 5. Actions

                - **ACTION** Mira: add a second uplink path. *Done 20 February, after the review.*
                - **ACTION** Joost: page on stale aspects. Due 6 March.
                - Cem: move the update window. ✅ done 12 February
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2026, 2, 6));
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertThat(i.contributingFactors()).hasSize(3);
        assertThat(i.contributingFactors().get(1)).contains("only shown on one screen");
        assertThat(i.actionItems()).extracting(a -> a.status().orElse(null))
                .containsExactly(ActionStatus.DONE, null, ActionStatus.DONE);
    }

    @Test
    void aDayWrittenAloneInAStoryDatesTheMomentsAfterIt() {
        Incident i = only("vat-invoices.md", """
                # Wrong VAT on invoices after the rate table import

                **Date:** 2026-06-15 · **Severity:** SEV3 · times in UTC

                ## What happened

                **Monday, June 15.** At 9:10 AM the rate table import ran. Support reported wrong VAT on invoices at 10:02 AM.
                We reverted the import at 10:40 AM and new invoices were right again at 10:55 AM.

                **Tuesday, June 16.** At 8:30 AM the reissued invoices went out and the finance team confirmed the ledger matched. We closed the incident at 9:00 AM.
                """);
        assertThat(i.timings().phases().get(Phase.CLOSED)).isEqualTo(java.time.Instant.parse("2026-06-16T09:00:00Z"));
        assertThat(i.timings().phases().get(Phase.DETECTED)).isEqualTo(java.time.Instant.parse("2026-06-15T10:02:00Z"));
    }

    @Test
    void aWarningDaysBeforeReadAsADetectionIsBackgroundWhenTheIncidentsOwnDetectionFollows() {
        Incident i = only("nas-controller.md", """
                # Postmortem: file shares slow after a NAS controller failure

                **Date:** 2026-09-21 · **Severity:** SEV2

                ## Timeline (UTC)

                | Time | Event |
                |---|---|
                | 2026-09-17 10:00 | Vendor flags correctable memory errors on controller 2 in the weekly health report; advice: monitor |
                | 2026-09-21 06:40 | Controller 2 panics; controller 1 takes over all volumes in write-through mode |
                | 2026-09-21 07:12 | First call to the service desk: staff report file saves hanging |
                | 2026-09-21 07:20 | On-call engineer acknowledges |
                | 2026-09-21 09:30 | Replacement controller fitted; write-back cache on again, latency back to normal |
                | 2026-09-21 10:00 | Incident closed |
                """);
        assertPhases(i, "STARTED", "2026-09-21T06:40:00Z", "DETECTED", "2026-09-21T07:12:00Z");
    }

    @Test
    void anOperationsFloorsShiftLogIsTheTimelineAndAPageLabelledWithItsSenderIsADetection() {
        Incident i = only("hall-c-pdu.md", """
                # Hall C PDU trip

                **Date:** 2026-04-14 · **Severity:** Major · times in UTC

                ## 3. Shift log extract

                ```
                14/04 08:30   CHG-5512 start: PDU firmware on rack C-07.
                14/04 08:52   NMS (Icinga) page: 6 x host DOWN, rack C-07. Received by shift.
                14/04 08:55   On-call acknowledges on the bridge.
                14/04 09:20   CHG-5512 backed out, PDU on previous firmware.
                14/04 09:40   All hosts in C-07 back up; service owners confirm full service.
                14/04 10:05   Incident closed.
                ```
                """);
        assertPhases(i, "STARTED", "2026-04-14T08:30:00Z", "DETECTED", "2026-04-14T08:52:00Z", "ACKNOWLEDGED", "2026-04-14T08:55:00Z");
    }

    @Test
    void anExportsLogUnderItsOwnNamesWithTimesOfDayEpochMillisecondsAndARemediationList() {
        Incident kiosks = only("kiosks.json", """
                {"title": "Ticket kiosks showing stale departures", "date": "2026-09-03", "tz": "America/Chicago", "severity": "Sev 3",
                 "entries": [{"at": "1:47 PM", "what": "Feed certificate expires; ingest rejects every connection (found in logs later)"},
                             {"at": "2:05 PM", "what": "Customer care reports riders complaining about frozen departure boards"},
                             {"at": "2:33 PM", "what": "On-call acknowledges and picks up the thread"},
                             {"at": "4:10 PM", "what": "Record closed"}],
                 "remediation": [{"item": "Monitor expiry of vendor certificates", "state": "closed"},
                                 {"item": "Alert on feed freshness", "progress": "Not started"}]}
                """);
        assertPhases(kiosks, "STARTED", "2026-09-03T18:47:00Z", "DETECTED", "2026-09-03T19:05:00Z", "CLOSED", "2026-09-03T21:10:00Z");
        assertThat(kiosks.actionItems()).extracting(a -> a.status().orElse(null)).containsExactly(ActionStatus.DONE, ActionStatus.OPEN);

        Incident lobby = only("lobby.json", """
                {"title": "Lobby joins failing after a cache failover", "date": "2026-05-02", "severity": "Major",
                 "timeline": [{"t_ms": 1777744800000, "entry": "Maintenance window opened on the session cache"},
                              {"t_ms": 1777745352000, "entry": "Players report in the community channel that joins hang"},
                              {"t_ms": 1777752300000, "entry": "Closing the incident"}],
                 "remediation": "Restarted the lobby service"}
                """);
        assertPhases(lobby, "STARTED", "2026-05-02T18:00:00Z", "CLOSED", "2026-05-02T20:05:00Z");
        assertThat(lobby.actionItems()).isEmpty();
        assertThat(lobby.warnings()).noneMatch(w -> w.contains("remediation"));
    }

    @Test
    void aTimeGivenAsAnotherConvertedInTheCaptionIsNoEvent() {
        Incident i = only("cdc-stall.md", """
                # Postmortem: claims dashboard empty after a database failover

                **Date:** 2024-08-14 · **Severity:** SEV3

                ## Timeline

                All times IST (UTC+05:30). The nightly schedule is written in UTC in Airflow (`30 20 * * *`), which is 02:00 IST.

                ```
                2024-08-14 23:10  DBA team starts the planned failover of claims-pg
                2024-08-15 09:40  Claims analyst in #data-help: the dashboard has nothing after 23:00 last night
                2024-08-15 11:30  Connector re-created, backfill done, dashboard current again
                2024-08-15 12:00  Incident closed
                ```
                """);
        assertPhases(i, "STARTED", "2024-08-14T17:40:00Z", "DETECTED", "2024-08-15T04:10:00Z");
    }

    @Test
    void aGermanReviewItsZoneSentenceGradeLevelFactorsAndDoneWords() {
        Incident i = only("stoerung-zahlungen.md", """
                # Störungsbericht: Kartenzahlungen im Webshop abgelehnt

                | Feld | Wert |
                |---|---|
                | Datum | Dienstag, 3. März 2026 |
                | Störungsstufe | 1 (kritisch) |

                Alle Zeitangaben in Ortszeit Leipzig (MEZ).

                ## Ablauf

                | Zeit | Ereignis |
                |---|---|
                | 08:10 | Neue Version des Zahlungsdienstes ausgerollt |
                | 08:35 | Kundenservice meldet per Ticket gehäufte Anrufe: Zahlung nicht möglich |
                | 08:40 | Rufbereitschaft quittiert und beginnt mit der Analyse |
                | 09:05 | Ursache gefunden: falscher Zertifikatspfad in der neuen Version |
                | 09:30 | Störung geschlossen |

                ## Begünstigende Faktoren

                - Kein Alarm auf die Ablehnungsquote.
                - Der Rauchtest prüft keine Zahlungen.

                ## Maßnahmen

                | Maßnahme | Verantwortlich | Stand |
                |---|---|---|
                | Alarm auf Ablehnungsquote | Jana | Erledigt |
                | Rauchtest mit Testzahlung | Omar | In Arbeit |
                """);
        assertThat(i.severity()).hasValue(Severity.SEV1);
        assertPhases(i, "STARTED", "2026-03-03T07:10:00Z", "DETECTED", "2026-03-03T07:35:00Z", "ACKNOWLEDGED", "2026-03-03T07:40:00Z",
                "CLOSED", "2026-03-03T08:30:00Z");
        assertThat(i.contributingFactors()).hasSize(2);
        assertThat(i.actionItems()).extracting(a -> a.status().orElse(null)).containsExactly(ActionStatus.DONE, ActionStatus.IN_PROGRESS);
    }

    @Test
    void aDutchDateWithItsWeekdayAndTheItalianWordForAtBeforeATime() {
        Incident dutch = only("kluizen.md", """
                # Incidentevaluatie: kluizen gaan niet open

                | | |
                |---|---|
                | **Datum incident** | maandag 9 februari 2026 |

                Alle tijden in Nederlandse tijd (CET, UTC+1).

                ## Tijdlijn

                ```
                07:58  uitrol kluisconfig 2.4 gestart
                08:30  eerste klantchat: kluis gaat niet open
                09:48  terugrol naar 2.3 gestart
                12:00  incident gesloten
                ```

                ## Oorzaak

                Versie 2.4 rekende de geldigheid van ophaalcodes in UTC, het centrale systeem in lokale tijd.
                """);
        assertPhases(dutch, "STARTED", "2026-02-09T06:58:00Z", "DETECTED", "2026-02-09T07:30:00Z", "ROLLBACK_STARTED", "2026-02-09T08:48:00Z");

        Incident italian = only("otp.md", """
                # Post-mortem: codici OTP non recapitati

                **Data:** 2026-01-15

                *Orari in ora italiana (CET).*

                ## Sintesi

                Giovedì mattina il fornitore SMS principale ha rifiutato i nostri invii perché la quota giornaliera era esaurita:
                gli utenti non ricevevano il codice di accesso e non potevano entrare nell'app.

                ## Cronologia

                - ore 9.50 – Marketing avvia la campagna SMS dall'account condiviso.
                - ore 10.42 – Prime segnalazioni delle farmacie al customer care.
                - ore 14.30 – Incidente chiuso.
                """);
        assertPhases(italian, "STARTED", "2026-01-15T08:50:00Z", "DETECTED", "2026-01-15T09:42:00Z", "CLOSED", "2026-01-15T13:30:00Z");
    }

    @Test
    void frontMatterKeepsTheDayItsWriterGaveAndItsTimelineWhenTheSectionOnlyRendersIt() {
        Incident i = only("feed-freeze.md", """
                ---
                title: "Realtime feed frozen"
                date: 2025-08-08T21:00-05:00
                severity: SEV2
                timeline:
                  - time: "2025-08-09T02:45Z"
                    event: "Feed publisher stops writing new snapshots"
                  - time: "2025-08-09T03:10Z"
                    event: "Riders report frozen arrival times to customer care"
                  - time: "2025-08-09T04:55Z"
                    event: "Incident closed"
                ---

                ## Timeline

                The timeline is rendered from the front matter:

                {{< incident-timeline >}}

                * The 03:10 report came before any alert.
                """);
        assertThat(i.date()).hasValue(java.time.LocalDate.of(2025, 8, 8));
        assertPhases(i, "STARTED", "2025-08-09T02:45:00Z", "DETECTED", "2025-08-09T03:10:00Z", "CLOSED", "2025-08-09T04:55:00Z");
    }

    @Test
    void anEventDatedAWeekBeforeTheIncidentDoesNotDateTheTimesAfterIt() {
        Incident i = only("ccap-overrun.md", """
                # Postmortem: CCAP upgrade overran its window

                **Date:** 2025-09-13 · **Severity:** SEV3 · times in UTC

                ## Timeline

                - 2025-09-06 — Planned-work notice sent to subscribers
                - 22:02 — Window opens, the upgrade starts
                - 23:04 — NOC sees two linecards stuck booting; modems on them offline
                - 23:40 — Customers report no service to the call centre
                - 01:30 — Linecard replaced, modems back online
                - 02:10 — Incident closed
                """);
        assertPhases(i, "STARTED", "2025-09-13T22:02:00Z", "CLOSED", "2025-09-14T02:10:00Z");
    }

    @Test
    void aHurriedNotesLogInACodeBlockOrUnderALabelIsItsTimeline() {
        Incident code = only("matchmaking.md", """
                # matchmaking timeouts / coredns — MAJOR

                5 Feb 2026, all times UTC. chat summary, lightly edited.

                ```
                10:03:10  node pool upgrade kicked off on prod (planned maint)
                10:09:45  alert: mm-api p99 > 3s, paged
                10:11:02  ack'd - tomas
                10:15     major declared in #inc
                11:15     closed
                ```
                """);
        assertPhases(code, "STARTED", "2026-02-05T10:03:10Z", "DETECTED", "2026-02-05T10:09:45Z", "CLOSED", "2026-02-05T11:15:00Z");

        Incident labelled = only("checkout-5xx.md", """
                # checkout 5xx spike — 2026-03-12

                sev2 · all times UTC

                impact: ~2.1k failed checkout attempts over ~20 mins

                - 13:58 deploy checkout-api v2.41
                - 14:11 datadog monitor fired → pagerduty
                - 14:13 ack'd by jk
                - 14:20 rollback to v2.40 started
                - 14:40 all clear, conversion back to baseline
                """);
        assertPhases(labelled, "STARTED", "2026-03-12T13:58:00Z", "DETECTED", "2026-03-12T14:11:00Z", "ROLLBACK_STARTED", "2026-03-12T14:20:00Z");
    }

    @Test
    void aWordProcessorsExportWithPandocSpansAndAZoneInTheMetadataList() {
        Incident i = only("signin-key.md", """
                []{#_Toc2063 .anchor}**[Signin Incident Report]{.underline}**

                - **Date of incident:** Sunday, 9 March 2025
                - **Incident grade:** Grade 2 (Major)
                - All times are Seoul time (UTC+9)

                **[Summary]{.underline}**

                Nobody could sign in for five hours because the token signing key expired.

                **[Timeline]{.underline}**

                | Time | Event |
                |---|---|
                | 03:00 | Previous signing key reaches hard expiry; sign-ins fail |
                | 06:12 | First support ticket: a user says she was logged out and cannot get back in |
                | 06:44 | On-call acknowledges the page |
                | 08:10 | Incident closed |
                """);
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertPhases(i, "STARTED", "2025-03-08T18:00:00Z", "DETECTED", "2025-03-08T21:12:00Z", "CLOSED", "2025-03-08T23:10:00Z");
    }

    @Test
    void aDatumColumnDatesItsRowsAndAStatusBesideARagColumnIsTheCompletion() {
        Incident i = only("pas.md", """
                # Incident Report: PAS outage

                Severity: Major

                ## 4. Timeline

                | Datum | Uhrzeit (CET) | Ereignis / Event |
                |---|---|---|
                | 19.01.2026 | 21:00 | Planned storage firmware upgrade, completed 22:35 |
                | 22.01.2026 | 07:12 | Write latency on SAN-B rises sharply, first PAS timeouts |
                | 22.01.2026 | 07:26 | Dynatrace alert pages the IT on-call |

                ## 6. Remedial actions

                | Ref | Action | Owner | Due | RAG | Status |
                |---|---|---|---|---|---|
                | RA-1 | Roll back the firmware on both controllers | Storage | 23.01.2026 | Green | Complete |
                | RA-2 | Add a latency alert on SAN-B | Monitoring | 31.03.2026 | Green | In progress |
                """);
        assertPhases(i, "STARTED", "2026-01-22T06:12:00Z", "DETECTED", "2026-01-22T06:26:00Z");
        assertThat(i.actionItems()).extracting(a -> a.status().map(Enum::name).orElse("-")).containsExactly("DONE", "IN_PROGRESS");
    }

    @Test
    void relativeDaysCountFromTheDayTheNoteCallsD() {
        Incident i = only("gmv.md", """
                # INC-0412 GMV overstated for three days

                ## Timeline

                Relative days: **D = Friday 27 March 2026**, the first day with bad numbers. Times are UTC.

                - **D-1 16:40** - PR #3120 merged with the new join
                - **D 06:00** - the 06:00 run builds the orders table with duplicated lines
                - **D+3 09:10** - Finance controller asks in #data-questions why GMV is above the ledger
                - **D+3 09:50** - Lea declares SEV-3 and takes IC
                """);
        assertThat(i.date()).contains(java.time.LocalDate.of(2026, 3, 26)); // no date field: the first event's day, D-1
        assertPhases(i, "DETECTED", "2026-03-30T09:10:00Z", "DECLARED", "2026-03-30T09:50:00Z");
        assertThat(i.timeline().get(0).at()).contains(java.time.Instant.parse("2026-03-26T16:40:00Z"));
    }

    @Test
    void numberedDayRowsAndWeekdayGroupsDateTheirTimes() {
        Incident days = only("anr.md", """
                # INC-2026-031: SDK ANRs after a flag went to 100%

                **Incident date:** Sat 7 Mar 2026

                ## Timeline (UTC)

                - **Day 1, 22:47** - P1 ticket from a customer: ANR rate up since this afternoon
                - **Day 1, 23:14** - Ravi acks the page
                - **Day 2, 00:32** - Flag rolled back to 0% for all Android
                """);
        assertPhases(days, "ACKNOWLEDGED", "2026-03-07T23:14:00Z", "ROLLBACK_STARTED", "2026-03-08T00:32:00Z");
        Incident groups = only("markdown.md", """
                # INC-7731 double markdown

                **Date:** 26/10/2025

                ## Timeline (UTC)

                - **Thursday 23/10**
                  - 16:10 - PR merged moving the job to local time
                - **Sunday 26/10**
                  - 01:30 - the job runs a second time
                  - 08:04 - the deals-site thread is spotted and pages the on-call
                """);
        assertPhases(groups, "STARTED", "2025-10-26T01:30:00Z", "DETECTED", "2025-10-26T08:04:00Z");
    }

    @Test
    void aServiceDesksOpenedFieldDatesTheIncidentOnlyWhenNoDateFieldDoes() {
        Incident opened = only("cmts.md", """
                # INC0047712 Hub 7 CMTS reboot and re-registration storm

                | | |
                |---|---|
                | Opened | 01/21/2025 5:49 AM CST |
                | Priority | P2 - High |

                ## Timeline (CST)

                - 5:47 AM - CMTS reboots after a line card fault
                - 5:49 AM - NOC alarm pages the on-call
                """);
        assertThat(opened.date()).contains(java.time.LocalDate.of(2025, 1, 21));
        Incident both = only("cache.md", """
                # Runner cache wiped

                | | |
                |---|---|
                | Opened | 2024-03-07 09:02 UTC |

                - **Date:** 2024-03-06 (late evening UTC, ran into the 7th)

                ## Timeline

                - **2024-03-06 21:30**: janitor config merged
                - **2024-03-06 22:00**: janitor deletes the cache
                """);
        assertThat(both.date()).contains(java.time.LocalDate.of(2024, 3, 6));
    }

    @Test
    void anExportsZoneInItsOwnNoteHoldsForItsIncidents() {
        FilePipeline.Result r = pipeline.run("prb.json", """
                {"exportInfo": {"system": "a service portal", "timezone": "Europe/Zurich"},
                 "incidents": [{"number": "INC0771045", "title": "Customers not receiving login SMS", "priority": "1 - Critical",
                   "timeline": [{"time": "2026-06-10 08:02", "event": "SMS provider rotates its certificate; sends start failing"},
                                {"time": "2026-06-10 08:19", "event": "Contact centre reports customers cannot log in"}]}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertPhases(r.parsed().get(0).incident(), "STARTED", "2026-06-10T06:02:00Z", "DETECTED", "2026-06-10T06:19:00Z");
    }

    @Test
    void aNotesBareContributingLabelAndItsFrontMattersPhaseTimes() {
        Incident bare = only("note.md", """
                # Search index lag

                2026-01-22, times UTC

                - 09:40 indexer lag alert pages the on-call
                - 10:10 lag back to normal

                contributing
                - no alert on the consumer group
                - retention change not capacity-checked
                """);
        assertThat(bare.contributingFactors()).hasSize(2);
        Incident stamped = only("dst.md", """
                ---
                title: Half the pick list missing after the DST switch
                date: 2026-03-29
                timezone: Europe/Berlin
                started_at: 2026-03-29 01:40
                detected_at: 2026-03-29 07:55
                mitigated_at: 2026-03-29 09:40
                resolved_at: 2026-03-29 11:15
                ---

                # Nightly export killed itself during the clock change

                The watchdog compared wall-clock times and killed the export as hung.
                """);
        assertPhases(stamped, "STARTED", "2026-03-29T00:40:00Z", "DETECTED", "2026-03-29T05:55:00Z", "RESOLVED", "2026-03-29T09:15:00Z");
    }
}
