"""Resource limits checked before a file is parsed, so one hostile file cannot exhaust the machine.

A 3.7 MB DOCX can inflate to a gigabyte, a PDF can have thousands of pages and
a small PNG can declare a billion pixels. Each limit is checked from the cheap
facts (the ZIP directory, the page count, the image header) before the expensive
work starts, and an exceeded limit is an IngestError naming the limit and the
command-line flag that raises it. `vanban parse`, `vanban import` and the API
take the same `Limits`.
"""

from __future__ import annotations

import argparse
import zipfile
from dataclasses import dataclass

from vanban.errors import IngestError

MB = 1024 * 1024
# Defaults are generous: a real administrative document is far below every one of them.
MAX_UNZIPPED_MB = 256  # all members of a DOCX/ODT together, as the ZIP directory declares them
MAX_ZIP_ENTRIES = 5000  # members of a DOCX/ODT (a long report with images has a few hundred)
MAX_PAGES = 1000  # PDF pages
MAX_PIXELS = 200_000_000  # pixels of an image file, all frames together (a 600 dpi A3 page is 70 M)


@dataclass(frozen=True)
class Limits:
    max_unzipped_mb: int = MAX_UNZIPPED_MB
    max_zip_entries: int = MAX_ZIP_ENTRIES
    max_pages: int = MAX_PAGES
    max_pixels: int = MAX_PIXELS


DEFAULT = Limits()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The limit flags, for every command that reads files (parse, import)."""
    g = parser.add_argument_group("limits (a file over a limit fails with a message naming its flag)")
    g.add_argument("--max-unzipped-mb", type=int, default=MAX_UNZIPPED_MB, metavar="MB",
                   help=f"decompressed size of a DOCX/ODT package (default {MAX_UNZIPPED_MB})")
    g.add_argument("--max-zip-entries", type=int, default=MAX_ZIP_ENTRIES, metavar="N",
                   help=f"members of a DOCX/ODT package (default {MAX_ZIP_ENTRIES})")
    g.add_argument("--max-pages", type=int, default=MAX_PAGES, metavar="N",
                   help=f"pages of a PDF (default {MAX_PAGES})")
    g.add_argument("--max-pixels", type=int, default=MAX_PIXELS, metavar="N",
                   help=f"pixels of an image file, all frames (default {MAX_PIXELS:,})")


def from_args(args: argparse.Namespace) -> Limits:
    return Limits(args.max_unzipped_mb, args.max_zip_entries, args.max_pages, args.max_pixels)


def check_zip(z: zipfile.ZipFile, limits: Limits, path: str | None) -> None:
    """Entry count and declared decompressed size, read from the central directory.

    Python's zipfile never inflates a member past its declared size (the CRC check
    fails instead), so the declared sizes bound what parsing can allocate.
    """
    infos = z.infolist()
    if len(infos) > limits.max_zip_entries:
        raise IngestError(
            f"package has {len(infos)} members, over the limit of {limits.max_zip_entries} "
            "(--max-zip-entries raises it)", path)
    total = sum(i.file_size for i in infos)
    if total > limits.max_unzipped_mb * MB:
        raise IngestError(
            f"package inflates to {total / MB:,.0f} MB, over the limit of {limits.max_unzipped_mb} MB "
            "(a ZIP bomb or a huge document; --max-unzipped-mb raises it)", path)


def check_pixels(n: int, limits: Limits, path: str | None) -> None:
    if n > limits.max_pixels:
        raise IngestError(
            f"image has {n:,} pixels, over the limit of {limits.max_pixels:,} (--max-pixels raises it)", path)
