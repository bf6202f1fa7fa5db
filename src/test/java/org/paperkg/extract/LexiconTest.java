package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static final List<String> GAZETTEERS = List.of("lexicon/datasets.tsv", "lexicon/methods.tsv",
            "lexicon/classic-methods.tsv");
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.load();
    }

    @Test
    void aLowerCaseLetterHyphenatedBeforeCapitalsLooksUpNoEntryThatWritesItInCapitals() {
        assertThat(lexicon.lookup("FDM")).isNotNull();
        assertThat(lexicon.lookup("f-DM")).isNull();
        assertThat(lexicon.lookup("t-SNE")).isNotNull();
        assertThat(lexicon.lookup("T-SNE")).isEqualTo(lexicon.lookup("t-SNE"));
    }

    @Test
    void aCapitalisedWordOfLikenessAfterAKnownNameMakesNoSubsetOfIt() {
        assertThat(lexicon.datasetVariant("LSUN-Bedroom")).isEqualTo(lexicon.lookup("LSUN"));
        assertThat(lexicon.datasetVariant("Mesh-Based")).isNull();
        assertThat(lexicon.datasetVariant("ImageNet-Scale")).isNull();
    }

    @Test
    void everyFormOfTheGazetteersNamesOneEntryOnly() throws IOException {
        // the lexicon keeps the first entry a form normalises to: a second line with the same form would be shadowed
        Map<String, String> lineOfKey = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String resource : GAZETTEERS) {
            int number = 0;
            for (String line : lines(resource)) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                List<String> forms = new ArrayList<>(List.of(cols[0].strip()));
                if (cols.length > 1) {
                    forms.addAll(List.of(cols[1].split("\\|")));
                }
                String here = resource + ":" + number;
                for (String form : forms) {
                    String other = lineOfKey.putIfAbsent(Names.key(form), here);
                    if (other != null && !other.equals(here)) {
                        clashes.add(form + " at " + here + " and " + other);
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void aLaterVersionOrAnotherSubsetIsAnEntryOfItsOwn() {
        // a paper that names both must keep both: "ETTh1, ETTh2, ETTm1 and ETTm2", "SQuAD1.1 and SQuAD2.0"
        List<List<String>> distinct = List.of(List.of("ETTh1", "ETTh2", "ETTm1", "ETTm2", "ETT"),
                List.of("SQuAD", "SQuAD2.0"), List.of("VQA", "VQAv2"), List.of("NTU RGB+D", "NTU RGB+D 120"),
                List.of("Phi-2", "Phi-3", "Phi-4"), List.of("wav2vec", "wav2vec 2.0"),
                List.of("LAION-5B", "LAION-400M"),
                List.of("CC3M", "CC12M"), List.of("Dreamer", "DreamerV3"), List.of("PEMS", "PEMS-BAY"));
        for (List<String> names : distinct) {
            assertThat(names.stream().map(n -> lexicon.lookup(n).name()).distinct()).as(names.toString())
                    .hasSameSizeAs(names);
        }
        assertThat(lexicon.lookup("NTU-120").name()).isEqualTo("NTU RGB+D 120");
        assertThat(lexicon.lookup("SQuAD 2.0").name()).isEqualTo(lexicon.lookup("SQuAD2.0").name());
    }

    @Test
    void classicAlgorithmsAreMethodsKnownByEveryFormAndThePlural() {
        assertThat(lexicon.lookup("beam search").type()).isEqualTo(MentionKind.METHOD);
        assertThat(lexicon.isClassic("conditional random fields")).isTrue();
        assertThat(lexicon.isClassic("CRF")).isTrue();
        assertThat(lexicon.isClassic("Adam")).isFalse();
        assertThat(lexicon.isClassic("ImageNet")).isFalse();
        assertThat(lexicon.isClassic("QuillNet")).isFalse();
    }

    @Test
    void aLongFormSpellsOutAKnownShortFormOrRedefinesIt() {
        assertThat(lexicon.spellsOut("TRPO", "optimistic trust region policy optimization")).isTrue();
        assertThat(lexicon.redefines("TRPO", "optimistic trust region policy optimization")).isFalse();
        assertThat(lexicon.spellsOut("ARC", "adversarial attack algorithm")).isFalse();
        assertThat(lexicon.redefines("ARC", "adversarial attack algorithm")).isTrue();
        // an entry known by short forms only can tell neither
        assertThat(lexicon.spellsOut("GQA", "greedy quill attack")).isFalse();
        assertThat(lexicon.redefines("GQA", "greedy quill attack")).isFalse();
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = LexiconTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void aNotNameSpelledOutWithAnotherFirstWordIsAnotherNameWhateverJoinsItsWords() {
        assertThat(lexicon.spelledOutOtherwise("IO", "input-output")).isFalse();
        assertThat(lexicon.spelledOutOtherwise("IO", "input/output")).isFalse();
        assertThat(lexicon.spelledOutOtherwise("IO", "inverse optimization")).isTrue();
    }
}
