package dev.rosie.launch.wiring;

import dev.rosie.core.world.HomeMap;
import dev.rosie.perception.speech.CommandGrammar;
import dev.rosie.perception.speech.ModelLocator;
import dev.rosie.perception.speech.RecognizerSettings;
import dev.rosie.perception.speech.SpeechModel;
import dev.rosie.perception.speech.SpeechRecognizer;
import dev.rosie.planner.embedded.CommandLanguage;
import java.util.Objects;

/**
 * Speech wiring: the Vosk model (found by {@link ModelLocator}) and the grammar built from the
 * robot's own map and the planner's command language ({@link SpokenLanguage}), so every room, door
 * and object the robot knows can be said in the ways the planner understands, and nothing the
 * robot does not know is favoured; when the command-language and free-form decodings of an utterance
 * disagree, the one the embedded planner can act on is taken ({@link CommandJudge}). One model per
 * process; a recogniser per audio stream.
 */
public final class Ears implements AutoCloseable {
    private final SpeechModel model;
    private final CommandGrammar grammar;
    private final CommandJudge judge;

    private Ears(SpeechModel model, CommandGrammar grammar, CommandJudge judge) {
        this.model = model;
        this.grammar = grammar;
        this.judge = judge;
    }

    public static Ears open(ModelLocator locator, HomeMap home) {
        Objects.requireNonNull(home, "home");
        SpeechModel model = SpeechModel.load(locator.locate());
        try {
            return new Ears(model, CommandGrammar.forHome(home, model.lexicon(),
                    SpokenLanguage.forHome(home, CommandLanguage.standard())), new CommandJudge(home));
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /**
     * @param freeFormOnly skip the grammar (for comparison; much less accurate on commands)
     * @param requireWakeWord pass on only utterances that start with "rosie"
     */
    public SpeechRecognizer recognizer(boolean freeFormOnly, boolean requireWakeWord) {
        RecognizerSettings settings = freeFormOnly ? RecognizerSettings.freeForm()
                : RecognizerSettings.biased(grammar).withActionable(judge);
        return new SpeechRecognizer(model, settings.withWakeWordRequired(requireWakeWord));
    }

    public CommandGrammar grammar() {
        return grammar;
    }

    public SpeechModel model() {
        return model;
    }

    @Override
    public void close() {
        judge.close();
        model.close();
    }
}
