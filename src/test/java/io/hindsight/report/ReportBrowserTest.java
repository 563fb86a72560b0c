package io.hindsight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the sample report in headless Chromium from disk (file://), as a reader would:
 *
 * <ol>
 *   <li>every {@code <img>} decodes, at twice its display size: a harness page in the same
 *       folder loads the report, unchanged, in an iframe and writes what it finds into its own
 *       DOM, which {@code --dump-dom} prints (the report itself runs no script; its CSP forbids it);</li>
 *   <li>nothing is requested from the network: Chromium runs with every host mapped to
 *       NOTFOUND and a net log; no request the page initiated may be other than file: or data:
 *       (Chromium's own background requests carry no page initiator). A control page with an
 *       external image proves the check sees page requests;</li>
 *   <li>a full-page screenshot is saved as {@code target/report-screenshot.png}.</li>
 * </ol>
 *
 * Skipped only when Chromium is absent and the {@code CI} variable is unset; under CI a missing
 * Chromium fails the test. Set {@code HINDSIGHT_CHROMIUM} to use another binary.
 */
class ReportBrowserTest {
    private static final Path DIR = Path.of("target", "browser").toAbsolutePath();
    private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String chromium;
    private static String html;

    @BeforeAll
    static void setUp() throws IOException {
        chromium = chromium().orElse(null);
        if (chromium == null) {
            return;
        }
        Files.createDirectories(DIR);
        html = ReportRenderer.render(SampleReview.review());
        Files.writeString(DIR.resolve("report.html"), html, StandardCharsets.UTF_8);
        Files.writeString(DIR.resolve("harness.html"), HARNESS, StandardCharsets.UTF_8);
        Files.writeString(DIR.resolve("control.html"),
                "<!DOCTYPE html><title>control</title><img src=\"http://hindsight-control.invalid/x.png\">",
                StandardCharsets.UTF_8);
    }

    @Test
    void everyChartDecodesAndNothingIsRequestedFromTheNetwork() throws Exception {
        if (chromium == null) {
            String ci = System.getenv("CI");
            if (ci == null || ci.isBlank()) {
                Assumptions.abort("chromium not installed and CI unset: skipping the browser test");
            }
            fail("CI=" + ci + " but no chromium found (/usr/bin/chromium, chromium on PATH, or HINDSIGHT_CHROMIUM)");
        }
        Path netlog = DIR.resolve("netlog.json");
        Files.deleteIfExists(netlog);
        String dom = run(List.of("--allow-file-access-from-files", "--log-net-log=" + netlog, "--virtual-time-budget=5000",
                "--dump-dom", DIR.resolve("harness.html").toUri().toString()));
        Matcher m = Pattern.compile("RESULT (\\{.*?\\})</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("harness result in dumped DOM:%n%s", tail(dom)).isTrue();
        JsonNode r = JSON.readTree(m.group(1).replace("&quot;", "\""));
        int expected = Html.images(html).size();
        assertThat(expected).isGreaterThanOrEqualTo(8);
        assertThat(r.get("images").asInt()).isEqualTo(expected);
        assertThat(r.get("decoded").asInt()).as("images with naturalWidth > 0").isEqualTo(expected);
        for (JsonNode s : r.get("sizes")) {
            assertThat(s.get(0).asInt()).isEqualTo(2 * s.get(2).asInt());
            assertThat(s.get(1).asInt()).isEqualTo(2 * s.get(3).asInt());
        }
        assertThat(r.get("scripts").asInt()).isZero();
        assertThat(pageRequests(netlog)).as("requests the report made").allMatch(u -> u.startsWith("file:") || u.startsWith("data:"));

        // the same check sees a page that does make a request
        Path control = DIR.resolve("control-netlog.json");
        Files.deleteIfExists(control);
        run(List.of("--log-net-log=" + control, "--virtual-time-budget=3000", "--dump-dom",
                DIR.resolve("control.html").toUri().toString()));
        assertThat(pageRequests(control)).contains("http://hindsight-control.invalid/x.png");

        // a full-page screenshot, for a person to look at
        int height = Math.max(1000, r.get("height").asInt() + 40);
        Files.deleteIfExists(SCREENSHOT);
        run(List.of("--hide-scrollbars", "--window-size=1280," + height, "--screenshot=" + SCREENSHOT,
                DIR.resolve("report.html").toUri().toString()));
        BufferedImage shot = ImageIO.read(SCREENSHOT.toFile());
        assertThat(shot).as("screenshot at %s", SCREENSHOT).isNotNull();
        assertThat(shot.getWidth()).isEqualTo(1280);
        assertThat(shot.getHeight()).isEqualTo(height);
    }

    /** URLs of requests a page initiated, from a Chromium net log. */
    static List<String> pageRequests(Path netlog) throws IOException {
        String text = Files.readString(netlog, StandardCharsets.UTF_8).strip();
        JsonNode log;
        try {
            log = JSON.readTree(text);
        } catch (IOException e) {
            log = JSON.readTree(text.replaceAll(",?\\s*$", "") + "]}");   // a log cut short at exit
        }
        int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
        assertThat(startJob).as("net log event type URL_REQUEST_START_JOB").isPositive();
        List<String> out = new ArrayList<>();
        for (JsonNode e : log.path("events")) {
            JsonNode p = e.path("params");
            if (e.path("type").asInt() == startJob && p.has("url")
                    && !"not an origin".equals(p.path("initiator").asText("not an origin"))) {
                out.add(p.get("url").asText());
            }
        }
        return out;
    }

    private static String run(List<String> args) throws Exception {
        Path profile = Files.createTempDirectory(DIR, "profile-");
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--no-pings", "--mute-audio", "--user-data-dir=" + profile, "--host-resolver-rules=MAP * ~NOTFOUND"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(DIR.resolve("chromium-stderr.txt").toFile());
        Map<String, String> env = pb.environment();
        env.put("TZ", "UTC");
        Path stdout = DIR.resolve("chromium-stdout.txt");
        pb.redirectOutput(stdout.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 120 s: " + cmd);
        }
        deleteTree(profile.toFile());
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static Optional<String> chromium() {
        String configured = System.getenv("HINDSIGHT_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            // authoritative when set: a path that is not executable counts as "no chromium"
            return Files.isExecutable(Path.of(configured)) ? Optional.of(configured) : Optional.empty();
        }
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            return Optional.of("/usr/bin/chromium");
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name).toString());
                }
            }
        }
        return Optional.empty();
    }

    private static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteTree(c);
            }
        }
        f.delete();
    }

    private static String tail(String s) {
        return s.length() <= 2000 ? s : s.substring(s.length() - 2000);
    }

    /** Loads report.html in an iframe and reports on its images; the report itself is not changed. */
    static final String HARNESS = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>harness</title></head><body>
            <pre id="result">pending</pre>
            <script>
            const out = document.getElementById('result');
            const f = document.createElement('iframe');
            f.style.width = '1280px';
            f.style.height = '900px';
            f.onload = () => {
              let d;
              try { d = f.contentDocument; } catch (e) { out.textContent = 'ERROR ' + e; return; }
              if (!d) { out.textContent = 'ERROR no access to the report document'; return; }
              const imgs = Array.from(d.images);
              out.textContent = 'RESULT ' + JSON.stringify({
                images: imgs.length,
                decoded: imgs.filter(i => i.complete && i.naturalWidth > 0).length,
                sizes: imgs.map(i => [i.naturalWidth, i.naturalHeight, Number(i.getAttribute('width')),
                                      Number(i.getAttribute('height'))]),
                height: d.documentElement.scrollHeight,
                scripts: d.scripts.length
              });
            };
            f.src = 'report.html';
            document.body.appendChild(f);
            </script></body></html>
            """;
}
