package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CoreNLP pipeline, built once from {@code corenlp/paperkg.properties} and shared by all threads
 * (CoreNLP's annotators are thread-safe for {@code annotate}). CoreNLP types stay inside this class:
 * what leaves it is an {@link AnnotatedText}.
 */
public final class NlpPipeline {
    static final String PROPERTIES = "corenlp/paperkg.properties";

    private final StanfordCoreNLP pipeline;
    private final Set<String> annotators;

    private NlpPipeline(Properties properties) {
        this.annotators = Arrays.stream(properties.getProperty("annotators", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.pipeline = new StanfordCoreNLP(copy(properties));
    }

    /** Loads the pipeline paperkg uses. Takes a few seconds: do it once per process. */
    public static NlpPipeline load() {
        return new NlpPipeline(defaultProperties());
    }

    /** CPU time the annotating threads of this process spent inside CoreNLP's annotators. */
    private static final java.util.concurrent.atomic.LongAdder ANNOTATOR_CPU_NANOS = new java.util.concurrent.atomic.LongAdder();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The settings of {@code corenlp/paperkg.properties}, a fresh copy each call. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        try (InputStream in = NlpPipeline.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new ExtractionException("resource " + PROPERTIES + " is missing from the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The annotators the pipeline runs, as named in its properties. */
    public Set<String> annotators() {
        return annotators;
    }

    /** Annotates a title and abstract. */
    public AnnotatedText annotate(String title, String abstractText) {
        LatexMarkup markup = LatexMarkup.of(AnnotatedText.compose(title, abstractText));
        Annotation doc = new Annotation(markup.masked());
        annotateTimed(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        int index = 0;
        for (CoreMap s : coreSentences) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String lemma = t.lemma() == null ? t.word() : t.lemma();
                tokens.add(new Token(t.word(), t.word().toLowerCase(Locale.ROOT), lemma.toLowerCase(Locale.ROOT),
                        t.tag() == null ? "" : t.tag(),
                        markup.readableOffset(t.beginPosition()), markup.readableOffset(t.endPosition())));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            TermRetagging.apply(tokens);
            sentences.add(new Sentence(index++,
                    markup.readableOffset(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)),
                    markup.readableOffset(s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), tokens));
        }
        return new AnnotatedText(markup.readable(), markup.readableOffset(title.length()), sentences, markup);
    }

    /** Runs the bare pipeline on a text and returns its token count: the baseline the benchmark measures. */
    public int annotateOnly(String title, String abstractText) {
        Annotation doc = new Annotation(AnnotatedText.compose(title, abstractText));
        annotateTimed(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /** Runs the annotators on a document, adding the CPU time it took to {@link #annotatorCpuSeconds()}. */
    private void annotateTimed(Annotation doc) {
        long start = THREADS.getCurrentThreadCpuTime();
        pipeline.annotate(doc);
        ANNOTATOR_CPU_NANOS.add(THREADS.getCurrentThreadCpuTime() - start);
    }

    /**
     * CPU seconds that this process's threads have spent inside CoreNLP's annotators so far, for the benchmark: the
     * rest of an extraction thread's time is the finders' and the conversion of CoreNLP's annotations.
     */
    public static double annotatorCpuSeconds() {
        return ANNOTATOR_CPU_NANOS.sum() / 1e9;
    }

    private static Properties copy(Properties p) {
        Properties copy = new Properties();
        copy.putAll(p);
        return copy;
    }
}
