package org.paperkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.paperkg.PaperkgException;

/**
 * Scores predicted annotations against gold ones by the rules of the gold format: papers matched by normalised
 * title; a predicted name matches a gold entry when its normalised form equals one of the entry's surface forms,
 * each entry matched at most once, a second form of a matched entry neither right nor wrong; proposed names
 * expand to the forms of their entry; concepts count by the reference concept whose label they carry.
 */
public final class GoldScorer {
    public static final List<String> KINDS = List.of("methods", "datasets", "proposed", "concepts");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> conceptByLabel;

    public GoldScorer(Map<String, String> conceptByLabel) {
        this.conceptByLabel = Map.copyOf(conceptByLabel);
    }

    /** Normalised form: lower case, letters and digits only. */
    public static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Reads a concept list (id, kind, preferred label, other labels separated by |) into label → id. */
    public static Map<String, String> readConcepts(Path tsv) throws IOException {
        Map<String, String> byLabel = new HashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = (line + "\t\t\t").split("\t", -1);
            String id = cols[0];
            List<String> labels = new ArrayList<>();
            labels.add(cols[2]);
            for (String alt : cols[3].split("\\|")) {
                if (!alt.isEmpty()) {
                    labels.add(alt);
                }
            }
            for (String label : labels) {
                byLabel.putIfAbsent(norm(label), id);
            }
            byLabel.put(norm(id), id);
        }
        return byLabel;
    }

    /** Reads a jsonl file of papers; a bad line is an error naming file and line. */
    public static List<JsonNode> readJsonl(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        int n = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            String line;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new PaperkgException(file + ":" + n + ": malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        return out;
    }

    /** Counts for one kind. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /** What was missed and what was extra for one paper and kind. */
    public record Miss(String title, String kind, List<String> missed, List<String> extra) {
    }

    /** The scores: per kind, papers scored, papers without a prediction, and the misses. */
    public record Score(int papers, int papersMissing, Map<String, Counts> byKind, List<Miss> misses) {
    }

    public Score score(List<JsonNode> gold, List<JsonNode> predicted) {
        Map<String, JsonNode> byTitle = new HashMap<>();
        for (JsonNode p : predicted) {
            byTitle.putIfAbsent(norm(p.path("title").asText("")), p);
        }
        Map<String, Counts> totals = new LinkedHashMap<>();
        KINDS.forEach(k -> totals.put(k, new Counts(0, 0, 0)));
        List<Miss> misses = new ArrayList<>();
        int missing = 0;
        for (JsonNode g : gold) {
            String title = g.path("title").asText("");
            JsonNode p = byTitle.get(norm(title));
            if (p == null) {
                missing++;
                p = JSON.createObjectNode();
            }
            for (String kind : List.of("methods", "datasets")) {
                Match m = match(entries(g.path(kind)), strings(p.path(kind)));
                totals.merge(kind, m.counts(), Counts::plus);
                if (!m.missed().isEmpty() || !m.extra().isEmpty()) {
                    misses.add(new Miss(title, kind, m.missed(), m.extra()));
                }
            }
            Map<String, List<String>> forms = new HashMap<>();
            for (String kind : List.of("methods", "datasets")) {
                for (List<String> entry : entries(g.path(kind))) {
                    forms.put(norm(entry.get(0)), entry);
                }
            }
            List<List<String>> goldProposed = new ArrayList<>();
            for (String name : strings(g.path("proposed"))) {
                goldProposed.add(forms.getOrDefault(norm(name), List.of(name)));
            }
            Match m = match(goldProposed, strings(p.path("proposed")));
            totals.merge("proposed", m.counts(), Counts::plus);
            if (!m.missed().isEmpty() || !m.extra().isEmpty()) {
                misses.add(new Miss(title, "proposed", m.missed(), m.extra()));
            }
            Set<String> pc = new TreeSet<>();
            for (String label : strings(p.path("concepts"))) {
                String id = conceptByLabel.get(norm(label));
                if (id != null) {
                    pc.add(id);
                }
            }
            Set<String> gc = new TreeSet<>(strings(g.path("concepts")));
            Set<String> tp = new TreeSet<>(pc);
            tp.retainAll(gc);
            Set<String> fp = new TreeSet<>(pc);
            fp.removeAll(gc);
            Set<String> fn = new TreeSet<>(gc);
            fn.removeAll(pc);
            totals.merge("concepts", new Counts(tp.size(), fp.size(), fn.size()), Counts::plus);
            if (!fp.isEmpty() || !fn.isEmpty()) {
                misses.add(new Miss(title, "concepts", List.copyOf(fn), List.copyOf(fp)));
            }
        }
        return new Score(gold.size(), missing, totals, misses);
    }

    private record Match(Counts counts, List<String> missed, List<String> extra) {
    }

    private static Match match(List<List<String>> goldEntries, List<String> predicted) {
        List<String> pred = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String x : predicted) {
            String n = norm(x);
            if (!n.isEmpty() && seen.add(n)) {
                pred.add(x);
            }
        }
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        List<String> extra = new ArrayList<>();
        for (String x : pred) {
            String n = norm(x);
            int hit = -1;
            for (int i = 0; i < goldEntries.size(); i++) {
                if (!used.contains(i) && goldEntries.get(i).stream().map(GoldScorer::norm).anyMatch(n::equals)) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                boolean secondForm = used.stream().anyMatch(i -> goldEntries.get(i).stream().map(GoldScorer::norm)
                        .anyMatch(n::equals));
                if (!secondForm) {
                    extra.add(x);
                }
            } else {
                used.add(hit);
                tp++;
            }
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < goldEntries.size(); i++) {
            if (!used.contains(i)) {
                missed.add(goldEntries.get(i).get(0));
            }
        }
        return new Match(new Counts(tp, extra.size(), missed.size()), missed, extra);
    }

    private static List<List<String>> entries(JsonNode node) {
        List<List<String>> out = new ArrayList<>();
        node.forEach(entry -> {
            if (entry.isArray()) {
                List<String> forms = new ArrayList<>();
                entry.forEach(f -> forms.add(f.asText()));
                if (!forms.isEmpty()) {
                    out.add(forms);
                }
            } else {
                out.add(List.of(entry.asText()));
            }
        });
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(v -> out.add(v.asText()));
        return out;
    }
}
