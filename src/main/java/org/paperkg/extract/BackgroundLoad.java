package org.paperkg.extract;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Loads something slow (the CoreNLP models) on a thread of its own from the moment it is started, so that opening
 * the store and reading the corpus go on meanwhile; {@link #get()} waits for it and rethrows what loading threw.
 */
public final class BackgroundLoad<T> implements Supplier<T> {
    private final FutureTask<T> task;

    private BackgroundLoad(Supplier<T> loader) {
        this.task = new FutureTask<>(loader::get);
    }

    /** Starts loading on a new thread, unless {@code loader} is a load already started: then that one. */
    public static <T> BackgroundLoad<T> start(Supplier<T> loader, String threadName) {
        if (loader instanceof BackgroundLoad<T> started) {
            return started;
        }
        // logging starts here, before a second thread can log: when two threads start SLF4J at once, it replays the
        // calls made meanwhile and says so on standard error
        org.slf4j.LoggerFactory.getILoggerFactory();
        BackgroundLoad<T> load = new BackgroundLoad<>(loader);
        Thread thread = new Thread(load.task, threadName);
        thread.setDaemon(true);
        thread.start();
        return load;
    }

    @Override
    public T get() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new ExtractionException("loading failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted while loading");
        }
    }
}
