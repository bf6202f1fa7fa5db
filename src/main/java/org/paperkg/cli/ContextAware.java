package org.paperkg.cli;

/** A command that prints through the {@link Context} its command line was built with. */
interface ContextAware {
    void context(Context context);
}
