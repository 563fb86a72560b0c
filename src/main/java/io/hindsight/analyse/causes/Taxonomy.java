package io.hindsight.analyse.causes;

import io.hindsight.text.TermExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The named themes recurring causes are mapped to. {@link #builtIn()} reflects how SRE
 * organisations classify causes (resource {@code taxonomy.yaml} beside this class, which also
 * documents the format); {@link #load(Path)} reads a replacement in YAML or JSON (JSON is read
 * as YAML). Validation is strict and reports every problem at once: unknown keys, missing or
 * malformed ids, duplicate ids, missing names, empty keyword lists, keywords made only of stop
 * words. The theme {@value Theme#OTHER} is always present (added when a file leaves it out).
 */
public final class Taxonomy {
    private static final String RESOURCE = "taxonomy.yaml";
    private static final Set<String> TOP_KEYS = Set.of("version", "themes");
    private static final Set<String> THEME_KEYS = Set.of("id", "name", "description", "keywords", "investment");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final int MAX_BYTES = 1 << 20;

    private static volatile Taxonomy builtIn;

    private final List<Theme> themes;
    private final Map<String, Theme> byId;
    private final String text;

    private Taxonomy(List<Theme> themes, String text) {
        this.themes = List.copyOf(themes);
        this.text = text;
        Map<String, Theme> map = new LinkedHashMap<>();
        for (Theme t : this.themes) {
            map.put(t.id(), t);
        }
        this.byId = map;
    }

    /** The built-in taxonomy. */
    public static Taxonomy builtIn() {
        Taxonomy t = builtIn;
        if (t == null) {
            try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                t = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + RESOURCE);
            } catch (IOException | TaxonomyException e) {
                throw new IllegalStateException("the built-in taxonomy is broken: " + e.getMessage(), e);
            }
            builtIn = t;
        }
        return t;
    }

    /** Reads a taxonomy file, YAML or JSON. */
    public static Taxonomy load(Path file) throws TaxonomyException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new TaxonomyException(name, List.of(Files.exists(file) ? "not a regular file" : "no such file"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new TaxonomyException(name, List.of("larger than " + MAX_BYTES + " bytes"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TaxonomyException(name, List.of("cannot read: " + e.getMessage()));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TaxonomyException(name, List.of("not UTF-8 text"));
        }
        return parse(text, name);
    }

    /** Parses taxonomy text (YAML or JSON); {@code source} names it in error messages. */
    public static Taxonomy parse(String text, String source) throws TaxonomyException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(10);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(text.replace('\t', ' '));
        } catch (YAMLException e) {
            throw new TaxonomyException(source, List.of("not valid YAML or JSON: " + oneLine(e.getMessage())));
        }
        List<String> problems = new ArrayList<>();
        List<Theme> themes = validate(root, problems);
        if (!problems.isEmpty()) {
            throw new TaxonomyException(source, problems);
        }
        return new Taxonomy(themes, text);
    }

    /** The text it was read from: {@link #parse} gives it back (in a Spark executor, say). */
    public String text() {
        return text;
    }

    /** The themes in file order, {@value Theme#OTHER} last unless the file placed it. */
    public List<Theme> themes() {
        return themes;
    }

    /** The theme with this id. */
    public Optional<Theme> theme(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The catch-all theme. */
    public Theme other() {
        return byId.get(Theme.OTHER);
    }

    @Override
    public String toString() {
        return "Taxonomy" + byId.keySet();
    }

    private static List<Theme> validate(Object root, List<String> problems) {
        if (!(root instanceof Map<?, ?> top)) {
            problems.add("the top level must be a mapping with a 'themes' list, got "
                    + (root == null ? "an empty document" : describe(root)));
            return List.of();
        }
        for (Object key : top.keySet()) {
            if (!TOP_KEYS.contains(String.valueOf(key))) {
                problems.add("unknown top-level key '" + key + "' (allowed: version, themes)");
            }
        }
        if (top.containsKey("version") && !Integer.valueOf(1).equals(top.get("version"))) {
            problems.add("unsupported version " + top.get("version") + " (this Hindsight reads version 1)");
        }
        Object list = top.get("themes");
        if (!(list instanceof List<?> entries)) {
            problems.add(list == null ? "missing 'themes' list" : "'themes' must be a list, got " + describe(list));
            return List.of();
        }
        if (entries.isEmpty()) {
            problems.add("'themes' is empty");
        }
        List<Theme> themes = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        try (TermExtractor extractor = TermExtractor.builtIn()) {
            for (int i = 0; i < entries.size(); i++) {
                Theme theme = theme(entries.get(i), "themes[" + i + "]", ids, extractor, problems);
                if (theme != null) {
                    themes.add(theme);
                }
            }
        }
        if (!ids.contains(Theme.OTHER)) {
            themes.add(new Theme(Theme.OTHER, "Other", "Causes that fit no other theme.", List.of(), Optional.empty()));
        }
        return themes;
    }

    private static Theme theme(Object entry, String where, Set<String> ids, TermExtractor extractor,
            List<String> problems) {
        if (!(entry instanceof Map<?, ?> map)) {
            problems.add(where + " must be a mapping, got " + describe(entry));
            return null;
        }
        int before = problems.size();
        Object rawId = map.get("id");
        String id = rawId instanceof String s ? s.trim() : null;
        String at = id == null || id.isEmpty() ? where : where + " (id '" + id + "')";
        if (rawId == null) {
            problems.add(where + ": missing 'id'");
        } else if (id == null || !ID.matcher(id).matches()) {
            problems.add(where + ": id " + (rawId instanceof String ? "'" + rawId + "'" : describe(rawId))
                    + " must be lower-case letters, digits, '-' or '_', starting with a letter");
        } else if (!ids.add(id)) {
            problems.add(at + ": duplicate id '" + id + "'");
        }
        for (Object key : map.keySet()) {
            if (!THEME_KEYS.contains(String.valueOf(key))) {
                problems.add(at + ": unknown key '" + key + "' (allowed: id, name, description, keywords, investment)");
            }
        }
        String name = text(map, "name", at, true, problems);
        String description = text(map, "description", at, false, problems);
        String investment = text(map, "investment", at, false, problems);
        List<String> keywords = keywords(map.get("keywords"), at, Theme.OTHER.equals(id), extractor, problems);
        if (problems.size() > before) {
            return null;
        }
        return new Theme(id, name, description == null ? "" : description, keywords,
                Optional.ofNullable(investment).filter(s -> !s.isEmpty()));
    }

    private static String text(Map<?, ?> map, String key, String at, boolean required, List<String> problems) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problems.add(at + ": missing '" + key + "'");
            }
            return null;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            problems.add(at + ": '" + key + "' must be non-empty text, got " + describe(value));
            return null;
        }
        return s.strip();
    }

    private static List<String> keywords(Object value, String at, boolean isOther, TermExtractor extractor,
            List<String> problems) {
        if (value == null) {
            if (!isOther) {
                problems.add(at + ": missing 'keywords'");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problems.add(at + ": 'keywords' must be a list, got " + describe(value));
            return List.of();
        }
        if (list.isEmpty() && !isOther) {
            problems.add(at + ": 'keywords' is empty");
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int k = 0; k < list.size(); k++) {
            Object item = list.get(k);
            if (!(item instanceof String s) || s.isBlank()) {
                problems.add(at + ": keywords[" + k + "] must be non-empty text, got " + describe(item));
                continue;
            }
            String keyword = s.strip();
            if (extractor.analyze(keyword).words().isEmpty()) {
                problems.add(at + ": keyword '" + keyword + "' is only stop words or numbers, it can never match");
                continue;
            }
            if (seen.add(keyword.toLowerCase(Locale.ROOT))) {
                out.add(keyword);
            }
        }
        return out;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing (YAML reads null, ~ and an empty value as nothing: quote the word)";
        }
        if (value instanceof Boolean) {
            return "boolean '" + value + "' (YAML reads yes, no, on, off, true, false as booleans: quote the word)";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        return value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " '" + value + "'";
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
