package org.realtycrm.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.BusyException;
import org.realtycrm.platform.problem.TooLargeException;

class CrmExceptionMapperTest {

    @Test
    void aBusyServerAnswers503WithRetryAfterAndAProblem() {
        var response = CrmExceptionMapper.problemFor(new BusyException("reading as many emails as it takes", 30));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("30");
        assertThat(response.getMediaType().toString()).isEqualTo(Problems.MEDIA_TYPE);
        assertThat(response.getEntity().toString()).contains(Problems.TYPE_BASE + "busy")
                .contains("reading as many emails as it takes");
    }

    @Test
    void tooLargeIs413WithoutRetryAfter() {
        var response = CrmExceptionMapper.problemFor(new TooLargeException("at most 32 MiB"));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getHeaderString("Retry-After")).isNull();
    }
}
