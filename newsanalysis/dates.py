"""Publication dates to UTC, never guessed.

Accepted, in this order:

1. ``datetime``/``Timestamp`` objects, and numbers as Unix epoch time
   (seconds; milliseconds when above 10^11, as in JSON exports of scrapers).
2. ISO 8601 (``2024-06-19``, ``2024-06-19T10:00:00+09:00``, ``…Z``) and
   RFC 2822 (``Wed, 19 Jun 2024 10:00:00 +0200``, RSS feeds).
3. The patterns of ``resources/<lang>/dates.yaml`` (month names and
   regular expressions with named groups ``year, month, day, hour, minute,
   second, ampm``), e.g. German "5. Juni 2024", "05.06.2024", "Stand: 19.06.2024
   11:47 Uhr"; English "June 5, 2024", "5 June 2024"; Korean "2024.06.05",
   "2024년 6월 5일", "2024/06/05", "2024.06.05(수)", "입력 2024.06.05. 오후
   3:20:45"; Russian "5 июня 2024". The article's language is tried
   first, then every other language folder.

4. Numeric dates with slashes: ``11/30/2024`` (month first) and
   ``30/11/2024`` (day first) when a number above 12 tells the order, or when
   both orders give the same day (``05/05/2024``). An ambiguous one
   (``03/04/2024``) is read in the order ``dayfirst=`` gives (True: day first,
   False: month first); the loader infers that order per file and date column
   from the values that tell it (:func:`slash_order`).
5. Digit strings: 10 digits are Unix epoch seconds, 13 digits epoch
   milliseconds (``"1719792000"`` in a CSV), 8 digits ``YYYYMMDD`` and 14
   digits ``YYYYMMDDHHMMSS`` (GDELT); integers of 8 or 14 digits are read
   the same way (as epoch seconds they would fall in 1970).

Any of the text forms may end in a time-zone abbreviation from
``resources/loading/time_zones.csv`` ("Nov 30, 2024 10:15 AM EST" is
15:15 UTC); the table is small and US-first (CST is US Central).

A date-time with no time zone is read as UTC and says so in the note; a
date without a time of day ("2024-06-19", "19.07.2024", a spreadsheet date
cell) is that calendar day at 00:00 UTC with no note, since a day has no time
zone question to ask (before trial s14 every such value got the note, 50 lines
of noise for one export). A value
that fits no rule, or names an impossible day, is ``NaT`` with the reason
in the note. Ambiguous numeric orders such as ``05/06/2024`` are not
accepted without an order (they would be a guess): ``NaT``, with a note naming
both readings; with ``dayfirst=`` they are read in that order, and a value the
order cannot read ("11/30/2024" with ``dayfirst=True``) is ``NaT`` with a note.
"""
from __future__ import annotations

import datetime as _dt
import email.utils
import re
from functools import lru_cache

import pandas as pd

from ._tables import resource_path

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?| ?UTC)?$", re.I)
_RFC2822 = re.compile(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|GMT|UT|UTC|Z)$")
_HAS_ZONE = re.compile(r"(?:Z|[+-]\d{2}(?::?\d{2})?|UTC)$", re.I)


_SLASH = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})(?:,?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})"
                    r"(?::(?P<second>\d{2}))?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?$")
_DIGITS = re.compile(r"^\d+(?:\.0+)?$")


@lru_cache(maxsize=1)
def time_zones() -> dict[str, pd.Timedelta]:
    """Time-zone abbreviations read at the end of a date: upper-case abbreviation → UTC offset.

    From ``resources/loading/time_zones.csv`` (columns ``abbreviation, offset, zone``).
    """
    table = pd.read_csv(resource_path("loading", "time_zones.csv"), comment="#", dtype=str)
    return {a.strip().upper(): pd.Timedelta(hours=int(o[:3]), minutes=int(o[0] + o[4:6]))
            for a, o in zip(table["abbreviation"], table["offset"])}


def _split_zone(s: str) -> tuple[str, pd.Timedelta | None, str | None]:
    """``(rest, offset, abbreviation)``: a trailing zone abbreviation ("EST", "(KST)") removed from ``s``."""
    m = re.search(r"[\s,]+\(?([A-Za-z]{1,5})\)?$", s)
    if m and m.group(1).upper() in time_zones() and m.group(1).upper() != "Z":
        return s[:m.start()].strip(), time_zones()[m.group(1).upper()], m.group(1).upper()
    return s, None, None


@lru_cache(maxsize=1)
def _rules() -> list[tuple[str, dict, list[re.Pattern]]]:
    import yaml

    out = []
    root = resource_path()
    for f in sorted(root.glob("*/dates.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        months = {str(k).lower(): int(v) for k, v in (data.get("months") or {}).items()}
        pats = [re.compile(p, re.I) for p in data.get("patterns") or []]
        out.append((f.parent.name, months, pats))
    return out


def month_names(language: str) -> frozenset[str]:
    """Lower-case month names and abbreviations of ``language`` (from its dates.yaml).

    Empty for a language without a ``dates.yaml``.
    """
    return frozenset(m for lang, months, _ in _rules() if lang == language for m in months)


def parse_date(value, language: str | None = None, *, dayfirst: bool | None = None,
               timezone: str | None = None) -> tuple[pd.Timestamp, str | None]:
    """Parse one date value to a UTC timestamp.

    Parameters
    ----------
    value : str, number, datetime or None
        The date as the source gives it.
    language : str, optional
        ISO 639-1 code whose patterns are tried first.
    dayfirst : bool, optional
        The order of a numeric date with slashes whose numbers are both 12 or less ("03/04/2024"): True
        reads day/month/year (3 April), False month/day/year (4 March); None (default) reads none of them
        (``NaT`` with a note naming both readings). With an order given, a value that cannot be read in it
        ("11/30/2024" with ``dayfirst=True``: 30 is no month) is ``NaT`` with a note; values that need no
        order ("30/11/2024" with None) are read as they are.
    timezone : str, optional
        IANA name of the zone in which date-times *without* a zone are wall-clock time (``"Asia/Seoul"`` for
        a Korean portal's "2024.06.19. 오후 3:20"): they are converted from it to UTC (06:20 UTC) and get no
        note. Values with a zone or offset are converted from their own; a date without a time of day stays
        that calendar day at 00:00 UTC. None (default): such date-times are read as UTC, with a note.

    Returns
    -------
    (Timestamp, note)
        A tz-aware UTC ``Timestamp`` (or ``NaT``) and ``None`` or a note:
        why it is ``NaT`` ("unparseable date …", "impossible date …"), or
        that a date-time without time zone was read as UTC (a date without a
        time of day gets no note).

    Raises
    ------
    ValueError
        If ``timezone`` is not a zone name the system's time-zone database knows.
    """
    ts, note = _parse_date(value, language, dayfirst=dayfirst)
    if timezone is None:
        return ts, note
    zone = zone_info(timezone)
    if note is not None and note.endswith(_NO_ZONE) and ts is not pd.NaT:
        # read as UTC wall time above: it is wall time in the zone given
        local = ts.tz_convert(None).tz_localize(zone, ambiguous=True, nonexistent="shift_forward")
        return local.tz_convert("UTC"), None
    return ts, note


def zone_info(timezone: str):
    """The ``zoneinfo.ZoneInfo`` of an IANA zone name; ValueError naming the value when it is unknown."""
    import zoneinfo

    try:
        return zoneinfo.ZoneInfo(str(timezone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as e:
        raise ValueError(f"timezone {timezone!r} is not an IANA time-zone name (e.g. 'Asia/Seoul', "
                         f"'Europe/Berlin'): {e}") from None


def _parse_date(value, language: str | None = None, *, dayfirst: bool | None = None) -> tuple[pd.Timestamp, str | None]:
    """:func:`parse_date` without the ``timezone`` step."""
    if value is None or value == "" or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return pd.NaT, None
    if isinstance(value, (_dt.datetime, _dt.date, pd.Timestamp)):
        ts = pd.Timestamp(value)
        return _to_utc(ts, value)
    if isinstance(value, bool):
        return pd.NaT, f"unparseable date {value!r}: not a date"
    if isinstance(value, (int, float)):
        if float(value).is_integer() and len(str(int(value))) in (8, 14):
            # 20240619 or 20240619143000 as a number (a GDELT column read as integers): a date, not 1970
            return _digits(str(int(value)), value)
        unit = "ms" if abs(value) > 1e11 else "s"
        try:
            return pd.Timestamp(value, unit=unit, tz="UTC"), None
        except (ValueError, OverflowError) as e:
            return pd.NaT, f"unparseable date {value!r}: {e}"
    s = str(value).strip()
    if _DIGITS.match(s):
        return _digits(s, value)
    if not _ISO.match(s) and not _RFC2822.match(s):
        rest, offset, abbr = _split_zone(s)
        if offset is not None:
            ts, note = parse_date(rest, language, dayfirst=dayfirst)
            if ts is pd.NaT:
                return ts, note and note.replace(repr(rest), repr(value))
            # the rest was read as UTC wall time: it is wall time in the named zone
            return _to_utc(ts.tz_convert(None).tz_localize(_dt.timezone(offset.to_pytimedelta())), value)
    if _ISO.match(s):
        try:
            return _to_utc(pd.Timestamp(s.replace(" UTC", "Z").replace("UTC", "Z")), s)
        except ValueError as e:
            return pd.NaT, f"impossible date {value!r}: {e}"
    if _RFC2822.match(s):
        try:
            return _to_utc(pd.Timestamp(email.utils.parsedate_to_datetime(s)), s)
        except (ValueError, TypeError) as e:
            return pd.NaT, f"impossible date {value!r}: {e}"
    m = _SLASH.match(s)
    if m:
        return _slashed(m, value, dayfirst)
    rules = _rules()
    if language:
        rules = sorted(rules, key=lambda r: r[0] != language)
    for _lang, months, pats in rules:
        for pat in pats:
            m = pat.match(s)
            if not m:
                continue
            g = m.groupdict()
            month = g.get("month")
            if month is None:
                continue
            if month.isdigit():
                mon = int(month)
            else:
                mon = months.get(month.lower().rstrip("."))
                if mon is None:
                    continue
            hour = int(g["hour"]) if g.get("hour") else 0
            ampm = (g.get("ampm") or "").lower().replace(".", "")
            if ampm in ("pm", "오후") and hour < 12:
                hour += 12
            elif ampm in ("am", "오전") and hour == 12:
                hour = 0
            try:
                ts = pd.Timestamp(year=int(g["year"]), month=mon, day=int(g["day"]), hour=hour,
                                  minute=int(g["minute"]) if g.get("minute") else 0,
                                  second=int(g["second"]) if g.get("second") else 0)
            except ValueError as e:
                return pd.NaT, f"impossible date {value!r}: {e}"
            return ts.tz_localize("UTC"), _no_zone_note(value) if g.get("hour") else None
    return pd.NaT, f"unparseable date {value!r}: fits no known format"


def _digits(s: str, value) -> tuple[pd.Timestamp, str | None]:
    """A string of digits: epoch seconds (10), epoch milliseconds (13), YYYYMMDD (8), YYYYMMDDHHMMSS (14)."""
    d = s.split(".")[0]
    try:
        if len(d) == 10:
            return pd.Timestamp(int(d), unit="s", tz="UTC"), None
        if len(d) == 13:
            return pd.Timestamp(int(d), unit="ms", tz="UTC"), None
        if len(d) in (8, 14):
            fmt = "%Y%m%d" if len(d) == 8 else "%Y%m%d%H%M%S"
            ts = pd.Timestamp(_dt.datetime.strptime(d, fmt))
            return ts.tz_localize("UTC"), _no_zone_note(value) if len(d) == 14 else None
    except ValueError as e:
        return pd.NaT, f"impossible date {value!r}: {e}"
    return pd.NaT, (f"unparseable date {value!r}: a number of {len(d)} digits (epoch seconds have 10, "
                    "milliseconds 13, YYYYMMDD 8)")


def _slashed(m: re.Match, value, dayfirst: bool | None = None) -> tuple[pd.Timestamp, str | None]:
    """``a/b/yyyy``: day and month told apart when the numbers leave one reading, else by ``dayfirst``."""
    a, b = int(m["a"]), int(m["b"])
    if a > 12 and b > 12:
        return pd.NaT, f"impossible date {value!r}: neither {a} nor {b} is a month"
    if dayfirst is not None and a != b and (b if dayfirst else a) > 12:
        order = "day/month/year (dayfirst=True)" if dayfirst else "month/day/year (dayfirst=False)"
        return pd.NaT, f"impossible date {value!r} as {order}: {b if dayfirst else a} is no month"
    if a <= 12 and b <= 12 and a != b:
        if dayfirst is None:
            return pd.NaT, (f"unparseable date {value!r}: ambiguous day/month order ({a} {_MONTHS[b]} or "
                            f"{b} {_MONTHS[a]}); not guessed: give the order with load_corpus(..., dayfirst=True) "
                            f"or dayfirst=False (command line: --dayfirst or --monthfirst)")
        day, month = (a, b) if dayfirst else (b, a)
    else:
        day, month = (a, b) if a > 12 else (b, a)
    hour = int(m["hour"]) if m["hour"] else 0
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        ts = pd.Timestamp(year=int(m["year"]), month=month, day=day, hour=hour,
                          minute=int(m["minute"] or 0), second=int(m["second"] or 0))
    except ValueError as e:
        return pd.NaT, f"impossible date {value!r}: {e}"
    return ts.tz_localize("UTC"), _no_zone_note(value) if m["hour"] else None


def slash_kind(value) -> str | None:
    """What a value says about the day/month order of numeric dates with slashes: ``"dayfirst"`` when its
    first number is above 12 and its second is not ("13/04/2024"), ``"monthfirst"`` the other way round
    ("04/13/2024"), ``"ambiguous"`` when both are 12 or less and differ ("03/04/2024"), else ``None`` (another
    format, the same number twice, or no month at all)."""
    if not isinstance(value, str):
        return None
    s, _, _ = _split_zone(value.strip())
    m = _SLASH.match(s)
    if not m:
        return None
    a, b = int(m["a"]), int(m["b"])
    if a > 12 and 1 <= b <= 12:
        return "dayfirst"
    if b > 12 and 1 <= a <= 12:
        return "monthfirst"
    if 1 <= a <= 12 and 1 <= b <= 12 and a != b:
        return "ambiguous"
    return None


def slash_order(values) -> tuple[bool | None, dict[str, list]]:
    """The day/month order a set of dates (one file's date column) shows, and the values that show it.

    A value whose first number is above 12 ("13/04/2024") proves day first, one whose second number is above
    12 ("04/13/2024") month first (:func:`slash_kind`). Returns ``(dayfirst, evidence)``: ``dayfirst`` is True
    when only day-first values occur, False when only month-first ones do, and None when neither or both
    occur (then the ambiguous values stay unread); ``evidence`` maps ``"dayfirst"``, ``"monthfirst"`` and
    ``"ambiguous"`` to the values of that kind, in order.
    """
    evidence: dict[str, list] = {"dayfirst": [], "monthfirst": [], "ambiguous": []}
    for v in values:
        kind = slash_kind(v)
        if kind:
            evidence[kind].append(v)
    if evidence["dayfirst"] and not evidence["monthfirst"]:
        return True, evidence
    if evidence["monthfirst"] and not evidence["dayfirst"]:
        return False, evidence
    return None, evidence


_NO_ZONE = "has no time zone; read as UTC"


def _no_zone_note(value) -> str:
    return f"date {value!r} {_NO_ZONE}"


def _date_only(original) -> bool:
    """Whether a value carries no time of day: a ``date`` (not a datetime), a naive datetime at exactly midnight
    (how spreadsheets and pandas hold a date cell), or an ISO string without a time part ("2024-06-19")."""
    if isinstance(original, (_dt.datetime, pd.Timestamp)):
        t = pd.Timestamp(original)
        return t.tzinfo is None and (t.hour, t.minute, t.second, t.microsecond, t.nanosecond) == (0, 0, 0, 0, 0)
    if isinstance(original, _dt.date):
        return True
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(original).strip()))


_MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _to_utc(ts: pd.Timestamp, original) -> tuple[pd.Timestamp, str | None]:
    if ts is pd.NaT:
        return pd.NaT, None
    if ts.tzinfo is None:
        return ts.tz_localize("UTC"), None if _date_only(original) else _no_zone_note(str(original))
    if (ts.hour, ts.minute, ts.second, ts.microsecond, ts.nanosecond) == (0, 0, 0, 0, 0) and ts.utcoffset():
        # midnight local time is how date-only values are written with an offset ("2026-01-01T00:00:00+09:00"
        # from a Korean crawler): converting would move the article to the previous day in UTC, and a
        # 1 January article into December. Keep the calendar date, at 00:00 UTC.
        return pd.Timestamp(ts.date(), tz="UTC"), (f"date {str(original)!r} is midnight local time, read as a "
                                                  "date without time: kept as that day, 00:00 UTC")
    return ts.tz_convert("UTC"), None
