package org.veil.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs items through four steps: a parallel one (analysis), one that sees the items one at a time in input order
 * (replacement through a shared, non-thread-safe mapping store, so pseudonyms do not depend on timing), a second
 * parallel one (verification) and a last one in input order on the calling thread (writing). Only the calling
 * thread runs the ordered steps, so they need no locks. At most about {@code 4 × threads} items are in memory.
 */
final class OrderedPipeline<S, A, B, C> {
    /** One step; an {@link ItemRefused} skips the item, anything else stops the run. */
    interface Step<S, I, O> {
        O apply(S item, I in) throws ItemRefused;
    }

    /** The last step, in input order: {@code result} is null when the item was refused for {@code refusal}. */
    interface Finish<S, C> {
        void done(S item, C result, String refusal);
    }

    /** This item cannot be done; the others go on. The message is one line for the user. */
    static final class ItemRefused extends Exception {
        ItemRefused(String reason) {
            super(reason, null, false, false);
        }
    }

    private record Pending<S, T>(S item, Future<T> future) {
    }

    private final int threads;
    private final Step<S, S, A> parallel;
    private final Step<S, A, B> inOrder;
    private final Step<S, B, C> parallelAfter;
    private final Finish<S, C> finish;

    OrderedPipeline(int threads, Step<S, S, A> parallel, Step<S, A, B> inOrder, Step<S, B, C> parallelAfter,
                    Finish<S, C> finish) {
        this.threads = threads;
        this.parallel = parallel;
        this.inOrder = inOrder;
        this.parallelAfter = parallelAfter;
        this.finish = finish;
    }

    void run(Iterator<S> items) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "veil-worker");
            t.setDaemon(true);
            return t;
        });
        int window = 2 * threads;
        Deque<Pending<S, A>> analysing = new ArrayDeque<>();
        Deque<Pending<S, C>> checking = new ArrayDeque<>();
        try {
            while (items.hasNext() || !analysing.isEmpty()) {
                while (items.hasNext() && analysing.size() < window) {
                    S s = items.next();
                    analysing.add(new Pending<>(s, pool.submit(() -> parallel.apply(s, s))));
                }
                Pending<S, A> p = analysing.poll();
                Future<C> checked;
                try {
                    B b = inOrder.apply(p.item(), get(p.future()));
                    checked = pool.submit(() -> parallelAfter.apply(p.item(), b));
                } catch (ItemRefused e) {
                    checked = CompletableFuture.failedFuture(e);
                }
                checking.add(new Pending<>(p.item(), checked));
                while (!checking.isEmpty() && (checking.size() > window || checking.peek().future().isDone())) {
                    finishFirst(checking);
                }
            }
            while (!checking.isEmpty()) {
                finishFirst(checking);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void finishFirst(Deque<Pending<S, C>> checking) {
        Pending<S, C> p = checking.poll();
        try {
            finish.done(p.item(), get(p.future()), null);
        } catch (ItemRefused e) {
            finish.done(p.item(), null, e.getMessage());
        }
    }

    private static <T> T get(Future<T> f) throws ItemRefused {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ItemRefused r) {
                throw r;
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
