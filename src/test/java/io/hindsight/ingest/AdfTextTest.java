package io.hindsight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Atlassian Document Format written out as Markdown ({@link AdfText}). */
class AdfTextTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private String markdown(String adf) throws Exception {
        return AdfText.markdown(mapper.readTree(adf));
    }

    @Test
    void headingsParagraphsMarksAndInlineNodes() throws Exception {
        String md = markdown("""
                {"type": "doc", "version": 1, "content": [
                  {"type": "heading", "attrs": {"level": 2}, "content": [{"type": "text", "text": "Summary"}]},
                  {"type": "paragraph", "content": [
                    {"type": "text", "text": "Status: ", "marks": [{"type": "strong"}]},
                    {"type": "status", "attrs": {"text": "FINAL"}},
                    {"type": "text", "text": "   Date: ", "marks": [{"type": "strong"}]},
                    {"type": "date", "attrs": {"timestamp": "1782259200000"}},
                    {"type": "hardBreak"},
                    {"type": "mention", "attrs": {"text": "@Owen Price"}},
                    {"type": "text", "text": " runs "},
                    {"type": "text", "text": "kubectl", "marks": [{"type": "code"}]},
                    {"type": "emoji", "attrs": {"shortName": ":fire:", "text": "🔥"}}
                  ]}
                ]}
                """);
        assertThat(md).isEqualTo("## Summary\n\n**Status:** FINAL   **Date:** 2026-06-24\n@Owen Price runs `kubectl`🔥");
    }

    @Test
    void listsTaskListsAndTables() throws Exception {
        String md = markdown("""
                {"type": "doc", "content": [
                  {"type": "orderedList", "attrs": {"order": 1}, "content": [
                    {"type": "listItem", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "First factor"}]},
                      {"type": "bulletList", "content": [{"type": "listItem", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "detail"}]}]}]}]},
                    {"type": "listItem", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "Second factor"}]}]}
                  ]},
                  {"type": "taskList", "content": [
                    {"type": "taskItem", "attrs": {"state": "DONE"}, "content": [{"type": "text", "text": "Alert on fsync latency"}]},
                    {"type": "taskItem", "attrs": {"state": "TODO"}, "content": [{"type": "text", "text": "Move etcd to SSD"}]}
                  ]},
                  {"type": "table", "content": [
                    {"type": "tableRow", "content": [
                      {"type": "tableHeader", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "Time"}]}]},
                      {"type": "tableHeader", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "Event"}]}]}]},
                    {"type": "tableRow", "content": [
                      {"type": "tableCell", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "08:15"}]}]},
                      {"type": "tableCell", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "Alert a|b fires"}]},
                        {"type": "paragraph", "content": [{"type": "text", "text": "pages on-call"}]}]}]}
                  ]}
                ]}
                """);
        assertThat(md).isEqualTo("""
                1. First factor
                  - detail
                2. Second factor

                - [x] Alert on fsync latency
                - [ ] Move etcd to SSD

                | Time | Event |
                | --- | --- |
                | 08:15 | Alert a\\|b fires<br>pages on-call |""");
    }

    @Test
    void aTreeHoldsDocumentsAsObjectsAndAsAConfluenceBodysJsonString() throws Exception {
        JsonNode root = mapper.readTree("""
                {"title": "PIR", "fields": {"description": {"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "hello"}]}]}},
                 "body": {"atlas_doc_format": {"value": "{\\"type\\":\\"doc\\",\\"content\\":[{\\"type\\":\\"paragraph\\",\\"content\\":[{\\"type\\":\\"text\\",\\"text\\":\\"page\\"}]}]}",
                          "representation": "atlas_doc_format"}, "_expandable": {"view": ""}},
                 "note": {"type": "text", "value": "not a document"}}
                """);
        JsonNode out = AdfText.converted(root, mapper);
        assertThat(out.at("/fields/description").asText()).isEqualTo("hello");
        assertThat(out.at("/body").asText()).isEqualTo("page");
        assertThat(out.at("/note/value").asText()).isEqualTo("not a document");
    }
}
