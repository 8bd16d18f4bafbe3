package switchboard.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class TonesTest {

    @Test
    void the_voicemail_sample_is_a_wav_the_jdk_reads_back() throws Exception {
        byte[] wav = Tones.voicemailSample();

        AudioFileFormat file = AudioSystem.getAudioFileFormat(new ByteArrayInputStream(wav));
        assertThat(file.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat f = audio.getFormat();
            assertThat(f.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
            assertThat(f.getSampleRate()).isEqualTo(8000f);
            assertThat(f.getChannels()).isEqualTo(1);
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
            assertThat(audio.getFrameLength()).isEqualTo(3 * 8000);
            byte[] pcm = audio.readAllBytes();
            assertThat(pcm).hasSize(3 * 8000 * 2);
            assertThat(peak(pcm)).isBetween(5000, 7000); // a soft tone: about a fifth of full scale, not silence
            assertThat(Math.abs(sample(pcm, 0))).isLessThan(100); // fades in: no click
        }
    }

    @Test
    void a_tone_has_the_length_asked_for_within_bounds() throws Exception {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(Tones.tone(0.5, 660)))) {
            assertThat(audio.getFrameLength()).isEqualTo(4000);
        }
        assertThatThrownBy(() -> Tones.tone(0, 440)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tones.tone(61, 440)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int peak(byte[] pcm) {
        int peak = 0;
        for (int i = 0; i < pcm.length / 2; i++) peak = Math.max(peak, Math.abs(sample(pcm, i)));
        return peak;
    }

    private static int sample(byte[] pcm, int i) {
        return (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
    }
}
