package io.hindsight.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --redact-people}: replaces people's names with stable pseudonyms ({@code person-1},
 * {@code person-2}, ...) in every string the report shows.
 *
 * <p>Who is a person: everyone {@link io.hindsight.analyse.Review#people()} lists (author,
 * participant and owner fields). A handle ({@code @sarah}, {@code @nokafor}) joins the name it
 * abbreviates when exactly one known name fits (first name, last name, first+last,
 * first.last, initial+last, ...); otherwise it is a person of its own. Pseudonyms are numbered
 * in the sorted order of each person's canonical name (the full name when known), so the same
 * corpus always gives the same numbers.
 *
 * <p>What is replaced: full names; a known person's first or last name on its own (capitalised,
 * three letters or more) when it belongs to one known person only, else {@code [person]};
 * known handles; any other {@code @handle}; e-mail addresses (the person's pseudonym when the
 * local part fits a known person, else {@code [email]}).
 */
public final class Redactor {
    private static final Redactor NONE = new Redactor(Map.of(), null, false);
    private static final String HANDLE = "(?<![\\p{L}\\p{N}_.@-])@[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*(?<![._-])";
    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}._%+-]+)@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern ANY_HANDLE = Pattern.compile(HANDLE);

    private final Map<String, String> exact;       // lower-cased name or handle -> pseudonym
    private final Pattern pattern;
    private final boolean active;
    private final Map<String, String> byLocalPart = new HashMap<>();

    private Redactor(Map<String, String> exact, Pattern pattern, boolean active) {
        this.exact = exact;
        this.pattern = pattern;
        this.active = active;
    }

    /** Leaves text as it is. */
    public static Redactor none() {
        return NONE;
    }

    public static Redactor of(List<String> people) {
        List<String> names = new ArrayList<>();
        List<String> handles = new ArrayList<>();
        for (String p : people) {
            String s = p.strip();
            if (!looksLikePerson(s)) {
                continue;
            }
            if (s.startsWith("@")) {
                handles.add(s);
            } else if (!s.contains("@")) {
                names.add(s);
            }
        }
        // a person is a full name, or a handle no single name explains
        Map<String, List<String>> persons = new HashMap<>();   // canonical -> spellings
        for (String n : names) {
            persons.computeIfAbsent(n, k -> new ArrayList<>()).add(n);
        }
        for (String h : handles) {
            Optional<String> owner = ownerOf(h.substring(1), names);
            persons.computeIfAbsent(owner.orElse(h), k -> new ArrayList<>()).add(h);
        }
        List<String> canonical = new ArrayList<>(persons.keySet());
        canonical.sort(Comparator.comparing((String s) -> key(s.startsWith("@") ? s.substring(1) : s))
                .thenComparing(Comparator.naturalOrder()));
        Map<String, String> exact = new LinkedHashMap<>();
        Map<String, List<String>> tokenOwners = new HashMap<>();
        for (int i = 0; i < canonical.size(); i++) {
            String pseudonym = "person-" + (i + 1);
            String c = canonical.get(i);
            for (String spelling : persons.get(c)) {
                exact.put(spelling.toLowerCase(Locale.ROOT), pseudonym);
            }
            if (!c.startsWith("@")) {
                for (String token : c.split("[\\s]+")) {
                    if (token.codePointCount(0, token.length()) >= 3 && Character.isUpperCase(token.codePointAt(0))) {
                        tokenOwners.computeIfAbsent(token, k -> new ArrayList<>()).add(pseudonym);
                    }
                }
            }
        }
        List<String> alternatives = new ArrayList<>();
        exact.keySet().forEach(k -> alternatives.add(k));
        Map<String, String> all = new HashMap<>(exact);
        tokenOwners.forEach((token, owners) -> {
            String lower = token.toLowerCase(Locale.ROOT);
            if (!all.containsKey(lower)) {
                all.put("\u0000" + token, owners.stream().distinct().count() == 1 ? owners.get(0) : "[person]");
                alternatives.add("\u0000" + token);
            }
        });
        alternatives.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder regex = new StringBuilder();
        for (String a : alternatives) {
            if (regex.length() > 0) {
                regex.append('|');
            }
            if (a.startsWith("\u0000")) {
                // a bare first or last name: case-sensitive, whole word
                regex.append("(?-i:").append(Pattern.quote(a.substring(1))).append(')');
            } else {
                regex.append(Pattern.quote(a));
            }
        }
        Pattern p = alternatives.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}_@.-])(?:" + regex + ")(?![\\p{L}\\p{N}_-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Redactor r = new Redactor(all, p, true);
        for (String c : canonical) {
            String pseudonym = exact.get(persons.get(c).get(0).toLowerCase(Locale.ROOT));
            if (!c.startsWith("@")) {
                for (String local : localParts(c)) {
                    r.byLocalPart.putIfAbsent(local, pseudonym);
                }
            }
            for (String spelling : persons.get(c)) {
                if (spelling.startsWith("@")) {
                    r.byLocalPart.putIfAbsent(norm(spelling.substring(1)), pseudonym);
                }
            }
        }
        return r;
    }

    public boolean active() {
        return active;
    }

    /** The text with every person replaced; unchanged when redaction is off. */
    public String apply(String text) {
        if (!active || text == null || text.isEmpty()) {
            return text;
        }
        Matcher e = EMAIL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (e.find()) {
            String pseudonym = byLocalPart.getOrDefault(norm(e.group(1)), "[email]");
            e.appendReplacement(out, Matcher.quoteReplacement(pseudonym));
        }
        e.appendTail(out);
        String s = out.toString();
        if (pattern != null) {
            Matcher m = pattern.matcher(s);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String found = m.group();
                String pseudonym = exact.get(found.toLowerCase(Locale.ROOT));
                if (pseudonym == null) {
                    pseudonym = exact.getOrDefault("\u0000" + found, "[person]");
                }
                m.appendReplacement(b, Matcher.quoteReplacement(pseudonym));
            }
            m.appendTail(b);
            s = b.toString();
        }
        Matcher h = ANY_HANDLE.matcher(s);
        StringBuilder b = new StringBuilder();
        while (h.find()) {
            String found = h.group();
            String replacement = exact.get(found.toLowerCase(Locale.ROOT));
            if (replacement == null) {
                replacement = looksLikePerson(found) ? "[person]" : found;
            }
            h.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        h.appendTail(b);
        return b.toString();
    }

    private static final String WORD = "(?:\\p{Lu}[\\p{L}'\u2019.-]*\\p{Ll}[\\p{L}'\u2019.-]*|\\p{Lu}\\.)";
    private static final String PARTICLE = "(?:van|von|der|den|de|da|di|del|della|la|le|du|bin|al|dos|das|ter|ten)";
    private static final Pattern PERSONAL_NAME = Pattern.compile(
            WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + WORD + "){0,3}");
    private static final Pattern TEAM_WORD = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:team|squad|group|guild|on-?call|rotation|"
            + "platform|infra|infrastructure|engineering|ops|devops|sre|dba|support|security|backend|frontend|here|channel|"
            + "everyone|all|owners?|tbd|unassigned|none|n/a)(?:$|[^\\p{L}])");

    /**
     * Whether a people-field entry names a person rather than a team or a placeholder:
     * "Sarah Chen", "Tomás O'Brien", "@nokafor" yes; "SRE team", "@payments-team", "Platform",
     * "TBD", "@here" no. Teams are not pseudonymised (they are not people, and their names
     * carry meaning for the reader).
     */
    static boolean looksLikePerson(String entry) {
        String s = entry.strip();
        if (TEAM_WORD.matcher(s.startsWith("@") ? s.substring(1) : s).find()) {
            return false;
        }
        if (s.startsWith("@")) {
            return s.length() > 2;
        }
        return PERSONAL_NAME.matcher(s).matches();
    }

    /** The single known name a handle abbreviates, if exactly one fits. */
    static Optional<String> ownerOf(String handle, List<String> names) {
        String h = norm(handle);
        List<String> fits = new ArrayList<>();
        for (String n : names) {
            if (localParts(n).contains(h)) {
                fits.add(n);
            }
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** The handles and e-mail local parts a name is commonly abbreviated to, normalised. */
    static List<String> localParts(String name) {
        String[] t = name.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        if (t.length == 0 || t[0].isEmpty()) {
            return out;
        }
        String first = norm(t[0]);
        String last = norm(t[t.length - 1]);
        out.add(first);
        if (t.length > 1) {
            out.add(last);
            out.add(first + last);
            out.add(first.charAt(0) + last);
            out.add(first + last.charAt(0));
            out.add(last + first);
        }
        return out;
    }

    /** Lower case, accents stripped, only letters and digits: "Tomás O'Brien" -> "tomasobrien". */
    static String norm(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
