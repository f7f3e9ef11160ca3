#!/usr/bin/env python3
"""Writes resources/sounds/ring.wav: one ring cycle (two 0.4 s bursts of 440+480 Hz, the
North American ring pair, 0.2 s apart, then 1.6 s of silence), 8 kHz 16-bit mono, ~42 KB.
The softphone loops it while a call rings. Run again only to change the tone."""
import math
import struct
import sys
import wave

RATE = 8000
VOLUME = 0.45  # of full scale; the agent's volume setting scales it further


def burst(seconds):
    n = int(RATE * seconds)
    fade = int(RATE * 0.01)  # 10 ms ramps: no clicks at the edges
    for i in range(n):
        t = i / RATE
        s = 0.5 * (math.sin(2 * math.pi * 440 * t) + math.sin(2 * math.pi * 480 * t))
        ramp = min(1.0, i / fade, (n - 1 - i) / fade)
        yield s * ramp * VOLUME


def silence(seconds):
    return (0.0 for _ in range(int(RATE * seconds)))


def main(path):
    samples = [*burst(0.4), *silence(0.2), *burst(0.4), *silence(1.6)]
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "resources/sounds/ring.wav")
