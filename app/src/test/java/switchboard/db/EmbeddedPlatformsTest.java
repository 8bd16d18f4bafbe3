package switchboard.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedded PostgreSQL ships for every laptop and server a newcomer is likely to run it on (zonky's archive names). */
class EmbeddedPlatformsTest {

    @ParameterizedTest
    @ValueSource(strings = {"darwin-arm_64", "darwin-x86_64", "linux-arm_64", "linux-x86_64", "linux-x86_64-alpine_linux",
            "windows-x86_64"})
    void the_build_carries_postgresql_for(String platform) {
        assertThat(getClass().getClassLoader().getResource("postgres-" + platform + ".txz")).as(platform).isNotNull();
    }
}
