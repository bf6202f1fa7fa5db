package org.paperkg.extract;

/**
 * A place where the text names a method or dataset, before its type and role are decided.
 *
 * @param name     the name this paper uses for the entity (the short form where it defines one)
 * @param span     offsets of the surface form
 * @param sentence sentence index
 * @param source   how the name was recognised (coined word, gazetteer, acronym definition, title prefix)
 */
record NameOccurrence(String name, Span span, Sentence sentence, String source) {
}
