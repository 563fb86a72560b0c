package io.hindsight.extract;

import io.hindsight.ingest.RawPostmortem;
import java.util.List;
import java.util.Optional;

/**
 * The extraction stage: one {@link RawPostmortem} to one incident (or the reason it is not
 * one). Pure functions of the document: no Spark, no clock, no other incidents. Thread-safe.
 */
public final class Extractor {
    private final MarkdownExtractor markdown;
    private final JsonExtractor json;

    public Extractor() {
        TimelineAssembler.Readers readers = TimelineAssembler.Readers.standard();
        this.markdown = new MarkdownExtractor(readers);
        this.json = new JsonExtractor(readers);
    }

    /**
     * @param fileWarnings warnings ingest raised about the whole file (kept on the incident)
     */
    public Extraction extract(RawPostmortem raw, List<String> fileWarnings) {
        if (raw instanceof RawPostmortem.Markdown m) {
            return markdown.extract(m, fileWarnings);
        }
        RawPostmortem.Json j = (RawPostmortem.Json) raw;
        Extraction e = json.extract(j);
        // a status page's postmortem_body, a ticket's description: the postmortem written inside the export
        Optional<String> embedded = EmbeddedPostmortem.in(j.node());
        if (e instanceof Extraction.Extracted x && embedded.isPresent()) {
            return new Extraction.Extracted(EmbeddedPostmortem.completed(x.incident(), embedded.get(), markdown));
        }
        if (e instanceof Extraction.WrongShape && embedded.isPresent()) {
            // a wiki page exported with its body: the record holds nothing of an incident but the postmortem itself
            return EmbeddedPostmortem.alone(j, embedded.get(), markdown).orElse(e);
        }
        return e;
    }
}
