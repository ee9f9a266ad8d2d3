package dev.rosie.launch.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.action.Plan;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.Limits;
import dev.rosie.safety.Policy;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guard latency per plan step on the reference apartment (issue 8's goal: p99 <= 50 us), for a
 * realistic four-step plan with the residents as sightings. Writes JSON; asserts nothing.
 */
public final class GuardBenchmark {
    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

    public static Map<String, Object> run(int reviews) {
        LoadedMap loaded = new RosieMapLoader(Clock.fixed(START, ZoneOffset.UTC)).referenceApartment();
        Policy reference = new PolicyLoader().loadReference();
        // A rate limit high enough never to trigger: this measures the rules, not the limiter.
        Policy policy = new Policy(reference.name(), reference.version(), reference.allowed(), reference.doorAccess(),
                reference.defaultDoorAccess(), reference.cleaningCooldown(), reference.sleepingChildQuiet(),
                reference.sightingMaxAge(), reference.maxPlanSteps(),
                new Limits(reference.limits().noGoMarginMetres(), reference.limits().keepOutMetres(),
                        reference.limits().maxSpeed(), 600));
        ManualClock clock = new ManualClock(START);
        SafetyGuard guard = new SafetyGuard(policy, clock);
        WorldSnapshot world = new WorldSnapshot(START, loaded.map(), new RobotState(loaded.map().dock(), 1, true),
                Map.of(), loaded.residents(), List.of());
        List<Action> steps = List.of(new Action.CleanArea("kitchen", CleanMode.NORMAL),
                Action.NavigateTo.named("office"), new Action.PickUp("sock"), new Action.Dock());
        long[] perStep = new long[reviews];
        for (int i = -2000; i < reviews; i++) { // the first 2000 warm up the JIT and are discarded
            clock.advance(Duration.ofMillis(200));
            Command c = new Command(new CommandId("b-" + (i + 2000)), "clean the kitchen, go to the office, pick up the sock",
                    Source.cli("alex", Trust.OWNER), clock.instant(), Screening.CLEAN);
            Plan plan = new Plan(c.id(), steps, "bench");
            long t0 = System.nanoTime();
            guard.review(c, plan, world);
            long took = (System.nanoTime() - t0) / steps.size();
            if (i >= 0) {
                perStep[i] = took;
            }
        }
        Arrays.sort(perStep);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("benchmark", "guard");
        m.put("jdk", Runtime.version().toString());
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("runs", reviews);
        m.put("steps_per_plan", steps.size());
        m.put("per_step_us_min", perStep[0] / 1e3);
        m.put("per_step_us_p50", perStep[reviews / 2] / 1e3);
        m.put("per_step_us_p99", perStep[(int) Math.ceil(reviews * 0.99) - 1] / 1e3);
        m.put("per_step_us_max", perStep[reviews - 1] / 1e3);
        return m;
    }

    public static void write(Map<String, Object> figures, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures);
    }

    public static void main(String[] args) throws IOException {
        Map<String, Object> figures = run(20_000);
        write(figures, Path.of(args.length > 0 ? args[0] : "target/bench/guard.json"));
        System.out.println(figures);
    }
}
