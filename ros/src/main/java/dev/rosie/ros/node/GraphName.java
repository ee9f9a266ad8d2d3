package dev.rosie.ros.node;

import dev.rosie.core.InvalidInputException;
import java.util.regex.Pattern;

/**
 * ROS graph names for a node in the root namespace: {@code /global}, {@code relative} (resolved to
 * {@code /relative}) and {@code ~private} (resolved under the node's own name).
 */
public final class GraphName {
    private static final Pattern VALID = Pattern.compile("[~/]?[A-Za-z][A-Za-z0-9_]*(/[A-Za-z][A-Za-z0-9_]*)*");

    private GraphName() {}

    /** Resolves {@code name} for the node called {@code nodeName} (itself global, e.g. {@code /rosie}). */
    public static String resolve(String nodeName, String name) {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new InvalidInputException("'" + name + "' is not a valid ROS name: use letters, digits and underscores,"
                    + " starting with a letter, separated by '/', optionally starting with '/' or '~'");
        }
        if (name.startsWith("/")) {
            return name;
        }
        if (name.startsWith("~")) {
            return nodeName + "/" + name.substring(1);
        }
        return "/" + name;
    }

    /** A node name made global: {@code rosie} becomes {@code /rosie}. Private names make no sense here. */
    public static String node(String name) {
        if (name != null && name.startsWith("~")) {
            throw new InvalidInputException("a node name cannot be private: '" + name + "'");
        }
        return resolve("/", name);
    }
}
