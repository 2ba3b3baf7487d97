"""The speaker timeline as bar geometry for an inline SVG: drawn on the server, so the chart needs no
JavaScript library and works offline and with scripts disabled."""
from __future__ import annotations

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 720, 180, 36, 24, 10


def chart(periods: list[dict], unit: str) -> dict:
    """Bars, y-axis ticks and a few x labels for `periods` ([{period, count}], oldest first)."""
    if not periods:
        return {"bars": [], "ticks": [], "labels": [], "width": WIDTH, "height": HEIGHT}
    peak = max(p["count"] for p in periods) or 1
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    step = plot_w / len(periods)
    bars = []
    for i, p in enumerate(periods):
        h = plot_h * p["count"] / peak
        bars.append({"x": round(LEFT + i * step + step * 0.1, 1), "w": round(max(step * 0.8, 1), 1),
                     "y": round(TOP + plot_h - h, 1), "h": round(h, 1), "count": p["count"],
                     "label": _label(p["period"], unit)})
    ticks = sorted({0, peak // 2, peak}) if peak > 1 else [0, 1]
    ticks = [{"value": t, "y": round(TOP + plot_h - plot_h * t / peak, 1)} for t in ticks]
    every = max(1, len(periods) // 8)  # at most about eight x labels, so they never overlap
    labels = [{"x": round(b["x"] + b["w"] / 2, 1), "text": b["label"]} for b in bars[::every]]
    return {"bars": bars, "ticks": ticks, "labels": labels, "width": WIDTH, "height": HEIGHT,
            "baseline": TOP + plot_h, "left": LEFT, "label_y": HEIGHT - 6}


def _label(period: str, unit: str) -> str:
    return period[:7] if unit == "month" else period[5:]  # 2025-09 / 09-01 (a week's Monday)
