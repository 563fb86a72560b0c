package io.hindsight.extract;

import io.hindsight.ingest.Block;
import io.hindsight.model.ActionItem;
import io.hindsight.model.ActionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads action items from a table (columns found by header: Action, Owner, Due Date, Priority,
 * Status, ID, in any order and spelling) or from a list ("- [x] Add alert — @alice, due
 * 2026-03-01, P1"). Statuses are normalised; due dates that cannot exist become warnings.
 */
final class ActionItemReader {
    /** A trailing "(owner: ..., due ...)" or "[P1]" note, dropped from the action's own text. */
    private static final Pattern TRAILING_DETAILS = Pattern.compile(
            "\\s*[(\\[]([^)\\]]*(owner|assignee|due|@|status|priority|P[0-4])[^)\\]]*)[)\\]]\\s*$");
    private static final Pattern NO_OWNER = Pattern.compile("(?i)-+|—|n/?a|none|tbd|unassigned|\\?|unknown");
    private static final Pattern NO_DATE = Pattern.compile("(?i)-+|—|n/?a|none|tbd|\\?|asap|ongoing");
    private static final Pattern ACTION_H = Pattern.compile("(?i)\\b(action|actions|item|items|task|tasks|description|title|what|follow|remediation|fix|todo|summary|work"
            // headed in the writer's own language: "Acción", "Ação", "Azione", "Maßnahme", "Tâche", "Zadanie"
            + "|acción|acciones|accion|ação|ações|acao|azione|azioni|maßnahme|maßnahmen|massnahme|tâche|tâches|tache|zadanie|aksiyon|eylem"
            // Dutch, Swedish, Norwegian, Danish, Polish, Czech, Finnish: "Actie", "Åtgärd", "Tiltak", "Opgave", "Działanie", "Úkol", "Toimenpide"
            + "|actie|acties|åtgärd|åtgärder|uppgift|tiltak|oppgave|opgave|handling|handlingspunkt|działanie|działania|úkol|akční bod|opatření"
            + "|toimenpide|tehtävä)(?![\\p{L}])"
            // Chinese, Japanese and Korean (no word boundaries): "改进措施", "対策", "대책", "조치 내용"
            + "|措施|行动项|事项|対策|対応内容|アクション|대책|조치|개선 사항");
    private static final Pattern OWNER_H = Pattern.compile("(?i)\\b(owner|owners|assignee|assigned|who|responsible|dri|team|lead"
            + "|responsable|responsabile|responsável|responsavel|verantwortlich|odpowiedzialny|sorumlu|equipo|équipe|equipe"
            + "|eigenaar|verantwoordelijke|ansvarig|ansvarlig|ejer|eier|właściciel|odpowiedzialna|vlastník|odpovědný|odpovídá|vastuuhenkilö"
            + "|vastuu|omistaja)(?![\\p{L}])"
            + "|负责人|責任者|担当者|担当|담당자|담당");
    private static final Pattern DUE_H = Pattern.compile("(?i)\\b(due|deadline|target|eta|by when|date|when"
            + "|échéance|echeance|fecha|prazo|scadenza|fällig|termin|tarih|data|termijn|datum|senast|frist|tidsfrist|dato|termín|määräaika"
            + "|eräpäivä)(?![\\p{L}])"
            + "|完成时间|截止|期限|期日|기한|완료 예정일|예정일");
    private static final Pattern PRIORITY_H = Pattern.compile("(?i)\\b(priority|prio|pri|p|severity|importance)\\b");
    /** A status column; "RAG" (red, amber, green) is how many risk-minded teams head it. */
    private static final Pattern STATUS_H = Pattern.compile("(?i)\\b(status|state|done|progress|complete|completed|rag"
            + "|statut|estado|stato|estatus|durum|stan|stav|tila|tilstand|läge"
            // "Stand" (German), "État" (French), "Situação" (Portuguese), "Voortgang" (Dutch)
            + "|stand|état|etat|situação|situacao|situación|voortgang)(?![\\p{L}])"
            + "|状态|狀態|状態|ステータス|進捗|상태|진행 상황"
            // a column headed by a tick alone: "☑", "✔/✘"
            + "|^\\s*[\u2611\u2714\u2713\u2705]");
    /** A RAG (or BRAG) column alone: red, amber, green for delivery confidence. */
    private static final Pattern RAG_H = Pattern.compile("(?i)\\s*b?rag(?:\\s+(?:status|rating))?\\s*");
    private static final Pattern ID_H = Pattern.compile("(?i)^\\s*(id|#|no\\.?|num|number|ref|key)\\s*$");
    private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX✓])\\]\\s*");
    /** A status mark opening the line, as chat tools and emoji-minded writers put it: done, open, under way, dropped. */
    private static final Pattern MARK = Pattern.compile("^(?:([✅☑✔])|([⬜☐🔲])|([⏳🔄🚧])|([❌🚫✖]))\\uFE0F?\\s*");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@[A-Za-z0-9][\\w.-]*[A-Za-z0-9_]|(?<![\\w.])@[A-Za-z0-9]");
    private static final Pattern OWNER_KV = Pattern.compile("(?i)\\b(?:owner|owners|assignee|assigned to|responsible|dri)\\s*[:=-]?\\s*([^,;()\\]|—–]+)");
    private static final Pattern DUE_KV = Pattern.compile("(?i)\\b(?:due(?:\\s+date)?|deadline|by|eta|target)\\s*[:=]?\\s*(\\d{4}-\\d{1,2}-\\d{1,2}|[A-Z][a-z]{2,8}\\.? \\d{1,2}(?:,? \\d{4})?)");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{1,2}-\\d{1,2})\\b");
    private static final Pattern PRIORITY = Pattern.compile("\\b(P[0-4])\\b|(?i)\\bpriority\\s*[:=]?\\s*(\\w+)");
    private static final Pattern STATUS_KV = Pattern.compile("(?i)\\bstatus\\s*[:=]?\\s*([\\w' -]+)");
    /** A bug tracker's state written in capitals beside the ticket ("CAT-2210 DONE", "NET-5543 WONTFIX (covered by ...)"). */
    private static final Pattern TRACKER_STATE = Pattern.compile(
            "\\b(DONE|FIXED|RESOLVED|CLOSED|COMPLETED?|MERGED|SHIPPED|VERIFIED|TO-?DO|OPEN|NEW|ASSIGNED|IN[ _]PROGRESS|STARTED|WIP|BLOCKED|WONTFIX|WON'?T[ _](?:FIX|DO)|OBSOLETE|DUPLICATE|CANCELL?ED)\\b");
    /** A tracker's ID: "AI-1", "OPS-2291", "ITSM-20935". */
    private static final String TRACKER_ID = "[A-Z][A-Z0-9]*-\\d+";
    private static final String STATUS_WORDS = "(done|completed?|closed|fixed|resolved|shipped|merged|finished|in review|in work|planned|open|todo|to do|in progress|wip|ongoing|won['’]?t (?:do|fix)"
            + "|cancell?ed|not started|blocked|pending)";
    /**
     * A status closing the item: after a bracket, comma, dash or full stop ("... Owner: Lucas. Open."),
     * perhaps with a date or note in brackets after it ("Done (2026-08-21).").
     */
    private static final Pattern STATUS_TAIL = Pattern.compile("(?i)(?:[(\\[,;—–-]|\\.\\s)\\s*" + STATUS_WORDS
            + "\\s*[)\\]]?\\s*(?:\\([^()]{0,80}\\)\\s*)?\\.?$");
    /**
     * A status after a dash or a sentence, with the day it was reached or a short note after it, closing
     * the item: "— done 7 Oct", "— done on 2026-10-07", "— todo, need the summary email first", "(Sneha). **Done**, shipped 12 Jan.",
     * "... retention. *Done 15 June, after the incident.*", "... the alias. ✅ done 9 May".
     */
    private static final Pattern STATUS_DASH_NOTE = Pattern.compile("(?i)(?:\\s[—–-]|[.)]\\s)\\s*[*_]{0,2}(?:[\u2705\u2714\u2611\u23f3\u274c]\\uFE0F?\\s*)?" + STATUS_WORDS + "[*_]{0,2}"
            + "(?:\\s+(?:on\\s+)?(?:\\d{1,2}\\s+\\p{L}{3,9}\\.?|\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{4}-\\d\\d-\\d\\d)(?:\\s*[,;:]\\s*[^—–()]{1,80}?)?|\\s*[,;:]\\s*[^—–()]{1,80}?)\\.?[*_]{0,2}$");
    /**
     * A status opening a closing bracket with a note or its day after it: "(done, 9 February)", "(done – agreed on 20
     * November)", "(done 03-30)", "(closed 4 Nov)".
     */
    private static final Pattern STATUS_NOTE_TAIL = Pattern.compile("(?i)\\(\\s*" + STATUS_WORDS + "(?:\\s*[,;:—–-]\\s*[^()]{0,80}"
            + "|\\s+(?:on\\s+)?(?:\\d{1,4}[./-]\\d{1,2}(?:[./-]\\d{1,4})?|\\d{1,2}\\s+\\p{L}{3,9}\\.?|\\p{L}{3,9}\\.?\\s+\\d{1,2}))\\)\\s*\\.?$");
    /** A check mark closing the item: "shipped in #4471 ✅". */
    private static final Pattern TRAILING_TICK = Pattern.compile("[\u2705\u2714\u2611]\\uFE0F?\\s*\\.?$");
    /**
     * A tracker's ID and its state, as a Bug cell holds them: "HZP-3301 done", "ITSM-20935 In progress", "#4471 closed",
     * "b/28841 fixed", "MOB-918 (fixed, released 2026-07-09)", "PRT-882: done".
     */
    private static final Pattern ID_THEN_STATUS = Pattern.compile("(?i)\\s*(?:" + TRACKER_ID + "|#\\d+|b/\\d+)(?:\\s*[:\u2013\u2014]\\s*|\\s+)(?:[\u2705\u2714\u2611\u23f3\u274c\u2b1c]\\uFE0F?\\s*)?\\(?\\s*" + STATUS_WORDS
            + "(?:\\s*[,;:]\\s*[^()]{0,80})?\\s*\\)?\\s*");
    /**
     * A tracker's ID, a dash or colon, and one or two words in the writer's own language: "VDB-4411 — hotovo",
     * "KV-12: klaar", "PL-7 – w toku" (not an issue's title: "OPS-12 — new alert rule").
     */
    private static final Pattern ID_THEN_WORDS = Pattern.compile("\\s*(?:" + TRACKER_ID + "|#\\d+|b/\\d+)\\s*[:\u2013\u2014-]\\s*(\\p{L}+(?: \\p{L}+)?)\\s*");
    /**
     * A status opening the item, in brackets (perhaps with its date or note) or as a label: "[done] Fix the rotation gap",
     * "[Done 2026-05-07] The job verifies the key", "**Done:** We added an alert".
     */
    private static final Pattern STATUS_LEAD = Pattern.compile("(?i)^(?:[\\[(]" + STATUS_WORDS + "(?:[\\s,:]+[\\w ./-]{1,24}?)?[\\])]\\s*|\\**" + STATUS_WORDS
            + "\\**\\s*[:—–]\\**\\s+)");
    /** A sentence after an owner's name ("Owner: Keiko. Done", "Owner: Dana. Due 2026-03-01"): not part of the name. */
    private static final Pattern OWNER_THEN_STATUS = Pattern.compile("(?i)\\.\\s+(?:" + STATUS_WORDS + "|due|status|priority|eta|deadline|target)\\b.*$");

    /** An item struck through as done, as Google-style reviews mark them: "~~Alert on the TVM error counts~~". */
    private static final Pattern STRUCK = Pattern.compile("~~\\s*(\\S.*?)\\s*~~\\.?");

    private ActionItemReader() {
    }

    record Result(List<ActionItem> items, List<String> warnings) {
    }

    static Result read(List<Block> blocks) {
        return read(blocks, Optional.empty());
    }

    /** @param incident the incident's date: a due date written without its year ("Nov 21") is the first such day after it */
    static Result read(List<Block> blocks, Optional<LocalDate> incident) {
        List<ActionItem> items = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Table t && TimelineReader.isStampedLog(t)) {
                continue; // a ticket's log of actions, each row at its moment: the timeline's, not work to do
            }
            if (b instanceof Block.Table t) {
                table(t, items, warnings, incident);
            } else if (b instanceof Block.ListBlock l) {
                for (Block.Item item : l.items()) {
                    String text = item.fullText();
                    if (!Placeholders.isEmptyValue(text)) {
                        items.add(fromText(text, String.valueOf(items.size() + 1), warnings, incident));
                    }
                }
            }
        }
        if (items.isEmpty()) {
            proseItems(blocks, items, warnings, incident);
        }
        return new Result(items, warnings);
    }

    /** "We will ...", "We'll ...", "We have already ..." : a commitment, or one already kept. */
    private static final Pattern COMMITMENT = Pattern.compile("(?i)^\\W*we(?:'ll|\u2019ll| will| are going to|'re going to|\u2019re going to| plan to| intend to"
            + "|(?<done>'ve|\u2019ve| have)\\s+(?:already\\s+)?(?:made|added|changed|shipped|moved|fixed|removed|updated|enabled|disabled|turned"
            + "|rolled|deployed|raised|lowered|set|introduced|put|written|created|increased|reduced|replaced|started))\\b");
    /** A line that opens with a tracker's ID or an item's number: "AI-1 ...", "OPS-2291 ...", "A1 ...". */
    private static final Pattern ITEM_ID_LINE = Pattern.compile("\\s*(" + TRACKER_ID + "|[A-Z]{1,3}\\d{1,3})\\b\\s*");
    /** A line opening with its state in square brackets: "[DONE] ...", "[IN PROGRESS] ...", "[OPEN] ...". */
    private static final Pattern STATUS_BRACKET_LINE = Pattern.compile("\\s*\\[\\s*" + STATUS_WORDS + "\\s*\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    /**
     * Action items written as prose, as public reports and blog posts do: a paragraph that leads
     * with a bold phrase ("**Refresh metadata automatically.** The gateway will ...") is one
     * item; otherwise each sentence that commits to something ("We will add alerts on ...") is
     * one, done when it says it was already done ("We have already made the reaper run ...").
     * Read only when the section has no list or table of items.
     */
    private static void proseItems(List<Block> blocks, List<ActionItem> items, List<String> warnings, Optional<LocalDate> incident) {
        for (Block b : blocks) {
            if (!(b instanceof Block.Paragraph p)) {
                continue;
            }
            if (p.lead().isPresent()) {
                items.add(fromText(p.text(), String.valueOf(items.size() + 1), warnings, incident));
                continue;
            }
            if (p.lines().size() >= 2 && p.lines().stream().allMatch(l -> CHECKBOX.matcher(l.strip()).lookingAt())) {
                // a plain-text note's checklist, one box per line: "[x] hold unbound on the resolvers"
                for (String line : p.lines()) {
                    items.add(fromText(line.strip(), String.valueOf(items.size() + 1), warnings, incident));
                }
                continue;
            }
            if (p.lines().size() >= 2 && p.lines().stream().allMatch(l -> STATUS_BRACKET_LINE.matcher(l).lookingAt())) {
                // a plain-text memo's follow-ups, one per line, each opening with its state: "[DONE]  SB-771  Sanity band ... (Baraka, 5 Jun)"
                for (String line : p.lines()) {
                    items.add(fromText(line.strip(), String.valueOf(items.size() + 1), warnings, incident));
                }
                continue;
            }
            if (p.lines().size() >= 2 && p.lines().stream().allMatch(l -> ITEM_ID_LINE.matcher(l).lookingAt())) {
                // a plain-text mail's list: "AI-1  Feed monitor alerts ... (owner: Femi, due Oct 23) - done", one per line
                for (String line : p.lines()) {
                    java.util.regex.Matcher id = ITEM_ID_LINE.matcher(line);
                    id.lookingAt();
                    items.add(fromText(line.substring(id.end()).strip(), id.group(1), warnings, incident));
                }
                continue;
            }
            List<String> inline = InlineItems.split(p.lines());
            if (!inline.isEmpty()) {
                // a hurried note's one line of items: "AIs: [x] move batch · [ ] lag alert at 60s", "1) revert (done) 2) test"
                for (String part : inline) {
                    items.add(fromText(part, String.valueOf(items.size() + 1), warnings, incident));
                }
                continue;
            }
            ActionItem last = null;
            for (String sentence : SENTENCE.split(p.text())) {
                java.util.regex.Matcher c = COMMITMENT.matcher(sentence);
                if (!c.lookingAt()) {
                    java.util.regex.Matcher told = STATE_TOLD.matcher(sentence.strip());
                    if (last != null && last.status().isEmpty() && told.lookingAt()) {
                        // "We will reduce the test interval ... Owner: Tomasz. This was completed on 16 April."
                        Optional<io.hindsight.model.ActionStatus> state = io.hindsight.model.ActionStatus.parse(told.group(1));
                        if (state.isPresent()) {
                            ActionItem done = new ActionItem(last.id(), last.action(), last.owner(), last.dueDate(), last.priority(), state);
                            items.set(items.size() - 1, done);
                            last = done;
                        }
                    }
                    continue;
                }
                ActionItem item = fromText(sentence.strip(), String.valueOf(items.size() + 1), warnings, incident);
                if (c.group("done") != null && item.status().isEmpty()) {
                    item = new ActionItem(item.id(), item.action(), item.owner(), item.dueDate(), item.priority(),
                            java.util.Optional.of(io.hindsight.model.ActionStatus.DONE));
                }
                items.add(item);
                last = item;
            }
        }
    }

    /** A sentence after a commitment that tells its state: "This was completed on 16 April.", "That is in progress." */
    private static final Pattern STATE_TOLD = Pattern.compile(
            "(?i)(?:this|that|it)\\s+(?:was|has\\s+been|is|is\\s+now)\\s+(?:already\\s+)?(completed|complete|done|finished|in\\s+progress|under\\s*way)\\b");

    private static void table(Block.Table t, List<ActionItem> items, List<String> warnings, Optional<LocalDate> incident) {
        List<String> h = t.header();
        int action = -1;
        int owner = -1;
        int due = -1;
        int priority = -1;
        int status = -1;
        int id = -1;
        for (int i = 0; i < h.size(); i++) {
            String head = h.get(i);
            if (id < 0 && ID_H.matcher(head).find()) {
                id = i;
            } else if ((status < 0 || RAG_H.matcher(h.get(status)).matches() && !RAG_H.matcher(head).matches()) && STATUS_H.matcher(head).find()) {
                // a "Status" column beside a "RAG" one is the completion; RAG is the confidence in the date
                status = i;
            } else if (owner < 0 && OWNER_H.matcher(head).find()) {
                owner = i;
            } else if (due < 0 && DUE_H.matcher(head).find()) {
                due = i;
            } else if (priority < 0 && PRIORITY_H.matcher(head).find()) {
                priority = i;
            } else if (action < 0 && ACTION_H.matcher(head).find()) {
                action = i;
            }
        }
        if (action < 0) {
            for (int i = 0; i < h.size(); i++) {
                if (i != id && i != owner && i != due && i != priority && i != status) {
                    action = i;
                    break;
                }
            }
        }
        if (action < 0) {
            return;
        }
        Optional<Boolean> dueOrder = due >= 0 ? dayOrder(t.rows(), due) : Optional.empty();
        for (List<String> row : t.rows()) {
            String text = cell(row, action);
            if (Placeholders.isEmptyValue(text)) {
                continue;
            }
            Matcher struck = STRUCK.matcher(text.strip());
            if (struck.matches()) {
                text = struck.group(1);
            }
            String itemId = id >= 0 && !cell(row, id).isBlank() ? cell(row, id) : String.valueOf(items.size() + 1);
            Optional<String> own = owner >= 0 ? clean(cell(row, owner)) : Optional.empty();
            Optional<LocalDate> dueDate = Optional.empty();
            if (due >= 0) {
                String dueCell = cell(row, due);
                dueDate = dueOrder.isPresent() ? inOrder(dueCell, dueOrder.get()) : Optional.empty();
                if (dueDate.isEmpty()) {
                    dueDate = date(dueCell, text, warnings, incident);
                }
            }
            Optional<String> prio = priority >= 0 ? clean(cell(row, priority)) : Optional.empty();
            // read as written: a tick "[x]" would pass for a template's placeholder
            Optional<ActionStatus> st = status >= 0 && status < row.size() ? ActionStatus.parse(row.get(status)) : Optional.empty();
            if (status < 0) {
                // No status column: a tracker state written in another cell ("CAT-2210 DONE",
                // "CAT-2211 (won't fix)" in a Bug column).
                for (int i = 0; i < row.size() && st.isEmpty(); i++) {
                    if (i != action && i != owner && i != due && i != priority && i != id) {
                        Matcher caps = TRACKER_STATE.matcher(row.get(i));
                        Matcher tail = STATUS_TAIL.matcher(row.get(i));
                        Matcher afterId = ID_THEN_STATUS.matcher(row.get(i));
                        if (caps.find()) {
                            st = ActionStatus.parse(caps.group(1));
                        } else if (tail.find()) {
                            st = ActionStatus.parse(tail.group(1));
                        } else if (afterId.matches()) {
                            st = ActionStatus.parse(afterId.group(1));
                        } else {
                            Matcher idWords = ID_THEN_WORDS.matcher(row.get(i));
                            if (idWords.matches()) {
                                st = ActionStatus.parse(idWords.group(1));
                            }
                        }
                    }
                }
                // or closing the action's own words: "Certificate expiry probe for every endpoint (done)"
                if (st.isEmpty()) {
                    st = closingStatus(text, false);
                }
                if (st.isEmpty() && struck.matches()) {
                    st = Optional.of(ActionStatus.DONE);
                }
            }
            items.add(new ActionItem(itemId, text.strip(), own, dueDate, prio, st));
        }
    }

    /** A cell's text; a template placeholder ("[@owner]", "[YYYY-MM-DD]") reads as empty. */
    private static String cell(List<String> row, int i) {
        String c = i >= 0 && i < row.size() ? row.get(i) : "";
        return Placeholders.isPlaceholder(c) ? "" : c;
    }

    private static Optional<String> clean(String s) {
        String t = s.strip();
        if (t.isEmpty() || NO_OWNER.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    private static final Pattern NUMERIC_DUE = Pattern.compile("\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](?:\\d{4}|\\d{2})\\s*");

    /**
     * The order of a due column's numeric dates, as its unambiguous ones show: "15-5-2026" beside
     * "10-4-2026" is day first (true), "5/15/2026" month first; empty when none shows it or they disagree.
     */
    private static Optional<Boolean> dayOrder(List<List<String>> rows, int column) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (List<String> row : rows) {
            Matcher m = NUMERIC_DUE.matcher(cell(row, column));
            if (m.matches()) {
                dayFirst |= Integer.parseInt(m.group(1)) > 12;
                monthFirst |= Integer.parseInt(m.group(2)) > 12;
            }
        }
        return dayFirst == monthFirst ? Optional.empty() : Optional.of(dayFirst);
    }

    /** A numeric due date read in its column's order. */
    private static Optional<LocalDate> inOrder(String cell, boolean dayFirst) {
        if (!NUMERIC_DUE.matcher(cell).matches()) {
            return Optional.empty();
        }
        try {
            return TimeExpressions.stampAtStart(cell.strip(), Optional.of(dayFirst)).flatMap(TimeExpressions.Stamp::date);
        } catch (TimeExpressions.ImpossibleValue e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String cell, String action, List<String> warnings, Optional<LocalDate> incident) {
        String c = cell.strip();
        if (c.isEmpty() || NO_DATE.matcher(c).matches()) {
            return Optional.empty();
        }
        try {
            Optional<LocalDate> d = TimeExpressions.date(c).or(() -> incident.flatMap(i -> TimeExpressions.yearlessDayAfter(c, i)));
            if (d.isEmpty()) {
                warnings.add("action item '" + TimelineReader.abbreviate(action) + "': cannot read due date '" + c + "'");
            }
            return d;
        } catch (TimeExpressions.ImpossibleValue e) {
            warnings.add("action item '" + TimelineReader.abbreviate(action) + "': " + e.getMessage() + " as due date; left empty");
            return Optional.empty();
        }
    }

    /** An action item written as one line of text. */
    /**
     * The status closing an item's words: after a bracket, comma, dash or full stop ("... (done)"),
     * opening a closing bracket with a note ("(done, 9 February)"), or, in a list item's free text
     * ({@code withNote}), after a dash or a sentence with a date or a note ("— done 7 Oct").
     */
    private static Optional<ActionStatus> closingStatus(String text, boolean withNote) {
        for (Pattern p : withNote ? List.of(STATUS_TAIL, STATUS_NOTE_TAIL, STATUS_DASH_NOTE) : List.of(STATUS_TAIL, STATUS_NOTE_TAIL)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return ActionStatus.parse(m.group(1));
            }
        }
        return Optional.empty();
    }

    static ActionItem fromText(String raw, String id, List<String> warnings) {
        return fromText(raw, id, warnings, Optional.empty());
    }

    static ActionItem fromText(String raw, String id, List<String> warnings, Optional<LocalDate> incident) {
        String text = raw.strip();
        Optional<ActionStatus> status = Optional.empty();
        Matcher struck = STRUCK.matcher(text);
        if (struck.matches()) {
            text = struck.group(1);
            status = Optional.of(ActionStatus.DONE);
        }
        Matcher cb = CHECKBOX.matcher(text);
        Matcher mark = MARK.matcher(text);
        Matcher lead = STATUS_LEAD.matcher(text);
        Optional<ActionStatus> leadStatus = lead.find() ? ActionStatus.parse(lead.group(1) != null ? lead.group(1) : lead.group(2)) : Optional.empty();
        if (cb.find()) {
            status = Optional.of(cb.group(1).isBlank() ? ActionStatus.OPEN : ActionStatus.DONE);
            text = text.substring(cb.end());
        } else if (leadStatus.isPresent()) {
            status = leadStatus;
            text = text.substring(lead.end());
        } else if (mark.find()) {
            status = Optional.of(mark.group(1) != null ? ActionStatus.DONE : mark.group(2) != null ? ActionStatus.OPEN
                    : mark.group(3) != null ? ActionStatus.IN_PROGRESS : ActionStatus.WONT_DO);
            text = text.substring(mark.end());
        }
        Optional<String> owner = Optional.empty();
        Matcher kv = OWNER_KV.matcher(text);
        if (kv.find()) {
            owner = clean(OWNER_THEN_STATUS.matcher(kv.group(1)).replaceFirst(""));
        } else {
            Matcher handle = HANDLE.matcher(text);
            if (handle.find()) {
                owner = Optional.of(handle.group());
            }
        }
        Optional<LocalDate> due = Optional.empty();
        Matcher d = DUE_KV.matcher(text);
        if (d.find()) {
            due = date(d.group(1), text, warnings, incident);
        } else {
            // a date closing the item with its status ("Done (2026-02-04).") is when it was done, not a due date
            Matcher iso = ISO_DATE.matcher(STATUS_TAIL.matcher(text).replaceFirst(""));
            if (iso.find()) {
                due = date(iso.group(1), text, warnings, incident);
            }
        }
        Optional<String> priority = Optional.empty();
        Matcher p = PRIORITY.matcher(text);
        if (p.find()) {
            priority = Optional.of(p.group(1) != null ? p.group(1) : p.group(2));
        }
        if (status.isEmpty()) {
            Matcher s = STATUS_KV.matcher(text);
            if (s.find()) {
                status = ActionStatus.parse(s.group(1));
            }
            if (status.isEmpty()) {
                // "status" may be a word of the action ("vendor SLA with proactive status notifications — open")
                status = closingStatus(text, true);
            }
            if (status.isEmpty() && TRAILING_TICK.matcher(text).find()) {
                status = Optional.of(ActionStatus.DONE); // "add jitter to backoff — shipped in #4471 ✅"
            }
        }
        String action = TRAILING_DETAILS.matcher(text).replaceAll("").strip();
        return new ActionItem(id, action.isEmpty() ? text : action, owner, due, priority, status);
    }
}
