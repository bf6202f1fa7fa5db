package org.paperkg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;

/** Where a command prints: results to {@code out}, messages and progress to {@code err}. */
record Context(PrintWriter out, PrintWriter err, OutputStream rawOut, boolean terminal) {
}
