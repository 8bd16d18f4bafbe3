package switchboard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the build (switchboard/version.properties), with the Java and system it runs on. */
public final class BuildVersion implements IVersionProvider {

    /** e.g. 0.1.0-SNAPSHOT. */
    public static String number() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("/switchboard/version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Switchboard " + number(), "Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + "), " + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
    }
}
