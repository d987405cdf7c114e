package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The kiosk's writer: exceptions are retried in order, Errors stop it at once and are reported once. */
class AnswerWriterTest {
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AnswerWriter writer = new AnswerWriter(new AnswerWriter.Listener() {
        @Override
        public void status(int pending, boolean failing) {
            events.add("status " + pending + (failing ? " failing" : ""));
        }

        @Override
        public void stopped(Error error) {
            events.add("stopped " + error.getClass().getSimpleName());
            stopped.countDown();
        }
    });

    @Test
    void anOutOfMemoryErrorIsNotRetriedAndNothingAfterItRuns() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        AtomicInteger later = new AtomicInteger();
        SwingUtilities.invokeAndWait(() -> {
            writer.write(() -> {
                tries.incrementAndGet();
                throw new OutOfMemoryError("Java heap space");
            });
            writer.write(later::incrementAndGet);
        });
        assertThat(stopped.await(20, TimeUnit.SECONDS)).as("stopped reported; events %s", events).isTrue();
        writer.shutdown();
        assertThat(writer.awaitTermination(20_000)).as("writer thread ended").isTrue();
        assertThat(tries.get()).as("attempts of the failing call").isEqualTo(1);
        assertThat(later.get()).as("calls run after the error").isZero();
        assertThat(writer.stoppedBy()).isInstanceOf(OutOfMemoryError.class);
        SwingUtilities.invokeAndWait(() -> { });
        assertThat(events).filteredOn(e -> e.startsWith("stopped")).containsExactly("stopped OutOfMemoryError");
    }

    @Test
    void anExceptionIsRetriedUntilItSucceedsAndTheNextCallWaitsForIt() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch saved = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> {
            writer.write(() -> {
                if (tries.incrementAndGet() < 3) {
                    throw new IllegalStateException("database or disk is full");
                }
                order.add("first");
            });
            writer.write(() -> order.add("second"));
            writer.whenSaved(saved::countDown);
        });
        assertThat(saved.await(30, TimeUnit.SECONDS)).as("saved; events %s", events).isTrue();
        assertThat(tries.get()).isEqualTo(3);
        assertThat(order).containsExactly("first", "second");
        assertThat(events).contains("status 2 failing").doesNotContain("stopped OutOfMemoryError");
        writer.shutdown();
    }
}
