package dev.courier.ui;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** Runs tasks one after another, in the order given, on another executor: saves of one file never overtake. */
public final class SerialExecutor implements Executor {

    private final Executor target;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    public SerialExecutor(Executor target) {
        this.target = target;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        target.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (tasks) {
                next = tasks.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException | Error e) { // one failing task must not stop every later one
                System.getLogger(SerialExecutor.class.getName()).log(System.Logger.Level.WARNING,
                        "a background task failed: " + e);
            }
        }
    }
}
