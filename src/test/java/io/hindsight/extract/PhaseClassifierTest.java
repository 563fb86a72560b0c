package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.Phase;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Many phrasings per phase, and the negations and contexts that must not count. */
class PhaseClassifierTest {
    private static final PhaseClassifier C = PhaseClassifier.standard();

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            PagerDuty alert fires for api 5xx                         | DETECTED
            Paging alert fired: CheckoutErrorRateHigh                 | DETECTED
            On-call paged by Opsgenie                                 | DETECTED
            Datadog monitor triggered on p99 latency                  | DETECTED
            First customer tickets arrive about failed payments       | DETECTED
            Customers report checkout errors on Twitter               | DETECTED
            Engineer noticed elevated 500s while deploying            | DETECTED
            Issue noticed by the support team                         | DETECTED
            Synthetic check alert for login flow                      | DETECTED
            Marco acknowledges the page                               | ACKNOWLEDGED
            Page ack'd by secondary on-call                           | ACKNOWLEDGED
            On-call engineer joins and begins investigating           | ACKNOWLEDGED
            Incident declared SEV1 — Sarah assigned as IC             | DECLARED
            Declared a major incident; war room opened                | DECLARED
            Priya takes the incident commander role                   | DECLARED
            Root cause identified: missing index on orders            | IDENTIFIED
            Traced the errors to a bad TLS bundle                     | IDENTIFIED
            Culprit found: retry loop in the SDK                      | IDENTIFIED
            Rollback to v4.11.3 initiated                             | ROLLBACK_STARTED
            Rolling back the release                                  | ROLLBACK_STARTED
            Started reverting PR 4411                                 | ROLLBACK_STARTED
            Rollback complete — pool still draining                   | MITIGATED
            Rolled back to the previous build                         | MITIGATED
            Failed over to us-west-2                                  | MITIGATED
            Hotfix deployed to all regions                            | MITIGATED
            Feature flag disabled for all tenants                     | MITIGATED
            Error rate drops below 1% after restart                   | MITIGATED
            New certificate installed on the load balancers           | MITIGATED
            Service restored                                          | RESOLVED
            Full API health confirmed across all regions              | RESOLVED
            Error rates back to baseline                              | RESOLVED
            All systems operational                                   | RESOLVED
            Incident closed                                           | CLOSED
            Closing the incident; postmortem to follow                | CLOSED
            """)
    void classifies(String text, Phase expected) {
        assertThat(C.classify(text.strip(), Optional.empty()).phase()).contains(expected);
    }

    /** Wordings met in postmortems written by other people (a blind set), each a general form. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A merchant emailed support: refunds stuck since noon                 | DETECTED
            First customer chat asking why invoices show zero                    | DETECTED
            Kenji posts in #data-eng that the nightly tables are empty           | DETECTED
            Warehouse reloaded; row counts match the source for every partition  | RESOLVED
            Finance checked totals against the ledger export, all correct        | RESOLVED
            A developer reports in #ci-help that builds take 40 minutes          | DETECTED
            Missing zone rows inserted, rating step restarted                    | MITIGATED
            All invoices generated, reconciliation totals OK                     | RESOLVED
            Figured out: the new cache key leaves out the model run              | IDENTIFIED
            Incident closed; the evening watch handed back to live-ops           | CLOSED
            Ravi (on call) sees the thread and takes it                          | ACKNOWLEDGED
            We call it a SEV3 and spin up a channel                              | DECLARED
            Found it: the replica was promoted with a stale config               | IDENTIFIED
            Lock wait graph explains the timeouts                                | IDENTIFIED
            A file-handle leak introduced in 3.2.0                               | IDENTIFIED
            Revert merged and live on all shards                                 | MITIGATED
            Replacement key attached to the signing service; auth success rises  | MITIGATED
            Pod restarts stopped after the config push                           | MITIGATED
            Packet loss drops from 9% to 1% after draining the link              | MITIGATED
            Latency and error rate at baseline for half an hour                  | RESOLVED
            A reseller rang our support line: no invoices since Monday           | DETECTED
            Mika picks it up from the support queue                              | ACKNOWLEDGED
            That's the bug: the cache key ignores the locale                     | IDENTIFIED
            cause: rev-B bootloader can't read the new partition table          | IDENTIFIED
            Found: decoder gets base64 instead of hex since v4.6                 | IDENTIFIED
            RB started, 4.1.7 offered to all devices on 4.2.0                    | ROLLBACK_STARTED
            revert propagated, new quotes at most 2.1x                           | MITIGATED
            Backlog is 0, all picks visible in WMS                               | RESOLVED
            Got the page 7:05, working it since 7:15                             | ACKNOWLEDGED
            Kevin started working on it from home                                | ACKNOWLEDGED
            Marcus Bell: Taking it.                                              | ACKNOWLEDGED
            Maya Torres added a private note: Picked this up. Checking the export job | ACKNOWLEDGED
            Validation re-run on the 212 held applications, all pass             | RESOLVED
            Checked the orders since 08:30: FRIDAY30 alone and CLUB15 alone both work | RESOLVED
            Jonas finds the seat-back controller still holding v6 of the file    | IDENTIFIED
            Marc responded in #shop and logs in to the admin                     | ACKNOWLEDGED
            Andrea calls it an incident and runs it from here                    | DECLARED
            Reversal job finished, ledger totals equal POS totals                | RESOLVED
            Agronomist mails support: all plots show dry since morning           | DETECTED
            Delete markers removed where a version still existed; 404 rate falls from 31% to 4% | MITIGATED
            West entrance supervisor radios the control room: tickets rejected at the gate | DETECTED
            NOC operator picks up the helpdesk escalation and starts working it  | ACKNOWLEDGED
            Hold-expiry job run by hand; stuck holds released                    | MITIGATED
            Promotion job paused; no further over-promotions                     | MITIGATED
            Validators pick up the old list; refusals falling fast               | MITIGATED
            Backfill complete for 1,204 shipments; charts complete               | RESOLVED
            Confirmed: the attempt counter in the key defeats dedupe on redelivery | IDENTIFIED
            Confirmed: all regions green, error rate at baseline                 | RESOLVED
            Got it: discontinued items carry a null price                        | IDENTIFIED
            Priya spots it: the exclude pattern matches the new nodes too        | IDENTIFIED
            Service desk confirms every support agent is online                  | RESOLVED
            We enable the fallback flag; errors go down to 4%                    | MITIGATED
            Affected cells routed to the fallback matcher; match rate climbs to 70% | MITIGATED
            Revert applied; evictions drop to zero, new logins persist           | MITIGATED
            Stores switch on store-and-forward; card sales partly resume          | MITIGATED
            Stale ratio 0%, a sample of tiles checked, all good                   | RESOLVED
            Hit ratios back to their usual range                                 | RESOLVED
            Latency back at baseline; all clear given by the IC                  | RESOLVED
            Lanes switched to free flow; queues begin to clear                   | MITIGATED
            The first person to notice was the fraud lead, who posted in #ml-platform | DETECTED
            Flag at 0% on every edge; no new stale thumbnails appear             | MITIGATED
            Ines acks, starts on the failed export task                          | ACKNOWLEDGED
            Julia (Merchandising) in #search-help: "only 12 items, it was 300+"  | DETECTED
            Encoders switched to the music bed; listeners hear audio again       | MITIGATED
            VACUUM finished. p99 290ms, 5xx 0.1%, checkout back under SLO        | RESOLVED
            30 pods, p99 295ms, queue depth flat, green across the board         | RESOLVED
            Stack trace: NPE in the parser. That's the one                       | IDENTIFIED
            Arif (on-call) replies in the thread and starts looking              | ACKNOWLEDGED
            hsm-b drained from the pool; approval rate rises from 61% to 88%     | MITIGATED
            Gateway option to accept unknown fields enabled; redeliveries stop   | MITIGATED
            Server B restarted with the bigger cache; p99 on B under 50 ms       | MITIGATED
            KTLX removed from the input list; mosaic updating again              | MITIGATED
            Collector switched to compatibility mode; tags archiving again       | MITIGATED
            Queue empty; bed board reconciled with the census for every unit     | RESOLVED
            All 212 rejected requests resubmitted and activated                  | RESOLVED
            Reference bundle re-copied and pinned; reruns succeed                | MITIGATED
            Settlement file accepted by the sponsor bank; batch complete         | RESOLVED
            Dmitri declares an incident; Aisha takes over as incident commander  | DECLARED
            ines.carvalho: found it: step 7 holds row locks on folio_lines       | IDENTIFIED
            tomasz.wrobel: all properties checking out normally, back at baseline | RESOLVED
            Identified - We have found the cause and are applying a fix          | IDENTIFIED
            Monitoring - A fix has been applied and orders are accepted again    | MITIGATED
            First customer call: "my bill is double what it usually is"          | DETECTED
            Got it — the Cookie header is 12 KB, nginx buffers are 8k           | IDENTIFIED
            Security spot-checks 20 events, confirms the audit trail is complete again | RESOLVED
            Queue depth back to 0 for 20 minutes                                 | RESOLVED
            login-burst-v2 disabled on all PoPs; login success back above 95%    | MITIGATED
            First support chat, from a school: pupils see an empty timetable     | DETECTED
            Spot checks with three schools confirm Week A and B display correctly | RESOLVED
            BGP announcements withdrawn; stale answers stop                      | MITIGATED
            Last stuck robots pushed clear by hand; pick rate back at plan       | RESOLVED
            v87 live on all edges; widget loads recover for uncached requests    | MITIGATED
            Incident closed; Wen hands over to the weekend on-call               | CLOSED
            Incident closed after the overnight batch ran clean                  | CLOSED
            Lisbon ops lead posts in #ops-lisbon: riders see "no drivers available" | DETECTED
            Spot check of the 150 offers sent since the job resumed: all match. Service restored | RESOLVED
            Oren links the timeouts to the new pool size                         | IDENTIFIED
            Cause pinned down: the consumer commits before processing            | IDENTIFIED
            Restore done; orders visible again                                   | MITIGATED
            Every client repointed to the new primary                            | MITIGATED
            Mail stream switched to the standby provider                         | MITIGATED
            Partner dashboards current again                                     | RESOLVED
            Crash-free sessions back at 99.9%                                    | RESOLVED
            Rolling payments-api back to 7.2.1                                   | ROLLBACK_STARTED
            We rolled the config change back; p99 falls to 300 ms               | MITIGATED
            Downgrade of the router firmware started                             | ROLLBACK_STARTED
            Ops lead raises OPS-88 as P2 and takes incident lead                 | DECLARED
            Sam (on call) accepts the page and jumps on                          | ACKNOWLEDGED
            This is the cause: the pool ignores the new limit                    | IDENTIFIED
            Rejections fall off after the clock step                             | MITIGATED
            A reseller opens a ticket: nothing synced since 08:00                | DETECTED
            GC pauses back under 200 ms after the downgrade                      | MITIGATED
            Impact reduced                                                       | MITIGATED
            Outage ends                                                          | RESOLVED
            Ops sampling switched off for the audit stream                       | MITIGATED
            Found the reason: the origin list lacks the www. hosts               | IDENTIFIED
            Support raises a spike of login complaints in #escalations           | DETECTED
            The 400 rate falls off a cliff after the buffer change               | MITIGATED
            Compaction backlog gone; dashboards load                             | RESOLVED
            Shift engineer confirms the alarm in PagerDuty                       | ACKNOWLEDGED
            Lab ops confirms the key rotation on their side; cause confirmed     | IDENTIFIED
            We rotated the SFTP key and the poller reconnects                    | MITIGATED
            Backlog indexed; today's edits visible in search                     | RESOLVED
            First member e-mail to support: charged twice for the box            | DETECTED
            Dana sees the errors in debug logs. Root cause: the deploy script updated the DNS record, but pods never resolve it again | IDENTIFIED
            Matchers restarted and queues drain. Root cause: the client caches the DNS answer forever | MITIGATED
            Sven opens a SEV3 in #data-incidents and takes the lead              | DECLARED
            Rollback gestartet: egress-proxy back to v2.6                        | ROLLBACK_STARTED
            `VisitConnectRate < 80% for 10m` fires                               | DETECTED
            Network team adds the new range to the firewall allow list           | MITIGATED
            Manly marina office calls: booking page says the domain is for sale  | DETECTED
            someone in our matrix room: "is it just me or is home frozen?"       | DETECTED
            first support mail: "App zeigt nur Netzwerkfehler"                   | DETECTED
            I see the matrix message, ssh in                                     | ACKNOWLEDGED
            new cert, nginx reload, the app connects again                       | MITIGATED
            checked ios and android on real phones, support inbox quiet. done    | RESOLVED
            All 2,318 held declarations accepted; border desks confirm trucks released | RESOLVED
            The last 8 sites are back. Codes are working at every site.          | RESOLVED
            Re-scan of the quarantined files complete; all clean, released       | RESOLVED
            Last marina confirms the booking page loads                          | RESOLVED
            Kiosks checked in three branches. Everything working                 | RESOLVED
            Wei Jie spots 'certificate expired' errors in gateway logs. Root cause | IDENTIFIED
            ChatDeliveryLagHigh (lag > 600 s) pages ravi.k                       | DETECTED
            "Checkout orders/min < 75% of forecast" fires                        | DETECTED
            Rollback concluído. Lag stops to grow and starts to go down          | MITIGATED
            Incidente encerrado                                                  | CLOSED
            Aperto incidente SEV3 in channel #inc-fatturazione                   | DECLARED
            Causa individuata: keystore has no intermediate CA                   | IDENTIFIED
            Rafael (on-call) assumiu o chamado and starts to check               | ACKNOWLEDGED
            12 tenants spot-checked against raw orders. Everything matches.      | RESOLVED
            Config push: skew tolerance 60s -> 300s. Failure rate 48% -> 0.6%.   | MITIGATED
            Alert fires: payments p99 needs attention                            | DETECTED
            The paging alert is on prediction freshness, which fired at 06:41    | DETECTED
            First call to the contact centre: app says "Something went wrong"    | DETECTED
            Quoting paused for QAR and AED to stop more mispriced transfers      | MITIGATED
            fx-poller pointed at the v3 URL and redeployed; fresh rates loaded   | MITIGATED
            Upload completion 98-99% for the last hour, no new 403s              | RESOLVED
            Replay resumes, lag 6h52m -> 5h10m within 5 min                      | MITIGATED
            Map v87 loaded on all robots, robots driving again                   | MITIGATED
            rollback done 530/530. Jams down, ~60 heads still latched in cutoff  | MITIGATED
            Fallback in effect: dashboard switched to RTU polling                | MITIGATED
            Live levels visible again on the operator dashboard                  | MITIGATED
            A faculty member calls the registrar's help line about grades        | DETECTED
            Remaining sections posted after resubmission; reconciliation shows 0 mismatches | RESOLVED
            Last 390 orders rebooked by the CS team                              | RESOLVED
            all kiosks printing, jam rate 0.3% (baseline)                        | RESOLVED
            Gap filled from the PLC log; complete trends, normal operation confirmed | RESOLVED
            All 50 state tables refreshed and verified against the vendor's checksums | RESOLVED
            Stop-sell applied on all channels; no new overbookings after this point | MITIGATED
            ticket #88213 from the Harbourside branch desk: catalogue returns nothing | DETECTED
            tomasz: paged by helpdesk, looking                                    | ACKNOWLEDGED
            Night editor reports in #desk that stories are not going live         | DETECTED
            Charge nurse on 6 West phones the pharmacy: cabinet refuses the dose  | DETECTED
            Temporary license key from the vendor applied; new sessions accepted  | MITIGATED
            Venue disabled for the affected symbols; flow re-routed, reject rate down to 0.3% | MITIGATED
            Outbox empty; status updates flowing to the app for all reports       | RESOLVED
            Truststore fixed and connector restarted; new reports sync again      | MITIGATED
            Old intermediate CA re-issued to the fleet; lockers start opening again | MITIGATED
            Flag async_render enabled: invoice creation no longer waits for the PDF and the 504s stop | MITIGATED
            We are investigating elevated error rates for PUT requests            | DETECTED
            30 minutes at full rollout; holds expiring at the expected 3 minutes; full health confirmed | RESOLVED
            A captain at the Lyon base phones crew control: her rotation has vanished | DETECTED
            Vehicle sales paused; the oversold count stopped growing from here on | MITIGATED
            Planners re-crew the last 50; rosters and the crew app agree for every crew member | RESOLVED
            We found the problem: the job holds an exclusive lock on the table    | IDENTIFIED
            We have the cause: the rate overflows NUMERIC(18,4) in staging        | IDENTIFIED
            We knew it was the mapping by then: module codes ending in a letter drop | IDENTIFIED
            STAT results rerouted to the backup channel; the ED sees new results in the EHR again | MITIGATED
            Blackbox probe alert IngressProbeFailing (eu-west, 3/3 probes) pages infra primary | DETECTED
            zero-result rate 0.9%, same as last week; Julia confirms the category counts look right | RESOLVED
            HPA min 3→6 and a toleration patch so pods can run on general-pool; 5xx 38% → 9% | MITIGATED
            Connection pool raised; checkout p99 4.2s -> 380ms                    | MITIGATED
            Smoking gun: kafka-log-dirs shows 7 days of segments for clickstream.raw | IDENTIFIED
            Confirmed via sync logs that v2 treats a missing block as a delete    | IDENTIFIED
            Support escalates to edge on-call; Keanu is on it                     | ACKNOWLEDGED
            v211 live on all PoPs; checkout errors 1,900/min → 540/min            | MITIGATED
            Edge logs show the 429s come from the WAF. Root cause identified: the rule counts attempts per IP | IDENTIFIED
            Fleet alert "idle robots > 10%" pages the robotics on-call            | DETECTED
            Rafael finds the crash is in payload parsing                          | IDENTIFIED
            The vendor finds the certificate on the roster feed expired at 4:45 am | IDENTIFIED
            Supplier finds the inventory database disk full                       | IDENTIFIED
            Access key deactivated. Attacker's calls now fail. Exposure contained | MITIGATED
            Rollback of backup agent to v11.1 started on three file servers       | ROLLBACK_STARTED
            Page: order confirmation p95 > 60 s                                   | DETECTED
            Ten minutes later, at 12:09 a.m., we had the cause: the template moved the barcode | IDENTIFIED
            slack      @jun.park: root cause: v5.2.0 unions every rating bucket on each tick | IDENTIFIED
            Backout of CHG0052217 started: previous key repository restored       | ROLLBACK_STARTED
            Backout done. 1300 calls connecting again                             | MITIGATED
            Change backed out by the network team                                 | MITIGATED
            Trouble ticket closed with the customer's consent                      | CLOSED
            Carrier NOC rings: calls to the 1300 numbers fail with fast busy      | DETECTED
            Carrier: fault isolated to a failed line card on the PE router        | IDENTIFIED
            On-call engineer acknowledges the page; confirms no change on our side | ACKNOWLEDGED
            Critical LOS alarms raised on the NMS and shown to the NOC shift      | DETECTED
            Six of nine circuits moved to the standby card; six branches back online | MITIGATED
            Partition rebuilt; the dashboard now shows correct revenue for 15 Feb | MITIGATED
            Feed change live on the CDN; new crash events down by half            | MITIGATED
            HSM-2 drained from the pool; decline rate falls to 1.4% within a minute | MITIGATED
            Traffic moved to the second aggregator; delivery back to 97%          | MITIGATED
            All 23 partners seen with successful calls in the last 15 min         | MITIGATED
            Revert published. Cold-started apps fetch 9.0.0 and pass the wall     | MITIGATED
            New keytab deployed to application servers 1-3 of 6                  | MITIGATED
            Support escalates three tickets 'not getting order notifications' to #mobile-oncall | DETECTED
            Replica stops applying WAL. 'replica not streaming' alert pages the DBA on-call | DETECTED
            Return URL re-registered; challenge completion rises to 78% within minutes | MITIGATED
            Kevin (mobile on-call) sees Dana's message and starts digging         | ACKNOWLEDGED
            Stack traces all land in WebView init on API 28 and below. The flag is the trigger | IDENTIFIED
            Down-migration of 0142 started                                        | ROLLBACK_STARTED
            new token in vault, console pods restarted                            | MITIGATED
            macros and sidebar working, agents confirm                            | RESOLVED
            Owen confirms both gateway certificates expired; renewal job failed in December | IDENTIFIED
            New certificate on vpn-gw-2; all clients connect, helpdesk confirms   | RESOLVED
            Gates C-F switched to offline allow-list mode; queues start moving    | MITIGATED
            Index on pick_tasks created concurrently; planner runtime back to 5 min | MITIGATED
            Access token lifetime extended from 1 hour to 12 hours by server flag | MITIGATED
            Tenants reconciled; all 312 tenants unpaused; reconciliation report clean | RESOLVED
            Wiki SP metadata updated with the new cert, logins tested OK          | RESOLVED
            Kiosk heartbeat-loss alert pages Clinic Devices on-call               | DETECTED
            Support reports a cluster of "code never arrived" chats from Brazil   | DETECTED
            Dev started undoing the change: the flag went back to the old flow    | ROLLBACK_STARTED
            The undo was finished and customers could sign up again               | MITIGATED
            The fix started to work: reset e-mails reaching Gmail inboxes again   | MITIGATED
            The second batch was put on hold, so no more wrong invoices went out  | MITIGATED
            Ben from the helpdesk picked up the calls and started troubleshooting | ACKNOWLEDGED
            Infrastructure began uninstalling the patch                           | ROLLBACK_STARTED
            Guest Wi-Fi opened to staff as a workaround                           | MITIGATED
            I tested every app with three test accounts: everyone could log in again | RESOLVED
            Last invoices corrected; reconciliation against the ledger is clean   | RESOLVED
            Flag off everywhere; invoices generated from now on are correct       | MITIGATED
            Flag enabled: holds taken as row locks; new double bookings stop      | MITIGATED
            Inactive replication slot cdc_analytics found holding 1.4 TB of WAL   | IDENTIFIED
            Renewed intermediate deployed to 50% of gateway nodes; handshake failures halve | MITIGATED
            Resend finished for all six partners; spot checks all match           | RESOLVED
            Kenji finds that prefix-v2 requests skip the request-coalescing layer | IDENTIFIED
            Grace enables the channel. Queued results start posting to the EHR    | MITIGATED
            Full reindex triggered from the admin console; new articles start appearing in results | MITIGATED
            Franchise ops manager calls merchant support: nobody can log in       | DETECTED
            [DB] Root cause: upgrade reset replica_parallel_workers to 0           | IDENTIFIED
            Incident closed by Lena Hoffmann; no recurrence during monitoring     | CLOSED
            Hot node found: rebalance placed both shards on es-data-07            | IDENTIFIED
            HPA minimum set to 4 and scale-up forced; suggestions returning again | MITIGATED
            Guide correct on all platforms; consistency check clean               | RESOLVED
            [pagerduty]  "queue age p95 > 15m" triggered, paged mail-oncall       | DETECTED
            Ticket closed                                                          | CLOSED
            done, closing out in #frontend                                         | CLOSED
            I pick it up, go to goods-in                                           | ACKNOWLEDGED
            Nicolás (on-call) answers and opens the file                           | ACKNOWLEDGED
            4 West charge nurse calls inpatient pharmacy: verified orders missing from cabinet profile | DETECTED
            Email from Verdan EDI: no ASNs received today, trucks arriving unmatched | DETECTED
            first ticket: 'SSO says invalid response'                              | DETECTED
            descriptor uses remote_address, Kong config was per consumer (token) - that's it | IDENTIFIED
            New Verdan cert imported on AS2 gateway; test message gets positive MDN | MITIGATED
            Old cert back on NPS-01/02. New auths succeed; scanners reconnecting as they retry | MITIGATED
            Vendor updates stored credential; interface logs in; pending orders begin syncing | MITIGATED
            Manual rate override enabled; Tesorería publishes the rate every 15 min | MITIGATED
            new cert issued, ingress reloaded, API answering again                 | MITIGATED
            ANALYZE done, export p95 down from timeout to ~40s                     | MITIGATED
            File regenerated with 2.8.3 and sent; clearing pre-validation OK       | MITIGATED
            Previous version active and checkout BIN cache flushed. Installments back for the reported cards | MITIGATED
            New intermediate CA added to the trust bundle and registrador redeployed; new registrations work | MITIGATED
            Nutrition confirms new admissions and diet changes showing; lunch tickets reprinted | RESOLVED
            Radiology supervisor confirms ED and inpatient orders current on all worklists | RESOLVED
            Clearing confirms acceptance of the complete file; all debits presented for today | RESOLVED
            Flowbridge confirms syncs completing                                   | RESOLVED
            rollback done. no new dup rows since 16:28                             | MITIGATED
            Fix deployed; no further early cancellations                           | MITIGATED
            Denise sees 0 accepted claims on the daily acceptance report and emails Rev Cycle Apps | DETECTED
            Grace picks up email, opens INC0201187                                 | ACKNOWLEDGED
            Rule 100452 switched to log-only from the CDN console (emergency change); 403s drop to baseline within a minute | MITIGATED
            Rolling restart in progress, half the pods on the new cert; auth success up to 55% | MITIGATED
            Customer e-mails Customer Care asking if the prices are a mistake      | DETECTED
            CA checkout re-enabled; orders flowing at correct prices               | RESOLVED
            Found the NAK text: their listener now requires MSH-12 = 2.5.1         | IDENTIFIED
            RA analyst (Sana) mails Billing Ops: PGW-DXB-2 volume zero since 22:47 | DETECTED
            Goods-in team leader rings site IT: 12 scanners "no network"           | DETECTED
            SLO burn-rate page                                                     | DETECTED
            Martin Leclerc (CA merchandising) confirms the prices are wrong and pages Pricing on-call | DETECTED
            I was on another call and rang her back at 04:44                       | ACKNOWLEDGED
            gateway rollback to 5.7.2 started (no effect)                          | ROLLBACK_STARTED
            Host key mismatch found in exporter logs; Northpay's status page confirms the rotation | IDENTIFIED
            Dario finds the read-only block and the flood-stage watermark on es-crm-3 | IDENTIFIED
            Indexing lag back under 30 s, spot checks show fresh results           | RESOLVED
            ClearPath account rep emails billing ops: duplicate-claim edits spiking for our submitter ID | DETECTED
            PRL interface analyst calls our after-hours line about the NAKs        | DETECTED
            Tomasz takes it                                                        | ACKNOWLEDGED
            found `MAX_POLL_RECORDS=2000` in pod env, batch processing takes 6–9 min > max.poll.interval.ms (5 min) — root cause | IDENTIFIED
            Found in Airflow log + claims-service changelog: column renamed in V87 | IDENTIFIED
            I closed the ticket at 07:05, and the truck was loaded and gone just after seven | CLOSED
            RCA: lifecycle rule has no prefix filter, applies to whole bucket      | IDENTIFIED
            CS escalates to #billing-oncall: 34 inquiries "paid but no gems", all Android | DETECTED
            Reconciliation OK: 18,412 payouts in status PAID, amounts match the file | RESOLVED
            PD: KafkaUnderReplicatedPartitions firing -> platform-oncall           | DETECTED
            Zone-b nodes back in the pool; SAML errors at zero; tenants confirm logins work | RESOLVED
            pgbouncer SHOW SERVERS: all connections still to old primary IP. Root cause | IDENTIFIED
            billing-mailer paused; no more invoice emails go out                   | MITIGATED
            Counts and ledger verified; billing-mailer resumed                     | RESOLVED
            closed the thread in #dev-help, posted summary                         | CLOSED
            All 41 depots confirm manifests loaded; handheld fetch errors back to zero | RESOLVED
            kafka-03 up, cleaner ran, /data 61%, back in ISR. producer errors stopped | MITIGATED
            DB_HOST -> harbor-db-rw, rolled harbor-core. pulls working             | MITIGATED
            Cuotio confirms their risk-scoring service is saturated by the Black Friday traffic | IDENTIFIED
            ShipFast e-mails partner-support: 429s on label creation since about 13:05 | DETECTED
            Diff of v218 against v217 shows the missing zero on the partner-tier limit | IDENTIFIED
            Mapping diff: suggest is type text in the new index                    | IDENTIFIED
            Alias rollback complete, suggestions returning for all queries         | MITIGATED
            Netops finds the cause: CHG-5512 removed the rule object corehr-sftp-out | IDENTIFIED
            Kayla Brooks (Windows infra) finds the driver version changed at 3:05 AM | IDENTIFIED
            CoreDNS pods back on the old config. SERVFAIL gone; shipping-rate errors 0.2% | MITIGATED
            PayGrid support confirms the file was accepted and is in Friday's processing run | RESOLVED
            Handled as incident (maintenance overrun). Decision owner: producer Aoyama | DECLARED
            Transactional pushes confirmed delivered once per device; pushes held since 08:10 delivered | RESOLVED
            found why: `billing/prices.ts` maps PRO_MONTHLY to the annual price id | IDENTIFIED
            Datadog monitor `checkout p95 > 3s` pages Sam                          | DETECTED
            closing, follow ups in DATA-771                                        | CLOSED
            done, closing thread                                                   | CLOSED
            p99 and auth success rate at baseline for 30m, monitoring ended        | RESOLVED
            Workday updated by vendor, logins verified on all 14 apps              | RESOLVED
            vendor confirmed file ingested                                         | RESOLVED
            flag at 0%, test orders on Safari go through                           | MITIGATED
            new cert uploaded to Jira, Confluence, GitLab SPs - logins OK there    | MITIGATED
            Killed archive job, deleted staging tar (volume now 58%), restarted PRL inbound channel | MITIGATED
            NAS entries and secret added on AAA-DXB-2; AUH-05/06 authenticating again | MITIGATED
            Per-client response rate limit (20 qps) pushed on all resolvers        | MITIGATED
            Mihai was the first engineer on it, at 08:05                           | ACKNOWLEDGED
            I saw the message at 08:20 and pulled Marek in, since he owns the sync | ACKNOWLEDGED
            The first time anyone at Pantrybox knew about it was at 08:12, when Aylin posted in #logistics-help | DETECTED
            MDN detail shows cert mismatch; found the 18 Aug notice                | IDENTIFIED
            Field team reports excavation near km 62; cut confirmed. OTDR shows break at 41.3 km | IDENTIFIED
            Found destination host on INTENG-02 channel = old LIS IP. INTENG-01 had the January change | IDENTIFIED
            v36 active on all gateway nodes, 429s down ~65%                                   | MITIGATED
            Internal tools on-call on it                                                      | ACKNOWLEDGED
            Purge done, spot checks from 5 regions clean, no beta UI anywhere                 | RESOLVED
            Backfill done. 404 ratio < 0.1%, image p95 back to 180ms                          | RESOLVED
            Re-verification complete; every affected appointment has an eligibility result   | RESOLVED
            All 38 regenerated, row counts checked against the ledger, delivered             | RESOLVED
            Ran `warm_suggest_cache.py` with the top 50k prefixes. Hit ratio 85%, p99 190ms   | MITIGATED
            Halden JWKS cache entry flushed; token refreshes start succeeding                 | MITIGATED
            Checked iOS, Android and web; no new tickets since 13:45                          | RESOLVED
            lag 0, email backlog all sent                                                     | RESOLVED
            Error rate crosses the paging threshold; PagerDuty pages on-call                  | DETECTED
            Support raises it with the payments on-call                                       | DETECTED
            alertbot: FIRING checkout_5xx > 5% pages checkout on-call                         | DETECTED
            Entrance supervisor calls Visitor Services: queue at the main entrance            | DETECTED
            Connection rate limit enabled on the NLB listener; ingest recovers to 70%         | MITIGATED
            Ingest back to 100% of baseline; gateways flushing their local buffers            | RESOLVED
            Buffered telemetry fully backfilled, no gaps in customer data                     | RESOLVED
            A large video-streaming customer opens a P1 support case: Android TV devices fail to fetch manifests | DETECTED
            Store staff rebooted the last terminals. All 14 stores taking cards               | RESOLVED
            10-11 am batch released on time by the scheduler itself. Everything on schedule  | RESOLVED
            Diff of 2026.02.2 vs 2026.02.3: .3 pins the gateway's old leaf cert. That's it    | IDENTIFIED
            INC0071002 closed. PRB0008110 stays open for the vendor fix                       | CLOSED
            INC raised to P2, Major Incident declared, bridge opened                          | DECLARED
            Service Desk pages the NOC: top-ups failing for prepaid customers                 | DETECTED
            Priya on it                                                                       | ACKNOWLEDGED
            K. Osei takes ownership, status In Progress                                       | ACKNOWLEDGED
            Leon (on-call) replies and starts to check the queue                              | ACKNOWLEDGED
            Store manager reports the price screens frozen since opening                      | DETECTED
            Incident closed; the night on-call keeps watch until 07:00                        | CLOSED
            Closed, staying on the backup provider until the primary confirms recovery        | CLOSED
            Priya hands over to the day shift and closes the incident                         | CLOSED
            Status page: Resolved. Incident closed                                            | CLOSED
            state change: Case closed. Monitoring continues under a follow-up case            | CLOSED
            Ticket inflow back to normal, sampled profiles all show full rails                | RESOLVED
            A reader emails the news desk: every story opens without logging in               | DETECTED
            Audience desk forwards the email to #web; Kyle takes a look                       | ACKNOWLEDGED
            Partner emails data@: all pollen values identical to yesterday                   | DETECTED
            Resize done, postgres up, app healthy again                                       | RESOLVED
            Kwame: found it - 2.14.0 reads the new key but our values still have the old one  | IDENTIFIED
            Reservations team forwards a guest e-mail to #hotels-web: "Apple Pay keeps failing" | DETECTED
            Contact centre escalates to Identity on-call: 25+ calls in one hour               | DETECTED
            Customer email to the shop inbox: the checkout button just spins                  | DETECTED
            Jess (community mod) pings me on Discord: #bug-reports is filling up              | DETECTED
            [PagerDuty] Triggered: etcdNoLeader (prod-use2), high urgency, to Jonah (primary) | DETECTED
            Bug bounty report to security@ says the bucket can be listed anonymously          | DETECTED
            Revert synced; single worker; in-flight jobs requeued                             | MITIGATED
            IC: root cause: v2 table incomplete and the flag at 100% instead of 10%           | IDENTIFIED
            [PagerDuty] Escalated to secondary. Acknowledged by Marisol Vega.                 | ACKNOWLEDGED
            Remaining 312 corrected by hand by Loyalty Ops; every member has the right bonus  | RESOLVED
            PAGE `SearchErrorRateHigh` (5xx 7.4% on /buscar) to Marketplace on-call (Martina) | DETECTED
            Compared the key with Vault: different. ExternalSecret last synced 30-07 09:14. Cause found. | IDENTIFIED
            force-sync + rollout restart. Sends return 200; first agent logs in               | MITIGATED
            Missing index deployed to the primary                                             | MITIGATED
            <pagerduty> :rotating_light: TRIGGERED #88412 checkout-api 5xx > 2% for 10m       | DETECTED
            will: acking :eyes:                                                               | ACKNOWLEDGED
            "api.example.io resolution failing (3/5 locations)" pages Tomasz                  | DETECTED
            Ewa answers, logs in remotely                                                     | ACKNOWLEDGED
            Carrier allocation switched to Hallam. New bookings succeed                       | MITIGATED
            Personalised feed back at 100%, fallback off, CTR at forecast for all users       | RESOLVED
            Jana closes INC-4471.                                                             | CLOSED
            Incident declared Sev 3 (merchant payouts held). Finance Ops looped in            | DECLARED
            Recon re-run for 29 March: full match                                             | RESOLVED
            Femke raises it in #payments-oncall with the corridor breakdown                   | DETECTED
            Checkout error rate passes 5% and pages the payments on-call                      | DETECTED
            On-call systems engineer (Anita) dials in                                         | ACKNOWLEDGED
            search_5xx_ratio > 2% -> page                                                     | DETECTED
            Campaign re-sent to the same segment; images load on both platforms               | RESOLVED
            Zabbix problem 'queue depth > 500' raised xMatters event 5581203, primary on-call notified | DETECTED
            status: Incident initiated, SEV-3                                                 | DECLARED
            Major incident accepted, I am MIM. Bridge on Teams                                | DECLARED
            1080p dropped. 720p/480p segments fresh again, rebuffering 9% -> 2.5%             | MITIGATED
            Chef d'équipe comptoir appelle le centre de soutien : « les bornes impriment blanc » | DETECTED
            Technicien de garde (Luc) prend l'appel et commence le diagnostic                 | ACKNOWLEDGED
            Incident déclaré SEV2, Mathieu commandant d'incident (IC)                         | DECLARED
            Cause trouvée : le profil v7 règle l'imprimante pour du papier thermique          | IDENTIFIED
            Retour arrière vers le profil v6 lancé, borne par borne                           | ROLLBACK_STARTED
            Incident clos                                                                     | CLOSED
            Diagnosed: connection pool exhausted by the retry loop                            | IDENTIFIED
            on-call engineer Huy received the ticket and started to check                     | ACKNOWLEDGED
            Duty Engineer Assigned                                                            | ACKNOWLEDGED
            Maintenance bypass closed. PDU-B re-energised on mains                            | MITIGATED
            Release rate reduced from 2000/min to 800/min. Errors from 30% to 9%              | MITIGATED
            Alias swapped back to `tuners_20261115` (yesterday's index)                       | MITIGATED
            Galleries show images again                                                       | RESOLVED
            Rollback done. Venues are moving again. 17 venues still stuck on duet entries     | MITIGATED
            Sione (on-call) calls Tania back and starts remote checks                         | ACKNOWLEDGED
            Modem on 4.1.9, locked to the satellite. DCS reconnects, printers back            | MITIGATED
            Runtime override for prod: series limit 3M -> 5M. Rejections went to 0 within a minute | MITIGATED
            checkout API now sends ui_variant=v2. Crash-free sessions 91% -> 98.7%.          | MITIGATED
            Eastside branch submits a helpdesk form: patrons phoning about cancelled holds     | DETECTED
            :red_circle: `flagsvc-p99-latency` page → @marisol                                 | DETECTED
            Mitigación temporal: los operadores validan por código; se dejan de rechazar pasajeros | MITIGATED
            Servicio restablecido, todo normalizado                                           | RESOLVED
            Alarm „checkout_payment_error_rate > 3 %" ausgelöst, Bereitschaft per PagerDuty informiert | DETECTED
            Reto quittiert den Alarm und beginnt mit der Analyse                              | ACKNOWLEDGED
            Störung ausgerufen (Schweregrad Mittel), Katharina übernimmt die Koordination     | DECLARED
            Ursache gefunden: der Poll-Batch braucht länger als das Intervall                 | IDENTIFIED
            Julien (astreinte) acquitte l'appel et ouvre le canal #inc-3ds                    | ACKNOWLEDGED
            Bastien Leroy (astreinte data) prend le sujet                                      | ACKNOWLEDGED
            Miguel Antunes (piquete) aceita o alerta                                           | ACKNOWLEDGED
            Une analyste de la régie signale sur #data-support que le tableau de bord est vide | DETECTED
            Erin finds the new closure polygon is self-intersecting; graph builder loops on it | IDENTIFIED
            Acquittement par l'astreinte (Karim El Amrani)                                     | ACKNOWLEDGED
            Olivier Gagnon (garde) prend le relais et commence l'analyse                       | ACKNOWLEDGED
            Taux de hit du cache à 70 %, p99 redescendu à 400 ms                               | MITIGATED
            Jonas (Bereitschaft) übernimmt im Kanal                                            | ACKNOWLEDGED
            Störung geschlossen                                                                | CLOSED
            Camila Duarte (guardia de Pagos) toma el caso                                      | ACKNOWLEDGED
            Se abre incidente SEV-3 en #inc-pagos; Camila coordina                             | DECLARED
            Se cierra el incidente                                                             | CLOSED
            Tomás Ferreyra (guardia) acepta la alerta                                          | ACKNOWLEDGED
            Front desk radios IT: "members can't open the lockers"                             | DETECTED
            Warehouse lead calls IT, scanners show a blank screen                              | DETECTED
            Priya answers on the radio and walks over to dock 2                                | ACKNOWLEDGED
            Kofi picks up the phone and starts pulling the logs                                | ACKNOWLEDGED
            Shift lead calls a site emergency and rings the plant manager                      | DECLARED
            Boiler valves set to manual, 30% open                                              | MITIGATED
            Vendor support confirms: firmware 2.1 writes the level in litres, a known bug      | IDENTIFIED
            Told the front-desk group we're done, all lockers open                             | CLOSED
            Dr. Osei emails lab-oncall: the control sample shows no calls on chromosome 7       | DETECTED
            A passenger asks support why her e-ticket shows yesterday's date                    | DETECTED
            Ferry captain radios HQ: the ramp will not lower                                    | DETECTED
            Tram driver radios the control room: two trams stuck at the depot                   | DETECTED
            Ines confirms the export is unusable and starts working on the mapping              | ACKNOWLEDGED
            Watching the dashboard after the release, I see checkout failures at 40%            | DETECTED
            New metadata applied in production. Staff sign-ins succeed                          | MITIGATED
            Marta Nowak (harbour master) rings Piotr: the crane display shows yesterday's plan   | DETECTED
            Ranger opens a safety incident and tells the council we are treating the beach as closed | DECLARED
            Koru (night shift lead) texts me from her own phone: no rota came through, which depot tomorrow? | DETECTED
            I reply "on it" and log in to the rota tool from home                              | ACKNOWLEDGED
            Ana rings me. I answer and drive in                                                | ACKNOWLEDGED
            Kofi and I close it off in the site log                                            | CLOSED
            I close the Trello card                                                             | CLOSED
            Floor supervisor radios maintenance: belts 3 to 5 jam every few minutes              | DETECTED
            Call centre logs the ticket and pages standby                                       | DETECTED
            Mei tells me. I treat it as an incident and take charge                             | DECLARED
            Hemi (site manager) declares a site incident and stands the packers down             | DECLARED
            Lena escalates a batch of login tickets in #support-escalations                     | DETECTED
            Accounts team confirms all 212 customer balances reconcile with the ledger export   | RESOLVED
            Tom acks (first page didn't wake him)                                               | ACKNOWLEDGED
            Tomás acknowledges (was in the metro without signal)                                | ACKNOWLEDGED
            Oskar online and investigating                                                      | ACKNOWLEDGED
            Otieno closes the acid injection valves by hand on houses 5-8                       | MITIGATED
            Drain pH in range in all four houses over two consecutive cycles                    | RESOLVED
            Dev calls back and remotes into the print server                                    | ACKNOWLEDGED
            Early shift arrives and finds both embossers idle                                    | DETECTED
            The finish judge radios the timing hut: two starts look late                        | DETECTED
            We pause all outbound notifications globally. False alerts stop.                    | MITIGATED
            Bank confirms the duplicate file has been removed from their release queue          | MITIGATED
            We begin switching signing back to the previous selector                            | ROLLBACK_STARTED
            Engineers find the single hot entitlement key behind the overloaded shard           | IDENTIFIED
            Unpaused the sync worker by hand; it works through the queue                        | MITIGATED
            The fitter finds a cracked hose on pump 3                                           | IDENTIFIED
            First ~120 kiosks back on 7.2 and taking payments                                   | MITIGATED
            Allowlist entry for the partner's range deployed to the edge                        | MITIGATED
            New bookings are accepted and confirmed                                             | MITIGATED
            Payouts succeeding, queue draining                                                  | MITIGATED
            Leases expired by hand; old workers pick up the jobs and statements start going out | MITIGATED
            Reconciliation with the bank file: every refund paid exactly once                   | RESOLVED
            Nightly totals replayed; spot checks match the source ledger                        | RESOLVED
            Dana picks up OPS-7781 and starts reading the logs                                  | ACKNOWLEDGED
            Bot rule 77 set to log-only for the checkout path                                   | MITIGATED
            After the restart the consumers start eating through the backlog                    | MITIGATED
            All 340 tills report a matching price file; stores told                             | RESOLVED
            7:16 I take it. Hub at 100% CPU on both cores                                       | ACKNOWLEDGED
            I'm logged in, looking at the broker                                                 | ACKNOWLEDGED
            Sale resumed from lot 31, clock ticking for everyone                                | RESOLVED
            Test window ended with no further errors, incident closed                           | CLOSED
            Rule excluded for the upload path; first large upload succeeds at 12:32             | MITIGATED
            New certificate loaded on the broker. Lockers start reconnecting                    | MITIGATED
            Prices re-pushed in small batches, first 22 stores correct within minutes           | MITIGATED
            Escalated to the Administrator on Call, who takes command. Downtime procedure invoked | DECLARED
            Major incident announced in #lib-systems and on the member libraries list           | DECLARED
            Service Desk logs the call and pages the integration on-call                        | DETECTED
            Service Desk closes INC0492817                                                      | CLOSED
            Ticket shut                                                                         | CLOSED
            Felix swaps the alias back to `contacts-apac-20260224`                              | ROLLBACK_STARTED
            Alias 'discovery' switched back to yesterday's collection disc_20260920             | ROLLBACK_STARTED
            Arjun pauses the 37 campaigns manually. Their overspend stops                       | MITIGATED
            CA imported and channel restarted. Results start filing (~40/s)                     | MITIGATED
            Hotfix 7.3.1 deployed; dry run of tomorrow's batch shows local times. Confirmed fixed | RESOLVED
            All refunds issued, customers emailed; price monitor clean for over 90 min          | RESOLVED
            Listener emails the producer: the new episode is not in Spotify                     | DETECTED
            Marcus Bell (OT on-call) returns the call and connects through the OT jump host     | ACKNOWLEDGED
            I see it, check the payments dashboard, see the duplicates, text Sam                | ACKNOWLEDGED
            Scheduler restarted; it connects to the new primary and runs start again             | MITIGATED
            rollback done, no more OOMKills, queue starts draining                              | MITIGATED
            Trigger dropped under emergency change; lock waits fall to zero within a minute     | MITIGATED
            `mm-queue-wait-critical` alert fires; online services on-call paged                 | DETECTED
            Payments on-call engineer online                                                    | ACKNOWLEDGED
            Customer care reports a surge in "mobile data not working" calls                    | DETECTED
            customer email: the card box is just blank, cannot pay - first we heard of it       | DETECTED
            [FIRING:1] QuoteApiLatencyP99 > 2s quotes-prod severity=page                        | DETECTED
            All pods on v13; p99 210 ms; decline rate 3.4%                                      | MITIGATED
            Price cache flushed for the produce category; storefront serves v36 prices. Impact stops. | MITIGATED
            Shift supervisor declares a Level 2 operational incident, acts as incident lead      | DECLARED
            Incident closed in Opsgenie and Jira                                                | CLOSED
            `ach_batch_no_progress` alert fires (no rows written for 10 min)                    | DETECTED
            First customer contacts about voucher codes not working reach CX Madrid              | DETECTED
            First in-app feedback: lost my 212 day streak, I practised last night                | DETECTED
            Purged the feeds path on the CDN. Feeds come back 200 through the edge.             | MITIGATED
            Spot-checked 30 accounts: streaks correct in the app                                 | RESOLVED
            Backlog of delayed webhooks fully delivered; merchants confirm their queues are clear | RESOLVED
            Consumers fully caught up; lag back to zero                                          | RESOLVED
            Workaround: app config sends viewers to the News simulcast, which plays normally; stall reports fall | MITIGATED
            NOC (Zabbix) page: 14 x host/device DOWN, Hall B. Received by shift.                 | DETECTED
            9 of 14 wavelengths re-routed onto NR-2 spare lambdas; those circuits up             | MITIGATED
            At 09:35 Johanna confirmed from billing that the night readings were complete and no meter had gaps | RESOLVED
            Ramp-down of `pdf_native_renderer` to 0% started (FLAG-2297)                         | ROLLBACK_STARTED
            Ramp-down complete, flag at 0% for all users                                         | MITIGATED
            Remote Config `checkout_wallet_sheet_enabled=false` published for app version 7.3.0  | MITIGATED
            rates-loader 7.2.4 → prod ✅ (rollback), the new table loaded under rates:v1           | MITIGATED
            Gemma (Finance) runs the weekly spend reconciliation: A$0 in the warehouse since 11 March. E-mails data-analytics@. | DETECTED
            Two brokers say motor quotes have not picked up the 3pm rate change                  | DETECTED
            Logged as MKT-INC-19 (Moderate); Kiri leading, Oliver joins for marketing            | DECLARED
            `fct_orders` partition loaded; Daily Revenue shows March 10 figures again            | MITIGATED
            `finance_daily` rebuilt; March 10 revenue reconciled to the Checkout DB within 0.01% | RESOLVED
            Deleted the catch-up batches from `raw.orders` (12,388 rows)                         | MITIGATED
            """)
    void classifiesOtherWritersWordings(String text, Phase expected) {
        assertThat(C.classify(text.strip(), Optional.empty()).phase()).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void aRevertTheRateFollowsBackToItsLevelIsARecoveryThatAlsoToldTheMitigation() {
        // the resolver makes the first of several recovery steps the mitigation; this event tells both
        PhaseClassifier.Classification c = C.classify("Revert complete; ID-check failure rate back to 3% for new attempts", Optional.empty());
        assertThat(c.phase()).contains(Phase.RESOLVED);
        assertThat(c.also()).contains(Phase.MITIGATED, Phase.ROLLBACK_STARTED);
        // a flag set back to its old value is no measure recovering
        assertThat(C.classify("Flag `auth.login_ip_rate_limit` set back to 0%", Optional.empty()).phase()).isNotEqualTo(Optional.of(Phase.RESOLVED));
    }

    @ParameterizedTest(name = "not {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            We talked about rolling back the schema; decided against it, the data had moved on | ROLLBACK_STARTED
            About 60% of the backlog imported                                                    | RESOLVED
            A customer opens a SEV2 support case about missing invoices                          | DECLARED
            amtool routes test: everything matches route 0, the watchdog has no matcher          | RESOLVED
            Replay lag 1h42m. The replica is excluded from the replica-lag alert                 | DETECTED
            Poller error rate at 100%. Freshness alert needs 30 min of stale data                | DETECTED
            Metering API 400 rate goes to ~95%. Alerts only look at 5xx                          | DETECTED
            iOS delivery success panel goes to 0%; the alert on it has a 15-minute window       | DETECTED
            Join success drifts from 97% to 91%; still above the 85% alert threshold             | DETECTED
            Login success 71%. The burn-rate alert uses a 1h window, not firing yet              | DETECTED
            Latency goes from 1.8s to ~6s. Only on the dashboard; we alert on error rate, not latency | DETECTED
            Fleet online ratio 99.1% → 97.8%. Warning threshold is 97%, paging threshold 95%     | DETECTED
            Atlantis auto-apply suspended for the infra repo to prevent further changes          | MITIGATED
            Inventory5xxBurnRate fires again briefly during a replica rebuild and clears by itself | DETECTED
            First corrupted writes: scores above 8.79e12 become negative after packing           | DETECTED
            Errors back in all regions after the failover                                        | RESOLVED
            SLO burn-rate monitor (connect success, 14.4x burn) pages primary on-call            | MITIGATED
            The nightly ReportBuilderJob fires its cleanup step                                  | DETECTED
            Logs show PKIX errors on every NordPost call; chain now ends in an intermediate we don't trust | CLOSED
            First "not available" refund e-mail goes to a customer                               | DETECTED
            Vendor confirms the key rotation on their side                                       | MITIGATED
            Scaled the workers out to 60; error rate climbs to 40% as the database saturates    | MITIGATED
            Revert deployed. It changes nothing for users: the bad rows are already written      | MITIGATED
            Ana issues a new certificate from the CA console                                     | MITIGATED
            Deploy bot posts in #releases that v8.1 is live                                      | DETECTED
            Rollback complete, checkout still down for every region                              | MITIGATED
            Schema change: days_since_last_purchase moved to the new feature view                | RESOLVED
            Not all kiosks printing yet                                                          | RESOLVED
            Availability re-synced for 11 of 14 properties; 3 properties still closed on OTAs   | CLOSED
            Raised the memory limit and did a rolling restart; all pods fresh, lag starts falling | RESOLVED
            Status page updated: investigating elevated errors                                   | ACKNOWLEDGED
            Mobile clients retry failed calls immediately, each retry refreshing a token         | DETECTED
            405 of 412 reporting after drivers power-cycled trackers                             | DETECTED
            Notice posted in the parent app and on district social media                         | DETECTED
            Bank accepts the regenerated file for 38 of 41 clients                               | ACKNOWLEDGED
            Rollback complete on both units; sessions still cap at 2,000                         | MITIGATED
            Shift lead reads the e-mail and pages the telemetry on-call                          | MITIGATED
            Zero-result rate rises to 6%. Our alert fires at 15%, so nothing pages.              | DETECTED
            Customer advisory e-mailed to the technical contacts of all affected zones           | DETECTED
            Lockers still not opening again at the Rotterdam sites                               | MITIGATED
            Paper pick lists printed; picking resumes at about 40% of normal throughput          | RESOLVED
            Quarter-end close batch starts                                                       | CLOSED
            Henrik acknowledges the page and joins the close bridge                              | CLOSED
            Hourly job fails again; failure alert goes to the team channel, not paged            | DETECTED
            Job cancelled and the channel restarted, but it fails straight away; nothing moves   | MITIGATED
            EU segment matches all EU countries and v2 returns minor units. Cause confirmed      | RESOLVED
            zero-result rate passes 4% on the Search Health board; the rule routes nowhere       | RESOLVED
            Rollback complete; checkout error rate 2% → 14%                                      | MITIGATED
            Added two read replicas; p99 latency rises to 4 s                                    | MITIGATED
            All consumers in a crash loop; order updates stop                                     | MITIGATED
            Retries take half the worker throughput; queue depth climbing                         | MITIGATED
            Revert PR merged, deploy pending                                                      | MITIGATED
            Search traffic switched to the new cluster (the change that broke ranking)            | MITIGATED
            Pool size pinned at 40 and the replicas moved to the new zone                          | IDENTIFIED
            Enterprise customer opens a P1 support ticket: every call fails                       | DECLARED
            Rolling restart of the pods; error rate back to normal                                 | ROLLBACK_STARTED
            Queue lag alert fires into a channel that was muted last month                          | DETECTED
            Disk alert e-mails the old list; no one receives it                                    | DETECTED
            p99 at 2.4 s, below the paging threshold of 3 s                                        | DETECTED
            Priya takes over as incident commander                                                 | CLOSED
            Snapshot restore started on a side instance                                            | MITIGATED
            Audit event counts 90% below normal                                                    | RESOLVED
            Rollback complete on all nodes; clients connecting again                               | RESOLVED
            Nightly job runs again on an empty input and exits 0                                   | RESOLVED
            Backfill confirmed as the reason compaction stopped                                    | MITIGATED
            Order counts no longer match the ledger                                                | RESOLVED
            Error counts matched the deploy window                                                 | RESOLVED
            Data team checks totals against source; 3k rows missing                                | RESOLVED
            Incident call handed over to the EU on-call                                            | CLOSED
            The caller raised a TimeoutError after 30 s                                            | DETECTED
            Expiry alert opens ticket OPS-12 (14 days left); no page                               | DETECTED
            Booking opens for the extra departures, traffic about 6 times normal                   | RESOLVED
            First place sold twice (we saw it later in the logs, no alarm)                         | DETECTED
            RB started, 4.1.7 offered to rev-B units (recovery mode still polls)                   | RESOLVED
            Decision: restore the overrides from the 09:00 snapshot                                | MITIGATED
            Snapshot restored into a staging table; merge started                                  | MITIGATED
            Consumers scaled to zero; no new duplicates after this point                           | RESOLVED
            Rollback finished; charts show exactly the same gaps                                   | MITIGATED
            Rollback complete; barriers still refuse pre-booked plates                             | MITIGATED
            Control centre takes radio calls: monthly pass holders refused                         | MITIGATED
            Mobile clients retry failed calls immediately                                          | DETECTED
            Origin recovering, 503s down to 8%                                                     | RESOLVED
            Rollback complete; write rate drops, but API writes keep failing                       | MITIGATED
            She paused the rollout; every device already had it, so the pause stopped nothing      | MITIGATED
            The queue is at four times its normal size and still growing                           | RESOLVED
            Alert fires; nobody notified, the channel is muted                                     | DETECTED
            SP-side signature failures begin (reconstructed later from tenant reports)             | DETECTED
            Dmitri: "this is bigger than one broker", spun up a channel                            | IDENTIFIED
            First OTP messages leave via the new route; receipts come back ACCEPTED                | ACKNOWLEDGED
            Revert PR #2291 (retention back to 24h), revert rolling out                            | MITIGATED
            broker-3 at 97%; produce p99 40ms → 1.9s; producers dropping batches                   | MITIGATED
            Alert LeaderboardRedisLatency fires to a channel only, pages no one                    | DETECTED
            First acknowledgement validation failures in gateway logs                              | ACKNOWLEDGED
            Rollback complete; recovery run #2 returns 212 legal pairings                          | RESOLVED
            We started reverting to the previous certificate, which was still valid for six weeks  | MITIGATED
            Scheduled rotation of the gateway client certificate (ticket CR-2291) goes in          | DETECTED
            Every region at baseline for 15 min; feed declared healthy                             | DECLARED
            Hotfix to the dispatch rule accepts both values; bays start dispatching                | ACKNOWLEDGED
            First upload rejected with HTTP 507. The claimant sees "Your upload failed"            | DETECTED
            Query log sampling: 71% of resolver time from one API key. That's the source           | RESOLVED
            Rollback of the resolver fleet to unbound 1.20 initiated                               | RESOLVED
            Rollback complete on all resolvers; SERVFAIL ratio unchanged at 30%                    | RESOLVED
            Investigation narrows it to two entities; balances in other entities look normal       | RESOLVED
            Alert QueueAdmissionStalled (zero admissions for 5 minutes) fires and pages on-call    | RESOLVED
            Downgrade proposed and rejected: it needs a stable connection                          | RESOLVED
            Rollback complete; backlog continues to grow at the same rate                          | RESOLVED
            He checked the provider's status page, which showed all systems normal                 | RESOLVED
            All 2,318 held declarations accepted; error ratio 0                                    | DECLARED
            First customer ticket: a TXT record still resolves to the old value                    | RESOLVED
            Batch 3 accepted; agency acknowledgements received for 1,912 of 1,912 returns          | ACKNOWLEDGED
            Edges still serving cached copies; purge of the widget hostname requested              | MITIGATED
            Emergency quota increase requested from the cloud provider                             | MITIGATED
            Working theory: a cold cache after failover. Checked and ruled out (hit rate normal)   | RESOLVED
            Channel starts timing out while waiting for HL7 ACKs and begins retrying               | ACKNOWLEDGED
            The bridge concludes the cause is patch 8.4.2 (this later proved wrong)                | IDENTIFIED
            Decision to roll back to image 3.8.7                                                   | ROLLBACK_STARTED
            Ingrid notices the queue has stopped and finds the fault on the robot's panel          | IDENTIFIED
            ED and Radiology stand down downtime procedures                                        | CLOSED
            Customer finds the checkout page broken and phones support                             | IDENTIFIED
            Containment not yet complete: two hosts still beaconing                               | MITIGATED
            Database rolled back to last night's snapshot                                          | ROLLBACK_STARTED
            kwame: do we declare?                                                                  | DECLARED
            Should we roll back the release?                                                       | ROLLBACK_STARTED
            Alert: resolver SERVFAIL ratio > 2%, inside the silence window, nobody notified         | DETECTED
            We ask provider to roll back the migration. Provider say not possible. No rollback done | ROLLBACK_STARTED
            Someone asked about rolling back last night's deploy. Moving on.                       | ROLLBACK_STARTED
            should we roll matchmaker back to 2026.08.2?                                           | ROLLBACK_STARTED
            The team chose to roll it back before digging further                                  | ROLLBACK_STARTED
            Vendor recommends rolling the array firmware back to 9.3.7                             | ROLLBACK_STARTED
            Decline rate rises to 6% (seen afterwards on the dashboard; the alert threshold is 10%) | DETECTED
            Card scheme status pages checked, all green; a scheme-side outage is ruled out         | RESOLVED
            Rollback discussed and rejected. Amended in the meeting: the draft said "rollback started". Nothing was rolled back | ROLLBACK_STARTED
            Rollback discussed and rejected. Amended in the meeting: the draft said "rollback started". Nothing was rolled back | MITIGATED
            Provisioning finished CHG0061123 (move ranges to SBC-3/4). Closed as successful        | CLOSED
            Trouble ticket closed with the customer's consent                                      | DETECTED
            Revert is published, but browsers keep their cookies; 400s carry on exactly as before | MITIGATED
            Errors bring the API down for every tenant                                             | MITIGATED
            Revert of CHG-5521 started, relays moving back to the old pool                         | MITIGATED
            CDN purge log shows ~40k tag purges/min coming from the CMS                            | MITIGATED
            Root cause identified: index v3 was built without the .alt file                        | MITIGATED
            Rollback complete on the api pool; duplicate captures continue at the same rate        | MITIGATED
            SMS fallback switched on for all iOS users; logins work again                          | RESOLVED
            Zero-result rate crosses the 15% alert threshold as morning traffic picks up; on-call paged | ACKNOWLEDGED
            iOS delivery rate at baseline; support sees no new tickets                             | DETECTED
            Customers' data export finished for the last tenant                                    | DETECTED
            First consumer channel closed by the broker with `PRECONDITION_FAILED - delivery acknowledgement timed out` | ACKNOWLEDGED
            First consumer channel closed by the broker with `PRECONDITION_FAILED - delivery acknowledgement timed out` | CLOSED
            Egress proxy logs show CONNECT denied to three new ClearPath IPs                       | MITIGATED
            Jamal sees the OOM in the job log. Cause clear.                                        | MITIGATED
            I asked the CRM on-call to revert their change. The revert was turned down.            | ROLLBACK_STARTED
            Backlog 30% remaining; transactional pushes normal, campaign pushes still delayed      | RESOLVED
            Flag switched on for all merchants (it had been on for 5% of merchants for two weeks with no complaints) | DETECTED
            Billing team warned that the 11:00 export will be held                                 | MITIGATED
            At 08:15 we started reverting the change, to make sure it could never run again        | MITIGATED
            The run finished and the last tickets closed on every floor                            | CLOSED
            Ops analyst notices the settlement file is missing during the morning checklist        | IDENTIFIED
            Customer complaints about notifications start arriving on social media                 | MITIGATED
            Chen checks the payment provider's status page. "I thought it was the provider." All green | RESOLVED
            We ask the aggregator to roll back their key rotation. They refuse. No rollback.       | MITIGATED
            [Comms] Status page post: "Resolved - checkout has been operating normally since 16:20" | RESOLVED
            Status page: "Identified - a fix is in place"                                          | MITIGATED
            Failed-job rate at 4% on the packaging dashboard; that panel's alert is e-mail only    | DETECTED
            The purge job runs with the new config; the CDN accepts a purge of /*                  | ACKNOWLEDGED
            403 rate on `POST /checkout/pay` rises to 14%; visible in error tracking, no alert on 403s | DETECTED
            Workaround found: prefix-only suggestions                                              | IDENTIFIED
            Registration error rate at 100%. Our alert only counts HTTP 5xx, TLS errors are not counted, so nothing fires | DETECTED
            Clearing returns the rejection file. Our inbox job only logs it as WARN                 | MITIGATED
            I took the call from the Service Desk (P4 ticket INC0207731)                           | DECLARED
            Asked vendor to revert the listener version check — they can't, v8.2 can't be backed out | ROLLBACK_STARTED
            Liam confirms the queue is orphaned and safe to drop                                   | MITIGATED
            got it - index.html cached at CDN w/ 10min TTL, old chunks already deleted by the deploy | ROLLBACK_STARTED
            Mobile clients retry failed calls immediately, each retry triggering a token refresh   | DETECTED
            Customer success follow-up calls with the six largest affected tenants                 | DETECTED
            deploybot: catalogue-indexer 3.9.0 deployed to prod (nightly reindex will pick it up)  | ACKNOWLEDGED
            Service Desk takes a call from a large aggregator: all payment consents failing        | ACKNOWLEDGED
            E-mail to all clients: salary payments delayed, we work on it                           | MITIGATED
            First stalls in player telemetry as Redis connections pass 9,000                       | MITIGATED
            first ticket signed with `k-2026-06`                                                   | DETECTED
            Fraud rules bundle r512 deployed to payment-gateway                                    | MITIGATED
            Running config diffed against last week's; `session.max_idle` change identified as the cause | MITIGATED
            Final snapshot `reporting-prod-final-20260224` confirmed complete                      | RESOLVED
            Rollback complete; queue still not moving.                                             | MITIGATED
            MDN detail shows cert mismatch; found the 18 Aug notice with new cert attached          | MITIGATED
            Rollback of cart-service 4.20.0 (deployed 11:40, the only recent change) to 4.19.2 started | MITIGATED
            Processor status page is all green. Main suspect: fraud-rules v88 from 13:30            | RESOLVED
            label-svc pods restarted on a hunch: no change                                         | MITIGATED
            pricing-svc scaled 20 → 40 pods. New pods saturate as soon as they pass readiness     | MITIGATED
            Writes re-enabled; queued payments begin posting.                                      | RESOLVED
            Found BNG-AUH-05/06 showing both RADIUS servers dead; other BNGs fine                  | IDENTIFIED
            Found 1,312 orders from the outage window with missing status rows                     | IDENTIFIED
            Correlation with v4.12.0 deploy identified                                             | IDENTIFIED
            Ticket creation from NOC console starts hanging; auto-ticket queue growing (no alert on queue) | DETECTED
            Resolver QPS rising, 85k → 210k qps. QPS alarm is at 300k so nothing raised             | DETECTED
            USSD GW session timeouts at 12% (dashboard, alarm threshold is 20%)                    | DETECTED
            At 14:21 Harborline's acknowledgement file came back with reject code R-BCH-07         | ACKNOWLEDGED
            Overall sync success 84%, inside the alert threshold (80%) because desktop traffic dominates | DETECTED
            Mei suspects webhook ingestion, checks delivery logs. Ingestion is fine.               | RESOLVED
            Mismatch confirmed on about 3% of listings changed since 26 Dec                        | IDENTIFIED
            Asked ClearPath to hold/void the two `_r1` files                                       | DETECTED
            Daan scales claims-ocr by hand to 20 replicas. Throughput practically the same as before, backlog still growing | MITIGATED
            broker metrics checked (request latency, under-replicated partitions, ISR) — all healthy, dead end | RESOLVED
            Cause clear from the logs: seal certificate expired at midnight                        | MITIGATED
            Marta assumes growth from the monthly renewal batch, plans resize of volume after lunch | MITIGATED
            Backend logs are clean, the requests do not arrive at claims-upload-api. Suspect the CDN | MITIGATED
            IdentiQ confirms problem on their side: LB health check misconfigured after maintenance | RESOLVED
            Restarted erx-router consumers. They reconnect, take ~200 messages, then stall again   | MITIGATED
            Bank sends pain.002 with status RJCT. Our client stores it but only alerts on codes it knows, so nothing happened | DETECTED
            The deploy takes it down for two minutes                                               | ACKNOWLEDGED
            All queued drafts synced (2 notes lost when browsers were closed); save success 99.9%   | CLOSED
            We closed the follow-up ticket for the vendor                                          | CLOSED
            First OTP messages leave via Telnexa-B; receipts come back `ACCEPTED`.                 | DETECTED
            Corvia refund API latency rises; first refund calls time out after 5 s                 | DETECTED
            Closing the firewall port opened for the migration                                     | CLOSED
            CS finishes contacting the 212 flagged orgs                                            | DETECTED
            Email of the warehouse manager: "we received very few orders this morning, is there a problem?" | IDENTIFIED
            The journey's hourly batch sent 6,214 e-mails, about 5,900 of them to paying customers | DETECTED
            push-gateway 4xx counter climbs; the rule on it is low-urgency and sends an e-mail digest only | ACKNOWLEDGED
            On Tuesday at 09:00 we held the incident review, and this post is what came out of it | IDENTIFIED
            Run aborts on the failed-batch guard (7 of 120 > 5%). Control-M job alert to Opsgenie, billing on-call paged | MITIGATED
            disk alerts found going to the archived #ci-alerts-old channel                         | CLOSED
            Harbourline's operations lead e-mails our partner-support shared mailbox about a file  | DETECTED
            SEV3 declared because of the 8 AM finance close review; Jordan Price IC                | CLOSED
            Duty manager takes it on, rings the other sites and finds four more with the same problem | IDENTIFIED
            Renewed certificate found in the HSM (since 12 May), not active. Activation needs 2 of 3 key custodians | MITIGATED
            999 acknowledgments come back "accepted" for both files                               | ACKNOWLEDGED
            Fix deployed to staging, verified                                                      | MITIGATED
            Jun 1 batch regenerated and resent, 999 accepted                                       | ACKNOWLEDGED
            Retrans pool scaled from 4 to 6 instances. Queue keeps growing                          | MITIGATED
            Closing cross: zero gaps                                                               | CLOSED
            Spot interruption notices for 31 of 48 GPU nodes in us-east-1                          | DETECTED
            `erx_inbound_rate_low` fires; business-hours alert, overnight it only posts to #integrations-alerts | DETECTED
            PSP status page is green and test payments go through, so it's probably us              | RESOLVED
            Replay ~70% done                                                                       | RESOLVED
            Replay 70% done; merchants on the EU-2 shard still waiting                             | RESOLVED
            Backfill paused; router pinned to v9 for finished shards                               | RESOLVED
            Overnight NOC operator picks up the escalation and starts working it                   | MITIGATED
            Carla notices the pending-verification queue at 340 (normal <20), posts in #onboarding | RESOLVED
            cleared + re-triggered DAG run - stuck in queued                                       | RESOLVED
            Flag rolled back to 0%. Maps don't come back: the quota stays exhausted until midnight | MITIGATED
            Scheduler computes release time as local midnight + fixed seconds                      | MITIGATED
            Closed — Audience Services confirm no new complaints since 15:40                       | RESOLVED
            Bank ACK report lists 4 files received vs. 3 expected                                  | ACKNOWLEDGED
            Consumers scaled 12 → 24 pods to catch up — makes the rebalancing worse                | MITIGATED
            Gateway rate-limit calls start failing with READONLY; limiter fails closed; 429s for all | CLOSED
            Canary-pool pod restarted as a test; it connects to the new primary                   | MITIGATED
            First `SyntaxError` on /checkout in Sentry; rate ~40/min, below the 500/min paging threshold | DETECTED
            VolumeQueueLength alarm enters ALARM, but its SNS topic has no subscriptions           | DETECTED
            Replica lag passes 30 s on the dashboard (paging threshold is 120 s)                   | DETECTED
            zero-result rate crosses 8% on the search dashboard; we only alert at 15%              | DETECTED
            Data volume at 80 %. Only visible on dashboard, alert is at 90 %                       | DETECTED
            Crashlytics velocity alert is email-only and goes to a list nobody reads               | DETECTED
            expiry exporter: "gw-int-ca expires in 10 days" posted to #infra-alerts-lowprio          | DETECTED
            Queue depth warning fires in the low-priority Slack channel                              | DETECTED
            Synthetic check fails 3 times in a row (Slack only)                                      | DETECTED
            Disk hits 100%; no disk alert, the host was missing from the alerting rules              | DETECTED
            Checkout 4xx at 30%; our error alert only watches 5xx                                    | DETECTED
            Statements e-mailed to customers with the wrong balance                                  | DETECTED
            Spring promo banner closed from the admin tool; no more redemptions                      | CLOSED
            Service Desk logs INC0071002 (P3) to the billing queue                                   | DECLARED
            Service desk raises a P2 in the ticketing tool and pages platform on-call                | DECLARED
            Read timeout raised from 5s to 15s via config; failure rate stays around 30%             | MITIGATED
            ingest workers scaled 6 -> 18; new pods OOMKilled as well                                | MITIGATED
            Rollback fails: the old build cannot read the migrated table, so aborted                 | MITIGATED
            Live-chat complaint: lot 12 closed with 30 seconds still on the clock                    | CLOSED
            Declared Critical (merchants over 3% auth failures). Dana Reyes IC                       | CLOSED
            Care team: chat volume triple normal, all about carts that will not load                 | RESOLVED
            Sale closed by hand on 40 sailings with fewer than 10 seats                              | CLOSED
            Partner Success e-mails all affected suppliers about the delay                           | DETECTED
            Loader queue grows; writes to the payouts table hang                                     | DETECTED
            Refund job finished, 1,200 succeeded, 3 failed on closed wallets                         | CLOSED
            Batch reported 212/212 success by OSS, change closed by the night engineer              | CLOSED
            Renderer crashes and restarts on it                                                      | ACKNOWLEDGED
            Profiling shows the new rule taking 40s on files over 20 MB                              | ACKNOWLEDGED
            Journey planner suppliers asked to refresh their caches                                  | DETECTED
            Riders are reporting wrong times for several routes                                      | MITIGATED
            Login success rate falls to 72%; the SLO alert uses a 1 h window and has not fired     | DETECTED
            First viewer posts about black screen on social (found during review)                  | DETECTED
            alertbot: FIRING folio_lock_wait_p95 > 30s on pms-db-eu2 (severity=warning, no page)    | DETECTED
            courier app 5.2.0 staged rollout raised from 10% to 50% in Play Console                | DETECTED
            Crash-free users for HMS builds falls to 71%. Velocity alerts are only set up for the Play build | DETECTED
            PR #402 merged: sensor set to soft_fail=True, timeout 2h, to stop paging on late vendor files | DETECTED
            Rollback complete; wiped shards still empty for players                                | MITIGATED
            revert deployed; the 11:30 run no longer overwrites partitions, but dashboards still show zero orders | MITIGATED
            New certificate issued by the internal CA (valid to 2027-11-16)                        | MITIGATED
            Failing back to cluster A discussed. Decision: not done                                | MITIGATED
            Root cause identified: 0.9.0 dropped the no-op check and patched every ResourceQuota status | MITIGATED
            Decision to fail over to db-02 (replica on separate disk, lag 0)                       | RESOLVED
            Signer back on the old key; tickets sold from now on scan at every gate                | DETECTED
            Vendor reports the update complete, no errors on the NAS console                       | DETECTED
            ~4,100 gateways reconnect at once; cluster CONNECT rate 60× normal                     | RESOLVED
            Connection rate limit enabled on the NLB listener; ingest recovers to 70%              | RESOLVED
            Node pool max raised 48 → 80. No new nodes: g5 spot unavailable in all three AZs        | MITIGATED
            AWS support case opened for an on-demand G quota increase to 768 vCPUs                 | MITIGATED
            Partner emails bounced for two hours                                                   | DETECTED
            Priya clears and restarts the sensor task; it goes straight back to waiting            | MITIGATED
            restarted harbor-core, healthy ~2 min then crashloop again                             | RESOLVED
            v48 drops required field session_id; registry accepted it because compatibility is NONE | ACKNOWLEDGED
            the backoff default is fixed 2s, so every retry lands at once                          | MITIGATED
            Revenue team closes out (stop-sell) the sold-out room types on the extranet            | CLOSED
            Ticket with the aggregator. First answer from their NOC: "no known issue"              | DETECTED
            Failure email goes to the ils-alerts@ shared mailbox nobody reads                      | DETECTED
            Sales closed for the 212 hotels from the admin (stop-sell). No more overbookings       | CLOSED
            First CI job installs 3.8.2; its postinstall collects env vars and POSTs them to a domain | DETECTED
            I restarted both CoreDNS pods on the theory that one was wedged                        | MITIGATED
            IC: pausing 17 non-critical DAGs                                                       | DECLARED
            Controllers offline for 30 min enter fail-safe: valves closed, schedules suspended     | CLOSED
            Crew Control stands down the phone list for OSL and BGO                                | CLOSED
            Customer notified: service restored                                                    | RESOLVED
            Decision: fail the LIS channel over to ie-prod-02 and repair ie-prod-01 separately     | CLOSED
            First callbacks rejected with TLS error `unknown ca` (we saw this only after, in logs) | DETECTED
            Restarted the matchmaker. Came back and hit the same wall in under a minute            | MITIGATED
            Thought about rolling back to Thursday's build but nothing in it touched networking    | ROLLBACK_STARTED
            First `401 invalid_api_key` in otp-service logs. Alert e-mail goes to sms-alerts@ (unread) | DETECTED
            Lag warning posted to #db-alerts, an unwatched channel                                 | DETECTED
            Asked vendor to back their patch out - they can't before tonight's window              | DETECTED
            DC Ops asks both buildings to work the existing wave while we sort it out              | RESOLVED
            Anouk sees 11 confused replies in info@ and posts in the board group                   | ACKNOWLEDGED
            Checked handheld push service and site Wi-Fi status, both fine                         | RESOLVED
            Confirmed with vendor support on the phone                                             | DETECTED
            Karen - we're working on it with the network team. Next update by 13:15                | ACKNOWLEDGED
            listing-service v2.41 deployed; index template now has `lotes` as `nested`             | MITIGATED
            Replica last synced at 09:14                                                           | RESOLVED
            First error in the logs in Grafana                                                     | MITIGATED
            <tomasz> :wave: just back from lunch, what's up                                        | MITIGATED
            Anycast nodes start dropping queries (from the DNS provider's incident report)          | DECLARED
            All sites told to put gates in attendant mode                                          | DETECTED
            Switch back up; encoder-1 loses clock lock and sends silence. Health checks stay green | RESOLVED
            Message to families: we are working on it. Interview bookings will stay open           | MITIGATED
            Checkout page load time p75 rises from 1.8 s to 21 s                                   | RESOLVED
            Service desk fixes the slot by hand and closes INC-88213 as a one-off data issue       | CLOSED
            Valve controllers fetch the night's schedules; skipped blocks stay closed              | CLOSED
            I thought it was yesterday's release. Checked the token logs: tokens are fine          | RESOLVED
            HPA max raised to 200 as extra headroom                                                | DETECTED
            First SSLHandshakeException: Received fatal alert: handshake_failure                   | DETECTED
            TLS handshake failures `alert unknown ca` from 3.x clients                             | DETECTED
            EU motion alert delivery latency starts climbing, p95 at 2 min                         | DETECTED
            Job reports success, swaps `tickets-read` and `tickets-write` to `tickets-v7`          | DETECTED
            Import reports 0 errors. All 3 councils now show Mon 25 May as collection day          | DETECTED
            Night 2: same failure. The run is reported as succeeded.                               | DETECTED
            Wave 2 reported finished: 1,812 installed, 58 download failures queued for retry       | DETECTED
            Push reported complete, 212/212 acknowledged.                                          | ACKNOWLEDGED
            First "Protocol error: Target closed" in renderer logs. OUTAGE BEGINS                  | CLOSED
            Customer posts that the phone line says we're closed; social team forwards it          | CLOSED
            Reading store manager rang Customer Care: 120 orders in a window that can take 12      | RESOLVED
            Browsers reject TLS to the static hosts; pages render unstyled                         | RESOLVED
            On-call technician takes the call and starts the diagnosis                             | IDENTIFIED
            Opened Palo Alto TAC case 03012488 at P1 with tech support files                       | DETECTED
            Connect success 99.6%, service desk call volume dropping off                           | DETECTED
            Cache returns the 11 May close, logs a warning once                                    | CLOSED
            Redémarrage de 3 bornes à l'essai — aucun effet, toujours vides                        | MITIGATED
            The alarm on ReplicaLag crosses 60 s; the alarm has no action configured               | DETECTED
            SEV3 declared (morning ramp at 06:30, so we wanted it fixed before then)               | MITIGATED
            Nuwan ties the record type 05 to the 4.8.0 change. Cause confirmed                     | MITIGATED
            Tanvir finds hostAliases in the deployment mapping the host to the old gateway IP      | ROLLBACK_STARTED
            Asked the gateway to re-enable TLS 1.1 for our merchant ID. Refused                    | DETECTED
            06:12 INC0193320 created as P2, assigned to Integration on-call                        | ACKNOWLEDGED
            Restarted the pods; broker-4 still down, disk still full                               | MITIGATED
            manifest-builder pointed back at the primary                                           | ROLLBACK_STARTED
            Redis healthy since 18:05; gateways are drowning in reconnects on a fixed 1 s retry    | MITIGATED
            Support called back 14 restaurants, they uploaded photos successfully                  | ACKNOWLEDGED
            The goal is errors at 0 before the campaign                                            | MITIGATED
            Sync finishes OK; the hold rules cancel 2,310 holds and queue the notices              | DETECTED
            Generator hits its lock timeout, catches the exception, writes an empty plan           | DETECTED
            Customer service is calling the other 24 before the carrier pickup                     | DETECTED
            Airflow torn down; alert on `age(datfrozenxid)` > 500M added for every Postgres        | DETECTED
            New alert added: page if 4xx deferral rate > 5% for 10 min                             | DETECTED
            App logs show `invalid signature` on every queue token, lines up with the 9:30 rotation | MITIGATED
            Erin finds the new closure polygon is self-intersecting; graph builder loops on it     | ACKNOWLEDGED
            Le PSP refuse une partie des débits. Visible seulement dans les logs, aucune alerte    | DETECTED
            First scheduled close commands time out on 4.2.0 controllers; valves stay open        | CLOSED
            Erste Render-Worker mit `OOMKilled` beendet; Kubernetes startet sie neu               | CLOSED
            Finance revenue dashboard refreshes: Monday shows €4.1M (normal is around €2M)        | RESOLVED
            Batch summary email arrives in ops inbox: 3,940 sent, 0 failed                         | DETECTED
            Socket count climbs to 80k as the new clients reconnect without closing idle sessions | CLOSED
            Smoke alarm tested on floor 2 after the fix, alarm reaches the fire panel             | DETECTED
            Planners asked to stop manual route edits while we look                               | MITIGATED
            Dispatcher phones the IT on-call line; her crews switch to manual paper lists         | MITIGATED
            Reception confirms: all ten rooms on the second floor show the old key cards          | IDENTIFIED
            Customer tells support they are done with the upgrade                                 | DETECTED
            IT WORKS AGAIN ON THE TEST BOX                                                         | DETECTED
            action: Restarted the billing application service on BILL01 and BILL02 - login still hangs. Hosts look healthy | RESOLVED
            action: Restarted the billing application service on BILL01 and BILL02 - login still hangs. Hosts look healthy | MITIGATED
            Decoder memory limit raised 2 → 4 GiB (OOM suspected from restarts); pods still crash  | MITIGATED
            Re-ran the export with the column mapping fixed. It failed on the unique constraint because the old rows were still there | MITIGATED
            Gateway restarted. Queue drains for a minute then climbs again                         | MITIGATED
            Import paused. Quota stays exhausted until midnight                                    | MITIGATED
            Export cron disabled since March 2, nobody noticed                                     | MITIGATED
            Disk at 100%; compaction stuck, so no space reclaimed                                  | MITIGATED
            Breaker stuck open: every probe re-opens it                                            | MITIGATED
            Member services sees 40 decline complaints in the queue and posts in #payments         | MITIGATED
            Scaled the workers from 8 to 16; rebalances get more frequent, lag grows faster        | MITIGATED
            Engineer finds the switch port for the stand's clock is down. Cause found              | CLOSED
            Result of the third race declared from the backup camera                               | DECLARED
            After several calls from shops whose tills froze, support pages the on-call engineer   | DECLARED
            Exception chute at 9% of volume (normally about 1.5%), visible on the HMI              | RESOLVED
            Transactional email switched from one provider to another (config change, no deploy)   | DETECTED
            PagerDuty paged mail-oncall (no responder on shift)                                    | ACKNOWLEDGED
            Page not acknowledged (Tom was asleep)                                                 | ACKNOWLEDGED
            End of astronomical night; dome closed                                                 | CLOSED
            Tried to close the valve by hand, but it would not move                                | MITIGATED
            pH in range in house 6 only; houses 5, 7 and 8 still low                               | RESOLVED
            Online booking closed for both huts for tonight                                        | CLOSED
            Decision: put the previous certificate back rather than wait for an app release        | ROLLBACK_STARTED
            Contact centre takes the first calls from applicants who were sent back to the start   | ACKNOWLEDGED
            Automatic retry uploads the file again with a regenerated header and a new file ID     | MITIGATED
            We match the failures to the certificate renewal at 13:58 and find the bad intermediate | MITIGATED
            Export job killed by the OOM killer at 80%; nothing alerts                              | MITIGATED
            Partition 7 closed by hand; writes go to partition 8                                    | CLOSED
            Could we turn the promo flag off? @dana ok from sales?                                  | MITIGATED
            Volume remounted. Database crash recovery fails on a torn page                          | MITIGATED
            Volume remounted. Database crash recovery fails on a torn page                          | RESOLVED
            Snapshot restore into a scratch schema complete                                         | MITIGATED
            Invoice emails generated from the stale price list                                      | DETECTED
            Batch script reports "9,204 rows updated". Higher than usual, nobody looks              | DETECTED
            Some users are having trouble signing back in                                           | MITIGATED
            Alert "parcel pickup failures > 8%" fires; on-call paged                               | ACKNOWLEDGED
            Alert "claims upload errors" fires; pages the platform on-call                          | ACKNOWLEDGED
            Firewall logs show the rule blocking uploads from iPhones                               | MITIGATED
            We take it as a sign the cache is cold                                                  | ACKNOWLEDGED
            First attempt at the re-push failed on batch 3                                          | MITIGATED
            Push gateway logs split by platform: Android fine, iOS all failing                      | RESOLVED
            Looked at swapping the alias back: not possible, the old index no longer exists         | ROLLBACK_STARTED
            INC raised to P2, assigned to Network Tools, on-call paged                              | DECLARED
            Kafka Connect worker restarted; connector starts reading the backlog and is OOM-killed again | MITIGATED
            Import finishes and cancels the 312 student bookings. Cancellation emails go out automatically | DETECTED
            Signallers revert to paper train orders on the northern corridor; trains moving again | ROLLBACK_STARTED
            File submitted; bureau validation returns REJECTED and the monitor pages the on-call    | ACKNOWLEDGED
            25 by 8:02 when I spotted it on the Explore dashboard                                   | ACKNOWLEDGED
            SecurePath 3DS starts returning 502s on a share of calls from warehouse-loader          | ACKNOWLEDGED
            Ben asks whether to roll back card-gateway 3.4.1. Rachel: it only changed logs. Rollback not done | MITIGATED
            Automated alert "BACS job age > 30 min" fires and is merged into the open incident      | DECLARED
            Start draining us-west traffic to us-central                                            | MITIGATED
            Scope confirmed: card authorisations healthy, outgoing SEPA (standard and instant) queueing | RESOLVED
            Customer care reports a surge in "mobile data not working" calls                        | MITIGATED
            Fraud operations analyst notices an unusual run of code-91 declines in the fraud queue  | MITIGATED
            Disk usage passes 85% as volume ramps up (dashboard only; the paging alert was set at 95%) | DETECTED
            the api token was rotated on 8 May and the secret cert-manager uses was never updated   | MITIGATED
            HMI marks the stations COMM FAIL; alarms are shelved for the carrier maintenance window | DETECTED
            Nothing alerted: an empty manifest is a valid output for a depot that is closed          | CLOSED
            Routine app deploy. Origin returns 503 for 40 s during the restart, which normally nobody notices | RESOLVED
            First one-star reviews on the app store (found later when we went through reviews)        | DETECTED
            Shift supervisor declares a Level 2 operational incident, acts as incident lead          | RESOLVED
            JVM DNS cache holds the resolved IP forever                                              | RESOLVED
            Revert of #4120 to follow in working hours                                               | ROLLBACK_STARTED
            Not without a deploy and a CAB slot. Reverting the loader is quicker                     | ROLLBACK_STARTED
            The person who drew it closed the shape the wrong way round                              | CLOSED
            Crash-free users for 7.3.0 at 98.9%, read back from the dashboard afterwards             | RESOLVED
            48h gate review passed (crash-free users 99.74% at 5%); rollout raised to 20%            | DETECTED
            First jetsam terminations in StatementViewer on iPhone 8                                 | MITIGATED
            Stripe emails dev@ that the webhook endpoint is failing (shared inbox, not read until 12:40) | DETECTED
            broker-4 data volume at 85%, warning e-mailed to kafka-team@ (non-paging)                | DETECTED
            Out-of-hours service desk takes a call. Logged as a P4 and left for Monday              | DECLARED
            Provider status page: elevated API latency in us-east                                    | DETECTED
            Kein Alarm: die Regel feuert erst nach 15 Minuten                                        | DETECTED
            First merchant call to hotline (terminals showing declined, try again)                   | MITIGATED
            """)
    void doesNotClassifyOtherWritersDistractors(String text, Phase wrong) {
        assertThat(C.classify(text.strip(), Optional.empty()).phase()).isNotEqualTo(Optional.of(wrong));
    }

    @org.junit.jupiter.api.Test
    void aThresholdTheAlertSourceSawIsNoDetectionWhenTheEventSaysNobodyWasPaged() {
        assertThat(C.classify("folio_lock_wait_p95 above 30s on pms-db-eu2", Optional.of("alertbot")).phase()).contains(Phase.DETECTED);
        assertThat(C.classify("folio_lock_wait_p95 above 30s on pms-db-eu2 (severity=warning, no page)", Optional.of("alertbot")).phase())
                .isEmpty();
    }

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Origin capacity doubled; 502 rate falls below 1%                     | MITIGATED
            """)
    void capacityGrowingIsNoSymptom(String text, Phase expected) {
        assertThat(C.classify(text.strip(), Optional.empty()).phase()).contains(expected);
    }

    @ParameterizedTest(name = "not {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rollback discussed and rejected: the schema had changed             | ROLLBACK_STARTED
            Team considered rolling back but decided against it                 | ROLLBACK_STARTED
            Restore from the 01:00 snapshot started                             | ROLLBACK_STARTED
            Certificate renewal issued, not yet installed                       | MITIGATED
            Rollback completed with no effect; errors unchanged                 | MITIGATED
            Revert complete; write errors unchanged at about 40%                | MITIGATED
            Fix deployed to staging for testing                                 | MITIGATED
            Hotfix PR being written                                             | MITIGATED
            Correlation with v4.12.0 deploy identified                          | IDENTIFIED
            Suspected cause: a noisy neighbour on the DB host                   | IDENTIFIED
            No alert fired for the queue backlog                                | DETECTED
            Alert did not fire because the monitor was muted                    | DETECTED
            Partial recovery in eu-west; us-east still degraded                 | RESOLVED
            Status page updated — investigating                                 | ACKNOWLEDGED
            Circuit breaker closed again                                        | CLOSED
            """)
    void doesNotClassify(String text, Phase wrong) {
        PhaseClassifier.Classification c = C.classify(text.strip(), Optional.empty());
        assertThat(c.phase()).isNotEqualTo(Optional.of(wrong));
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Connection pool usage crosses 80% threshold | Grafana alert    | true
            Connection pool usage crosses 80% threshold | Dashboard        | false
            Error rate above 5%                         | PagerDuty        | true
            Payment gateway latency spike               | Gateway status page | false
            """)
    void thresholdIsDetectionOnlyWhenSomeoneWasAlerted(String text, String source, boolean detected) {
        PhaseClassifier.Classification c = C.classify(text.strip(), Optional.of(source.strip()));
        assertThat(c.phase().filter(Phase.DETECTED::equals).isPresent()).isEqualTo(detected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Rolled back to v56 in the model registry                                         | true
            Ruleset revert complete; error rate falling                                      | true
            Asked whether we can roll back CHG-8812. No: the old token cannot be restored.   | false
            Rollback to v56 discussed and rejected                                           | false
            """)
    void aRollbackToldOnlyByItsEndStartedByThen(String text, boolean started) {
        PhaseClassifier.Classification c = C.classify(text.strip(), Optional.empty());
        assertThat(c.phase().filter(Phase.ROLLBACK_STARTED::equals).isPresent() || c.also().contains(Phase.ROLLBACK_STARTED)).isEqualTo(started);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Worse: more members = rebalance every ~40s. Scaled back to 12 | true
            Restarting the pods made it worse                             | true
            Priya: worse. More members, longer rebalances. Lag 240k       | true
            Priya: lag is worse in eu-west than in us-east                | false
            notification-service rollback complete; OTP delivery still at 61% | true
            Rollback finished - NordPost failures still at 100%           | true
            Rollback done, lag still high but falling                     | false
            Irving still held: a second notice had the same problem. Fixed the same way | false
            Error rate goes up, 18% -> 27%                                | true
            Lag is worse in eu-west than in us-east, both recovering      | false
            Scaled to 24 pods, lag falling                                | false
            Cache pods restarted; stock counts double again within a minute | true
            Tenants with failed uploads emailed to try again, no upload errors for 30 minutes | false
            Font cache rebuilt, failed jobs retried, payslips generating again | false
            Restarted run hangs on Wakefield again                        | true
            """)
    void readsAReportThatTheLastActionChangedNothingOrMadeItWorse(String text, boolean noEffect) {
        assertThat(C.classify(text.strip(), Optional.empty()).reportsNoEffect()).isEqualTo(noEffect);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Root cause identified: rotated secrets were never re-read   | IDENTIFIED
            Fix applied: trust bundle updated; logins succeed again     | MITIGATED
            """)
    void labelBeforeColonDecides(String text, Phase expected) {
        assertThat(C.classify(text.strip(), Optional.empty()).phase()).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void aCuesOwnBlockersReplaceItsPhasesOrAddToThem() {
        PhaseClassifier c = PhaseClassifier.load("blocker-grammar-vocabulary.txt");
        // the phase's blocker ("issued") holds for a cue without its own, and for one with "also unless"
        assertThat(c.classify("New secret issued and stored", Optional.empty()).phase()).isEmpty();
        assertThat(c.classify("New key issued and stored", Optional.empty()).phase()).isEmpty();
        // "; unless" replaces the phase's blockers
        assertThat(c.classify("New token issued and stored", Optional.empty()).phase()).contains(Phase.MITIGATED);
        // both kinds meet their own
        assertThat(c.classify("Vendor confirms the token stored", Optional.empty()).phase()).isEmpty();
        assertThat(c.classify("Vendor confirms the key stored", Optional.empty()).phase()).isEmpty();
        assertThat(c.classify("New key stored", Optional.empty()).phase()).contains(Phase.MITIGATED);
    }
}
