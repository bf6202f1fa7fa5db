package org.paperkg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.SharedExtractor;
import org.paperkg.graph.Ingester;
import org.paperkg.graph.PaperStore;
import org.paperkg.map.MapBuilder;
import org.paperkg.map.MapFormat;
import org.paperkg.map.RelatedMap;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.related.RelatedIndex;

/** The HTML map opened in a real headless Chromium: it renders, stays offline, and keeps markup as text. */
class MapPageIT {
    @TempDir
    Path dir;

    @Test
    void htmlMapRendersOfflineWithoutErrorsAndMarkupStaysText() throws Exception {
        Chromium.assumeInstalled();
        QueryLibrary queries = QueryLibrary.load();
        try (PaperStore store = PaperStore.open(dir.resolve("store"));
             Ingester ingester = new Ingester(store, SharedExtractor::get, queries, Ingester.Settings.defaults(),
                     Ingester.Listener.SILENT)) {
            ingester.ingest(List.of(Path.of("examples"), Path.of("src/test/resources/fixtures/markup.jsonl")));
            RelatedIndex index = RelatedIndex.load(new QueryRunner(store.dataset()), queries);
            RelatedMap map = new MapBuilder(index).all(3, false);
            Path html = dir.resolve("map.html");
            try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                MapFormat.HTML.writer().write(map, w);
            }
            try (Chromium chromium = new Chromium()) {
                chromium.open(html.toUri().toString());
                chromium.waitFor("document.body.getAttribute('data-ready')", Duration.ofSeconds(10));
                assertThat(chromium.eval("document.querySelectorAll('#viewport .node').length").asInt())
                        .isEqualTo(map.nodes().size());
                assertThat(chromium.eval("window.hacked === undefined").asBoolean()).as("no script from titles ran").isTrue();
                assertThat(chromium.eval("document.querySelectorAll('b').length").asInt()).isZero();
                // hover a node: the tooltip shows its title as text
                String title = chromium.eval("""
                        (function () {
                          var g = Array.from(document.querySelectorAll('.node.paper'))
                              .find(function (n) { return n.querySelector('title').textContent.indexOf('QuoteNet') === 0; });
                          var r = g.getBoundingClientRect();
                          g.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: r.x + 2, clientY: r.y + 2}));
                          g.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: r.x + 2, clientY: r.y + 2}));
                          return document.querySelector('#tip .t').textContent;
                        })()""").asText();
                assertThat(title).contains("<script>window.hacked=1</script>").contains("<b>Bold</b>");
                assertThat(chromium.eval("document.querySelectorAll('.node.dim').length").asInt()).isPositive();
                chromium.screenshot(Chromium.screenshots().resolve("map-all.png"));
                assertThat(chromium.consoleErrors()).isEmpty();
                assertThat(chromium.requests()).allSatisfy(url -> assertThat(url).startsWith("file:"));
            }
        }
    }
}
