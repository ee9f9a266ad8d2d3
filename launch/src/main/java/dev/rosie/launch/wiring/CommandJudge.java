package dev.rosie.launch.wiring;

import dev.rosie.core.action.Plan;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.planner.embedding.ModelFiles;
import dev.rosie.planner.eval.Intake;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Whether the robot's command language can act on a transcript: the embedded planner, asked about
 * the home as it is at start-up, answers with a plan (not a question or a refusal). The ears use it
 * to choose between two decodings of one utterance that disagree. It is always the embedded planner,
 * whichever planner acts on commands, so a remote or compromised planner cannot steer what the robot
 * hears; and it is loaded only the first time two decodings disagree.
 */
final class CommandJudge implements Predicate<String>, AutoCloseable {
    private final WorldSnapshot home;
    private final Intake intake;
    private Planners.Built planner;

    /** Read only by the intake; speech arrives as the owner would say it. */
    private static final Source SPEAKER = Source.cli("ears", Trust.OWNER);

    CommandJudge(HomeMap map) {
        Objects.requireNonNull(map, "map");
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        this.home = new WorldSnapshot(clock.instant(), map, new RobotState(map.dock(), 1.0, true), Map.of(), List.of(),
                List.of());
        this.intake = EvaluationWorld.intake(clock);
    }

    @Override
    public synchronized boolean test(String transcript) {
        if (planner == null) {
            planner = Planners.create(PlannerChoice.EMBEDDED, ModelFiles.defaultCacheRoot());
        }
        return switch (intake.admit(transcript, SPEAKER)) {
            case Intake.Admission.Accepted a -> planner.planner().plan(a.command(), home) instanceof Plan;
            case Intake.Admission.Rejected r -> false;
        };
    }

    @Override
    public synchronized void close() {
        if (planner != null) {
            planner.close();
            planner = null;
        }
    }
}
