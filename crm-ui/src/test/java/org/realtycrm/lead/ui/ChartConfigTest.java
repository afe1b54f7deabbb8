package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class ChartConfigTest {

    @Test
    void aLabelCannotCloseTheScriptBlockThePageWritesTheChartInto() {
        String config = ChartConfig.doughnut(List.of("</script><script>alert(1)</script>", "Zillow"), List.of(3L, 4L),
                "Leads by source");

        assertThat(config).doesNotContain("<");
        JsonObject parsed = Json.createReader(new StringReader(config)).readObject();
        assertThat(parsed.getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("</script><script>alert(1)</script>");
    }

    @Test
    void labelsAndCountsStayInTheirOrder() {
        JsonObject parsed = Json.createReader(new StringReader(
                ChartConfig.bar(List.of("NEW", "CONTACTED", "LOST"), List.of(5L, 0L, 2L), "Leads by status"))).readObject();

        assertThat(parsed.getString("type")).isEqualTo("bar");
        assertThat(parsed.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data").toString())
                .isEqualTo("[5,0,2]");
        assertThat(parsed.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("CONTACTED");
    }
}
