package io.crosscheck.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compare page in a real headless Chromium, against this test's running gateway (the same boot as
 * {@link EndToEndTest}: real article-service and extraction-service processes). The four fictional demo reports in
 * {@code samples/} are stored, the page is asked about them, and what it shows is checked against what
 * {@code GET /api/v1/compare} (the comparison engine) answers for the same query.
 */
@QuarkusTest
@QuarkusTestResource(value = BackendProcesses.class, restrictToAnnotatedClass = false)
class ComparePageBrowserTest {
    /** The keyword of the demo story: every sample report carries it, nothing else in the tests' store does. */
    private static final String STORY = "Velmora";
    /** Long enough for a real engine to extract four short articles on two cores. */
    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCREENSHOT = Path.of("docs", "compare-page.png");

    private static SystemChromium chromium;
    private static boolean samplesPosted;

    @TestHTTPResource("/compare.html")
    URL page;

    private WebDriver browser;

    @jakarta.inject.Inject
    ObjectMapper mapper;

    @BeforeAll
    static void startBrowser() {
        chromium = SystemChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Once per class; not @BeforeAll, which runs before Quarkus has pointed RestAssured at the test port. */
    @BeforeEach
    void postSamplesOnce() throws IOException {
        browser = chromium.driver();
        browser.manage().window().setSize(SystemChromium.LAPTOP);
        chromium.scriptErrors(); // forget what earlier tests left in the console
        if (samplesPosted) {
            return;
        }
        Path samples = Path.of("").toAbsolutePath().getParent().resolve("samples");
        List<Path> files;
        try (Stream<Path> list = Files.list(samples)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(4);
        for (Path file : files) {
            given().contentType("text/plain; charset=UTF-8").body(Files.readString(file)).post("/api/v1/articles")
                    .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        samplesPosted = true;
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(chromium.scriptErrors()).as("errors in the browser console").isEmpty();
    }

    @Test
    void aQueryShowsOneRowPerClaimAndConflictAndOneColumnPerOutlet() {
        JsonNode answer = story();
        open(page.toString());
        browser.findElement(By.name("q")).sendKeys(STORY);
        browser.findElement(By.cssSelector("#query button[type=submit]")).click();
        waitForState("ready");
        assertThat(browser.getCurrentUrl()).as("the query is kept in the address").endsWith("?q=" + STORY);

        assertThat(texts(browser.findElements(By.cssSelector("#matrix thead th.outlet .outlet-name"))))
                .containsExactlyElementsOf(outlets(answer));
        assertThat(browser.findElements(By.cssSelector("#matrix tr.claim-row"))).hasSize(answer.get("clusters").size());
        assertThat(browser.findElements(By.cssSelector("#matrix tr.conflict-row"))).hasSize(answer.get("conflicts").size());
        assertThat(browser.findElement(By.id("status")).getText())
                .contains(answer.get("articles").size() + " article").contains(answer.get("clusters").size() + " claim");

        Set<String> seen = new LinkedHashSet<>();
        List<WebElement> rows = browser.findElements(By.cssSelector("#matrix tr.claim-row"));
        for (int i = 0; i < rows.size(); i++) {
            JsonNode cluster = answer.get("clusters").get(i);
            WebElement row = rows.get(i);
            assertThat(text(row.findElement(By.cssSelector("th .summary")))).isEqualTo(cluster.get("summary").asText());
            String state = cluster.get("corroborated").asBoolean() ? "corroborated" : "single";
            for (Map.Entry<String, WebElement> cell : cells(row).entrySet()) {
                List<String> mentions = mentionTexts(cluster.get("mentions"), cell.getKey());
                if (mentions.isEmpty()) {
                    assertThat(classes(cell.getValue())).as("%s in %s", cell.getKey(), cluster.get("id")).contains("empty");
                } else {
                    assertThat(classes(cell.getValue())).as("%s in %s", cell.getKey(), cluster.get("id")).contains(state);
                    assertThat(texts(cell.getValue().findElements(By.cssSelector("button.mention")))).isEqualTo(mentions);
                    seen.add(state);
                }
            }
        }
        assertThat(seen).as("the story has corroborated and single-source claims").containsExactlyInAnyOrder("corroborated", "single");
    }

    @Test
    void aConflictShowsEveryValueAndEachCellTheValuesItsOutletReports() {
        JsonNode answer = story();
        open(page + "?q=" + STORY);
        waitForState("ready");
        List<WebElement> rows = browser.findElements(By.cssSelector("#matrix tr.conflict-row"));
        for (int i = 0; i < rows.size(); i++) {
            JsonNode conflict = answer.get("conflicts").get(i);
            List<String> values = new ArrayList<>();
            conflict.get("sides").forEach(s -> values.add(s.get("value").asText()));
            assertThat(values).as("a conflict has two sides or more").hasSizeGreaterThanOrEqualTo(2);
            WebElement row = rows.get(i);
            assertThat(text(row.findElement(By.cssSelector("th .summary")))).isEqualTo(conflict.get("about").asText());
            assertThat(texts(row.findElements(By.cssSelector("th .values-all .value-label")))).isEqualTo(values);
            assertThat(text(row.findElement(By.cssSelector("th .badge")))).contains(conflict.get("kind").asText());

            for (Map.Entry<String, WebElement> cell : cells(row).entrySet()) {
                List<String> here = new ArrayList<>();
                for (JsonNode side : conflict.get("sides")) {
                    if (!mentionTexts(side.get("mentions"), cell.getKey()).isEmpty()) {
                        here.add(side.get("value").asText());
                    }
                }
                Set<String> classes = classes(cell.getValue());
                if (here.isEmpty()) {
                    assertThat(classes).contains("empty");
                    continue;
                }
                assertThat(classes).contains("conflict");
                assertThat(texts(cell.getValue().findElements(By.cssSelector(".value .value-label")))).isEqualTo(here);
                if (here.size() >= 2) {
                    assertThat(classes).contains("both");
                }
            }
        }
        assertThat(rows).as("the story has conflicts").isNotEmpty();
    }

    @Test
    void clickingACellShowsTheClaimHighlightedInItsArticle() {
        JsonNode answer = story();
        open(page + "?q=" + STORY);
        waitForState("ready");
        JsonNode conflictMention = answer.get("conflicts").get(0).get("sides").get(1).get("mentions").get(0);
        showInArticle(By.cssSelector("#matrix tr.conflict-row"), 0, conflictMention);
        JsonNode claimMention = answer.get("clusters").get(0).get("mentions").get(0);
        showInArticle(By.cssSelector("#matrix tr.claim-row"), 0, claimMention);
    }

    @Test
    void theRewriteBannerNamesTheRewrittenArticlesAndTheirColumnsAreMarked() {
        JsonNode answer = story();
        open(page + "?q=" + STORY);
        waitForState("ready");
        WebElement banner = browser.findElement(By.id("rewrites"));
        assertThat(banner.isDisplayed()).isTrue();
        List<WebElement> groups = banner.findElements(By.cssSelector("li[data-group]"));
        assertThat(groups).hasSize(answer.get("rewriteGroups").size());
        for (int i = 0; i < groups.size(); i++) {
            JsonNode group = answer.get("rewriteGroups").get(i);
            List<String> ids = new ArrayList<>();
            group.get("articleIds").forEach(id -> ids.add(id.asText()));
            WebElement item = groups.get(i);
            assertThat(item.findElements(By.cssSelector(".rewrite-article")).stream().map(e -> e.getDomAttribute("data-article-id")))
                    .containsExactlyElementsOf(ids);
            String label = item.getDomAttribute("data-group");
            for (String id : ids) {
                String outlet = outletOf(answer, id);
                assertThat(text(item)).contains(outlet);
                WebElement column = browser.findElement(By.xpath("//table[@id='matrix']//thead/tr/th[@data-outlet=" + xpathLiteral(outlet) + "]"));
                assertThat(classes(column)).contains("rewritten");
                assertThat(texts(column.findElements(By.cssSelector(".badge.rewrite")))).contains("Rewrite " + label);
                for (WebElement row : browser.findElements(By.cssSelector("#matrix tr.row"))) {
                    assertThat(cells(row).get(outlet).getDomAttribute("data-rewrite")).contains(label);
                }
            }
        }
        assertThat(groups).as("the story has a rewritten copy").isNotEmpty();
    }

    @Test
    void chosenArticlesAreComparedByTheirIds() {
        JsonNode group = story().get("rewriteGroups").get(0);
        String ids = group.get("articleIds").get(0).asText() + "," + group.get("articleIds").get(1).asText();
        JsonNode answer = answer(Map.of("ids", ids));
        open(page + "?ids=" + URLEncoder.encode(ids, StandardCharsets.UTF_8));
        waitForState("ready");
        assertThat(texts(browser.findElements(By.cssSelector("#matrix thead th.outlet .outlet-name"))))
                .containsExactlyElementsOf(outlets(answer)).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#matrix tr.row")))
                .hasSize(answer.get("clusters").size() + answer.get("conflicts").size());
    }

    @Test
    void aProblemFromTheApiIsShownToTheUser() {
        Response problem = given().queryParam("q", STORY).queryParam("from", "last-tuesday").get("/api/v1/compare");
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        open(page + "?q=" + STORY + "&from=last-tuesday");
        waitForState("error");
        WebElement error = browser.findElement(By.id("error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getDomAttribute("role")).isEqualTo("alert");
        assertThat(error.getText()).contains("(400)").contains(problem.jsonPath().getString("detail"))
                .doesNotContain("null").doesNotContain("undefined");
        assertThat(browser.findElement(By.id("matrix-section")).isDisplayed()).isFalse();
    }

    @Test
    void dataIsShownAsTextNeverAsMarkupAndMissingArticlesAreNoticed() {
        open(page.toString());
        waitForState("idle");
        String hostile = """
                {"articles": [
                   {"id": "no-such-article-1", "outlet": "<b>Bold</b> Times", "title": "<img src=x onerror=\\"window.pwned=1\\">",
                    "url": "javascript:window.pwned=2", "publishedAt": "2026-01-06T08:00:00Z"},
                   {"id": "no-such-article-2", "outlet": "Plain Courier", "title": "Plain", "url": "https://plain.example/2",
                    "publishedAt": "2026-01-06T09:00:00Z"}],
                 "rewriteGroups": [{"articleIds": ["no-such-article-1", "no-such-article-2"], "similarity": 0.9}],
                 "clusters": [{"id": "x", "summary": "<script>window.pwned=3</script>", "speaker": {"canonical": "<i>Someone</i>"},
                   "outlets": ["<b>Bold</b> Times"], "independentOutlets": 1, "corroborated": false,
                   "mentions": [{"articleId": "no-such-article-1", "outlet": "<b>Bold</b> Times", "start": 0, "end": 9,
                                 "text": "<img src=y onerror=\\"window.pwned=4\\">"}]}],
                 "conflicts": [],
                 "missing": [{"articleId": "no-such-article-3", "outlet": "Harbour <Radio>", "reason": "extraction timed out",
                              "cause": "claims_not_stored"}],
                 "possiblyStale": [{"articleId": "no-such-article-2", "outlet": "Plain Courier", "extractorVersion": "news-0.1.0",
                                    "reason": "newest stored <em>claims</em>, of extractor version news-0.1.0"}]}
                """;
        Object rendered = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const answer = JSON.parse(arguments[0]);
                import('/compare.js').then(page => { page.showAnswer(answer); done('rendered'); }, e => done(String(e)));
                """, hostile);
        assertThat(rendered).isEqualTo("rendered");
        waitForState("ready");

        assertThat(browser.findElements(By.cssSelector("main b, main i, main img, main script, main em"))).isEmpty();
        assertThat(texts(browser.findElements(By.cssSelector("#matrix thead th.outlet .outlet-name"))))
                .containsExactly("<b>Bold</b> Times", "Plain Courier");
        assertThat(text(browser.findElement(By.cssSelector("#matrix tr.claim-row th .summary")))).isEqualTo("<script>window.pwned=3</script>");
        assertThat(text(browser.findElement(By.cssSelector("#rewrites")))).contains("<img src=x onerror=\"window.pwned=1\">");
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();

        WebElement missing = browser.findElement(By.id("missing"));
        assertThat(missing.isDisplayed()).isTrue();
        assertThat(missing.getText()).contains("partial").contains("Harbour <Radio>").contains("extraction timed out");
        assertThat(missing.getText()).contains("may be stale").contains("Plain Courier")
                .contains("newest stored <em>claims</em>, of extractor version news-0.1.0");

        // The article behind the cell does not exist: the gateway's problem is shown where the article would be.
        browser.findElement(By.cssSelector("#matrix button.mention")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeToBe(By.id("source"), "data-state", "error"));
        assertThat(browser.findElement(By.cssSelector("#source [role=alert]")).getText()).isNotBlank();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
    }

    /**
     * A fictional flood story the engine compares (figure frames as the extractor gives them): the page draws the
     * timeline of the dead as an SVG with a point per value, labelled with its outlet, and shows the conflict
     * between two sources with each value's source.
     */
    @Test
    void aTimelineIsDrawnAndAConflictNamesItsSources() throws IOException {
        io.crosscheck.gateway.compare.Comparison compared = io.crosscheck.gateway.compare.FloodTimelineStory.compared();
        String json = mapper.writeValueAsString(io.crosscheck.gateway.api.CompareJson.of(compared, List.of()));
        JsonNode answer = JSON.readTree(json);
        assertThat(answer.get("timelines")).as("timelines of the story").isNotEmpty();
        open(page.toString());
        waitForState("idle");
        Object rendered = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/compare.js').then(page => { page.showAnswer(JSON.parse(arguments[0])); done('rendered'); }, e => done(String(e)));
                """, json);
        assertThat(rendered).isEqualTo("rendered");
        waitForState("ready");

        WebElement section = browser.findElement(By.id("timelines-section"));
        assertThat(section.isDisplayed()).isTrue();
        List<WebElement> charts = browser.findElements(By.cssSelector("#timelines figure.timeline svg.timeline-chart"));
        assertThat(charts).hasSize(answer.get("timelines").size());
        JsonNode dead = null;
        for (JsonNode t : answer.get("timelines")) {
            if (t.get("points").size() == 3) {
                dead = t;
            }
        }
        assertThat(dead).as("the timeline of the dead").isNotNull();
        WebElement chart = charts.get(indexOf(answer.get("timelines"), dead));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.findElements(By.cssSelector("g.point circle"))).hasSize(3);
        List<String> labels = texts(chart.findElements(By.cssSelector("g.point text.point-label")));
        assertThat(labels).containsExactly("Coast Post: 6 people", "Hill Gazette: 9 people", "Bay Record: 14 people");
        // Points stand left to right in publish-time order, higher values higher up.
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (WebElement c : chart.findElements(By.cssSelector("g.point circle"))) {
            xs.add(Double.parseDouble(c.getDomAttribute("cx")));
            ys.add(Double.parseDouble(c.getDomAttribute("cy")));
        }
        assertThat(xs).isSorted();
        assertThat(ys.get(0)).isGreaterThan(ys.get(2));

        WebElement sourced = browser.findElements(By.cssSelector("#matrix tr.conflict-row")).stream()
                .filter(r -> text(r.findElement(By.cssSelector("th .values-all"))).contains(io.crosscheck.gateway.compare.FloodTimelineStory.LEAGUE))
                .findFirst().orElseThrow();
        assertThat(texts(sourced.findElements(By.cssSelector("th .values-all .value-source"))))
                .anySatisfy(t -> assertThat(t).contains(io.crosscheck.gateway.compare.FloodTimelineStory.LEAGUE))
                .anySatisfy(t -> assertThat(t).contains(io.crosscheck.gateway.compare.FloodTimelineStory.COUNCIL));
        assertThat(text(sourced.findElement(By.cssSelector("th .badge")))).contains("discrepancy");
        assertThat(texts(sourced.findElements(By.cssSelector("td .value-source"))))
                .contains(io.crosscheck.gateway.compare.FloodTimelineStory.LEAGUE, io.crosscheck.gateway.compare.FloodTimelineStory.COUNCIL);
    }

    private static int indexOf(JsonNode array, JsonNode element) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) == element) {
                return i;
            }
        }
        return -1;
    }

    /** The picture of the page in the README: the story's matrix with a conflicting value open in its article. */
    @Test
    void screenshotForTheReadme() throws IOException {
        JsonNode answer = story();
        open(page + "?q=" + STORY);
        waitForState("ready");
        showInArticle(By.cssSelector("#matrix tr.conflict-row"), 0,
                answer.get("conflicts").get(0).get("sides").get(1).get("mentions").get(0));
        // As wide as a laptop, as tall as the whole page with the whole matrix in view (its box is at most 78% of the
        // window's height); measured from the content, not the window, so that every run takes the same picture.
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long needed = (Long) js.executeScript("""
                const box = document.querySelector('.matrix-scroll');
                const content = document.body.scrollHeight - box.clientHeight + box.scrollHeight;
                return Math.ceil(Math.max(content, (box.scrollHeight + 2) / 0.78));""");
        long chrome = (Long) js.executeScript("return window.outerHeight - window.innerHeight");
        browser.manage().window().setSize(new Dimension(SystemChromium.LAPTOP.getWidth(), (int) Math.min(3000, needed + chrome)));
        js.executeScript("window.scrollTo(0, 0)");
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        assertThat(png).hasSizeGreaterThan(10_000);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, png);
        Files.write(Path.of("target", "compare-page.png"), png);
    }

    // --- helpers ---

    /** Clicks the mention's button in its outlet's cell of the n-th row found and checks the article shows its span. */
    private void showInArticle(By rowsOfKind, int n, JsonNode mention) {
        WebElement row = browser.findElements(rowsOfKind).get(n);
        WebElement cell = cells(row).get(mention.get("outlet").asText());
        String wanted = mention.get("text").asText();
        WebElement button = cell.findElements(By.cssSelector("button.mention")).stream()
                .filter(b -> wanted.equals(text(b))).findFirst().orElseThrow();
        button.click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeToBe(By.id("source"), "data-state", "ready"));
        WebElement mark = browser.findElement(By.cssSelector("#source-body mark"));
        assertThat(text(mark)).isEqualTo(wanted);
        assertThat(mark.isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#source-body mark"))).hasSize(1);
        assertThat(text(browser.findElement(By.cssSelector("#source-body h3")))).isEqualTo(mention.get("outlet").asText());
        assertThat(text(browser.findElement(By.cssSelector("#source-body .sentence")))).contains(wanted);
        assertThat(button.getDomAttribute("aria-current")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#source-body .warning"))).as("offsets and text agree").isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return [...document.getElementById('source-body').childNodes].every(n => n.nodeType === Node.ELEMENT_NODE)"))
                .as("no stray text (such as 'null') around the article").isEqualTo(true);
        // The page marked the offsets the API gave, in the cleaned text the article API serves.
        String cleaned = given().get("/api/v1/articles/" + mention.get("articleId").asText()).then().statusCode(200)
                .extract().path("text");
        assertThat(cleaned.substring(mention.get("start").asInt(), mention.get("end").asInt())).isEqualTo(wanted);
        String shown = text(browser.findElement(By.cssSelector("#source-body .article-text")));
        assertThat(shown).isEqualTo(cleaned);
    }

    private void open(String url) {
        browser.get(url);
    }

    private void waitForState(String state) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-state", state));
    }

    /** The answer the page gets for the demo story, checked to hold what the page must show. */
    private static JsonNode story() {
        JsonNode answer = answer(Map.of("q", STORY));
        assertThat(answer.get("articles")).as("articles of the story").hasSize(4);
        assertThat(answer.get("clusters")).as("clusters of the story").isNotEmpty();
        assertThat(answer.get("conflicts")).as("conflicts of the story").isNotEmpty();
        assertThat(answer.get("rewriteGroups")).as("rewrite groups of the story").isNotEmpty();
        return answer;
    }

    private static JsonNode answer(Map<String, String> query) {
        String body = given().queryParams(query).get("/api/v1/compare").then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** Distinct outlets of the answer's articles, in their order: the page's columns. */
    private static List<String> outlets(JsonNode answer) {
        Set<String> outlets = new LinkedHashSet<>();
        answer.get("articles").forEach(a -> outlets.add(a.get("outlet").asText()));
        return List.copyOf(outlets);
    }

    private static String outletOf(JsonNode answer, String articleId) {
        for (JsonNode a : answer.get("articles")) {
            if (a.get("id").asText().equals(articleId)) {
                return a.get("outlet").asText();
            }
        }
        throw new AssertionError("article " + articleId + " is not among the answer's articles");
    }

    private static List<String> mentionTexts(JsonNode mentions, String outlet) {
        List<String> out = new ArrayList<>();
        mentions.forEach(m -> {
            if (m.get("outlet").asText().equals(outlet)) {
                out.add(m.get("text").asText());
            }
        });
        return out;
    }

    /** A row's cells by the outlet of their column. */
    private Map<String, WebElement> cells(WebElement row) {
        List<String> outlets = texts(browser.findElements(By.cssSelector("#matrix thead th.outlet .outlet-name")));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells).hasSameSizeAs(outlets);
        Map<String, WebElement> byOutlet = new java.util.LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            assertThat(cells.get(i).getDomAttribute("data-outlet")).isEqualTo(outlets.get(i));
            byOutlet.put(outlets.get(i), cells.get(i));
        }
        return byOutlet;
    }

    /** The exact text of an element (textContent: what the data said, not what line clamping leaves visible). */
    private static String text(WebElement e) {
        return e.getDomProperty("textContent");
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(ComparePageBrowserTest::text).toList();
    }

    private static Set<String> classes(WebElement e) {
        String value = e.getDomAttribute("class");
        return value == null ? Set.of() : Stream.of(value.split("\\s+")).collect(Collectors.toSet());
    }

    private static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        if (!s.contains("\"")) {
            return "\"" + s + "\"";
        }
        return "concat('" + s.replace("'", "',\"'\",'") + "')";
    }
}
