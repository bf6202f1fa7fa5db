package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoldScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GoldScorer scorer = new GoldScorer(Map.of("momentum", "momentum", "heavyballmomentum", "momentum",
            "statespacemodel", "state-space-model", "ssm", "state-space-model"));

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private GoldScorer.Score score(String gold, String predicted) {
        return scorer.score(List.of(json(gold)), List.of(json(predicted)));
    }

    @Test
    void matchesNamesByNormalisedSurfaceFormsOncePerEntry() {
        GoldScorer.Score s = score(
                "{\"title\":\"A: B\",\"methods\":[[\"ALBEF\",\"Align before Fuse\"],[\"MoCo\"]],\"datasets\":[],\"proposed\":[],\"concepts\":[]}",
                "{\"title\":\"a b\",\"methods\":[\"align-before-fuse\",\"ALBEF\",\"BERT\"]}");
        GoldScorer.Counts m = s.byKind().get("methods");
        // ALBEF's second form is neither right nor wrong; BERT is extra; MoCo missed
        assertThat(m).isEqualTo(new GoldScorer.Counts(1, 1, 1));
        assertThat(s.papersMissing()).isZero();
    }

    @Test
    void expandsProposedNamesToTheirEntryForms() {
        GoldScorer.Score s = score(
                "{\"title\":\"T\",\"methods\":[[\"CTP\",\"Compatible Topology Preservation\"]],\"datasets\":[[\"P9D\"]],\"proposed\":[\"CTP\",\"P9D\"],\"concepts\":[]}",
                "{\"title\":\"T\",\"proposed\":[\"compatible topology preservation\"]}");
        assertThat(s.byKind().get("proposed")).isEqualTo(new GoldScorer.Counts(1, 0, 1));
    }

    @Test
    void countsConceptsByTheReferenceLineOfTheirLabel() {
        GoldScorer.Score s = score(
                "{\"title\":\"T\",\"methods\":[],\"datasets\":[],\"proposed\":[],\"concepts\":[\"momentum\",\"state-space-model\"]}",
                "{\"title\":\"T\",\"concepts\":[\"Heavy-ball momentum\",\"momentum\",\"generative model\"]}");
        // two labels of one concept count once; a label outside the reference list is ignored
        assertThat(s.byKind().get("concepts")).isEqualTo(new GoldScorer.Counts(1, 0, 1));
        assertThat(s.byKind().get("concepts").f1()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void countsAPaperWithoutPredictionAsAllMissed() {
        GoldScorer.Score s = scorer.score(List.of(json(
                "{\"title\":\"Only gold\",\"methods\":[[\"X1\"]],\"datasets\":[],\"proposed\":[\"X1\"],\"concepts\":[]}")), List.of());
        assertThat(s.papersMissing()).isEqualTo(1);
        assertThat(s.byKind().get("methods")).isEqualTo(new GoldScorer.Counts(0, 0, 1));
        assertThat(s.byKind().get("methods").f1()).isZero();
    }
}
