package switchboard.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base for tests against a fresh {@link XmlStub} per test. */
abstract class StubTest {
    static final String P = XmlStub.PUBLIC;
    static final String LINE = "sip:stub-line@phone.plivo.com";
    XmlStub stub;

    @BeforeEach
    void startStub() throws Exception {
        stub = new XmlStub();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }
}
