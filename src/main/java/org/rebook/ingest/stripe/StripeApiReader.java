package org.rebook.ingest.stripe;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Customer;
import com.stripe.model.HasId;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeCollection;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.ChargeListParams;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.RefundListParams;
import com.stripe.param.checkout.SessionListParams;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rebook.common.Sha256;
import org.rebook.ingest.LiveReader;
import org.rebook.ingest.RecordSink;
import org.rebook.ingest.Retrying;
import org.rebook.model.Payment;
import org.rebook.model.Provenance;
import org.rebook.model.RawRecord;
import org.rebook.model.Source;
import org.rebook.task.Progress;

/**
 * Reads one Stripe account's charges (with their checkout sessions, payment intents, refunds and customers)
 * through the API, read-only, page by page with {@code starting_after}, retrying rate limits and network
 * failures. Each charge lands as the same record a Dashboard export gives; its raw text keeps every object.
 */
public final class StripeApiReader implements LiveReader {
    /**
     * What to read. {@code account} is a Connect account id or null for the key's own account; {@code since}
     * limits by creation time (null: everything).
     */
    public record Settings(String apiKey, String apiBase, String account, Instant since, Retrying retrying) { }

    private static final long PAGE = 100;

    private final Settings settings;
    private final StripeClient client;
    private final RequestOptions options;
    private Instant latestCreated;

    public StripeApiReader(Settings settings) {
        this.settings = settings;
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(settings.apiKey()).setMaxNetworkRetries(0);
        if (settings.apiBase() != null) builder.setApiBase(settings.apiBase());
        this.client = builder.build();
        this.options = settings.account() == null ? RequestOptions.getDefault()
                : RequestOptions.builder().setStripeAccount(settings.account()).build();
    }

    /** Where these records say they came from. */
    public String sourceName() {
        return "stripe-api" + (settings.account() == null ? "" : "/" + settings.account());
    }

    /** The newest charge creation time seen, for resuming the next run from there. */
    public Instant latestCreated() { return latestCreated; }

    @Override
    public void read(RecordSink sink, Progress progress) throws IOException {
        try {
            Long gte = settings.since() == null ? null : settings.since().getEpochSecond();
            Map<String, Session> sessionByIntent = new HashMap<>();
            for (Session s : listAll("checkout sessions", after -> client.v1().checkout().sessions().list(
                    SessionListParams.builder().setLimit(PAGE).setStartingAfter(after)
                            .setCreated(gte == null ? null : SessionListParams.Created.builder().setGte(gte).build()).build(),
                    options), progress)) {
                if (s.getPaymentIntent() != null) sessionByIntent.put(s.getPaymentIntent(), s);
            }
            Map<String, Map<String, String>> intentMetadata = new HashMap<>();
            for (PaymentIntent pi : listAll("payment intents", after -> client.v1().paymentIntents().list(
                    PaymentIntentListParams.builder().setLimit(PAGE).setStartingAfter(after)
                            .setCreated(gte == null ? null : PaymentIntentListParams.Created.builder().setGte(gte).build()).build(),
                    options), progress)) {
                if (pi.getMetadata() != null && !pi.getMetadata().isEmpty()) intentMetadata.put(pi.getId(), pi.getMetadata());
            }
            Map<String, List<Refund>> refundsByCharge = new HashMap<>();
            for (Refund r : listAll("refunds", after -> client.v1().refunds().list(
                    RefundListParams.builder().setLimit(PAGE).setStartingAfter(after)
                            .setCreated(gte == null ? null : RefundListParams.Created.builder().setGte(gte).build()).build(),
                    options), progress)) {
                if (r.getCharge() != null) refundsByCharge.computeIfAbsent(r.getCharge(), k -> new ArrayList<>()).add(r);
            }
            Map<String, Customer> customers = new HashMap<>();
            String after = null;
            long done = 0;
            while (true) {
                final String cursor = after;
                StripeCollection<Charge> page = settings.retrying().call("Stripe charges", () -> client.v1().charges().list(
                        ChargeListParams.builder().setLimit(PAGE).setStartingAfter(cursor)
                                .setCreated(gte == null ? null : ChargeListParams.Created.builder().setGte(gte).build()).build(),
                        options), StripeApiReader::isTransient, progress);
                for (Charge c : page.getData()) {
                    Session session = c.getPaymentIntent() == null ? null : sessionByIntent.get(c.getPaymentIntent());
                    Customer customer = needsCustomer(c, session) ? customer(c.getCustomer(), customers, progress) : null;
                    Payment payment = StripeChargeMapper.map(c, session, intentMetadata.get(c.getPaymentIntent()), customer);
                    String raw = raw(c, session, intentMetadata.get(c.getPaymentIntent()), refundsByCharge.get(c.getId()), customer);
                    sink.accept(new RawRecord(Source.STRIPE, c.getId(), false, provenance("charge created " + payment.created()), raw), payment);
                    Instant created = Instant.ofEpochSecond(c.getCreated());
                    if (latestCreated == null || created.isAfter(latestCreated)) latestCreated = created;
                    done++;
                }
                progress.update("Reading Stripe charges" + (settings.account() == null ? "" : " of " + settings.account()), done, -1);
                if (!Boolean.TRUE.equals(page.getHasMore()) || page.getData().isEmpty()) break;
                after = page.getData().get(page.getData().size() - 1).getId();
            }
        } catch (StripeException e) {
            throw new IOException(StripeErrors.describe(e), e);
        }
    }

    private Provenance provenance(String position) {
        return new Provenance(sourceName(), Sha256.of(sourceName()), position);
    }

    private static boolean needsCustomer(Charge c, Session session) {
        if (c.getCustomer() == null) return false;
        boolean hasEmail = (c.getBillingDetails() != null && c.getBillingDetails().getEmail() != null) || c.getReceiptEmail() != null
                || (session != null && session.getCustomerDetails() != null && session.getCustomerDetails().getEmail() != null);
        return !hasEmail;
    }

    private Customer customer(String id, Map<String, Customer> cache, Progress progress) throws StripeException {
        if (cache.containsKey(id)) return cache.get(id);
        Customer c = settings.retrying().call("Stripe customer", () -> client.v1().customers().retrieve(id,
                (com.stripe.param.CustomerRetrieveParams) null, options), StripeApiReader::isTransient, progress);
        cache.put(id, c);
        return c;
    }

    /** One list endpoint, all pages. */
    private <T extends HasId> List<T> listAll(String what, PageCall<T> call, Progress progress) throws StripeException {
        List<T> all = new ArrayList<>();
        String after = null;
        while (true) {
            final String cursor = after;
            StripeCollection<T> page = settings.retrying().call("Stripe " + what, () -> call.page(cursor),
                    StripeApiReader::isTransient, progress);
            all.addAll(page.getData());
            progress.update("Reading Stripe " + what, all.size(), -1);
            if (!Boolean.TRUE.equals(page.getHasMore()) || page.getData().isEmpty()) return all;
            after = page.getData().get(page.getData().size() - 1).getId();
        }
    }

    @FunctionalInterface
    private interface PageCall<T extends HasId> {
        StripeCollection<T> page(String startingAfter) throws StripeException;
    }

    static boolean isTransient(Exception e) {
        if (e instanceof RateLimitException || e instanceof ApiConnectionException) return true;
        return e instanceof StripeException se && se.getStatusCode() != null && se.getStatusCode() >= 500;
    }

    /** Everything Stripe said about this charge, so nothing is lost even if Rebook reads only part of it. */
    private static String raw(Charge c, Session session, Map<String, String> intentMetadata, List<Refund> refunds, Customer customer) {
        JsonObject all = new JsonObject();
        all.add("charge", json(c));
        if (session != null) all.add("checkout_session", json(session));
        if (intentMetadata != null) {
            JsonObject md = new JsonObject();
            intentMetadata.forEach(md::addProperty);
            all.add("payment_intent_metadata", md);
        }
        if (refunds != null) {
            JsonArray list = new JsonArray();
            refunds.forEach(r -> list.add(json(r)));
            all.add("refunds", list);
        }
        if (customer != null) all.add("customer", json(customer));
        return all.toString();
    }

    /** The object as Stripe sent it when the library kept that, else as the library reads it. */
    private static com.google.gson.JsonElement json(com.stripe.model.StripeObject o) {
        return o.getRawJsonObject() != null ? o.getRawJsonObject() : com.google.gson.JsonParser.parseString(o.toJson());
    }
}
