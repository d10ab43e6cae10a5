"""Calibrate quantities[].confidence (issue 10): per evidence class, found vs spurious on two halves of a gold folder.

    .venv/bin/python scripts/quantity_confidence.py corpus/heldout/gold [--split 716] [--last 771] [--drop CLASS[:DOCTYPE]]...

Each gold's text is parsed with every class given a distinct sentinel confidence (so the classes are told apart
whatever EVIDENCE_CONFIDENCE holds), the record's quantities are paired with the gold's as `vanban eval` pairs them
(vanban.evaluate.pair) and each output is counted found (paired) or spurious, by class, for the tuning half (gold
files numbered under --split) and the check half (from --split to --last: the rounds still being measured at first
stay out). `--drop` scores both halves again with that
class's items left out (only in documents of DOCTYPE when given): the micro F1 a threshold would give. Dev time only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from vanban import parse_file
from vanban.evaluate import gold_as_record, list_items, load_gold, pair, score
from vanban.extract import quantities as q

_NUMBER_RE = re.compile(r"h(\d+)")
_REPAIRED = "(ocr_repaired)"  # a tally across the classes: items whose figure OCR's look-alike letters were read in


def _half(name: str, split: int) -> str:
    m = _NUMBER_RE.match(name)
    return "tuning" if m is None or int(m.group(1)) < split else "check"


def _records(gold_dir: Path, golds: dict[str, dict]) -> dict[str, dict]:
    root = gold_dir.parent
    out = {}
    for name, gold in golds.items():
        text = root / (gold.get("file") or f"{name}.txt")
        if text.is_file():
            try:
                out[name] = parse_file(text).model_dump(mode="json")
            except Exception as e:  # as `vanban eval`: the document has no record, its gold items are missed
                print(f"warning: {name}: parse failed: {e!r}", file=sys.stderr)
    return out


def _counts(golds: dict[str, dict], records: dict[str, dict], by_value: dict[float, str],
            split: int) -> Counter[tuple[str, str, str, bool]]:
    """(half, class, doc type, found) -> items."""
    counts: Counter[tuple[str, str, str, bool]] = Counter()
    for name, rec in records.items():
        outs = list_items(rec, "quantities")
        pairs = pair("quantities", list_items(gold_as_record(golds[name]), "quantities"), outs)
        paired = {j for _, j in pairs}
        doc_type = (rec.get("doc_type") or {}).get("code") or "-"
        repaired = [w["span"] for w in rec.get("warnings") or [] if w["code"] == "figure_repaired" and w.get("span")]
        for j, o in enumerate(outs):
            counts[_half(name, split), by_value[o["confidence"]], doc_type, j in paired] += 1
            a, b = o.get("span") or (0, 0)
            if any(a <= x < b for x, _ in repaired):  # an OCR-repaired figure, of any class
                counts[_half(name, split), _REPAIRED, doc_type, j in paired] += 1
    return counts


def _micro(golds: dict[str, dict], records: dict[str, dict]) -> str:
    m = score(golds, records).micro
    return f"{m.f1:.4f} ({m.tp}/{m.fp}/{m.fn})"


def _dropped(records: dict[str, dict], by_value: dict[float, str], drop: str) -> dict[str, dict]:
    cls, _, doc_type = drop.partition(":")
    out = {}
    for name, rec in records.items():
        if doc_type and ((rec.get("doc_type") or {}).get("code") or "-") != doc_type:
            out[name] = rec
            continue
        kept = [x for x in rec.get("quantities") or [] if by_value[x["confidence"]] != cls]
        out[name] = rec | {"quantities": kept}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--split", type=int, default=716, help="the first gold number of the check half")
    ap.add_argument("--last", type=int, help="the last gold number read (default: every one)")
    ap.add_argument("--drop", action="append", default=[], help="CLASS or CLASS:DOCTYPE to score without")
    args = ap.parse_args()
    sentinels = {e: round(0.5 - 0.01 * i, 2) for i, e in enumerate(q.Evidence)}
    q.EVIDENCE_CONFIDENCE.update(sentinels)  # this process only: every class told apart
    by_value = {v: e.value for e, v in sentinels.items()}
    golds = {n: g for n, g in load_gold(args.gold).items()
             if args.last is None or (m := _NUMBER_RE.match(n)) is None or int(m.group(1)) <= args.last}
    records = _records(args.gold, golds)
    counts = _counts(golds, records, by_value, args.split)
    print(f"{'class':<16}{'tuning found/spurious':>24}{'P':>7}{'check found/spurious':>24}{'P':>7}")
    for cls in [*(e.value for e in q.Evidence), _REPAIRED]:
        row = f"{cls:<16}"
        for half in ("tuning", "check"):
            f = sum(n for (h, c, _, ok), n in counts.items() if h == half and c == cls and ok)
            s = sum(n for (h, c, _, ok), n in counts.items() if h == half and c == cls and not ok)
            row += f"{f'{f}/{s}':>24}{f / (f + s) if f + s else float('nan'):>7.3f}"
        print(row)
    print("\nspurious by class and document type (both halves): class doc_type found/spurious")
    for (cls, doc_type), _ in Counter((c, d) for (_, c, d, ok), n in counts.items() if not ok).most_common():
        f = sum(n for (_, c, d, ok), n in counts.items() if c == cls and d == doc_type and ok)
        s = sum(n for (_, c, d, ok), n in counts.items() if c == cls and d == doc_type and not ok)
        print(f"  {cls:<16}{doc_type:<6}{f}/{s}")
    halves = {h: {n for n in golds if _half(n, args.split) == h} for h in ("tuning", "check")}
    for half, names in halves.items():
        g = {n: golds[n] for n in names}
        r = {n: records[n] for n in names if n in records}
        print(f"\n{half} ({len(g)} documents) micro F1 (tp/fp/fn): as is {_micro(g, r)}")
        for drop in args.drop:
            print(f"  without {drop}: {_micro(g, _dropped(r, by_value, drop))}")


if __name__ == "__main__":
    main()
