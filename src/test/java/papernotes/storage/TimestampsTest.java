package papernotes.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

/// Stored times read back as written: the hand-made reader of the stored form agrees with [Instant#parse].
class TimestampsTest {

    @Test
    void readsBackWhatItWrites() {
        var random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            // 1970 to 2100, with milliseconds
            var instant = Instant.ofEpochMilli((long) (random.nextDouble() * 4_102_444_800_000L));
            var text = Timestamps.format(instant);
            assertEquals(instant, Timestamps.parse(text), text);
            assertEquals(Instant.parse(text), Timestamps.parse(text), text);
        }
        var leap = Instant.parse("2024-02-29T23:59:59.999Z");
        assertEquals(leap, Timestamps.parse(Timestamps.format(leap)));
        var now = Instant.now();
        assertEquals(now.truncatedTo(ChronoUnit.MILLIS), Timestamps.parse(Timestamps.format(now)));
    }

    @Test
    void anyOtherFormIsReadAsInstantReadsIt() {
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), Timestamps.parse("2026-01-02T03:04:05Z"));
        assertEquals(Instant.parse("2026-01-02T03:04:05.123456Z"), Timestamps.parse("2026-01-02T03:04:05.123456Z"));
        assertThrows(DateTimeException.class, () -> Timestamps.parse("2026-02-30T00:00:00.000Z"));
        assertThrows(DateTimeException.class, () -> Timestamps.parse("2026-13-01T00:00:00.000Z"));
        assertThrows(DateTimeException.class, () -> Timestamps.parse("2026-0a-01T00:00:00.000Z"));
    }
}
