package org.paperkg.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * HotSpot) simply compiles as usual.
 */
final class FinderCompilation {
    static final String DIRECTIVE = "[ { match: [\"org/paperkg/extract/*.*\"], c2: { Exclude: true } } ]";
    private static final AtomicBoolean ADDED = new AtomicBoolean();

    private FinderCompilation() {
    }

    /** Adds the directive once per process; true when the JVM took it (now or before). */
    static boolean keepFindersOffC2() {
        if (ADDED.get()) {
            return true;
        }
        synchronized (ADDED) {
            if (ADDED.get()) {
                return true;
            }
            try {
                Path file = Files.createTempFile("paperkg-jit", ".json");
                try {
                    Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
                    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
                    Object reply = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
                            new String[] {String[].class.getName()});
                    // the command answers "1 compiler directives added", or a text that says what went wrong
                    String answer = String.valueOf(reply).toLowerCase(java.util.Locale.ROOT);
                    ADDED.set(answer.contains("added"));
                } finally {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | JMException | RuntimeException e) {
                return false;
            }
            return ADDED.get();
        }
    }
}
