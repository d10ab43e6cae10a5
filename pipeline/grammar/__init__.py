"""Grammars shared by the stages: số hiệu (docnumber), time expressions (timex),
Vietnamese numbers (vnnum) and the character classes they build on (regexes)."""
