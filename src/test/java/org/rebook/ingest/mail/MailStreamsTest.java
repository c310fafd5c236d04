package org.rebook.ingest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

class MailStreamsTest {
    /** The name given is the one implementation on the classpath, so Jakarta Mail's look-up finds it by name. */
    @Test
    void theNamedProviderIsTheOneJakartaMailWouldFind() {
        MailStreams.nameProvider();
        String named = System.getProperty(MailStreams.STREAM_PROVIDER);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(named);
        assertThat(java.util.ServiceLoader.load(StreamProvider.class).stream().map(p -> p.type().getName()).toList())
                .containsExactly(named);
    }
}
