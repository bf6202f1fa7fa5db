package org.paperkg.extract;

/** What a mention says about its paper. */
public enum MentionKind {
    /** The paper names a method, model, architecture, algorithm or optimizer. */
    METHOD,
    /** The paper names a dataset, benchmark, corpus or evaluation suite. */
    DATASET,
    /** The paper introduces the named method or dataset itself. */
    PROPOSED,
    /** The paper expresses a concept of the SKOS scheme; the mention's name is the concept's id. */
    CONCEPT
}
