package org.paperkg.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;

/** Ranks a paper's related work with the {@code related-work} query and explains each hit. */
public final class RelatedWork {
    private static final Pattern REASON = Pattern.compile("^(.*) \\[(method|dataset|concept)] (-?[0-9.Ee+-]+)$");

    private final QueryRunner runner;
    private final QueryLibrary queries;

    public RelatedWork(QueryRunner runner, QueryLibrary queries) {
        this.runner = runner;
        this.queries = queries;
    }

    public List<RelatedPaper> related(String paperIri, int limit) {
        List<RelatedPaper> out = new ArrayList<>();
        for (QuerySolution row : runner.rows(queries.get("related-work"),
                Map.of("paper", paperIri, "limit", String.valueOf(limit)))) {
            Integer year = row.contains("year") ? Integer.valueOf(row.getLiteral("year").getLexicalForm().substring(0, 4))
                    : null;
            out.add(new RelatedPaper(row.getResource("related").getURI(), row.getLiteral("title").getString(), year,
                    Math.round(row.getLiteral("score").getDouble() * 1000) / 1000.0,
                    reasons(row.getLiteral("reasons").getString())));
        }
        return out;
    }

    static List<RelatedPaper.Reason> reasons(String concatenated) {
        List<RelatedPaper.Reason> reasons = new ArrayList<>();
        for (String part : concatenated.split("; ")) {
            Matcher m = REASON.matcher(part.strip());
            if (m.matches()) {
                reasons.add(new RelatedPaper.Reason(m.group(1), m.group(2), Double.parseDouble(m.group(3))));
            }
        }
        reasons.sort(Comparator.comparingDouble(RelatedPaper.Reason::weight).reversed()
                .thenComparing(RelatedPaper.Reason::label));
        return reasons;
    }
}
