"""Package data: the spaCy config (config.cfg) and the pattern tables (tables/*.tsv).

Installed as `vanban.models`; read with importlib.resources (see vanban.tables).
"""
