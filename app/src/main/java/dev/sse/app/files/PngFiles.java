package dev.sse.app.files;

import dev.sse.model.io.files.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes ARGB pixels as a PNG file (atomically), with ImageIO; no toolkit or Swing needed. */
public final class PngFiles {

    private PngFiles() {
    }

    /** {@code argb} holds {@code width × height} pixels row by row, as {@code PixelFormat.getIntArgbInstance()}. */
    public static void write(int[] argb, int width, int height, Path target) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        AtomicFiles.stream(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
