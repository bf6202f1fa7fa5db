package org.paperkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperkg.PaperkgException;

/** Runs a paperkg command in a fresh JVM with the same class path, and returns its last output line. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** Runs {@code args} with the given maximum heap and further JVM options (none when empty). */
    public static String run(String maxHeap, List<String> jvmOptions, List<String> args)
            throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx" + maxHeap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.paperkg.cli.PaperKg"));
        command.addAll(args);
        java.nio.file.Path errors = java.nio.file.Files.createTempFile("paperkg-bench", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            if (code != 0) {
                List<String> err = java.nio.file.Files.readAllLines(errors);
                throw new PaperkgException("benchmark phase " + args + " failed with exit code " + code + ":\n"
                        + String.join("\n", err.subList(Math.max(0, err.size() - 30), err.size())));
            }
            return lastLine(out);
        } finally {
            java.nio.file.Files.deleteIfExists(errors);
        }
    }

    private static String lastLine(String out) {
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
