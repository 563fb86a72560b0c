package io.hindsight.extract;

import io.hindsight.model.SectionKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps a heading as written ("Root Causes", "5 Whys", "Corrective Actions", "TIMELINE (PST)",
 * "3. What went wrong?") to its canonical section. Headings are compared after lower-casing and
 * dropping numbering, emoji, punctuation and parenthetical remarks; the first rule whose
 * phrase the heading starts with (or equals) wins, so longer phrases come first.
 */
public final class SectionCatalog {
    private static final Pattern NOISE = Pattern.compile("\\([^)]*\\)|\\[[^]]*\\]|[^\\p{L}\\p{N}\\s/&'-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ARTICLE = Pattern.compile("^(the|our|a)\\s+");
    private static final Pattern TRAILING = Pattern.compile("\\s*[-:/&]+\\s*$");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{3,60})\\)");

    /** The sole engineer's headings read as a team's: "What I'm changing" is "What we're changing". */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\bi(?:'m|'ve|'ll| am| have| will)(?=\\s)|\\bi(?= (?:changed|fixed|learned|learnt|did)\\b)");
    private static final java.util.Map<String, String> FIRST_PERSON_PLURAL = java.util.Map.of("i'm", "we're", "i've", "we've", "i'll", "we'll",
            "i am", "we are", "i have", "we have", "i will", "we will", "i", "we");
    /**
     * A heading's number: "2.", "iv.", "b)", an interview's "Q3" or a meeting's agenda item ("TOP 2", as German
     * minutes number them, "Item 4", "Agenda item 1").
     */
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?|[ivx]+\\.|[a-z]\\)|q ?\\d+|q:?|(?:top|item|agenda item|point) \\d+"
            // a report's parts: "Part C: Chronology of events", "Section 4 - Timeline"
            + "|(?:part|section) (?:[a-h]|\\d{1,2}|[ivx]+)\\b[:.-]?)\\s+");
    /** An annex or appendix named after its letter or number: "annex a - actions", "appendix 2: timeline". */
    private static final Pattern ANNEX = Pattern.compile("(?:annex|annexe|appendix|anhang|anexo|anexa|bijlage|bilaga|vedlegg|bilag|załącznik|příloha)"
            + " [a-z0-9]{1,3}\\s*[-:.]\\s*(.+)");
    /** A heading's number as Chinese and Japanese writers give it: "三、时间线", "4．原因". */
    private static final Pattern CJK_NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+|\\d+)[、．.]\\s*");
    /** An interviewer's question asks "you" what the team did: "What did you try first?" is "What did we try first". */
    private static final Pattern ASKED_YOU = Pattern.compile("\\b(did|were|do|have|had) you\\b");

    private record Rule(String phrase, SectionKind kind) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("where we got lucky", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("where did we get lucky", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("what we got lucky", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("got lucky", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("what went well", SectionKind.WHAT_WENT_WELL),
            new Rule("things that went well", SectionKind.WHAT_WENT_WELL),
            new Rule("went well", SectionKind.WHAT_WENT_WELL),
            new Rule("what we did well", SectionKind.WHAT_WENT_WELL),
            new Rule("what worked", SectionKind.WHAT_WENT_WELL),
            new Rule("what went right", SectionKind.WHAT_WENT_WELL),
            new Rule("what went wrong and why", SectionKind.ROOT_CAUSE),
            new Rule("what went poorly", SectionKind.WHAT_WENT_POORLY),
            new Rule("what went wrong", SectionKind.WHAT_WENT_POORLY),
            new Rule("what went badly", SectionKind.WHAT_WENT_POORLY),
            new Rule("what didn't go well", SectionKind.WHAT_WENT_POORLY),
            new Rule("what did not go well", SectionKind.WHAT_WENT_POORLY),
            new Rule("what could be improved", SectionKind.WHAT_WENT_POORLY),
            new Rule("what could have gone better", SectionKind.WHAT_WENT_POORLY),
            new Rule("what could have been better", SectionKind.WHAT_WENT_POORLY),
            new Rule("things that went wrong", SectionKind.WHAT_WENT_POORLY),
            new Rule("went wrong", SectionKind.WHAT_WENT_POORLY),
            new Rule("went poorly", SectionKind.WHAT_WENT_POORLY),
            new Rule("what didn't work", SectionKind.WHAT_WENT_POORLY),
            new Rule("what did not work", SectionKind.WHAT_WENT_POORLY),
            new Rule("what did not go well", SectionKind.WHAT_WENT_POORLY),
            new Rule("what didn't", SectionKind.WHAT_WENT_POORLY),
            new Rule("what did not", SectionKind.WHAT_WENT_POORLY),
            new Rule("why", SectionKind.ROOT_CAUSE),
            new Rule("fixes", SectionKind.ACTION_ITEMS),
            new Rule("ais", SectionKind.ACTION_ITEMS), // a hurried note's "AIs:", matched whole (EXACT_ONLY)
            new Rule("ai's", SectionKind.ACTION_ITEMS),
            new Rule("learnt", SectionKind.LESSONS_LEARNED),
            new Rule("learned", SectionKind.LESSONS_LEARNED),
            new Rule("good stuff", SectionKind.WHAT_WENT_WELL),
            new Rule("bad stuff", SectionKind.WHAT_WENT_POORLY),
            new Rule("what went fine", SectionKind.WHAT_WENT_WELL),
            new Rule("what went ok", SectionKind.WHAT_WENT_WELL),
            new Rule("what went okay", SectionKind.WHAT_WENT_WELL),
            // what worsened the incident: "Things that made it worse", "What made things worse"
            new Rule("things that made it worse", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("made worse by", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("things that made this worse", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("what made things worse", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("what made this worse", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("aggravating factors", SectionKind.CONTRIBUTING_FACTORS),
            // impact on the people a team serves: "Patient and Clinical Impact", "On-air impact"
            new Rule("patient impact", SectionKind.IMPACT),
            new Rule("clinical impact", SectionKind.IMPACT),
            new Rule("patient and clinical impact", SectionKind.IMPACT),
            new Rule("member impact", SectionKind.IMPACT),
            new Rule("resident impact", SectionKind.IMPACT),
            new Rule("on-air impact", SectionKind.IMPACT),
            new Rule("operational impact", SectionKind.IMPACT),
            new Rule("financial impact", SectionKind.IMPACT),
            new Rule("areas for improvement", SectionKind.WHAT_WENT_POORLY),
            new Rule("opportunities for improvement", SectionKind.WHAT_WENT_POORLY),
            new Rule("contributing factors", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("contributing causes", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("contributory factors", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("contributing conditions", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("contributing", SectionKind.CONTRIBUTING_FACTORS),
            // plain-English house styles: "Things that contributed", "What contributed to it"
            new Rule("things that contributed", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("factors that contributed", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("what contributed", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("contributors", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("causal factors", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("aggravating factors", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("exacerbating factors", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("complicating factors", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("amplifying factors", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("why it got worse", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("what made it worse", SectionKind.CONTRIBUTING_FACTORS),
            // "Factors we heard" in an interview write-up, "Things that made it harder"
            new Rule("factors we heard", SectionKind.CONTRIBUTING_FACTORS), new Rule("what made it harder", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("things that made it harder", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("what made this worse", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("factors", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("five whys", SectionKind.FIVE_WHYS),
            new Rule("5 whys", SectionKind.FIVE_WHYS),
            new Rule("5-whys", SectionKind.FIVE_WHYS),
            new Rule("the five whys", SectionKind.FIVE_WHYS),
            new Rule("root cause", SectionKind.ROOT_CAUSE),
            new Rule("root causes", SectionKind.ROOT_CAUSE),
            new Rule("rca", SectionKind.ROOT_CAUSE),
            new Rule("underlying cause", SectionKind.ROOT_CAUSE),
            new Rule("technical cause", SectionKind.ROOT_CAUSE),
            new Rule("cause", SectionKind.ROOT_CAUSE),
            new Rule("causes", SectionKind.ROOT_CAUSE),
            new Rule("fault", SectionKind.ROOT_CAUSE),
            new Rule("why it happened", SectionKind.ROOT_CAUSE),
            new Rule("trigger", SectionKind.TRIGGER),
            new Rule("triggers", SectionKind.TRIGGER),
            new Rule("action items", SectionKind.ACTION_ITEMS),
            new Rule("action item", SectionKind.ACTION_ITEMS),
            new Rule("corrective actions", SectionKind.ACTION_ITEMS),
            new Rule("problem tasks", SectionKind.ACTION_ITEMS),
            new Rule("corrective and preventive actions", SectionKind.ACTION_ITEMS),
            new Rule("corrective and preventative actions", SectionKind.ACTION_ITEMS),
            new Rule("preventive actions", SectionKind.ACTION_ITEMS),
            new Rule("preventative actions", SectionKind.ACTION_ITEMS),
            new Rule("preventive measures", SectionKind.ACTION_ITEMS),
            // a European team's word for them: "## Measures", "Corrective measures"
            new Rule("measures", SectionKind.ACTION_ITEMS),
            new Rule("corrective measures", SectionKind.ACTION_ITEMS),
            new Rule("follow-up measures", SectionKind.ACTION_ITEMS),
            new Rule("remedial measures", SectionKind.ACTION_ITEMS),
            // a regulated firm's report: "8. Remedial actions", "Part F: Remedial and preventive measures"
            new Rule("remedial actions", SectionKind.ACTION_ITEMS), new Rule("remedial action", SectionKind.ACTION_ITEMS),
            new Rule("remedial and preventive", SectionKind.ACTION_ITEMS), new Rule("remedial and preventative", SectionKind.ACTION_ITEMS),
            // a Japanese team's word for them (対策)
            new Rule("countermeasures", SectionKind.ACTION_ITEMS),
            new Rule("counter-measures", SectionKind.ACTION_ITEMS),
            new Rule("recurrence prevention", SectionKind.ACTION_ITEMS),
            new Rule("follow-ups", SectionKind.ACTION_ITEMS),
            new Rule("repair items", SectionKind.ACTION_ITEMS),
            new Rule("repair actions", SectionKind.ACTION_ITEMS),
            new Rule("follow-up", SectionKind.ACTION_ITEMS),
            new Rule("follow ups", SectionKind.ACTION_ITEMS),
            new Rule("follow up", SectionKind.ACTION_ITEMS),
            new Rule("followups", SectionKind.ACTION_ITEMS),
            new Rule("remediation", SectionKind.ACTION_ITEMS),
            new Rule("next steps", SectionKind.ACTION_ITEMS),
            new Rule("action plan", SectionKind.ACTION_ITEMS),
            new Rule("action points", SectionKind.ACTION_ITEMS),
            new Rule("what we will do", SectionKind.ACTION_ITEMS),
            new Rule("what we'll do", SectionKind.ACTION_ITEMS),
            new Rule("what we are doing", SectionKind.ACTION_ITEMS),
            new Rule("what we're doing", SectionKind.ACTION_ITEMS),
            new Rule("what we will change", SectionKind.ACTION_ITEMS),
            new Rule("what we are changing", SectionKind.ACTION_ITEMS),
            new Rule("what we're changing", SectionKind.ACTION_ITEMS),
            new Rule("changes we are making", SectionKind.ACTION_ITEMS),
            new Rule("changes we're making", SectionKind.ACTION_ITEMS),
            new Rule("how we will prevent this", SectionKind.ACTION_ITEMS),
            new Rule("preventing recurrence", SectionKind.ACTION_ITEMS),
            new Rule("actions", SectionKind.ACTION_ITEMS),
            new Rule("tasks", SectionKind.ACTION_ITEMS),
            new Rule("todo", SectionKind.ACTION_ITEMS),
            new Rule("to do", SectionKind.ACTION_ITEMS),
            new Rule("to-do", SectionKind.ACTION_ITEMS),
            new Rule("to-dos", SectionKind.ACTION_ITEMS),
            new Rule("todos", SectionKind.ACTION_ITEMS),
            new Rule("to dos", SectionKind.ACTION_ITEMS),
            new Rule("improvements", SectionKind.ACTION_ITEMS),
            new Rule("lessons learned", SectionKind.LESSONS_LEARNED),
            new Rule("lessons learnt", SectionKind.LESSONS_LEARNED),
            new Rule("lessons", SectionKind.LESSONS_LEARNED),
            new Rule("learnings", SectionKind.LESSONS_LEARNED),
            new Rule("key learnings", SectionKind.LESSONS_LEARNED),
            new Rule("takeaways", SectionKind.LESSONS_LEARNED),
            new Rule("key takeaways", SectionKind.LESSONS_LEARNED),
            new Rule("what we learned", SectionKind.LESSONS_LEARNED),
            // headings in the writer's own language: French, Spanish, Portuguese, Italian, German, Polish
            new Rule("chronologie", SectionKind.TIMELINE),
            new Rule("cronología", SectionKind.TIMELINE),
            new Rule("cronologia", SectionKind.TIMELINE),
            new Rule("línea de tiempo", SectionKind.TIMELINE),
            new Rule("linha do tempo", SectionKind.TIMELINE),
            new Rule("zeitleiste", SectionKind.TIMELINE),
            new Rule("zeitlicher ablauf", SectionKind.TIMELINE),
            new Rule("zeitverlauf", SectionKind.TIMELINE),
            new Rule("zeitablauf", SectionKind.TIMELINE),
            new Rule("was gut gelaufen ist", SectionKind.WHAT_WENT_WELL),
            new Rule("was ist gut gelaufen", SectionKind.WHAT_WENT_WELL),
            new Rule("was schlecht gelaufen ist", SectionKind.WHAT_WENT_POORLY),
            new Rule("was ist schlecht gelaufen", SectionKind.WHAT_WENT_POORLY),
            new Rule("was nicht gut lief", SectionKind.WHAT_WENT_POORLY),
            new Rule("chronik", SectionKind.TIMELINE),
            new Rule("sequenza temporale", SectionKind.TIMELINE),
            // Dutch
            new Rule("tijdlijn", SectionKind.TIMELINE),
            new Rule("chronologie van", SectionKind.TIMELINE),
            new Rule("samenvatting", SectionKind.SUMMARY),
            new Rule("detectie", SectionKind.DETECTION),
            new Rule("ontdekking", SectionKind.DETECTION),
            new Rule("grondoorzaak", SectionKind.ROOT_CAUSE),
            new Rule("hoofdoorzaak", SectionKind.ROOT_CAUSE),
            new Rule("oorzaak", SectionKind.ROOT_CAUSE),
            new Rule("bijdragende factoren", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("wat ging goed", SectionKind.WHAT_WENT_WELL),
            new Rule("wat ging er goed", SectionKind.WHAT_WENT_WELL),
            new Rule("wat ging mis", SectionKind.WHAT_WENT_POORLY),
            new Rule("wat ging er mis", SectionKind.WHAT_WENT_POORLY),
            new Rule("wat kon beter", SectionKind.WHAT_WENT_POORLY),
            new Rule("waar hadden we geluk", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("actiepunten", SectionKind.ACTION_ITEMS),
            new Rule("vervolgacties", SectionKind.ACTION_ITEMS),
            new Rule("acties", SectionKind.ACTION_ITEMS),
            new Rule("geleerde lessen", SectionKind.LESSONS_LEARNED),
            new Rule("lessen", SectionKind.LESSONS_LEARNED),
            new Rule("reactie", SectionKind.RESPONSE),
            new Rule("herstel", SectionKind.RECOVERY),
            new Rule("vijf waaroms", SectionKind.FIVE_WHYS),
            new Rule("bijlagen", SectionKind.APPENDIX),
            new Rule("bijlage", SectionKind.APPENDIX),
            // Swedish, Norwegian and Danish
            new Rule("tidslinje", SectionKind.TIMELINE),
            new Rule("tidslinjen", SectionKind.TIMELINE),
            new Rule("händelseförlopp", SectionKind.TIMELINE),
            new Rule("händelseförloppet", SectionKind.TIMELINE),
            new Rule("tidsförlopp", SectionKind.TIMELINE),
            new Rule("kronologi", SectionKind.TIMELINE),
            new Rule("sammanfattning", SectionKind.SUMMARY),
            new Rule("sammandrag", SectionKind.SUMMARY),
            new Rule("påverkan", SectionKind.IMPACT),
            new Rule("konsekvenser", SectionKind.IMPACT),
            new Rule("upptäckt", SectionKind.DETECTION),
            new Rule("hur det upptäcktes", SectionKind.DETECTION),
            new Rule("grundorsak", SectionKind.ROOT_CAUSE),
            new Rule("grundorsaker", SectionKind.ROOT_CAUSE),
            new Rule("rotorsak", SectionKind.ROOT_CAUSE),
            new Rule("orsak", SectionKind.ROOT_CAUSE),
            new Rule("orsaker", SectionKind.ROOT_CAUSE),
            new Rule("utlösande händelse", SectionKind.TRIGGER),
            new Rule("utlösare", SectionKind.TRIGGER),
            // more of the writers' own languages: German, French, Portuguese, Italian, Dutch, Polish
            new Rule("begünstigende faktoren", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("beitragende faktoren", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("mitwirkende faktoren", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("warum es passiert ist", SectionKind.ROOT_CAUSE),
            new Rule("was wir gelernt haben", SectionKind.LESSONS_LEARNED),
            new Rule("was wir ändern", SectionKind.ACTION_ITEMS),
            new Rule("worum es ging", SectionKind.SUMMARY),
            new Rule("facteurs aggravants", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("ce qui a moins bien fonctionné", SectionKind.WHAT_WENT_POORLY),
            new Rule("ce qui n'a pas fonctionné", SectionKind.WHAT_WENT_POORLY),
            new Rule("défaillance", SectionKind.ROOT_CAUSE),
            new Rule("causas raiz", SectionKind.ROOT_CAUSE),
            new Rule("causa raiz", SectionKind.ROOT_CAUSE),
            new Rule("gatilho", SectionKind.TRIGGER),
            new Rule("resolução", SectionKind.RECOVERY),
            new Rule("onde tivemos sorte", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("sintesi", SectionKind.SUMMARY),
            new Rule("wat er gebeurde", SectionKind.SUMMARY),
            new Rule("wat er gebeurd is", SectionKind.SUMMARY),
            new Rule("gevolgen", SectionKind.IMPACT),
            new Rule("wat goed ging", SectionKind.WHAT_WENT_WELL),
            new Rule("wat beter kan", SectionKind.WHAT_WENT_POORLY),
            new Rule("wat ging er mis", SectionKind.WHAT_WENT_POORLY),
            new Rule("verbeterpunten", SectionKind.ACTION_ITEMS),
            new Rule("verbeteracties", SectionKind.ACTION_ITEMS),
            new Rule("czynniki sprzyjające", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("czynniki przyczyniające się", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("metryczka", SectionKind.METADATA),
            new Rule("bidragande faktorer", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("bidragande orsaker", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("vad gick bra", SectionKind.WHAT_WENT_WELL),
            new Rule("vad fungerade bra", SectionKind.WHAT_WENT_WELL),
            new Rule("vad gick mindre bra", SectionKind.WHAT_WENT_POORLY),
            new Rule("vad gick fel", SectionKind.WHAT_WENT_POORLY),
            new Rule("vad gick dåligt", SectionKind.WHAT_WENT_POORLY),
            new Rule("där vi hade tur", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("var vi hade tur", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("åtgärdspunkter", SectionKind.ACTION_ITEMS),
            new Rule("åtgärder", SectionKind.ACTION_ITEMS),
            new Rule("åtgärdslista", SectionKind.ACTION_ITEMS),
            new Rule("uppföljning", SectionKind.ACTION_ITEMS),
            new Rule("lärdomar", SectionKind.LESSONS_LEARNED),
            new Rule("lärdom", SectionKind.LESSONS_LEARNED),
            new Rule("lösning", SectionKind.RECOVERY),
            new Rule("återställning", SectionKind.RECOVERY),
            new Rule("hantering", SectionKind.RESPONSE),
            new Rule("fem varför", SectionKind.FIVE_WHYS),
            new Rule("bilagor", SectionKind.APPENDIX),
            new Rule("hendelsesforløp", SectionKind.TIMELINE),
            new Rule("hendelsesforløpet", SectionKind.TIMELINE),
            new Rule("sammendrag", SectionKind.SUMMARY),
            new Rule("oppsummering", SectionKind.SUMMARY),
            new Rule("hendelsessammendrag", SectionKind.SUMMARY),
            new Rule("påvirkning", SectionKind.IMPACT),
            new Rule("konsekvens", SectionKind.IMPACT),
            new Rule("oppdagelse", SectionKind.DETECTION),
            new Rule("rotårsak", SectionKind.ROOT_CAUSE),
            new Rule("grunnårsak", SectionKind.ROOT_CAUSE),
            new Rule("årsak", SectionKind.ROOT_CAUSE),
            new Rule("årsaker", SectionKind.ROOT_CAUSE),
            new Rule("utløsende hendelse", SectionKind.TRIGGER),
            new Rule("medvirkende faktorer", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("medvirkende årsaker", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("bidragende faktorer", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("hva gikk bra", SectionKind.WHAT_WENT_WELL),
            new Rule("hva gikk dårlig", SectionKind.WHAT_WENT_POORLY),
            new Rule("hva gikk galt", SectionKind.WHAT_WENT_POORLY),
            new Rule("hva kunne gått bedre", SectionKind.WHAT_WENT_POORLY),
            new Rule("hvor vi var heldige", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("tiltak", SectionKind.ACTION_ITEMS),
            new Rule("korrigerende tiltak", SectionKind.ACTION_ITEMS),
            new Rule("oppfølgingspunkter", SectionKind.ACTION_ITEMS),
            new Rule("lærdommer", SectionKind.LESSONS_LEARNED),
            new Rule("læring", SectionKind.LESSONS_LEARNED),
            new Rule("læringspunkter", SectionKind.LESSONS_LEARNED),
            new Rule("erfaringer", SectionKind.LESSONS_LEARNED),
            new Rule("løsning", SectionKind.RECOVERY),
            new Rule("gjenoppretting", SectionKind.RECOVERY),
            new Rule("håndtering", SectionKind.RESPONSE),
            new Rule("respons", SectionKind.RESPONSE),
            new Rule("fem hvorfor", SectionKind.FIVE_WHYS),
            new Rule("vedlegg", SectionKind.APPENDIX),
            new Rule("hændelsesforløb", SectionKind.TIMELINE),
            new Rule("forløb", SectionKind.TIMELINE),
            new Rule("resumé", SectionKind.SUMMARY),
            new Rule("opsummering", SectionKind.SUMMARY),
            new Rule("sammenfatning", SectionKind.SUMMARY),
            new Rule("opdagelse", SectionKind.DETECTION),
            new Rule("grundårsag", SectionKind.ROOT_CAUSE),
            new Rule("rodårsag", SectionKind.ROOT_CAUSE),
            new Rule("årsag", SectionKind.ROOT_CAUSE),
            new Rule("årsager", SectionKind.ROOT_CAUSE),
            new Rule("udløsende hændelse", SectionKind.TRIGGER),
            new Rule("medvirkende årsager", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("hvad gik godt", SectionKind.WHAT_WENT_WELL),
            new Rule("hvad gik dårligt", SectionKind.WHAT_WENT_POORLY),
            new Rule("hvad gik galt", SectionKind.WHAT_WENT_POORLY),
            new Rule("hvor var vi heldige", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("handlingspunkter", SectionKind.ACTION_ITEMS),
            new Rule("opfølgningspunkter", SectionKind.ACTION_ITEMS),
            new Rule("opfølgning", SectionKind.ACTION_ITEMS),
            new Rule("handlinger", SectionKind.ACTION_ITEMS),
            new Rule("læringer", SectionKind.LESSONS_LEARNED),
            new Rule("genopretning", SectionKind.RECOVERY),
            new Rule("bilag", SectionKind.APPENDIX),
            // Polish, Czech and Finnish
            new Rule("oś czasu", SectionKind.TIMELINE),
            new Rule("przebieg zdarzeń", SectionKind.TIMELINE),
            new Rule("chronologia", SectionKind.TIMELINE),
            new Rule("streszczenie", SectionKind.SUMMARY),
            new Rule("skutki", SectionKind.IMPACT),
            new Rule("przyczyna źródłowa", SectionKind.ROOT_CAUSE),
            new Rule("przyczyna główna", SectionKind.ROOT_CAUSE),
            new Rule("przyczyny źródłowe", SectionKind.ROOT_CAUSE),
            new Rule("przyczyny", SectionKind.ROOT_CAUSE),
            new Rule("wyzwalacz", SectionKind.TRIGGER),
            new Rule("czynniki przyczyniające się", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("czynniki współprzyczyniające", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("co poszło dobrze", SectionKind.WHAT_WENT_WELL),
            new Rule("co poszło źle", SectionKind.WHAT_WENT_POORLY),
            new Rule("co poszło nie tak", SectionKind.WHAT_WENT_POORLY),
            new Rule("gdzie mieliśmy szczęście", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("działania naprawcze", SectionKind.ACTION_ITEMS),
            new Rule("działania następcze", SectionKind.ACTION_ITEMS),
            new Rule("zadania", SectionKind.ACTION_ITEMS),
            new Rule("wnioski", SectionKind.LESSONS_LEARNED),
            new Rule("lekcje", SectionKind.LESSONS_LEARNED),
            new Rule("wykrycie", SectionKind.DETECTION),
            new Rule("reakcja", SectionKind.RESPONSE),
            new Rule("przywrócenie", SectionKind.RECOVERY),
            new Rule("rozwiązanie", SectionKind.RECOVERY),
            new Rule("załączniki", SectionKind.APPENDIX),
            new Rule("metadane", SectionKind.METADATA),
            new Rule("pięć dlaczego", SectionKind.FIVE_WHYS),
            new Rule("časová osa", SectionKind.TIMELINE),
            new Rule("průběh", SectionKind.TIMELINE),
            new Rule("průběh událostí", SectionKind.TIMELINE),
            new Rule("shrnutí", SectionKind.SUMMARY),
            new Rule("dopad", SectionKind.IMPACT),
            new Rule("dopady", SectionKind.IMPACT),
            new Rule("hlavní příčina", SectionKind.ROOT_CAUSE),
            new Rule("hlavní příčiny", SectionKind.ROOT_CAUSE),
            new Rule("kořenová příčina", SectionKind.ROOT_CAUSE),
            new Rule("příčina", SectionKind.ROOT_CAUSE),
            new Rule("příčiny", SectionKind.ROOT_CAUSE),
            new Rule("spouštěč", SectionKind.TRIGGER),
            new Rule("přispívající faktory", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("co se povedlo", SectionKind.WHAT_WENT_WELL),
            new Rule("co se nepovedlo", SectionKind.WHAT_WENT_POORLY),
            new Rule("kde jsme měli štěstí", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("akční body", SectionKind.ACTION_ITEMS),
            new Rule("nápravná opatření", SectionKind.ACTION_ITEMS),
            new Rule("opatření", SectionKind.ACTION_ITEMS),
            new Rule("úkoly", SectionKind.ACTION_ITEMS),
            new Rule("poučení", SectionKind.LESSONS_LEARNED),
            new Rule("ponaučení", SectionKind.LESSONS_LEARNED),
            new Rule("detekce", SectionKind.DETECTION),
            new Rule("reakce", SectionKind.RESPONSE),
            new Rule("řešení", SectionKind.RECOVERY),
            new Rule("obnova", SectionKind.RECOVERY),
            new Rule("přílohy", SectionKind.APPENDIX),
            new Rule("pět proč", SectionKind.FIVE_WHYS),
            new Rule("aikajana", SectionKind.TIMELINE),
            new Rule("tapahtumien kulku", SectionKind.TIMELINE),
            new Rule("yhteenveto", SectionKind.SUMMARY),
            new Rule("tiivistelmä", SectionKind.SUMMARY),
            new Rule("vaikutus", SectionKind.IMPACT),
            new Rule("vaikutukset", SectionKind.IMPACT),
            new Rule("juurisyy", SectionKind.ROOT_CAUSE),
            new Rule("juurisyyt", SectionKind.ROOT_CAUSE),
            new Rule("perimmäinen syy", SectionKind.ROOT_CAUSE),
            new Rule("syy", SectionKind.ROOT_CAUSE),
            new Rule("syyt", SectionKind.ROOT_CAUSE),
            new Rule("laukaisija", SectionKind.TRIGGER),
            new Rule("myötävaikuttavat tekijät", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("myötävaikuttaneet tekijät", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("mikä meni hyvin", SectionKind.WHAT_WENT_WELL),
            new Rule("mikä meni huonosti", SectionKind.WHAT_WENT_POORLY),
            new Rule("mikä meni pieleen", SectionKind.WHAT_WENT_POORLY),
            new Rule("missä olimme onnekkaita", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("toimenpiteet", SectionKind.ACTION_ITEMS),
            new Rule("jatkotoimenpiteet", SectionKind.ACTION_ITEMS),
            new Rule("korjaavat toimenpiteet", SectionKind.ACTION_ITEMS),
            new Rule("opit", SectionKind.LESSONS_LEARNED),
            new Rule("opitut asiat", SectionKind.LESSONS_LEARNED),
            new Rule("havaitseminen", SectionKind.DETECTION),
            new Rule("reagointi", SectionKind.RESPONSE),
            new Rule("korjaus", SectionKind.RECOVERY),
            new Rule("palautus", SectionKind.RECOVERY),
            new Rule("liitteet", SectionKind.APPENDIX),
            new Rule("perustiedot", SectionKind.METADATA),
            new Rule("viisi miksi", SectionKind.FIVE_WHYS),
            new Rule("sequenza degli eventi", SectionKind.TIMELINE),
            new Rule("linea temporale", SectionKind.TIMELINE),
            new Rule("lezioni apprese", SectionKind.LESSONS_LEARNED),
            new Rule("cosa è andato bene", SectionKind.WHAT_WENT_WELL),
            new Rule("cosa ha funzionato", SectionKind.WHAT_WENT_WELL),
            new Rule("cosa è andato storto", SectionKind.WHAT_WENT_POORLY),
            new Rule("cosa è andato male", SectionKind.WHAT_WENT_POORLY),
            new Rule("cosa non ha funzionato", SectionKind.WHAT_WENT_POORLY),
            new Rule("dove siamo stati fortunati", SectionKind.WHERE_WE_GOT_LUCKY),
            new Rule("rilevamento", SectionKind.DETECTION),
            new Rule("rilevazione", SectionKind.DETECTION),
            new Rule("risposta", SectionKind.RESPONSE),
            new Rule("ripristino", SectionKind.RECOVERY),
            new Rule("risoluzione", SectionKind.RECOVERY),
            new Rule("guasto", SectionKind.ROOT_CAUSE),
            new Rule("causa scatenante", SectionKind.TRIGGER),
            new Rule("fattore scatenante", SectionKind.TRIGGER),
            new Rule("cinque perché", SectionKind.FIVE_WHYS),
            new Rule("metadati", SectionKind.METADATA),
            new Rule("azioni correttive", SectionKind.ACTION_ITEMS),
            // the Atlassian template's Response, Recovery and Five whys in the other languages
            new Rule("réponse", SectionKind.RESPONSE),
            new Rule("respuesta", SectionKind.RESPONSE),
            new Rule("resposta", SectionKind.RESPONSE),
            new Rule("reaktion", SectionKind.RESPONSE),
            new Rule("rétablissement", SectionKind.RECOVERY),
            new Rule("recuperación", SectionKind.RECOVERY),
            new Rule("recuperação", SectionKind.RECOVERY),
            new Rule("wiederherstellung", SectionKind.RECOVERY),
            new Rule("cinq pourquoi", SectionKind.FIVE_WHYS),
            new Rule("cinco porqués", SectionKind.FIVE_WHYS),
            new Rule("cinco porquês", SectionKind.FIVE_WHYS),
            new Rule("fünf warum", SectionKind.FIVE_WHYS),
            new Rule("ablauf", SectionKind.TIMELINE),
            new Rule("przebieg", SectionKind.TIMELINE),
            new Rule("cause racine", SectionKind.ROOT_CAUSE),
            new Rule("causes racines", SectionKind.ROOT_CAUSE),
            new Rule("cause première", SectionKind.ROOT_CAUSE),
            new Rule("causa raíz", SectionKind.ROOT_CAUSE),
            new Rule("causa raiz", SectionKind.ROOT_CAUSE),
            new Rule("causa principale", SectionKind.ROOT_CAUSE),
            new Rule("causa radice", SectionKind.ROOT_CAUSE),
            new Rule("grundursache", SectionKind.ROOT_CAUSE),
            new Rule("ursache", SectionKind.ROOT_CAUSE),
            new Rule("przyczyna", SectionKind.ROOT_CAUSE),
            new Rule("facteurs contributifs", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("factores contribuyentes", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("fatores contribuintes", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("fattori contribuenti", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("beitragende faktoren", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("plan d'action", SectionKind.ACTION_ITEMS),
            new Rule("actions correctives", SectionKind.ACTION_ITEMS),
            new Rule("acciones", SectionKind.ACTION_ITEMS),
            new Rule("ações", SectionKind.ACTION_ITEMS),
            new Rule("azioni", SectionKind.ACTION_ITEMS),
            new Rule("maßnahmen", SectionKind.ACTION_ITEMS),
            new Rule("działania", SectionKind.ACTION_ITEMS),
            new Rule("itens de ação", SectionKind.ACTION_ITEMS),
            new Rule("itens de acao", SectionKind.ACTION_ITEMS),
            new Rule("ações corretivas", SectionKind.ACTION_ITEMS),
            new Rule("plano de ação", SectionKind.ACTION_ITEMS),
            new Rule("ações de acompanhamento", SectionKind.ACTION_ITEMS),
            new Rule("ações de seguimento", SectionKind.ACTION_ITEMS),
            new Rule("acciones correctivas", SectionKind.ACTION_ITEMS),
            new Rule("elementos de acción", SectionKind.ACTION_ITEMS),
            new Rule("tareas de seguimiento", SectionKind.ACTION_ITEMS),
            new Rule("mesures correctives", SectionKind.ACTION_ITEMS),
            new Rule("actions de suivi", SectionKind.ACTION_ITEMS),
            new Rule("points d'action", SectionKind.ACTION_ITEMS),
            new Rule("actions à mener", SectionKind.ACTION_ITEMS),
            new Rule("lições aprendidas", SectionKind.LESSONS_LEARNED),
            new Rule("licoes aprendidas", SectionKind.LESSONS_LEARNED),
            new Rule("leçons apprises", SectionKind.LESSONS_LEARNED),
            new Rule("leçons tirées", SectionKind.LESSONS_LEARNED),
            new Rule("enseignements", SectionKind.LESSONS_LEARNED),
            new Rule("lecciones aprendidas", SectionKind.LESSONS_LEARNED),
            new Rule("lições", SectionKind.LESSONS_LEARNED),
            new Rule("gelernte lektionen", SectionKind.LESSONS_LEARNED),
            new Rule("erkenntnisse", SectionKind.LESSONS_LEARNED),
            new Rule("o que deu certo", SectionKind.WHAT_WENT_WELL),
            new Rule("o que correu bem", SectionKind.WHAT_WENT_WELL),
            new Rule("o que funcionou", SectionKind.WHAT_WENT_WELL),
            new Rule("ce qui a bien fonctionné", SectionKind.WHAT_WENT_WELL),
            new Rule("ce qui s'est bien passé", SectionKind.WHAT_WENT_WELL),
            new Rule("ce qui a fonctionné", SectionKind.WHAT_WENT_WELL),
            new Rule("lo que salió bien", SectionKind.WHAT_WENT_WELL),
            new Rule("qué salió bien", SectionKind.WHAT_WENT_WELL),
            new Rule("lo que funcionó", SectionKind.WHAT_WENT_WELL),
            new Rule("was gut lief", SectionKind.WHAT_WENT_WELL),
            new Rule("was lief gut", SectionKind.WHAT_WENT_WELL),
            new Rule("o que deu errado", SectionKind.WHAT_WENT_POORLY),
            new Rule("o que correu mal", SectionKind.WHAT_WENT_POORLY),
            new Rule("o que não funcionou", SectionKind.WHAT_WENT_POORLY),
            new Rule("ce qui a mal fonctionné", SectionKind.WHAT_WENT_POORLY),
            new Rule("ce qui s'est mal passé", SectionKind.WHAT_WENT_POORLY),
            new Rule("ce qui n'a pas fonctionné", SectionKind.WHAT_WENT_POORLY),
            new Rule("lo que salió mal", SectionKind.WHAT_WENT_POORLY),
            new Rule("qué salió mal", SectionKind.WHAT_WENT_POORLY),
            new Rule("lo que no funcionó", SectionKind.WHAT_WENT_POORLY),
            new Rule("was schlecht lief", SectionKind.WHAT_WENT_POORLY),
            new Rule("was lief schlecht", SectionKind.WHAT_WENT_POORLY),
            new Rule("detecção", SectionKind.DETECTION),
            new Rule("deteção", SectionKind.DETECTION),
            new Rule("deteccao", SectionKind.DETECTION),
            new Rule("détection", SectionKind.DETECTION),
            new Rule("detección", SectionKind.DETECTION),
            new Rule("erkennung", SectionKind.DETECTION),
            new Rule("metadados", SectionKind.METADATA),
            new Rule("métadonnées", SectionKind.METADATA),
            new Rule("metadatos", SectionKind.METADATA),
            new Rule("metadaten", SectionKind.METADATA),
            new Rule("sumário", SectionKind.SUMMARY),
            new Rule("sumario", SectionKind.SUMMARY),
            new Rule("resumo executivo", SectionKind.SUMMARY),
            new Rule("synthèse", SectionKind.SUMMARY),
            new Rule("résumé", SectionKind.SUMMARY),
            new Rule("resumen", SectionKind.SUMMARY),
            new Rule("resumo", SectionKind.SUMMARY),
            new Rule("riepilogo", SectionKind.SUMMARY),
            new Rule("sommario", SectionKind.SUMMARY),
            new Rule("zusammenfassung", SectionKind.SUMMARY),
            new Rule("podsumowanie", SectionKind.SUMMARY),
            new Rule("impacto", SectionKind.IMPACT),
            new Rule("impatto", SectionKind.IMPACT),
            new Rule("auswirkungen", SectionKind.IMPACT),
            new Rule("wpływ", SectionKind.IMPACT),
            new Rule("timeline", SectionKind.TIMELINE),
            new Rule("time line", SectionKind.TIMELINE),
            new Rule("incident timeline", SectionKind.TIMELINE),
            new Rule("detailed timeline", SectionKind.TIMELINE),
            new Rule("chronology", SectionKind.TIMELINE),
            new Rule("key moments", SectionKind.TIMELINE),
            new Rule("key times", SectionKind.TIMELINE),
            new Rule("key timestamps", SectionKind.TIMELINE),
            new Rule("key timings", SectionKind.TIMELINE),
            new Rule("key events", SectionKind.TIMELINE),
            new Rule("sequence of events", SectionKind.TIMELINE),
            new Rule("order of events", SectionKind.TIMELINE),
            new Rule("log of events", SectionKind.TIMELINE),
            // a log kept as the incident ran: "Incident log (CET)", "Response log", "Bridge log"
            new Rule("incident log", SectionKind.TIMELINE),
            new Rule("event log", SectionKind.TIMELINE),
            new Rule("events log", SectionKind.TIMELINE),
            new Rule("response log", SectionKind.TIMELINE),
            new Rule("activity log", SectionKind.TIMELINE),
            new Rule("running log", SectionKind.TIMELINE),
            new Rule("bridge log", SectionKind.TIMELINE),
            // an operations floor's own record: "Shift log extract", "Control room log", "Duty log"
            new Rule("shift log", SectionKind.TIMELINE),
            new Rule("shift notes", SectionKind.TIMELINE),
            new Rule("operations log", SectionKind.TIMELINE),
            new Rule("ops log", SectionKind.TIMELINE),
            new Rule("operator log", SectionKind.TIMELINE),
            new Rule("control room log", SectionKind.TIMELINE),
            new Rule("duty log", SectionKind.TIMELINE),
            new Rule("site log", SectionKind.TIMELINE),
            new Rule("logbook", SectionKind.TIMELINE),
            new Rule("how the night unfolded", SectionKind.TIMELINE),
            new Rule("how the day unfolded", SectionKind.TIMELINE),
            new Rule("how the morning unfolded", SectionKind.TIMELINE),
            new Rule("how the evening unfolded", SectionKind.TIMELINE),
            new Rule("how the incident unfolded", SectionKind.TIMELINE),
            new Rule("how events unfolded", SectionKind.TIMELINE),
            new Rule("how it unfolded", SectionKind.TIMELINE),
            new Rule("timeline of events", SectionKind.TIMELINE),
            // a review meeting's minutes and an interview's questions
            new Rule("timeline walk-through", SectionKind.TIMELINE),
            new Rule("timeline walkthrough", SectionKind.TIMELINE),
            new Rule("walk-through of the timeline", SectionKind.TIMELINE),
            new Rule("what is the sequence of events", SectionKind.TIMELINE),
            new Rule("what was the sequence of events", SectionKind.TIMELINE),
            new Rule("chat log", SectionKind.TIMELINE),
            // Italian: "Svolgimento" (how it unfolded), "Cronistoria"
            new Rule("svolgimento", SectionKind.TIMELINE), new Rule("cronistoria", SectionKind.TIMELINE),
            // a channel pasted under the summary: "### Teams export: #it-ops-incidents, Tue 2/17/2026", "## Chat (Teams, Sev1 thread)"
            new Rule("teams export", SectionKind.TIMELINE), new Rule("slack export", SectionKind.TIMELINE),
            new Rule("chat export", SectionKind.TIMELINE), new Rule("channel export", SectionKind.TIMELINE),
            new Rule("channel log", SectionKind.TIMELINE), new Rule("slack thread", SectionKind.TIMELINE),
            new Rule("teams thread", SectionKind.TIMELINE), new Rule("chat", SectionKind.TIMELINE),
            new Rule("chat log extract", SectionKind.TIMELINE),
            new Rule("chat transcript", SectionKind.TIMELINE),
            new Rule("slack log", SectionKind.TIMELINE),
            new Rule("when did it start", SectionKind.SUMMARY),
            new Rule("when did it actually start", SectionKind.SUMMARY),
            new Rule("account of the incident", SectionKind.SUMMARY),
            new Rule("when did we notice", SectionKind.DETECTION),
            new Rule("how did we notice", SectionKind.DETECTION),
            new Rule("when did we find out", SectionKind.DETECTION),
            new Rule("how did we find out", SectionKind.DETECTION),
            new Rule("how did we detect it", SectionKind.DETECTION),
            new Rule("who was paged", SectionKind.RESPONSE),
            new Rule("who got paged", SectionKind.RESPONSE),
            new Rule("what did we try first", SectionKind.RESPONSE),
            new Rule("what did we try", SectionKind.RESPONSE),
            new Rule("when did we know what the cause was", SectionKind.RESPONSE),
            new Rule("how did we find the cause", SectionKind.RESPONSE),
            new Rule("how did we get it back", SectionKind.RECOVERY),
            new Rule("how did we fix it", SectionKind.RECOVERY),
            new Rule("how was it fixed", SectionKind.RECOVERY),
            new Rule("how did we recover", SectionKind.RECOVERY),
            new Rule("how bad was it", SectionKind.IMPACT),
            new Rule("decisions and owners", SectionKind.ACTION_ITEMS),
            new Rule("commitments", SectionKind.ACTION_ITEMS),
            // a facilitated retrospective's close: "Agreements", "What will we change?", "Q: What have we agreed to do?"
            new Rule("agreements", SectionKind.ACTION_ITEMS), new Rule("agreed actions", SectionKind.ACTION_ITEMS),
            new Rule("what we agreed", SectionKind.ACTION_ITEMS), new Rule("what have we agreed", SectionKind.ACTION_ITEMS),
            new Rule("what will we change", SectionKind.ACTION_ITEMS), new Rule("what we will change", SectionKind.ACTION_ITEMS),
            new Rule("what we are changing", SectionKind.ACTION_ITEMS), new Rule("what are we changing", SectionKind.ACTION_ITEMS),
            new Rule("what we think contributed", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("what contributed", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("events", SectionKind.TIMELINE),
            new Rule("executive summary", SectionKind.SUMMARY),
            new Rule("incident summary", SectionKind.SUMMARY),
            new Rule("summary", SectionKind.SUMMARY),
            new Rule("overview", SectionKind.SUMMARY),
            new Rule("tl;dr", SectionKind.SUMMARY),
            new Rule("tldr", SectionKind.SUMMARY),
            new Rule("description", SectionKind.SUMMARY),
            new Rule("abstract", SectionKind.SUMMARY),
            new Rule("what happened", SectionKind.SUMMARY),
            new Rule("narrative", SectionKind.SUMMARY),
            new Rule("customer impact", SectionKind.IMPACT),
            new Rule("user impact", SectionKind.IMPACT),
            new Rule("business impact", SectionKind.IMPACT),
            new Rule("impact", SectionKind.IMPACT),
            new Rule("blast radius", SectionKind.IMPACT),
            new Rule("detection", SectionKind.DETECTION),
            new Rule("how was it detected", SectionKind.DETECTION),
            new Rule("how we found out", SectionKind.DETECTION),
            new Rule("response", SectionKind.RESPONSE),
            new Rule("how did we respond", SectionKind.RESPONSE),
            new Rule("how we responded", SectionKind.RESPONSE),
            new Rule("our response", SectionKind.RESPONSE),
            // an operations manager's plain headings: "What we did", "How it affected guests", "What we'll change"
            new Rule("what we did", SectionKind.RESPONSE),
            new Rule("what happens next", SectionKind.ACTION_ITEMS),
            // Chinese, Japanese and Korean section names (read within the heading: "三、时间线", "3. 타임라인 (KST)")
            new Rule("基本信息", SectionKind.METADATA), new Rule("故障信息", SectionKind.METADATA), new Rule("基本情報", SectionKind.METADATA),
            new Rule("기본 정보", SectionKind.METADATA),
            new Rule("概述", SectionKind.SUMMARY), new Rule("概要", SectionKind.SUMMARY), new Rule("摘要", SectionKind.SUMMARY),
            new Rule("개요", SectionKind.SUMMARY), new Rule("요약", SectionKind.SUMMARY),
            new Rule("影响", SectionKind.IMPACT), new Rule("影響", SectionKind.IMPACT), new Rule("영향", SectionKind.IMPACT),
            new Rule("时间线", SectionKind.TIMELINE), new Rule("时间轴", SectionKind.TIMELINE), new Rule("處理過程", SectionKind.TIMELINE),
            new Rule("处理过程", SectionKind.TIMELINE), new Rule("時系列", SectionKind.TIMELINE), new Rule("タイムライン", SectionKind.TIMELINE),
            new Rule("経緯", SectionKind.TIMELINE), new Rule("타임라인", SectionKind.TIMELINE), new Rule("경과", SectionKind.TIMELINE),
            new Rule("根因", SectionKind.ROOT_CAUSE), new Rule("根本原因", SectionKind.ROOT_CAUSE), new Rule("原因分析", SectionKind.ROOT_CAUSE),
            new Rule("原因", SectionKind.ROOT_CAUSE), new Rule("근본 원인", SectionKind.ROOT_CAUSE), new Rule("원인", SectionKind.ROOT_CAUSE),
            new Rule("暴露问题", SectionKind.CONTRIBUTING_FACTORS), new Rule("促成因素", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("寄与要因", SectionKind.CONTRIBUTING_FACTORS), new Rule("기여 요인", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("改进措施", SectionKind.ACTION_ITEMS), new Rule("改進措施", SectionKind.ACTION_ITEMS), new Rule("后续行动", SectionKind.ACTION_ITEMS),
            new Rule("行动项", SectionKind.ACTION_ITEMS), new Rule("再発防止策", SectionKind.ACTION_ITEMS), new Rule("再発防止", SectionKind.ACTION_ITEMS),
            new Rule("재발 방지", SectionKind.ACTION_ITEMS), new Rule("후속 조치", SectionKind.ACTION_ITEMS), new Rule("개선 사항", SectionKind.ACTION_ITEMS),
            new Rule("经验教训", SectionKind.LESSONS_LEARNED), new Rule("教訓", SectionKind.LESSONS_LEARNED), new Rule("교훈", SectionKind.LESSONS_LEARNED),
            new Rule("检测", SectionKind.DETECTION), new Rule("検知", SectionKind.DETECTION), new Rule("감지", SectionKind.DETECTION),
            // an incident tool's table of its milestones ("Started", "Detected", "Mitigated") with their times (exact only:
            // "Incident milestones (Berlin time)" beside a "Timeline (UTC)" is a summary of it on another clock)
            new Rule("milestones", SectionKind.TIMELINE),
            new Rule("how it affected", SectionKind.IMPACT),
            new Rule("what we'll change", SectionKind.ACTION_ITEMS),
            new Rule("who was affected", SectionKind.IMPACT),
            new Rule("who was impacted", SectionKind.IMPACT),
            new Rule("preliminary root cause", SectionKind.ROOT_CAUSE),
            new Rule("how are we making incidents like this less likely", SectionKind.ACTION_ITEMS),
            new Rule("what we're changing", SectionKind.ACTION_ITEMS),
            new Rule("what we are changing", SectionKind.ACTION_ITEMS),
            new Rule("what we're doing about it", SectionKind.ACTION_ITEMS),
            new Rule("what we are doing about it", SectionKind.ACTION_ITEMS),
            new Rule("what we will do", SectionKind.ACTION_ITEMS),
            new Rule("what we'll do", SectionKind.ACTION_ITEMS),
            new Rule("incident response", SectionKind.RESPONSE),
            new Rule("escalation", SectionKind.RESPONSE),
            new Rule("recovery", SectionKind.RECOVERY),
            new Rule("getting things back", SectionKind.RECOVERY),
            new Rule("getting back to normal", SectionKind.RECOVERY),
            new Rule("how we fixed it", SectionKind.RECOVERY),
            new Rule("how we recovered", SectionKind.RECOVERY),
            new Rule("restoring service", SectionKind.RECOVERY),
            new Rule("what made it worse", SectionKind.CONTRIBUTING_FACTORS),
            new Rule("what we're doing next", SectionKind.ACTION_ITEMS),
            new Rule("what we've changed", SectionKind.ACTION_ITEMS),
            new Rule("what we have changed", SectionKind.ACTION_ITEMS),
            new Rule("what we changed", SectionKind.ACTION_ITEMS),
            new Rule("things we're changing", SectionKind.ACTION_ITEMS),
            new Rule("things we are changing", SectionKind.ACTION_ITEMS),
            new Rule("what we're fixing", SectionKind.ACTION_ITEMS),
            new Rule("what we are fixing", SectionKind.ACTION_ITEMS),
            new Rule("what we are doing next", SectionKind.ACTION_ITEMS),
            new Rule("what's next", SectionKind.ACTION_ITEMS),
            new Rule("resolution", SectionKind.RECOVERY),
            new Rule("mitigation", SectionKind.RECOVERY),
            new Rule("resolution and recovery", SectionKind.RECOVERY),
            new Rule("metadata", SectionKind.METADATA),
            new Rule("incident metadata", SectionKind.METADATA),
            new Rule("incident details", SectionKind.METADATA),
            // a formal report's header block: "Document Control", "Report details"
            new Rule("document control", SectionKind.METADATA),
            new Rule("document information", SectionKind.METADATA),
            new Rule("document details", SectionKind.METADATA),
            new Rule("report details", SectionKind.METADATA),
            new Rule("report information", SectionKind.METADATA),
            new Rule("details", SectionKind.METADATA),
            new Rule("incident information", SectionKind.METADATA),
            new Rule("incident info", SectionKind.METADATA),
            new Rule("properties", SectionKind.METADATA),
            new Rule("incident properties", SectionKind.METADATA),
            new Rule("incident record", SectionKind.METADATA),
            new Rule("record fields", SectionKind.METADATA),
            new Rule("key facts", SectionKind.METADATA),
            new Rule("at a glance", SectionKind.METADATA),
            // plain headings for how the incident was noticed, handled and ended: "How we became aware", "Signals",
            // "Handling", "Back to normal", "Restoring the service"
            new Rule("how we became aware", SectionKind.DETECTION),
            new Rule("how we noticed", SectionKind.DETECTION),
            new Rule("how it was noticed", SectionKind.DETECTION),
            new Rule("signals", SectionKind.DETECTION),
            new Rule("handling", SectionKind.RESPONSE),
            new Rule("back to normal", SectionKind.RECOVERY),
            new Rule("restoring the service", SectionKind.RECOVERY),
            new Rule("service restoration", SectionKind.RECOVERY),
            new Rule("recommendations", SectionKind.ACTION_ITEMS),
            new Rule("appendix", SectionKind.APPENDIX),
            new Rule("references", SectionKind.APPENDIX),
            new Rule("links", SectionKind.APPENDIX),
            new Rule("supporting information", SectionKind.APPENDIX),
            new Rule("supporting material", SectionKind.APPENDIX));

    /** Headings like "Timeline" get their kind; ones like "Date: 2026-02-12" are metadata lines, not sections. */
    private static final Map<String, SectionKind> EXACT_ONLY = Map.ofEntries(
            Map.entry("events", SectionKind.TIMELINE), Map.entry("milestones", SectionKind.TIMELINE), Map.entry("details", SectionKind.METADATA), Map.entry("cause", SectionKind.ROOT_CAUSE),
            Map.entry("causes", SectionKind.ROOT_CAUSE), Map.entry("actions", SectionKind.ACTION_ITEMS), Map.entry("tasks", SectionKind.ACTION_ITEMS),
            Map.entry("description", SectionKind.SUMMARY), Map.entry("factors", SectionKind.CONTRIBUTING_FACTORS),
            Map.entry("improvements", SectionKind.ACTION_ITEMS), Map.entry("lessons", SectionKind.LESSONS_LEARNED),
            // a short draft's one-word headings: "## Why", "## Fixes", "## Good stuff"
            Map.entry("why", SectionKind.ROOT_CAUSE), Map.entry("fixes", SectionKind.ACTION_ITEMS),
            Map.entry("good stuff", SectionKind.WHAT_WENT_WELL), Map.entry("bad stuff", SectionKind.WHAT_WENT_POORLY),
            Map.entry("learnt", SectionKind.LESSONS_LEARNED), Map.entry("learned", SectionKind.LESSONS_LEARNED),
            Map.entry("measures", SectionKind.ACTION_ITEMS), Map.entry("signals", SectionKind.DETECTION), Map.entry("handling", SectionKind.RESPONSE),
            // minutes' "## Chat log", not a paragraph's "From the chat log (#inc-originals, CEST):" before some quotes
            // a hurried note's "AIs:" over its action items
            Map.entry("ais", SectionKind.ACTION_ITEMS), Map.entry("ai's", SectionKind.ACTION_ITEMS),
            Map.entry("chat", SectionKind.TIMELINE), Map.entry("chat log", SectionKind.TIMELINE),
            // a retrospective's "Agreements", not a contract's "Service Level Agreements"
            Map.entry("agreements", SectionKind.ACTION_ITEMS), Map.entry("chat log extract", SectionKind.TIMELINE),
            Map.entry("chat transcript", SectionKind.TIMELINE), Map.entry("slack log", SectionKind.TIMELINE));

    /**
     * Headings that start like a section but are not one: a README's "Contributing" (how to
     * send a patch) is not "Contributing factors"; a label written with its colon
     * ("Contributing:" over a list) is.
     */
    private static final Set<String> NOT_SECTIONS = Set.of("contributing", "contributing guide",
            "contributing guidelines", "how to contribute");

    private SectionCatalog() {
    }

    /** The heading reduced for matching: lower case, no numbering, emoji, punctuation or remarks in brackets. */
    static String normalise(String heading) {
        String h = heading.toLowerCase(Locale.ROOT).replace('’', '\'').replace('–', '-').replace('—', '-');
        h = NOISE.matcher(h).replaceAll(" ");
        h = SPACES.matcher(h).replaceAll(" ").strip();
        h = NUMBERING.matcher(h).replaceFirst("");
        h = CJK_NUMBERING.matcher(h).replaceFirst("");
        h = FIRST_PERSON.matcher(h).replaceAll(m -> FIRST_PERSON_PLURAL.get(m.group()));
        h = ASKED_YOU.matcher(h).replaceAll("$1 we");
        h = ARTICLE.matcher(h).replaceFirst("");
        h = TRAILING.matcher(h).replaceFirst("");
        return h.strip();
    }

    /** Headings repeat across a corpus: their kinds are remembered (a bounded cache). */
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<SectionKind>> KNOWN =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KNOWN_MAX = 10_000;

    /** The canonical kind of a heading, if it is one we know. */
    public static Optional<SectionKind> kindOf(String heading) {
        Optional<SectionKind> known = KNOWN.get(heading);
        if (known != null) {
            return known;
        }
        Optional<SectionKind> kind = classify(heading);
        if (KNOWN.size() >= KNOWN_MAX) {
            KNOWN.clear();
        }
        KNOWN.put(heading, kind);
        return kind;
    }

    private static Optional<SectionKind> classify(String heading) {
        java.util.regex.Matcher bracket = BRACKETED.matcher(heading);
        if (bracket.find()) {
            // "Why it happened (contributing factors)": the bracket names the section
            Optional<SectionKind> named = classify(bracket.group(1));
            if (named.isPresent() && named.get() != SectionKind.METADATA) {
                return named;
            }
        }
        String h = normalise(heading);
        if (h.isEmpty() || h.length() > 80 || NOT_SECTIONS.contains(h) && !heading.strip().endsWith(":")) {
            return Optional.empty();
        }
        if (h.contains(" - ")) {
            // "What happened — timeline": a heading that names the timeline as one of its parts holds it
            for (String part : h.split(" - ")) {
                if (!part.isBlank() && !part.equals(h) && classify(part).filter(SectionKind.TIMELINE::equals).isPresent()) {
                    return Optional.of(SectionKind.TIMELINE);
                }
            }
        }
        if (h.contains(" and ")) {
            // "Shift notes and sequence", "Detection and timeline": a heading that names the timeline as one of its parts holds it
            for (String part : h.split(" and ")) {
                if (!part.isBlank() && classify(part).filter(SectionKind.TIMELINE::equals).isPresent()) {
                    return Optional.of(SectionKind.TIMELINE);
                }
            }
        }
        java.util.regex.Matcher annex = ANNEX.matcher(h);
        if (annex.matches()) {
            Optional<SectionKind> part = classify(annex.group(1)); // "Annex A – Actions", "Appendix 2 - Timeline": the part names its section
            if (part.isPresent()) {
                return part;
            }
        }
        if (h.contains(" / ")) {
            // "Actions préventives / Preventive Actions": a heading in two languages names its section in one of them
            for (String part : h.split(" / ")) {
                Optional<SectionKind> kind = part.isBlank() ? Optional.empty() : classify(part);
                if (kind.isPresent()) {
                    return kind;
                }
            }
        }
        for (Rule r : RULES) {
            if (EXACT_ONLY.containsKey(r.phrase())) {
                if (h.equals(r.phrase())) {
                    return Optional.of(r.kind());
                }
                continue;
            }
            if (h.equals(r.phrase()) || startsWithWord(h, r.phrase())
                    || (r.phrase().length() >= 8 && endsWithWord(h, r.phrase()) && h.split(" ").length <= r.phrase().split(" ").length + 2)) {
                return Optional.of(r.kind());
            }
        }
        if (h.codePoints().anyMatch(OtherLanguages::isCjk)) {
            // a Chinese, Japanese or Korean heading holds its section's name anywhere ("故障时间线", "3. 타임라인 (KST)")
            for (Rule r : RULES) {
                if (r.phrase().codePoints().anyMatch(OtherLanguages::isCjk) && h.contains(r.phrase())) {
                    return Optional.of(r.kind());
                }
            }
        }
        if (PROLONGED_OR_UNCAUGHT.matcher(h).lookingAt()) {
            return Optional.of(SectionKind.CONTRIBUTING_FACTORS);
        }
        if (TOLD_AS_A_STORY.matcher(h).matches()) {
            return Optional.of(SectionKind.TIMELINE);
        }
        return misspelt(h);
    }

    /** The templates' own section names, which a hurried writer mistypes ("Timline", "Action Itmes", "Root Casue"). */
    private static final Map<String, SectionKind> TEMPLATE_NAMES = Map.ofEntries(
            Map.entry("timeline", SectionKind.TIMELINE), Map.entry("action items", SectionKind.ACTION_ITEMS),
            Map.entry("root cause", SectionKind.ROOT_CAUSE), Map.entry("root causes", SectionKind.ROOT_CAUSE),
            Map.entry("contributing factors", SectionKind.CONTRIBUTING_FACTORS), Map.entry("lessons learned", SectionKind.LESSONS_LEARNED),
            Map.entry("summary", SectionKind.SUMMARY), Map.entry("executive summary", SectionKind.SUMMARY),
            Map.entry("detection", SectionKind.DETECTION), Map.entry("resolution", SectionKind.RECOVERY),
            Map.entry("corrective actions", SectionKind.ACTION_ITEMS), Map.entry("follow-ups", SectionKind.ACTION_ITEMS),
            Map.entry("what went well", SectionKind.WHAT_WENT_WELL), Map.entry("what went wrong", SectionKind.WHAT_WENT_POORLY),
            Map.entry("what went poorly", SectionKind.WHAT_WENT_POORLY), Map.entry("metadata", SectionKind.METADATA));

    /**
     * A template's section name mistyped: one letter wrong, missing, extra or two letters swapped
     * (two in a name of 12 letters or more), in a name of 6 letters at least.
     */
    private static Optional<SectionKind> misspelt(String h) {
        if (h.length() < 6 || h.length() > 24) {
            return Optional.empty();
        }
        for (Map.Entry<String, SectionKind> e : TEMPLATE_NAMES.entrySet()) {
            String name = e.getKey();
            int allowed = name.length() >= 12 ? 2 : 1;
            if (name.length() >= 6 && Math.abs(name.length() - h.length()) <= allowed && typos(h, name, allowed) <= allowed) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The edits (a letter changed, added, dropped or two swapped) from {@code a} to {@code b}, counted up to {@code most} + 1. */
    static int typos(String a, String b, int most) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > most) {
                return most + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    /** Whether {@code h} opens with {@code phrase} and a space or a hyphen after it: {@code h.startsWith(phrase + " ")} without building the string. */
    private static boolean startsWithWord(String h, String phrase) {
        int n = phrase.length();
        return h.length() > n && (h.charAt(n) == ' ' || h.charAt(n) == '-') && h.startsWith(phrase);
    }

    /** Whether {@code h} ends with {@code phrase} after a space. */
    private static boolean endsWithWord(String h, String phrase) {
        int n = phrase.length();
        return h.length() > n && h.charAt(h.length() - n - 1) == ' ' && h.endsWith(phrase);
    }

    /**
     * A public report's own question for what let the fault through or drew the outage out: "Why it
     * took an hour to recover", "Why our safeguards didn't catch it", "What allowed this to happen",
     * "Why one region's problem became everyone's problem". (What caused it is the root cause.)
     */
    private static final Pattern PROLONGED_OR_UNCAUGHT = Pattern.compile(
            "(?:why\\b(?=.*\\b(?:took|lasted|so long|as long|longer|slow|got this far|went this far|got past|slipped through|didn't catch|did not catch|wasn't caught|was not caught|weren't caught|"
                    + "not caught|missed|miss it|became|spread|escalated|got worse|worse)\\b)"
                    + "|what (?:allowed|let|enabled) (?:this|it)\\b|what made (?:this|it) possible\\b|factors that (?!contributed)\\w)");

    /** A public report's story of the response: "How the night went", "How Monday morning went", "How the weekend played out". */
    private static final Pattern TOLD_AS_A_STORY = Pattern.compile(
            "how (?:the |our |that )?(?:[\\w']+ )?(?:night|day|morning|afternoon|evening|weekend|incident|outage|response|launch|release|rollout|migration|it|things) "
                    + "(?:went|unfolded|played out|developed|went down|progressed)");

    /**
     * Whether a heading asks what let the fault through or drew the outage out ("Why it wasn't
     * caught") rather than naming the contributing factors: beside a section that names them, its
     * prose is no second list of factors.
     */
    static boolean asksWhatProlonged(String heading) {
        return kindOf(heading).filter(SectionKind.CONTRIBUTING_FACTORS::equals).isPresent()
                && PROLONGED_OR_UNCAUGHT.matcher(normalise(heading)).lookingAt();
    }
}
