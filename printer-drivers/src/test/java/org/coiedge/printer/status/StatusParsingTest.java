package org.coiedge.printer.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatusParsingTest {
    private static final String HS = "\u0002030,1,1,1218,002,1,0,1,000,0,0,0\u0003\r\n"
            + "\u0002000,0,1,1,1,2,6,0,00000003,1,005\u0003\r\n\u00021234,0\u0003\r\n";

    @Test
    void everyFieldOfTheThreeHostStatusStringsIsRead() {
        PrinterStatus s = PrinterStatus.parseHostStatus(HS);
        assertThat(s.paperOut()).isTrue();
        assertThat(s.paused()).isTrue();
        assertThat(s.labelLengthDots()).isEqualTo(1218);
        assertThat(s.formatsInBuffer()).isEqualTo(2);
        assertThat(s.bufferFull()).isTrue();
        assertThat(s.partialFormat()).isTrue();
        assertThat(s.headOpen()).isTrue();
        assertThat(s.ribbonOut()).isTrue();
        assertThat(s.labelsRemainingInBatch()).isEqualTo(3);
        assertThat(s.graphicsStored()).isEqualTo(5);
        assertThat(s.isReadyToPrint()).isFalse();
        assertThat(s.isIdle()).isFalse();
    }

    @Test
    void anIdleReadyPrinterIsReadyAndIdle() {
        PrinterStatus s = PrinterStatus.parseHostStatus("\u0002030,0,0,1218,000,0,0,0,000,0,0,0\u0003\r\n"
                + "\u0002000,0,0,0,1,2,6,0,00000000,0,000\u0003\r\n\u00021234,0\u0003\r\n");
        assertThat(s.isReadyToPrint()).isTrue();
        assertThat(s.isIdle()).isTrue();
    }

    @Test
    void aTruncatedHostStatusIsRefused() {
        assertThatThrownBy(() -> PrinterStatus.parseHostStatus("\u0002030,0,0\u0003\r\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorBitsComeFromTheSecondHexGroup() {
        ErrorStatus e = ErrorStatus.parse("\u0002\r\n PRINTER STATUS\r\n   ERRORS:         1 00000000 00000005\r\n"
                + "   WARNINGS:       1 00000000 00000002\r\n\u0003\r\n");
        assertThat(e.errors()).containsExactly(ErrorStatus.Error.MEDIA_OUT, ErrorStatus.Error.HEAD_OPEN);
        assertThat(e.warningBits()).isEqualTo(2);
    }

    @Test
    void identityGivesModelFirmwareAndDpi() {
        PrinterIdentity i = PrinterIdentity.parse("\u0002ZD621-300dpi,V93.21.26Z,12,8192KB,E\u0003\r\n");
        assertThat(i.model()).isEqualTo("ZD621-300dpi");
        assertThat(i.firmware()).isEqualTo("V93.21.26Z");
        assertThat(i.dpi()).isEqualTo(300);
        assertThat(PrinterIdentity.parse("\u0002XYZ\u0003").dpi()).isZero();
    }
}
