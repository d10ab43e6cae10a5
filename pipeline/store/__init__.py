"""Storage: the SQLite store (db), bulk import (bulk) and exports (export)."""
