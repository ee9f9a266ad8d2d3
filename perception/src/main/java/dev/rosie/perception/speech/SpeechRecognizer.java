package dev.rosie.perception.speech;

import dev.rosie.core.RosieException;
import dev.rosie.perception.speech.SpeechEvent.Decoder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.vosk.Recognizer;

/**
 * Streaming recognition of 16 kHz mono audio on Vosk. Feed it chunks as they arrive; it reports
 * {@link SpeechEvent.Partial partial} transcripts while someone speaks and an
 * {@link SpeechEvent.Utterance utterance} when Vosk's endpointer hears the speech end (0.5 to 1 s
 * of trailing silence, per the model's configuration) or the stream ends.
 *
 * <p>With a {@link CommandGrammar}, the first decoding is biased towards the home's commands. The
 * utterance's audio (kept since the last utterance) may be decoded again, free-form and with the
 * grammar and word confidences, and {@link Arbiter} chooses among the decodings: a request the
 * grammar does not cover is still transcribed rather than lost or bent into a command, and a name
 * the grammar was unsure of is not taken over a free-form decoding that names something else.
 *
 * <p>Not thread-safe: one recogniser per audio stream. The model may be shared.
 */
public final class SpeechRecognizer implements AutoCloseable {
    /** 100 ms: small enough for lively partials, large enough that JNA overhead does not matter. */
    public static final int CHUNK = SpeechModel.SAMPLE_RATE / 10;
    /** Longest stretch of audio kept for a free-form re-decode; older audio is dropped. */
    private static final int MAX_BUFFER = 60 * SpeechModel.SAMPLE_RATE;
    /** N-best list size for grammar decoding; see {@link #pick}. */
    static final int ALTERNATIVES = 10;
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "to", "a", "of", "and", "in", "on");
    private static final Pattern WAKE = Pattern.compile("^(?:(?:hey|ok|okay) )?" + CommandGrammar.WAKE_WORD + "\\b.*");

    private final SpeechModel model;
    private final RecognizerSettings settings;
    private final LongSupplier ticker;
    private final Recognizer primary;
    private final Arbiter arbiter;
    private Recognizer freeForm;
    private Recognizer scoredGrammar;
    private short[] buffer = new short[10 * SpeechModel.SAMPLE_RATE];
    private int buffered;
    private long position;
    private String lastPartial = "";

    public SpeechRecognizer(SpeechModel model, RecognizerSettings settings) {
        this(model, settings, System::nanoTime);
    }

    /** @param ticker nanosecond wall clock, only used to measure how long finishing an utterance took */
    public SpeechRecognizer(SpeechModel model, RecognizerSettings settings, LongSupplier ticker) {
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.primary = settings.grammar().map(g -> newRecognizer(g.toJson())).orElseGet(() -> newRecognizer(null));
        if (settings.grammar().isPresent()) {
            primary.setMaxAlternatives(ALTERNATIVES);
        }
        this.arbiter = settings.grammar().map(g -> new Arbiter(g, settings.actionable())).orElse(null);
    }

    private Recognizer newRecognizer(String grammarJson) {
        try {
            Recognizer r = grammarJson == null ? new Recognizer(model.vosk(), SpeechModel.SAMPLE_RATE)
                    : new Recognizer(model.vosk(), SpeechModel.SAMPLE_RATE, grammarJson);
            return r;
        } catch (IOException | RuntimeException e) {
            throw new RosieException("Vosk could not create a recogniser: " + e.getMessage(), false, e);
        }
    }

    /** Decodes a whole clip (in {@link #CHUNK}-sized pieces, as a stream would arrive) and ends the stream. */
    public List<SpeechEvent> transcribe(Pcm16 audio) {
        List<SpeechEvent> events = new ArrayList<>();
        transcribe(audio, events::add);
        return events;
    }

    public void transcribe(Pcm16 audio, Consumer<SpeechEvent> out) {
        requireRate(audio.sampleRate());
        short[] s = audio.samples();
        for (int from = 0; from < s.length; from += CHUNK) {
            int n = Math.min(CHUNK, s.length - from);
            accept(Arrays.copyOfRange(s, from, from + n), n, out);
        }
        finish(out);
    }

    /** Feeds the first {@code length} samples of {@code chunk}. */
    public void accept(short[] chunk, int length, Consumer<SpeechEvent> out) {
        if (length < 0 || length > chunk.length) {
            throw new IllegalArgumentException("length " + length + " is outside the chunk of " + chunk.length);
        }
        if (length == 0) {
            return;
        }
        remember(chunk, length);
        position += length;
        boolean endpoint = primary.acceptWaveForm(chunk, length);
        if (endpoint) {
            long start = ticker.getAsLong();
            complete(VoskJson.nbest(primary.getResult()), start, out);
        } else {
            String partial = VoskJson.partial(primary.getPartialResult());
            if (!partial.isEmpty() && !partial.equals(lastPartial)) {
                lastPartial = partial;
                out.accept(new SpeechEvent.Partial(partial, at()));
            }
        }
    }

    /** The stream ended: whatever was being said is complete now. */
    public void finish(Consumer<SpeechEvent> out) {
        long start = ticker.getAsLong();
        complete(VoskJson.nbest(primary.getFinalResult()), start, out);
    }

    private void complete(Decoding.NBest nbest, long start, Consumer<SpeechEvent> out) {
        String text = nbest.best();
        String grammarText = "";
        Decoder decoder = Decoder.FREE_FORM;
        if (arbiter != null) {
            Arbiter.Choice choice = arbiter.choose(nbest, memo(() -> decodeAgain(true)), memo(() -> decodeAgain(false)),
                    rms() >= settings.fallbackMinRms());
            text = choice.text();
            decoder = choice.decoder();
            grammarText = choice.grammarText();
        }
        buffered = 0;
        lastPartial = "";
        Duration finishing = Duration.ofNanos(ticker.getAsLong() - start);
        if (text.isEmpty()) {
            if (!grammarText.isEmpty()) {
                out.accept(new SpeechEvent.Ignored(grammarText, "nothing intelligible", at()));
            }
            return;
        }
        boolean wake = WAKE.matcher(text).matches();
        if (settings.requireWakeWord() && !wake) {
            out.accept(new SpeechEvent.Ignored(text, "it does not start with the wake word '" + CommandGrammar.WAKE_WORD + "'", at()));
            return;
        }
        out.accept(new SpeechEvent.Utterance(text, decoder, grammarText, wake, at(), finishing));
    }

    private static <T> Supplier<T> memo(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }

    /**
     * The best hypothesis that is one of the grammar's sentences, if any. Vosk turns the sentences
     * into a bigram model, which also lets it splice them ("look at to the plant" from "look at" and
     * "to the"), and speech outside the grammar comes out as word salad made of grammar words far
     * more often than as {@value CommandGrammar#UNKNOWN}. So the grammar's answer is trusted only
     * when it is a whole sentence: the best such hypothesis in the N-best list (a spliced best with
     * the real sentence as runner-up is common and costs nothing to repair). No sentence in the
     * list, or an unknown word in the best one, means the speaker said something the grammar does
     * not cover: the audio is decoded again free-form rather than bent into a command.
     */
    static Optional<String> sentence(CommandGrammar grammar, List<String> hypotheses) {
        String best = hypotheses.get(0);
        if (best.isEmpty() || VoskJson.hasUnknown(best)) {
            return Optional.empty();
        }
        List<String> known = hypotheses.stream().filter(h -> !VoskJson.hasUnknown(h)).toList();
        return known.stream().filter(grammar::contains).findFirst()
                .or(() -> known.stream().map(h -> withoutOneFunctionWord(grammar, h)).flatMap(Optional::stream).findFirst());
    }

    /**
     * A splice often inserts one short function word ("look at to the plant"); dropping it gives the
     * sentence that was said. Only function words are ever dropped, so the verb and every name stay
     * exactly as heard, and only when that yields a grammar sentence.
     */
    private static Optional<String> withoutOneFunctionWord(CommandGrammar grammar, String hypothesis) {
        List<String> words = List.of(hypothesis.split(" "));
        for (int i = 0; i < words.size(); i++) {
            if (FUNCTION_WORDS.contains(words.get(i))) {
                List<String> shorter = new ArrayList<>(words);
                shorter.remove(i);
                String candidate = String.join(" ", shorter);
                if (grammar.contains(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes the utterance's audio (kept since the last utterance) again, with word confidences:
     * free-form, or with the grammar (the first decoding gave an N-best list, which has none).
     */
    private Decoding.Scored decodeAgain(boolean withGrammar) {
        Recognizer r;
        if (withGrammar) {
            if (scoredGrammar == null) {
                scoredGrammar = newRecognizer(settings.grammar().orElseThrow().toJson());
                scoredGrammar.setWords(true);
            }
            r = scoredGrammar;
        } else {
            if (freeForm == null) {
                freeForm = newRecognizer(null);
                freeForm.setWords(true);
            }
            r = freeForm;
        }
        for (int from = 0; from < buffered; from += CHUNK) {
            int n = Math.min(CHUNK, buffered - from);
            r.acceptWaveForm(Arrays.copyOfRange(buffer, from, from + n), n);
        }
        // getFinalResult rather than getResult: it flushes everything and restarts cleanly next time.
        return VoskJson.scored(r.getFinalResult());
    }

    private void remember(short[] chunk, int length) {
        if (settings.grammar().isEmpty()) {
            return; // free-form only: nothing is ever re-decoded
        }
        if (buffered + length > MAX_BUFFER) {
            int drop = buffered + length - MAX_BUFFER;
            System.arraycopy(buffer, drop, buffer, 0, buffered - drop);
            buffered -= drop;
        }
        if (buffered + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(MAX_BUFFER, Math.max(buffer.length * 2, buffered + length)));
        }
        System.arraycopy(chunk, 0, buffer, buffered, length);
        buffered += length;
    }

    private double rms() {
        if (buffered == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < buffered; i++) {
            double v = buffer[i] / 32768.0;
            sum += v * v;
        }
        return Math.sqrt(sum / buffered);
    }

    private Duration at() {
        return Duration.ofNanos(position * 1_000_000_000L / SpeechModel.SAMPLE_RATE);
    }

    private static void requireRate(int rate) {
        if (rate != SpeechModel.SAMPLE_RATE) {
            throw new IllegalArgumentException("the recogniser takes " + SpeechModel.SAMPLE_RATE + " Hz audio, not "
                    + rate + " Hz; read files with WavReader, which converts");
        }
    }

    @Override
    public void close() {
        primary.close();
        if (freeForm != null) {
            freeForm.close();
        }
        if (scoredGrammar != null) {
            scoredGrammar.close();
        }
    }
}
