package dev.rosie.perception.speech;

import dev.rosie.core.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads RIFF/WAVE files and converts them to what the recogniser takes: 16 kHz, mono, 16-bit.
 * Integer PCM of 8 (unsigned), 16, 24 and 32 bits and 32-bit float are read; channels are mixed
 * down by averaging; other rates go through the band-limited {@link Resampler}. Everything else
 * (compressed WAVs, other containers, cut-off files) is refused with a message that names the file
 * and what is wrong with it, because a recogniser fed garbage produces confident nonsense.
 */
public final class WavReader {
    /** Ten minutes of 48 kHz stereo float is about 230 MB; a command never needs more. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final int PCM = 0x0001;
    private static final int IEEE_FLOAT = 0x0003;
    private static final int EXTENSIBLE = 0xFFFE;
    /** Written by streaming encoders that did not know the length in advance: read to the end. */
    private static final long UNKNOWN_LENGTH = 0xFFFFFFFFL;

    public WavAudio read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw bad(name, "is " + size / (1024 * 1024) + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            if (Files.isDirectory(file)) {
                throw bad(name, "is a directory, not a WAV file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("audio file " + name + " does not exist");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read audio file " + name + ": " + e.getMessage(), e);
        }
        return decode(name, bytes);
    }

    /** Decodes WAV bytes; {@code name} is only used in messages. */
    public WavAudio decode(String name, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12) {
            throw bad(name, "is not a WAV file: it is only " + bytes.length + " bytes long");
        }
        String riff = tag(bytes, 0);
        if (!riff.equals("RIFF")) {
            throw bad(name, "is not a WAV file: " + whatItIs(bytes, riff));
        }
        if (!tag(bytes, 8).equals("WAVE")) {
            throw bad(name, "is a RIFF file but not WAVE audio (its type is '" + printable(tag(bytes, 8)) + "')");
        }
        int pos = 12;
        WavFormat format = null;
        while (pos + 8 <= bytes.length) {
            String id = tag(bytes, pos);
            long size = Integer.toUnsignedLong(in.getInt(pos + 4));
            int body = pos + 8;
            long available = bytes.length - body;
            if (id.equals("fmt ")) {
                if (size > available) {
                    throw bad(name, "is truncated: its fmt chunk declares " + size + " bytes but only " + available + " remain");
                }
                format = format(name, in, body, (int) size);
            } else if (id.equals("data")) {
                if (format == null) {
                    throw bad(name, "is not a usable WAV file: the data chunk comes before any fmt chunk");
                }
                long length = size == UNKNOWN_LENGTH ? available - available % format.bytesPerFrame() : size;
                if (length > available) {
                    throw bad(name, "is truncated: its data chunk declares " + length + " bytes of audio but only "
                            + available + " are in the file");
                }
                if (length % format.bytesPerFrame() != 0) {
                    throw bad(name, "is truncated: its " + length + " bytes of audio end in the middle of a sample frame ("
                            + format.bytesPerFrame() + " bytes each)");
                }
                if (length == 0) {
                    throw bad(name, "contains no audio samples");
                }
                return new WavAudio(name, format, convert(format, samples(format, in, body, (int) length)));
            } else if (size > available) {
                throw bad(name, "is truncated: its '" + printable(id) + "' chunk declares " + size + " bytes but only "
                        + available + " remain");
            }
            pos = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1)); // chunks are padded to even sizes
        }
        throw bad(name, format == null ? "is not a usable WAV file: it has no fmt chunk"
                : "is truncated: it has no data chunk (" + format + " declared, but no samples follow)");
    }

    private static WavFormat format(String name, ByteBuffer in, int at, int size) {
        if (size < 16) {
            throw bad(name, "has a malformed fmt chunk (" + size + " bytes; at least 16 are needed)");
        }
        int code = Short.toUnsignedInt(in.getShort(at));
        int channels = Short.toUnsignedInt(in.getShort(at + 2));
        long rate = Integer.toUnsignedLong(in.getInt(at + 4));
        int blockAlign = Short.toUnsignedInt(in.getShort(at + 12));
        int bits = Short.toUnsignedInt(in.getShort(at + 14));
        if (code == EXTENSIBLE && size >= 40) {
            code = Short.toUnsignedInt(in.getShort(at + 24)); // first two bytes of the sub-format GUID
        }
        if (code != PCM && code != IEEE_FLOAT) {
            throw bad(name, "uses " + codecName(code) + " (format code 0x" + String.format(Locale.ROOT, "%04X", code)
                    + "); only uncompressed PCM (8, 16, 24 or 32-bit) and 32-bit float WAVs are read. Convert it, e.g. "
                    + "'sox IN.wav -r 16000 -c 1 -b 16 OUT.wav'");
        }
        boolean floating = code == IEEE_FLOAT;
        if (channels < 1 || channels > 16) {
            throw bad(name, "declares " + channels + " channels; 1 to 16 are accepted");
        }
        if (rate < 4000 || rate > 384_000) {
            throw bad(name, "declares a sample rate of " + rate + " Hz; 4000 to 384000 Hz are accepted");
        }
        boolean bitsOk = floating ? bits == 32 : bits == 8 || bits == 16 || bits == 24 || bits == 32;
        if (!bitsOk) {
            throw bad(name, "has " + bits + "-bit " + (floating ? "float" : "PCM") + " samples; accepted are "
                    + (floating ? "32-bit float" : "8, 16, 24 and 32-bit PCM"));
        }
        if (blockAlign != channels * bits / 8) {
            throw bad(name, "has an inconsistent fmt chunk: block align " + blockAlign + " for " + channels
                    + " channel(s) of " + bits + " bits");
        }
        return new WavFormat(channels, (int) rate, bits, floating);
    }

    /** Decodes and mixes all channels to one float signal in [-1, 1). */
    private static float[] samples(WavFormat f, ByteBuffer in, int at, int length) {
        int frames = length / f.bytesPerFrame();
        float[] mono = new float[frames];
        int bytes = f.bitsPerSample() / 8;
        int p = at;
        for (int i = 0; i < frames; i++) {
            float sum = 0;
            for (int c = 0; c < f.channels(); c++) {
                sum += sample(f, in, p);
                p += bytes;
            }
            mono[i] = sum / f.channels();
        }
        return mono;
    }

    private static float sample(WavFormat f, ByteBuffer in, int p) {
        if (f.floating()) {
            float v = in.getFloat(p);
            return Float.isFinite(v) ? Math.max(-1f, Math.min(1f, v)) : 0f;
        }
        return switch (f.bitsPerSample()) {
            case 8 -> (Byte.toUnsignedInt(in.get(p)) - 128) / 128f; // 8-bit WAV is unsigned
            case 16 -> in.getShort(p) / 32768f;
            case 24 -> ((in.get(p) & 0xFF) | (in.get(p + 1) & 0xFF) << 8 | in.get(p + 2) << 16) / 8388608f;
            case 32 -> (float) (in.getInt(p) / 2147483648.0);
            default -> throw new IllegalStateException("checked in format(): " + f.bitsPerSample());
        };
    }

    private static Pcm16 convert(WavFormat f, float[] mono) {
        float[] at16k = f.sampleRate() == SpeechModel.SAMPLE_RATE ? mono
                : new Resampler(f.sampleRate(), SpeechModel.SAMPLE_RATE).resample(mono);
        return Pcm16.fromFloats(SpeechModel.SAMPLE_RATE, at16k);
    }

    private static String whatItIs(byte[] b, String first4) {
        if (first4.startsWith("ID3") || (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0) {
            return "it looks like MP3 audio; convert it to WAV first";
        }
        if (first4.equals("OggS")) {
            return "it looks like Ogg (Vorbis/Opus) audio; convert it to WAV first";
        }
        if (first4.equals("fLaC")) {
            return "it looks like FLAC audio; convert it to WAV first";
        }
        if (first4.equals("RIFX")) {
            return "it is a big-endian RIFX file; only little-endian RIFF WAVs are read";
        }
        return "it does not start with a RIFF header (it starts with '" + printable(first4) + "')";
    }

    private static String codecName(int code) {
        return switch (code) {
            case 0x0002 -> "Microsoft ADPCM";
            case 0x0006 -> "A-law";
            case 0x0007 -> "mu-law";
            case 0x0011 -> "IMA ADPCM";
            case 0x0031 -> "GSM 6.10";
            case 0x0050, 0x0055 -> "MPEG audio";
            default -> "a compressed or unknown encoding";
        };
    }

    private static String tag(byte[] b, int at) {
        return new String(b, at, Math.min(4, b.length - at), StandardCharsets.ISO_8859_1);
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format(Locale.ROOT, "\\x%02X", (int) c));
        }
        return out.toString();
    }

    private static InvalidInputException bad(String name, String what) {
        return new InvalidInputException("audio file " + name + " " + what);
    }
}
