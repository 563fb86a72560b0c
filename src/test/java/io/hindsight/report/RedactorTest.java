package io.hindsight.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.analyse.Review;
import io.hindsight.analyse.Reviews;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor r = Redactor.of(List.of("@marco", "@sarah", "Marco Rossi", "Priya Patel", "Sarah Chen"));

    @Test
    void namesAndTheirHandlesShareOneStablePseudonym() {
        // sorted persons: Marco Rossi (and @marco) 1, Priya Patel 2, Sarah Chen (and @sarah) 3
        assertThat(r.apply("Sarah Chen paged @marco; Marco said Sarah's fix worked. cc sarah.chen@example.com, @unknown"))
                .isEqualTo("person-3 paged person-1; person-1 said person-3's fix worked. cc person-3, [person]");
        assertThat(r.apply("PRIYA PATEL and priya patel")).isEqualTo("person-2 and person-2");
        assertThat(Redactor.of(List.of("Sarah Chen", "Priya Patel", "@sarah", "Marco Rossi", "@marco")).apply("@sarah"))
                .isEqualTo("person-3");
    }

    @Test
    void leavesOrdinaryTextTeamsAndPlaceholdersAlone() {
        Redactor t = Redactor.of(List.of("SRE team", "@payments-team", "TBD", "Platform", "Aiko Tanaka", "@atanaka"));
        assertThat(t.apply("SRE team and @payments-team own it; Platform is fine; Aiko Tanaka and @atanaka help; @here"))
                .isEqualTo("SRE team and @payments-team own it; Platform is fine; person-1 and person-1 help; @here");
        assertThat(r.apply("the chen protocol, marco polo")).isEqualTo("the chen protocol, marco polo");   // bare names are case-sensitive
        assertThat(Redactor.none().apply("Sarah Chen")).isEqualTo("Sarah Chen");
    }

    @Test
    void accentsParticlesInitialsAndSharedFirstNames() {
        Redactor t = Redactor.of(List.of("Tomás Lindqvist", "@tlindqvist", "Jan van der Berg", "Alex Kim", "Alex Moreau",
                "Nadia Okafor", "@nokafor"));
        // persons sorted: Alex Kim 1, Alex Moreau 2, Jan van der Berg 3, Nadia Okafor 4, Tomás Lindqvist 5
        assertThat(t.apply("Tomás and @tlindqvist with Jan van der Berg; Alex paged Okafor (@nokafor, nadia.okafor@x.example)"))
                .isEqualTo("person-5 and person-5 with person-3; [person] paged person-4 (person-4, person-4)");
        assertThat(t.apply("mail someone@else.example")).isEqualTo("mail [email]");
    }

    @Test
    void theWholeReportIsRedacted() {
        Review review = Reviews.build(SampleReview.input(true));
        String text = Html.text(ReportRenderer.render(review));
        for (String name : List.of("Nadia", "Okafor", "Tomás", "Lindqvist", "Aiko", "Tanaka", "Grace", "Whitfield",
                "@nokafor", "@atanaka", "@tlindqvist", "@gwhitfield")) {
            assertThat(text).as(name).doesNotContain(name);
        }
        assertThat(text).contains("person-1").contains("People's names are replaced by pseudonyms")
                .contains("&ldquo;person-1 forgot&rdquo;");
        String plain = Html.text(ReportRenderer.render(SampleReview.review()));
        assertThat(plain).contains("@nokafor").contains("Aiko forgot").doesNotContain("person-1");
    }
}
