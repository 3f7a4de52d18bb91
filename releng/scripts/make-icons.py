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
# the object tree's other kinds (navigator)
YELLOW = (235, 190, 40, 255); PURPLE = (130, 80, 180, 255); WHITE = (255, 255, 255, 255)
png(out / "folder.png", [(1, 4, 7, 6, YELLOW), (1, 5, 15, 13, YELLOW), (2, 7, 14, 12, (250, 215, 90, 255))])
# a rule: a list line with an arrow into the fast path
png(out / "rule.png", [(1, 3, 9, 5, DARK), (1, 7, 9, 9, DARK), (1, 11, 9, 13, DARK), (10, 6, 13, 10, ORANGE), (13, 7, 15, 9, ORANGE)])
# a profile: a sheet with a flowtable arrow on it
png(out / "profile.png", [(2, 1, 14, 15, DARK), (3, 2, 13, 14, WHITE), (4, 7, 9, 10, ORANGE), (9, 5, 10, 12, ORANGE), (10, 7, 12, 10, ORANGE)])
png(out / "flowtable-template.png", [(1, 6, 11, 10, GREY), (11, 3, 13, 13, GREY), (13, 5, 15, 11, GREY), (1, 1, 5, 4, PURPLE)])
png(out / "rule-template.png", [(1, 3, 9, 5, GREY), (1, 7, 9, 9, GREY), (1, 11, 9, 13, GREY), (10, 6, 13, 10, GREY), (11, 1, 15, 4, PURPLE)])
# sysctls: three sliders
png(out / "sysctl.png", [(2, 3, 14, 4, GREY), (2, 8, 14, 9, GREY), (2, 13, 14, 14, GREY), (4, 1, 7, 6, BLUE), (9, 6, 12, 11, BLUE), (5, 11, 8, 16, BLUE)])
# a live table the console does not own: an eye
png(out / "live.png", [(2, 6, 14, 11, DARK), (3, 7, 13, 10, WHITE), (6, 6, 10, 11, GREEN), (7, 7, 9, 10, DARK)])
png(out / "module.png", [(3, 3, 13, 13, DARK), (4, 4, 12, 12, GREEN), (1, 5, 3, 6, GREY), (1, 10, 3, 11, GREY), (13, 5, 15, 6, GREY), (13, 10, 15, 11, GREY)])
# a role binding: a tag tied to a port
png(out / "role.png", [(1, 5, 9, 11, PURPLE), (2, 7, 4, 9, WHITE), (9, 7, 12, 9, GREY), (12, 4, 15, 12, DARK)])
# problem overlays for the navigator's decorations (bottom left of an icon)
png(out / "error_ovr.png", [(0, 0, 7, 7, RED), (3, 1, 4, 4, WHITE), (3, 5, 4, 6, WHITE)], size=7)
png(out / "warning_ovr.png", [(0, 0, 7, 7, YELLOW), (3, 1, 4, 4, DARK), (3, 5, 4, 6, DARK)], size=7)
# a tag (the fleet's tags in the navigator): a label with a hole, pointing left
png(out / "tag.png", [(6, 3, 15, 13, GREEN), (4, 5, 6, 11, GREEN), (2, 7, 4, 9, GREEN), (7, 7, 9, 9, WHITE)])
