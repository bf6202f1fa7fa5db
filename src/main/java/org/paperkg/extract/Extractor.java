package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.corpus.Paper;

/**
 * Extraction as a pure function {@code Paper -> PaperExtraction}: annotate the title and abstract once, then
 * run the finders (acronyms, concepts, names, their types, proposals). It holds no state but the loaded
 * pipeline and word lists, so one instance serves all threads.
 */
public final class Extractor {
    /** The annotators the finders read: word shapes need tokens, cues need lemmas and tags. */
    static final List<Map.Entry<String, List<String>>> REQUIREMENTS = List.of(
            Map.entry("AcronymFinder", List.of("tokenize", "ssplit")),
            Map.entry("NameFinder", List.of("tokenize", "ssplit", "pos")),
            Map.entry("ConceptFinder", List.of("tokenize", "ssplit", "pos", "lemma")),
            Map.entry("TypeCues", List.of("tokenize", "ssplit", "pos", "lemma")),
            Map.entry("ProposalFinder", List.of("tokenize", "ssplit", "pos", "lemma")));

    private final NlpPipeline pipeline;
    private final AcronymFinder acronyms = new AcronymFinder();
    private final ConceptFinder concepts;
    private final NameFinder names;
    private final TypeCues types;
    private final ProposalFinder proposals;
    private final ConceptLabels conceptLabels;
    private final Lexicon lexicon;

    public Extractor(NlpPipeline pipeline, ConceptScheme scheme, Lexicon lexicon) {
        this(pipeline, Finders.of(scheme, lexicon));
    }

    private Extractor(NlpPipeline pipeline, Finders finders) {
        checkRequirements(pipeline.annotators());
        this.pipeline = pipeline;
        this.lexicon = finders.lexicon();
        this.proposals = finders.proposals();
        this.concepts = finders.concepts();
        this.conceptLabels = finders.conceptLabels();
        this.names = finders.names();
        this.types = finders.types();
    }

    /** The finders built on the word lists and the concept scheme, which need no annotator to be built. */
    private record Finders(Lexicon lexicon, ProposalFinder proposals, ConceptFinder concepts,
                           ConceptLabels conceptLabels, NameFinder names, TypeCues types) {
        static Finders of(ConceptScheme scheme, Lexicon lexicon) {
            ConceptLabels labels = new ConceptLabels(scheme);
            return new Finders(lexicon, new ProposalFinder(lexicon), new ConceptFinder(scheme), labels,
                    new NameFinder(lexicon, labels), new TypeCues(lexicon, labels));
        }
    }

    /**
     * Loads the pipeline, the concept scheme and the word lists: once per process. The CoreNLP models take most of
     * the time; the scheme and the word lists load, and the finders are built, on this thread meanwhile.
     */
    public static Extractor load() {
        return load(Long.MAX_VALUE);
    }

    /**
     * Loads the extractor for a run over input files of this many bytes in all. A short run (under
     * {@link #SHORT_RUN_BYTES}) keeps the finders out of the C2 compiler from its first paper, a longer one after
     * {@link #FINDERS_OFF_C2_AFTER} papers ({@link FinderCompilation}).
     */
    public static Extractor load(long inputBytes) {
        BackgroundLoad<NlpPipeline> pipeline = BackgroundLoad.start(NlpPipeline::load, "paperkg-load-pipeline");
        // Jena has started before this thread touches any other Jena class: the command's thread may be opening the
        // store meanwhile (JenaStart)
        org.paperkg.JenaStart.ensure();
        ConceptScheme scheme = ConceptScheme.load();
        Lexicon lexicon = Lexicon.load();
        if (isShortRun(inputBytes)) {
            // while the models still load, before any finder method is hot
            FinderCompilation.keepFindersOffC2();
        }
        // (the finders too: building them takes a few tenths of a second, which the models take longer than)
        Finders finders = Finders.of(scheme, lexicon);
        return new Extractor(pipeline.get(), finders);
    }

    /**
     * Inputs below this size (about 700 abstracts as JSON Lines) end before C2's code for the finders pays for its
     * compilation: on the seed corpus (211 papers, 0.4 MB) ingest took about a tenth less time with the finders
     * compiled by C1 from the start, on 1,000 abstracts (1.5 MB) about the same, on 5,000 (7 MB) a tenth more.
     */
    public static final long SHORT_RUN_BYTES = 1L << 20;

    static boolean isShortRun(long inputBytes) {
        return inputBytes < SHORT_RUN_BYTES;
    }

    static void checkRequirements(Set<String> annotators) {
        for (Map.Entry<String, List<String>> finder : REQUIREMENTS) {
            for (String need : finder.getValue()) {
                if (!annotators.contains(need)) {
                    throw new ExtractionException("finder " + finder.getKey() + " needs annotator " + need
                            + "; add it to annotators= in " + NlpPipeline.PROPERTIES + " (now: "
                            + String.join(",", new java.util.TreeSet<>(annotators)) + ")");
                }
            }
        }
    }

    /**
     * Bump when a rule or the RDF mapping changes in code, so that re-ingesting re-extracts the papers stored by
     * an older version instead of leaving them as they are.
     */
    static final String RULES_VERSION = "902";

    /**
     * A fingerprint of everything that decides extraction output: the rules version, the CoreNLP settings,
     * the word lists and the concept scheme.
     */
    public static String fingerprint() {
        com.google.common.hash.Hasher h = com.google.common.hash.Hashing.sha256().newHasher();
        h.putString(RULES_VERSION, java.nio.charset.StandardCharsets.UTF_8);
        for (String resource : List.of(NlpPipeline.PROPERTIES, "lexicon/datasets.tsv", "lexicon/methods.tsv",
                "lexicon/classic-methods.tsv", "lexicon/not-names.txt", ConceptScheme.RESOURCE)) {
            try (java.io.InputStream in = Extractor.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ExtractionException("resource " + resource + " is missing from the class path");
                }
                h.putBytes(in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return h.hash().toString().substring(0, 16);
    }

    public NlpPipeline pipeline() {
        return pipeline;
    }

    /**
     * After this many papers a long run keeps the finders out of the C2 compiler ({@link FinderCompilation}): by
     * then C2 has compiled their hottest methods, and sparing it their recompilations gains more than C1's slower
     * code loses on the rest.
     */
    static final int FINDERS_OFF_C2_AFTER = 400;
    private final java.util.concurrent.atomic.AtomicInteger extracted = new java.util.concurrent.atomic.AtomicInteger();

    public PaperExtraction extract(Paper paper) {
        if (extracted.incrementAndGet() == FINDERS_OFF_C2_AFTER) {
            FinderCompilation.keepFindersOffC2();
        }
        return extract(paper, pipeline.annotate(paper.title(), paper.abstractText()));
    }

    PaperExtraction extract(Paper paper, AnnotatedText text) {
        List<AcronymDefinition> definitions = acronyms.find(text);
        // a concept's acronym that the text defines for something else is no mention of the concept ("Ideal
        // Continual Learner (ICL)" is not in-context learning)
        Set<String> redefined = conceptLabels.redefinedAcronyms(definitions);
        List<Mention> conceptMentions = concepts.find(text).stream()
                .filter(c -> !redefined.contains(c.surface())).toList();
        NameFinder.Found found = names.find(text, definitions, conceptMentions, redefined);
        // a paraphrase inside a name ("long-range" in "Long Range Arena") is part of the name; a concept's own label
        // inside a name ("masked contrastive learning (LSMCL)") still expresses the concept
        List<Span> strongNames = found.occurrences().stream()
                .filter(o -> o.source().equals("acronym-long-form") || o.source().equals("gazetteer"))
                .map(NameOccurrence::span).toList();
        List<Mention> mentions = new ArrayList<>(conceptMentions.stream()
                .filter(c -> !c.rule().equals("concept.paraphrase") || strongNames.stream().noneMatch(n -> n.overlaps(c.span())))
                .toList());
        List<NameOccurrence> candidates = candidateNames(text, found, definitions);
        List<Mention> proposedOrDescribed = proposals.find(text, candidates, found.aliases());
        // (a title's opening description of the method that a coined name of the abstract names is neither a method
        // nor proposed: "Graph Generative Model for …" above "a novel graph generative model, Computation Graph
        // Transformer (CGT)")
        Set<String> descriptions = candidates.stream()
                .filter(o -> ProposalFinder.describesAnotherProposal(text, o, proposedOrDescribed))
                .map(NameOccurrence::name).collect(java.util.stream.Collectors.toSet());
        List<Mention> proposed = proposedOrDescribed.stream().filter(m -> !descriptions.contains(m.name())).toList();
        List<NameOccurrence> named = candidates.stream().filter(o -> !descriptions.contains(o.name())).toList();
        // an abbreviation of a task ("super-resolution (SR)") is no entity, unless the paper names its method so, or
        // a part of its model ("an Object-Aware Knowledge Extraction (OAKE) module"), or says that it outperforms
        // something ("a model for Compositional Law Parsing (CLAP) … CLAP outperforms the baselines"), or names a
        // shared task by it, whose data it stands for ("SemEval-2021 Task 2: Multilingual … Disambiguation
        // (MCL-WiC)")
        Set<String> proposedNames = proposed.stream().map(Mention::name).collect(java.util.stream.Collectors.toSet());
        Set<String> tasks = taskNames(text, found, named, proposedNames, definitions);
        // (and a plain word whose capitals mark letters, which the text also writes plainly: "exploits ConteXtual
        // information" under "… With Contextual Information"; not a name the paper gives, defines or titles with)
        String titleText = text.title();
        Set<String> markedWords = named.stream().map(NameOccurrence::name).distinct()
                .filter(n -> !proposedNames.contains(n) && !found.aliases().containsKey(n) && lexicon.lookup(n) == null
                        && !titleText.startsWith(n + ":") && !titleText.startsWith(n + " :")
                        && NameLookalikes.plainWordWithMarkedCapitals(n, text))
                .collect(java.util.stream.Collectors.toSet());
        List<NameOccurrence> occurrences = named.stream()
                .filter(o -> !tasks.contains(o.name()) && !markedWords.contains(o.name())).toList();
        List<TypeCues.Decision> decisions = new ArrayList<>();
        for (NameOccurrence o : occurrences) {
            decisions.add(types.decide(o, firstLongForm(found, o)));
        }
        decisions = CoordinatedNames.typeLikeTheirList(occurrences, types.onePerPaper(occurrences, decisions),
                lexicon::isLanguage);
        decisions = DataPaper.typeTheTitleName(text, occurrences, decisions, types::endsInAKnownModelsName);
        // (and a short form typed a method somewhere that the text does not define but whose letters spell a task
        // phrase of the text: "SOD" beside "salient object detection"; not one the authors name their own work, nor
        // one the gazetteer knows; one typed a dataset everywhere stays, "long-form video understanding datasets (LVU,
        // COIN and Breakfast)")
        Set<String> taskShortForms = new java.util.HashSet<>();
        Set<String> checked = new java.util.HashSet<>();
        for (int i = 0; i < occurrences.size(); i++) {
            String name = occurrences.get(i).name();
            if (decisions.get(i).type() == MentionKind.METHOD && checked.add(name)
                    && undefinedTaskShortForm(text, name, found, proposedNames)) {
                taskShortForms.add(name);
            }
        }
        Set<String> benchmarkTasks = namedOnlyAsATask(occurrences, decisions, proposedNames);
        Set<String> kindsOfData = namedOnlyAsAKindOfData(occurrences, decisions, proposedNames);
        Set<String> bareTwoLetters = bareTwoLetterShortForms(occurrences, decisions, found, proposedNames);
        Set<String> labels = enumerationLabels(occurrences, found, proposedNames);
        // a research project, mission or meeting is no method wherever the text writes it ("NASA's InSight mission",
        // and "InSights" in the title); the data it made may be a dataset ("the Materials Project", "the Universal
        // Dependencies (UD) project" and "a UD release")
        Set<String> projects = new java.util.HashSet<>();
        Set<String> typedDatasets = new java.util.HashSet<>();
        for (int i = 0; i < occurrences.size(); i++) {
            if (decisions.get(i).type() == MentionKind.DATASET) {
                typedDatasets.add(occurrences.get(i).name());
            } else if (types.namesAProject(occurrences.get(i), firstLongForm(found, occurrences.get(i)))) {
                projects.add(occurrences.get(i).name());
            }
        }
        projects.removeAll(typedDatasets);
        for (int i = 0; i < occurrences.size(); i++) {
            NameOccurrence o = occurrences.get(i);
            TypeCues.Decision d = decisions.get(i);
            if (d.type() == MentionKind.METHOD && projects.contains(o.name())) {
                continue;
            }
            if (taskShortForms.contains(o.name()) || bareTwoLetters.contains(o.name()) || labels.contains(o.name())
                    || kindsOfData.contains(o.name())) {
                continue;
            }
            if (benchmarkTasks.contains(o.name())) {
                d = BENCHMARK_TASK;
            }
            mentions.add(new Mention(d.type(), o.name(), text.covered(o.span().begin(), o.span().end()), o.span(),
                    o.sentence().index(), o.source() + "/" + d.rule(), d.confidence()));
        }
        mentions.addAll(proposed);
        mentions.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparing(Mention::kind));
        mentions = strongestPerSentence(mentions);
        List<Span> sentences = text.sentences().stream().map(s -> new Span(s.begin(), s.end())).toList();
        LatexMarkup markup = text.markup();
        if (markup.isEmpty()) {
            return new PaperExtraction(paper, text.text(), text.titleLength(), sentences, mentions, found.aliases());
        }
        // the evidence is the text as written: "I$^2$SB" at its own offsets is the surface of the name I2SB
        return new PaperExtraction(paper, markup.written(), markup.writtenSpan(new Span(0, text.titleLength())).end(),
                sentences.stream().map(markup::writtenSpan).toList(),
                mentions.stream().map(m -> asWritten(m, markup)).toList(), found.aliases());
    }

    /**
     * The names found that may be methods or datasets: not what the text calls a metric, a problem, a phenomenon, a
     * statement, a file format, an organisation or a device, nor a word glued into another name.
     */
    private List<NameOccurrence> candidateNames(AnnotatedText text, NameFinder.Found found,
                                                List<AcronymDefinition> definitions) {
        // (and a short form the paper defines for a phenomenon, condition or property: "the edge of stability (EOS)
        // phenomenon" makes "this EOS stabilization" no method either)
        // (and a file format or a licence: "in TMX format", then "contains plain TMX")
        // (and a task's common name that a sentence opens with and says what it aims at: "Cross-lingual entity
        // alignment (EA) aims to find …")
        // (and a task the authors pose and name: "a new … task, termed referring multi-object tracking (RMOT)",
        // "Instruction-oriented Object Detection (IOD), a new task that …", "a novel problem …, which we term as
        // “Multimodal Generalization” (MMG)")
        // (and the label of a class things are sorted into: "classify comments into Not Offensive (NO), …")
        // (and a phenomenon's name: "Termed as the Implicit Identity Leakage, this phenomenon …")
        Set<String> metrics = found.occurrences().stream().filter(o -> types.definesAMetric(o) || types.namesAProblem(o)
                        || TaskCues.aimsAtSomething(o)
                        || PosedTaskCues.termedAfterAPosedThing(o.sentence(),
                                o.sentence().tokenIndexAt(o.span().begin()))
                        || PosedTaskCues.namedInAClauseAfterAPosedThing(o.sentence(),
                                o.sentence().tokenIndexAt(o.span().begin()))
                        || PosedTaskCues.appositionCallsItAPosedTask(o) && !lexicon.isKnownDataset(o.name())
                        || TaskCues.namesAClass(o) || PosedTaskCues.calledAPhenomenon(o, text)
                        || (found.aliases().containsKey(o.name()) && TaskCues.namesAStatementOnly(o))
                        || types.namesAFormat(o))
                .map(NameOccurrence::name)
                .collect(java.util.stream.Collectors.toSet());
        // a name that the text calls an organisation, wherever it occurs ("data collected by StoryCorps")
        Set<String> organisations = found.occurrences().stream().filter(types::calledAnOrganisation)
                .map(NameOccurrence::name).collect(java.util.stream.Collectors.toSet());
        // and a device, wherever it occurs ("Direct time-of-flight (dToF) sensors", then "the dToF data")
        Set<String> devices = found.occurrences().stream().filter(types::namesHardware)
                .map(NameOccurrence::name).collect(java.util.stream.Collectors.toSet());
        // (with the short forms defined, names or not: "ZSADperformance" after "Zero-shot anomaly detection (ZSAD)")
        Set<String> allNames = found.occurrences().stream().map(NameOccurrence::name)
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
        definitions.forEach(d -> allNames.add(d.shortForm()));
        List<NameOccurrence> candidates = found.occurrences().stream()
                .filter(o -> !types.isMetric(o) && !metrics.contains(o.name()) && !TaskCues.namesAPhenomenon(o)
                        && !devices.contains(o.name()) && !organisations.contains(o.name())
                        && (!Names.gluedToAWord(o.name(), allNames) || found.aliases().containsKey(o.name()))).toList();
        return candidates;
    }

    /**
     * The names that are tasks: long forms that name a task, names the text calls a task or a posed problem (unless
     * the text also types them as data), and names made for a task.
     */
    private Set<String> taskNames(AnnotatedText text, NameFinder.Found found, List<NameOccurrence> named,
                                  Set<String> proposedNames, List<AcronymDefinition> definitions) {
        Set<String> tasks = found.aliases().entrySet().stream()
                .filter(e -> !proposedNames.contains(e.getKey()) && TaskCues.namesATask(e.getValue())
                        && !lexicon.isKnownDataset(e.getKey())
                        && named.stream().noneMatch(o -> o.name().equals(e.getKey())
                                && (PhraseSyntax.rightBeforeOneOf(o, TypeCues.COMPONENT_NOUNS)
                                        || MethodCues.outperformsSomething(o)
                                        || TaskCues.namesANumberedTask(o.sentence(),
                                                o.sentence().tokenIndexAt(o.span().begin())))))
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
        // (and a name the text calls a task, "Grammatical Error Correction (GEC) is the task of …", or names so, "we
        // call this phenomenon Layer Convergence Bias", or a short form
        // with a long form right before the word, "for the HMR task", or a name the gazetteer does not know right
        // before the word "problem", "the MAP problem", unless the text also uses it as a dataset: "Visual dialog
        // (VisDial) is a task of …" beside "the VisDial v1.0 dataset"; a name without a long form before the word
        // "task", "the BTEC task", "the OLYMPICS task", is as often a shared task's data; and a short form in
        // capitals listed after "tasks": "five NLP tasks, POS, NER, DEP, CON, and SRL")
        Set<String> calledTasks = named.stream().filter(o -> !proposedNames.contains(o.name())
                        && (PosedTaskCues.calledATask(o) || types.listedAsATask(o)
                        || PosedTaskCues.namedAsAPosedThing(o.sentence(), o.sentence().tokenIndexAt(o.span().begin()))
                        || !o.source().equals("acronym-long-form") && (types.unknownNameBeforeTheWordProblem(o)
                                || found.aliases().containsKey(o.name())
                                        && PhraseSyntax.rightBeforeTheWord(o, "task"))))
                .map(NameOccurrence::name).collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
        Set<String> alsoDatasets = named.stream().filter(o -> calledTasks.contains(o.name())
                        && types.decide(o, null).type() == MentionKind.DATASET)
                .map(NameOccurrence::name).collect(java.util.stream.Collectors.toSet());
        calledTasks.removeAll(alsoDatasets);
        tasks.addAll(calledTasks);
        tasks.addAll(namedForATask(found.aliases(), taskShortFormsDefined(definitions, tasks), proposedNames));
        return tasks;
    }

    /** One mention per claim and sentence, the most confident, else the first; in the order of the text. */
    private static List<Mention> strongestPerSentence(List<Mention> mentions) {
        // one piece of evidence per claim and sentence: the most confident, else the first
        Map<String, Mention> perSentence = new java.util.LinkedHashMap<>();
        for (Mention m : mentions) {
            perSentence.merge(m.kind() + " " + m.name() + " " + m.sentence(), m,
                    (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        List<Mention> strongest = new ArrayList<>(perSentence.values());
        strongest.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparing(Mention::kind));
        return strongest;
    }

    private static Mention asWritten(Mention m, LatexMarkup markup) {
        Span span = markup.writtenSpan(m.span());
        return new Mention(m.kind(), m.name(), markup.written().substring(span.begin(), span.end()), span,
                m.sentence(), m.rule(), m.confidence());
    }

    /** The words after a name that make it the name of a task: "for the ObjectNav task". */
    private static final Set<String> TASK_WORDS = Set.of("task", "tasks");
    /** The decision for a name written only as a task's: the benchmark that poses it ("the Path-X task"). */
    private static final TypeCues.Decision BENCHMARK_TASK = new TypeCues.Decision(MentionKind.DATASET,
            "dataset.named-task", 0.6);

    /**
     * Coined names the gazetteer does not know, written only right before "task" and typed a method by no cue
     * ("previous works for ObjectNav task", "the JFLEG task"): a task by its benchmark's name, a dataset rather than a
     * method.
     */
    private Set<String> namedOnlyAsATask(List<NameOccurrence> occurrences, List<TypeCues.Decision> decisions,
            Set<String> proposedNames) {
        return namedOnlyWhere(occurrences, decisions, proposedNames, o -> PhraseSyntax.rightBeforeOneOf(o, TASK_WORDS));
    }

    /**
     * Coined names the gazetteer does not know, written only between a lower-case modifier and a plural dataset noun
     * and typed by no cue ("two benchmark KGQA datasets", "three person ReID datasets"): the kind of the data, which
     * names no method; the paper names no dataset by it either.
     */
    private Set<String> namedOnlyAsAKindOfData(List<NameOccurrence> occurrences, List<TypeCues.Decision> decisions,
            Set<String> proposedNames) {
        return namedOnlyWhere(occurrences, decisions, proposedNames, o -> {
            Sentence s = o.sentence();
            int first = s.tokenIndexAt(o.span().begin());
            int last = s.tokenIndexAt(o.span().end() - 1);
            return DatasetCues.namesADomain(s, first, last)
                    && DefinitionFilter.DATASET_NOUNS.contains(s.token(last + 1).lemma());
        });
    }

    /**
     * The names, neither proposed nor known to the gazetteer, whose every occurrence is where {@code where} says and
     * typed by no cue.
     */
    private Set<String> namedOnlyWhere(List<NameOccurrence> occurrences, List<TypeCues.Decision> decisions,
            Set<String> proposedNames, java.util.function.Predicate<NameOccurrence> where) {
        Set<String> candidates = new java.util.HashSet<>();
        Set<String> ruledOut = new java.util.HashSet<>();
        for (int i = 0; i < occurrences.size(); i++) {
            NameOccurrence o = occurrences.get(i);
            boolean there = decisions.get(i).equals(TypeCues.UNCUED) && where.test(o);
            (there ? candidates : ruledOut).add(o.name());
        }
        candidates.removeAll(ruledOut);
        candidates.removeIf(name -> proposedNames.contains(name) || lexicon.lookup(name) != null);
        return candidates;
    }

    /** The tasks among the names, and the short forms the text defines for a task that are no names (concepts). */
    private static Set<String> taskShortFormsDefined(List<AcronymDefinition> definitions, Set<String> tasks) {
        Set<String> all = new java.util.HashSet<>(tasks);
        for (AcronymDefinition d : definitions) {
            if (TaskCues.namesATask(Set.of(d.longForm()))) {
                all.add(d.shortForm());
            }
        }
        return all;
    }

    /**
     * Short forms whose long form ends in the short form of a task and is written in lower case before it:
     * "fine-grained NER (FG-NER)" beside "Named entity recognition (NER)" is a kind of that task too (not one the
     * authors propose).
     */
    private Set<String> namedForATask(Map<String, Set<String>> aliases, Set<String> tasks, Set<String> proposedNames) {
        Set<String> kinds = new java.util.HashSet<>();
        for (Map.Entry<String, Set<String>> e : aliases.entrySet()) {
            if (tasks.contains(e.getKey()) || proposedNames.contains(e.getKey()) || lexicon.isKnownDataset(e.getKey())
                    || e.getValue().isEmpty()) {
                continue;
            }
            boolean allKinds = true;
            for (String longForm : e.getValue()) {
                String[] words = Names.WHITESPACE.split(longForm.strip());
                boolean lowerBefore = words.length >= 2 && java.util.Arrays.stream(words, 0, words.length - 1)
                        .allMatch(w -> w.equals(w.toLowerCase(java.util.Locale.ROOT)));
                allKinds &= lowerBefore && tasks.contains(words[words.length - 1]);
            }
            if (allKinds) {
                kinds.add(e.getKey());
            }
        }
        return kinds;
    }

    /** A capital and a digit: "P1", "S2". */
    private static final java.util.regex.Pattern LETTER_AND_DIGIT = java.util.regex.Pattern.compile("\\p{Lu}\\d");

    /**
     * A capital and a digit written alone in parentheses, beside another of the same letter so written: labels of a
     * series of problems or steps ("depends on (P1) which cuts …, and (P2) how many …", "by (S1) reformulating …
     * and (S2) proposing …"), or three or more listed in one parenthesis ("six levels (A1, A2, B1, B2, C1, C2)"), no
     * names, unless the text defines one, the authors name their work by it or the
     * gazetteer knows it.
     */
    private Set<String> enumerationLabels(List<NameOccurrence> occurrences, NameFinder.Found found,
                                          Set<String> proposedNames) {
        Map<Character, Set<String>> parenthesised = new java.util.HashMap<>();
        Set<String> listed = new java.util.HashSet<>();
        Set<String> elsewhere = new java.util.HashSet<>();
        for (NameOccurrence o : occurrences) {
            if (!LETTER_AND_DIGIT.matcher(o.name()).matches()) {
                continue;
            }
            Sentence s = o.sentence();
            int k = s.tokenIndexAt(o.span().begin());
            if (k >= 1 && k + 1 < s.size() && s.token(k - 1).word().equals("(") && s.token(k + 1).word().equals(")")) {
                parenthesised.computeIfAbsent(o.name().charAt(0), c -> new java.util.HashSet<>()).add(o.name());
            } else if (k >= 0 && labelsInParentheses(s, k) >= 3) {
                listed.add(o.name());
            } else {
                elsewhere.add(o.name());
            }
        }
        Set<String> labels = new java.util.HashSet<>(listed);
        for (Set<String> series : parenthesised.values()) {
            if (series.size() >= 2) {
                labels.addAll(series);
            }
        }
        labels.removeAll(elsewhere);
        labels.removeIf(n -> definedProposedOrKnown(n, found, proposedNames));
        return labels;
    }

    /**
     * How many labels of a capital and a digit a parenthesis around the token at {@code k} lists, commas and
     * conjunctions between, nothing else: "six levels (A1, A2, B1, B2, C1, C2)"; 0 where there is no such list.
     */
    private static int labelsInParentheses(Sentence s, int k) {
        int open = k;
        while (open >= 0 && !s.token(open).word().equals("(")) {
            if (!isLabelOrGlue(s.token(open).word())) {
                return 0;
            }
            open--;
        }
        int count = 0;
        int close = open + 1;
        while (open >= 0 && close < s.size() && !s.token(close).word().equals(")")) {
            if (!isLabelOrGlue(s.token(close).word())) {
                return 0;
            }
            count += LETTER_AND_DIGIT.matcher(s.token(close).word()).matches() ? 1 : 0;
            close++;
        }
        return open >= 0 && close < s.size() ? count : 0;
    }

    private static boolean isLabelOrGlue(String word) {
        return LETTER_AND_DIGIT.matcher(word).matches() || word.equals(",") || word.equals("and") || word.equals("or");
    }

    /** Two capitals and nothing else: "ME", "HG", "QB". */
    private static final java.util.regex.Pattern TWO_CAPITALS = java.util.regex.Pattern.compile("\\p{Lu}{2}");

    /**
     * Two capitals that the text never defines, the gazetteer does not know, the authors do not name their work by
     * and no context types, wherever they stand ("the subsequent ME recognition task", "Stochastic HG instead …",
     * "aligned with the QB"): too short to be read as a name on their shape alone; many stand for a field, a unit or
     * a body.
     */
    private Set<String> bareTwoLetterShortForms(List<NameOccurrence> occurrences, List<TypeCues.Decision> decisions,
                                                NameFinder.Found found, Set<String> proposedNames) {
        Set<String> bare = new java.util.HashSet<>();
        Set<String> cued = new java.util.HashSet<>();
        for (int i = 0; i < occurrences.size(); i++) {
            NameOccurrence o = occurrences.get(i);
            if (!TWO_CAPITALS.matcher(o.name()).matches()) {
                continue;
            }
            if (decisions.get(i) == TypeCues.UNCUED && o.source().equals("coined-word")) {
                bare.add(o.name());
            } else {
                cued.add(o.name());
            }
        }
        bare.removeAll(cued);
        bare.removeIf(n -> definedProposedOrKnown(n, found, proposedNames));
        return bare;
    }

    /**
     * True for a short form of a task that the text uses without defining it ({@link TaskShortForms}), unless the
     * authors name their own work so (proposed, or the title's "X: …") or the gazetteer knows the word.
     */
    private boolean undefinedTaskShortForm(AnnotatedText text, String name, NameFinder.Found found,
                                           Set<String> proposedNames) {
        String title = text.title();
        return !definedProposedOrKnown(name, found, proposedNames)
                && !title.startsWith(name + ":") && !title.startsWith(name + " :")
                && TaskShortForms.spellsATaskPhrase(text, name);
    }

    /** True when the text defines the name, the authors name their work by it or the gazetteer knows it. */
    private boolean definedProposedOrKnown(String name, NameFinder.Found found, Set<String> proposedNames) {
        return found.aliases().containsKey(name) || proposedNames.contains(name) || lexicon.lookup(name) != null;
    }

    /** The first long form the text gives for the name, or null. */
    private static String firstLongForm(NameFinder.Found found, NameOccurrence o) {
        Set<String> longForms = found.aliases().get(o.name());
        return longForms == null || longForms.isEmpty() ? null : longForms.iterator().next();
    }
}
