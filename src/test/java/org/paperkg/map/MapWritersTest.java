package org.paperkg.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.SharedExtractor;
import org.paperkg.graph.Ingester;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.related.RelatedIndex;
import org.paperkg.related.RelatedPaper;
import org.paperkg.related.RelatedWork;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Maps of the sample corpus (plus a paper whose title is full of markup) in every format, checked against the store. */
class MapWritersTest {
    @TempDir
    static Path dir;
    static PaperStore store;
    static RelatedIndex index;
    static QueryLibrary queries = QueryLibrary.load();

    @BeforeAll
    static void ingest() {
        store = PaperStore.open(dir.resolve("store"));
        try (Ingester ingester = new Ingester(store, SharedExtractor::get, queries, Ingester.Settings.defaults(),
                Ingester.Listener.SILENT)) {
            ingester.ingest(List.of(Path.of("examples"), Path.of("src/test/resources/fixtures/markup.jsonl")));
        }
        index = RelatedIndex.load(new QueryRunner(store.dataset()), queries);
    }

    private static String paperIri(String titleStart) {
        return index.papers().values().stream().filter(p -> p.title().startsWith(titleStart)).findFirst().orElseThrow().iri();
    }

    private static String write(RelatedMap map, MapFormat format) throws Exception {
        StringWriter out = new StringWriter();
        format.writer().write(map, out);
        return out.toString();
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    @Test
    void inMemoryIndexRanksExactlyAsTheSparqlQuery() {
        for (String paper : index.papers().keySet()) {
            List<RelatedPaper> bySparql = new RelatedWork(new QueryRunner(store.dataset()), queries).related(paper, 20);
            List<RelatedPaper> byIndex = index.related(paper, 20);
            assertThat(byIndex).extracting(RelatedPaper::iri, RelatedPaper::score)
                    .containsExactlyElementsOf(bySparql.stream()
                            .map(r -> org.assertj.core.groups.Tuple.tuple(r.iri(), r.score())).toList());
        }
    }

    @Test
    void svgHasOneNodePerPaperAndTechniqueAndOnlyTextTitles() throws Exception {
        String focus = paperIri("LoopNet");
        RelatedMap map = new MapBuilder(index).forPaper(focus, 1, 10, false);
        String svg = write(map, MapFormat.SVG);
        Document doc = xml(svg);
        NodeList groups = doc.getElementsByTagName("g");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            String id = groups.item(i).getAttributes().getNamedItem("data-id") == null ? null
                    : groups.item(i).getAttributes().getNamedItem("data-id").getNodeValue();
            if (id != null) {
                ids.add(id);
            }
        }
        Set<String> expected = new HashSet<>(List.of(focus));
        index.related(focus, 10).forEach(r -> expected.add(r.iri()));
        assertThat(ids).containsAll(expected);
        assertThat(ids).allSatisfy(id -> assertThat(index.paper(id) != null || index.thing(id) != null).isTrue());
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg).doesNotContain("<b>").doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(doc.getElementsByTagName("line").getLength()).isEqualTo(map.links().size());
    }

    @Test
    void graphmlAndJsonCarryTheSameNodesAndLinks() throws Exception {
        RelatedMap map = new MapBuilder(index).all(3, false);
        Document graphml = xml(write(map, MapFormat.GRAPHML));
        assertThat(graphml.getElementsByTagName("node").getLength()).isEqualTo(index.papers().size());
        assertThat(graphml.getElementsByTagName("edge").getLength()).isEqualTo(map.links().size());
        JsonNode json = new ObjectMapper().readTree(write(map, MapFormat.JSON));
        assertThat(json.get("nodes").size()).isEqualTo(index.papers().size());
        assertThat(json.get("links").size()).isEqualTo(map.links().size());
        for (JsonNode link : json.get("links")) {
            assertThat(index.paper(link.get("source").asText())).isNotNull();
            assertThat(index.paper(link.get("target").asText())).isNotNull();
            assertThat(link.get("weight").asDouble()).isPositive();
        }
        String markupTitle = index.papers().values().stream().filter(p -> p.title().startsWith("QuoteNet")).findFirst()
                .orElseThrow().title();
        assertThat(markupTitle).contains("<script>");
        boolean found = false;
        NodeList data = graphml.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            found |= data.item(i).getTextContent().equals(markupTitle);
        }
        assertThat(found).as("the title survives as text").isTrue();
    }

    @Test
    void clustersAreNamedByConceptsAndCoverEveryPaper() {
        RelatedMap map = new MapBuilder(index).all(3, false);
        assertThat(map.nodes()).allSatisfy(n -> assertThat(n.cluster()).isBetween(0, map.clusters().size() - 1));
        assertThat(map.clusters().stream().filter(c -> !c.concepts().isEmpty())).isNotEmpty();
        assertThat(map.clusters().stream().mapToInt(Cluster::size).sum()).isEqualTo(index.papers().size());
    }

    @Test
    void dotEscapesQuotesAndHtmlKeepsMarkupAsText() throws Exception {
        RelatedMap map = new MapBuilder(index).forPaper(paperIri("QuoteNet"), 1, 10, true);
        String dot = write(map, MapFormat.DOT);
        assertThat(dot).contains("\\\"Quoted\\\"").startsWith("graph paperkg {");
        String html = write(map, MapFormat.HTML);
        assertThat(html).doesNotContain("<script>window.hacked").doesNotContain("<b>Bold")
                .doesNotContain("src=\"http").doesNotContain("href=\"http");
        String data = html.substring(html.indexOf("id=\"map-data\">"), html.indexOf("</script>", html.indexOf("id=\"map-data\">")));
        assertThat(data).doesNotContain("<");
    }

    @Test
    void timelineOrdersPapersByYear() {
        RelatedMap map = new MapBuilder(index).all(3, true);
        List<MapNode> dated = map.nodes().stream().filter(n -> n.year() != null).toList();
        for (MapNode a : dated) {
            for (MapNode b : dated) {
                if (a.year() < b.year()) {
                    assertThat(a.x()).isLessThan(b.x());
                }
            }
        }
    }
}
