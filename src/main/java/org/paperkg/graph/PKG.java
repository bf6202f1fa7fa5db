package org.paperkg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The paperkg vocabulary, one constant per class and property of {@code ontology/paperkg.ttl} (a test checks
 * that the two agree). Names are the RDF local names, as in Jena's own vocabulary classes.
 */
public final class PKG {
    public static final String NS = "https://w3id.org/paperkg/ns#";

    private PKG() {
    }

    public static String getURI() {
        return NS;
    }

    /** A scientific paper, known by its title and abstract. */
    public static final Resource Paper = ResourceFactory.createResource(NS + "Paper");

    /** A named method or dataset. Each paper's graph names entities by the paper's own name for them; the entities graph resolves those to one canonical entity per real-world thing. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

    /** A named method, model, algorithm, architecture, framework or optimizer (ALBEF, Adam, S4D). */
    public static final Resource Method = ResourceFactory.createResource(NS + "Method");

    /** A named dataset, benchmark, corpus or evaluation suite (CIFAR-10, Long Range Arena). */
    public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");

    /** The evidence for one extracted fact: where in which paper, the sentence, the offsets, the rule that fired and its confidence. */
    public static final Resource Mention = ResourceFactory.createResource(NS + "Mention");

    /** A sentence of a paper's title or abstract that backs one or more mentions; shared by them, so its text is stored once. */
    public static final Resource Sentence = ResourceFactory.createResource(NS + "Sentence");

    /** Kind of concept: a family of methods or a mathematical idea. */
    public static final Resource Technique = ResourceFactory.createResource(NS + "Technique");

    /** Kind of concept: a problem that papers address. */
    public static final Resource Task = ResourceFactory.createResource(NS + "Task");

    /** A materialised related-work link between two papers with its score and the shared entities and concepts that explain it. */
    public static final Resource RelatedLink = ResourceFactory.createResource(NS + "RelatedLink");

    /** The arXiv identifier without version, e.g. 2403.11075. */
    public static final Property arxivId = ResourceFactory.createProperty(NS, "arxivId");

    /** The title normalised to lower-case letters and digits, by which the same paper is recognised in several files. */
    public static final Property titleKey = ResourceFactory.createProperty(NS, "titleKey");

    /** A short summary of the paper, e.g. the Chinese summary of an arXiv digest (@zh). */
    public static final Property summary = ResourceFactory.createProperty(NS, "summary");

    /** Hash of the paper's record and of the extractor's version; a paper ingested again with the same hash is left as it is. */
    public static final Property contentHash = ResourceFactory.createProperty(NS, "contentHash");

    /** The paper names the entity (by the paper's own name for it); stated in the paper's graph. */
    public static final Property mentions = ResourceFactory.createProperty(NS, "mentions");

    /** The paper names (uses, compares with, or proposes) the method; resolved across the corpus, stated in the entities graph. */
    public static final Property usesMethod = ResourceFactory.createProperty(NS, "usesMethod");

    /** The paper names (evaluates on, or contributes) the dataset; resolved across the corpus, stated in the entities graph. */
    public static final Property usesDataset = ResourceFactory.createProperty(NS, "usesDataset");

    /** The paper introduces the method or dataset itself. */
    public static final Property proposes = ResourceFactory.createProperty(NS, "proposes");

    /** The title or abstract expresses the concept of the scheme. */
    public static final Property hasConcept = ResourceFactory.createProperty(NS, "hasConcept");

    /** Links a paper to the evidence for the facts extracted from it. */
    public static final Property hasMention = ResourceFactory.createProperty(NS, "hasMention");

    /** The entity or concept the mention names. */
    public static final Property mentionOf = ResourceFactory.createProperty(NS, "mentionOf");

    /** The property whose statement the mention supports, as the paper's local reading: usesMethod, usesDataset, proposes or hasConcept. */
    public static final Property evidenceFor = ResourceFactory.createProperty(NS, "evidenceFor");

    /** The paper's own name for the entity (its short form where the paper defines one), or the concept id. */
    public static final Property name = ResourceFactory.createProperty(NS, "name");

    /** The text exactly as written at the mention's offsets. */
    public static final Property surface = ResourceFactory.createProperty(NS, "surface");

    /** The sentence the mention was found in. */
    public static final Property inSentence = ResourceFactory.createProperty(NS, "inSentence");

    /** The text of a sentence, as it stands in the title or abstract. */
    public static final Property text = ResourceFactory.createProperty(NS, "text");

    /** Where the sentence is: title or abstract. */
    public static final Property field = ResourceFactory.createProperty(NS, "field");

    /** Offset of the mention's first character in its field (title or abstract), not in the sentence. */
    public static final Property beginOffset = ResourceFactory.createProperty(NS, "beginOffset");

    /** Offset after the mention's last character in its field. */
    public static final Property endOffset = ResourceFactory.createProperty(NS, "endOffset");

    /** The rule that fired, e.g. coined-word/dataset.head-noun or proposal.we-propose. */
    public static final Property rule = ResourceFactory.createProperty(NS, "rule");

    /** How sure the rule is, between 0 and 1. */
    public static final Property confidence = ResourceFactory.createProperty(NS, "confidence");

    /** The canonical entity that a paper-level entity name stands for (CIFAR10 and CIFAR-10, an acronym and its long form). */
    public static final Property resolvesTo = ResourceFactory.createProperty(NS, "resolvesTo");

    /** Summed confidence of the mentions, over all papers, that read the entity as a method. */
    public static final Property methodVotes = ResourceFactory.createProperty(NS, "methodVotes");

    /** Summed confidence of the mentions, over all papers, that read the entity as a dataset. */
    public static final Property datasetVotes = ResourceFactory.createProperty(NS, "datasetVotes");

    /** How many papers mention the entity or express the concept. */
    public static final Property paperCount = ResourceFactory.createProperty(NS, "paperCount");

    /** Technique or Task. */
    public static final Property conceptKind = ResourceFactory.createProperty(NS, "conceptKind");

    /** A materialised related-work link (see RelatedLink for its score and reasons). */
    public static final Property relatedTo = ResourceFactory.createProperty(NS, "relatedTo");

    /** The paper the related-work link starts from. */
    public static final Property linkSource = ResourceFactory.createProperty(NS, "linkSource");

    /** The related paper. */
    public static final Property linkTarget = ResourceFactory.createProperty(NS, "linkTarget");

    /** Sum of the rarity weights of what the two papers share. */
    public static final Property score = ResourceFactory.createProperty(NS, "score");

    /** An entity or concept that both papers of the link have. */
    public static final Property shares = ResourceFactory.createProperty(NS, "shares");
}
