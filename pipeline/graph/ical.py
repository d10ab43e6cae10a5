"""iCalendar (RFC 5545) for deadlines and events: what `vanban deadlines --ics` writes.

One VEVENT per deadline: a recurring duty is one event with an RRULE (not a copy per
occurrence), bounded by its document's active year; times carry TZID=Asia/Ho_Chi_Minh with
its VTIMEZONE; a deadline given as a month, quarter or year is an all-day event on the
period's last day with the period in its summary. `write_ics` says how many events it wrote
and which deadlines it could not place (a recurring duty of an undated document).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

TZID = "Asia/Ho_Chi_Minh"
# Việt Nam keeps UTC+7 all year (no daylight saving since 1975): one STANDARD block
VTIMEZONE = ["BEGIN:VTIMEZONE", f"TZID:{TZID}", "BEGIN:STANDARD", "DTSTART:19750613T000000",
             "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:ICT", "END:STANDARD", "END:VTIMEZONE"]
SUMMARY_CHARS = 200
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (CRLF + space), never inside a UTF-8 character."""
    out: list[str] = []
    cur, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with one space
        if size + n > limit:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out)


@dataclass
class CalEvent:
    """What one VEVENT says; `start` is a date (all day) or a datetime (local time in TZID)."""

    uid: str
    start: date | datetime
    summary: str
    description: str = ""
    rrule: str | None = None
    location: str | None = None
    end: date | None = None  # the last day of an all-day range


@dataclass
class Calendar:
    events: list[CalEvent] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # why a deadline has no event

    def text(self, stamp: datetime | None = None) -> str:
        stamp_s = (stamp or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//vanban//deadlines//VI", "CALSCALE:GREGORIAN",
                 "METHOD:PUBLISH", f"X-WR-TIMEZONE:{TZID}", *VTIMEZONE]
        for e in self.events:
            lines += _vevent(e, stamp_s)
        lines.append("END:VCALENDAR")
        return "".join(ics_fold(x) + "\r\n" for x in lines)


def _vevent(e: CalEvent, stamp: str) -> list[str]:
    if isinstance(e.start, datetime):
        when = [f"DTSTART;TZID={TZID}:{e.start.strftime('%Y%m%dT%H%M%S')}",
                f"DTEND;TZID={TZID}:{(e.start + timedelta(minutes=30)).strftime('%Y%m%dT%H%M%S')}"]
    else:
        last = e.end if e.end and e.end >= e.start else e.start
        when = [f"DTSTART;VALUE=DATE:{e.start.strftime('%Y%m%d')}",
                f"DTEND;VALUE=DATE:{(last + timedelta(days=1)).strftime('%Y%m%d')}"]
    out = ["BEGIN:VEVENT", f"UID:{e.uid}", f"DTSTAMP:{stamp}", *when]
    if e.rrule:
        out.append("RRULE:" + e.rrule)
    out += ["SUMMARY:" + ics_escape(e.summary[:SUMMARY_CHARS]), "DESCRIPTION:" + ics_escape(e.description)]
    if e.location:
        out.append("LOCATION:" + ics_escape(e.location))
    out.append("END:VEVENT")
    return out


def rrule(freq: str, day: int | None, month: int | None, weekday: int | None, until: date) -> str | None:
    """The RRULE of a stored recurrence, as the expansion in queries.occurrences reads it."""
    end = f";UNTIL={until.strftime('%Y%m%d')}T235959Z"
    by_day = f";BYMONTHDAY={day}" if day else ";BYMONTHDAY=-1"  # no day printed: the month's last day
    rules = {
        "daily": "FREQ=DAILY",
        "weekly": f"FREQ=WEEKLY;BYDAY={WEEKDAYS[(weekday or 1) - 1]}",
        "monthly": "FREQ=MONTHLY" + by_day,
        "quarterly": "FREQ=MONTHLY;INTERVAL=3" + by_day,
        "yearly": f"FREQ=YEARLY;BYMONTH={month}" + by_day if month else None,
    }
    rule = rules.get(freq)
    return rule + end if rule else None
