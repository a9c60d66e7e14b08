package org.coiedge.printer.png;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/** Word wrapping for the preview, like ZPL's {@code ^FB}: lines past the limit are dropped. */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> lines(String text, FontMetrics fm, int widthPx, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= widthPx || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines.size() > maxLines ? lines.subList(0, maxLines) : lines;
    }
}
