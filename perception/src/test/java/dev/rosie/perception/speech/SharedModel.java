package dev.rosie.perception.speech;

/**
 * The real speech model, loaded once per test JVM: loading takes a second and 100+ MB, and Vosk
 * lets many recognisers share one model. Never closed; the JVM's exit releases it.
 */
final class SharedModel {
    private static SpeechModel model;

    private SharedModel() {
    }

    static synchronized SpeechModel get() {
        if (model == null) {
            model = SpeechModel.load(ModelLocator.standard().locate());
        }
        return model;
    }
}
