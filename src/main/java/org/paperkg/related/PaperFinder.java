package org.paperkg.related;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.paperkg.PaperkgException;
import org.paperkg.corpus.ArxivIds;
import org.paperkg.corpus.TitleKey;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;

/** Finds a stored paper from what a user types: an arXiv id, an IRI, or words of its title. */
public final class PaperFinder {
    /** A stored paper: IRI and English title. */
    public record PaperRef(String iri, String title) {
    }

    /** The words match several papers and none exactly: the user must choose. */
    public static final class AmbiguousPaperException extends PaperkgException {
        public AmbiguousPaperException(String words, List<PaperRef> candidates) {
            super("\"" + words + "\" matches " + candidates.size() + " papers; give more words, an arXiv id or an IRI:\n"
                    + String.join("\n", candidates.stream().limit(20).map(c -> "  " + c.title() + "  <" + c.iri() + ">")
                    .toList()));
        }
    }

    private final QueryRunner runner;
    private final QueryLibrary queries;

    public PaperFinder(QueryRunner runner, QueryLibrary queries) {
        this.runner = runner;
        this.queries = queries;
    }

    public PaperRef find(String input) {
        String s = input.strip();
        if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("<")) {
            String iri = s.replaceAll("^<|>$", "");
            List<QuerySolution> rows = runner.rows(queries.get("internal/paper-detail"), Map.of("paper", iri));
            if (rows.isEmpty()) {
                throw new PaperkgException("no paper with IRI <" + iri + "> in the store");
            }
            return new PaperRef(iri, rows.get(0).getLiteral("title").getString());
        }
        Optional<String> arxiv = ArxivIds.parse(s);
        if (arxiv.isPresent()) {
            List<QuerySolution> rows = runner.rows(queries.get("internal/paper-by-arxiv"), Map.of("arxiv", arxiv.get()));
            if (rows.isEmpty()) {
                throw new PaperkgException("no paper with arXiv id " + arxiv.get() + " in the store");
            }
            return find(rows.get(0).getResource("paper").getURI());
        }
        List<PaperRef> all = new ArrayList<>();
        for (QuerySolution row : runner.rows(queries.get("internal/paper-titles"), Map.of())) {
            all.add(new PaperRef(row.getResource("paper").getURI(), row.getLiteral("title").getString()));
        }
        String key = TitleKey.of(s);
        List<PaperRef> exact = all.stream().filter(p -> TitleKey.of(p.title()).equals(key)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        TitleMatch typed = TitleMatch.of(s);
        List<PaperRef> matches = all.stream().filter(p -> typed.matches(p.title())).toList();
        if (matches.isEmpty()) {
            throw new PaperkgException("no paper whose title has words beginning with each of: "
                    + String.join(" ", typed.words()));
        }
        if (matches.size() > 1) {
            throw new AmbiguousPaperException(s, matches);
        }
        return matches.get(0);
    }
}
