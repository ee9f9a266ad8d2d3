package dev.rosie.planner.llm;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Objects;

/**
 * One action type as a plan step: its wire name, its parameters in record order, and the
 * canonical constructor the parser calls (so the record's own validation runs on model output).
 */
public record ActionShape(String wireName, Class<?> type, List<ActionParam> params, Constructor<?> constructor) {
    public ActionShape {
        Objects.requireNonNull(wireName, "wireName");
        Objects.requireNonNull(type, "type");
        params = List.copyOf(params);
        Objects.requireNonNull(constructor, "constructor");
    }
}
