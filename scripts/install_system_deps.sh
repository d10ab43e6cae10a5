#!/bin/sh
# System packages for ingesting scans and legacy Word files, the graph picture, the browser tests and
# the PostgreSQL store tests
# (Debian/Ubuntu).
#   scripts/install_system_deps.sh            tesseract (Vietnamese) + poppler-utils + graphviz + chromium + postgresql
#   scripts/install_system_deps.sh --doc      also LibreOffice Writer (converts .doc/.rtf/.odt; ~280 MB)
# Installs with apt-get when run as root, otherwise prints the one command to run and
# exits 0 (OCR and .doc conversion are optional: without them those inputs fail with
# an IngestError naming the same fix). Idempotent and silent when everything is there.
set -eu

WANT_DOC=0
for arg in "$@"; do
  case "$arg" in
    --doc|--libreoffice) WANT_DOC=1 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

missing=""
command -v tesseract >/dev/null 2>&1 || missing="$missing tesseract-ocr"
if command -v tesseract >/dev/null 2>&1; then
  tesseract --list-langs 2>/dev/null | grep -qx vie || missing="$missing tesseract-ocr-vie"
  # the English model reads a pen's digits (ingest/handwriting.py) and a typed day or month cut out of
  # the page (ingest/slotread.py), digits only
  tesseract --list-langs 2>/dev/null | grep -qx eng || missing="$missing tesseract-ocr-eng"
else
  missing="$missing tesseract-ocr-vie tesseract-ocr-eng"
fi
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
# bench/synthscan.py prints official pages in a Times-metric serif with Vietnamese (Liberation Serif 2)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || missing="$missing fonts-liberation2"
command -v dot >/dev/null 2>&1 || missing="$missing graphviz"  # vanban graph --format svg, the web app's graph
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"  # the web app's browser tests (headless)
# the store's PostgreSQL backend: the tests start a throwaway server (initdb, pg_ctl; unaccent is in contrib)
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing="$missing postgresql postgresql-contrib"
fi
if [ "$WANT_DOC" = 1 ]; then
  command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"
fi

[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "vanban: optional system packages missing:$missing (install them with your package manager)" >&2
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "vanban: optional system packages missing (needed for scans / legacy .doc / graph pictures / browser tests); run:" >&2
  echo "  sudo apt-get install -y$missing" >&2
  exit 0
fi
echo "vanban: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
