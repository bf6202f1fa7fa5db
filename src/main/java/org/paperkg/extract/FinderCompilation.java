package org.paperkg.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps the finders out of HotSpot's optimising (C2) compiler; they are compiled by C1 instead. The finders are a
 * few percent of extraction time, but their methods are large, inline many small helpers and take rare branches
 * late, so C2 compiled each of them several times over: on 5,000 abstracts it spent more CPU on them (10 to 13
 * seconds) than running them took. With C1 code they run a little slower and the whole ingest takes less CPU
 * ({@code bench ingest --phase ingest --cpu-by-thread}, see README). The directive is added through the
 * JVM's diagnostic command MBean, the same as {@code jcmd PID Compiler.directives_add}; a JVM without it (not
 * HotSpot) simply compiles as usual. {@link Extractor} adds it once a run has extracted
 * {@link Extractor#FINDERS_OFF_C2_AFTER} papers, when C2 has compiled the finders' hottest methods (from the start
 * it made 5,000 abstracts a tenth slower: the finders ran as C1's code throughout), or while the models load for a
 * short run, which ends before C2's code for the finders would pay for its compilation. It also covers
 * {@link org.paperkg.corpus.TitleKey}, which the name finder calls for every candidate name.
 */
final class FinderCompilation {
    static final String DIRECTIVE = "[ { match: [\"org/paperkg/extract/*.*\", \"org/paperkg/corpus/TitleKey.*\"],"
            + " c2: { Exclude: true } } ]";
    /** Whether the JVM took the directive; guarded by the class's lock. */
    private static boolean added;

    private FinderCompilation() {
    }

    /** Adds the directive once per process; true when the JVM took it (now or before). */
    static synchronized boolean keepFindersOffC2() {
        if (!added) {
            added = addDirective();
        }
        return added;
    }

    private static boolean addDirective() {
        try {
            Path file = Files.createTempFile("paperkg-jit", ".json");
            try {
                Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
                MBeanServer server = ManagementFactory.getPlatformMBeanServer();
                Object reply = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
                        new String[] {String[].class.getName()});
                // the command answers "1 compiler directives added", or a text that says what went wrong
                return String.valueOf(reply).toLowerCase(java.util.Locale.ROOT).contains("added");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | JMException | RuntimeException e) {
            return false;
        }
    }
}
