package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.ActionItem;
import io.hindsight.model.ActionStatus;
import io.hindsight.model.Incident;
import io.hindsight.model.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Layouts met in postmortems written by other people (a blind set), in general form. */
class OtherWritersFormsTest {
    private final FilePipeline pipeline = new FilePipeline();

    private Incident only(String path, String text) {
        FilePipeline.Result r = pipeline.run(path, text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.parsed()).hasSize(1);
        return r.parsed().get(0).incident();
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

                ## Timeline

                **2026-06-18**

                09:02 Exports start failing
                09:10 Support pages the on-call
                """);
        assertThat(i.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("clock once"));
        assertThat(i.actionItems()).extracting(ActionItem::action).containsExactly("Read the clock per request", "Alert on expired-link errors");
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
}
