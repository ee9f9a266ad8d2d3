/**
 * Offline speech recognition on Vosk: WAV reading and conversion to 16 kHz mono (band-limited
 * resampling, channel mixing), the model (packed into this module's jar by the build, located by
 * {@link dev.rosie.perception.speech.ModelLocator}), vocabulary biasing with a grammar built from the
 * home's names and the command verbs (optionally widened by a command language the caller passes
 * in), streaming recognition with partial results, end-of-utterance detection, an optional wake
 * word, a choice between the grammar's and free-form decodings by confidence and agreement on names, microphone capture, and the accuracy and
 * latency benchmark. Transcripts are plain text: they become commands only through
 * {@link dev.rosie.perception.intake.CommandIntake}, like any other channel's text.
 */
package dev.rosie.perception.speech;
