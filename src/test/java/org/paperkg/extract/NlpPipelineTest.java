package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NlpPipelineTest {
    @Test
    void theAnnotatorsCpuTimeGrowsWithEachTextAnnotatedAndStaysBelowTheThreadsTime() {
        NlpPipeline pipeline = SharedExtractor.get().pipeline();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double before = NlpPipeline.annotatorCpuSeconds();
        long threadBefore = threads.getCurrentThreadCpuTime();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("We train a small convolutional network with stochastic gradient descent on sketches. ");
        }
        AnnotatedText annotated = pipeline.annotate("Sketch Networks", text.toString());
        int tokens = pipeline.annotateOnly("Sketch Networks", text.toString());
        double spent = NlpPipeline.annotatorCpuSeconds() - before;
        double threadSpent = (threads.getCurrentThreadCpuTime() - threadBefore) / 1e9;

        assertThat(annotated.sentences()).hasSize(41);
        assertThat(tokens).isGreaterThan(40 * 12);
        assertThat(spent).isPositive().isLessThanOrEqualTo(threadSpent);
    }
}
