package io.hindsight.extract;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zones as people write them in postmortems: abbreviations (PST, CET), offsets
 * (UTC+2, +05:30), and region ids (America/Los_Angeles). Abbreviations are fixed offsets: a
 * postmortem that says PDT means UTC-7 whatever the date. The generic names of North American
 * zones (PT, ET, "Pacific Time") say only where the clock was, so they are the region's zone
 * and follow its daylight saving time on the incident's date.
 */
final class Zones {
    private static final Map<String, ZoneId> ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("ZULU", ZoneOffset.UTC),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            // Canadian French: heure normale / avancée de l'Est, du Centre, du Pacifique, de l'Atlantique
            Map.entry("HNE", ZoneOffset.ofHours(-5)), Map.entry("HAE", ZoneOffset.ofHours(-4)),
            Map.entry("HNC", ZoneOffset.ofHours(-6)), Map.entry("HAC", ZoneOffset.ofHours(-5)),
            Map.entry("HNP", ZoneOffset.ofHours(-8)), Map.entry("HAP", ZoneOffset.ofHours(-7)),
            Map.entry("HNA", ZoneOffset.ofHours(-4)), Map.entry("HAA", ZoneOffset.ofHours(-3)),
            Map.entry("AKST", ZoneOffset.ofHours(-9)), Map.entry("AKDT", ZoneOffset.ofHours(-8)),
            Map.entry("HST", ZoneOffset.ofHours(-10)),
            // Atlantic Canada and Newfoundland ("AST" is left out: Arabia Standard Time too)
            Map.entry("ADT", ZoneOffset.ofHours(-3)), Map.entry("ATLANTIC TIME", ZoneId.of("America/Halifax")),
            Map.entry("NST", ZoneOffset.ofHoursMinutes(-3, -30)), Map.entry("NDT", ZoneOffset.ofHoursMinutes(-2, -30)),
            // Easter Island: "EAST" in winter, "EASST" in summer
            Map.entry("EAST", ZoneOffset.ofHours(-6)), Map.entry("EASST", ZoneOffset.ofHours(-5)),
            Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            // the same in German: Mitteleuropäische (Sommer)Zeit, Osteuropäische (Sommer)Zeit
            Map.entry("MEZ", ZoneOffset.ofHours(1)), Map.entry("MESZ", ZoneOffset.ofHours(2)),
            Map.entry("OEZ", ZoneOffset.ofHours(2)), Map.entry("OESZ", ZoneOffset.ofHours(3)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("MSK", ZoneOffset.ofHours(3)), Map.entry("SGT", ZoneOffset.ofHours(8)),
            Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("AEST", ZoneOffset.ofHours(10)),
            Map.entry("AEDT", ZoneOffset.ofHours(11)), Map.entry("NZST", ZoneOffset.ofHours(12)),
            Map.entry("NZDT", ZoneOffset.ofHours(13)), Map.entry("BRT", ZoneOffset.ofHours(-3)),
            // South America and Mexico: Argentina, Uruguay, Colombia, Peru, Venezuela, Bolivia; Chile keeps summer time
            Map.entry("ART", ZoneOffset.ofHours(-3)), Map.entry("UYT", ZoneOffset.ofHours(-3)), Map.entry("COT", ZoneOffset.ofHours(-5)),
            Map.entry("PET", ZoneOffset.ofHours(-5)), Map.entry("VET", ZoneOffset.ofHours(-4)), Map.entry("BOT", ZoneOffset.ofHours(-4)),
            Map.entry("CLT", ZoneOffset.ofHours(-4)), Map.entry("CLST", ZoneOffset.ofHours(-3)),
            Map.entry("BRASILIA TIME", ZoneId.of("America/Sao_Paulo")), Map.entry("BRAS\u00CDLIA TIME", ZoneId.of("America/Sao_Paulo")),
            Map.entry("CDMX", ZoneId.of("America/Mexico_City")),
            // the Gulf, South and South-East Asia, Africa
            Map.entry("GST", ZoneOffset.ofHours(4)), Map.entry("GULF TIME", ZoneOffset.ofHours(4)),
            Map.entry("GULF STANDARD TIME", ZoneOffset.ofHours(4)), Map.entry("PKT", ZoneOffset.ofHours(5)),
            Map.entry("PAKISTAN TIME", ZoneOffset.ofHours(5)), Map.entry("NPT", ZoneOffset.ofHoursMinutes(5, 45)),
            Map.entry("INDIA TIME", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("INDIAN STANDARD TIME", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("ICT", ZoneOffset.ofHours(7)), Map.entry("WIB", ZoneOffset.ofHours(7)), Map.entry("PHT", ZoneOffset.ofHours(8)),
            // Sri Lanka, Myanmar, Malaysia, central and eastern Indonesia, Iran, Uzbekistan, Azerbaijan
            Map.entry("SLST", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("SRI LANKA TIME", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("MMT", ZoneOffset.ofHoursMinutes(6, 30)), Map.entry("MYANMAR TIME", ZoneOffset.ofHoursMinutes(6, 30)),
            Map.entry("MYT", ZoneOffset.ofHours(8)), Map.entry("WITA", ZoneOffset.ofHours(8)), Map.entry("WIT", ZoneOffset.ofHours(9)),
            Map.entry("IRST", ZoneOffset.ofHoursMinutes(3, 30)), Map.entry("UZT", ZoneOffset.ofHours(5)), Map.entry("AZT", ZoneOffset.ofHours(4)),
            Map.entry("SAST", ZoneOffset.ofHours(2)), Map.entry("CAT", ZoneOffset.ofHours(2)), Map.entry("EAT", ZoneOffset.ofHours(3)),
            Map.entry("WAT", ZoneOffset.ofHours(1)),
            // Turkey, Israel, Ukraine
            Map.entry("TRT", ZoneOffset.ofHours(3)), Map.entry("IDT", ZoneOffset.ofHours(3)),
            Map.entry("ISRAEL TIME", ZoneId.of("Asia/Jerusalem")), Map.entry("KYIV TIME", ZoneId.of("Europe/Kiev")),
            Map.entry("KIEV TIME", ZoneId.of("Europe/Kiev")),
            // central and western Australia
            Map.entry("ACST", ZoneOffset.ofHoursMinutes(9, 30)), Map.entry("ACDT", ZoneOffset.ofHoursMinutes(10, 30)),
            Map.entry("AWST", ZoneOffset.ofHours(8)),
            Map.entry("PT", ZoneId.of("America/Los_Angeles")), Map.entry("PACIFIC TIME", ZoneId.of("America/Los_Angeles")),
            Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("MOUNTAIN TIME", ZoneId.of("America/Denver")),
            Map.entry("CT", ZoneId.of("America/Chicago")), Map.entry("CENTRAL TIME", ZoneId.of("America/Chicago")),
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EASTERN TIME", ZoneId.of("America/New_York")),
            // a Chinese, Japanese or Korean writer's own clock: "北京时间", "日本時間", "한국 시간"
            Map.entry("北京时间", ZoneId.of("Asia/Shanghai")), Map.entry("北京時間", ZoneId.of("Asia/Shanghai")),
            Map.entry("台北时间", ZoneId.of("Asia/Taipei")), Map.entry("台北時間", ZoneId.of("Asia/Taipei")),
            Map.entry("香港时间", ZoneId.of("Asia/Hong_Kong")), Map.entry("香港時間", ZoneId.of("Asia/Hong_Kong")),
            Map.entry("日本時間", ZoneId.of("Asia/Tokyo")), Map.entry("한국 시간", ZoneId.of("Asia/Seoul")),
            Map.entry("한국시간", ZoneId.of("Asia/Seoul")),
            // "All times are US Central": the region's clock, standard or daylight as the date has it
            Map.entry("US PACIFIC", ZoneId.of("America/Los_Angeles")), Map.entry("US MOUNTAIN", ZoneId.of("America/Denver")),
            Map.entry("US CENTRAL", ZoneId.of("America/Chicago")), Map.entry("US EASTERN", ZoneId.of("America/New_York")),
            Map.entry("US PACIFIC TIME", ZoneId.of("America/Los_Angeles")), Map.entry("US MOUNTAIN TIME", ZoneId.of("America/Denver")),
            Map.entry("US CENTRAL TIME", ZoneId.of("America/Chicago")), Map.entry("US EASTERN TIME", ZoneId.of("America/New_York")),
            Map.entry("PACIFIC STANDARD TIME", ZoneOffset.ofHours(-8)), Map.entry("PACIFIC DAYLIGHT TIME", ZoneOffset.ofHours(-7)),
            Map.entry("MOUNTAIN STANDARD TIME", ZoneOffset.ofHours(-7)), Map.entry("MOUNTAIN DAYLIGHT TIME", ZoneOffset.ofHours(-6)),
            Map.entry("CENTRAL STANDARD TIME", ZoneOffset.ofHours(-6)), Map.entry("CENTRAL DAYLIGHT TIME", ZoneOffset.ofHours(-5)),
            Map.entry("EASTERN STANDARD TIME", ZoneOffset.ofHours(-5)), Map.entry("EASTERN DAYLIGHT TIME", ZoneOffset.ofHours(-4)),
            // the other North American regions by name: "Timeline (Alaska Time)", "all times Hawaii time", "AKT"
            Map.entry("AKT", ZoneId.of("America/Anchorage")), Map.entry("ALASKA TIME", ZoneId.of("America/Anchorage")),
            Map.entry("ALASKA STANDARD TIME", ZoneOffset.ofHours(-9)), Map.entry("ALASKA DAYLIGHT TIME", ZoneOffset.ofHours(-8)),
            Map.entry("HAWAII TIME", ZoneId.of("Pacific/Honolulu")), Map.entry("HAWAII STANDARD TIME", ZoneOffset.ofHours(-10)),
            Map.entry("HAWAII-ALEUTIAN STANDARD TIME", ZoneOffset.ofHours(-10)), Map.entry("HAWAII-ALEUTIAN TIME", ZoneId.of("Pacific/Honolulu")),
            Map.entry("ATLANTIC STANDARD TIME", ZoneOffset.ofHours(-4)),
            Map.entry("ATLANTIC DAYLIGHT TIME", ZoneOffset.ofHours(-3)), Map.entry("NEWFOUNDLAND TIME", ZoneId.of("America/St_Johns")),
            Map.entry("ARIZONA TIME", ZoneId.of("America/Phoenix")),
            // a country's clock by its name or code: "NL time", "Dutch time", "UK time"
            Map.entry("NL TIME", ZoneId.of("Europe/Amsterdam")), Map.entry("DUTCH TIME", ZoneId.of("Europe/Amsterdam")),
            Map.entry("BE TIME", ZoneId.of("Europe/Brussels")), Map.entry("BELGIAN TIME", ZoneId.of("Europe/Brussels")),
            Map.entry("DE TIME", ZoneId.of("Europe/Berlin")), Map.entry("GERMAN TIME", ZoneId.of("Europe/Berlin")),
            Map.entry("FR TIME", ZoneId.of("Europe/Paris")), Map.entry("FRENCH TIME", ZoneId.of("Europe/Paris")),
            Map.entry("ES TIME", ZoneId.of("Europe/Madrid")), Map.entry("SPANISH TIME", ZoneId.of("Europe/Madrid")),
            Map.entry("IT TIME", ZoneId.of("Europe/Rome")), Map.entry("ITALIAN TIME", ZoneId.of("Europe/Rome")),
            Map.entry("CH TIME", ZoneId.of("Europe/Zurich")), Map.entry("SWISS TIME", ZoneId.of("Europe/Zurich")),
            Map.entry("AT TIME", ZoneId.of("Europe/Vienna")), Map.entry("AUSTRIAN TIME", ZoneId.of("Europe/Vienna")),
            Map.entry("PL TIME", ZoneId.of("Europe/Warsaw")), Map.entry("POLISH TIME", ZoneId.of("Europe/Warsaw")),
            Map.entry("IE TIME", ZoneId.of("Europe/Dublin")), Map.entry("IRISH TIME", ZoneId.of("Europe/Dublin")),
            Map.entry("PORTUGUESE TIME", ZoneId.of("Europe/Lisbon")),
            Map.entry("UK TIME", ZoneId.of("Europe/London")), Map.entry("BRITISH TIME", ZoneId.of("Europe/London")),
            Map.entry("SE TIME", ZoneId.of("Europe/Stockholm")), Map.entry("SWEDISH TIME", ZoneId.of("Europe/Stockholm")),
            Map.entry("NO TIME", ZoneId.of("Europe/Oslo")), Map.entry("NORWEGIAN TIME", ZoneId.of("Europe/Oslo")),
            Map.entry("DK TIME", ZoneId.of("Europe/Copenhagen")), Map.entry("DANISH TIME", ZoneId.of("Europe/Copenhagen")),
            Map.entry("FI TIME", ZoneId.of("Europe/Helsinki")), Map.entry("FINNISH TIME", ZoneId.of("Europe/Helsinki")),
            Map.entry("GREEK TIME", ZoneId.of("Europe/Athens")), Map.entry("CZECH TIME", ZoneId.of("Europe/Prague")));

    /** "All times" as writers of other languages open a caption: "Todas las horas en ...", "Toutes les heures en CET". */
    static final List<String> ALL_TIMES_ELSEWHERE = List.of("todas las horas", "todos los horarios", "todos os hor\u00e1rios", "todas as horas",
            "toutes les heures", "alle zeiten", "alle uhrzeiten", "tutti gli orari", "alle tijden", "alle tijdstippen",
            "alla tider", "alla tidpunkter", "samtliga tider", "alle tider", "alle tidspunkter", "alle klokkeslett", "alle klokkeslæt",
            // "本文时间均为北京时间", "時刻はすべて日本時間", "모든 시각은 한국 시간"
            "时间均为", "时间为", "時間は", "時刻は", "시각은", "시간은",
            // "Tider er dansk tid (CET)", "Tidene er norsk tid", "Tiderna är svensk tid"
            "tider er", "tidene er", "tiderne er", "tider är", "tiderna är", "tidspunkter er",
            "wszystkie godziny", "wszystkie czasy", "všechny časy", "všechny časové údaje", "kaikki ajat", "kaikki kellonajat",
            // "Alle Zeitangaben in Ortszeit Graz (MEZ)", "Heures locales (Lyon, CET)", "Tider i svensk tid (CEST)",
            // "Orari in ora italiana (CET)", "Alle tijden in Nederlandse tijd"
            "alle zeitangaben", "alle zeitpunkte", "heures locales", "tider i", "orari in", "godziny podane", "czasy podane");

    /** A zone token: an abbreviation, UTC/GMT with an offset, a bare offset, or a region id. */
    static final String TOKEN = "(?:(?:UTC|GMT)\\s*[+\\-\u2212]\\s*\\d{1,2}(?::?\\d{2})?|[+\\-\u2212]\\d{2}:?\\d{2}"
            + "|(?:Pacific|Mountain|Central|Eastern|Alaska|Hawaii(?:-Aleutian)?|Atlantic)(?:\\s+(?:Standard|Daylight))?\\s+Time"
            + "|US\\s+(?:Pacific|Mountain|Central|Eastern)(?!\\s+(?:Standard|Daylight))(?:\\s+[Tt]ime)?"
            + "|北京时间|北京時間|台北时间|台北時間|香港时间|香港時間|日本時間|한국\\s?시간"
            + "|[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|US/[A-Z][A-Za-z-]+|(?:\\p{Lu}\\p{Ll}+\\s){1,3}time\\b|(?:\\p{Lu}\\p{Ll}+\\s){1,3}local(?:\\s+time)?\\b"
            + "|(?:NL|BE|DE|FR|ES|IT|CH|AT|PL|IE|UK|SE|NO|DK|FI)\\s+time\\b"
            // the clock of a city or country in the writer's language: "heure de Paris", "horário de Brasília", "hora de Chile"
            + "|(?i:heures?|horas?|hor\u00e1rios?|horarios?|ora|orari)\\s+(?:de|d'|di)\\s*(?:\\p{Lu}\\p{L}+)(?:[\\s-](?:\\p{Lu}\\p{L}+|de|do|da)){0,3}"
            // a country's clock by its adjective: "ora italiana", "hora peninsular", "heure française"
            + "|(?i:ora\\s+(?:italiana|svizzera|legale)|hora\\s+(?:peninsular|oficial\\s+de\\s+espa\u00f1a|espa\u00f1ola|portuguesa|de\\s+verano)"
            + "|heure\\s+(?:fran\u00e7aise|francaise|belge|suisse|de\\s+France)|deutsche[rn]?\\s+zeit|(?:nederlandse|belgische)\\s+tijd"
            // "svensk tid", "norsk sommertid", "dansk tid"
            + "|(?:svensk|norsk|dansk|finsk)\\s+(?:tid|sommartid|sommertid|normaltid|vintertid)"
            // "czasu polskiego", "Suomen aikaa", Czech "SEČ"/"SELČ"
            + "|czas(?:u)?\\s+polski(?:ego)?|suomen\\s+aika(?:a)?|SEL?\u010c)"
            + "|[A-Z]{1,5})";

    private static final Pattern OFFSET = Pattern.compile("(?:UTC|GMT)?\\s*([+\\-\u2212])\\s*(\\d{1,2})(?::?(\\d{2}))?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern IN_TEXT = Pattern.compile("(?<![A-Za-z])(" + TOKEN + ")(?![A-Za-z])");

    private Zones() {
    }

    /** The zone a token names, if it names one. */
    static Optional<ZoneId> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String t = token.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String key = SPACES.matcher(t).replaceAll(" ").toUpperCase(Locale.ROOT);
        ZoneId abbr = ABBREVIATIONS.get(key);
        if (abbr != null && (t.equals(t.toUpperCase(Locale.ROOT)) || t.length() > 3)) {
            Map<String, ZoneId> defined = DEFINED.get();
            return Optional.of(defined == null ? abbr : defined.getOrDefault(key, abbr));
        }
        if (abbr == null && t.equals(key)) {
            // an abbreviation with two readings ("AST"), read as the document's places tell
            Map<String, ZoneId> defined = DEFINED.get();
            ZoneId placed = defined == null ? null : defined.get(key);
            if (placed != null) {
                return Optional.of(placed);
            }
        }
        Matcher m = OFFSET.matcher(t);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(2));
            int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (h > 14 || min > 59) {
                return Optional.empty();
            }
            int sign = m.group(1).equals("+") ? 1 : -1;
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * min));
        }
        if (t.contains("/")) {
            try {
                return Optional.of(ZoneId.of(t));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher city = CITY_TIME.matcher(t);
        if (city.matches()) {
            return Optional.ofNullable(CITIES.get(SPACES.matcher(city.group(1)).replaceAll(" ").toLowerCase(Locale.ROOT)));
        }
        ZoneId national = NATIONAL_CLOCKS.get(SPACES.matcher(t).replaceAll(" ").toLowerCase(Locale.ROOT));
        if (national != null) {
            return Optional.of(national);
        }
        Matcher named = CITY_CLOCK.matcher(t);
        if (named.matches()) {
            String name = java.text.Normalizer.normalize(named.group(1), java.text.Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
            return Optional.ofNullable(CITIES.get(SPACES.matcher(name.replace('-', ' ')).replaceAll(" ").toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }

    /** A country's clock named by its adjective in the writer's language; summer time ("ora legale", "hora de verano") is the country's own. */
    private static final Map<String, ZoneId> NATIONAL_CLOCKS = withNordicClocks(Map.ofEntries(
            Map.entry("ora italiana", ZoneId.of("Europe/Rome")), Map.entry("ora legale", ZoneId.of("Europe/Rome")),
            Map.entry("ora svizzera", ZoneId.of("Europe/Zurich")), Map.entry("hora peninsular", ZoneId.of("Europe/Madrid")),
            Map.entry("hora oficial de espa\u00f1a", ZoneId.of("Europe/Madrid")), Map.entry("hora espa\u00f1ola", ZoneId.of("Europe/Madrid")),
            Map.entry("hora de verano", ZoneId.of("Europe/Madrid")), Map.entry("hora portuguesa", ZoneId.of("Europe/Lisbon")),
            Map.entry("heure fran\u00e7aise", ZoneId.of("Europe/Paris")), Map.entry("heure francaise", ZoneId.of("Europe/Paris")),
            Map.entry("heure de france", ZoneId.of("Europe/Paris")), Map.entry("heure belge", ZoneId.of("Europe/Brussels")),
            Map.entry("heure suisse", ZoneId.of("Europe/Zurich")), Map.entry("deutsche zeit", ZoneId.of("Europe/Berlin")),
            Map.entry("deutscher zeit", ZoneId.of("Europe/Berlin")), Map.entry("deutschen zeit", ZoneId.of("Europe/Berlin")),
            Map.entry("nederlandse tijd", ZoneId.of("Europe/Amsterdam")), Map.entry("belgische tijd", ZoneId.of("Europe/Brussels")),
            Map.entry("czas polski", ZoneId.of("Europe/Warsaw")), Map.entry("czasu polskiego", ZoneId.of("Europe/Warsaw")),
            Map.entry("suomen aikaa", ZoneId.of("Europe/Helsinki")), Map.entry("suomen aika", ZoneId.of("Europe/Helsinki")),
            Map.entry("se\u010d", ZoneId.of("Europe/Prague")), Map.entry("sel\u010d", ZoneId.of("Europe/Prague"))));

    /** The Nordic countries' clocks by their adjective and season: "svensk tid", "norsk sommertid", "dansk normaltid". */
    private static Map<String, ZoneId> withNordicClocks(Map<String, ZoneId> clocks) {
        Map<String, ZoneId> out = new java.util.HashMap<>(clocks);
        Map<String, String> countries = Map.of("svensk", "Europe/Stockholm", "norsk", "Europe/Oslo", "dansk", "Europe/Copenhagen",
                "finsk", "Europe/Helsinki");
        countries.forEach((adjective, zone) -> {
            for (String season : List.of("tid", "sommartid", "sommertid", "normaltid", "vintertid")) {
                out.put(adjective + " " + season, ZoneId.of(zone));
            }
        });
        return Map.copyOf(out);
    }

    /** "heure de Paris", "horário de Brasília", "hora de Chile": a city's or country's clock in the writer's language. */
    private static final Pattern CITY_CLOCK = Pattern.compile("(?i:heures?|horas?|hor\u00e1rios?|horarios?|ora|orari)\\s+(?:de|d'|di)\\s*(\\p{Lu}\\p{L}+(?:[\\s-](?:\\p{Lu}\\p{L}+|de|do|da)){0,3})");
    /** "Oslo time", "New York time", "Istanbul local": a city that names a zone in the tz database, followed by "time" or "local". */
    private static final Pattern CITY_TIME = Pattern.compile("((?:[A-Z][a-z]+\\s){0,2}[A-Z][a-z]+)\\s+(?:local(?:\\s+time)?|time)");
    /** Cities by their name in the tz database ("America/New_York" -> "new york"); a name two regions share is left out. */
    private static final Map<String, ZoneId> CITIES = cities();

    private static Map<String, ZoneId> cities() {
        Map<String, ZoneId> byCity = new java.util.HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (String id : new java.util.TreeSet<>(ZoneId.getAvailableZoneIds())) {
            int slash = id.lastIndexOf('/');
            if (slash < 0 || id.startsWith("Etc/") || id.startsWith("SystemV/")) {
                continue;
            }
            String city = id.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT);
            // a city under two names with the same rules (Asia/Istanbul, Europe/Istanbul) is one clock
            if (byCity.putIfAbsent(city, ZoneId.of(id)) != null && !byCity.get(city).getRules().equals(ZoneId.of(id).getRules())) {
                shared.add(city);
            }
        }
        shared.forEach(byCity::remove);
        // large cities people name their clock after that the tz database files under another city
        Map<String, String> alias = Map.ofEntries(
                Map.entry("beijing", "Asia/Shanghai"), Map.entry("shenzhen", "Asia/Shanghai"), Map.entry("guangzhou", "Asia/Shanghai"),
                Map.entry("hangzhou", "Asia/Shanghai"), Map.entry("mumbai", "Asia/Kolkata"), Map.entry("bengaluru", "Asia/Kolkata"),
                Map.entry("bangalore", "Asia/Kolkata"), Map.entry("delhi", "Asia/Kolkata"), Map.entry("new delhi", "Asia/Kolkata"),
                Map.entry("hyderabad", "Asia/Kolkata"), Map.entry("chennai", "Asia/Kolkata"), Map.entry("pune", "Asia/Kolkata"),
                Map.entry("hanoi", "Asia/Ho_Chi_Minh"), Map.entry("san francisco", "America/Los_Angeles"),
                Map.entry("seattle", "America/Los_Angeles"), Map.entry("boston", "America/New_York"), Map.entry("washington", "America/New_York"),
                Map.entry("atlanta", "America/New_York"), Map.entry("miami", "America/New_York"), Map.entry("austin", "America/Chicago"),
                Map.entry("dallas", "America/Chicago"), Map.entry("houston", "America/Chicago"), Map.entry("munich", "Europe/Berlin"),
                Map.entry("frankfurt", "Europe/Berlin"), Map.entry("hamburg", "Europe/Berlin"), Map.entry("milan", "Europe/Rome"),
                Map.entry("barcelona", "Europe/Madrid"), Map.entry("geneva", "Europe/Zurich"), Map.entry("manchester", "Europe/London"),
                Map.entry("edinburgh", "Europe/London"),
                // and as writers of other languages name them (diacritics dropped)
                Map.entry("geneve", "Europe/Zurich"), Map.entry("bruxelles", "Europe/Brussels"), Map.entry("lisboa", "Europe/Lisbon"),
                Map.entry("londres", "Europe/London"), Map.entry("brasilia", "America/Sao_Paulo"), Map.entry("quebec", "America/Toronto"),
                Map.entry("ciudad de mexico", "America/Mexico_City"), Map.entry("chile", "America/Santiago"), Map.entry("espana", "Europe/Madrid"),
                Map.entry("portugal", "Europe/Lisbon"), Map.entry("france", "Europe/Paris"), Map.entry("argentina", "America/Argentina/Buenos_Aires"),
                Map.entry("colombia", "America/Bogota"), Map.entry("peru", "America/Lima"), Map.entry("uruguay", "America/Montevideo"),
                Map.entry("paraguay", "America/Asuncion"), Map.entry("brasil", "America/Sao_Paulo"), Map.entry("mexico", "America/Mexico_City"),
                Map.entry("belgique", "Europe/Brussels"), Map.entry("suisse", "Europe/Zurich"), Map.entry("luxembourg", "Europe/Luxembourg"),
                Map.entry("varsovie", "Europe/Warsaw"), Map.entry("roma", "Europe/Rome"), Map.entry("milano", "Europe/Rome"),
                Map.entry("torino", "Europe/Rome"), Map.entry("napoli", "Europe/Rome"), Map.entry("firenze", "Europe/Rome"),
                Map.entry("zurigo", "Europe/Zurich"), Map.entry("ginevra", "Europe/Zurich"), Map.entry("italia", "Europe/Rome"),
                Map.entry("svizzera", "Europe/Zurich"), Map.entry("wien", "Europe/Vienna"), Map.entry("muenchen", "Europe/Berlin"),
                Map.entry("munchen", "Europe/Berlin"), Map.entry("koln", "Europe/Berlin"), Map.entry("madri", "Europe/Madrid"),
                Map.entry("lisbonne", "Europe/Lisbon"), Map.entry("espagne", "Europe/Madrid"), Map.entry("italie", "Europe/Rome"),
                Map.entry("espana peninsular", "Europe/Madrid"), Map.entry("madrid", "Europe/Madrid"), Map.entry("porto", "Europe/Lisbon"));
        alias.forEach((city, id) -> byCity.putIfAbsent(city, ZoneId.of(id)));
        return Map.copyOf(byCity);
    }

    /** Whether the text names the zone, as an abbreviation or offset ("... 10:00 BST, which is 09:00 UTC" names UTC). */
    static boolean names(String text, ZoneId zone) {
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            if (parse(m.group(1)).filter(z -> z.normalized().equals(zone.normalized())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Abbreviations the document being read defines with an offset of its own ("Note: all times
     * are BST, i.e. Bangladesh Standard Time (UTC+6), not British time"), for the reading under way
     * on this thread ({@link #readingWith}); null outside one.
     */
    private static final ThreadLocal<Map<String, ZoneId>> DEFINED = new ThreadLocal<>();

    /**
     * The abbreviations a text defines with a UTC offset other than their usual one: "BST, i.e.
     * Bangladesh Standard Time (UTC+6)", "CST (UTC+8)". An offset that agrees ("CEST (UTC+2)") defines nothing.
     */
    static Map<String, ZoneId> definedIn(String text) {
        ZoneId ast = text.indexOf("AST") >= 0 ? placedAst(text) : null;
        ZoneId ist = text.indexOf("IST") >= 0 ? placedIst(text) : null;
        // Only an abbreviation within reach before a written offset can be defined by it: look
        // there alone, not at every capitalised word of the document.
        Map<String, ZoneId> defined = new java.util.TreeMap<>();
        if (ast != null) {
            defined.put("AST", ast);
        }
        if (ist != null) {
            defined.put("IST", ist);
        }
        if (text.indexOf("UTC") < 0 && text.indexOf("GMT") < 0) {
            wallClocks(text, defined);
            return defined;
        }
        Matcher offset = OFFSET_IN_TEXT.matcher(text);
        Matcher m = ABBREVIATION_IN_TEXT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int scanned = 0;
        while (offset.find()) {
            int from = Math.max(scanned, offset.start() - DEFINITION_REACH - MAX_ABBREVIATION);
            int to = Math.min(text.length(), offset.start() + MAX_ABBREVIATION);
            if (from >= to) {
                continue;
            }
            m.region(from, to);
            while (m.find()) {
                ZoneId usual = ABBREVIATIONS.get(m.group(1));
                if (usual instanceof ZoneOffset) {
                    ZoneId stated = statedOffsetWins(usual, text.substring(m.end(), Math.min(text.length(), m.end() + DEFINITION_REACH)));
                    if (!stated.equals(usual)) {
                        defined.putIfAbsent(m.group(1), stated);
                    }
                }
                scanned = m.end();
            }
        }
        wallClocks(text, defined);
        return defined;
    }

    /** A sentence that says a clock keeps no daylight saving time: "Panama does not use daylight saving", "no DST here". */
    private static final Pattern NO_DAYLIGHT = Pattern.compile("(?i)\\b(?:no|not|never|without|doesn't|don't|isn't)\\b[^.\\n]{0,40}\\b(?:daylight|DST)\\b");

    /** The standard abbreviations writers use all year for a US clock, each with its daylight one and its region. */
    private static final List<String[]> WALL_CLOCKS = List.of(new String[] {"PST", "PDT", "America/Los_Angeles"},
            new String[] {"EST", "EDT", "America/New_York"});
    /** Each of {@link #WALL_CLOCKS}' abbreviations as a word, and with an offset written after it ("EST (UTC+10)"). */
    private static final Map<String, Pattern> WORD = Map.of("PST", Pattern.compile("(?<![A-Za-z])PST(?![A-Za-z])"),
            "PDT", Pattern.compile("(?<![A-Za-z])PDT(?![A-Za-z])"), "EST", Pattern.compile("(?<![A-Za-z])EST(?![A-Za-z])"),
            "EDT", Pattern.compile("(?<![A-Za-z])EDT(?![A-Za-z])"));
    private static final Map<String, Pattern> WITH_OFFSET = Map.of(
            "PST", Pattern.compile("(?<![A-Za-z])PST(?![A-Za-z])[^.\\n]{0,40}?(?:UTC|GMT)\\s*[+\\-\u2212]\\s*\\d"),
            "EST", Pattern.compile("(?<![A-Za-z])EST(?![A-Za-z])[^.\\n]{0,40}?(?:UTC|GMT)\\s*[+\\-\u2212]\\s*\\d"));

    /**
     * "PST" or "EST" as a writer uses it all year, for the clock on the wall: Pacific or Eastern time on
     * the incident's date, in summer too ("Time (PST)" over a July timeline). Not in a document that
     * also writes the daylight abbreviation, states an offset for the clock ("EST (UTC+10)", "PST (UTC+8,
     * Philippine Standard Time)") or says it keeps no daylight saving time (Panama's EST): those writers
     * mean what they wrote. A definition the document gave already stands.
     */
    private static void wallClocks(String text, Map<String, ZoneId> defined) {
        for (String[] clock : WALL_CLOCKS) {
            String standard = clock[0];
            if (text.indexOf(standard) < 0 || defined.containsKey(standard) || !WORD.get(standard).matcher(text).find()
                    || text.indexOf(clock[1]) >= 0 && WORD.get(clock[1]).matcher(text).find()) {
                continue;
            }
            if (WITH_OFFSET.get(standard).matcher(text).find() || NO_DAYLIGHT.matcher(text).find()) {
                continue;
            }
            defined.put(standard, ZoneId.of(clock[2]));
        }
    }

    /** Places whose clock "AST" is: the Atlantic's (UTC−4) in the Caribbean and Atlantic Canada, Arabia's (UTC+3) in the Gulf. */
    private static final Pattern ATLANTIC_PLACES = Pattern.compile("\\b(?:Santo Domingo|Dominican Republic|Puerto Ric|San Juan|Halifax|Nova Scotia"
            + "|New Brunswick|Prince Edward|Caribbean|Barbados|Trinidad|Bermuda|Martinique|Guadeloupe|Aruba|Cura[c\u00e7]ao|Antigua"
            + "|Saint Lucia|St\\.? Lucia|Grenada|Virgin Islands|Moncton|Charlottetown|Atlantic)");
    private static final Pattern ARABIA_PLACES = Pattern.compile("\\b(?:Riyadh|Saudi|Jeddah|Kuwait|Baghdad|Iraq|Bahrain|Manama|Qatar|Doha"
            + "|Yemen|Sanaa|Arabia)");
    private static final Pattern AST_TOKEN = Pattern.compile("(?<![A-Za-z])AST(?![A-Za-z])");

    /**
     * The clock a document means by "AST", which names two: the Atlantic's and Arabia's. The
     * places it names tell which; a document naming places of both, or neither, leaves it unread.
     */
    private static ZoneId placedAst(String text) {
        if (!AST_TOKEN.matcher(text).find()) {
            return null;
        }
        boolean atlantic = ATLANTIC_PLACES.matcher(text).find();
        boolean arabia = ARABIA_PLACES.matcher(text).find();
        return atlantic == arabia ? null : atlantic ? ZoneOffset.ofHours(-4) : ZoneOffset.ofHours(3);
    }

    /** Places whose clock "IST" is Ireland's (Irish Standard Time, summer UTC+1) or Israel's, not India's. */
    private static final Pattern IRISH_PLACES = Pattern.compile("\\b(?:Dublin|Ireland|Irish|Cork|Galway|Limerick|Waterford)\\b");
    private static final Pattern ISRAELI_PLACES = Pattern.compile("\\b(?:Israel|Tel Aviv|Jerusalem|Haifa|Herzliya)\\b");
    private static final Pattern INDIAN_PLACES = Pattern.compile("\\b(?:India|Indian|Bengaluru|Bangalore|Mumbai|Delhi|Pune|Hyderabad|Chennai"
            + "|Kolkata|Gurgaon|Gurugram|Noida|Ahmedabad|Kochi)\\b");
    private static final Pattern IST_TOKEN = Pattern.compile("(?<![A-Za-z])IST(?![A-Za-z])");

    /**
     * The clock a document means by "IST": India's unless the places it names are Ireland's
     * (Europe/Dublin) or Israel's and none India's; null to keep the usual reading.
     */
    private static ZoneId placedIst(String text) {
        if (!IST_TOKEN.matcher(text).find() || INDIAN_PLACES.matcher(text).find()) {
            return null;
        }
        boolean irish = IRISH_PLACES.matcher(text).find();
        boolean israeli = ISRAELI_PLACES.matcher(text).find();
        return irish == israeli ? null : irish ? ZoneId.of("Europe/Dublin") : ZoneId.of("Asia/Jerusalem");
    }

    /** The one UTC offset a text states ("... after the change, so UTC-5"), if it states exactly one. */
    static Optional<ZoneOffset> oneStatedOffset(String text) {
        if (text.indexOf("UTC") < 0 && text.indexOf("GMT") < 0) {
            return Optional.empty();
        }
        Matcher m = OFFSET_IN_TEXT.matcher(text);
        ZoneOffset found = null;
        while (m.find()) {
            Optional<ZoneId> z = parse(m.group());
            if (z.isEmpty() || !(z.get() instanceof ZoneOffset o) || found != null && !found.equals(o)) {
                return Optional.empty();
            }
            found = o;
        }
        return Optional.ofNullable(found);
    }

    /** A UTC offset as writers give one: "UTC+8", "GMT -3", "UTC−2:30". */
    private static final Pattern OFFSET_IN_TEXT = Pattern.compile("(?:UTC|GMT)\\s*[+\\-\u2212]\\s*\\d{1,2}(?::?\\d{2})?");
    private static final int MAX_ABBREVIATION = 5;

    private static final Pattern ABBREVIATION_IN_TEXT = Pattern.compile("(?<![A-Za-z])([A-Z]{2,5})(?![A-Za-z])");
    /** How far after an abbreviation its offset may be stated: past its name in words. */
    private static final int DEFINITION_REACH = 80;

    /** Runs {@code reading} with the document's own definitions of abbreviations in force on this thread. */
    static <T> T readingWith(Map<String, ZoneId> definitions, java.util.function.Supplier<T> reading) {
        if (definitions.isEmpty()) {
            return reading.get();
        }
        Map<String, ZoneId> outer = DEFINED.get();
        DEFINED.set(definitions);
        try {
            return reading.get();
        } finally {
            if (outer == null) {
                DEFINED.remove();
            } else {
                DEFINED.set(outer);
            }
        }
    }

    /** Most zones {@link #allIn} looks at: a document names its clocks near the top, and a few times at most. */
    private static final int MAX_NAMED = 24;

    /** The names of zones a text gives ("AEDT", "Pacific Time", "heure de Paris"), as written, each once. */
    static java.util.Set<String> namedIn(String text) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = IN_TEXT.matcher(text);
        for (int seen = 0; seen < MAX_NAMED && m.find(); seen++) {
            if (parse(m.group(1)).isPresent()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** The first zone named anywhere in a piece of text, such as a heading "Timeline (PST)". */
    static Optional<ZoneId> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            Optional<ZoneId> z = parse(m.group(1));
            if (z.isPresent()) {
                Optional<ZoneId> both = regionOfBoth(m.group(1).strip(), text);
                return both.isPresent() ? both : Optional.of(statedOffsetWins(z.get(), text.substring(m.end())));
            }
        }
        Matcher bracketed = REGION_IN_BRACKETS.matcher(text);
        if (bracketed.find()) {
            return parse((bracketed.group(1) != null ? bracketed.group(1) : bracketed.group(2)) + " Time"); // "Timeline (Eastern)"
        }
        if (text.length() <= CITY_HEADER_CHARS && text.indexOf('(') >= 0) {
            // a time column headed by its city: "Heure (Paris)", "Time (Berlin)"
            Matcher city = CITY_IN_BRACKETS.matcher(text);
            if (city.find()) {
                String name = java.text.Normalizer.normalize(city.group(1), java.text.Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
                ZoneId z = CITIES.get(SPACES.matcher(name.replace('-', ' ')).replaceAll(" ").toLowerCase(Locale.ROOT));
                if (z != null) {
                    return Optional.of(z);
                }
            }
        }
        if (text.indexOf("ime") < 0 && text.indexOf("IME") < 0) {
            return Optional.empty(); // no "times" for a region to follow
        }
        Matcher region = TIMES_IN_REGION.matcher(text);
        return region.find() ? parse(region.group(1) + " Time") : Optional.empty();
    }

    /** A region's standard and daylight abbreviations, each with the other and the region that follows both. */
    private static final Map<String, String[]> PAIRS = Map.ofEntries(
            Map.entry("CET", new String[] {"CEST", "Europe/Berlin"}), Map.entry("CEST", new String[] {"CET", "Europe/Berlin"}),
            Map.entry("EET", new String[] {"EEST", "Europe/Athens"}), Map.entry("EEST", new String[] {"EET", "Europe/Athens"}),
            Map.entry("WET", new String[] {"WEST", "Europe/Lisbon"}), Map.entry("WEST", new String[] {"WET", "Europe/Lisbon"}),
            Map.entry("GMT", new String[] {"BST", "Europe/London"}), Map.entry("BST", new String[] {"GMT", "Europe/London"}),
            Map.entry("EST", new String[] {"EDT", "America/New_York"}), Map.entry("EDT", new String[] {"EST", "America/New_York"}),
            Map.entry("CST", new String[] {"CDT", "America/Chicago"}), Map.entry("CDT", new String[] {"CST", "America/Chicago"}),
            Map.entry("MST", new String[] {"MDT", "America/Denver"}), Map.entry("MDT", new String[] {"MST", "America/Denver"}),
            Map.entry("PST", new String[] {"PDT", "America/Los_Angeles"}), Map.entry("PDT", new String[] {"PST", "America/Los_Angeles"}),
            Map.entry("AEST", new String[] {"AEDT", "Australia/Sydney"}), Map.entry("AEDT", new String[] {"AEST", "Australia/Sydney"}),
            Map.entry("ACST", new String[] {"ACDT", "Australia/Adelaide"}), Map.entry("ACDT", new String[] {"ACST", "Australia/Adelaide"}),
            Map.entry("NZST", new String[] {"NZDT", "Pacific/Auckland"}), Map.entry("NZDT", new String[] {"NZST", "Pacific/Auckland"}));

    /** Each of {@link #PAIRS}' abbreviations as a word of its own. */
    private static final Map<String, Pattern> PAIR_WORDS = PAIRS.keySet().stream().collect(java.util.stream.Collectors.toMap(k -> k,
            k -> Pattern.compile("(?<![A-Za-z])" + k + "(?![A-Za-z])")));

    /**
     * The region whose clock a caption names by both its abbreviations: "CET (UTC+1) up to the clock
     * change, CEST (UTC+2) from then on" is Berlin's wall clock, which changes on its own day.
     */
    private static Optional<ZoneId> regionOfBoth(String token, String text) {
        String[] pair = PAIRS.get(token);
        if (pair == null || text.indexOf(pair[0]) < 0 || DEFINED.get() != null && DEFINED.get().containsKey(token)) {
            return Optional.empty();
        }
        return PAIR_WORDS.get(pair[0]).matcher(text).find() ? Optional.of(ZoneId.of(pair[1])) : Optional.empty();
    }

    /**
     * An abbreviation read one way, with the writer's own UTC offset right after it that says
     * otherwise: the offset wins ("Israel time — IST, UTC+2" is not India's IST; "CEST (UTC+2)"
     * agrees and keeps CEST).
     */
    private static ZoneId statedOffsetWins(ZoneId named, String after) {
        Matcher offset = STATED_OFFSET.matcher(after);
        if (!offset.lookingAt()) {
            return named;
        }
        Optional<ZoneId> stated = parse(offset.group(1));
        if (stated.isEmpty() || !(stated.get() instanceof ZoneOffset given)) {
            return named;
        }
        if (named instanceof ZoneOffset fixed) {
            return given.equals(fixed) ? named : given;
        }
        // a place's name that names another place too: "Samoa time (UTC+13)" is Apia, not American Samoa's
        // UTC−11; a region keeps its own clock when the offset is one of its own ("Sydney time (UTC+11)")
        java.time.zone.ZoneRules rules = named.getRules();
        boolean its = given.equals(rules.getOffset(WINTER)) || given.equals(rules.getOffset(SUMMER));
        return its ? named : given;
    }

    /** Two instants half a year apart, to know a region's standard and daylight offsets. */
    private static final java.time.Instant WINTER = java.time.Instant.parse("2026-01-15T00:00:00Z");
    private static final java.time.Instant SUMMER = java.time.Instant.parse("2026-07-15T00:00:00Z");

    /** A UTC offset right after a zone's name: ", UTC+2", " (UTC+05:30)", " = GMT-3". */
    private static final Pattern STATED_OFFSET = Pattern.compile(
            // "CST (UTC+8)", "CST, China Standard Time UTC+8": the offset right after, or after the zone's name in words
            // "BST, i.e. Bangladesh Standard Time (UTC+6)": the name in words may come after "i.e." or "meaning"
            "\\s*[,(=/:]?\\s*(?:(?:i\\.\\s?e\\.|ie|that is|meaning|means)\\s*,?\\s*)?(?:[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,3}\\s*[,(]?\\s*)?((?:UTC|GMT)\\s*[+\\-\u2212]\\s*\\d{1,2}(?::?\\d{2})?)");

    /** "Timeline (Eastern)": a US region alone in brackets, or alone in the text (a heading's bracket, read on its own). */
    /** "Timeline (Eastern)", "Timeline (my time, Pacific)", or the region alone on its line. */
    /** A city alone in brackets, as a short header names its clock: "Heure (Paris)", "Time (Berlin)". */
    private static final Pattern CITY_IN_BRACKETS = Pattern.compile("\\(\\s*(\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+){0,2})\\s*\\)");
    /** How long a text naming its clock by a city in brackets may be: a header, not a sentence with a place in it. */
    private static final int CITY_HEADER_CHARS = 40;
    private static final Pattern REGION_IN_BRACKETS = Pattern.compile("\\(\\s*(?:(?:my|our|local)\\s+time\\s*,\\s*)?(Pacific|Mountain|Central|Eastern|Alaska|Hawaii|Atlantic)\\s*\\)"
            + "|^\\s*(?:(?:my|our|local)\\s+time\\s*,\\s*)?(Pacific|Mountain|Central|Eastern|Alaska|Hawaii|Atlantic)\\s*$");

    /**
     * "all times Pacific", "times are Eastern", "times below are Eastern", "times are US Central": a US region named
     * without "Time" after the word times.
     */
    private static final Pattern TIMES_IN_REGION = Pattern.compile(
            "(?i)\\btimes?\\s+(?:(?:below|above|here|shown|given)\\s+)?(?:are\\s+|in\\s+)?(?:(?:US|U\\.S\\.)\\s+)?(Pacific|Mountain|Central|Eastern)\\b(?!\\s*(?:-|Europe|European|Africa|Asia|Standard|Daylight|Time))");
}
