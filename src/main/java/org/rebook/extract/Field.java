package org.rebook.extract;

/** The booking fields extraction looks for. */
public enum Field {
    REFERENCE, NAME, EMAIL, PHONE, PICKUP, RETURN, PICKUP_LOCATION, RETURN_LOCATION, VEHICLE, PLATE, TOTAL
}
