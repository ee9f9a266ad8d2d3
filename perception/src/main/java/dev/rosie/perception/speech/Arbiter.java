package dev.rosie.perception.speech;

import dev.rosie.perception.speech.Decoding.NBest;
import dev.rosie.perception.speech.Decoding.Scored;
import dev.rosie.perception.speech.SpeechEvent.Decoder;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Chooses what was said from the decodings of one utterance. A biased decoder is good at the words
 * it expects and bad at admitting it heard something else: it maps any speech onto its own words,
 * and may pick a wrong name with little evidence ("go to the bathroom" came out as "go to the
 * office" with the two sentences 0.5 apart in score and "office" at 0.62 confidence). A wrong name
 * is worse than a garbled transcript: the robot would do something else than asked, where garble
 * only makes it ask back. So the biased result is taken only when it is sure enough, and a name the
 * free-form decoding (which favours nothing in this home) contradicts is never taken on weak
 * evidence:
 * <ol>
 * <li>a home command sentence in the N-best list (see {@link SpeechRecognizer#sentence}) is taken,
 * unless a hypothesis naming something else scores within {@link #TIE} of the best and the grammar's
 * word confidences for the sentence's names are below {@link #SURE_NAME}, and free-form names a
 * thing the sentence does not: then the rival sentence free-form agrees with is taken, or else
 * free-form's own transcript (free-form naming nothing is no evidence against the grammar);
 * <li>with a widened grammar, the command-language decoding is taken when its words are heard with a
 * mean confidence of at least {@link #SURE_MEAN} (or at least free-form's) and at least
 * {@link #MIN_COHERENCE} of its word pairs come from the grammar's phrases, unless free-form names a
 * different thing and the grammar's name is below {@link #SURE_NAME}; but when the two decodings
 * differ and a judge of transcripts is given ({@link RecognizerSettings#withActionable}), the one
 * the robot can act on wins if only one of them can be: the command language writes speech it does
 * not cover in its own words ("shoot over to the kitchen" as "shut over to the kitchen", which the
 * planner asks back about), and free-form mishears what it does cover ("go dock" as "go dark");
 * <li>otherwise, free-form, as before.
 * </ol>
 * The decodings beyond the first are suppliers, so they run only when a rule needs them.
 */
final class Arbiter {
    /** N-best scores closer than this are a tie: the decoder could not tell the hypotheses apart. */
    static final double TIE = 3.0;
    /** Mean word confidence above which the command-language decoding is taken without comparison. */
    static final double SURE_MEAN = 0.75;
    /** Confidence a name must have to stand against a free-form decoding that names something else. */
    static final double SURE_NAME = 0.9;
    /**
     * Share of word pairs that must come from the grammar's phrases ({@link CommandGrammar#coherence}):
     * below it, most of the transcript is the decoder joining grammar words the phrases never join,
     * which is what it does to speech the grammar does not cover.
     */
    static final double MIN_COHERENCE = 0.5;

    /** The transcript chosen, how it was decoded, and what the grammar decoding said (for reports). */
    record Choice(String text, Decoder decoder, String grammarText) {
        public Choice {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(decoder, "decoder");
            Objects.requireNonNull(grammarText, "grammarText");
        }
    }

    private final CommandGrammar grammar;
    private final Optional<java.util.function.Predicate<String>> actionable;

    Arbiter(CommandGrammar grammar) {
        this(grammar, Optional.empty());
    }

    Arbiter(CommandGrammar grammar, Optional<java.util.function.Predicate<String>> actionable) {
        this.grammar = Objects.requireNonNull(grammar, "grammar");
        this.actionable = Objects.requireNonNull(actionable, "actionable");
    }

    /**
     * @param nbest the grammar decoding's N-best list
     * @param language the grammar decoding again with word confidences
     * @param freeForm the unbiased decoding with word confidences
     * @param sound whether the audio is loud enough to hold speech the grammar decoded as nothing
     */
    Choice choose(NBest nbest, Supplier<Scored> language, Supplier<Scored> freeForm, boolean sound) {
        String best = nbest.best();
        Optional<String> sentence = SpeechRecognizer.sentence(grammar, nbest.texts());
        if (sentence.isPresent()) {
            return fromSentence(sentence.get(), nbest, language, freeForm);
        }
        if (grammar.widened() && !best.isEmpty() && !VoskJson.hasUnknown(best)) {
            Scored lang = language.get();
            if (!lang.words().isEmpty() && !VoskJson.hasUnknown(lang.text())) {
                Scored free = freeForm.get();
                Optional<Choice> judged = judged(lang, free);
                if (judged.isPresent()) {
                    return judged.get();
                }
                if (!contradicted(lang, free) && grammar.coherence(lang.text()) >= MIN_COHERENCE
                        && (lang.meanConfidence() >= SURE_MEAN || lang.meanConfidence() >= free.meanConfidence())) {
                    return new Choice(lang.text(), Decoder.LANGUAGE, lang.text());
                }
                return new Choice(free.text(), Decoder.FREE_FORM, lang.text());
            }
        }
        if (!best.isEmpty() || sound) {
            return new Choice(freeForm.get().text(), Decoder.FREE_FORM, best);
        }
        return new Choice("", Decoder.FREE_FORM, best);
    }

    /** The one decoding the robot can act on, when they differ and only one can be acted on. */
    private Optional<Choice> judged(Scored lang, Scored free) {
        if (actionable.isEmpty() || free.words().isEmpty() || lang.text().equals(free.text())) {
            return Optional.empty();
        }
        boolean langActs = actionable.get().test(lang.text());
        boolean freeActs = actionable.get().test(free.text());
        if (langActs == freeActs) {
            return Optional.empty();
        }
        return Optional.of(langActs ? new Choice(lang.text(), Decoder.LANGUAGE, lang.text())
                : new Choice(free.text(), Decoder.FREE_FORM, lang.text()));
    }

    private Choice fromSentence(String sentence, NBest nbest, Supplier<Scored> language, Supplier<Scored> freeForm) {
        Set<String> names = grammar.namesIn(sentence);
        double top = nbest.hypotheses().getFirst().score();
        List<String> rivals = nbest.hypotheses().stream()
                .filter(h -> top - h.score() <= TIE && !VoskJson.hasUnknown(h.text()))
                .map(Decoding.Hypothesis::text)
                .filter(h -> !grammar.namesIn(h).isEmpty() && !grammar.namesIn(h).equals(names))
                .toList();
        if (rivals.isEmpty() || names.isEmpty()) {
            return new Choice(sentence, Decoder.GRAMMAR, sentence);
        }
        // A tie in the N-best scores can still be a clear posterior for the name (the hypotheses may
        // differ elsewhere); the grammar decoding with word confidences says.
        Scored scored = language.get();
        if (grammar.namesIn(scored.text()).equals(names) && names.stream().allMatch(n -> scored.confidenceOf(n) >= SURE_NAME)) {
            return new Choice(sentence, Decoder.GRAMMAR, sentence);
        }
        Scored free = freeForm.get();
        Set<String> heard = grammar.namesIn(free.text());
        if (names.containsAll(heard)) {
            // Free-form names nothing else (espeak's "bedroom" often comes out as "battery" or
            // "will"): no evidence against the grammar's choice, which is right far more often.
            return new Choice(sentence, Decoder.GRAMMAR, sentence);
        }
        for (String rival : rivals) {
            Optional<String> rivalSentence = SpeechRecognizer.sentence(grammar, List.of(rival));
            if (rivalSentence.isPresent() && heard.containsAll(grammar.namesIn(rivalSentence.get()))) {
                return new Choice(rivalSentence.get(), Decoder.GRAMMAR, sentence);
            }
        }
        // The grammar could not tell which thing was meant and free-form names another: better its
        // words (the planner does what they say, or asks back) than the grammar's guess.
        return new Choice(free.text(), Decoder.FREE_FORM, sentence);
    }

    /**
     * True when free-form names something the language decoding does not, and the language
     * decoding's own name for it is not sure: the bias may have pulled the speech onto a wrong name.
     */
    private boolean contradicted(Scored lang, Scored free) {
        Set<String> ours = grammar.namesIn(lang.text());
        Set<String> theirs = new HashSet<>(grammar.namesIn(free.text()));
        theirs.removeAll(ours);
        if (theirs.isEmpty()) {
            return false;
        }
        return ours.stream().filter(n -> !grammar.namesIn(free.text()).contains(n))
                .anyMatch(n -> lang.confidenceOf(n) < SURE_NAME);
    }
}
