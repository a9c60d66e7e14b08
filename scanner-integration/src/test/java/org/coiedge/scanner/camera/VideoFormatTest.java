package org.coiedge.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VideoFormatTest {
    @Test
    void exactHdFormatIsChosenOverLargerAndSmallerOnes() {
        List<VideoFormat> offered = List.of(new VideoFormat(640, 480, 30), new VideoFormat(1920, 1080, 30),
                new VideoFormat(1280, 720, 10), new VideoFormat(1280, 720, 30));

        assertThat(VideoFormat.nearest(offered, VideoFormat.PREFERRED)).isEqualTo(3);
    }

    @Test
    void withoutHdTheNearestPixelCountWins() {
        List<VideoFormat> offered = List.of(new VideoFormat(640, 480, 30), new VideoFormat(1024, 768, 30),
                new VideoFormat(1920, 1080, 30));

        assertThat(VideoFormat.nearest(offered, VideoFormat.PREFERRED)).isEqualTo(1);
    }

    @Test
    void noFormatsGivesMinusOne() {
        assertThat(VideoFormat.nearest(List.of(), VideoFormat.PREFERRED)).isEqualTo(-1);
    }

    @Test
    void stableIdIsTheUniqueIdOrElseTheName() {
        assertThat(VideoFormat.stableId("usb-0000:00:14.0-3", "HD Webcam")).isEqualTo("usb-0000:00:14.0-3");
        assertThat(VideoFormat.stableId("", "HD Webcam")).isEqualTo("HD Webcam");
        assertThat(VideoFormat.stableId(null, "HD Webcam")).isEqualTo("HD Webcam");
    }
}
