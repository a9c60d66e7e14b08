package org.coiedge.app.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.coiedge.core.scanner.KeyboardWedgeScanSource;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.scanner.ScanSourceListener;
import org.coiedge.core.scanner.WedgeSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Key events as JavaFX delivers them, with their arrival times, reach the wedge detector whole. */
class WedgeKeyFilterTest {
    private final AtomicLong now = new AtomicLong(10_000);
    private final BlockingQueue<String> typed = new LinkedBlockingQueue<>();
    private final BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
    private final KeyboardWedgeScanSource wedge = new KeyboardWedgeScanSource("wedge:keyboard",
            WedgeSettings.defaults(), typed::add, Clock.systemUTC(), now::get);
    private final WedgeKeyFilter filter = new WedgeKeyFilter(wedge, now::get);

    WedgeKeyFilterTest() {
        wedge.addListener(new ScanSourceListener() {
            @Override
            public void onScan(Scan scan) {
                scans.add(scan);
            }
        });
        wedge.start();
    }

    @AfterEach
    void stop() {
        wedge.stop();
    }

    private KeyEvent type(char c, long gapMillis) {
        now.addAndGet(gapMillis);
        KeyEvent e = new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false);
        filter.handle(e);
        return e;
    }

    @Test
    void aScannerBurstBecomesOneScanAndEveryKeyIsConsumed() throws Exception {
        String din = "=A99992512345600";
        for (char c : din.toCharArray()) {
            assertThat(type(c, 6).isConsumed()).isTrue();
        }
        type('\r', 6);
        Scan s = scans.poll(5, TimeUnit.SECONDS);
        assertThat(s).isNotNull();
        assertThat(s.text()).isEqualTo(din);
        assertThat(typed).isEmpty();
    }

    @Test
    void aPersonTypingAPinGetsTheKeysBackAsTyped() throws Exception {
        for (char c : "4444".toCharArray()) {
            type(c, 250);
        }
        now.addAndGet(1_000); // the person stopped typing; the source gives held keys back once idle
        StringBuilder back = new StringBuilder();
        while (back.length() < 4) {
            String k = typed.poll(5, TimeUnit.SECONDS);
            assertThat(k).as("typed keys come back").isNotNull();
            back.append(k);
        }
        assertThat(back.toString()).isEqualTo("4444");
        assertThat(scans).isEmpty();
    }

    @Test
    void keyPressesAndUndefinedCharactersAreLeftAlone() {
        KeyEvent pressed = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A, false, false, false, false);
        filter.handle(pressed);
        assertThat(pressed.isConsumed()).isFalse();
        KeyEvent undefined = new KeyEvent(KeyEvent.KEY_TYPED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.UNDEFINED, false, false,
                false, false);
        filter.handle(undefined);
        assertThat(undefined.isConsumed()).isTrue();
        assertThat(scans).isEmpty();
    }
}
