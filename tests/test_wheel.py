"""The wheel, not the checkout: build it, install it into a fresh venv, parse a sample from outside the repo.

An editable install reads pipeline/, schemas/ and models/ from the checkout, so it cannot show that
the wheel carries its package data (config.cfg, tables, templates). Nothing is downloaded: the wheel
is built with this environment's setuptools (--no-build-isolation, --no-index) and the fresh venv
borrows this environment's site-packages for the dependencies through a .pth file (which adds the
folders but runs none of their .pth files, so the editable install of the checkout stays invisible).
"""

from __future__ import annotations

import json
import shutil
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "samples" / "000_3b4e9c3261a24426.txt"
SOURCES = ("pyproject.toml", "README.md", "pipeline", "schemas", "models")  # what the build reads

pytestmark = pytest.mark.slow

CHECK = """
import json, sys
from pathlib import Path
import vanban
from vanban import parse_file
rec = parse_file(Path(sys.argv[1])).model_dump(mode="json")
print(json.dumps({"file": vanban.__file__, "number": (rec["number"] or {}).get("normalized"),
                  "schema": rec["schema_version"], "issuer": (rec["issuer"] or {}).get("name")}))
"""


def _dependency_paths() -> list[str]:
    """This interpreter's site-packages folders (the shared environment's too, via its .pth)."""
    paths = [*site.getsitepackages(), sysconfig.get_paths()["purelib"]]
    paths += [p for p in sys.path if p.endswith(("site-packages", "dist-packages"))]
    return list(dict.fromkeys(p for p in paths if Path(p).is_dir()))


def _build_wheel(tmp: Path) -> Path:
    src = tmp / "src"
    src.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, src / name)
    out = tmp / "dist"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                            "-q", "-w", str(out), str(src)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]  # e.g. setuptools < 77 in this venv: run make install
    wheels = list(out.glob("vanban-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def _fresh_venv(tmp: Path) -> Path:
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=True).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    Path(purelib, "_vanban_test_deps.pth").write_text("\n".join(_dependency_paths()) + "\n", encoding="utf-8")
    return python


def test_the_wheel_installs_and_parses_outside_the_repo(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path)
    python = _fresh_venv(tmp_path)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                    "-q", str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    sample = shutil.copy(SAMPLE, elsewhere / "cv.txt")
    env = {"PATH": str(python.parent), "HF_HUB_OFFLINE": "1", "HOME": str(tmp_path)}  # no PYTHONPATH
    run = subprocess.run([str(python), "-c", CHECK, str(sample)], cwd=elsewhere, env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert Path(got["file"]).is_relative_to(tmp_path / "venv"), got["file"]  # the wheel, not the checkout
    assert got["schema"] and got["number"] and got["issuer"]
    # the console script of the wheel
    cli = subprocess.run([str(python.parent / "vanban"), "parse", str(sample)], cwd=elsewhere, env=env,
                         capture_output=True, text=True)
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout)["number"]["normalized"] == got["number"]
