package org.paperkg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.corpus.Paper;
import org.paperkg.extract.Mention;
import org.paperkg.extract.MentionKind;
import org.paperkg.extract.PaperExtraction;

/** Maps one paper's extraction to the quads of its named graph. Pure: no store access. */
public final class PaperGraphMapper {

    /**
     * Offsets and confidences repeat across mentions: their literal nodes are made once, so that the store checks
     * and parses each lexical form once (TDB2 keeps numbers inside the node id) rather than for every quad.
     */
    private static final Node[] SMALL_INTS = new Node[4096];
    private static final java.util.concurrent.ConcurrentMap<Double, Node> CONFIDENCES =
            new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (int i = 0; i < SMALL_INTS.length; i++) {
            SMALL_INTS[i] = NodeFactory.createLiteralDT(String.valueOf(i), XSDDatatype.XSDint);
        }
    }

    private PaperGraphMapper() {
    }

    /**
     * The quads of a paper's graph.
     *
     * @param paperIri    the paper's IRI (kept when a paper already in the store is ingested again)
     * @param extraction  what extraction found
     * @param contentHash hash of the record and the extractor version
     */
    public static List<Quad> quads(String paperIri, PaperExtraction extraction, String contentHash) {
        Paper paper = extraction.paper();
        Node g = NodeFactory.createURI(Iris.paperGraph(paperIri));
        Node p = NodeFactory.createURI(paperIri);
        List<Quad> out = new ArrayList<>();
        out.add(new Quad(g, p, RDF.type.asNode(), PKG.Paper.asNode()));
        out.add(new Quad(g, p, DCTerms.title.asNode(), NodeFactory.createLiteralLang(paper.title(), "en")));
        out.add(new Quad(g, p, PKG.titleKey.asNode(), NodeFactory.createLiteralString(paper.titleKey())));
        out.add(new Quad(g, p, PKG.contentHash.asNode(), NodeFactory.createLiteralString(contentHash)));
        if (paper.hasAbstract()) {
            out.add(new Quad(g, p, DCTerms.abstract_.asNode(), NodeFactory.createLiteralLang(paper.abstractText(), "en")));
        }
        addLang(out, g, p, DCTerms.title.asNode(), paper.titleZh(), "zh");
        addLang(out, g, p, PKG.summary.asNode(), paper.summaryZh(), "zh");
        addLang(out, g, p, DCTerms.abstract_.asNode(), paper.abstractZh(), "zh");
        paper.arxiv().ifPresent(id -> {
            out.add(new Quad(g, p, PKG.arxivId.asNode(), NodeFactory.createLiteralString(id)));
            out.add(new Quad(g, p, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("arXiv:" + id)));
        });
        if (paper.externalId() != null) {
            out.add(new Quad(g, p, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(paper.externalId())));
        }
        if (paper.year() != null) {
            out.add(new Quad(g, p, DCTerms.issued.asNode(),
                    NodeFactory.createLiteralDT(String.valueOf(paper.year()), XSDDatatype.XSDgYear)));
        }
        for (String author : paper.authors()) {
            out.add(new Quad(g, p, DCTerms.creator.asNode(), NodeFactory.createLiteralString(author)));
        }
        for (String category : paper.categories()) {
            out.add(new Quad(g, p, DCTerms.subject.asNode(), NodeFactory.createLiteralString(category)));
        }
        out.add(new Quad(g, p, DCTerms.source.asNode(), NodeFactory.createLiteralString(paper.source().toString())));

        List<Mention> mentions = extraction.mentions();
        java.util.Set<Integer> sentencesWritten = new java.util.HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Node mention = NodeFactory.createURI(Iris.mention(paperIri, i));
            Node about = NodeFactory.createURI(m.kind() == MentionKind.CONCEPT ? Iris.concept(m.name())
                    : Iris.entity(m.name()));
            out.add(new Quad(g, p, PKG.hasMention.asNode(), mention));
            out.add(new Quad(g, mention, RDF.type.asNode(), PKG.Mention.asNode()));
            out.add(new Quad(g, mention, PKG.mentionOf.asNode(), about));
            out.add(new Quad(g, mention, PKG.evidenceFor.asNode(), evidenceFor(m.kind())));
            out.add(new Quad(g, mention, PKG.name.asNode(), NodeFactory.createLiteralString(m.name())));
            out.add(new Quad(g, mention, PKG.surface.asNode(), NodeFactory.createLiteralString(m.surface())));
            Node sentence = NodeFactory.createURI(Iris.sentence(paperIri, m.sentence()));
            out.add(new Quad(g, mention, PKG.inSentence.asNode(), sentence));
            if (sentencesWritten.add(m.sentence())) {
                out.add(new Quad(g, sentence, RDF.type.asNode(), PKG.Sentence.asNode()));
                out.add(new Quad(g, sentence, PKG.text.asNode(),
                        NodeFactory.createLiteralString(extraction.sentenceText(m.sentence()))));
                out.add(new Quad(g, sentence, PKG.field.asNode(),
                        NodeFactory.createLiteralString(extraction.inTitle(m.span().begin()) ? "title" : "abstract")));
            }
            org.paperkg.extract.Span inField = extraction.fieldSpan(m.span());
            out.add(new Quad(g, mention, PKG.beginOffset.asNode(), intLiteral(inField.begin())));
            out.add(new Quad(g, mention, PKG.endOffset.asNode(), intLiteral(inField.end())));
            out.add(new Quad(g, mention, PKG.rule.asNode(), NodeFactory.createLiteralString(m.rule())));
            out.add(new Quad(g, mention, PKG.confidence.asNode(), CONFIDENCES.computeIfAbsent(m.confidence(),
                    c -> NodeFactory.createLiteralDT(String.valueOf(c), XSDDatatype.XSDdouble))));
            if (m.kind() == MentionKind.CONCEPT) {
                out.add(new Quad(g, p, PKG.hasConcept.asNode(), about));
            } else {
                out.add(new Quad(g, p, PKG.mentions.asNode(), about));
                out.add(new Quad(g, about, RDF.type.asNode(), PKG.Entity.asNode()));
                out.add(new Quad(g, about, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(m.surface())));
            }
        }
        for (Map.Entry<String, Set<String>> alias : extraction.aliases().entrySet()) {
            Node entity = NodeFactory.createURI(Iris.entity(alias.getKey()));
            out.add(new Quad(g, entity, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(alias.getKey())));
            for (String longForm : alias.getValue()) {
                out.add(new Quad(g, entity, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(longForm)));
            }
        }
        return out.stream().distinct().toList();
    }

    static Node evidenceFor(MentionKind kind) {
        return switch (kind) {
            case METHOD -> PKG.usesMethod.asNode();
            case DATASET -> PKG.usesDataset.asNode();
            case PROPOSED -> PKG.proposes.asNode();
            case CONCEPT -> PKG.hasConcept.asNode();
        };
    }

    private static void addLang(List<Quad> out, Node g, Node s, Node p, String value, String lang) {
        if (value != null && !value.isBlank()) {
            out.add(new Quad(g, s, p, NodeFactory.createLiteralLang(value, lang)));
        }
    }

    private static Node intLiteral(int value) {
        if (value >= 0 && value < SMALL_INTS.length) {
            return SMALL_INTS[value];
        }
        return NodeFactory.createLiteralDT(String.valueOf(value), XSDDatatype.XSDint);
    }
}
