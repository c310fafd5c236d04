package org.rebook.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Emails, phone numbers, person names and currencies in free text. */
public final class Contacts {
    private static final Pattern TITLE = Pattern.compile("^(?i)(mr|mrs|ms|miss|dr|sr|sra|mme|m|herr|frau|sig|sig\\.ra)\\.?\\s+");
    private static final Pattern NOBODY = Pattern.compile("(customer|cliente|client|kunde|team|all|there)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])\\+?\\(?\\d[\\d ()./\\-]{6,}\\d(?![\\w])");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern ISO_DATE_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern CURRENCY_CODE = Pattern.compile("\\b(EUR|USD|GBP|CHF|BRL|CAD|AUD|SEK|NOK|DKK|PLN|CZK|MXN|JPY)\\b");
    private static final Pattern GREETING = Pattern.compile(
            "(?im)^\\s*(?:dear|hi|hello|hey|ola|olá|caro|cara|prezado|prezada|estimado|estimada|hola|bonjour|"
                    + "cher|chère|chere|hallo|liebe|lieber|guten tag|sehr geehrte[rs]?(?: frau| herr)?|ciao|gentile|"
                    + "buongiorno)(?:/as?|\\(as?\\))?\\s+([\\p{L}][\\p{L}'’.\\-]*(?:\\s+[\\p{L}][\\p{L}'’.\\-]*){0,3})\\s*[,!:]");
    private static final Pattern DISPLAY_NAME = Pattern.compile("^\\s*\"?([^\"<@]+?)\"?\\s*<");

    private Contacts() { }

    public static Optional<String> email(String text) {
        if (text == null) return Optional.empty();
        // No match can start before the run of address characters ahead of the first '@': the scan starts there
        // rather than backtracking through every word before it.
        int at = text.indexOf('@');
        if (at < 0) return Optional.empty();
        int from = at;
        while (from > 0 && isLocalPart(text.charAt(from - 1))) from--;
        Matcher m = EMAIL.matcher(text).region(from, text.length());
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** A character {@link #EMAIL} allows before the '@'. */
    private static boolean isLocalPart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "._%+-".indexOf(c) >= 0;
    }

    /** A phone number with at least 8 digits, as written. */
    public static Optional<String> phone(String text) {
        if (text == null) return Optional.empty();
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String digits = NOT_DIGIT.matcher(m.group()).replaceAll("");
            if (digits.length() >= 8 && digits.length() <= 15 && !ISO_DATE_START.matcher(m.group()).matches()) {
                return Optional.of(m.group().strip());
            }
        }
        return Optional.empty();
    }

    /** The name in a greeting line: "Dear Maria Silva," → "Maria Silva". */
    public static Optional<String> greetingName(String text) {
        if (text == null) return Optional.empty();
        Matcher m = GREETING.matcher(text);
        if (!m.find()) return Optional.empty();
        String name = TITLE.matcher(m.group(1)).replaceAll("").strip();
        return name.isEmpty() || NOBODY.matcher(Text.fold(name)).matches() ? Optional.empty()
                : Optional.of(name);
    }

    /** The display name in an address header: "Maria Silva <maria@x.pt>" → "Maria Silva". */
    public static Optional<String> displayName(String address) {
        if (address == null) return Optional.empty();
        Matcher m = DISPLAY_NAME.matcher(address);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** ISO currency from a symbol or code near an amount. */
    public static Optional<String> currency(String text) {
        if (text == null) return Optional.empty();
        if (text.contains("€")) return Optional.of("EUR");
        if (text.contains("£")) return Optional.of("GBP");
        Matcher m = CURRENCY_CODE.matcher(text.toUpperCase());
        if (m.find()) return Optional.of(m.group(1));
        if (text.contains("R$")) return Optional.of("BRL");
        if (text.contains("$")) return Optional.of("USD");
        return Optional.empty();
    }
}
