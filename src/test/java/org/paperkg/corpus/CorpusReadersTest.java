package org.paperkg.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReadersTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The one paper read from a file of that name and text. */
    private Paper onlyPaper(String name, String text) throws IOException {
        return papers(events(write(name, text))).get(0);
    }

    private static List<CorpusEvent> events(Path file) {
        try (Stream<CorpusEvent> s = new Corpus(CorpusFormats.standard()).read(file)) {
            return s.toList();
        }
    }

    private static List<Paper> papers(List<CorpusEvent> events) {
        return events.stream().filter(e -> e instanceof CorpusEvent.PaperRead)
                .map(e -> ((CorpusEvent.PaperRead) e).paper()).toList();
    }

    private static List<ReadProblem> problems(List<CorpusEvent> events) {
        return events.stream().filter(e -> e instanceof CorpusEvent.Problem)
                .map(e -> ((CorpusEvent.Problem) e).problem()).toList();
    }

    private static String abstractOf(int words) {
        return "This sentence is part of a made-up abstract that describes a method. ".repeat(words / 12 + 1).strip();
    }

    @Test
    void readsListingPairsAndSkipsPageFurniture() throws IOException {
        Path file = write("page.data", "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n"
                + "byAK and the research community\n\nApr 22\n\nFirst Title: A Study\n\n" + abstractOf(40) + "\n\n"
                + "Second Title\n\n" + abstractOf(30) + "\n");
        List<CorpusEvent> events = events(file);
        assertThat(events.get(0)).isEqualTo(new CorpusEvent.FileStarted(file.toString(), "hf-listing"));
        List<Paper> papers = papers(events);
        assertThat(papers).extracting(Paper::title).containsExactly("First Title: A Study", "Second Title");
        assertThat(papers.get(0).source().line()).isEqualTo(13);
        assertThat(problems(events)).isEmpty();
    }

    @Test
    void readsLongListingTitleThatHasNoSentenceAsTitle() throws IOException {
        String title = "A very long title with many words about models for the better parameterization of clouds:"
                + " a road map for improving climate models through small-scale models using observations";
        Path file = write("page.txt", "Subscribe\n\n" + title + "\n\n" + abstractOf(40) + "\n");
        assertThat(papers(events(file))).extracting(Paper::title).containsExactly(title);
    }

    @Test
    void readsDigestWithChineseSummaryAndArxivId() throws IOException {
        Path file = write("digest", """
                # 摘要

                | Ref | Title | Summary |
                | --- | --- | --- |
                | [^1] | [Foo: A Bar](https://arxiv.org/abs/2401.01234) | 本文提出了Foo。 |

                # 详细

                [^1]: Foo：一个酒吧

                    Foo: A Bar. (arXiv:2401.01234v2 [cs.LG])

                    [https://arxiv.org/abs/2401.01234](https://arxiv.org/abs/2401.01234)

                    本文提出了Foo。

                    \s

                    我们提出了Foo方法。

                    arXiv:2401.01234v2 Announce Type: new  Abstract: We propose Foo, a method.
                """);
        List<Paper> papers = papers(events(file));
        assertThat(papers).hasSize(1);
        Paper p = papers.get(0);
        assertThat(p.title()).isEqualTo("Foo: A Bar");
        assertThat(p.arxivId()).isEqualTo("2401.01234");
        assertThat(p.year()).isEqualTo(2024);
        assertThat(p.summaryZh()).isEqualTo("本文提出了Foo。");
        assertThat(p.abstractZh()).isEqualTo("我们提出了Foo方法。");
        assertThat(p.abstractText()).isEqualTo("We propose Foo, a method.");
    }

    @Test
    void readsJsonLinesWithArxivSnapshotFieldsAndReportsBadLines() throws IOException {
        Path file = write("a.json", """
                {"id": "0704.0001", "title": "  Calculation of\\n things ", "abstract": "An abstract.", "authors": "A. One, B. Two and C. Three", "update_date": "2008-11-13", "categories": "hep-ph cs.LG"}
                {"title": "broken", "abstract":
                ["not", "an", "object"]
                {"title": "No abstract here"}
                {"abstract": "no title"}
                """);
        List<CorpusEvent> events = events(file);
        List<Paper> papers = papers(events);
        assertThat(papers).extracting(Paper::title).containsExactly("Calculation of things", "No abstract here");
        Paper first = papers.get(0);
        assertThat(first.arxivId()).isEqualTo("0704.0001");
        assertThat(first.authors()).containsExactly("A. One", "B. Two", "C. Three");
        assertThat(first.year()).isEqualTo(2008);
        assertThat(first.categories()).containsExactly("hep-ph", "cs.LG");
        assertThat(problems(events)).extracting(p -> p.source().line() + ":" + p.skipped())
                .containsExactly("2:true", "3:true", "4:false", "5:true");
        assertThat(problems(events).get(0).toString()).contains("a.json:2").contains("malformed JSON");
    }

    @Test
    void keepsTheTextOfLatexFontCommandsAndLeavesMathematicsAlone() throws IOException {
        Paper paper = onlyPaper("latex.jsonl", """
                {"title": "A \\\\emph{Set-based} Encoder", "abstract": "Our \\\\textbf{S}et-based \\\\textbf{E}ncoder ({\\\\em SE}) runs at $O(\\\\log n)$; code at \\\\url{https://example.org}, named $\\\\text{\\\\textit{Short Encoder}}$, beside \\\\textproc{Gapnet}."}
                """);
        assertThat(paper.title()).isEqualTo("A Set-based Encoder");
        assertThat(paper.abstractText())
                .isEqualTo("Our Set-based Encoder (SE) runs at $O(\\log n)$; code at https://example.org, named Short Encoder, "
                        + "beside Gapnet.");
    }

    @Test
    void readsANameSetInSmallCapitalsInLowerCaseLetters() throws IOException {
        Path file = write("small-caps.jsonl", """
                {"title": "Quills", "abstract": "We introduce iQ\u1d1c\u026a\u029f\u029fS\u1d1c\u1d0d, a web tool; the vowel of b\u026at stays."}
                """);
        assertThat(papers(events(file)).get(0).abstractText())
                .isEqualTo("We introduce iQuillSum, a web tool; the vowel of b\u026at stays.");
    }

    @Test
    void givesAGluedSentenceItsSpaceBack() throws IOException {
        Path file = write("glued.jsonl", """
                {"title": "Glued", "abstract": "Models stall.This paper fixes that, i.e.The rest is on github.com/Org/x with ASP.NET.Done!Next"}
                """);
        assertThat(papers(events(file)).get(0).abstractText())
                .isEqualTo("Models stall. This paper fixes that, i.e.The rest is on github.com/Org/x with ASP.NET.Done! Next");
    }

    @Test
    void readsLatexTiesAsSpacesAndKeepsRanges() throws IOException {
        Paper paper = onlyPaper("ties.jsonl", """
                {"title": "Quill", "abstract": "First, quill anchor assignment~(QAA) replaces a Transformer~\\\\cite{v17}, i.e.,~a fixed rule, at 40~60 authors and 3.3x~15x speed."}
                """);
        assertThat(paper.abstractText()).isEqualTo("First, quill anchor assignment (QAA) replaces a Transformer "
                + "\\cite{v17}, i.e., a fixed rule, at 40~60 authors and 3.3x~15x speed.");
    }

    @Test
    void readsLatexAccentsAsLettersButLeavesMathematicsAlone() throws IOException {
        Paper paper = onlyPaper("accents.jsonl", """
                {"title": "Fast Nystr\\\\\\"{o}m Quills", "abstract": "We compare the Nystr\\\\\\"om method, the Poincar\\\\'e ball and R\\\\'{e}nyi divergence on the Erd\\\\H{o}s-R\\\\'enyi graph and a Schr{\\\\\\"o}dinger bridge, with $\\\\vec{v}$, $\\\\hat{x}$ and $\\\\rho$."}
                """);
        assertThat(paper.title()).isEqualTo("Fast Nystr\u00f6m Quills");
        assertThat(paper.abstractText()).isEqualTo("We compare the Nystr\u00f6m method, the Poincar\u00e9 ball and "
                + "R\u00e9nyi divergence on the Erd\u0151s-R\u00e9nyi graph and a Schr\u00f6dinger bridge, with $\\vec{v}$, "
                + "$\\hat{x}$ and $\\rho$.");
    }

    @Test
    void readsASpecialLetterInBracesOfItsOwnAsTheLetter() throws IOException {
        Paper paper = onlyPaper("braced-letter.jsonl", """
                {"title": "Quill Optimization with Polyak-{\\\\L}ojasiewicz Conditions", "abstract": "Under the Polyak-{\\\\L}ojasiewicz condition and {\\\\o}stergaard's {\\\\ss}-rule, quills converge; $\\\\{x\\\\}$ stays."}
                """);
        assertThat(paper.title()).isEqualTo("Quill Optimization with Polyak-\u0141ojasiewicz Conditions");
        assertThat(paper.abstractText()).isEqualTo("Under the Polyak-\u0141ojasiewicz condition and \u00f8stergaard's "
                + "\u00df-rule, quills converge; $\\{x\\}$ stays.");
    }

    @Test
    void readsANameSetInMathematicsAsTheNameAndKeepsVariables() throws IOException {
        Paper paper = onlyPaper("math-names.jsonl", """
                {"title": "Glimmer", "abstract": "We build $\\\\textbf{GLIMMER}$, a $\\\\texttt{Tri-Net}$ variant for $\\\\textbf{P}$runed $\\\\textbf{O}$ptics, with $k$ heads, $AB$ blocks and cost $O(n)$ per $x_i$, beside $\\\\mathcal{R}$-Net and $\\\\textbf{\\\\textit{Zap}}$, not $\\\\mathcal{O}(n)$."}
                """);
        assertThat(paper.abstractText())
                .isEqualTo("We build GLIMMER, a Tri-Net variant for Pruned Optics, with $k$ heads, $AB$ blocks and cost $O(n)$ per "
                        + "$x_i$, beside R-Net and Zap, not $\\mathcal{O}(n)$.");
    }

    @Test
    void keepsCapitalsThatAreVariablesOfTheTextAsMathematics() throws IOException {
        Paper paper = onlyPaper("math-variables.jsonl", """
                {"title": "Quill summaries", "abstract": "Sketches of the form $QAT$, where $A_k$ is the best fit and $Q$ and $T$ are sketches, run in O(n) time; $\\\\textbf{QLD}$ ($\\\\textbf{Q}$uill $\\\\textbf{L}$ogic $\\\\textbf{D}$eduction) is a corpus."}
                """);
        assertThat(paper.abstractText()).isEqualTo("Sketches of the form $QAT$, where $A_k$ is the best fit and $Q$ "
                + "and $T$ are sketches, run in O(n) time; QLD (Quill Logic Deduction) is a corpus.");
    }

    @Test
    void readsABareGroupAroundNamesSetInMathematicsAsTheNames() throws IOException {
        Paper paper = onlyPaper("math-list.jsonl", """
                {"title": "Quill", "abstract": "Gains of {$1.0\\\\%$, $0.7\\\\%$} on tasks {$\\\\texttt{QuillMath-A}$, $\\\\texttt{QWPS}$, $\\\\texttt{SQAMP}$}, and a set $\\\\{a, b\\\\}$."}
                """);
        assertThat(paper.abstractText())
                .isEqualTo("Gains of {$1.0%$, $0.7%$} on tasks QuillMath-A, QWPS, SQAMP, and a set $\\{a, b\\}$.");
    }

    @Test
    void readsLowerCaseLettersInMathematicsInsideAWordAsPartOfIt() throws IOException {
        Paper paper = onlyPaper("math-letters.jsonl", """
                {"title": "Quill", "abstract": "We propose $\\\\textbf{Q}$uilling th$\\\\textbf{e}$ soft-pro$\\\\textbf{m}$pt model$\\\\textbf{s}$ (Quems), with $k$ heads and $n$-grams."}
                """);
        assertThat(paper.abstractText())
                .isEqualTo("We propose Quilling the soft-prompt models (Quems), with $k$ heads and n-grams.");
    }

    @Test
    void readsCapitalsInMathematicsGluedToTheirWordAsPartOfIt() throws IOException {
        Paper paper = onlyPaper("math-initials.jsonl", """
                {"title": "Quill", "abstract": "We name it $\\\\textbf{QU}$ill-Sup$\\\\textbf{E}$rvised $\\\\textbf{D}$rafting (${\\\\large Q}$UED), with $AB$ blocks."}
                """);
        assertThat(paper.abstractText()).isEqualTo("We name it QUill-SupErvised Drafting (QUED), with $AB$ blocks.");
    }

    @Test
    void readsALetterInMathematicsGluedToAWordByAHyphenAsPartOfTheWord() throws IOException {
        Paper paper = onlyPaper("math-prefixes.jsonl", """
                {"title": "Sparse views", "abstract": "We plot $t$-SNE maps, run the $k$-WL test and $Q$-learning, and propose $\\\\ell_0$-QCA and $\\\\ell_1$-Trim with $k$QN-MT; $x$ - $y$ pairs, $L$-layer nets, $k$ -NN and $k$ NN stay."}
                """);
        assertThat(paper.abstractText()).isEqualTo("We plot t-SNE maps, run the k-WL test and Q-learning, and propose l0-QCA "
                + "and l1-Trim with kQN-MT; $x$ - $y$ pairs, $L$-layer nets, $k$ -NN and $k$ NN stay.");
    }

    @Test
    void readsAGreekLetterInMathematicsGluedToANameAsPartOfTheName() throws IOException {
        Path file = write("math-greek.jsonl", """
                {"title": "Quill nets", "abstract": "We propose $\\\\sigma$Quill, compare with $\\\\beta$-QAE and $\\\\Pi$Net; $\\\\epsilon$-optimal, $\\\\alpha$ and $\\\\lambda$ -QX stay."}
                """);
        assertThat(papers(events(file)).get(0).abstractText()).isEqualTo(
                "We propose \u03C3Quill, compare with \u03B2-QAE and \u03A0Net; $\\epsilon$-optimal, $\\alpha$ and "
                        + "$\\lambda$ -QX stay.");
    }

    @Test
    void readsAGreekLetterInMathematicsAfterANameAndAHyphenAsPartOfTheName() throws IOException {
        Path file = write("math-greek-after.jsonl", """
                {"title": "Quill nets", "abstract": "We train QuillArt-$\\\\alpha$ and Quill-$\\\\Sigma$; non-$\\\\beta$, G-$\\\\Delta$ and QA-$\\\\alpha$x stay."}
                """);
        assertThat(papers(events(file)).get(0).abstractText()).isEqualTo(
                "We train QuillArt-\u03B1 and Quill-\u03A3; non-$\\beta$, G-$\\Delta$ and QA-$\\alpha$x stay.");
    }

    @Test
    void dropsMarkdownEmphasisWithUnderscoresButNotSubscriptsOrIdentifiers() throws IOException {
        Path file = write("underscores.jsonl", """
                {"title": "Quill picking", "abstract": "We propose a new approach, called _Quill-Pick_, for a _contextual_ task; $x_i$, quill_set and _ alone stay."}
                """);
        assertThat(papers(events(file)).get(0).abstractText()).isEqualTo(
                "We propose a new approach, called Quill-Pick, for a contextual task; $x_i$, quill_set and _ alone "
                        + "stay.");
    }

    @Test
    void readsAGroupsArgumentInMathematicsAsPartOfTheGroupsName() throws IOException {
        Paper paper = onlyPaper("math-groups.jsonl", """
                {"title": "Steerable nets", "abstract": "We build E($3$) Quill Nets, SO($n$) layers; $f(x)$, ($3$) stay."}
                """);
        assertThat(paper.abstractText())
                .isEqualTo("We build E(3) Quill Nets, SO(n) layers; $f(x)$, ($3$) stay.");
    }

    @Test
    void dropsEscapesMarkdownBoldAndBareFontSwitches() throws IOException {
        Path file = write("escapes.jsonl", """
                {"title": "Lantern", "abstract": "We build the **LA**ntern **N**e**T**work (**LANT**) of **M**ANY **T**ra**C**ks in a Benchmar**K** for B\\\\&B search; it scores 41.2\\\\% on ms\\\\_cave, a **bold** claim. We propose $\\\\text{\\\\bf Me}$ta-RL with $\\\\text{\\\\bf r}$egularized steps (MerS)."}
                """);
        assertThat(papers(events(file)).get(0).abstractText())
                .isEqualTo("We build the Lantern Network (LANT) of MANY Tracks in a Benchmark for B&B search; it scores "
                        + "41.2% on ms_cave, a "
                        + "bold claim. We propose Meta-RL with regularized steps (MerS).");
    }

    @Test
    void dropsMarkdownEmphasisBareTexGroupsAndMathFontsAroundNamesButNotProductsOrVariables() throws IOException {
        Path file = write("emphasis.jsonl", """
                {"title": "Ripples", "abstract": "We propose *ripple-guided kernel matching* (RKM) and a {folded lattice sampler} (FLS) in $\\\\mathsf{FoldCore}$; it is *only* 2*3 times slower, costs $a*b*c$ with $x_{t}$, $\\\\mathbf{x}$, $\\\\mathsf{OPT}$ and \\\\sqrt{n}, and * bullets stay."}
                """);
        assertThat(papers(events(file)).get(0).abstractText())
                .isEqualTo("We propose ripple-guided kernel matching (RKM) and a folded lattice sampler (FLS) in FoldCore; it "
                        + "is only 2*3 times slower, costs $a*b*c$ with $x_{t}$, $\\mathbf{x}$, $\\mathsf{OPT}$ and \\sqrt{n}, and * "
                        + "bullets stay.");
    }

    @Test
    void keepsCapitalsInMathWhereALongerFormulaUsesThemAsAVariable() throws IOException {
        Path file = write("variable.jsonl", """
                {"title": "Bounds", "abstract": "Error $O(OPT)$, where $OPT$ is best; versus $QUILL$ and $PlumeNet$."}
                """);
        assertThat(papers(events(file)).get(0).abstractText())
                .isEqualTo("Error $O(OPT)$, where $OPT$ is best; versus QUILL and PlumeNet.");
    }

    @Test
    void flagsInvalidUtf8ByLineAndStillReadsThePaper() throws IOException {
        Path file = dir.resolve("latin1.jsonl");
        byte[] good = "{\"title\": \"Good\", \"abstract\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"title\": \"Caf\u00e9\", \"abstract\": \"Bad bytes.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, concat(good, bad));
        List<CorpusEvent> events = events(file);
        assertThat(papers(events)).extracting(Paper::title).containsExactly("Good", "Caf\uFFFD");
        assertThat(problems(events)).singleElement().satisfies(p -> {
            assertThat(p.source().line()).isEqualTo(2);
            assertThat(p.message()).contains("UTF-8");
        });
    }

    @Test
    void readsAtomFeed() throws IOException {
        Path file = write("feed", """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <entry>
                    <id>http://arxiv.org/abs/2301.00002v3</id>
                    <published>2023-01-01T00:00:00Z</published>
                    <title>An Atom
                      Paper</title>
                    <summary>We study atoms.</summary>
                    <author><name>Ada L.</name></author>
                    <category term="cs.LG"/>
                  </entry>
                </feed>
                """);
        Paper p = papers(events(file)).get(0);
        assertThat(p.title()).isEqualTo("An Atom Paper");
        assertThat(p.arxivId()).isEqualTo("2301.00002");
        assertThat(p.authors()).containsExactly("Ada L.");
        assertThat(p.year()).isEqualTo(2023);
    }

    @Test
    void readsBibtexEntriesAndSkipsBrokenOne() throws IOException {
        Path file = write("refs", """
                @string{foo = "bar"}
                @article{good2020,
                  title = {A {BiB} Paper about {CIFAR-10}},
                  author = {One, A. and Two, B.},
                  year = 2020,
                  eprint = {2001.00001},
                  abstract = "We test \\& measure."
                }
                @inproceedings{bad,
                  title = {Unclosed
                """);
        List<CorpusEvent> events = events(file);
        Paper p = papers(events).get(0);
        assertThat(p.title()).isEqualTo("A BiB Paper about CIFAR-10");
        assertThat(p.arxivId()).isEqualTo("2001.00001");
        assertThat(p.abstractText()).isEqualTo("We test & measure.");
        assertThat(p.authors()).containsExactly("One, A.", "Two, B.");
        assertThat(problems(events)).singleElement().satisfies(pr -> assertThat(pr.source().line()).isEqualTo(9));
    }

    @Test
    void readsBibtexAccentsAsLettersAndGoesOnAfterAnUnclosedEntry() throws IOException {
        Path file = write("accents.bib", """
                @inproceedings{quill2023,
                  title = {{Quill}: Writing with {\\"U}ber-Feathers, na\\"{\\i}vely and \\v{S}koda-style},
                  author = {M{\\"u}ller, Hans and Gar\\c{c}on, Fran\\c cois and Stra\\ss{}er, Eva},
                  abstract = {A r\\'esum\\'e of \\underline{quills} at \\`a la carte cost, $\\hat{x}$, 5\\% more.}
                }
                @article{broken,
                  title = {Unclosed entry
                @misc{plume2024, title = "Plume: Light Writing", abstract = "We introduce Plume."}
                """);
        List<CorpusEvent> events = events(file);
        assertThat(papers(events)).extracting(Paper::title)
                .containsExactly("Quill: Writing with \u00dcber-Feathers, na\u00efvely and \u0160koda-style",
                        "Plume: Light Writing");
        Paper quill = papers(events).get(0);
        assertThat(quill.authors()).containsExactly("M\u00fcller, Hans", "Gar\u00e7on, Fran\u00e7ois",
                "Stra\u00dfer, Eva");
        assertThat(quill.abstractText())
                .isEqualTo("A r\u00e9sum\u00e9 of quills at \u00e0 la carte cost, $\\hat{x}$, 5% more.");
        assertThat(problems(events)).singleElement().satisfies(pr -> assertThat(pr.source().line()).isEqualTo(6));
    }

    @Test
    void reportsBinaryDataButReadsLatin1Text() throws IOException {
        Path archive = dir.resolve("corpus.jsonl.gz");
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(archive))) {
            gz.write("{\"title\": \"Zipped\", \"abstract\": \"Packed away.\"}\n".repeat(50)
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(problems(events(archive))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("binary data"));
        Path latin1 = dir.resolve("latin1.jsonl");
        Files.write(latin1, "{\"title\": \"Caf\u00e9 Models\", \"abstract\": \"Na\u00efve caf\u00e9 au lait.\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        List<CorpusEvent> events = events(latin1);
        assertThat(papers(events)).extracting(Paper::title).containsExactly("Caf\uFFFD Models");
        assertThat(problems(events)).allSatisfy(p -> assertThat(p.message()).contains("UTF-8"));
    }

    @Test
    void reportsAFileOfAKnownFormatWithNoPapersInIt() throws IOException {
        Path feed = write("feed.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Nothing new</title></feed>");
        List<CorpusEvent> events = events(feed);
        assertThat(events.get(0)).isEqualTo(new CorpusEvent.FileStarted(feed.toString(), "arxiv-atom"));
        assertThat(problems(events)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("no papers in this arxiv-atom file"));
    }

    @Test
    void readsCslJson() throws IOException {
        Path file = write("items", """
                [{"id": "x1", "type": "article", "title": "CSL Paper", "abstract": "About CSL.",
                  "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2021, 5]]},
                  "URL": "https://arxiv.org/abs/2105.00003"}]
                """);
        Paper p = papers(events(file)).get(0);
        assertThat(p.title()).isEqualTo("CSL Paper");
        assertThat(p.year()).isEqualTo(2021);
        assertThat(p.authors()).containsExactly("Jane Doe");
        assertThat(p.arxivId()).isEqualTo("2105.00003");
    }

    @Test
    void rejectsUnknownFormatListingKnownOnes() throws IOException {
        Path file = write("notes.txt", "just a short note\n");
        List<ReadProblem> problems = problems(events(file));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .contains("not in a known corpus format").contains("jsonl").contains("hf-listing").contains("bibtex"));
    }

    @Test
    void measuresTheInputAsItWillBeReadAndAMissingFileAsLarge() throws IOException {
        write("a.jsonl", "x".repeat(300));
        Files.createDirectories(dir.resolve("sub"));
        write("sub/b.txt", "y".repeat(200));
        write(".hidden", "z".repeat(1000));
        assertThat(Corpus.bytes(List.of(dir))).isEqualTo(500);
        assertThat(Corpus.bytes(List.of(dir.resolve("sub"), dir.resolve("a.jsonl")))).isEqualTo(500);
        assertThat(Corpus.bytes(List.of(dir, dir.resolve("missing.jsonl")))).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void walksFoldersLeavingOutHiddenFoldersAndAStoreInsideThem() throws IOException {
        write("a.jsonl", "{}");
        Files.createDirectories(dir.resolve(".git/objects"));
        write(".git/objects/c.jsonl", "{}");
        Files.createDirectories(dir.resolve("sub"));
        write("sub/b.txt", "x");
        org.apache.jena.query.Dataset store = org.apache.jena.tdb2.TDB2Factory.connectDataset(
                dir.resolve("paperkg-store").toString());
        store.executeWrite(() -> store.getDefaultModel().createResource("urn:x")
                .addProperty(org.apache.jena.vocabulary.RDFS.label, "x"));
        org.apache.jena.tdb2.sys.TDBInternal.expel(store.asDatasetGraph());
        assertThat(dir.resolve("paperkg-store/Data-0001")).isDirectory();
        assertThat(Corpus.files(List.of(dir))).containsExactly(dir.resolve("a.jsonl"), dir.resolve("sub/b.txt"));
        assertThat(Corpus.files(List.of(dir.resolve(".git")))).containsExactly(dir.resolve(".git/objects/c.jsonl"));
    }

    @Test
    void reportsEmptyFile() throws IOException {
        Path file = write("empty.jsonl", "");
        assertThat(problems(events(file))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty file"));
    }

    @Test
    void recognisesTheSamePaperByArxivIdOrNormalisedTitle() throws IOException {
        Path a = write("a.jsonl", "{\"id\": \"2401.00001\", \"title\": \"Same Paper\", \"abstract\": \"x\"}\n");
        Path b = write("b.jsonl", "{\"title\": \"same  paper!\", \"abstract\": \"y\"}\n"
                + "{\"arxiv\": \"2401.00001v2\", \"title\": \"Renamed\", \"abstract\": \"z\"}\n");
        Corpus corpus = new Corpus(CorpusFormats.standard());
        List<CorpusEvent> all;
        try (Stream<CorpusEvent> s1 = corpus.read(a); Stream<CorpusEvent> s2 = corpus.read(b)) {
            all = Stream.concat(s1, s2).toList();
        }
        assertThat(all.stream().filter(e -> e instanceof CorpusEvent.Duplicate)).hasSize(2);
        assertThat(papers(all)).hasSize(1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
