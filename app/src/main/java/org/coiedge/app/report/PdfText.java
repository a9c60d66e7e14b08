package org.coiedge.app.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small top-to-bottom text layout on A4 pages: headings, wrapped paragraphs, indented lines and
 * rules, with page numbers and a running footer. Text outside the standard fonts' WinAnsi set is
 * shown as '?', never dropped silently. Not thread-safe.
 */
final class PdfText implements AutoCloseable {
    private static final float MARGIN = 48;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final String footer;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    PdfText(String footer) throws IOException {
        this.footer = footer;
        newPage();
    }

    void heading(String text, float size) throws IOException {
        space(size * 0.6f);
        line(text, bold, size, 0);
        space(size * 0.3f);
    }

    void paragraph(String text, float size, boolean strong, float indent) throws IOException {
        PDType1Font f = strong ? bold : regular;
        for (String l : wrap(safe(text), f, size, WIDTH - indent)) {
            line(l, f, size, indent);
        }
    }

    void rule() throws IOException {
        ensure(8);
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, y - 3);
        out.lineTo(MARGIN + WIDTH, y - 3);
        out.stroke();
        y -= 8;
    }

    void space(float points) throws IOException {
        ensure(points);
        y -= points;
    }

    private void line(String text, PDType1Font f, float size, float indent) throws IOException {
        ensure(size * 1.35f);
        y -= size * 1.35f;
        out.beginText();
        out.setFont(f, size);
        out.newLineAtOffset(MARGIN + indent, y);
        out.showText(safe(text));
        out.endText();
    }

    private List<String> wrap(String text, PDType1Font f, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder cur = new StringBuilder();
            for (String word : para.split(" ")) {
                String tryLine = cur.length() == 0 ? word : cur + " " + word;
                if (f.getStringWidth(tryLine) / 1000 * size <= width || cur.length() == 0) {
                    cur.setLength(0);
                    cur.append(tryLine);
                } else {
                    lines.add(cur.toString());
                    cur.setLength(0);
                    cur.append(word);
                }
            }
            lines.add(cur.toString());
        }
        return lines;
    }

    private void ensure(float needed) throws IOException {
        if (y - needed < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Writes footers with page numbers and saves. */
    void save(java.nio.file.Path file) throws IOException {
        out.close();
        out = null;
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND,
                    true)) {
                s.beginText();
                s.setFont(regular, 8);
                s.newLineAtOffset(MARGIN, MARGIN - 10);
                s.showText(safe(footer + " - page " + (i + 1) + " of " + pages.size()));
                s.endText();
            }
        }
        doc.save(file.toFile());
    }

    /** Replaces what WinAnsi cannot show (and control characters) by '?'. */
    static String safe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff || c == '\u2013' || c == '\u2014'
                    || c == '\u2019' || c == '\u201c' || c == '\u201d' || c == '\u20ac';
            b.append(ok ? c : '?');
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
        doc.close();
    }
}
