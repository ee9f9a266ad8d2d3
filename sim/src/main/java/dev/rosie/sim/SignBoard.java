package dev.rosie.sim;

import dev.rosie.core.world.Point;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The signs put up in the home, each with its texture drawn once, in the order they went up. */
final class SignBoard {
    private final Map<String, Map.Entry<Sign, SignTexture>> signs = new LinkedHashMap<>();
    private int counter;

    Sign place(String text, Point at, double facing) {
        String id;
        do {
            id = "sign-" + ++counter;
        } while (signs.containsKey(id));
        return place(new Sign(id, text, at, facing));
    }

    Sign place(Sign sign) {
        Objects.requireNonNull(sign, "sign");
        signs.put(sign.id(), Map.entry(sign, new SignTexture(sign)));
        return sign;
    }

    boolean remove(String id) {
        return signs.remove(id) != null;
    }

    List<Sign> signs() {
        return signs.values().stream().map(Map.Entry::getKey).toList();
    }

    List<Map.Entry<Sign, SignTexture>> textured() {
        return List.copyOf(signs.values());
    }
}
