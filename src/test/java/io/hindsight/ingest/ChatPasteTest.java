package io.hindsight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A chat channel as the chat tool copies it, read as timeline lines ({@link ChatPaste}). */
class ChatPasteTest {
    @Test
    void slackCopiesBecomeTimeLinesUnderAChatLogHeading() {
        String paste = """
                # UPI collect failures

                **Contributing factors**
                - the flag went from 0 to 100%

                ---

                flagbot  1:58 PM
                new_vpa_validation: 0% to 100% in prod

                PagerDuty  APP  2:06 PM
                Triggered #PD-20931: UPI collect success rate < 92%
                Assigned to Arjun Mehta

                Arjun Mehta  2:09 PM
                on it
                """;
        assertThat(ChatPaste.looksLike(paste)).isTrue();
        String md = ChatPaste.toMarkdown(paste);
        assertThat(md).contains("## Chat log\n\n- 1:58 PM flagbot: new_vpa_validation: 0% to 100% in prod")
                .contains("- 2:06 PM PagerDuty: Triggered #PD-20931: UPI collect success rate < 92% Assigned to Arjun Mehta")
                .contains("- 2:09 PM Arjun Mehta: on it")
                .contains("- the flag went from 0 to 100%");
    }

    @Test
    void quotedAndBoldSendersAndDatedHeadersAreMessagesToo() {
        String paste = """
                ## Chat (Teams)

                > **k8s-watch** · 02:00 (in #meter-alerts)
                > meter-ingest-7f9 CrashLoopBackOff

                Sinead Walsh (Support Lead)   24/02 9:10 am
                tickets about playback errors

                **priya.n** 10:01 — ack'd. looking
                """;
        String md = ChatPaste.toMarkdown(paste);
        assertThat(md).doesNotContain("## Chat log").contains("- 02:00 k8s-watch: meter-ingest-7f9 CrashLoopBackOff")
                .contains("- 24/02 9:10 am Sinead Walsh (Support Lead): tickets about playback errors")
                .contains("- 10:01 priya.n: ack'd. looking");
    }

    @Test
    void alignedFieldsATrackersActivityAndCodeAreNoChat() {
        assertThat(ChatPaste.looksLike("""
                Started     09:12
                Detected    09:20
                Resolved    10:00
                """)).isFalse();
        assertThat(ChatPaste.looksLike("""
                Tomasz added a comment - 14/May/26 2:11 PM
                  looking at it

                Lena made changes - 14/May/26 2:21 PM
                  Major incident  No  Yes

                Lena added a comment - 14/May/26 2:30 PM
                  declaring
                """)).isFalse();
        assertThat(ChatPaste.looksLike("```\nbot  10:01\nmsg\nbot  10:02\nmsg\nbot  10:03\nmsg\n```\n")).isFalse();
    }
}
