package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.Phase;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Many phrasings per phase, and the negations and contexts that must not count. */
class PhaseClassifierTest {
    private static final PhaseClassifier C = PhaseClassifier.standard();

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            PagerDuty alert fires for api 5xx                         | DETECTED
            Paging alert fired: CheckoutErrorRateHigh                 | DETECTED
            On-call paged by Opsgenie                                 | DETECTED
            Datadog monitor triggered on p99 latency                  | DETECTED
            First customer tickets arrive about failed payments       | DETECTED
            Customers report checkout errors on Twitter               | DETECTED
            Engineer noticed elevated 500s while deploying            | DETECTED
            Issue noticed by the support team                         | DETECTED
            Synthetic check alert for login flow                      | DETECTED
            Marco acknowledges the page                               | ACKNOWLEDGED
            Page ack'd by secondary on-call                           | ACKNOWLEDGED
            On-call engineer joins and begins investigating           | ACKNOWLEDGED
            Incident declared SEV1 — Sarah assigned as IC             | DECLARED
            Declared a major incident; war room opened                | DECLARED
            Priya takes the incident commander role                   | DECLARED
            Root cause identified: missing index on orders            | IDENTIFIED
            Traced the errors to a bad TLS bundle                     | IDENTIFIED
            Culprit found: retry loop in the SDK                      | IDENTIFIED
            Rollback to v4.11.3 initiated                             | ROLLBACK_STARTED
            Rolling back the release                                  | ROLLBACK_STARTED
            Started reverting PR 4411                                 | ROLLBACK_STARTED
            Rollback complete — pool still draining                   | MITIGATED
            Rolled back to the previous build                         | MITIGATED
            Failed over to us-west-2                                  | MITIGATED
            Hotfix deployed to all regions                            | MITIGATED
            Feature flag disabled for all tenants                     | MITIGATED
            Error rate drops below 1% after restart                   | MITIGATED
            New certificate installed on the load balancers           | MITIGATED
            Service restored                                          | RESOLVED
            Full API health confirmed across all regions              | RESOLVED
            Error rates back to baseline                              | RESOLVED
            All systems operational                                   | RESOLVED
            Incident closed                                           | CLOSED
            Closing the incident; postmortem to follow                | CLOSED
            """)
    void classifies(String text, Phase expected) {
        assertThat(C.classify(text.strip(), Optional.empty()).phase()).contains(expected);
    }

    @ParameterizedTest(name = "not {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rollback discussed and rejected: the schema had changed             | ROLLBACK_STARTED
            Team considered rolling back but decided against it                 | ROLLBACK_STARTED
            Restore from the 01:00 snapshot started                             | ROLLBACK_STARTED
            Certificate renewal issued, not yet installed                       | MITIGATED
            Rollback completed with no effect; errors unchanged                 | MITIGATED
            Revert complete; write errors unchanged at about 40%                | MITIGATED
            Fix deployed to staging for testing                                 | MITIGATED
            Hotfix PR being written                                             | MITIGATED
            Correlation with v4.12.0 deploy identified                          | IDENTIFIED
            Suspected cause: a noisy neighbour on the DB host                   | IDENTIFIED
            No alert fired for the queue backlog                                | DETECTED
            Alert did not fire because the monitor was muted                    | DETECTED
            Partial recovery in eu-west; us-east still degraded                 | RESOLVED
            Status page updated — investigating                                 | ACKNOWLEDGED
            Circuit breaker closed again                                        | CLOSED
            """)
    void doesNotClassify(String text, Phase wrong) {
        PhaseClassifier.Classification c = C.classify(text.strip(), Optional.empty());
        assertThat(c.phase()).isNotEqualTo(Optional.of(wrong));
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Connection pool usage crosses 80% threshold | Grafana alert    | true
            Connection pool usage crosses 80% threshold | Dashboard        | false
            Error rate above 5%                         | PagerDuty        | true
            """)
    void thresholdIsDetectionOnlyWhenSomeoneWasAlerted(String text, String source, boolean detected) {
        PhaseClassifier.Classification c = C.classify(text.strip(), Optional.of(source.strip()));
        assertThat(c.phase().filter(Phase.DETECTED::equals).isPresent()).isEqualTo(detected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Root cause identified: rotated secrets were never re-read   | IDENTIFIED
            Fix applied: trust bundle updated; logins succeed again     | MITIGATED
            """)
    void labelBeforeColonDecides(String text, Phase expected) {
        assertThat(C.classify(text.strip(), Optional.empty()).phase()).contains(expected);
    }
}
