package org.rebook.ingest.mail;

/**
 * Names Jakarta Mail's stream implementation once for the whole program. Jakarta Mail 2.1 otherwise finds it
 * through ServiceLoader on every header block, encoded word and body part it reads or writes
 * (jakartaee/mail-api#861), scanning the classpath each time: 7 s of CPU to write the 100k demo's 146 000-message
 * mailbox, and as much once to read one. With the implementation named, each look-up is a plain class load.
 */
public final class MailStreams {
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    private MailStreams() { }

    /** Before any Jakarta Mail use; keeps a choice already made on the command line. */
    public static void nameProvider() {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, org.eclipse.angus.mail.util.MailStreamProvider.class.getName());
        }
    }
}
