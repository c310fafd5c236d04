package org.rebook.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.ingest.ImportReport;
import org.rebook.ingest.Retrying;
import org.rebook.model.Payment;
import org.rebook.model.PaymentStatus;
import org.rebook.model.StoredRecord;
import org.rebook.service.LiveImports;
import org.rebook.service.RecoveryService;
import org.rebook.task.Progress;
import org.rebook.workspace.Workspace;

/** The Stripe connector against Stripe-shaped JSON served on loopback. */
class StripeApiConnectorTest {
    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    static final String KEY = "rk_test_51AbCdEfGhIjKlMnOpQrStUv";

    static String charge(String id, long created, long amount, long refunded, String status, String intent, String email) {
        return """
                {"id":"%s","object":"charge","amount":%d,"amount_refunded":%d,"created":%d,"currency":"eur","captured":true,
                 "status":"%s","refunded":%s,"paid":true,"description":"Car rental","payment_intent":%s,"customer":null,
                 "billing_details":{"email":%s,"name":"Maria Silva","phone":null,"address":null},
                 "payment_method_details":{"type":"card","card":{"last4":"4242","brand":"visa"}},"metadata":{}}"""
                .formatted(id, amount, refunded, created, status, refunded >= amount ? "true" : "false",
                        intent == null ? "null" : "\"" + intent + "\"", email == null ? "null" : "\"" + email + "\"");
    }

    static String list(String url, boolean hasMore, String... items) {
        return "{\"object\":\"list\",\"url\":\"" + url + "\",\"has_more\":" + hasMore + ",\"data\":[" + String.join(",", items) + "]}";
    }

    @BeforeEach
    void stubs() {
        stripe.stubFor(get(urlPathEqualTo("/v1/checkout/sessions")).willReturn(okJson(list("/v1/checkout/sessions", false,
                "{\"id\":\"cs_1\",\"object\":\"checkout.session\",\"payment_intent\":\"pi_1\",\"client_reference_id\":\"PX-7F3K9Q\","
                        + "\"metadata\":{\"pickup\":\"2026-11-22\"},\"customer_details\":{\"email\":\"maria@x.pt\",\"name\":\"Maria Silva\"}}"))));
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents")).willReturn(okJson(list("/v1/payment_intents", false,
                "{\"id\":\"pi_2\",\"object\":\"payment_intent\",\"metadata\":{\"booking_ref\":\"PX-ABC234\"}}"))));
        stripe.stubFor(get(urlPathEqualTo("/v1/refunds")).willReturn(okJson(list("/v1/refunds", false,
                "{\"id\":\"re_1\",\"object\":\"refund\",\"charge\":\"ch_3\",\"amount\":5000,\"created\":1763640000,\"status\":\"succeeded\"}"))));
        // Newest first, two pages; the second page is rate-limited once.
        stripe.stubFor(get(urlPathEqualTo("/v1/charges")).withQueryParam("starting_after", absent())
                .withHeader("Stripe-Account", absent())
                .willReturn(okJson(list("/v1/charges", true, charge("ch_1", 1763650000, 12345, 0, "succeeded", "pi_1", null),
                        charge("ch_2", 1763640000, 9000, 0, "succeeded", "pi_2", "maria@x.pt")))));
        stripe.stubFor(get(urlPathEqualTo("/v1/charges")).withQueryParam("starting_after", equalTo("ch_2"))
                .inScenario("rate limit").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("retried")
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"rate_limit\",\"message\":\"Too many requests\"}}")));
        stripe.stubFor(get(urlPathEqualTo("/v1/charges")).withQueryParam("starting_after", equalTo("ch_2"))
                .inScenario("rate limit").whenScenarioStateIs("retried")
                .willReturn(okJson(list("/v1/charges", false, charge("ch_3", 1763630000, 5000, 5000, "succeeded", null, "ana@y.pt")))));
        stripe.stubFor(get(urlPathEqualTo("/v1/charges")).withHeader("Stripe-Account", equalTo("acct_1Branch"))
                .willReturn(okJson(list("/v1/charges", false, charge("ch_9", 1763660000, 4000, 0, "failed", null, "joao@z.pt")))));
    }

    private LiveImports live(Workspace ws) {
        return new LiveImports(new RecoveryService(ws, ZoneId.of("Europe/Lisbon")), new Retrying(4, Duration.ofMillis(1)));
    }

    private static Map<String, Payment> payments(Workspace ws) {
        return ws.records().all().stream().map(StoredRecord::parsed).map(Payment.class::cast)
                .collect(Collectors.toMap(Payment::nativeId, p -> p));
    }

    @Test
    void importsEveryPageEnrichedFromSessionsIntentsAndRefundsRetryingTheRateLimit() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            List<ImportReport> reports = live(ws).stripe(KEY, stripe.baseUrl(), List.of(), null, Progress.NONE);
            assertThat(reports.get(0).imported()).isEqualTo(3);
            Map<String, Payment> p = payments(ws);
            assertThat(p.get("ch_1").amount()).isEqualByComparingTo("123.45");
            assertThat(p.get("ch_1").clientReferenceId()).isEqualTo("PX-7F3K9Q");
            assertThat(p.get("ch_1").customerEmail()).isEqualTo("maria@x.pt"); // from the checkout session
            assertThat(p.get("ch_1").metadata()).containsEntry("pickup", "2026-11-22");
            assertThat(p.get("ch_2").metadata()).containsEntry("booking_ref", "PX-ABC234"); // from the payment intent
            assertThat(p.get("ch_3").status()).isEqualTo(PaymentStatus.REFUNDED);
            assertThat(p.get("ch_1").cardLast4()).isEqualTo("4242");
            StoredRecord raw = ws.records().all().stream().filter(r -> r.nativeId().equals("ch_3")).findFirst().orElseThrow();
            assertThat(raw.raw().raw()).contains("\"re_1\"");
            assertThat(raw.raw().provenance().fileName()).isEqualTo("stripe-api");
        }
        stripe.verify(2, getRequestedFor(urlPathEqualTo("/v1/charges")).withQueryParam("starting_after", equalTo("ch_2")));
        stripe.verify(getRequestedFor(urlPathEqualTo("/v1/charges")).withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void aSecondRunAsksOnlyForNewChargesAndImportsNothingTwice() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            live(ws).stripe(KEY, stripe.baseUrl(), List.of(), null, Progress.NONE);
            stripe.resetScenarios();
            ImportReport again = live(ws).stripe(KEY, stripe.baseUrl(), List.of(), null, Progress.NONE).get(0);
            assertThat(again.imported()).isZero();
            assertThat(ws.records().count()).isEqualTo(3);
        }
        stripe.verify(getRequestedFor(urlPathEqualTo("/v1/charges")).withQueryParam("created[gte]", equalTo("1763650000")));
    }

    @Test
    void readsAConnectedAccountWithTheStripeAccountHeader() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ImportReport r = live(ws).stripe(KEY, stripe.baseUrl(), List.of("acct_1Branch"), null, Progress.NONE).get(0);
            assertThat(r.imported()).isEqualTo(1);
            assertThat(r.files().get(0).fileName()).isEqualTo("stripe-api/acct_1Branch");
            assertThat(payments(ws).get("ch_9").status()).isEqualTo(PaymentStatus.FAILED);
        }
    }

    @Test
    void aChargeAlreadyImportedFromTheCsvExportIsTheSameRecord() throws IOException {
        Path csv = dir.resolve("unified_payments.csv");
        Files.writeString(csv, "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status\n"
                + "ch_2,2025-11-20 12:00:00,90.00,0.00,eur,true,Paid\n");
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            RecoveryService service = new RecoveryService(ws, ZoneId.of("Europe/Lisbon"));
            service.importPaths(List.of(csv), Progress.NONE);
            ImportReport api = live(ws).stripe(KEY, stripe.baseUrl(), List.of(), null, Progress.NONE).get(0);
            assertThat(api.duplicate()).isEqualTo(1);
            assertThat(api.quarantined()).isZero();
            assertThat(ws.records().count()).isEqualTo(3);
        }
    }

    @Test
    void aRefusedKeyGivesAPlainMessageWithoutTheKey() {
        stripe.stubFor(get(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Authorization", matching(".*wrong.*"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key provided: rk_test_****wrong\"}}")));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            assertThatThrownBy(() -> live(ws).stripe("rk_test_51wrongwrongwrong", stripe.baseUrl(), List.of(), null, Progress.NONE))
                    .isInstanceOf(IOException.class).hasMessageContaining("Stripe refused the API key")
                    .hasMessageNotContaining("rk_test_51wrongwrongwrong");
        }
    }
}
