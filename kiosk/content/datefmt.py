"""Partial dates and date ranges written out the way each language writes them."""

from __future__ import annotations

from kiosk.content.dates import PartialDate

# Month names: standalone ("March 1994") and in a day's date ("19 January 1990").
_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "az": [
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ],
    "lt": [
        "sausis",
        "vasaris",
        "kovas",
        "balandis",
        "gegužė",
        "birželis",
        "liepa",
        "rugpjūtis",
        "rugsėjis",
        "spalis",
        "lapkritis",
        "gruodis",
    ],
    "ru": [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
}
_MONTHS_OF = {
    "en": _MONTHS["en"],
    "az": _MONTHS["az"],
    "lt": [
        "sausio",
        "vasario",
        "kovo",
        "balandžio",
        "gegužės",
        "birželio",
        "liepos",
        "rugpjūčio",
        "rugsėjo",
        "spalio",
        "lapkričio",
        "gruodžio",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
}


def format_date(date: PartialDate, lang: str) -> str:
    """'19 January 1990', '1990 m. sausio 19 d.', '19 января 1990 г.', 'mart 1994'."""
    lang = lang if lang in _MONTHS else "en"
    year = _year(date.year, lang)
    if date.month is None:
        return year
    if date.day is None:
        month = _MONTHS[lang][date.month - 1]
        if lang == "lt":
            return f"{year} m. {month}"
        return f"{month.capitalize() if lang in ('az', 'ru') else month} {year}"
    return _day(date.day, date.month, year, lang)


def format_range(start: PartialDate | None, end: PartialDate | None, lang: str) -> str:
    """One date, or a range that names the shared month and year once: '19–20 January 1990'."""
    if start is None:
        return ""
    if end is None or end == start:
        return format_date(start, lang)
    same_month = (start.year, start.month) == (end.year, end.month)
    if same_month and start.day and end.day:
        lang = lang if lang in _MONTHS else "en"
        return _day(f"{start.day}–{end.day}", start.month, _year(start.year, lang), lang)
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


def _year(year: int, lang: str) -> str:
    if year > 0:
        return str(year)
    suffix = {"en": " BC", "az": " e.ə.", "lt": " pr. Kr.", "ru": " до н. э."}[lang]
    return f"{abs(year)}{suffix}"


def _day(day: int | str, month: int, year: str, lang: str) -> str:
    name = _MONTHS_OF[lang][month - 1]
    if lang == "lt":
        return f"{year} m. {name} {day} d."
    if lang == "ru":
        return f"{day} {name} {year} г."
    return f"{day} {name} {year}"
