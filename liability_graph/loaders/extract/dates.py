"""Dates in a sentence, as partial ISO strings, with relative ones resolved against the
document's publication date ("vorig jaar" in an April 2019 article is 2018).

Fast regular expressions handle the usual forms in both languages; dateparser is asked
only about the rare day-month-year strings those leave unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from liability_graph.loaders.extract.lexicon import MONTHS, NUMBERS

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19[89]\d|20[0-4]\d))"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|e|ste|de)?"
_PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH}(?!\w)", re.IGNORECASE),
    re.compile(rf"(?<![\d/§.-])\b{_YEAR}\b(?![/.-]?\d)"),
]
_ANY_DATE = re.compile(
    r"\d|"
    + "|".join(sorted({m for m in MONTHS if len(m) > 3}, key=len, reverse=True))
    + r"|year|jaar|month|maand|week|day|dag|yesterday|gisteren|today|vandaag",
    re.IGNORECASE,
)
_MONTH_ALONE = re.compile(
    rf"\b(?:in|on|op|since|sinds|until|tot|by|from|vanaf|begin|eind|early|late)\s+{_MONTH}(?!\w)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?P<rel>last\s+year|vorig(?:e)?\s+jaar|verleden\s+jaar|this\s+year|dit\s+jaar|"
    r"next\s+year|volgend\s+jaar|the\s+following\s+year|the\s+next\s+year|een\s+jaar\s+later|"
    r"a\s+year\s+later|het\s+jaar\s+(?:daarop|nadien|erna)|the\s+year\s+before|"
    r"het\s+jaar\s+(?:daarvoor|ervoor)|last\s+month|vorige\s+maand|this\s+month|deze\s+maand|"
    r"(?P<n>\w+)\s+(?:years?|jaar|jaren)\s+(?:ago|geleden|earlier|eerder)|"
    r"(?:on\s+|last\s+|op\s+|vorige\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|yesterday|gisteren|"
    r"today|vandaag|this\s+week|deze\s+week|last\s+week|vorige\s+week|earlier\s+this\s+month)\b",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"(?<![\d/.-])\b[0-3]?\d[/.-][01]?\d[/.-](?:19|20)\d{2}\b")
_DUTCH_MONTHS = frozenset(
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
)
_FROM = re.compile(
    r"(?:since|sinds|from|vanaf|beginning(?:\s+in)?|starting(?:\s+in)?|begin)\s*$", re.I
)
_TO = re.compile(r"(?:until|till|through|tot(?:\s+na)?|to|into|until\s+after)\s*$", re.I)
_ONWARDS = re.compile(r"^\s*(?:onwards|onward|on|and\s+later|en\s+later)\b", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # absolute offsets
    end: int
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    role: str  # on | from | to


def _published_parts(published: str | None) -> tuple[int | None, int | None, str | None]:
    if not published:
        return None, None, None
    year = int(published[:4])
    month = int(published[5:7]) if len(published) >= 7 else None
    return year, month, published


def _month_year(month: int, published: str | None) -> str | None:
    year, pub_month, _ = _published_parts(published)
    if year is None:
        return None
    if pub_month is not None and month > pub_month:
        year -= 1
    return f"{year}-{month:02d}"


def _shift_month(published: str, delta: int) -> str:
    year, month = int(published[:4]), int(published[5:7])
    month += delta
    while month < 1:
        month += 12
        year -= 1
    return f"{year}-{month:02d}"


def _relative(text: str, published: str | None, anchor: int | None) -> str | None:
    low = " ".join(text.lower().split())
    year, month, full = _published_parts(published)
    if any(k in low for k in ("following", "next year", "later", "daarop", "nadien", "erna")):
        base = anchor if anchor is not None else year
        if "next year" in low or "volgend" in low:
            base = year
        return str(base + 1) if base is not None else None
    if any(k in low for k in ("year before", "daarvoor", "ervoor")):
        return str(anchor - 1) if anchor is not None else None
    if year is None:
        return None
    if "last year" in low or ("vorig" in low and "jaar" in low) or "verleden" in low:
        return str(year - 1)
    if "this year" in low or "dit jaar" in low:
        return str(year)
    if "next year" in low or "volgend jaar" in low:
        return str(year + 1)
    if "ago" in low or "geleden" in low or "earlier" in low or "eerder" in low:
        word = low.split()[0]
        count = int(word) if word.isdigit() else NUMBERS.get(word)
        return str(year - count) if count else None
    if month is not None and ("last month" in low or "vorige maand" in low):
        return _shift_month(full, -1)
    if month is not None and ("this month" in low or "deze maand" in low):
        return full[:7]
    # a weekday, yesterday, today, this or last week: the days around publication
    return full[:7] if month is not None else str(year)


def find_dates(
    text: str,
    offset: int,
    published: str | None,
    anchor_year: int | None = None,
    language: str = "en",
) -> list[DateMention]:
    """Date expressions of one sentence (absolute offsets), explicit ones before relative."""
    found: list[DateMention] = []
    if not _ANY_DATE.search(text):
        return found
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(start: int, end: int, value: str | None) -> None:
        if not value or not free(start, end):
            return
        before = text[max(0, start - 24) : start]
        role = "from" if _FROM.search(before) or _ONWARDS.match(text[end:]) else "on"
        if role == "on" and _TO.search(before):
            role = "to"
        taken.append((start, end))
        found.append(DateMention(offset + start, offset + end, value, role))

    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = (
                int(groups["mnum"])
                if groups.get("mnum")
                else MONTHS.get((groups.get("month") or "").lower().rstrip("."))
            )
            year = groups.get("year")
            day = groups.get("day")
            if year and month and day and 1 <= int(day) <= 31:
                value = f"{year}-{month:02d}-{int(day):02d}"
            elif year and month:
                value = f"{year}-{month:02d}"
            elif month and day and 1 <= int(day) <= 31:
                base = _month_year(month, published)
                value = f"{base}-{int(day):02d}" if base else None
            elif year:
                value = year
            else:
                value = None
            add(match.start(), match.end(), value)
    for match in _MONTH_ALONE.finditer(text):
        word = match.group("month")
        month = MONTHS.get(word.lower().rstrip("."))
        if month and (word[0].isupper() or word.lower() in _DUTCH_MONTHS):
            add(match.start("month"), match.end("month"), _month_year(month, published))
    for match in _NUMERIC.finditer(text):
        add(match.start(), match.end(), _hard_case(match.group(), language))
    for match in _RELATIVE.finditer(text):
        add(match.start(), match.end(), _relative(match.group(), published, anchor_year))
    found.sort(key=lambda d: d.start)
    return found


@lru_cache(maxsize=1024)
def _hard_case(text: str, language: str) -> str | None:
    """Ask dateparser about an all-numeric date, whose day and month order is the language's
    ("06/04/2018" is 6 April in a Dutch text, June 4 in an English one)."""
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is part of the extract extra
        return None
    order = "DMY" if language == "nl" else "MDY"
    parsed = dateparser.parse(
        text, languages=["nl", "en"], settings={"DATE_ORDER": order, "STRICT_PARSING": True}
    )
    return parsed.date().isoformat() if parsed else None
