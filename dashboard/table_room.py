"""How wide a table may be in the reader's window, measured in the browser.

A table's grid stretches every column alike to fill a wide window, so at 1400 px the explorer's
article column stayed about as narrow as at 900 px (116 px, titles in seven lines) while the
dates, places and metrics gained the same room. The page measures the room its tables have (the
main column's width, in steps of 20 px, again when the window or the sidebar changes) and gives a
table's spare room to the column that needs it (components.spare_room_to)."""

from __future__ import annotations

import streamlit as st

# session_state key of the last room reported; None until the browser has reported one
ROOM = "table_room"
_STEP = 20  # px: a resize of a few pixels does not rerun the page
_JS = f"""
export default function(component) {{
  const {{ setStateValue }} = component;
  const main = document.querySelector('[data-testid="stMainBlockContainer"]');
  if (!main) return;
  let last = null;
  const report = () => {{
    const style = getComputedStyle(main);
    const room = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const stepped = Math.floor(room / {_STEP}) * {_STEP};
    if (stepped > 0 && stepped !== last) {{ last = stepped; setStateValue('room', stepped); }}
  }};
  const observer = new ResizeObserver(report);
  observer.observe(main);
  report();
  return () => observer.disconnect();
}}
"""
_measure = st.components.v2.component("ktpulse_table_room", js=_JS)


def measure_table_room() -> None:
    """Mount the measure in the entry file (every run, so it stays mounted across pages and
    reports only when the room changes) and keep its room in st.session_state[ROOM]."""
    with st.sidebar:
        result = _measure(key="table_room_measure", on_room_change=lambda: None)
    room = result.get("room") if hasattr(result, "get") else None
    if isinstance(room, (int, float)):  # else the last room said (none yet: the pages' own widths)
        st.session_state[ROOM] = int(room)


def table_room() -> int | None:
    """The room a page's table has in pixels (its borders taken off), or None before the
    browser has said."""
    room = st.session_state.get(ROOM)
    return room - 4 if isinstance(room, int) else None
