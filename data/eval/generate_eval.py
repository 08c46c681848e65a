"""Render the independent eval set (provenance only: eval.csv is frozen, do not re-run to change it).

Stdlib only, fixed seed. Every template is rendered at least once, the rest of the
rows are drawn by template weight (times LABEL_BOOST for the label). Exact duplicate lines are re-drawn.
"""
import collections
import csv
import glob
import importlib
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from eval_common import HTTP, LABELS, SN, render  # noqa: E402

SEED = 20251130
N_ROWS = 3600
# Per-label multiplier on template weights, so routine lines dominate as in real logs.
LABEL_BOOST = {SN: 1.6, HTTP: 1.5}
OUT = os.path.join(HERE, "eval.csv")


def load_templates():
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "eval_systems_*.py"))):
        out += importlib.import_module(os.path.basename(path)[:-3]).TEMPLATES
    ids = [t[2] for t in out]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    assert not dup, f"duplicate template ids: {dup}"
    return out


def generate(templates, n, seed):
    rng = random.Random(seed)
    weights = [t[4] * LABEL_BOOST.get(t[3], 1.0) for t in templates]
    seen, rows = set(), []
    order = list(templates)
    while len(order) < n:
        order += rng.choices(templates, weights=weights, k=n - len(order))
    for system, source, tid, label, _w, tpl in order[:n]:
        for _ in range(20):
            line = render(tpl, rng)
            if line not in seen:
                break
        if line in seen:
            continue
        seen.add(line)
        rows.append((system, source, line, label, tid))
    rng.shuffle(rows)
    return rows


def verify(rows):
    assert len(rows) >= 3000, len(rows)
    assert len({r[0] for r in rows}) >= 30, len({r[0] for r in rows})
    assert {r[3] for r in rows} == set(LABELS), set(LABELS) - {r[3] for r in rows}
    for r in rows:
        assert "\n" not in r[2] and "\r" not in r[2], r
    with open(OUT, newline="", encoding="utf-8") as f:
        back = [tuple(x) for x in csv.reader(f)]
    assert back[0] == ("system", "source", "log_message", "target_label", "template_id")
    assert back[1:] == [tuple(r) for r in rows], "CSV does not round-trip"


def main():
    templates = load_templates()
    rows = generate(templates, N_ROWS, SEED)
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["system", "source", "log_message", "target_label", "template_id"])
        w.writerows(rows)
    print(f"{len(templates)} templates, {len({t[0] for t in templates})} systems, {len(rows)} rows -> {OUT}")
    for lab, c in collections.Counter(r[3] for r in rows).most_common():
        print(f"  {lab:22s} {c:5d} {100 * c / len(rows):5.1f}%")
    verify(rows)
    print("verified")


if __name__ == "__main__":
    main()
