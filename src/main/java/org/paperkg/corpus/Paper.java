package org.paperkg.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One paper as read from a corpus file: a title, an English abstract (possibly empty or truncated),
 * and whatever metadata the format carries.
 *
 * @param title        the English title, whitespace normalised, never blank
 * @param abstractText the English abstract, whitespace normalised; empty when the source has none
 * @param arxivId      the arXiv identifier without version ("2403.11075"), or null
 * @param externalId   another identifier the source gives (a conference id, a DOI, a BibTeX key), or null
 * @param titleZh      a Chinese title, or null
 * @param summaryZh    a Chinese summary, or null
 * @param abstractZh   a Chinese abstract, or null
 * @param authors      author names in order
 * @param year         the publication year, or null
 * @param categories   subject categories ("cs.LG"), possibly empty
 * @param source       the file and line the record starts at
 */
public record Paper(
        String title,
        String abstractText,
        String arxivId,
        String externalId,
        String titleZh,
        String summaryZh,
        String abstractZh,
        List<String> authors,
        Integer year,
        List<String> categories,
        SourceRef source) {

    public Paper {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        abstractText = abstractText == null ? "" : abstractText;
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        Objects.requireNonNull(source, "source");
        if (year == null && arxivId != null) {
            year = ArxivIds.year(arxivId).orElse(null);
        }
    }

    /** A paper with only a title and an abstract. */
    public static Paper of(String title, String abstractText, SourceRef source) {
        return new Paper(title, abstractText, null, null, null, null, null, List.of(), null, List.of(), source);
    }

    /** The key under which two records are the same paper: the normalised title. */
    public String titleKey() {
        return TitleKey.of(title);
    }

    public Optional<String> arxiv() {
        return Optional.ofNullable(arxivId);
    }

    public boolean hasAbstract() {
        return !abstractText.isBlank();
    }
}
