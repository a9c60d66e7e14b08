package org.coiedge.app.admin;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.coiedge.app.kiosk.Cameras;
import org.coiedge.scanner.image.DecodedSymbol;

/**
 * Live camera preview with the detected symbols outlined: the latest frame is drawn five times a
 * second while shown (the latest frame wins, nothing queues), the symbols' corners in green.
 * FX thread only; {@link #start()} when shown, {@link #stop()} when hidden.
 */
public final class CameraPreview extends StackPane {
    private static final double W = 480;
    private static final double H = 270;
    private final Canvas canvas = new Canvas(W, H);
    private final Cameras.Camera camera;
    private final AtomicReference<List<DecodedSymbol>> symbols = new AtomicReference<>(List.of());
    private final Timeline timer = new Timeline(new KeyFrame(Duration.millis(200), e -> draw()));

    public CameraPreview(Cameras.Camera camera) {
        this.camera = camera;
        setId("camera-preview");
        getChildren().add(canvas);
        timer.setCycleCount(Animation.INDEFINITE);
        camera.source().addSymbolListener(symbols::set);
    }

    public void start() {
        timer.play();
    }

    public void stop() {
        timer.stop();
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, W, H);
        BufferedImage frame = camera.frames().latest().orElse(null);
        if (frame == null) {
            return;
        }
        double scale = Math.min(W / frame.getWidth(), H / frame.getHeight());
        g.drawImage(toFx(frame), 0, 0, frame.getWidth() * scale, frame.getHeight() * scale);
        g.setStroke(Color.LIMEGREEN);
        g.setLineWidth(3);
        for (DecodedSymbol s : symbols.get()) {
            List<DecodedSymbol.Point> c = s.corners();
            for (int i = 0; i < c.size(); i++) {
                DecodedSymbol.Point a = c.get(i);
                DecodedSymbol.Point b = c.get((i + 1) % c.size());
                g.strokeLine(a.x() * scale, a.y() * scale, b.x() * scale, b.y() * scale);
            }
        }
    }

    private static WritableImage toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }
}
