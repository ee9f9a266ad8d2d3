package dev.rosie.actuation;

import dev.rosie.actuation.motion.CostMap;
import dev.rosie.actuation.motion.CoveragePlanner;
import dev.rosie.actuation.motion.GridPlanner;
import dev.rosie.core.world.HomeMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The ground one plan runs on: the map as it was when the plan was submitted, the discs kept clear
 * of (people last seen, small things on the floor), and the planners over them. A way round
 * something in the way is planned on the same ground with that something added as a temporary disc;
 * the temporary disc lives only in the planner made for it.
 */
final class Terrain {
    private final HomeMap map;
    private final List<CostMap.Disc> discs;
    private final ExecutorConfig config;
    private final GridPlanner planner;
    private final CoveragePlanner coverage;

    Terrain(HomeMap map, List<CostMap.Disc> discs, ExecutorConfig config) {
        this.map = map;
        this.discs = List.copyOf(discs);
        this.config = config;
        CostMap costs = new CostMap(map, config.robotRadius(), config.margin(), this.discs);
        this.planner = new GridPlanner(costs);
        this.coverage = new CoveragePlanner(costs, 2 * config.robotRadius());
    }

    HomeMap map() {
        return map;
    }

    GridPlanner planner() {
        return planner;
    }

    CoveragePlanner coverage() {
        return coverage;
    }

    /** The same ground on {@code changed} (a door opened or closed), keeping the discs. */
    Terrain on(HomeMap changed) {
        return new Terrain(changed, discs, config);
    }

    /** A planner that also keeps clear of {@code extra}, for a way round something in the way. */
    GridPlanner avoiding(List<CostMap.Disc> extra) {
        List<CostMap.Disc> all = new ArrayList<>(discs);
        all.addAll(extra);
        return new GridPlanner(new CostMap(map, config.robotRadius(), config.margin(), all));
    }
}
