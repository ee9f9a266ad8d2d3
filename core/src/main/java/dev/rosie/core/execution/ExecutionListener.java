package dev.rosie.core.execution;

/** Receives execution events on the control thread; must return quickly and never throw. */
@FunctionalInterface
public interface ExecutionListener {
    void on(ExecutionEvent event);
}
