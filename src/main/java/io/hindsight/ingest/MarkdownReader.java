package io.hindsight.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads Markdown into a {@link MarkdownDocument} with commonmark-java's AST (GFM tables on).
 * YAML front matter (a {@code ---} block on the first line) is split off and loaded with
 * SnakeYAML's safe constructor. Raw HTML is dropped, never passed on. Thread-confined: build
 * one per partition.
 */
public final class MarkdownReader {
    /** Deepest nesting of lists and quotes followed; deeper content is flattened into text. */
    static final int MAX_DEPTH = 16;
    /** Most headings read as sections; later headings are read as text of the last section, with a warning. */
    public static final int MAX_SECTIONS = 1000;
    /** Most items read from one list; the rest are dropped with a warning. */
    public static final int MAX_LIST_ITEMS = 5000;
    /** Most body rows read from one table; the rest are dropped with a warning. */
    public static final int MAX_TABLE_ROWS = 5000;

    private int droppedItems;
    private int droppedRows;

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .maxOpenBlockParsers(64)
            .build();
    private final Yaml yaml = safeYaml();

    /** Thrown when the front matter is present but is not valid YAML. */
    public static final class FrontMatterException extends Exception {
        private static final long serialVersionUID = 1L;

        FrontMatterException(String message) {
            super(message);
        }
    }

    public MarkdownDocument read(String markdown) throws FrontMatterException {
        String body = markdown;
        Map<String, Object> front = Map.of();
        FrontMatterSplit split = FrontMatterSplit.of(markdown);
        if (split.block().isPresent()) {
            front = split.toml() ? loadToml(split.block().get()) : loadYaml(split.block().get());
            body = split.body();
        }
        if (EmailText.looksLike(body)) {
            Optional<String> sent = EmailText.sent(body);
            if (sent.isPresent() && !front.containsKey("sent")) {
                // when the mail went out: the year of the days its text names without one ("Friday March 20"), never the incident's day
                front = new LinkedHashMap<>(front);
                front.put("sent", sent.get());
            }
            body = EmailText.toMarkdown(body);
        }
        if (JiraMarkup.looksLike(body)) {
            body = JiraMarkup.toMarkdown(body);
        }
        if (ChatPaste.looksLike(body)) {
            body = ChatPaste.toMarkdown(body);
        }
        if (HtmlMarkup.looksLike(body)) {
            body = HtmlMarkup.toMarkdown(body);
        }
        if (WikiMarkup.looksLike(body)) {
            body = WikiMarkup.toMarkdown(body);
        }
        if (DocsMarkup.looksLike(body)) {
            body = DocsMarkup.toMarkdown(body);
        }
        if (body.contains("\n---") || body.contains("\n===")) {
            // a plain-text memo's numbered heading underlined ("1. WHAT HAPPENED" over "-----"): Markdown would read the number
            // as a list item and the rule as a break; it is a section heading
            body = NUMBERED_UNDERLINED.matcher(body).replaceAll("## $1");
            // a rule of dashes right under a paragraph of several lines closes the paragraph; it does not make it a heading
            body = RULE_UNDER_LINES.matcher(body).replaceAll("$1\n\n$2");
        }
        if (body.contains("]{")) {
            // a word processor's export through pandoc: "**[Timeline]{.underline}**" is the word, its style dropped
            body = PANDOC_SPAN.matcher(body).replaceAll("$1");
        }
        Node root = parser.parse(body);
        droppedItems = 0;
        droppedRows = 0;
        int foldedHeadings = 0;
        List<Block> preamble = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String heading = null;
        int level = 0;
        int headingLevel = 0;
        List<Block> current = preamble;
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            Optional<String> summary = n instanceof HtmlBlock html && heading != null && sections.size() + 1 < MAX_SECTIONS
                    ? detailsSummary(html.getLiteral()) : Optional.empty();
            if (summary.isPresent()) {
                // "<details><summary>Appendix: raw links</summary>": a folded part of the section, named by its summary
                sections.add(new Section(heading, level, current));
                heading = summary.get();
                level = headingLevel + 1;
                current = new ArrayList<>();
                toBlock(n, 0).ifPresent(current::add);
            } else if (n instanceof Heading h && sections.size() + 1 >= MAX_SECTIONS) {
                foldedHeadings++;
                String text = inlineText(h).trim();
                if (!text.isEmpty()) {
                    current.add(new Block.Paragraph(List.of(text), Optional.empty()));
                }
            } else if (n instanceof Heading h) {
                if (heading != null) {
                    sections.add(new Section(heading, level, current));
                }
                heading = inlineText(h).trim();
                level = h.getLevel();
                headingLevel = level;
                current = new ArrayList<>();
            } else {
                toBlock(n, 0).ifPresent(current::add);
            }
        }
        if (heading != null) {
            sections.add(new Section(heading, level, current));
        }
        List<String> warnings = new ArrayList<>();
        if (foldedHeadings > 0) {
            warnings.add("more than " + MAX_SECTIONS + " headings; the last " + foldedHeadings + " were read as text of the section before them");
        }
        if (droppedItems > 0) {
            warnings.add("a list has more than " + MAX_LIST_ITEMS + " items; " + droppedItems + " items were not read");
        }
        if (droppedRows > 0) {
            warnings.add("a table has more than " + MAX_TABLE_ROWS + " rows; " + droppedRows + " rows were not read");
        }
        return new MarkdownDocument(front, preamble, sections, warnings);
    }

    /** A pandoc attribute span: "[Timeline]{.underline}", "[text]{#anchor .mark}"; not a link, whose target is in round brackets. */
    private static final java.util.regex.Pattern PANDOC_SPAN = java.util.regex.Pattern.compile("\\[([^\\]\\[\\n]{0,200})\\]\\{[.#][^{}\\n]{0,80}\\}");

    /** SnakeYAML's safe loader with limits on aliases, size and nesting; built once per reader (a Yaml is not thread-safe). */
    private static Yaml safeYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit(1_000_000);
        options.setNestingDepthLimit(20);
        return new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(new org.yaml.snakeyaml.DumperOptions()),
                new org.yaml.snakeyaml.DumperOptions(), options, new TimestampsAsWritten());
    }

    /**
     * YAML's resolver without its timestamp type: "date: 2025-08-08T21:00-05:00" stays as written, so
     * the incident's day is the one its writer gave (a java.util.Date would keep only the UTC instant,
     * the next day), and a time without a zone is read on the document's clock like any other.
     */
    private static final class TimestampsAsWritten extends org.yaml.snakeyaml.resolver.Resolver {
        @Override
        public void addImplicitResolver(org.yaml.snakeyaml.nodes.Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
            if (!org.yaml.snakeyaml.nodes.Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }

    private Map<String, Object> loadYaml(String yaml) throws FrontMatterException {
        try {
            Object loaded = this.yaml.load(yaml);
            if (loaded == null) {
                return Map.of();
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new FrontMatterException("front matter is not a YAML mapping of keys to values");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(String.valueOf(k), v);
                }
            });
            return out;
        } catch (YAMLException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new FrontMatterException("front matter is not valid YAML: " + msg);
        }
    }

    /** The summary line of a folded block: "<details>" then "<summary>Appendix: raw links</summary>". */
    private static final java.util.regex.Pattern SUMMARY = java.util.regex.Pattern.compile("(?is)<summary[^>]*>(.*?)</summary>");

    /** The name a folded block ({@code <details>}) gives its part in its summary, if it is a short line of text. */
    static Optional<String> detailsSummary(String html) {
        java.util.regex.Matcher m = SUMMARY.matcher(html);
        if (!m.find()) {
            return Optional.empty();
        }
        String text = HtmlText.plain(m.group(1)).replaceAll("\\s+", " ").strip();
        return text.isEmpty() || text.length() > 80 ? Optional.empty() : Optional.of(text);
    }

    /** A numbered line underlined with dashes or equals signs: "1. WHAT HAPPENED" over "----------------". */
    private static final java.util.regex.Pattern NUMBERED_UNDERLINED = java.util.regex.Pattern.compile("(?m)^(\\d{1,2}\\.[ \\t]+\\S[^\\n]{0,80})\\n[-=]{3,}[ \\t]*$");

    /** Two written lines, then a line of dashes alone (a setext underline for Markdown, a rule for a memo; "====" under them stays a title). */
    private static final java.util.regex.Pattern RULE_UNDER_LINES = java.util.regex.Pattern.compile(
            "(?m)^([ \\t]{0,3}[^\\s|#>*+-][^\\n]*\\n[ \\t]{0,3}[^\\s|#>*+-][^\\n]*)\\n(-+[ \\t]*)$");

    /** TOML's reader (dates kept as text, as {@link TimestampsAsWritten} keeps YAML's), made when a document first needs it. */
    private static final class Toml {
        static final com.fasterxml.jackson.dataformat.toml.TomlMapper MAPPER = new com.fasterxml.jackson.dataformat.toml.TomlMapper();
    }

    private static Map<String, Object> loadToml(String toml) throws FrontMatterException {
        try {
            Map<String, Object> out = new LinkedHashMap<>();
            Toml.MAPPER.readValue(toml, new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() {
            }).forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(k, v);
                }
            });
            return out;
        } catch (java.io.IOException | RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new FrontMatterException("front matter is not valid TOML: " + msg);
        }
    }

    private Optional<Block> toBlock(Node n, int depth) {
        if (n instanceof Paragraph p) {
            List<String> lines = lines(p);
            // a table drawn with "+----+" borders, as a plain-text writer keeps one
            Optional<Block.Table> drawn = AsciiTable.of(lines);
            if (drawn.isPresent()) {
                return Optional.of(drawn.get());
            }
            return Optional.of(new Block.Paragraph(lines, lead(p)));
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            List<Block.Item> items = new ArrayList<>();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListItem li) {
                    if (items.size() < MAX_LIST_ITEMS) {
                        items.add(item(li, depth + 1));
                    } else {
                        droppedItems++;
                    }
                }
            }
            return Optional.of(new Block.ListBlock(n instanceof OrderedList, items));
        }
        if (n instanceof TableBlock t) {
            return Optional.of(table(t));
        }
        if (n instanceof FencedCodeBlock f) {
            return Optional.of(new Block.Code(f.getLiteral()));
        }
        if (n instanceof IndentedCodeBlock ic) {
            // a plain-text writer's indented list is no code
            return IndentedList.of(ic.getLiteral()).<Block>map(l -> l).or(() -> Optional.of(new Block.Code(ic.getLiteral())));
        }
        if (n instanceof BlockQuote q) {
            List<Block> inner = new ArrayList<>();
            for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                if (depth < MAX_DEPTH) {
                    toBlock(c, depth + 1).ifPresent(inner::add);
                } else {
                    flattened(c).ifPresent(inner::add);
                }
            }
            return Optional.of(new Block.Quote(withoutCalloutMarker(inner)));
        }
        if (n instanceof HtmlBlock html && HtmlTables.mayHold(html.getLiteral())) {
            // a table pasted as raw HTML from a wiki: its rows, as a Markdown table's
            List<Block.Table> tables = HtmlTables.read(html.getLiteral());
            return tables.isEmpty() ? Optional.empty() : Optional.of(tables.get(0));
        }
        if (n instanceof HtmlBlock || n instanceof ThematicBreak) {
            return Optional.empty();
        }
        String text = inlineText(n).trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(new Block.Paragraph(List.of(text), Optional.empty()));
    }

    private Block.Item item(ListItem li, int depth) {
        List<String> lines = List.of();
        Optional<String> lead = Optional.empty();
        List<Block> children = new ArrayList<>();
        boolean first = true;
        for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
            if (first && c instanceof Paragraph p) {
                lines = lines(p);
                lead = lead(p);
            } else if (depth < MAX_DEPTH) {
                toBlock(c, depth).ifPresent(children::add);
            } else {
                flattened(c).ifPresent(children::add);
            }
            first = false;
        }
        return new Block.Item(lines, lead, children);
    }

    /** Content nested deeper than {@link #MAX_DEPTH}: its text as one paragraph, raw HTML left out. */
    private static Optional<Block> flattened(Node n) {
        if (n instanceof HtmlBlock) {
            return Optional.empty();
        }
        String t = inlineText(n).replaceAll("\\s+", " ").trim();
        return t.isEmpty() ? Optional.empty() : Optional.of(new Block.Paragraph(List.of(t), Optional.empty()));
    }

    private Block.Table table(TableBlock t) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<List<List<String>>> rowLines = new ArrayList<>();
        for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    header.addAll(cells(row));
                }
            } else if (part instanceof TableBody) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow && rows.size() >= MAX_TABLE_ROWS) {
                        droppedRows++;
                    } else if (row instanceof TableRow) {
                        List<String> cells = cells(row);
                        while (cells.size() < header.size()) {
                            cells.add("");
                        }
                        rows.add(cells);
                        rowLines.add(cellLines(row));
                    }
                }
            }
        }
        if (!rows.isEmpty() && header.stream().allMatch(String::isBlank) && rows.get(0).stream().anyMatch(c -> !c.isBlank())) {
            // an export's table with an empty header row and the real names in its first row ("| | | |", then
            // "| **Action** | **Owner** | ..."): the first row is the header
            header = new ArrayList<>(rows.remove(0));
            rowLines.remove(0);
        }
        boolean parted = rowLines.stream().flatMap(List::stream).anyMatch(l -> l.size() > 1);
        return new Block.Table(header, rows, parted ? rowLines : List.of());
    }

    /** Each cell's lines, parted where its writer put {@code <br>}. */
    private static List<List<String>> cellLines(Node row) {
        List<List<String>> out = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) {
                out.add(lines(c));
            }
        }
        return out;
    }

    private static List<String> cells(Node row) {
        List<String> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) {
                cells.add(inlineText(c).trim());
            }
        }
        return cells;
    }

    /** A paragraph's or a table cell's text split at the author's line breaks (and a wiki's {@code <br>}). */
    private static List<String> lines(Node p) {
        List<String> lines = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof SoftLineBreak || c instanceof HardLineBreak
                    || c instanceof HtmlInline h && BREAK_TAG.matcher(h.getLiteral()).matches()) {
                addLine(lines, sb); // "09:12 — ...<br>09:15 — ...": lines a wiki joined with <br>
            } else {
                appendInline(c, sb);
            }
        }
        addLine(lines, sb);
        return lines;
    }

    private static void addLine(List<String> lines, StringBuilder sb) {
        String line = sb.toString().trim();
        if (!line.isEmpty()) {
            lines.add(line);
        }
        sb.setLength(0);
    }

    private static Optional<String> lead(Paragraph p) {
        Node first = p.getFirstChild();
        if (first instanceof StrongEmphasis s) {
            String t = inlineText(s).trim();
            return t.isEmpty() ? Optional.empty() : Optional.of(t);
        }
        if (first instanceof org.commonmark.node.Emphasis e && "*".equals(e.getOpeningDelimiter())) {
            // Slack's bold is one asterisk ("*Timeline* (all times ET)", "*Date:* Thu Mar 5"): a label as "**Timeline**" is
            String t = inlineText(e).trim();
            return t.isEmpty() ? Optional.empty() : Optional.of(t);
        }
        return Optional.empty();
    }

    /** Plain text of a node's inline content: soft breaks become spaces, raw HTML is dropped (a chat nick such as {@code <maria>} is kept). */
    static String inlineText(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            appendInline(c, sb);
        }
        return sb.toString();
    }

    /** The type marker of a callout or alert: "> [!info] Times are local", "> [!NOTE]". */
    private static final java.util.regex.Pattern CALLOUT_MARKER = java.util.regex.Pattern.compile("^\\s*\\[![A-Za-z]+\\][-+]?\\s*");

    /** A callout's first line without its "[!info]" marker, so that "Times are local ..." reads as it is written. */
    private static List<Block> withoutCalloutMarker(List<Block> blocks) {
        if (blocks.isEmpty() || !(blocks.get(0) instanceof Block.Paragraph p) || p.lines().isEmpty()
                || !CALLOUT_MARKER.matcher(p.lines().get(0)).lookingAt()) {
            return blocks;
        }
        List<String> lines = new ArrayList<>(p.lines());
        lines.set(0, CALLOUT_MARKER.matcher(lines.get(0)).replaceFirst(""));
        if (lines.get(0).isBlank()) {
            lines.remove(0);
        }
        List<Block> out = new ArrayList<>(blocks);
        if (lines.isEmpty()) {
            out.remove(0);
        } else {
            out.set(0, new Block.Paragraph(lines, p.lead()));
        }
        return out;
    }

    /** A bare tag of one word, no attributes ("<maria>", "<pagerduty>", "<j.kowalski>"). */
    private static final java.util.regex.Pattern BARE_TAG = java.util.regex.Pattern.compile("<([A-Za-z][\\w.-]{0,30})>");
    /** HTML's own elements, which stay markup even bare ("<b>", "<details>", "<kbd>"). */
    private static final java.util.Set<String> HTML_ELEMENTS = java.util.Set.of("a", "abbr", "b", "bdi", "bdo", "big", "blockquote",
            "body", "br", "button", "caption", "center", "cite", "code", "col", "dd", "del", "details", "dfn", "div", "dl", "dt",
            "em", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
            "html", "i", "img", "input", "ins", "kbd", "label", "li", "main", "mark", "nav", "nobr", "ol", "p", "picture", "pre",
            "q", "s", "samp", "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr", "script", "style", "iframe", "frame", "frameset",
            "svg", "math", "object", "embed", "applet", "meta", "link", "base", "title", "noscript", "template", "textarea", "select",
            "option", "marquee", "xmp", "plaintext", "video", "audio", "source", "track", "canvas", "dialog", "slot");

    /** Whether inline HTML is a chat writer's nick in angle brackets rather than markup. */
    static boolean isChatNick(String literal) {
        java.util.regex.Matcher m = BARE_TAG.matcher(literal);
        return m.matches() && !HTML_ELEMENTS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.regex.Pattern BREAK_TAG = java.util.regex.Pattern.compile("(?i)<br\\s*/?>");

    /**
     * Text with its no-break spaces as plain ones: exports from word processors write "4:06 PM"
     * with a no-break or narrow no-break space, which no pattern of times would match.
     */
    private static String spaces(String text) {
        return text.indexOf('\u00a0') < 0 && text.indexOf('\u202f') < 0 ? text : text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static void appendInline(Node c, StringBuilder sb) {
        if (c instanceof Text t) {
            sb.append(spaces(t.getLiteral()));
        } else if (c instanceof Code code) {
            sb.append('`').append(code.getLiteral()).append('`');
        } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
            sb.append(' ');
        } else if (c instanceof HtmlInline h) {
            // raw HTML never passes through, but a line break in a table cell ("<br>") still parts its lines, and a bare
            // tag that is no HTML element is a chat writer's nick
            if (BREAK_TAG.matcher(h.getLiteral()).matches()) {
                sb.append(' ');
            } else if (isChatNick(h.getLiteral())) {
                sb.append(h.getLiteral()); // "[14:02] <maria> seeing 502s": a writer's nick in a pasted chat log, not HTML
            }
        } else {
            for (Node g = c.getFirstChild(); g != null; g = g.getNext()) {
                appendInline(g, sb);
            }
            if (c instanceof org.commonmark.node.Block) {
                sb.append(' '); // flattened paragraphs and items stay apart
            }
        }
    }
}
