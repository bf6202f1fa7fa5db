package org.paperkg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.paperkg.serve.ServedStore;

/** The web page driven in a real headless Chromium against the real server. */
class WebPageIT {

    @Test
    void searchOpenAPaperSeeEvidenceAndMapAndRunSparql() throws Exception {
        Chromium.assumeInstalled();
        try (ServedStore served = new ServedStore(5000); Chromium chromium = new Chromium()) {
            chromium.open(served.url("/"));
            chromium.eval("document.getElementById('search-input').value = 'loopnet';"
                    + "document.querySelector('#search-form button').click(); true");
            chromium.waitFor("document.querySelector('#search-results a')", Duration.ofSeconds(10));
            chromium.screenshot(Chromium.screenshots().resolve("web-search.png"));
            chromium.eval("document.querySelector('#search-results a').click(); true");
            chromium.waitFor("document.querySelector('#evidence tr td')", Duration.ofSeconds(10));
            chromium.waitFor("document.getElementById('map') && document.getElementById('map').complete"
                    + " && document.getElementById('map').naturalWidth > 0", Duration.ofSeconds(20));
            assertThat(chromium.eval("document.getElementById('paper-title').textContent").asText()).startsWith("LoopNet");
            assertThat(chromium.eval("document.querySelectorAll('#evidence tr').length").asInt()).isGreaterThan(3);
            assertThat(chromium.eval("document.querySelectorAll('#related li').length").asInt()).isPositive();
            assertThat(chromium.eval("document.getElementById('entities').textContent").asText()).contains("LoopNet");
            chromium.screenshot(Chromium.screenshots().resolve("web-paper.png"));

            chromium.eval("location.hash = '#/technique?label=' + encodeURIComponent('state space model'); true");
            chromium.waitFor("document.querySelector('#technique-papers li')", Duration.ofSeconds(10));
            assertThat(chromium.eval("document.querySelectorAll('#years .bar').length").asInt()).isPositive();

            chromium.eval("location.hash = '#/sparql'; true");
            chromium.waitFor("document.getElementById('sparql-run')", Duration.ofSeconds(5));
            chromium.eval("document.getElementById('sparql-run').click(); true");
            chromium.waitFor("document.querySelector('#sparql-results table td')", Duration.ofSeconds(10));
            chromium.screenshot(Chromium.screenshots().resolve("web-sparql.png"));

            // a title full of markup is shown as text, and its script never runs
            chromium.eval("location.hash = '#/search?q=quotenet'; true");
            chromium.waitFor("document.querySelector('#search-results a')", Duration.ofSeconds(10));
            chromium.eval("document.querySelector('#search-results a').click(); true");
            chromium.waitFor("document.getElementById('paper-title')", Duration.ofSeconds(10));
            assertThat(chromium.eval("document.getElementById('paper-title').textContent").asText())
                    .contains("<script>window.hacked=1</script>");
            assertThat(chromium.eval("window.hacked === undefined && document.querySelectorAll('main b').length === 0")
                    .asBoolean()).isTrue();

            assertThat(chromium.consoleErrors()).isEmpty();
            assertThat(chromium.requests()).isNotEmpty().allSatisfy(url ->
                    assertThat(url).matches("^(http://127\\.0\\.0\\.1:\\d+/|data:|about:).*"));
        }
    }
}
