package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import io.hindsight.model.TimelineEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * When no timeline event says the cause was found, the event that states the root cause is the
 * identification ({@link CauseStatements}); guesses, failed attempts, rollback decisions and
 * words every event shares are not.
 */
class CauseStatementsTest {
    private final FilePipeline pipeline = new FilePipeline();

    private Incident only(String path, String text) {
        return pipeline.only(path, text);
    }

    /** A short-template postmortem with the given timeline rows and root cause. */
    private Incident withTimeline(String rows, String rootCause) {
        return only("sso.md", """
                # Postmortem: Enterprise SSO logins failing

                **Date:** 2026-09-03 | **Severity:** SEV1

                ## Timeline (UTC)
                | Time | Event |
                |------|-------|
                %s
                ## Root Cause
                %s
                """.formatted(rows, rootCause));
    }

    private static final String ROOT_CAUSE = """
            The new base image (AMI 2026.09.1) ships chrony installed but not enabled. auth-svc instances
            launched from it drifted minutes behind real time, and the SAML validator rejects assertions
            whose NotBefore lies more than 60 s in the future.
            """;

    @Test
    void theEventThatStatesTheRootCauseIsWhenItWasIdentified() {
        Incident i = withTimeline("""
                | 13:40 | Instance refresh of the auth-svc ASG to AMI 2026.09.1 starts |
                | 14:06 | `sso_login_failure_rate > 2%` pages identity on-call |
                | 14:11 | Rafael acks |
                | 14:28 | Checked whether the IdPs rotated signing certs. Fingerprints unchanged, dead end |
                | 14:44 | New instances are 3-4 min behind real time. chrony is not enabled in the new AMI |
                | 14:52 | Config push: SAML clock skew tolerance 60s -> 300s. Failure rate 48% -> 0.6% |
                | 15:42 | Failure rate at baseline for all IdPs |
                | 15:50 | Incident closed |
                """, ROOT_CAUSE);
        assertThat(i.timings().phases()).containsEntry(Phase.IDENTIFIED, Instant.parse("2026-09-03T14:44:00Z"));
        assertThat(i.timeline()).filteredOn(e -> e.text().startsWith("New instances"))
                .extracting(TimelineEvent::phase).containsExactly(java.util.Optional.of(Phase.IDENTIFIED));
    }

    @Test
    void anEventThatSaysTheCauseWasFoundKeepsItsPlace() {
        Incident i = withTimeline("""
                | 13:40 | Instance refresh of the auth-svc ASG to AMI 2026.09.1 starts |
                | 14:06 | `sso_login_failure_rate > 2%` pages identity on-call |
                | 14:30 | Root cause found: clock drift on the new hosts |
                | 14:44 | New instances are 3-4 min behind real time. chrony is not enabled in the new AMI |
                | 15:50 | Incident closed |
                """, ROOT_CAUSE);
        assertThat(i.timings().phases()).containsEntry(Phase.IDENTIFIED, Instant.parse("2026-09-03T14:30:00Z"));
    }

    @Test
    void aGuessAQuestionAFailedAttemptOrARollbackDecisionIsNoIdentification() {
        Incident i = withTimeline("""
                | 13:40 | Instance refresh of the auth-svc ASG to AMI 2026.09.1 starts |
                | 14:06 | `sso_login_failure_rate > 2%` pages identity on-call |
                | 14:15 | Suspect chrony on the new AMI |
                | 14:18 | Is chrony even running on the new AMI? |
                | 14:20 | Restarted chrony on two new instances: no change |
                | 14:25 | Rolling the ASG back to the old AMI discussed and rejected: chrony would need a reboot |
                | 15:50 | Incident closed |
                """, ROOT_CAUSE);
        assertThat(i.timings().phases()).doesNotContainKey(Phase.IDENTIFIED);
    }

    @Test
    void wordsForTheSymptomOrWordsEveryEventSharesDoNotTellTheCause() {
        Incident i = withTimeline("""
                | 13:40 | Instance refresh of the auth-svc ASG starts |
                | 14:06 | auth-svc SAML failure rate pages identity on-call |
                | 14:20 | auth-svc SAML failures still climbing, customers affected |
                | 14:35 | auth-svc SAML assertions rejected for one IdP only |
                | 15:50 | Incident closed |
                """, ROOT_CAUSE);
        // "auth-svc" and "SAML" are in most events; "failure", "customers" and "rejected" tell what
        // was seen, not why: no event states the cause
        assertThat(i.timings().phases()).doesNotContainKey(Phase.IDENTIFIED);
    }

    @Test
    void beforeDetectionNothingIsIdentified() {
        Incident i = withTimeline("""
                | 13:40 | Instance refresh of the auth-svc ASG starts |
                | 13:52 | First NotBefore errors from new instances with chrony not enabled (no alert) |
                | 14:06 | `sso_login_failure_rate > 2%` pages identity on-call |
                | 15:50 | Incident closed |
                """, ROOT_CAUSE);
        assertThat(i.timings().phases()).doesNotContainKey(Phase.IDENTIFIED);
    }

    @Test
    void aJsonRootCauseWorksTheSameWay() {
        Incident i = only("sso.json", """
                {"title": "Enterprise SSO logins failing", "date": "2026-09-03", "severity": "SEV1",
                 "root_cause": "The new base image ships chrony installed but not enabled, so instances drift behind real time.",
                 "timeline": [
                   {"time": "2026-09-03T13:40:00Z", "event": "Instance refresh to the new base image starts"},
                   {"time": "2026-09-03T14:06:00Z", "event": "sso_login_failure_rate > 2% pages identity on-call"},
                   {"time": "2026-09-03T14:44:00Z", "event": "New instances 3-4 min behind; chrony not enabled in the image"},
                   {"time": "2026-09-03T15:50:00Z", "event": "Incident closed"}
                 ]}
                """);
        assertThat(i.timings().phases()).containsEntry(Phase.IDENTIFIED, Instant.parse("2026-09-03T14:44:00Z"));
    }
}
