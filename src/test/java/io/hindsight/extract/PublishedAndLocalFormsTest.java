package io.hindsight.extract;

import static io.hindsight.extract.PhaseAssertions.assertPhases;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.ActionItem;
import io.hindsight.model.ActionStatus;
import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts met in postmortems written by other people (blind sets 466-470), in general form:
 * blog posts with an engine's front matter, local clocks and calendars, timelines kept as a
 * phase-keyed object, action-item states in the writer's language, and the first mitigation in
 * effect.
 */
class PublishedAndLocalFormsTest {
    private final FilePipeline pipeline = new FilePipeline();

    private Incident only(String path, String text) {
        return pipeline.only(path, text);
    }

    @Test
    void hugoTomlFrontMatterIsReadAndItsPublicationStampIsNotTheIncidentDay() {
        Incident i = only("queued-builds.md", """
                +++
                title = "Incident report: builds stuck in Queued on March 4"
                date = 2026-03-06T11:00:00-08:00
                author = "Dana Whitcombe"
                tags = ["incident", "postmortem"]
                draft = false
                +++

                On Wednesday, March 4, hosted builds sat in Queued for far longer than they should have.

                ## What happened

                - **09:41 PT / 17:41 UTC**: We deployed a new runner autoscaler.
                - **10:09 PT / 18:09 UTC**: The queue-depth alert fired and paged the on-call engineer.
                - **10:44 PT / 18:44 UTC**: The rollback finished and the queue started shrinking.
                """);
        assertThat(i.title()).hasValueSatisfying(t -> assertThat(t).contains("builds stuck"));
        assertThat(i.author()).hasValue("Dana Whitcombe");
        assertThat(i.date()).hasValue(LocalDate.of(2026, 3, 4));
        assertPhases(i, "DETECTED", "2026-03-04T18:09:00Z");
    }

    @Test
    void aFrontMatterDateWithoutATimeStaysTheIncidentDay() {
        // only a publication stamp (a date with its time) gives way to the day the prose names
        Incident i = only("invoices.md", """
                ---
                title: "Invoice sending failed"
                date: 2026-06-23
                ---

                Last Thursday, June 18, invoices could not be sent for three hours.

                ## Timeline
                - 13:52 UTC: A schema migration locked the invoices table.
                - 14:14 UTC: Support tickets arrive and the on-call engineer is paged.

                ## Root cause
                The migration took a table lock that blocked every invoice write.
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 6, 23));
    }

    @Test
    void aJekyllPublicationStampGivesWayToTheDayThePostTellsOf() {
        Incident i = only("invoices.md", """
                ---
                layout: post
                title: "What went wrong with invoice sending last Thursday"
                date: 2026-06-23 08:30:00 -0700
                ---

                Last Thursday afternoon, June 18, Tallyho couldn't send invoices for a little under three hours.

                ## Timeline
                - 13:52 UTC: A schema migration locked the invoices table.
                - 14:14 UTC: Support tickets arrive and the on-call engineer is paged.
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 6, 18));
        assertPhases(i, "DETECTED", "2026-06-18T14:14:00Z");
    }

    @Test
    void aDateFieldGivingTwoDaysOfOneNightIsTheFirst() {
        Incident i = only("queue-maintenance.md", """
                # Delayed email delivery during queue maintenance

                **Date:** 28–29 March 2026
                **Written by:** Jonas, Platform team

                ## Timeline
                - 22:50 UTC: Maintenance starts on the first queue node.
                - 23:52 UTC: Latency alert pages the on-call engineer.
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 3, 28));
        assertPhases(i, "DETECTED", "2026-03-28T23:52:00Z");
    }

    @Test
    void aDateFieldWithItsWeekdayInTheWritersLanguageIsReadInTheDocumentsDayOrder() {
        Incident i = only("haendelse.md", """
                # Hændelsesrapport: turbine data missing in dashboards

                Dato: torsdag 12/3/2026
                Review: 17/3/2026

                Tider er dansk tid (CET).

                ## Timeline
                - 08.41: Terraform apply recreates the bucket; writes rejected.
                - 09.15: Control room calls the on-call engineer: no live data.
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 3, 12));
        assertPhases(i, "DETECTED", "2026-03-12T08:15:00Z");
    }

    @Test
    void aTimelineKeptAsAnObjectKeyedByPhaseWithItsNotesBesideIt() {
        Incident i = only("route-planner.json", """
                {"title": "Route planner used stale closures", "date": "2026-06-02", "severity": 2,
                 "timeline": {"started": 1780379250, "detected": 1780380190, "acknowledged": 1780380300,
                              "rollback_started": null, "mitigated": 1780383840, "resolved": 1780385505},
                 "timeline_notes": {"started": "ingest crashloop begins", "detected": "ClosureFeedStale paged on-call",
                                    "mitigated": "bad record quarantined, ingest running"},
                 "root_cause": "An unhandled geometry type crashed the parser."}
                """);
        assertPhases(i, "STARTED", "2026-06-02T05:47:30Z", "DETECTED", "2026-06-02T06:03:10Z", "MITIGATED", "2026-06-02T07:04:00Z");
        // each stamp told with its note, once
        assertThat(i.timeline()).extracting(e -> e.text()).contains("started: ingest crashloop begins", "detected: ClosureFeedStale paged on-call")
                .doesNotHaveDuplicates();
    }

    @Test
    void aRegionsClockNamedWithItsCountryFollowsTheClockChange() {
        // "US Central" on the night the clocks fell back: 9:12 AM is CST (UTC-6), not CDT
        Incident i = only("settlement.md", """
                # Settlement files sent twice

                **Date:** 2025-11-02

                ## Timeline

                All times are US Central.

                - 9:12 AM: First carrier calls support about a double charge.
                - 9:31 AM: The payments on-call acknowledges the page.
                """);
        assertPhases(i, "DETECTED", "2025-11-02T15:12:00Z", "ACKNOWLEDGED", "2025-11-02T15:31:00Z");
    }

    @Test
    void aLocalTimeWithItsZoneKeepsItsDayWhenTheBracketGivesUtc() {
        // 08:47 AEDT on 11 February is 21:47 UTC on the 10th
        Incident i = only("control-plane.md", """
                # Post-incident report: database creation unavailable

                **Date:** 2026-02-11

                ## Timeline
                - **06:10 AEDT** (19:10 UTC, 10 Feb): We deploy a logging change.
                - **09:24 AEDT** (22:24 UTC): First support ticket: database creation fails.
                - **09:31 AEDT** (22:31 UTC): The on-call engineer acknowledges and starts investigating.
                """);
        assertPhases(i, "STARTED", "2026-02-10T19:10:00Z", "DETECTED", "2026-02-10T22:24:00Z");
    }

    @Test
    void aDayHeadingWithItsDateInBracketsDatesTheLinesUnderIt() {
        Incident i = only("settlement-year.md", """
                # Settlement files rejected over the new year

                **Date:** 2025-12-29

                ## Timeline

                All times BRT (UTC-3).

                ### Monday (29 Dec)
                - 00:10: The export writes the file with the wrong year.

                ### Tuesday (30 Dec)
                - 10:42: A merchant calls their account manager: no payout arrived.
                - 11:09: The on-call engineer acks the page.
                """);
        assertPhases(i, "DETECTED", "2025-12-30T13:42:00Z", "ACKNOWLEDGED", "2025-12-30T14:09:00Z");
    }

    @Test
    void aStepToldWithoutItsEffectGivesWayToTheMitigationTellingTheImprovement() {
        Incident i = only("reconnect-storm.md", """
                # Postmortem: Realtime sync reconnect storm

                **Date:** 2026-06-23

                ## Timeline (UTC)
                - 23:41 Deploy of collab-gateway 4.2 starts.
                - 23:48 Error-rate alert pages the on-call engineer.
                - 23:50 On-call acknowledges.
                - 23:58 We scaled collab-gateway from 24 to 40 pods.
                - 00:12 Extra gateway pods serving, errors down to ~20%.
                - 01:30 Error rate back to baseline; incident resolved.
                """);
        assertPhases(i, "MITIGATED", "2026-06-24T00:12:00Z");
    }

    @Test
    void aStepToldAsDoneStaysTheMitigationInEffect() {
        Incident i = only("rollback.md", """
                # Postmortem: Checkout errors after deploy

                **Date:** 2026-06-23

                ## Timeline (UTC)
                - 10:00 Deploy of checkout 7.1.
                - 10:05 Error-rate alert pages the on-call engineer.
                - 10:06 On-call acknowledges.
                - 10:15 Rollback to 7.0 complete.
                - 10:25 Errors down to 2%.
                - 11:00 Error rate back to baseline; incident resolved.
                """);
        assertPhases(i, "MITIGATED", "2026-06-23T10:15:00Z");
    }

    @Test
    void aDecisionAndAPausedRolloutAreNoMitigation() {
        Incident i = only("android-release.md", """
                # Postmortem: Android crash loop in 7.4

                **Date:** 2026-03-12

                ## Timeline (UTC)
                - 13:40 Crash-rate alert pages the mobile on-call.
                - 13:45 On-call acknowledges.
                - 14:01 Priya halts the 7.4 staged rollout in Play Console (at 20%).
                - 14:10 Kavya decides to turn the new home feed off by remote config.
                - 14:20 Remote config flag turned off for everyone; crash rate drops to 0.4%.
                - 15:30 Crash rate at baseline for an hour; resolved.
                """);
        assertPhases(i, "MITIGATED", "2026-03-12T14:20:00Z");
    }

    @Test
    void valvesClosedInAShutdownAreNotTheIncidentClosed() {
        Incident i = only("pipeline.md", """
                # Pipeline segment shut in on a false leak alarm

                **Date:** 2025-06-17

                ## Timeline (CDT)

                | Time | Event |
                |------|-------|
                | 9:26 am | CPM leak alarm on segment 4 pages the controller |
                | 9:27 am | Controller acknowledges alarm |
                | 9:41 am | Segment 4 shut in, pumps off, MOVs closed |
                | 12:20 pm | Serial card reset, meter reading live again: pressure decline arrested, balance normal |
                | 2:10 pm | Incident closed by shift supervisor |
                """);
        assertPhases(i, "CLOSED", "2025-06-17T19:10:00Z", "MITIGATED", "2025-06-17T17:20:00Z");
    }

    @Test
    void dueDatesWithoutTheirYearFallAfterTheIncidentAndAColumnShowsItsDayOrder() {
        Incident i = only("actions.md", """
                # Postmortem: Customs lookups failing

                **Date:** 2025-11-02

                ## Timeline (UTC)
                - 10:00 Gate service alert pages on-call.

                ## Action items
                | Action | Owner | Due | Status |
                |---|---|---|---|
                | Make the batch idempotent | Ana | Nov 21 | open |
                | Page engineering after three support calls | Luis | Jan 9 | open |

                ## Follow-ups
                """);
        assertThat(i.actionItems()).extracting(ActionItem::dueDate)
                .containsExactly(java.util.Optional.of(LocalDate.of(2025, 11, 21)), java.util.Optional.of(LocalDate.of(2026, 1, 9)));
        assertThat(i.warnings()).noneMatch(w -> w.contains("cannot read due date"));

        Incident dutch = only("acties.md", """
                # Postmortem: Douane lookups failing

                **Date:** 2026-04-02

                ## Root cause
                The customs API secret expired and nobody had its expiry date.

                ## Acties
                | Actie | Eigenaar | Deadline | Status |
                |---|---|---|---|
                | Rotate the secret | Sanne | 10-4-2026 | klaar |
                | Alert before expiry | Ruben | 15-5-2026 | bezig |
                """);
        assertThat(dutch.actionItems()).extracting(ActionItem::dueDate)
                .containsExactly(java.util.Optional.of(LocalDate.of(2026, 4, 10)), java.util.Optional.of(LocalDate.of(2026, 5, 15)));
        assertThat(dutch.actionItems()).extracting(ActionItem::status)
                .containsExactly(java.util.Optional.of(ActionStatus.DONE), java.util.Optional.of(ActionStatus.IN_PROGRESS));
    }

    @Test
    void aTrackerStateInTheWritersLanguageAfterTheTicketsId() {
        Incident i = only("vypis.md", """
                # Postmortem: Statements rendered without fonts

                **Date:** 2025-09-22

                ## Root Causes
                A base-image update dropped the font package the renderer needs.

                ## Action Items
                | Action Item | Type | Owner | Bug |
                |---|---|---|---|
                | Add the font package to the renderer image | mitigate | Jakub | VDB-4411 — hotovo |
                | Fail when the renderer reports a missing font | prevent | Jakub | VDB-4412 — probíhá |
                """);
        List<ActionItem> items = i.actionItems();
        assertThat(items).extracting(ActionItem::status)
                .containsExactly(java.util.Optional.of(ActionStatus.DONE), java.util.Optional.of(ActionStatus.IN_PROGRESS));
    }

    @Test
    void theMitigationIsStillFoundWhenNoStepFollowsIt() {
        Incident i = only("single-step.md", """
                # Postmortem: Disk full on the reporting database

                **Date:** 2026-05-04

                ## Timeline (UTC)
                - 09:00 Disk alert pages the DBA on call.
                - 09:04 DBA acknowledges.
                - 09:20 Reporting DB volume grown 500 GB to 1 TB.
                - 11:00 Incident closed.
                """);
        assertThat(i.timings().phases()).containsEntry(Phase.MITIGATED, Instant.parse("2026-05-04T09:20:00Z"));
    }

    @Test
    void aPostmortemsOwnDateFieldWithATimeStaysTheIncidentDay() {
        // no blog engine's keys beside it: "date: 2026-03-06 14:32 UTC" is when the incident began
        Incident i = only("deploy.md", """
                ---
                title: "Checkout errors after deploy"
                date: 2026-03-06 14:32 UTC
                severity: SEV2
                tags: [checkout]
                ---

                The deploy of 2026-03-01 had set the pool size wrong; it only mattered under Friday's load.

                ## Timeline (UTC)
                - 14:32 Error-rate alert pages the on-call engineer.
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 3, 6));
    }

    @Test
    void aToolsStatedMitigationIsNotMovedToALaterReport() {
        Incident i = only("export.json", """
                {"title": "Payments API errors", "date": "2026-05-04", "severity": "SEV2",
                 "milestones": [{"type": "started", "occurred_at": "2026-05-04T10:00:00Z"},
                                {"type": "detected", "occurred_at": "2026-05-04T10:05:00Z"},
                                {"type": "mitigated", "occurred_at": "2026-05-04T10:20:00Z"},
                                {"type": "resolved", "occurred_at": "2026-05-04T11:30:00Z"}],
                 "timeline": [{"time": "2026-05-04T10:35:00Z", "event": "Rollback complete; error rate down to 0.5%"}],
                 "root_cause": "A bad pool size in the deploy."}
                """);
        assertPhases(i, "MITIGATED", "2026-05-04T10:20:00Z");
    }

    @Test
    void aRevertToldWithoutItsEffectStartsTheRollbackWhenTheEffectIsTheMitigation() {
        Incident i = only("revert.md", """
                # Postmortem: Gateway rejecting iOS ride requests

                **Date:** 2026-04-02

                ## Timeline (UTC)
                - 09:00 Config 9.3.0 pushed to the gateway.
                - 09:10 Error-rate alert pages the on-call engineer.
                - 09:12 On-call acknowledges.
                - 09:30 Config reverted to 9.2.0.
                - 09:41 Gateway pods reloaded, 426 errors down to 0.3% and ride requests climbing.
                - 10:30 Error rate at baseline; resolved.
                """);
        assertPhases(i, "MITIGATED", "2026-04-02T09:41:00Z", "ROLLBACK_STARTED", "2026-04-02T09:30:00Z");
    }

    @Test
    void anIssuesTitleAfterItsIdIsNoStatus() {
        Incident i = only("tickets.md", """
                # Postmortem: Alert rules missing

                **Date:** 2026-05-04

                ## Root cause
                The alert rules were deleted by a cleanup script.

                ## Action Items
                | Action Item | Owner | Bug |
                |---|---|---|
                | Restore the alert rules | Ana | OPS-12 — new alert rule |
                | Review the cleanup script | Luis | OPS-13: document done criteria |
                """);
        assertThat(i.actionItems()).extracting(ActionItem::status).containsOnly(java.util.Optional.empty());
    }

    @Test
    void underAUtcHeadingTheBracketsUtcTimeIsTheOneRead() {
        // the heading names UTC, so the stated day is UTC's: 22:24 UTC on the 10th (09:24 AEDT on the 11th)
        Incident i = only("utc-days.md", """
                # Postmortem: database creation unavailable

                **Date:** 2026-02-10

                ## Timeline (UTC)
                - **08:47 AEDT** (21:47 UTC): A deploy turns on detailed request logging.
                - **09:24 AEDT** (22:24 UTC): First support ticket: database creation fails; on-call paged.
                """);
        assertPhases(i, "DETECTED", "2026-02-10T22:24:00Z");
    }

    @Test
    void aKoreanIncidentReportIsReadByItsOwnHeadingsFieldsAndWords() {
        Incident i = only("jangae.md", """
                # [장애 보고서] 결제 승인 API 응답 지연

                | 항목 | 내용 |
                |---|---|
                | 장애 등급 | 2등급 (Major) |
                | 발생 일시 | 2026.02.05 (목) 11:20 KST |
                | 작성자 | 김민수 |

                ## 1. 개요
                결제 API 배포 후 Full GC 로 응답이 지연되었습니다.

                ## 3. 타임라인 (KST)
                | 시각 | 내용 |
                |---|---|
                | 11:20 | payment-api v3.18.0 배포 완료 |
                | 12:09 | Datadog 알람 `p99 latency > 2s` 발생 → 온콜 전화 |
                | 12:11 | 온콜 담당자 알람 확인, 대응 시작 |
                | 12:18 | 장애 선언 (2등급) |
                | 12:24 | heap dump 분석 → 원인 파악 |
                | 12:27 | v3.17.2 로 롤백 시작 |
                | 12:39 | 롤백 완료. 신규 결제 실패 없음 |
                | 14:00 | 장애 종료 선언 |

                ## 4. 원인
                로컬 캐시 key 에 요청 ID 가 포함되어 캐시가 무한히 커졌습니다.

                ## 6. 재발 방지 대책
                | No | 대책 | 담당자 | 기한 | 상태 |
                |---|---|---|---|---|
                | 1 | 캐시 key 수정 | 최영호 | 2026.02.12 | 완료 |
                | 2 | GC 알람 추가 | 정수빈 | 2026.02.13 | 진행 중 |
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 2, 5));
        assertThat(i.severity()).hasValue(io.hindsight.model.Severity.SEV2);
        assertPhases(i, "DETECTED", "2026-02-05T03:09:00Z", "ACKNOWLEDGED", "2026-02-05T03:11:00Z", "DECLARED", "2026-02-05T03:18:00Z",
                "IDENTIFIED", "2026-02-05T03:24:00Z", "ROLLBACK_STARTED", "2026-02-05T03:27:00Z", "MITIGATED", "2026-02-05T03:39:00Z",
                "CLOSED", "2026-02-05T05:00:00Z");
        assertThat(i.actionItems()).extracting(ActionItem::status)
                .containsExactly(java.util.Optional.of(ActionStatus.DONE), java.util.Optional.of(ActionStatus.IN_PROGRESS));
    }

    @Test
    void aChineseReviewsClockIsTheOneItsNoteNames() {
        Incident i = only("fupan.md", """
                # 【故障复盘】分拣中心 WMS 主库故障

                > 说明：本文时间均为北京时间（UTC+8）。

                ## 基本信息
                | 项目 | 内容 |
                |---|---|
                | 故障等级 | 二级故障 |
                | 发生日期 | 2026年3月18日 |

                ## 三、时间线
                | 时间 | 事件 |
                |---|---|
                | 2026-03-18 14:02 | 主库宿主机 RAID 卡故障 |
                | 2026-03-18 14:04 | Zabbix 告警「MySQL 主库心跳超时」，电话通知 DBA 值班 |
                | 2026-03-18 14:07 | DBA 值班响应告警，开始排查 |
                | 2026-03-18 14:25 | 定位根因：主库宿主机硬件故障 |
                | 2026-03-18 16:30 | 故障关闭 |

                ## 四、根因分析
                RAID 卡电池失效导致主库 IO hang。
                """);
        assertThat(i.severity()).hasValue(io.hindsight.model.Severity.SEV2);
        assertPhases(i, "DETECTED", "2026-03-18T06:04:00Z", "ACKNOWLEDGED", "2026-03-18T06:07:00Z", "IDENTIFIED", "2026-03-18T06:25:00Z",
                "CLOSED", "2026-03-18T08:30:00Z");
    }

    @Test
    void anEventsFieldDatesAReportThatStatesNoOtherDayAndAToolsExportDateDoesNot() {
        Incident venue = only("gates.md", """
                # Post-event review: slow ticket scanning at doors

                > **Event:** The Marlowes tour, Saturday 22 November 2025 (doors 6.00pm)
                > **Prepared by:** Hannah, Event Operations Manager

                All times are Melbourne local time (AEDT).

                ## Timeline
                | Time | What |
                |---|---|
                | 6.07pm | Gate 2 supervisor radios in: scanners spinning; the on-call tech is paged. |
                | 6.25pm | Scanners switched to offline mode; Gate 2 back to normal speed straight away. |
                """);
        assertThat(venue.date()).hasValue(LocalDate.of(2025, 11, 22));
        assertPhases(venue, "DETECTED", "2025-11-22T07:07:00Z");

        Incident export = only("retro.md", """
                # Retrospective: ACH return file ingestion stalled

                **Incident #817** · Exported Jul 24, 2026 3:44 PM EDT by Dana Kowalski

                ## Milestones
                | Milestone | Occurred at (EDT) |
                |---|---|
                | Started | Jul 21, 2026 5:48:00 AM |
                | Detected | Jul 21, 2026 6:31:12 AM |
                | Mitigated | Jul 21, 2026 8:05:30 AM |
                """);
        assertThat(export.date()).hasValue(LocalDate.of(2026, 7, 21));
        assertPhases(export, "DETECTED", "2026-07-21T10:31:12Z");
    }

    @Test
    void aTimelineCaptionOpeningWithItsZoneAndOffset() {
        Incident i = only("upi.md", """
                # Postmortem: UPI collect failures

                **Incident date:** 2026-07-14

                ## Timeline

                IST (UTC+5:30) unless the pasted header says otherwise.

                - 23:18 Alert pages the payments on-call.
                - 23:21 On-call acknowledges.
                """);
        assertPhases(i, "DETECTED", "2026-07-14T17:48:00Z");
    }

    @Test
    void actionTablesMarkedWithTicksLettersAndShares() {
        Incident i = only("ticks.md", """
                # Postmortem: Scanners lost their VLAN

                **Date:** 2025-06-10

                ## Root cause
                A switch template without the scanner VLAN.

                ## Action items
                | Nr. | Action | Owner | Deadline | Done |
                |---|---|---|---|---|
                | 1 | Rebuild switch templates | Wouter | 2025-06-30 | [x] |
                | 2 | Add a ping test | Wouter | 2025-06-20 | [ ] |

                | # | Fix | Lead | Due | Done? |
                |---|---|---|---|---|
                | 3 | Move the TURN secret | Kenji | 2025-10-24 | Y |
                | 4 | Gate the rollout | Kenji | 2025-11-07 | N |

                | Action | Owner | Target | % complete |
                |---|---|---|---|
                | Fail the batch on empty routes | Jae | 2025-08-01 | 100% |
                | Validate the feed schema | Bo | 2025-08-15 | 60% |
                """);
        assertThat(i.actionItems()).extracting(ActionItem::status).containsExactly(java.util.Optional.of(ActionStatus.DONE),
                java.util.Optional.of(ActionStatus.OPEN), java.util.Optional.of(ActionStatus.DONE), java.util.Optional.of(ActionStatus.OPEN),
                java.util.Optional.of(ActionStatus.DONE), java.util.Optional.of(ActionStatus.IN_PROGRESS));
    }

    @Test
    void aPlainTextMemoWithUnderlinedNumberedHeadingsAndBracketedStates() {
        Incident i = only("memo.md", """
                SSENTE BRIDGE LTD - INCIDENT POST-MORTEM
                ========================================

                Ref: SB-INC-0603 | Classification: Sev 1
                Date of incident: 3rd June 2026

                All times in this report are EAT (East Africa Time, UTC+3).


                1. TIMELINE (EAT)
                -----------------
                0615hrs  FX ingest job runs and stores an inverted rate.
                0702hrs  Treasury alert fires and pages treasury on-call
                0709hrs  Nakato acks, sees the payout sizes
                --
                5th June 0900hrs  Recovery at 71%


                2. ROOT CAUSE
                -------------
                The fallback provider quotes the pair the other way round.


                3. FOLLOW-UPS
                -------------
                [DONE]        SB-771  Sanity band on the ingested rate (Baraka, 5 Jun)
                [IN PROGRESS] SB-773  Treat an empty rates list as an error (Joseph, 15 Jun)
                [OPEN]        SB-774  Treasury approval for large rate changes (Nakato, 30 Jun)
                """);
        assertPhases(i, "DETECTED", "2026-06-03T04:02:00Z", "ACKNOWLEDGED", "2026-06-03T04:09:00Z");
        assertThat(i.actionItems()).extracting(ActionItem::status).containsExactly(java.util.Optional.of(ActionStatus.DONE),
                java.util.Optional.of(ActionStatus.IN_PROGRESS), java.util.Optional.of(ActionStatus.OPEN));
    }

    @Test
    void contributingFactorsListedInsideTheRootCause() {
        Incident labelled = only("tiles.md", """
                # Postmortem: Tile renderer crash loop

                **Date:** 2026-02-03

                ## Root Causes
                The glyph atlas grew without bound on dense tiles.

                **Contributing:**

                - Load tests used tiles from two regions only.
                - The renderer has no per-tile memory budget.

                ## Action Items
                - Add a per-tile memory budget.
                """);
        assertThat(labelled.contributingFactors()).hasSize(2);

        Incident bulleted = only("sso.md", """
                # Postmortem: SSO clock skew

                **Date:** 2026-02-03

                ## Root Causes
                * **Primary:** hosts were never re-pointed to the new time service.
                * **Contributing:** the migration audit checked the template, not the rendered config.
                * **Contributing:** the SAML issuer sets NotBefore with no backdating.
                """);
        assertThat(bulleted.contributingFactors()).hasSize(2).allMatch(f -> !f.startsWith("Contributing"));
    }

    @Test
    void aTrackersTextViewWithFieldsAcrossOneLineAndAKeyNamedInBrackets() {
        Incident ticket = only("ops-4471.md", """
                OPS-4471 - Label printing failing for DHL parcels

                Type: Incident    Priority: P3    Status: Closed    Component: label-svc

                *Cause*
                The JVM truststore lacked the carrier's new intermediate CA.

                *Timeline (GMT)*
                09:05 first failed DHL label request in the service logs
                09:12 shift lead raises the ticket
                10:52 truststore updated and deployed, labels printing again
                """);
        assertThat(ticket.severity()).hasValue(io.hindsight.model.Severity.SEV3);

        Incident insurer = only("ir-47.md", """
                # Incident Review: NY quotes failing

                | Field | Value |
                |---|---|
                | Loss date (incident date) | 2025-03-10 |
                | Severity | Sev 2 |

                ## Root cause
                A rating table loaded with the wrong territory codes.
                """);
        assertThat(insurer.date()).hasValue(LocalDate.of(2025, 3, 10));
    }
}
