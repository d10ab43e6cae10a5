"""Segmentation: a normalized text's zones (header cells, Kính gửi, body,
headings, footnotes, signature, Nơi nhận)."""
