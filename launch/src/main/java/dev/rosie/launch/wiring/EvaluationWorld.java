package dev.rosie.launch.wiring;

import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.perception.intake.CommandIntake;
import dev.rosie.perception.intake.IntakeResult;
import dev.rosie.perception.intake.TextNormalizer;
import dev.rosie.planner.eval.Intake;
import dev.rosie.safety.InputScreener;
import dev.rosie.worldmodel.map.LoadedMap;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What a planner evaluation plans against: a map as it is at start-up (robot on its dock, battery
 * full, nothing cleaned yet, residents where the map puts them, no notes) and the robot's real
 * command intake, so evaluated text is normalised exactly as spoken or typed text would be.
 */
public final class EvaluationWorld {
    private EvaluationWorld() {
    }

    public static WorldSnapshot snapshot(LoadedMap map, Clock clock) {
        return new WorldSnapshot(clock.instant(), map.map(), new RobotState(map.map().dock(), 1.0, true), Map.of(),
                map.residents(), List.of());
    }

    public static Intake intake(Clock clock) {
        CommandIntake intake = new CommandIntake(new TextNormalizer(), new InputScreener(), clock, RobotFactory.ids(clock));
        return (text, source) -> switch (intake.submit(text, source)) {
            case IntakeResult.Accepted a -> new Intake.Admission.Accepted(a.command());
            case IntakeResult.Rejected r -> new Intake.Admission.Rejected(r.reason());
        };
    }
}
