import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Rebook's icon (a booking card with a "recovered" arrow) and writes the sizes each OS wants:
 * PNGs for Linux, an .ico (PNG entries) for Windows, an .icns (PNG entries) for macOS.
 * Run: java scripts/MakeIcons.java assets/icons
 */
public class MakeIcons {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512, 1024}) {
            byte[] bytes = png(draw(size));
            png.put(size, bytes);
            if (size <= 512) Files.write(out.resolve("rebook-" + size + ".png"), bytes);
        }
        writeIco(out.resolve("rebook.ico"), png, new int[] {16, 32, 48, 64, 128, 256});
        writeIcns(out.resolve("rebook.icns"), png);
    }

    static BufferedImage draw(int s) {
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double m = s * 0.06;
        g.setPaint(new GradientPaint(0, 0, new Color(0x2f, 0x81, 0xf7), 0, s, new Color(0x1a, 0x5f, 0xd0)));
        g.fill(new RoundRectangle2D.Double(m, m, s - 2 * m, s - 2 * m, s * 0.22, s * 0.22));
        // booking card
        g.setColor(Color.WHITE);
        double cx = s * 0.22, cy = s * 0.26, cw = s * 0.56, ch = s * 0.48;
        g.fill(new RoundRectangle2D.Double(cx, cy, cw, ch, s * 0.08, s * 0.08));
        g.setColor(new Color(0x1f, 0x6f, 0xeb));
        g.fill(new RoundRectangle2D.Double(cx, cy, cw, ch * 0.26, s * 0.08, s * 0.08));
        g.fillRect((int) cx, (int) (cy + ch * 0.14), (int) cw, (int) (ch * 0.12));
        if (s >= 32) {
            g.setColor(new Color(0xc9, 0xd7, 0xee));
            float line = (float) Math.max(1, s * 0.035);
            g.setStroke(new BasicStroke(line, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < 3; i++) {
                double y = cy + ch * (0.45 + i * 0.17);
                g.drawLine((int) (cx + cw * 0.14), (int) y, (int) (cx + cw * (i == 2 ? 0.5 : 0.86)), (int) y);
            }
        }
        // recovery arrow around the lower right corner
        g.setColor(new Color(0xff, 0xc8, 0x3d));
        float w = (float) Math.max(1.5, s * 0.07);
        g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double r = s * 0.2, ax = s * 0.64, ay = s * 0.64;
        g.draw(new Arc2D.Double(ax - r, ay - r, 2 * r, 2 * r, 200, 250, Arc2D.OPEN));
        double tipX = ax + r * Math.cos(Math.toRadians(90)), tipY = ay - r * Math.sin(Math.toRadians(90));
        int[] xs = {(int) (tipX - s * 0.09), (int) (tipX + s * 0.02), (int) (tipX - s * 0.06)};
        int[] ys = {(int) (tipY - s * 0.07), (int) tipY, (int) (tipY + s * 0.08)};
        g.fillPolygon(xs, ys, 3);
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG-compressed entries (supported since Windows Vista). */
    static void writeIco(Path file, Map<Integer, byte[]> png, int[] sizes) throws IOException {
        try (FileOutputStream fos = new FileOutputStream(file.toFile())) {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            le16(header, 0);
            le16(header, 1);
            le16(header, sizes.length);
            int offset = 6 + 16 * sizes.length;
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            for (int size : sizes) {
                byte[] bytes = png.get(size);
                header.write(size >= 256 ? 0 : size);
                header.write(size >= 256 ? 0 : size);
                header.write(0);
                header.write(0);
                le16(header, 1);
                le16(header, 32);
                le32(header, bytes.length);
                le32(header, offset + data.size());
                data.write(bytes);
            }
            fos.write(header.toByteArray());
            fos.write(data.toByteArray());
        }
    }

    /** ICNS with PNG entries: ic07 128, ic08 256, ic09 512, ic10 1024, ic11 32 (16@2x), ic12 64 (32@2x). */
    static void writeIcns(Path file, Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] bytes = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(bytes.length + 8);
            d.write(bytes);
        }
        try (DataOutputStream out = new DataOutputStream(new FileOutputStream(file.toFile()))) {
            out.writeBytes("icns");
            out.writeInt(body.size() + 8);
            out.write(body.toByteArray());
        }
    }

    static void le16(ByteArrayOutputStream o, int v) {
        o.write(v & 0xff);
        o.write((v >> 8) & 0xff);
    }

    static void le32(ByteArrayOutputStream o, int v) {
        le16(o, v & 0xffff);
        le16(o, (v >> 16) & 0xffff);
    }
}
