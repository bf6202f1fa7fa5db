package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pieces the name finder uses to search a text for the gazetteer's names of several words. */
class PhraseSearchTest {
    /** What the finder once did with a regular expression, per text and per form: the reference. */
    private static final Pattern HYPHEN_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

    @Test
    void hyphensBetweenLettersBecomeSpacesAsTheRegularExpressionWouldMakeThem() {
        for (String text : List.of("long-range arena", "wide-resnet-28-10", "a--b", "-ab", "ab-", "3-b", "b-3",
                "self-supervised pre-training", "schrödinger-bridge", "état-de-l'art", "x-\uD835\uDC9C",
                "no hyphen here", "", "-", "a-b-c-d")) {
            assertThat(Names.spaceHyphensBetweenLetters(text)).as(text)
                    .isEqualTo(HYPHEN_BETWEEN_LETTERS.matcher(text).replaceAll(" "));
        }
        // a letter outside the BMP before the hyphen counts too (the expression's look-behind saw half of it)
        assertThat(Names.spaceHyphensBetweenLetters("\uD835\uDC9C-net")).isEqualTo("\uD835\uDC9C net");
        String unchanged = "no hyphen between letters: 3-4";
        assertThat(Names.spaceHyphensBetweenLetters(unchanged)).isSameAs(unchanged);
    }

    @Test
    void theWordsOfATextAreItsRunsOfLettersAndDigits() {
        assertThat(PhraseSearch.wordsOf("long range arena (lra), human3.6m; s4d-ii"))
                .containsExactlyInAnyOrder("long", "range", "arena", "lra", "human3", "6m", "s4d", "ii");
        assertThat(PhraseSearch.wordsOf("")).isEmpty();
        assertThat(PhraseSearch.wordsOf("ends with a word")).contains("word");
    }

    @Test
    void aPhraseFormIsSearchedByItsKeyAndFoundOnlyWhereItsFirstWordIs() {
        Lexicon.Entry entry = new Lexicon.Entry("Long Range Arena", MentionKind.DATASET, List.of("Long Range Arena"));
        Lexicon.PhraseForm hyphenated = Lexicon.PhraseForm.of(entry, "Long-Range Arena");
        assertThat(hyphenated.key()).isEqualTo("long range arena");
        assertThat(hyphenated.firstWord()).isEqualTo("long");
        Lexicon.PhraseForm split = Lexicon.PhraseForm.of(entry, "Human3.6M");
        assertThat(split.key()).isEqualTo("human3.6m");
        assertThat(split.firstWord()).isEqualTo("human3");
        assertThat(Lexicon.PhraseForm.of(entry, "(a) b").firstWord()).isEmpty();
        // wherever the key occurs as whole words, its first word is one of the text's words
        String text = Names.spaceHyphensBetweenLetters("results on the long-range arena and on human3.6m");
        assertThat(PhraseSearch.wordsOf(text)).contains(hyphenated.firstWord(), split.firstWord());
    }

    @Test
    void theLexiconListsEveryFormOfSeveralTokensLongestFirst() {
        Lexicon lexicon = Lexicon.load();
        List<Lexicon.PhraseForm> forms = lexicon.phraseForms();
        assertThat(forms).isNotEmpty();
        assertThat(forms).allSatisfy(f -> assertThat(f.entry().forms()).anySatisfy(form ->
                assertThat(Lexicon.PhraseForm.of(f.entry(), form)).isEqualTo(f)));
        assertThat(forms.stream().map(Lexicon.PhraseForm::entry).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(lexicon.multiWordEntries());
        assertThat(forms).isSortedAccordingTo(
                java.util.Comparator.comparingInt((Lexicon.PhraseForm f) -> f.key().length()).reversed());
        assertThat(forms).anySatisfy(f -> assertThat(f.key()).isEqualTo("long range arena"));
    }
}
