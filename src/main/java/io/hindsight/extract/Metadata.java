package io.hindsight.extract;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Key/value facts about an incident gathered from wherever a document states them (front
 * matter, a Metadata list, a properties table, {@code **Date:**} lines, {@code # Date:} headings),
 * under canonical keys. The first source to state a key wins; front matter comes first.
 */
final class Metadata {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:[,;]|\\band\\b|&)\\s*");
    private static final Pattern QUOTES = Pattern.compile("^[`'\"]+|[`'\"]+$");
    /** Canonical keys and the ways documents write them (compared lower-case, punctuation dropped). */
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        alias("id", "id", "incident id", "incident", "incident number", "incident no", "incident ref", "reference", "ref",
                "incident key", "key", "ticket", "incident ticket", "postmortem id", "pm id", "number");
        alias("title", "title", "incident title", "name", "incident name", "subject", "re", "titel", "titolo", "título", "titre", "tytuł", "název",
                "otsikko", "rubrik", "tittel");
        alias("date", "date", "incident date", "date of incident", "date of event", "event date", "occurred", "occurred on", "incident day", "day",
                "started", "start date", "when", "date of occurrence", "occurrence date", "date occurred", "date of failure", "failure date",
                "started at", "start time", "incident start", "began at",
                // an incident tool's key timestamps ("Impact started | Mar 4, 2026 13:31 UTC"): the day of the first is the incident's
                "impact started", "impact start", "impact began", "incident started", "reported at", "detected at",

                // teams writing their headers in their own language ("**Fecha:** 14-ago-2026", "Datum: 03.03.2026")
                "fecha", "fecha del incidente", "data do incidente", "date de l'incident", "date de lincident",
                // "Data dell'evento: 12.11.2026", "Fecha del evento", "Date de l'événement", "Data do evento"
                "data dell'evento", "data dellevento", "data evento", "fecha del evento", "data do evento", "date de l'événement",
                "date de l'evenement", "datum des ereignisses",
                "datum", "datum des vorfalls", "datum der störung", "datum der stoerung", "data dell'incidente", "data dellincidente", "data",
                "data incidentu", "tarih", "ngày", "datum incident", "datum van het incident",
                "dato", "datum för incidenten", "päivämäärä", "päiväys", "data zdarzenia", "datum incidentu", "data incydentu",
                "data awarii", "datum události", "hændelsesdato", "hendelsesdato", "incidentdatum", "dato for hendelsen", "dato for hændelsen");
        // a service desk's record: "Opened | 01/21/2025 5:49 AM CST", "Incident Logged | 10-Mar-2026 08:14"; the incident's
        // date when no field states it (a retrospective issue "Opened" the morning after is not)
        alias("opened", "opened", "opened at", "opened on", "ticket opened", "logged", "logged at", "incident logged");
        alias("severity", "severity", "sev", "severity level", "incident severity", "level", "impact level", "sev level",
                "severity classification", "incident severity classification", "severity rating",
                "severidad", "severidade", "sévérité", "severite", "gravité", "gravite", "schweregrad", "gravità", "gravita", "ernst",
                "ernstniveau", "prioriteit", "allvarlighetsgrad", "svårighetsgrad", "alvorlighetsgrad", "alvorlighedsgrad", "alvorlighed",
                "kritikalitet", "waga", "ważność", "priorytet incydentu", "závažnost", "vakavuus", "vakavuusaste",
                // "Störungsstufe: 1 (kritisch)", "Gravidade: Moderada", "Poziom: Krytyczny", "Livello: 2"
                "störungsstufe", "stoerungsstufe", "stufe", "gravidade", "gravedad", "gravità", "poziom", "poziom incydentu", "livello",
                "nivel", "nível", "niveau", "niveau de gravité", "allvarlighet", "incident level", "incident grade", "grade");
        // "Classification: Moderate" in minutes kept by an ITIL shop; a document's own classification ("Internal") reads as no severity
        alias("classification", "classification", "incident classification", "incident class", "class");
        alias("priority", "priority", "incident priority", "priority level", "incident priority level", "priorität", "prioritaet",
                "prioridad", "prioridade", "priorité", "priorita", "priorità", "prioritet", "priorytet", "priorita", "prioriteetti");
        alias("duration", "duration", "incident duration", "outage duration", "total duration", "time window", "window",
                "impact duration", "length",
                // in the writer's own language
                "durata", "duração", "duracao", "duración", "duracion", "durée", "duree", "dauer", "duur", "varaktighet", "varighet",
                "varighed", "längd", "czas trwania", "trvání", "doba trvání", "kesto");
        alias("author", "author", "authors", "written by", "prepared by", "postmortem author", "postmortem owner", "document owner",
                "owner", "reporter", "editor",
                "autore", "redatto da", "scritto da", "autor", "autora", "auteur", "rédigé par", "redige par", "redigido por", "escrito por",
                "verfasser", "verfasst von", "erstellt von", "auteur", "opgesteld door", "geschreven door", "författare", "skriven av",
                "skrevet av", "skrevet af", "forfatter", "forfattere", "autorzy", "sporządził", "autoři",
                "kirjoittaja", "kirjoittajat", "laatija", "tekijä");
        alias("postmortem_date", "postmortem date", "date of postmortem", "review date", "postmortem written", "written",
                "report date", "published", "publication date", "written on", "postmortem review date", "pm date",
                "document date", "retro date", "retrospective date", "date written", "created", "posted", "posted on",
                "data del postmortem", "data del post mortem", "fecha del postmortem", "data do postmortem", "date du postmortem",
                "datum des postmortems");
        alias("status", "status", "document status", "postmortem status", "review status", "state", "stato", "estado", "statut",
                "état", "etat", "toestand", "tilstand", "stav", "tila");
        alias("participants", "participants", "attendees", "responders", "people involved", "people", "involved",
                "contributors", "team members", "reviewers", "on call", "oncall", "partecipanti", "participantes", "teilnehmer",
                "teilnehmende", "deelnemers", "betrokkenen", "deltagare", "deltakere", "deltagere", "involverade", "involverte",
                "involverede", "uczestnicy", "účastníci", "osallistujat");
        alias("services", "services", "service", "affected services", "affected service", "services affected",
                "systems", "affected systems", "system", "components", "affected components", "component",
                "impacted services", "service(s)", "products", "affected products", "servizi", "servizi coinvolti", "servizio",
                "servicios", "servicios afectados", "serviços", "servicos", "serviços afetados", "services concernés", "services impactés",
                "betroffene dienste", "dienste", "betroffene systeme", "systeme", "diensten", "getroffen diensten", "systemen",
                "tjänster", "berörda tjänster", "berörda system", "tjenester", "berørte tjenester", "berørte systemer", "systemer", "usługi", "systemy",
                "služby", "systémy", "palvelut", "järjestelmät");
        alias("incident_commander", "incident commander", "ic", "commander", "incidentledare", "incidentansvarig", "hendelsesleder",
                "hændelsesleder", "incidentleder");
        alias("detection", "detection", "detected by", "detection method", "how detected", "how was the incident detected",
                "rilevato da", "detectado por", "détecté par", "erkannt durch");
        alias("ttd", "time to detect", "time to detect ttd", "ttd", "time to detection", "detection time", "tempo di rilevamento",
                "tempo de detecção", "tempo de deteção", "tiempo de detección", "temps de détection", "zeit bis zur erkennung");
        alias("timezone", "timezone", "time zone", "tz", "zone", "times", "all times", "fuso orario", "zona horaria", "fuso horário",
                "fuseau horaire", "fuseau", "heures", "zeitangaben", "horário", "horario", "orari", "tider", "tijden", "zeitzone", "tijdzone", "tidszon", "tidssone", "tidszone", "strefa czasowa", "časové pásmo", "aikavyöhyke");
        alias("team", "team", "owning team", "teams", "squadra", "equipo", "equipa", "equipe", "équipe", "zespół", "tým", "tiimi");
        alias("labels", "labels", "label", "tags");
        // Chinese, Japanese and Korean headers: "故障等级 | 二级故障", "発生日 | 2026年1月9日", "발생 일시 | 2026.02.05 (목) 11:20 KST"
        alias("id", "故障编号", "事件编号", "故障单号", "障害番号", "インシデント番号", "장애 id", "장애 번호", "장애id");
        alias("severity", "故障等级", "事故等级", "故障级别", "严重程度", "严重级别", "等级", "級別", "障害レベル", "重大度", "深刻度",
                "障害ランク", "장애 등급", "장애등급", "등급", "심각도");
        alias("priority", "优先级", "優先度", "우선순위");
        alias("date", "发生日期", "发生时间", "故障日期", "故障时间", "日期", "発生日", "発生日時", "障害発生日時", "日付", "발생일",
                "발생 일시", "발생일시", "장애 발생일", "일자", "날짜");
        alias("author", "复盘撰写", "撰写人", "作者", "报告人", "作成者", "記入者", "작성자", "보고자");
        alias("postmortem_date", "复盘会议", "复盘日期", "作成日", "報告日", "작성일", "보고일");
        alias("status", "状态", "状態", "ステータス", "상태");
        alias("services", "影响系统", "影响服务", "涉及系统", "対象システム", "影響システム", "影響サービス", "관련 서비스", "영향 서비스",
                "대상 시스템");
        alias("incident_commander", "故障负责人", "故障指挥", "应急指挥", "障害対応責任者", "장애 책임자", "장애 대응 책임자");
    }

    private static void alias(String key, String... spellings) {
        for (String s : spellings) {
            KEYS.put(s, key);
        }
    }

    private final Map<String, Object> values = new LinkedHashMap<>();

    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<String>> CANONICAL =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Canonical key for a written key, if it is one we read (remembered: keys repeat across a corpus). */
    static Optional<String> canonical(String writtenKey) {
        Optional<String> known = CANONICAL.get(writtenKey);
        if (known != null) {
            return known;
        }
        Optional<String> key = canonicalUncached(writtenKey);
        if (CANONICAL.size() >= 10_000) {
            CANONICAL.clear();
        }
        CANONICAL.put(writtenKey, key);
        return key;
    }

    private static final Pattern BRACKETED_KEY = Pattern.compile("\\(([^)]{2,40})\\)");

    private static Optional<String> canonicalUncached(String writtenKey) {
        Optional<String> direct = canonicalWritten(writtenKey);
        if (direct.isPresent()) {
            return direct;
        }
        // "Loss date (incident date)": the bracket names the field in the words a reader knows
        java.util.regex.Matcher bracket = BRACKETED_KEY.matcher(writtenKey);
        return bracket.find() ? canonicalWritten(bracket.group(1)).filter(k -> !k.equals("timezone")) : Optional.empty();
    }

    private static Optional<String> canonicalWritten(String writtenKey) {
        String k = writtenKey.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ')
                .replaceAll("[*`?:\\p{So}\\p{Sk}\\p{Cf}\\p{Mn}]", "").replaceAll("\\(([^)]*)\\)", " $1 ").replaceAll("\\s+", " ").strip();
        String direct = KEYS.get(k);
        if (direct != null) {
            return Optional.of(direct);
        }
        // "Time to detect (TTD)" -> "time to detect ttd"; "Date (UTC)" -> "date utc"
        String withoutTail = k.replaceAll("\\s+(utc|gmt|ttd|tta|mttr)$", "");
        if (withoutTail.startsWith("time zone ") || withoutTail.startsWith("timezone ") || withoutTail.startsWith("zone for ")
                || withoutTail.startsWith("zone of ") || withoutTail.startsWith("zone used")) {
            return Optional.of("timezone"); // "Time zone used on this page", "Timezone for all times", "Zone for all times"
        }
        if (KEYS.get(withoutTail) == null && withoutTail.contains(" / ")) {
            // "Fecha / Date", "Sévérité / Severity": a key written in two languages, one of them ours
            for (String part : withoutTail.split(" / ")) {
                String known = KEYS.get(part.strip());
                if (known != null) {
                    return Optional.of(known);
                }
            }
        }
        return Optional.ofNullable(KEYS.get(withoutTail));
    }

    /**
     * Whether a value is a date, written out with its year ("Saturday, Feb 14, 2026", "14. März 2026",
     * "2026-02-14"): under a key naming the incident ("**Incident:** Saturday, Feb 14, 2026") it is
     * when the incident happened, not its id. A date the reader cannot place yet (day and month
     * either way round, or out of range) is a date all the same: the date field reads it and warns.
     */
    private static boolean isDate(String value) {
        try {
            return TimeExpressions.date(value).isPresent();
        } catch (TimeExpressions.ImpossibleValue e) {
            return true;
        }
    }

    /**
     * The first full date written in a field of no known key ("**Event:** The Marlowes tour, Saturday
     * 22 November 2025", "Shift | Nights, Thursday 23 October 2025"): the incident's day when nothing
     * else states one. Fields that date the document or its follow-up ("Sent", "Review", "Due"), or whose
     * value says so ("kf · reviewed in edge weekly 2026-07-06"), are not read.
     */
    private Optional<java.time.LocalDate> otherFieldDate = Optional.empty();

    private static final Pattern NOT_THE_INCIDENTS_DAY = Pattern.compile(
            "(?i)sent|writ|prepared|review|publish|report|updated|modified|revis|last|next|due|created|filed|printed|approv|signed"
                    + "|distribut|version|follow|deadline|target|meeting|retro|postmortem|post-mortem|pir|circulat|issued|until|expir|valid");

    Optional<java.time.LocalDate> otherFieldDate() {
        return otherFieldDate;
    }

    /** Whether the date was stated as the incident's own ("Incident date"), not a document's ("Date" of a memo or minutes). */
    private boolean incidentDateStated;

    /**
     * Records a value under its canonical key unless the key already has one; a template
     * placeholder is no value. One exception: a date stated as the incident's ("Incident date:
     * February 9") replaces a plain "Date" stated before it, which in a memo, minutes or a
     * mail is the document's.
     */
    void put(String writtenKey, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s && Placeholders.isEmptyValue(s)) {
            return;
        }
        if (canonical(writtenKey).isEmpty() && value instanceof String s && otherFieldDate.isEmpty()
                && !NOT_THE_INCIDENTS_DAY.matcher(writtenKey).find() && !NOT_THE_INCIDENTS_DAY.matcher(s).find()) {
            otherFieldDate = TimeExpressions.fullDateIn(s);
        }
        canonical(writtenKey).map(k -> k.equals("id") && value instanceof String s && isDate(s) ? "date" : k).ifPresent(k -> {
            String written = writtenKey.toLowerCase(Locale.ROOT);
            if (k.equals("date") && !incidentDateStated && written.contains("incident") && (written.contains("date") || written.contains("day"))) {
                values.put(k, value);
                incidentDateStated = true;
            } else {
                values.putIfAbsent(k, value);
            }
        });
    }

    Optional<String> text(String key) {
        Object v = values.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(o -> parts.add(String.valueOf(o)));
            return Optional.of(String.join(", ", parts));
        }
        if (v instanceof java.util.Date d) {
            return Optional.of(d.toInstant().toString().substring(0, 10));
        }
        return Optional.of(String.valueOf(v).strip());
    }

    /** A list value: a YAML list, or text split at commas, semicolons and "and". */
    List<String> list(String key) {
        Object v = values.get(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v instanceof Collection<?> c) {
            for (Object o : c) {
                if (o instanceof Map<?, ?> m && m.get("name") != null) {
                    addClean(out, String.valueOf(m.get("name")));
                } else if (o != null) {
                    addClean(out, String.valueOf(o));
                }
            }
            return out;
        }
        for (String part : LIST_SEPARATOR.split(String.valueOf(v))) {
            addClean(out, part);
        }
        return out;
    }

    private static void addClean(List<String> out, String s) {
        String t = QUOTES.matcher(s.strip()).replaceAll("").strip();
        if (!t.isEmpty() && !t.equalsIgnoreCase("n/a") && !t.equalsIgnoreCase("none") && !out.contains(t)) {
            out.add(t);
        }
    }

    boolean has(String key) {
        return values.containsKey(key);
    }
}
