package dev.rosie.perception.speech;

import java.util.List;

/**
 * Spoken commands for the reference apartment, shared by {@link SpeechCorpusIT} (the recogniser with
 * the home grammar) and launch's test of the robot's own ears (the grammar widened by the command
 * language). {@link #COMMANDS} were used to tune the grammar; {@link #HELD_OUT} were written
 * afterwards and never used for tuning.
 */
public final class SpeechSentences {
    private SpeechSentences() {
    }

    public static final List<String> COMMANDS = List.of(
            "rosie clean the living room",
            "clean the kitchen",
            "vacuum the bedroom",
            "clean the nursery",
            "clean the bathroom",
            "clean the office",
            "sweep the balcony",
            "clean the hallway",
            "quickly clean the kitchen",
            "clean the living room thoroughly",
            "clean the kitchen and the bathroom",
            "clean everywhere",
            "go to the kitchen",
            "go to the bedroom",
            "drive to the office",
            "go to the balcony",
            "go to the hallway",
            "go to the nursery",
            "go to the sofa",
            "go to the dining table",
            "go to the desk",
            "go back to the dock",
            "return to the dock",
            "go home",
            "dock",
            "stop",
            "rosie stop",
            "halt",
            "open the front door",
            "close the front door",
            "open the balcony door",
            "close the balcony door",
            "open the nursery door",
            "close the bathroom door",
            "pick up the sock",
            "pick up the toy car",
            "put the sock in the laundry basket",
            "put the toy car on the rug",
            "pick up the mop pads",
            "bring the laptop to the desk",
            "look at the plant",
            "check the trash bin",
            "look at the glass vase",
            "inspect the crib",
            "wait ten seconds",
            "wait",
            "rosie go to the bed",
            "clean under the sofa",
            "hey rosie go to the stairs",
            "rosie close the nursery door");

    /** Written after the grammar was tuned, and not used to tune it. */
    public static final List<String> HELD_OUT = List.of(
            "vacuum the living room",
            "clean the bedroom thoroughly",
            "quickly clean the office",
            "drive to the kitchen",
            "head to the bathroom",
            "go to the laundry basket",
            "rosie return to the dock",
            "emergency stop",
            "open the bathroom door",
            "shut the front door",
            "pick up the laptop",
            "put the sock on the bed",
            "take the toy car to the bedroom",
            "check the stove",
            "look at the medicine cabinet",
            "inspect the knife block",
            "clean around the dining table",
            "rosie clean the hallway and the kitchen",
            "go to the trash bin",
            "wait one minute",
            "recharge",
            "freeze");

    /** Nothing here is a command sentence of the grammar. */
    public static final List<String> OUT_OF_GRAMMAR = List.of(
            "what is the weather like today",
            "play some music",
            "clean the garage",
            "turn on the lights",
            "tell me a joke");
}
