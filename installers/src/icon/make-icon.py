#!/usr/bin/env python3
"""Draws the explorer's icon: a hub chain with six satellite chains on a shared-security ring.

Standard library only, deterministic. Writes, beside this script:
  shared-security-explorer.png   256x256, Linux (.deb/.rpm desktop entry and app-image)
  shared-security-explorer.ico   16..256 px, PNG-compressed entries, Windows (.msi)
  shared-security-explorer.icns  128/256/512 px PNG entries, macOS (.dmg)

Run it again after changing the drawing: python3 installers/src/icon/make-icon.py
Colours are the explorer's own (Okabe-Ito) tokens from views/.../theme/tokens.css.
"""
import math
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "shared-security-explorer"

HUB = (0x00, 0x72, 0xB2)
SATELLITES = [(0x56, 0xB4, 0xE9), (0x00, 0x9E, 0x73), (0xE6, 0x9F, 0x00),
              (0xCC, 0x79, 0xA7), (0xF0, 0xE4, 0x42), (0xD5, 0x5E, 0x00)]
BG_TOP, BG_BOTTOM = (0x17, 0x3A, 0x5E), (0x0B, 0x1D, 0x33)
EDGE = (0xA9, 0xCB, 0xE8)
WHITE = (0xFF, 0xFF, 0xFF)


class Canvas:
    """Straight-alpha RGBA float canvas with anti-aliased shapes (coverage from signed distance)."""

    def __init__(self, size):
        self.size = size
        self.k = size / 256.0  # every coordinate below is on a 256 grid
        self.px = [[0.0, 0.0, 0.0, 0.0] for _ in range(size * size)]

    def _paint(self, bbox, sdf, colour, alpha=1.0):
        k = self.k
        x0, y0 = (max(0, int(math.floor(v * k)) - 1) for v in bbox[:2])
        x1, y1 = (min(self.size, int(math.ceil(v * k)) + 1) for v in bbox[2:])
        for y in range(y0, y1):
            for x in range(x0, x1):
                gx, gy = (x + 0.5) / k, (y + 0.5) / k  # pixel centre on the 256 grid
                d = sdf(gx, gy) * k  # distance in output pixels
                cov = min(1.0, max(0.0, 0.5 - d)) * alpha
                if cov <= 0.0:
                    continue
                if callable(colour):
                    c = colour(gx, gy)
                else:
                    c = colour
                p = self.px[y * self.size + x]
                a = cov + p[3] * (1.0 - cov)
                for i in range(3):
                    p[i] = (c[i] / 255.0 * cov + p[i] * p[3] * (1.0 - cov)) / a
                p[3] = a

    def rounded_square(self, x0, y0, x1, y1, r, colour):
        cx, cy, hx, hy = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2 - r, (y1 - y0) / 2 - r

        def sdf(x, y):
            qx, qy = abs(x - cx) - hx, abs(y - cy) - hy
            return math.hypot(max(qx, 0.0), max(qy, 0.0)) + min(max(qx, qy), 0.0) - r
        self._paint((x0, y0, x1, y1), sdf, colour)

    def disc(self, cx, cy, r, colour, alpha=1.0):
        self._paint((cx - r, cy - r, cx + r, cy + r), lambda x, y: math.hypot(x - cx, y - cy) - r, colour, alpha)

    def ring(self, cx, cy, r, width, colour, alpha=1.0):
        h = width / 2
        self._paint((cx - r - h, cy - r - h, cx + r + h, cy + r + h),
                    lambda x, y: abs(math.hypot(x - cx, y - cy) - r) - h, colour, alpha)

    def line(self, ax, ay, bx, by, width, colour, alpha=1.0):
        h = width / 2
        dx, dy = bx - ax, by - ay
        ll = dx * dx + dy * dy

        def sdf(x, y):
            t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / ll))
            return math.hypot(x - ax - t * dx, y - ay - t * dy) - h
        self._paint((min(ax, bx) - h, min(ay, by) - h, max(ax, bx) + h, max(ay, by) + h), sdf, colour, alpha)

    def png(self):
        rows = bytearray()
        for y in range(self.size):
            rows.append(0)  # filter: none
            for x in range(self.size):
                r, g, b, a = self.px[y * self.size + x]
                rows += bytes((round(r * 255), round(g * 255), round(b * 255), round(a * 255)))

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        header = struct.pack(">IIBBBBB", self.size, self.size, 8, 6, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def draw(size):
    c = Canvas(size)
    cx = cy = 128.0

    def gradient(x, y):
        t = min(1.0, max(0.0, (y - 8) / 240))
        return tuple(BG_TOP[i] + (BG_BOTTOM[i] - BG_TOP[i]) * t for i in range(3))
    c.rounded_square(8, 8, 248, 248, 48, gradient)
    orbit = 82.0
    c.ring(cx, cy, orbit, 3.0, EDGE, 0.35)
    spots = [(cx + orbit * math.cos(math.radians(-90 + 60 * i)), cy + orbit * math.sin(math.radians(-90 + 60 * i)))
             for i in range(6)]
    for sx, sy in spots:
        c.line(cx, cy, sx, sy, 7.0, EDGE, 0.9)
    for (sx, sy), colour in zip(spots, SATELLITES):
        c.disc(sx, sy, 21.0, WHITE)
        c.disc(sx, sy, 17.0, colour)
    c.disc(cx, cy, 40.0, WHITE)
    c.disc(cx, cy, 33.0, HUB)
    c.disc(cx, cy, 12.0, WHITE, 0.9)
    return c.png()


def ico(images):
    """ICO with PNG-compressed entries (Windows Vista and later)."""
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return head + entries + blobs


def icns(images):
    """ICNS with PNG entries: ic07 128, ic08 256, ic09 512 (macOS 10.7 and later)."""
    kinds = {128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(kinds[s] + struct.pack(">I", 8 + len(d)) + d for s, d in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main():
    sizes = {s: draw(s) for s in (16, 24, 32, 48, 64, 128, 256, 512)}
    (HERE / f"{NAME}.png").write_bytes(sizes[256])
    (HERE / f"{NAME}.ico").write_bytes(ico([(s, sizes[s]) for s in (16, 24, 32, 48, 64, 128, 256)]))
    (HERE / f"{NAME}.icns").write_bytes(icns([(s, sizes[s]) for s in (128, 256, 512)]))
    for ext in ("png", "ico", "icns"):
        print(f"wrote {HERE / (NAME + '.' + ext)}")


if __name__ == "__main__":
    main()
