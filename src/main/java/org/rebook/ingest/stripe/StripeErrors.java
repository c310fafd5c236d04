package org.rebook.ingest.stripe;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;

/** Stripe failures in words staff can act on. Messages never contain the key. */
public final class StripeErrors {
    private StripeErrors() { }

    public static String describe(StripeException e) {
        if (e instanceof AuthenticationException) {
            return "Stripe refused the API key (wrong, revoked or from another account). " + StripeKeys.READ_PERMISSIONS;
        }
        if (e instanceof PermissionException) {
            return "The Stripe key lacks a read permission: " + safe(e.getStripeError() == null ? null : e.getStripeError().getMessage())
                    + " " + StripeKeys.READ_PERMISSIONS;
        }
        if (e instanceof RateLimitException) return "Stripe kept answering 'too many requests'; try again in a minute.";
        if (e instanceof ApiConnectionException) return "Could not reach Stripe (network down or blocked): " + safe(e.getMessage());
        return "Stripe error" + (e.getStatusCode() == null ? "" : " " + e.getStatusCode()) + ": "
                + safe(e.getStripeError() == null ? e.getMessage() : e.getStripeError().getMessage());
    }

    /** Stripe masks keys in its messages; mask anything key-shaped again to be sure. */
    private static String safe(String message) {
        return message == null ? "" : message.replaceAll("(sk|rk|pk)_(live|test)_[A-Za-z0-9]+", "$1_$2_…");
    }
}
