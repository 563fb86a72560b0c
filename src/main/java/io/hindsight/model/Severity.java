package io.hindsight.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SEV1 (worst) .. SEV4. P1..P4 and Critical/Major/Moderate/Minor map onto the same scale. */
public enum Severity {
    SEV1, SEV2, SEV3, SEV4;

    /** A service-desk priority: "2 - High", "1 – Critical", "3: Moderate". */
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern NUMBERED_LABEL = Pattern.compile("^[1-4]\\s*[-\u2013\u2014:.)]\\s*[a-z]");
    private static final Pattern LEVEL = Pattern.compile("(?<![\\p{L}\\d])(?:sev|severity|p|priority|s"
            // "Sévérité 2 (Majeur)", "Severidade 2", "Schweregrad 1", "Priorité 3"
            + "|sévérité|severite|severidad|severidade|gravité|gravidade|schweregrad|priorité|prioridad|prioridade|priorität|prio|stufe|störungsstufe|stoerungsstufe|poziom|priorytet|livello|nivel|nível|niveau|grade)"
            + "(?:[\\s\\-_:]*level)?[\\s\\-_:]*([0-4])\\b");

    /**
     * A grade as Chinese, Japanese and Korean teams write it: "二级故障", "P1级", "2등급", "レベル3", "重大度 2".
     * A grade numeral, Chinese (一 to 四) or Arabic, before 级 or 등급, or after レベル.
     */
    private static final Pattern CJK_LEVEL = Pattern.compile("([一二三四1-4])\\s*(?:级|級|등급)|(?:レベル|等级|等級|级别|級別|重大度|深刻度|등급)\\s*[:：]?\\s*([1-4一二三四])");

    /** Reads a severity as people write it; empty when the text names none. SEV0/P0 count as SEV1. */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT).trim();
        Matcher m = LEVEL.matcher(t);
        if (m.find()) {
            int level = Math.max(1, Integer.parseInt(m.group(1)));
            return Optional.of(values()[level - 1]);
        }
        Matcher cjk = CJK_LEVEL.matcher(t);
        if (cjk.find()) {
            String n = cjk.group(1) != null ? cjk.group(1) : cjk.group(2);
            int level = "一二三四".indexOf(n.charAt(0)) >= 0 ? "一二三四".indexOf(n.charAt(0)) + 1 : n.charAt(0) - '0';
            return Optional.of(values()[level - 1]);
        }
        // "Major (our scale: Minor / Major / Critical)", "1 (kritisch)": the grade given, not the words explaining it beside it
        String outside = BRACKETED.matcher(t).replaceAll("").trim();
        if (!outside.isEmpty()) {
            t = outside;
        }
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '4' || NUMBERED_LABEL.matcher(t).find()) {
            return Optional.of(values()[t.charAt(0) - '1']);
        }
        // and the same words in the writer's own language: "Kritisch", "Crítico", "Majeur", "Mittel", "Gering", "Kritisk", "Høy",
        // "Krytyczny", "Vysoká", "Kohtalainen", "Matala"
        if (t.contains("critical") || t.contains("blocker") || t.startsWith("kritisch") || t.startsWith("crítico") || t.startsWith("critico")
                || t.startsWith("crítica") || t.startsWith("critique") || t.startsWith("critico") || t.startsWith("kritisk")
                || t.startsWith("krytyczn") || t.startsWith("kritick") || t.startsWith("kriittinen")) {
            return Optional.of(SEV1);
        }
        if (t.contains("major") || t.startsWith("high") || t.startsWith("hoch") || t.startsWith("majeur") || t.startsWith("alto")
                || t.startsWith("alta") || t.startsWith("élevé") || t.startsWith("grave") || t.startsWith("mayor") || t.startsWith("maggiore")
                || t.startsWith("hög") || t.startsWith("høy") || t.startsWith("høj") || t.startsWith("allvarlig") || t.startsWith("alvorlig")
                || t.startsWith("wysok") || t.startsWith("poważn") || t.startsWith("vysok") || t.startsWith("závažn") || t.startsWith("korkea")
                || t.startsWith("vakava")) {
            return Optional.of(SEV2);
        }
        if (t.contains("moderate") || t.contains("medium") || t.startsWith("mittel") || t.startsWith("modéré") || t.startsWith("modere")
                || t.startsWith("medio") || t.startsWith("media") || t.startsWith("moderad") || t.startsWith("moderat")
                || t.startsWith("medel") || t.startsWith("middels") || t.startsWith("mellem") || t.startsWith("średni") || t.startsWith("střední")
                || t.startsWith("kohtalainen") || t.startsWith("keskitaso")) {
            return Optional.of(SEV3);
        }
        if (t.contains("minor") || t.startsWith("low") || t.startsWith("gering") || t.startsWith("niedrig") || t.startsWith("mineur")
                || t.startsWith("menor") || t.startsWith("bajo") || t.startsWith("baja") || t.startsWith("faible") || t.startsWith("minore")
                || t.startsWith("bassa") || t.startsWith("basso") || t.startsWith("låg") || t.startsWith("lav") || t.startsWith("mindre")
                || t.startsWith("nisk") || t.startsWith("nízk") || t.startsWith("drobn") || t.startsWith("matala") || t.startsWith("vähäinen")) {
            return Optional.of(SEV4);
        }
        return Optional.empty();
    }

    /** 1 for SEV1 .. 4 for SEV4. */
    public int level() {
        return ordinal() + 1;
    }
}
