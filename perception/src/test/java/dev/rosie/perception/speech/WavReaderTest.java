package dev.rosie.perception.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavReaderTest {
    @TempDir
    Path dir;

    private final WavReader reader = new WavReader();

    /** Writes a WAV with the given format code, channels, rate and bits around {@code data}. */
    static byte[] wav(int code, int channels, int rate, int bits, byte[] data) {
        ByteBuffer fmt = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        fmt.putShort((short) code).putShort((short) channels).putInt(rate).putInt(rate * channels * bits / 8)
                .putShort((short) (channels * bits / 8)).putShort((short) bits);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le32(4 + 8 + 16 + 8 + data.length));
        out.writeBytes("WAVE".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("fmt ".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le32(16));
        out.writeBytes(fmt.array());
        out.writeBytes("data".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le32(data.length));
        out.writeBytes(data);
        return out.toByteArray();
    }

    static byte[] le32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    static byte[] pcm16(short... samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void should_read_16k_mono_16_bit_unchanged() throws Exception {
        WavAudio a = reader.read(file("ok.wav", wav(1, 1, 16000, 16, pcm16((short) 1, (short) -2, (short) 32767, (short) -32768))));
        assertThat(a.pcm().samples()).containsExactly(1, -2, 32767, -32768);
        assertThat(a.converted()).isFalse();
        assertThat(a.original()).hasToString("16000 Hz mono 16-bit PCM");
    }

    @Test
    void should_mix_stereo_to_mono_by_averaging() throws Exception {
        WavAudio a = reader.read(file("st.wav", wav(1, 2, 16000, 16, pcm16((short) 1000, (short) 3000, (short) -400, (short) 0))));
        assertThat(a.pcm().samples()).containsExactly(2000, -200);
        assertThat(a.converted()).isTrue();
    }

    @Test
    void should_read_8_bit_unsigned_and_24_bit_and_float_samples() throws Exception {
        WavAudio eight = reader.read(file("8.wav", wav(1, 1, 16000, 8, new byte[] {(byte) 128, (byte) 192, 64})));
        assertThat(eight.pcm().samples()).containsExactly(0, 16384, -16384);

        byte[] s24 = {0, 0, 0x40, 0, 0, (byte) 0xC0}; // +0.5 and -0.5 full scale
        WavAudio twentyFour = reader.read(file("24.wav", wav(1, 1, 16000, 24, s24)));
        assertThat(twentyFour.pcm().samples()).containsExactly(16384, -16384);

        ByteBuffer f = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.25f).putFloat(-1.5f);
        WavAudio floats = reader.read(file("f.wav", wav(3, 1, 16000, 32, f.array())));
        assertThat(floats.pcm().samples()).containsExactly(8192, -32768);
    }

    @Test
    void should_resample_other_rates_to_16k_keeping_the_duration() throws Exception {
        short[] tone = new short[44100];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (10000 * Math.sin(2 * Math.PI * 440 * i / 44100.0));
        }
        WavAudio a = reader.read(file("44k.wav", wav(1, 1, 44100, 16, pcm16(tone))));
        assertThat(a.pcm().sampleRate()).isEqualTo(16000);
        assertThat(a.pcm().length()).isEqualTo(16000);
        short peak = 0;
        for (int i = 1000; i < 15000; i++) {
            peak = (short) Math.max(peak, Math.abs(a.pcm().samples()[i]));
        }
        assertThat((int) peak).isBetween(9800, 10200);
    }

    @Test
    void should_reject_a_text_file_naming_the_file_and_the_problem() throws Exception {
        Path p = file("notes.wav", "clean the kitchen please, this is not audio".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(p.toString())
                .hasMessageContaining("is not a WAV file")
                .hasMessageContaining("does not start with a RIFF header (it starts with 'clea')");
    }

    @Test
    void should_recognise_an_mp3_and_say_so() throws Exception {
        Path p = file("song.wav", "ID3\u0004\0\0\0\0\0\0garbage".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(p)).hasMessageContaining("looks like MP3 audio");
    }

    @Test
    void should_reject_a_file_cut_off_in_the_middle_of_the_audio() throws Exception {
        byte[] whole = wav(1, 1, 16000, 16, pcm16(new short[1000]));
        Path p = file("cut.wav", Arrays.copyOf(whole, whole.length - 500));
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(p.toString())
                .hasMessageContaining("is truncated: its data chunk declares 2000 bytes of audio but only 1500 are in the file");
    }

    @Test
    void should_reject_a_file_cut_off_in_its_header() throws Exception {
        byte[] whole = wav(1, 1, 16000, 16, pcm16(new short[10]));
        Path p = file("head.wav", Arrays.copyOf(whole, 30));
        assertThatThrownBy(() -> reader.read(p)).hasMessageContaining("is truncated: its fmt chunk declares 16 bytes but only 10 remain");
        Path q = file("nodata.wav", Arrays.copyOf(whole, 36));
        assertThatThrownBy(() -> reader.read(q)).hasMessageContaining("is truncated: it has no data chunk");
    }

    @Test
    void should_reject_a_frame_split_by_the_end_of_the_data() throws Exception {
        byte[] bytes = wav(1, 2, 16000, 16, new byte[6]); // 1.5 stereo frames
        assertThatThrownBy(() -> reader.read(file("half.wav", bytes))).hasMessageContaining("end in the middle of a sample frame");
    }

    @Test
    void should_reject_compressed_wavs_and_say_how_to_convert() throws Exception {
        Path p = file("ulaw.wav", wav(7, 1, 8000, 8, new byte[100]));
        assertThatThrownBy(() -> reader.read(p)).hasMessageContaining("uses mu-law (format code 0x0007)")
                .hasMessageContaining("sox IN.wav -r 16000 -c 1 -b 16 OUT.wav");
    }

    @Test
    void should_reject_empty_audio_odd_bit_depths_and_impossible_rates() throws Exception {
        assertThatThrownBy(() -> reader.read(file("empty.wav", wav(1, 1, 16000, 16, new byte[0]))))
                .hasMessageContaining("contains no audio samples");
        assertThatThrownBy(() -> reader.read(file("12bit.wav", wav(1, 1, 16000, 12, new byte[0]))))
                .hasMessageContaining("12-bit PCM samples; accepted are 8, 16, 24 and 32-bit PCM");
        assertThatThrownBy(() -> reader.read(file("slow.wav", wav(1, 1, 100, 16, new byte[2]))))
                .hasMessageContaining("sample rate of 100 Hz");
    }

    @Test
    void should_say_when_the_file_is_missing_or_a_directory() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.wav"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nope.wav does not exist");
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is a directory");
    }
}
