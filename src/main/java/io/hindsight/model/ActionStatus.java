package io.hindsight.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Action item status, normalised as in CONTRACT section 3. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, WONT_DO;

    /**
     * Where a status word may start: a word boundary, or a Chinese, Japanese or Korean word with no
     * letter before it ("完了", "진행 중"); from Java 19 on {@code \b} sees only ASCII word characters,
     * so it cannot mark those.
     */
    private static final String WORD_START = "(?:\\b|(?<![\\p{L}\\p{N}])(?=[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]))";
    private static final Pattern DECORATION = Pattern.compile("[*_`~✅❌]");
    private static final Pattern WONT_DO_WORDS = Pattern.compile(".*\\b(won'?t|will not|wont|not doing|not planned|cancel+ed|canceled|declined|rejected|dropped|obsolete|abandoned|wontfix|won't fix|won't do|wont_do|duplicate|skipped|closed incomplete"
            // "Abandonné", "Annulé", "Cancelado", "Descartado", "Verworfen"
            + "|abandonné|abandonnée|annulé|annulée|cancelado|cancelada|descartado|descartada|abandonado|abandonada|verworfen"
            + "|annullato|annullata|scartato|scartata|vervallen|geannuleerd"
            // Swedish, Norwegian, Danish: "Avbruten", "Utgår", "Avlyst", "Kansellert", "Annulleret", "Aflyst"
            + "|avbruten|avbrutet|struken|struket|utgår|utgått|strøket|avlyst|kansellert|annulleret|aflyst"
            // Polish, Czech, Finnish: "Anulowane", "Odrzucone", "Nebude realizováno", "Zrušeno", "Peruttu", "Hylätty"
            + "|anulowane|anulowano|odrzucone|nie będzie realizowane|nebude realizováno|zrušeno|zamítnuto|peruttu|hylätty|ei tehdä)(?![\\p{L}]).*");
    private static final Pattern IN_PROGRESS_WORDS = Pattern.compile(".*" + WORD_START + "(in[ _-]?progress|wip|ongoing|started|in review|in work|doing|active|underway|under way|partially|partial|blocked"
            // the same in the writer's own language: "En cours", "In Bearbeitung", "En curso", "Em andamento", "In corso", "W trakcie"
            + "|en cours|in bearbeitung|in arbeit|bezig|in uitvoering|en curso|en progreso|em andamento|em curso|in corso|w trakcie|devam ediyor"
            // "Pågår", "Påbörjad", "Under arbete", "I gang", "Under arbeid", "I arbejde"
            + "|pågår|pågående|påbörjad|påbörjat|under arbete|i gång|igång|i gang|igang|under arbeid|under arbejde|i arbejde|startad|startet"
            // "W toku", "Realizowane", "Probíhá", "Rozpracováno", "V řešení", "Työn alla", "Kesken", "Käynnissä"
            + "|w toku|realizowane|w realizacji|probíhá|rozpracováno|v řešení|työn alla|kesken|käynnissä"
            // "In behandeling"; Japanese "対応中", "進行中", "作業中"; Chinese "进行中", "处理中"; Korean "진행 중"
            + "|in behandeling|対応中|進行中|作業中|进行中|处理中|진행중|진행 중)(?![\\p{L}]).*");
    private static final Pattern NOT_STARTED = Pattern.compile(".*\\bnot[ _-]?(?:yet[ _-])?started\\b.*"
            // "Ej påbörjad", "Inte startad", "Ikke startet", "Ikke påbegynt", "Ikke påbegyndt"
            + "|.*\\b(?:ej|inte|ikke|ikkje)\\s+(?:påbörjad|påbörjat|startad|startat|startet|påbegynt|påbegyndt|begyndt|begynt|igangsatt)(?![\\p{L}]).*");
    private static final String DONE_WORD = "(?:done|complete|completed|closed|fixed|resolved|finished|shipped|merged|implemented|deployed"
            // "Terminé", "Fait", "Erledigt", "Hecho", "Concluído", "Feita", "Fatto", "Zrobione", "Tamamlandı" (not "en fait": "in fact")
            + "|terminé|terminée|réalisé|erledigt|abgeschlossen|fertig|hecho|completado|completada|terminado|terminada|concluído|concluido"
            + "|feito|feita|concluída|concluida|(?<!en )fait|faite|faits|faites|fatto|completato|completata|zrobione|zakończone|gotowe|tamamlandı|tamamlandi"
            // "Chiuso", "Risolto", "Cerrado", "Fechado"
            + "|chiuso|chiusa|risolto|risolta|cerrado|cerrada|fechado|fechada|gereed|afgerond|voltooid|opgelost"
            // "Klar", "Åtgärdad", "Ferdig", "Fullført", "Udført", "Afsluttet"
            + "|klar|klart|färdig|färdigt|avklarad|avklarat|utförd|utfört|genomförd|genomfört|åtgärdad|åtgärdat|stängd|stängt|löst"
            + "|ferdig|ferdigstilt|fullført|utført|gjennomført|lukket|løst|udført|færdig|afsluttet|gennemført|implementeret|implementert"
            + "|implementerad"
            // "Wykonane", "Zrealizowane", "Hotovo", "Dokončeno", "Splněno", "Valmis", "Tehty"
            + "|wykonane|wykonano|zrealizowane|zamknięte|hotovo|dokončeno|splněno|vyřešeno|uzavřeno|valmis|tehty|suoritettu|ratkaistu"
            // "Klaar", "Afgehandeld"; Japanese "完了", "対応済み"; Chinese "已完成"; Korean "완료"
            + "|klaar|afgehandeld|uitgevoerd|完了|対応済み|対応済|済み|完成|已完成|완료)(?![\\p{L}])";
    private static final Pattern DONE_WORDS = Pattern.compile(".*" + WORD_START + DONE_WORD + ".*");
    /** "Not done", "pas terminé", "nicht erledigt", "not yet complete": a done word negated. */
    private static final Pattern NOT_DONE = Pattern.compile(".*\\b(?:not|pas|nicht|no|não|nao|non|nie|ej|inte|ikke|ikkje|niet)\\s+(?:yet\\s+|encore\\s+|noch\\s+|ancora\\s+|ännu\\s+|enda\\s+|endnu\\s+|nog\\s+)?" + DONE_WORD + ".*"
            // "nog niet klaar": Dutch puts "still" before the negation
            + "|.*\\bnog\\s+niet\\s+" + DONE_WORD + ".*");
    private static final Pattern OPEN_WORDS = Pattern.compile(".*" + WORD_START + "(open|todo|to do|to-do|outstanding|pending|planned|backlog|new|tbd|proposed|unassigned|\\[ \\]"
            // "À faire", "Offen", "Pendiente", "Pendente", "Da fare", "Do zrobienia"
            + "|à faire|a faire|offen|pendiente|pendente|da fare|do zrobienia|planlandı|aperto|aperta|abierto|abierta|aberto|aberta"
            + "|ouvert|ouverte|te doen|gepland"
            // "Öppen", "Att göra", "Planerad", "Åpen", "Å gjøre", "Planlagt", "Åben", "At gøre"
            + "|öppen|öppet|att göra|planerad|planerat|åpen|å gjøre|planlagt|åben|at gøre"
            // "Otwarte", "Zaplanowane", "Otevřeno", "Naplánováno", "Nezahájeno", "Avoin", "Suunniteltu", "Aloittamatta"
            + "|otwarte|zaplanowane|nowe|otevřeno|otevřený|naplánováno|nezahájeno|nové|avoin|suunniteltu|aloittamatta|ei aloitettu|uusi"
            // Japanese "未着手", "未対応", "未完了"; Chinese "未开始", "待办"; Korean "미착수", "대기"
            + "|未着手|未対応|未完了|未开始|待办|미착수|대기)(?![\\p{L}]).*");

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A status written as one symbol, as teams tick items off in a table: ✅ done, ⏳ in progress, ❌ not doing, ⬜ open. */
    private static Optional<ActionStatus> symbol(String t) {
        return switch (t) {
            case "✅", "✔", "✓", "☑", "🟢", "☑️" -> Optional.of(DONE);
            case "⏳", "⌛", "🔄", "🚧", "🟡" -> Optional.of(IN_PROGRESS);
            case "❌", "✖", "✗", "✘", "⛔", "🚫" -> Optional.of(WONT_DO);
            case "⬜", "☐", "🔲", "⭕", "🔴" -> Optional.of(OPEN);
            default -> Optional.empty();
        };
    }

    /** A share of the work done: "100%", "60 %". */
    private static final Pattern PERCENT_DONE = Pattern.compile("(\\d{1,3})\\s?%");

    /** A state struck through in Markdown: "~~In progress~~". */
    private static final java.util.regex.Pattern STRUCK_SPAN = java.util.regex.Pattern.compile("~~[^~]*~~");

    /** Normalises the many ways people write a status; empty when unrecognised or blank. */
    public static Optional<ActionStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String current = STRUCK_SPAN.matcher(text).replaceAll(" ").strip();
        if (!current.isEmpty() && current.length() < text.strip().length()) {
            text = current; // "~~In progress~~ Done": the state struck through is the one it left
        }
        Optional<ActionStatus> symbol = symbol(text.replace("\uFE0F", "").strip());
        if (symbol.isPresent()) {
            return symbol;
        }
        String t = DECORATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace('’', '\'').trim();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (WONT_DO_WORDS.matcher(t).matches()) {
            return Optional.of(WONT_DO);
        }
        if (NOT_STARTED.matcher(t).matches()) {
            return Optional.of(OPEN); // before the in-progress words, which hold "started"
        }
        if (IN_PROGRESS_WORDS.matcher(t).matches()) {
            return Optional.of(IN_PROGRESS);
        }
        if (NOT_DONE.matcher(t).matches()) {
            return Optional.of(OPEN);
        }
        if (DONE_WORDS.matcher(t).matches()
                || t.equals("[x]") || t.equals("✓") || t.equals("yes")
                // a "Done?" column's answer, and a tick left as the letter: "Y", "x"
                || t.equals("y") || t.equals("x")) {
            return Optional.of(DONE);
        }
        java.util.regex.Matcher percent = PERCENT_DONE.matcher(t);
        if (percent.matches()) {
            // a "% complete" column: all of it done, none of it open, the rest under way
            int p = Integer.parseInt(percent.group(1));
            return Optional.of(p >= 100 ? DONE : p == 0 ? OPEN : IN_PROGRESS);
        }
        if (t.equals("n") || t.equals("no")) {
            return Optional.of(OPEN);
        }
        if (OPEN_WORDS.matcher(t).matches()
                || t.equals("[ ]")) {
            return Optional.of(OPEN);
        }
        return Optional.empty();
    }
}
