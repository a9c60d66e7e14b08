package org.coiedge.app.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CollectionEntryTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2025-06-03T13:15:00Z"); // 09:15 EDT

    @Test
    void aTimeEarlierTodayIsTodaysAndALaterOneIsYesterdaysForACollectionOverMidnight() {
        assertThat(CollectionEntry.time("0700", NY, NOW, "start")).isEqualTo(Instant.parse("2025-06-03T11:00:00Z"));
        assertThat(CollectionEntry.time("0916", NY, NOW, "end")).isEqualTo(Instant.parse("2025-06-03T13:16:00Z"));
        assertThat(CollectionEntry.time("2200", NY, NOW, "start")).isEqualTo(Instant.parse("2025-06-03T02:00:00Z"));
    }

    @Test
    void incompleteOrImpossibleTimesAndAMissingVolumeSayWhatToFix() {
        assertThatThrownBy(() -> CollectionEntry.time("07", NY, NOW, "start")).hasMessage(
                "Enter the start time as 4 digits, HH MM.");
        assertThatThrownBy(() -> CollectionEntry.time("2460", NY, NOW, "end")).hasMessage(
                "The end time 24:60 is not a time of day.");
        CollectionEntry e = new CollectionEntry();
        "07000905".chars().forEach(c -> e.digit((char) c));
        assertThat(e.selected().get()).as("the keypad moves on after four digits").isEqualTo(CollectionEntry.Field.VOLUME);
        assertThatThrownBy(() -> e.values(NY, NOW)).hasMessage("Enter the volume in mL.");
        "21234".chars().forEach(c -> e.digit((char) c));
        assertThat(e.digits(CollectionEntry.Field.VOLUME).get()).as("at most four digits").isEqualTo("2123");
        e.backspace();
        assertThat(e.values(NY, NOW)).isEqualTo(new CollectionEntry.Values(Instant.parse("2025-06-03T11:00:00Z"),
                Instant.parse("2025-06-03T13:05:00Z"), 212));
    }
}
