package switchboard.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A short, soft tone as a WAV file (16-bit PCM, mono, 8 kHz), made here from a sine: the stand-in for a
 * simulated voicemail's recording, free of any licence. Served at {@link Simulator#RECORDING_PATH}.
 */
public final class Tones {
    public static final int SAMPLE_RATE = 8000;
    private static final double LOUDNESS = 0.2; // of full scale: soft
    private static final double FADE_SECONDS = 0.25;

    private Tones() {}

    /** The recording every simulated voicemail points at: three seconds of a soft A (440 Hz). */
    public static byte[] voicemail() {
        return wav(3, 440);
    }

    public static byte[] wav(double seconds, double frequencyHz) {
        if (seconds <= 0 || seconds > 60) throw new IllegalArgumentException("a tone lasts 0-60 s, not " + seconds);
        int samples = (int) Math.round(seconds * SAMPLE_RATE);
        ByteBuffer pcm = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            double t = (double) i / SAMPLE_RATE;
            double fade = Math.min(1, Math.min(t, seconds - t) / FADE_SECONDS); // no clicks at either end
            pcm.putShort((short) Math.round(Short.MAX_VALUE * LOUDNESS * fade * Math.sin(2 * Math.PI * frequencyHz * t)));
        }
        return riff(pcm.array());
    }

    private static byte[] riff(byte[] pcm) {
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + pcm.length);
        h.put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        h.put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1) // PCM
                .putShort((short) 1) // mono
                .putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2) // byte rate
                .putShort((short) 2) // block align
                .putShort((short) 16); // bits per sample
        h.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(pcm.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + pcm.length);
        out.writeBytes(h.array());
        out.writeBytes(pcm);
        return out.toByteArray();
    }
}
