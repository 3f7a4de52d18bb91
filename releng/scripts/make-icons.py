#!/usr/bin/env python3
"""Draws the console's 16x16 icons as PNG (pure Python, no imaging library on our machines).

Run from the repository root; writes bundles/org.nftoffload.ui/icons/*.png. Each icon is a list of
filled rectangles so that it stays legible at 16 px and in both light and dark themes.
"""
import struct, zlib, pathlib

def png(path, rects, size=16):
    px = [[(0, 0, 0, 0)] * size for _ in range(size)]
    for (x0, y0, x1, y1, rgba) in rects:
        for y in range(y0, y1):
            for x in range(x0, x1):
                px[y][x] = rgba
    raw = b"".join(b"\0" + b"".join(struct.pack("BBBB", *p) for p in row) for row in px)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    pathlib.Path(path).write_bytes(data)

DARK = (40, 60, 90, 255); BLUE = (60, 120, 200, 255); GREEN = (40, 170, 80, 255)
ORANGE = (230, 140, 30, 255); GREY = (150, 150, 150, 255); RED = (200, 50, 50, 255)
out = pathlib.Path("bundles/org.nftoffload.ui/icons")
out.mkdir(parents=True, exist_ok=True)
# a router box with two link LEDs
host = [(1, 5, 15, 12, DARK), (2, 6, 14, 11, BLUE), (3, 8, 5, 10, GREEN), (6, 8, 8, 10, GREEN),
        (4, 2, 5, 5, GREY), (11, 2, 12, 5, GREY)]
png(out / "host.png", host)
# three stacked routers
fleet = []
for dy in (0, 5, 10):
    fleet += [(1, dy + 1, 15, dy + 5, DARK), (2, dy + 2, 14, dy + 4, BLUE), (11, dy + 2, 13, dy + 4, GREEN)]
png(out / "fleet.png", fleet)
# a fast path arrow for flowtables
png(out / "flowtable.png", [(1, 6, 11, 10, ORANGE), (11, 3, 13, 13, ORANGE), (13, 5, 15, 11, ORANGE)])
png(out / "group.png", [(1, 3, 7, 13, DARK), (2, 4, 6, 12, BLUE), (9, 3, 15, 13, DARK), (10, 4, 14, 12, BLUE)])
png(out / "interface.png", [(3, 2, 13, 10, DARK), (4, 3, 12, 9, GREY), (7, 10, 9, 15, DARK)])
png(out / "error.png", [(3, 3, 13, 13, RED), (7, 5, 9, 10, (255, 255, 255, 255)), (7, 11, 9, 12, (255, 255, 255, 255))])
