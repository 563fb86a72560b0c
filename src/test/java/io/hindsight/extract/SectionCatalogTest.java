package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section headings as teams write them, in English and in their own language ({@link SectionCatalog}). */
class SectionCatalogTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Contributing factors          | CONTRIBUTING_FACTORS
            Contributing:                 | CONTRIBUTING_FACTORS
            Measures                      | ACTION_ITEMS
            Corrective measures           | ACTION_ITEMS
            To-dos                        | ACTION_ITEMS
            Itens de ação                 | ACTION_ITEMS
            Actions correctives           | ACTION_ITEMS
            O que correu bem              | WHAT_WENT_WELL
            Ce qui s'est mal passé        | WHAT_WENT_POORLY
            Lições aprendidas             | LESSONS_LEARNED
            Deteção                       | DETECTION
            Métadonnées                   | METADATA
            Sumário executivo             | SUMMARY
            Incident log (CET)            | TIMELINE
            Response log                  | TIMELINE
            Order of events               | TIMELINE
            Things that made it worse     | CONTRIBUTING_FACTORS
            What Did Not Work             | WHAT_WENT_POORLY
            What went fine                | WHAT_WENT_WELL
            Why                           | ROOT_CAUSE
            Fixes                         | ACTION_ITEMS
            Good stuff                    | WHAT_WENT_WELL
            Patient and Clinical Impact   | IMPACT
            Why it took an hour to recover | CONTRIBUTING_FACTORS
            Why our safeguards didn't catch it | CONTRIBUTING_FACTORS
            What allowed this to happen   | CONTRIBUTING_FACTORS
            Factors that contributed      | CONTRIBUTING_FACTORS
            Why one region's problem became everyone's problem | CONTRIBUTING_FACTORS
            Why it happened               | ROOT_CAUSE
            How the night went            | TIMELINE
            How Monday morning went       | TIMELINE
            Why this got past us          | CONTRIBUTING_FACTORS
            What made this possible       | CONTRIBUTING_FACTORS
            Q2. What is the sequence of events? | TIMELINE
            Q3. When did we notice, and how? | DETECTION
            Who was paged?                | RESPONSE
            What did you try first?       | RESPONSE
            When did you know what the cause was? | RESPONSE
            How did you get it back?      | RECOVERY
            How bad was it?               | IMPACT
            When did it actually start?   | SUMMARY
            TOP 2: Timeline walk-through  | TIMELINE
            TOP 5: Decisions and owners   | ACTION_ITEMS
            2. Chat log                   | TIMELINE
            3. Shift log extract          | TIMELINE
            Shift notes and sequence      | TIMELINE
            Compromisos / Commitments     | ACTION_ITEMS
            What we think contributed     | CONTRIBUTING_FACTORS
            Account of the incident       | SUMMARY
            Why it got this far           | CONTRIBUTING_FACTORS
            Begünstigende Faktoren        | CONTRIBUTING_FACTORS
            Czynniki sprzyjające          | CONTRIBUTING_FACTORS
            Facteurs aggravants           | CONTRIBUTING_FACTORS
            Verbeterpunten                | ACTION_ITEMS
            Wat er gebeurde               | SUMMARY
            Causas raiz                   | ROOT_CAUSE
            Onde tivemos sorte            | WHERE_WE_GOT_LUCKY
            AIs                           | ACTION_ITEMS
            Agreements                    | ACTION_ITEMS
            Svolgimento                   | TIMELINE
            What will we change?          | ACTION_ITEMS
            Q: What have we agreed to do? | ACTION_ITEMS
            Factors we heard              | CONTRIBUTING_FACTORS
            Things that made it harder    | CONTRIBUTING_FACTORS
            8. Remedial actions           | ACTION_ITEMS
            Part F: Remedial and preventive measures | ACTION_ITEMS
            Part C: Chronology of events  | TIMELINE
            Teams export: #it-ops-incidents, Tue 2/17/2026 | TIMELINE
            Chat (Teams, Sev1 thread)     | TIMELINE
            Channel log (#inc-88-sms-reminders) | TIMELINE
            """)
    void namesTheSection(String heading, SectionKind kind) {
        assertThat(SectionCatalog.kindOf(heading)).contains(kind);
    }

    @Test
    void aParagraphThatMentionsTheChatLogIsNoTimeline() {
        assertThat(SectionCatalog.kindOf("From the chat log (#inc-originals, CEST):")).isEmpty();
    }

    @Test
    void aContractsAgreementsAreNoActions() {
        assertThat(SectionCatalog.kindOf("Service Level Agreements")).isEmpty();
    }

    @Test
    void aReadmesContributingHeadingIsNoSection() {
        // "## Contributing" in a README says how to send a patch; "Contributing:" over a list in a note is a label
        assertThat(SectionCatalog.kindOf("Contributing")).isEmpty();
    }
}
