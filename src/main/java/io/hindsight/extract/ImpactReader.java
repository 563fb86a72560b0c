package io.hindsight.extract;

import io.hindsight.ingest.Block;
import io.hindsight.model.Impact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the impact figures from an Impact section: {@code **Users affected**: 42,000 (100% of
 * active users)} style bullets or table rows first, then plain sentences ("about 12% of
 * checkouts failed", "312 support tickets") for what the bullets did not give.
 */
final class ImpactReader {
    private static final Pattern PARENTHESES = Pattern.compile("\\(.*?\\)");
    private static final Pattern PERCENT_VALUE = Pattern.compile("^[~≈]?\\s*\\d+(\\.\\d+)?\\s*%.*");
    private static final Pattern PEOPLE = Pattern.compile("users?|customers?|accounts?|merchants?|subscribers?|members?|tenants?|sessions|logins?");
    private static final Pattern KEY_END = Pattern.compile("[:：]\\s*$");
    private static final Pattern VALUE_START = Pattern.compile("^\\s*[:：—–-]?\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENDS_IN_DIGITS = Pattern.compile(".*\\d{1,2}$");
    private static final Pattern USERS_KEY = Pattern.compile("(?i)\\b(users?|customers?|accounts?|merchants?|members?|subscribers?|players?|tenants?|sellers?|buyers?|people|visitors?|shoppers?|clients?|devices?)\\b.*\\b(affected|impacted)\\b|\\b(affected|impacted)\\b.*\\b(users?|customers?|accounts?|merchants?|members?|subscribers?|tenants?|sellers?|buyers?|visitors?|clients?)\\b|^\\s*users?\\s*$|^\\s*customers?\\s*$");
    private static final Pattern FAILED_KEY = Pattern.compile("(?i)\\b(failed|failing|errored|dropped|rejected|lost|error)\\b.*\\b(requests?|transactions?|calls?|orders?|payments?|checkouts?|messages?|jobs?|api)\\b|\\b(requests?|transactions?|calls?|orders?|payments?)\\b.*\\b(failed|lost|errors?|dropped|rejected)\\b|^\\s*errors?\\s*$");
    private static final Pattern REVENUE_KEY = Pattern.compile("(?i)\\b(revenue|financial|cost|loss|dollar|gmv|sales|money|\\$)\\b");
    private static final Pattern SLO_KEY = Pattern.compile("(?i)\\b(sla|slo|slos|slas|error budget)\\b");
    private static final Pattern TICKETS_KEY = Pattern.compile("(?i)\\b(tickets?|support|contacts?|complaints?|cases?)\\b");
    private static final Pattern DURATION_KEY = Pattern.compile("(?i)^\\s*(duration|outage duration|impact duration|length|total duration)\\s*$");

    private static final Pattern USERS_SENTENCE = Pattern.compile("(?i)(~|about|approximately|approx\\.?|around|roughly|nearly|over|some|almost|up to)?\\s*"
            + "(?<![\\d,.])(\\d[\\d,.]*\\s*(?:k|thousand|million|m)?)\\s+(?:unique\\s+|active\\s+|logged-in\\s+|distinct\\s+)?(users?|customers?|accounts?|merchants?|subscribers?|members?|tenants?|sellers?|buyers?|shoppers?)\\b"
            // "2,870 customer service contacts", "40 customer support tickets" are contacts, not people affected
            + "(?!\\s+(?:service|support|care|success|experience)\\b)");
    private static final Pattern PCT_USERS_SENTENCE = Pattern.compile("(?i)(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*%\\s+of\\s+(?:all\\s+|active\\s+|our\\s+|the\\s+)*(users?|customers?|accounts?|merchants?|subscribers?|members?|tenants?|traffic|requests|checkouts|sessions|logins?)");
    private static final Pattern FAILED_SENTENCE = Pattern.compile("(?i)(?<![\\d,.])(\\d[\\d,.]*\\s*(?:k|thousand|million|m)?)\\s+(?:failed\\s+|errored\\s+|dropped\\s+)?(?:api\\s+|http\\s+)?(requests?|transactions?|calls?|orders?|payments?|checkouts?)\\s+(?:failed|errored|returned|were dropped|were rejected|timed out|were lost)");
    private static final Pattern FAILED_SENTENCE2 = Pattern.compile("(?i)(?<![\\d,.])(\\d[\\d,.]*\\s*(?:k|thousand|million|m)?)\\s+(?:failed|errored|dropped|rejected|lost)\\s+(?:api\\s+|http\\s+)?(requests?|transactions?|calls?|orders?|payments?|checkouts?)");
    private static final Pattern TICKETS_SENTENCE = Pattern.compile("(?i)(?<![\\d,])(\\d[\\d,]*)\\s+(?:customer\\s+|support\\s+|service\\s+|care\\s+)*(tickets?|support cases|complaints|contacts)");
    private static final Pattern REVENUE_SENTENCE = Pattern.compile("(?i)(?:revenue|loss|lost|cost|refund)\\w*[^.$]{0,40}?(\\$\\s*\\d[\\d,.]*\\s*(?:k|m|million|thousand)?|USD\\s*\\d[\\d,.]*)|(\\$\\s*\\d[\\d,.]*\\s*(?:k|m|million|thousand)?)\\s+(?:in\\s+)?(?:lost\\s+|estimated\\s+)?(?:revenue|sales|gmv)");
    private static final Pattern SLO_SENTENCE = Pattern.compile("(?i)\\b(sl[oa]s?|error budget)\\b[^.]{0,60}?\\b(breach\\w*|violat\\w*|miss\\w*|exhaust\\w*|consumed|burn\\w*|blown)|\\b(breach\\w*|violat\\w*|missed|exhaust\\w*|consumed|blew)\\b[^.]{0,40}?\\b(sl[oa]s?|error budget)\\b");
    private static final Pattern SLO_NOT = Pattern.compile("(?i)\\b(no|not|did not|didn't|without|within)\\b[^.]{0,30}\\b(sl[oa]|breach|error budget)");

    private ImpactReader() {
    }

    record Result(Impact impact, OptionalLong statedDuration) {
    }

    static Result read(List<Block> blocks) {
        OptionalLong users = OptionalLong.empty();
        OptionalDouble pct = OptionalDouble.empty();
        OptionalLong failed = OptionalLong.empty();
        OptionalLong revenue = OptionalLong.empty();
        Optional<Boolean> slo = Optional.empty();
        OptionalLong tickets = OptionalLong.empty();
        OptionalLong duration = OptionalLong.empty();
        List<String> prose = new ArrayList<>();
        for (String[] kv : keyValues(blocks, prose)) {
            String key = kv[0];
            String value = kv[1];
            if (DURATION_KEY.matcher(key).find()) {
                duration = first(duration, TimeExpressions.durationMinutes(value));
            } else if (SLO_KEY.matcher(key).find()) {
                slo = slo.isPresent() ? slo : Numbers.yesNo(value);
            } else if (REVENUE_KEY.matcher(key).find()) {
                revenue = first(revenue, Numbers.usd(value));
            } else if (TICKETS_KEY.matcher(key).find()) {
                tickets = first(tickets, Numbers.count(value));
            } else if (FAILED_KEY.matcher(key).find()) {
                failed = first(failed, Numbers.count(value));
            } else if (USERS_KEY.matcher(key).find()) {
                OptionalLong n = Numbers.count(PARENTHESES.matcher(value).replaceAll(""));
                if (n.isPresent() && !PERCENT_VALUE.matcher(value.strip()).matches()) {
                    users = first(users, n);
                }
                pct = pct.isPresent() ? pct : Numbers.percent(value);
            } else {
                prose.add(key + ": " + value);
            }
        }
        String text = String.join("\n", prose);
        // Every sentence pattern but the SLO one needs an ASCII digit (\d): prose without one skips them.
        boolean digits = Numbers.hasAsciiDigit(text);
        if (users.isEmpty() && digits) {
            Matcher m = USERS_SENTENCE.matcher(text);
            if (m.find()) {
                users = Numbers.count(m.group(2));
            }
        }
        if (pct.isEmpty() && digits) {
            Matcher m = PCT_USERS_SENTENCE.matcher(text);
            if (m.find() && PEOPLE.matcher(m.group(2).toLowerCase(Locale.ROOT)).matches()) {
                pct = OptionalDouble.of(Double.parseDouble(m.group(1)));
            }
        }
        if (failed.isEmpty() && digits) {
            Matcher m = FAILED_SENTENCE.matcher(text);
            if (m.find()) {
                failed = Numbers.count(m.group(1));
            } else {
                Matcher m2 = FAILED_SENTENCE2.matcher(text);
                if (m2.find()) {
                    failed = Numbers.count(m2.group(1));
                }
            }
        }
        if (tickets.isEmpty() && digits) {
            Matcher m = TICKETS_SENTENCE.matcher(text);
            if (m.find()) {
                tickets = Numbers.count(m.group(1));
            }
        }
        if (revenue.isEmpty() && digits) {
            Matcher m = REVENUE_SENTENCE.matcher(text);
            if (m.find()) {
                revenue = Numbers.usd(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        if (slo.isEmpty()) {
            Matcher m = SLO_SENTENCE.matcher(text);
            if (m.find()) {
                slo = Optional.of(!SLO_NOT.matcher(text.substring(Math.max(0, m.start() - 30), m.end())).find());
            }
        }
        return new Result(new Impact(users, pct, failed, revenue, slo, tickets), duration);
    }

    private static OptionalLong first(OptionalLong have, OptionalLong candidate) {
        return have.isPresent() ? have : candidate;
    }

    /** "Key: value" pairs from list items, table rows and paragraph lines; other text goes to {@code prose}. */
    static List<String[]> keyValues(List<Block> blocks, List<String> prose) {
        List<String[]> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.ListBlock l) {
                for (Block.Item item : l.items()) {
                    split(item.fullText(), item.lead(), out, prose);
                }
            } else if (b instanceof Block.Paragraph p) {
                for (String line : p.lines()) {
                    split(line, Optional.empty(), out, prose);
                }
            } else if (b instanceof Block.Table t) {
                if (t.header().size() == 2) {
                    out.add(new String[] {t.header().get(0), t.header().get(1)});
                }
                for (List<String> row : t.rows()) {
                    if (row.size() >= 2) {
                        out.add(new String[] {row.get(0), row.get(1)});
                    }
                }
            } else {
                prose.add(b.text());
            }
        }
        return out;
    }

    /** A field and its value joined by a row of dots, as forms print: "Priority ......... Critical". */
    private static final Pattern DOT_LEADER = Pattern.compile("(\\p{L}[^.:\\n]{0,40}?)\\s*\\.{4,}\\s*(\\S.*)", Pattern.DOTALL);

    /** The parts of a line of fields set apart by dots, bars or dashes: "Review · Mobile Banking · Sev 2 · Date of incident: ...". */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|\u00b7\u2022\u2014\u2013]\\s+");

    /** The last of a key's parts: the field's own name, after the parts of a byline before it. */
    private static String lastPart(String key) {
        String[] parts = PART_SEPARATOR.split(key);
        return parts[parts.length - 1];
    }

    static void split(String text, Optional<String> lead, List<String[]> out, List<String> prose) {
        String t = text.strip();
        if (lead.isPresent() && t.startsWith(lead.get())) {
            String key = KEY_END.matcher(lead.get()).replaceAll("").strip();
            String rest = VALUE_START.matcher(t.substring(lead.get().length())).replaceFirst("").strip();
            out.add(new String[] {key, rest});
            return;
        }
        java.util.regex.Matcher leader = DOT_LEADER.matcher(t);
        if (leader.matches()) {
            // a form printed as text: "Reported Date ........... 10/13/2026 6:22:41 AM", "Summary* ....... ..."
            out.add(new String[] {leader.group(1).replaceAll("[*+]+$", "").strip(), leader.group(2).strip()});
            return;
        }
        int colon = t.indexOf(':');
        String name = colon > 0 ? lastPart(t.substring(0, colon)) : "";
        if (colon > 0 && name.length() <= 60 && SPACES.split(name).length <= 7 && !ENDS_IN_DIGITS.matcher(t.substring(0, colon)).matches()) {
            out.add(new String[] {t.substring(0, colon).strip(), t.substring(colon + 1).strip()});
        } else {
            prose.add(t);
        }
    }
}
