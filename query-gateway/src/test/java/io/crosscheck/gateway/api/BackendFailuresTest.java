package io.crosscheck.gateway.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client is told about a failure that is not a backend's answer: nothing of the gateway's internals. */
class BackendFailuresTest {

    @Test
    void aGatewayBugIsReportedWithoutItsExceptionOrMessage() {
        String reason = BackendFailures.describe(new StringIndexOutOfBoundsException("begin -3, end 7, length 5"));

        assertThat(reason).contains("gateway failed").doesNotContain("StringIndexOutOfBounds").doesNotContain("-3");
    }
}
