package org.rebook.demo;

/**
 * A demo customer. {@code paymentName} and {@code paymentEmail} are what they typed at checkout, which is not
 * always what they booked with (accents dropped, a nickname, a work address).
 */
record Customer(String firstName, String lastName, String email, String phone, String language) {
    String fullName() { return firstName + " " + lastName; }
}
