package switchboard.media;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Sounds Switchboard makes itself, so no third-party recording (and no licence) is involved: the hold chime is
 * a soft rising three-note bell phrase and its answer over a quiet low drone, generated as 16-bit PCM WAV.
 */
public final class Tones {
    /** Where Switchboard serves the hold sound. The version changes with the sound, so caches may keep it forever. */
    public static final String HOLD_PATH = "/media/hold-v1.wav";
    public static final int HOLD_SECONDS = 8;

    private static final int RATE = 8000; // telephone audio; Plivo plays 8 kHz PCM WAV as it is
    private static final double DECAY_SECONDS = 0.7;
    // {start seconds, frequency Hz}: C5 E5 G5, then G4 E5 C5.
    private static final double[][] NOTES = {{0.0, 523.25}, {0.45, 659.25}, {0.9, 783.99}, {3.6, 392.0}, {4.05, 659.25},
            {4.5, 523.25}};
    // Whole cycles in 8 s, so the drone joins itself seamlessly when Plivo loops the file.
    private static final double[] DRONE = {131.0, 196.0};
    private static final byte[] HOLD = wav(holdSamples());

    private Tones() {}

    public static byte[] hold() {
        return HOLD.clone();
    }

    private static short[] holdSamples() {
        int n = RATE * HOLD_SECONDS;
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            double t = (double) i / RATE;
            double v = 0;
            for (double f : DRONE) v += 0.025 * Math.sin(2 * Math.PI * f * t);
            for (double[] note : NOTES) v += bell(t - note[0], note[1]);
            out[i] = (short) Math.round(Math.max(-1, Math.min(1, v)) * Short.MAX_VALUE);
        }
        return out;
    }

    /** A struck bell: a 5 ms attack, then an exponential decay; a little of the octave makes it a chime, not a beep. */
    private static double bell(double t, double f) {
        if (t < 0) return 0;
        double envelope = Math.min(1, t / 0.005) * Math.exp(-t / DECAY_SECONDS);
        return 0.18 * envelope * (Math.sin(2 * Math.PI * f * t) + 0.25 * Math.sin(4 * Math.PI * f * t));
    }

    /** RIFF/WAVE, PCM, mono, 16-bit little-endian. */
    static byte[] wav(short[] samples) {
        int data = samples.length * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(US_ASCII)).putInt(36 + data).put("WAVE".getBytes(US_ASCII));
        b.put("fmt ".getBytes(US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(RATE * 2)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(US_ASCII)).putInt(data);
        for (short s : samples) b.putShort(s);
        return b.array();
    }
}
