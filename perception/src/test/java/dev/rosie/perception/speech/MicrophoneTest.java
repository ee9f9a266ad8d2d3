package dev.rosie.perception.speech;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;
import org.junit.jupiter.api.Test;

class MicrophoneTest {
    @Test
    void should_say_plainly_that_there_is_no_microphone_on_a_machine_without_one() {
        // The real javax.sound stack: CI machines have no capture device. Skipped where one exists.
        assumeThat(AudioSystem.isLineSupported(new DataLine.Info(TargetDataLine.class, Microphone.FORMAT)))
                .as("this machine has a microphone").isFalse();
        assertThatThrownBy(() -> Microphone.open(Microphone.Lines.system()))
                .isInstanceOf(MicrophoneUnavailableException.class)
                .hasMessageStartingWith("no microphone: Rosie needs an audio capture device that records 16 kHz mono 16-bit PCM")
                .hasMessageContaining("listen --wav FILE");
    }

    @Test
    void should_name_the_devices_it_saw_when_none_can_record() {
        Microphone.Lines busy = new Microphone.Lines() {
            @Override
            public Mixer.Info[] mixers() {
                return new Mixer.Info[] {new Mixer.Info("HDMI output", "v", "d", "1") {
                }};
            }

            @Override
            public TargetDataLine open(DataLine.Info info) throws LineUnavailableException {
                throw new LineUnavailableException("device busy");
            }
        };
        assertThatThrownBy(() -> Microphone.open(busy)).isInstanceOf(MicrophoneUnavailableException.class)
                .hasMessageContaining("javax.sound.sampled sees HDMI output, but none of them can record it")
                .hasMessageContaining("device busy");
    }
}
