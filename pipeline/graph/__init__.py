"""The directive graph: issuing bodies (bodies), citation linking (link), the
graph tables and their formats (build), and the analyst's queries (queries)."""
