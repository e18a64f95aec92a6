package org.allteach.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a port chosen once so it can be stopped and started
 * again (SMTP outage tests) while the application keeps its configuration.
 */
public final class TestMailServer {

    private static final Map<String, Hold> HOLDS = new ConcurrentHashMap<>();
    private static final ServerSetup SETUP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail server = startNew();

    private TestMailServer() {
    }

    /** Points spring.mail.* at the test server. */
    public static class PropertiesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + SETUP.getPort())
                    .applyTo(context.getEnvironment());
        }
    }

    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void start() {
        server = startNew();
    }

    /** Mail received so far for one address. */
    public static synchronized List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> isTo(message, address)).toList();
    }

    /** Waits until {@code count} mails for the address have arrived, and returns them. */
    public static List<MimeMessage> awaitMessagesTo(String address, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> messages = messagesTo(address);
            if (messages.size() >= count) {
                return messages;
            }
            sleep(100);
        }
        throw new AssertionError("Expected " + count + " mail(s) to " + address + " within " + timeout + ", got "
                + messagesTo(address).size());
    }

    /** The first link into the portal found in the plain-text part of a mail. */
    public static String linkIn(MimeMessage message, String pathPrefix) {
        String body = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
        Matcher matcher = Pattern.compile("https?://[^\\s\"<>]*/" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_\\-]+")
                .matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No link to " + pathPrefix + " in:\n" + body);
        }
        return matcher.group();
    }

    /**
     * Keeps the next mail to this address inside the SMTP conversation (received, not yet answered) until
     * {@link Hold#release()}: the portal's sender is then in the middle of sending it.
     */
    public static Hold holdNextDeliveryTo(String address) {
        Hold hold = new Hold();
        HOLDS.put(address.toLowerCase(java.util.Locale.ROOT), hold);
        return hold;
    }

    /** A mail kept waiting by {@link #holdNextDeliveryTo(String)}. */
    public static final class Hold {

        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /** Waits until the held mail has reached the server. */
        public void awaitArrival() {
            try {
                if (!arrived.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("The held mail did not arrive within 30 seconds");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Lets the server accept the held mail. */
        public void release() {
            released.countDown();
        }

        private void hold() {
            arrived.countDown();
            try {
                released.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startNew() {
        GreenMail greenMail = new GreenMail(SETUP);
        greenMail.start();
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, address) -> {
            Hold hold = HOLDS.remove(address.getEmail().toLowerCase(java.util.Locale.ROOT));
            if (hold != null) {
                hold.hold();
            }
            return deliver.handle(message, address);
        });
        return greenMail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
