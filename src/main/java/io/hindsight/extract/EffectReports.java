package io.hindsight.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whether an event tells an action together with the improvement it brought: "Stream limit
 * set back to 1000 on the EU pool; EU lag under 5 s within two minutes", "Remote config flag
 * turned OFF for all users. Crashes drop from ~14% of sessions to 0.4%", "Missing records added
 * from the old zone file; new sends pass DKIM". Such an event is a mitigation in effect even when
 * it names no fix, rollback or failover: the writer saw the impact shrink.
 *
 * <p>The action and its effect are often far apart in the sentence, beyond the vocabulary's
 * eight-word window, so this reads the whole event; it is used only for events with no phase of
 * their own, from detection on and before any mitigation the vocabulary found (see
 * {@link TimelineAssembler}). An attempt told with its failure ("restarted, crashes again",
 * "scaled to 40, the scaler put it back to 0", "no change"), a decision against an action, or a
 * request still to be carried out is no mitigation.
 */
final class EffectReports {
    private EffectReports() {
    }

    /**
     * A change made to the system, mostly as done (past tense). Narrower than {@link #ANY_ACTION} on
     * purpose: read with the broader one, the effect reports over all blind sets lost as many fields
     * as they gained.
     */
    private static final Pattern ACTION = Pattern.compile("\\b(?:set|enabled|disabled|deployed|applied|live|switched|re-?pointed|added"
            + "|patched|pinned|pushed|held|restored|scaled|raised|increased|reduced|lowered|bumped|flipped|turned (?:off|on)|aborted|paused"
            + "|blocked|moved|drained|re-?routed|purged|flushed|killed|restarted|removed|reverted|updated|changed|hotfix\\w*|workaround"
            + "|shipped|rolled out|promoted|replaced|re-?enabled|re-?sent|resent|cordoned|evicted|throttled|capped|limited|forced"
            + "|inserted|hot-added|remounted|cancell?ed|suspended|deleted|cleared|reprocessed|reset|corrected|regenerated|uploaded"
            + "|implemented|re-?run|reloaded|redeployed|unlocked|re-?issued|installed|rotated|allowlisted|whitelisted|fixed|freed"
            + "|expanded|resized|grown|failed over|failover|stop-sell|stop-sold|cut over|cutover|swapped|voided"
            // told in the present, or as a state reached: "Ana pauses the invoice run", "Isolation lifted", "Apply complete",
            // "v41 is the active config", "flag off for everyone", "Shelfwise points our tenant at port 6002"
            + "|lifted|reindexed|released|rescheduled|disarmed|shut down|cut (?:to|from)|shortened|pauses|suspends|suspended"
            + "|drains|clears|turns (?:on|off)|points|pointed|(?:flag|override|toggle) (?:on|off)|active|in effect|done|complete|completed"
            + "|finished|on v?\\d[\\w.-]*)\\b");

    /** The impact shrinking, said in words. */
    private static final Pattern EFFECT = Pattern.compile("\\bdrops?\\b|\\bdropping\\b|\\bfalls?\\b|\\bfalling\\b|\\bfell\\b|\\bdown (?:from|to|by)\\b|\\bdown ~?\\d"
            + "|\\bstart(?:s|ed)? to (?:drain|fall|recover|clear|come down|dispatch|flow|go through|succeed|work|load)|\\bdrain(?:s|ing)\\b"
            + "|\\brecover(?:s|ing)\\b|\\b(?:under|below) ~?\\d|< ?\\d|\\bgo(?:es)? through\\b|\\bpass(?:es)?\\b"
            + "|\\bnow (?:succeed|work|load|go|pass|show|get|see|reach|arriv)\\w*|\\bgoing through\\b|\\bsucceed(?:s|ing)?\\b|\\bflowing\\b|\\baccepts?\\b"
            // "Ranges cut over to the secondary. DLRs back to 96%"
            + "|\\bback (?:to|at|under|below) ~?\\d+(?:[.,]\\d+)? ?(?:%|ms\\b|s\\b)"
            // "Cache warmer paused. Booking success goes to 88%"
            + "|\\bsuccess\\w*(?: rate)? (?:goes|went|climbs?|climbed|rises?|rose|recovers?|recovered) (?:up |back )?to\\b"
            // "Purge finished (1.21M jobs removed). No more wrong-time sends"
            + "|\\bno more\\b"
            // "badges print again", "CDRs start to be rated again"
            + "|\\b(?:work|print|load|open|flow|pass|succeed|accept|approv|run|send|sync|transferr?|respond|render|connect|rat|serv|process"
            + "|confirm|leav|mov|sell|scan|book)\\w* again\\b"
            // "integrity kicks stop", "redeliveries stop"
            + "|\\b(?:errors?|5xx|4xx|429s?|timeouts?|crash(?:es)?|failures?|rejects?|rejections?|retries|redeliveries|alerts?|storm|kicks|claims"
            + "|complaints|reports|tickets|calls|loops?|abuse|[1-5]\\d\\ds|[1-5]xx|downs)\\s+stop(?:s|ped)?\\b"
            // "stale predictions no longer shown" ("no longer in the key set" tells a state, not an effect)
            + "|\\bno longer (?:shown|seen|appear\\w*|fail\\w*|error\\w*|crash\\w*|reject\\w*|charg\\w*|sent|send\\w*|served|offered|listed"
            + "|displayed|duplicat\\w*|affected|hit|hitting|fir\\w+|spik\\w+|flap\\w*|evict\\w*|drop\\w*|lost|losing|stuck|block\\w*|time\\w* out)"
            // "carousel back on the homepage", "picture and sound back on air" (a bare "back" is as often the errors')
            + "|\\bback (?:on(?! v?\\d)|online|in service|to normal)\\b"
            // "NetCell collections switched to the PayHub route; success rate 88%"
            + "|\\bsuccess(?: rate)? (?:at |of )?~?\\d"
            // "they begin exporting within minutes", "IRNs start coming back successfully"
            + "|\\b(?:begin|begins|began|start|starts|started) (?:coming back|exporting|flowing|processing|draining|clearing|succeeding|loading"
            + "|working|arriving|leaving|moving|selling|printing|syncing|sending|delivering)\\b");

    /** The attempt failed, was not made, or is still to come. */
    private static final Pattern NOT_AN_EFFECT = Pattern.compile("\\b(?:(?:crash|fail|die|dies|died|stall|hang|loop|error|reject|break|broke|down"
            + "|saturat|drop|spik|climb|ris|grow)\\w* again|rejected|discussed|considered|proposed|decided|same"
            + "|doesn.t|does not|won.t|cannot|can.t|never|no new|nothing|already|keeps|still|requested|asked|planned|no change|no effect|unchanged|did not|didn.t"
            + "|not help|no improvement|no difference|worse|rises|rising|climb\\w*|spike\\w*|increas\\w+ to"
            // "cr2 back on 24.2R1, but FPC3 stays offline", "the VPN tunnels remain down"
            + "|remains?|remained|stay(?:s|ed)? (?:offline|down|broken|stuck|unreachable|dark|empty|red))\\b");

    /** Whether the event tells a change made and the impact shrinking after it. */
    static boolean tellsEffect(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        // the effect first: it is the rarer, so most events are settled by one scan
        return (EFFECT.matcher(t).find() || MetricArrows.anyFalls(t)) && ACTION.matcher(t).find() && !NOT_AN_EFFECT.matcher(t).find();
    }

    /**
     * A change made to the system in any tense or as a noun ("enables a console filter", "rolling
     * restart", "resize done"); "no deploys since yesterday" is none.
     */
    private static final Pattern ANY_ACTION = Pattern.compile("(?<!\\bno )\\b(?:enabl|disabl|deploy|appl(?:y|ie)|switch|set|sets|add|adds|added|patch|pin"
            + "|push|restor|scal(?:e|ed|es|ing)\\b|rais|increas|reduc|lower|bump|flip|turn(?:s|ed)? (?:off|on)|abort|paus|block|mov(?:e|ed|es|ing)\\b"
            + "|re-?rout|purg|flush|kill|restart|remov|revert|rollback|roll(?:s|ed|ing)? back|chang(?:e|ed|es) (?:to|the|from)|hotfix|replac|delet"
            + "|clear(?:s|ed)?\\b|reset|correct(?:s|ed)\\b|regenerat|upload|rerun|re-run|reload|redeploy|unlock|install|rotat|allowlist|whitelist"
            + "|freed|frees|expand|resiz|fail(?:s|ed)? ?over|failover|weights?)");

    /** Whether the event tells a change made to the system ("weights set to 100% us-west-2", "rolling restart of the pods"). */
    static boolean namesAction(String text) {
        return ANY_ACTION.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Signs that the service got better, read loosely: a metric falling or back, work flowing or
     * succeeding again, a figure ("403 share 6% to 1.5%", "38% \u2192 9%"). Used to tell a
     * mitigation in effect from the step that led to it (see {@link #toldInEffect}).
     */
    private static final Pattern IMPROVEMENT = Pattern.compile("\\b(?:drop|drops|dropped|dropping|fall|falls|fell|falling|recover\\w*"
            + "|back (?:to|up|online|in|on)|normal\\w*|succeed\\w*|success|flowing|drain\\w*|clear(?:s|ed|ing)?|stopped|stops|zero|healthy|green"
            + "|resum\\w*|working|again|improv\\w*|down to|under|below|decreas\\w*|subsid\\w*|eas(?:e|es|ed|ing)|reduc\\w*|accepted|delivered"
            + "|restored|stable|stabili\\w*|ok)\\b|\u2192|->|%");

    /** A step told as finished or in force: "rollback complete", "fix applied", "failover done", "kill switch on", "no more sends". */
    private static final Pattern IN_FORCE = Pattern.compile("\\b(?:complete|completed|done|finished|in effect|mitigat\\w*|live|stop|stops"
            + "|stopped|no more|no further|no new|succe\\w+|held|on hold|kill switch|fallback|failover|failed over|applied|deployed|published"
            + "|rolled out|in place|workaround)\\b");

    /** Whether the event tells the service getting better ("errors down to ~20%", "pushes going out again"). */
    static boolean tellsImprovement(String text) {
        return IMPROVEMENT.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether the event tells a mitigation in effect: its step finished or in force, or the
     * service getting better. "Scaled collab-gateway from 24 to 40 pods" or "Config reverted to
     * 9.2.0" tells neither: the step was taken, its effect is told later, if at all.
     */
    static boolean toldInEffect(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return IMPROVEMENT.matcher(t).find() || IN_FORCE.matcher(t).find();
    }
}
